"""A caption atop a page inside a sentence carried over a display, and the labels of figures drawn in
lines only (issue 15, the thirty-seventh check's row 01, tgp.pdf). Page 12 ended "… the expected
reduction in variance under the LM is [16]" over display (14); page 13 opened with Figure 3, its
caption's last line "and Di ∩ Dj = ∅ for i ≠ j." (two words in the text font, the rest in TeX's math
fonts, 8 pt) was cut as ``math`` and the caption ran on into "which is similarly preferred over (8)
…". Figure 3's panel labels ("T: diagram", over a tree of slanted lines) and Figure 16's tree-plot
labels ("height=2, log(p)=184.136", "x1 <> 2.07392", "19 obs", over trees of lines joined at right
angles) were kept: no drawing had eight marks. Pages hand-built, words sloika's own, expected texts
typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, removed_texts, tex_font  # noqa: E402
from test_pdf_authors_and_floats import FILLER, _escaped, _justified, _text, _width  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_drawings import _trees  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"68 /D 102 /f 105 /i /j 120 /x 121 /y")
FONTS = [(b"F1", HELVETICA), (b"M", CMMI)]


def _parse(pages: list[list[str]]):
    (doc,) = parse_pdf(font_pages(["\n".join(page).encode() for page in pages], FONTS))
    return doc


def _pieces(x: float, y: float, pieces: list[tuple[str, str]], size: float = 10) -> str:
    """One line of text pieces, each in its font (``F1`` Helvetica, ``M`` math italic)."""
    shown = " ".join(f"/{font} {size} Tf ({_escaped(text)}) Tj" for font, text in pieces)
    return f"BT {x} {y} Td {shown} ET"


def _caption_line(y: float, text: str) -> str:
    """An 8 pt caption line stretched to the 460 pt measure, as TeX justifies it."""
    spacing = (460 - _width(text, 8)) / max(text.count(" "), 1)
    return f"BT /F1 8 Tf {spacing:.3f} Tw 72 {y} Td ({_escaped(text)}) Tj ET"


LEAD_IN = "Applying the same rule under the simpler model also saves time. Starting with the variance"
LEAD_END = "given above, the expected reduction in variance is [16]"
CAPTION = [
    "Figure 3: An example tree with two splits, resulting in three regions, shown in a diagram on the",
    "left and as a picture on the right. The responses are split in the same way: we have {X, Z}",
]
CAPTION_END = [
    ("F1", "and "),
    ("M", "Di"),
    ("F1", " = "),
    ("M", "Dj"),
    ("F1", " for "),
    ("M", "i"),
    ("F1", ", "),
    ("M", "j"),
    ("F1", "."),
]
GOES_ON = "which is similarly preferred over the other form with the same kernel."
NEXT = [
    "The statistic for the expected improvement is the same under the simpler model as for the full",
    "one. Of course, it helps to use the simpler equations for the mean and the variance there.",
]


def test_a_caption_atop_a_page_is_whole_and_the_sentence_carried_over_a_display_goes_on_past_it():
    """Page 1 ends "… is [16]" over a centred display cut as ``math``; page 2 opens with an 8 pt
    caption whose last line holds a formula and two words; the sentence goes on under it in lower
    case. The caption's line over its last stops on a brace, as tgp's "… We have that ∪j Di = {X, Z}"
    (a line stopping on a word is a list item's, whose formula ending it stays). The caption is one
    paragraph of its own, its last clause kept; the sentence is whole. The display, one faithful
    line, is kept (issue-disp's rule) as a paragraph of its own between the sentence's halves, the
    caption before them all (before the lead's fix: the caption between the display and "which is …")."""
    lines = [*FILLER * 10, LEAD_IN]
    first = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(lines)]
    first.append(_text(72, 780 - 14 * len(lines), LEAD_END))
    display = [("M", "y"), ("F1", " = "), ("M", "f"), ("F1", "("), ("M", "x"), ("F1", ")")]
    first.append(_pieces(270, 780 - 14 * len(lines) - 30, display))
    second = [_caption_line(780 - 10 * at, line) for at, line in enumerate(CAPTION)]
    second.append(_pieces(72, 760, CAPTION_END, 8))
    second += [_text(72, 730, GOES_ON), _justified(86, 716, NEXT[0]), _text(72, 702, NEXT[1])]
    doc = _parse([first, second])
    paragraphs = doc.text.split("\n\n")
    caption = f"{CAPTION[0]} {CAPTION[1]} and Di = Dj for i, j."
    assert paragraphs[-5:] == [caption, paragraphs[-4], "y = f(x)", GOES_ON, f"{NEXT[0]} {NEXT[1]}"]
    assert paragraphs[-4].endswith(f"{LEAD_IN} {LEAD_END}")
    assert not removed_texts(doc, "math")


BODY = [
    "Nonstationary models are obtained by partitioning the input space and fitting a separate model",
    "in each region of the partition. The partition is made by binary splits on one variable at a time.",
]
AFTER = [
    "The figure shows an example tree. In this example the first region holds the points whose first",
    "coordinate is less than the first split and whose second coordinate is less than the second.",
]


def _figure_page(drawing: list[str], labels: list[str], caption: str) -> list[str]:
    """Prose, a figure drawn in ``drawing`` (path operators) with its ``labels``, its caption, prose."""
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(BODY[:1])]
    page.append(_text(72, 766, BODY[1]))
    page += ["0.4 w", *drawing, *labels, _caption_line(560, caption)]
    page += [_justified(72, 530, AFTER[0]), _text(72, 516, AFTER[1])]
    return page


def test_a_diagram_of_a_few_slanted_lines_takes_its_small_labels():
    """Two trees of two slanted lines each (a node's branches), 7 pt labels over them: the labels
    go to ``removed`` as ``figure``; the prose and the caption stay."""
    drawing = [
        "200 700 m 170 650 l S",
        "200 700 m 230 650 l S",
        "400 700 m 370 650 l S",
        "400 700 m 430 650 l S",
    ]
    labels = [_text(180, 712, "T: diagram", 7), _text(380, 712, "T: graphically", 7)]
    caption = "Figure 3: An example tree with two splits, shown in a diagram and as a picture."
    doc = _parse([_figure_page(drawing, labels, caption)])
    assert doc.text.split("\n\n") == [f"{BODY[0]} {BODY[1]}", caption, f"{AFTER[0]} {AFTER[1]}"]
    assert removed_texts(doc, "figure") == ["T: diagram", "T: graphically"]


def test_a_tree_plot_drawn_in_right_angles_takes_its_node_labels():
    """An R tree plot: a split drawn as a ⊓ (two legs down from a bar), its title 11 pt over it, the
    split's rule over the bar and each leaf's count under its leg, in 9.5 pt over a 10 pt body."""
    drawing = [
        "180 640 m 180 690 l S",
        "180 690 m 230 690 l S",
        "230 690 m 280 690 l S",
        "280 690 m 280 640 l S",
    ]
    labels = [
        _text(160, 725, "height=2, log(p)=184.136", 11),
        _text(200, 700, "x1 <> 2.07392", 9.5),
        _text(165, 625, "61 obs", 9.5),
        _text(265, 625, "19 obs", 9.5),
    ]
    caption = "Figure 16: The tree of each height found in the chain, showing the observations at the leaves."
    doc = _parse([_figure_page(drawing, labels, caption)])
    assert doc.text.split("\n\n") == [f"{BODY[0]} {BODY[1]}", caption, f"{AFTER[0]} {AFTER[1]}"]
    assert sorted(removed_texts(doc, "figure")) == sorted(
        ["height=2, log(p)=184.136", "x1 <> 2.07392", "61 obs", "19 obs"]
    )


def test_ruling_that_closes_a_cell_or_runs_straight_is_no_tree():
    """A box drawn as four lines closes a cell (a table's ruling); a rule drawn in two pieces runs on
    without turning: neither is a tree. Two slanted lines from one point are."""
    box = [((0, 0), (10, 0)), ((10, 0), (10, 10)), ((10, 10), (0, 10)), ((0, 10), (0, 0))]
    rule = [((0, 0), (10, 0)), ((10, 0), (20, 0))]
    branches = [((5, 0), (0, 10)), ((5, 0), (10, 10))]
    assert _trees(box) == []
    assert _trees(rule) == []
    assert _trees(branches) == [(0, 0, 10, 10)]
