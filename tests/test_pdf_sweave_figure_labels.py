"""A Sweave vignette's figures and a sessionInfo list (issue 15, the forty-fifth check's review C:
vcd's residual-shadings.pdf and MALDIquantForeign-intro.pdf).

- p. 2 of residual-shadings.pdf: the sentence "… both, the maximum test" stops short over a Sweave
  chunk that opens p. 3, and Figure 1 (two mosaic plots of a few large tiles, too few marks to be
  found as a drawing) stands at p. 2's foot: its level labels "None" / "Some" / "Marked" were kept as
  six paragraphs inside the sentence, and its caption between the sentence and its chunk.
- p. 5: a grid of mosaic plots, "compressor" set right under its categories "C1" … "C4" kept as a
  block of text, and a white panel's "Placebo" / "Treated" (no marks found by it) kept though the
  shaded panel beside it had them cut.
- p. 7 of MALDIquantForeign-intro.pdf: "• LAPACK:" and its path wrapped to the item's text indent,
  read as a paragraph and a code block.

Pages hand-built, texts sloika's own; expected paragraphs written by hand."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, font_pages, helvetica_line, removed_texts, text_at

from sloika.pipelines.formats.pdf import parse_pdf

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
PROSE = [
    "For two-way tables the shading may show the outcome of an independence test as well, either",
    "using the sum of squares of the residuals as the statistic or their absolute maximum. Both",
    "statistics and their permutation distribution are computed by one function of the package.",
]
OPEN = "For the arthritis data, both, the maximum test"
LEVELS = ["None", "Some", "Marked"]
CAPTION = "Figure 1: Classic mosaic and association plot for the arthritis data."
CHUNK = ["> set.seed(rseed)", "> (art_max <- coindep_test(art, n = 5000))"]
REST = "and the sum-of-squares test, indicate a significant departure from independence."


def _tiles(x: float, top: float) -> str:
    """A mosaic plot's tiles: four large grey rectangles, fewer marks than a drawing has."""
    boxes = [(x, top, 90, 80), (x + 95, top, 40, 80), (x, top - 85, 40, 60), (x + 45, top - 85, 90, 60)]
    return "\n".join(f"0.8 g {bx} {by - h} {w} {h} re f 0 g" for bx, by, w, h in boxes)


def _figure_page() -> list[bytes]:
    """Page 1: a justified paragraph, its last line short and open, two mosaic plots with their level
    labels in 6.7 pt over them, the caption at the foot; page 2: the chunk, then the sentence's rest."""
    first = [helvetica_line(72, 760 - 12 * at, line, 10, end=523).decode() for at, line in enumerate(PROSE)]
    first += [text_at(72, 724, OPEN)]
    for left in (100, 330):
        first += [_tiles(left, 560)]
        first += [text_at(left + 10 + 45 * at, 570, word, size=6.7) for at, word in enumerate(LEVELS)]
    first += [text_at(127, 340, CAPTION)]
    second = [text_at(72, 760 - 12 * at, line, font="F2") for at, line in enumerate(CHUNK)]
    second += [text_at(72, 720, REST)]
    return ["\n".join(page).encode() for page in (first, second)]


def test_a_figures_labels_and_caption_leave_the_sentence() -> None:
    """The labels go as a figure's; the caption reads before the paragraph the chunk's sentence opens
    in, as a float atop the next page does, and the sentence reads on through its chunk."""
    (doc,) = parse_pdf(font_pages(_figure_page(), FONTS))
    paragraphs = doc.text.split("\n\n")
    assert not set(LEVELS) & {word for paragraph in paragraphs for word in paragraph.split()}, doc.text
    assert sorted(removed_texts(doc, "figure")) == sorted(LEVELS * 2), doc.layers["removed"]
    assert paragraphs == [CAPTION, " ".join([*PROSE, OPEN]), "\n".join(CHUNK), REST], doc.text


def _marks(x: float, top: float) -> str:
    """A shaded panel's legend: ten small filled squares, marks enough for a drawing."""
    return "\n".join(f"{x + 12 * at} {top - 6} 6 6 re f" for at in range(10))


def _grid_page() -> bytes:
    """A paragraph over two panels: the upper one with marks, its categories "C1" … "C4" and the axis
    title "compressor" right under them, "Placebo" / "Treated" over it; the lower one, no marks, with
    the same labels at the same places; a paragraph under them."""
    rows = [text_at(72, 760, "The piston rings data are shown in the lower row of the figure below.")]
    for top in (700, 560):
        rows += [_marks(100, top)] if top == 700 else []
        rows += [text_at(100 + 30 * at, top - 14, f"C{at + 1}", size=5.3) for at in range(4)]
        rows += [text_at(140, top - 20, "compressor", size=5.3)]
        rows += [text_at(100, top + 8, "Placebo", size=5.3), text_at(160, top + 8, "Treated", size=5.3)]
    rows += [text_at(72, 480, "Both rows use the same shading of the residuals as the upper one.")]
    return "\n".join(rows).encode()


def test_a_plot_grids_labels_go_under_their_categories_and_in_a_markless_panel() -> None:
    """ "compressor" under a row of indexed categories is a label, not a block of text; the markless
    panel's labels, repeating the shaded panel's at its x, go with them."""
    (doc,) = parse_pdf(font_pages([_grid_page()], FONTS))
    assert doc.text.split("\n\n") == [
        "The piston rings data are shown in the lower row of the figure below.",
        "Both rows use the same shading of the residuals as the upper one.",
    ], doc.text
    assert sorted(removed_texts(doc, "figure")) == sorted(
        ["C1", "C2", "C3", "C4", "compressor", "Placebo", "Treated"] * 2
    ), doc.layers["removed"]


PATH = "/usr/lib/x86_64-linux-gnu/lapack/liblapack.so.3.9.0"


def _session_page() -> bytes:
    """A heading's list: "• Matrix products: default", "• LAPACK:" with its path wrapped to the
    item's text indent (it would not fit after the label), "• Base packages: …" with its own word
    wrapped."""
    rows = [
        text_at(72, 760, "Session information of the build, as the vignette printed it:"),
        text_at(90, 740, "•"),
        text_at(100, 740, "Matrix products: default"),
        text_at(90, 724, "•"),
        text_at(100, 724, "LAPACK:"),
        text_at(100, 712, PATH, font="F2"),
        text_at(90, 696, "•"),
        text_at(100, 696, "Base packages: base, datasets, grDevices, graphics, methods, stats,"),
        text_at(100, 684, "utils"),
    ]
    return "\n".join(rows).encode("cp1252")


def test_a_list_items_path_wrapped_for_room_goes_on_the_item() -> None:
    """The path goes on "• LAPACK:" as the item's text, not a code block of its own."""
    (doc,) = parse_pdf(font_pages([_session_page()], FONTS))
    paragraphs = doc.text.split("\n\n")
    assert f"• LAPACK: {PATH}" in paragraphs, doc.text
    assert not any(PATH in doc.text[span.start : span.end] for span in doc.spans if span.label == "code"), (
        doc.spans
    )
