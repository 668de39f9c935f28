"""PDF reader fix from the thirty-first held-out check (issue 15, row 5: a JSS vignette whose
lattice plots R drew): a plot's panel strips, legend keys and axis titles kept as paragraphs between
its drawing and its caption, and standing inside the sentence the figure interrupts. Pages
hand-built with the vignette's geometry, words sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, removed_texts  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA)]
BEFORE = [
    "The rainfall of each month is plotted against the distance of the station from the coast, and",
    "keeping each station's record in a layer of its own makes the comparison of them easier: One",
]
AFTER = [
    "can compare the stations of each layer on their own, or weigh the layers as the study needs.",
    "The next section takes the distance on a logarithmic scale and fits the model to the data.",
]
CAPTION = "Figure 3: Rainfall against the distance from the coast for the stations of each region."


def _text(x: float, y: float, text: str, size: float = 10) -> str:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /F1 {size} Tf {x} {y} Td ({escaped}) Tj ET"


def _panel(top: float, strip: str, keys: list[str]) -> list[str]:
    """A lattice panel under ``top``: its strip (a shaded box with the panel's title centred in it,
    set in 9.8 pt over the 10 pt body), its frame 300 pt wide and 110 high with three curves through
    small diamonds, six tick values under it, and its legend's keys in 7.5 pt left of the frame, each
    beside a short stroke."""
    left, bottom = 200.0, top - 130
    drawn = [f"0.9 g {left} {top - 16} 300 16 re f 0 g", _text(330, top - 12, strip, 9.8)]
    drawn.append(f"0.5 w {left} {bottom} 300 110 re S")
    for at in range(3):
        drawn.append(
            f"{left} {bottom + 20 + 20 * at} m {left + 150} {bottom + 60} l {left + 300} {bottom + 90} l S"
        )
        for x, y in (
            (left + 20, bottom + 20 + 20 * at),
            (left + 150, bottom + 60),
            (left + 280, bottom + 88),
        ):
            drawn.append(f"{x} {y + 2} m {x + 2} {y} l {x} {y - 2} l {x - 2} {y} l h f")
    drawn += [_text(left + 20 + 50 * at, bottom - 12, str(5000 * (at + 1)), 7.5) for at in range(6)]
    for at, key in enumerate(keys):
        y = top - 40 - 10 * at
        drawn += [_text(130, y, key, 7.5), f"{left - 20} {y + 3} m {left - 8} {y + 3} l S"]
    return drawn


def _pages(figure: list[str]) -> list[list[str]]:
    """A page of prose whose last line stops mid-sentence, then a page opening with ``figure``, its
    caption under it, and the sentence's second half."""
    first = [_text(72, 780 - 12 * at, line) for at, line in enumerate(["Some words on the data set."] * 50)]
    first += [_text(72, 180 - 12 * at, line) for at, line in enumerate(BEFORE)]
    second = figure + [_text(72, 330, CAPTION)]
    second += [_text(72, 300 - 12 * at, line) for at, line in enumerate(AFTER)]
    return [first, second]


def _parse(pages: list[list[str]]):
    (doc,) = parse_pdf(font_pages(["\n".join(page).encode() for page in pages], FONTS))
    return doc


LATTICE = _panel(780, "Training", ["batch run", "online run", "online old"])
LATTICE += _panel(590, "Mapping", ["mapping new", "mapping old"])
LATTICE.append(_text(300, 440, "Memory allocation (Mb)", 9))


def test_a_lattice_plots_strips_keys_and_axis_title_go_with_the_figure():
    """kohonen p. 8: "Training" / "batch v.3 online v.3 online v.2" / "Mapping" / "mapping v.3
    mapping v.2" / "Memory allocation (Mb)" kept as paragraphs over the caption, between "…more
    flexibility: One" (the last page's last line) and "can use different weights …". Short lines
    with no sentence, set between a plot's tick values and its caption, are the figure's, whatever
    their size; the sentence the figure interrupts reads whole, the caption after it."""
    doc = _parse(_pages(LATTICE))
    assert doc.text.split("\n\n")[-2:] == [" ".join(BEFORE + AFTER), CAPTION]
    assert sorted(removed_texts(doc, "figure")) == sorted(
        ["Training", "batch run", "online run", "online old", "Mapping", "mapping new", "mapping old"]
        + ["Memory allocation (Mb)"]
    )


def test_panel_titles_over_curves_go_with_the_figure():
    """kohonen p. 14: "Spacegroup C2" and "Spacegroup P−1", the titles over two panels of curves
    (no marks, no frame: only their tick values say it is a plot), kept before Figure 6's caption."""
    figure = []
    for left, title in ((100, "Spacegroup C2"), (330, "Spacegroup P1")):
        figure.append(_text(left + 60, 756, title, 8.5))
        figure += [
            f"{left} {700 - 10 * at} m {left + 100} {740 - 8 * at} l {left + 180} {690} l S"
            for at in range(3)
        ]
        figure += [_text(left + 30 * at, 660, str(5 * (at + 1)), 7.5) for at in range(5)]
        figure += [_text(left - 20, 680 + 20 * at, str(50 * at), 7.5) for at in range(4)]
    doc = _parse(_pages(figure))
    assert doc.text.split("\n\n")[-2:] == [" ".join(BEFORE + AFTER), CAPTION]
    assert sorted(removed_texts(doc, "figure")) == ["Spacegroup C2", "Spacegroup P1"]


def test_a_flowcharts_sentences_stay_text():
    """A flowchart's boxes holding sentences wrapped over short lines, among its drawn marks and over
    its caption, stay the text's: a block of lines that ends a sentence is prose, not a label."""
    figure = ["300 725 m 300 650 l S"]  # the arrow between the boxes, drawn in small marks
    figure += [
        f"{x} {y + 2} m {x + 2} {y} l {x} {y - 2} l {x - 2} {y} l h f"
        for x in (160, 440)
        for y in range(600, 770, 20)
    ]
    figure += [_text(170, 750, "The reader opens the file"), _text(170, 738, "and reads its pages.")]
    figure += [_text(170, 630, "Each page is laid out"), _text(170, 618, "into lines of text.")]
    doc = _parse(_pages(figure))
    assert doc.text.split("\n\n")[-4:-2] == [
        "The reader opens the file and reads its pages.",
        "Each page is laid out into lines of text.",
    ]
    assert "The reader opens the file and reads its pages." in doc.text
    assert "Each page is laid out into lines of text." in doc.text
