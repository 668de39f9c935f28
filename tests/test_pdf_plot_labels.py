"""A plot drawn on the page with its labels (issue 15, the fifteenth check's row 1, gstat.pdf, an R
vignette): R's graphics, included by Sweave, set their axis titles, tick values and panel titles as
text among the plot's strokes, in a size under the body's; "distance" under each variogram,
"sqrt(dist)", "500 10001500" and "four conditional simulations" were kept as paragraphs between the
code that drew the plot and the next sentence. Pages hand-built (a frame, ticks and points drawn as
paths), words sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, removed_texts, text_at  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]

BEFORE = [
    "The rainfall of each month is plotted against the distance of the station from the coast. The",
    "stations near the sea receive more rain than those inland, and the plot below shows it well:",
]
CODE = "> plot(rain ~ distance, stations)"
AFTER = [
    "The relation is close to linear once the distance is taken on a logarithmic scale, which is why",
    "the model of the next section uses the logarithm of the distance as its only predictor variable.",
]


def _width(text: str, size: float) -> float:
    """The natural width of ``text`` in Helvetica at ``size``."""
    from pdfminer.fontmetrics import FONT_METRICS

    return sum(FONT_METRICS["Helvetica"][1].get(char, 500) for char in text) * size / 1000


def _plot(
    top: float,
    title: str | None,
    axis_drop: float = 24,
    title_size: float = 9,
    centred: bool = False,
    title_rise: float = 8,
) -> list[str]:
    """A scatter plot 200 pt wide and 150 high under ``top``: its frame, four ticks under the x axis
    with their values (6.4 pt), twelve points drawn as small diamonds, the axis title "distance"
    (7.6 pt) ``axis_drop`` under the frame, and ``title`` (``title_size``) with its baseline
    ``title_rise`` over the frame, 40 pt in from its left or ``centred`` over it."""
    left, bottom = 180.0, top - 150
    drawn = [f"0.5 w {left} {bottom} 200 150 re S"]
    for at in range(4):
        x = left + 20 + 50 * at
        drawn.append(f"{x} {bottom} m {x} {bottom - 4} l S")
        drawn.append(text_at(x - 6, bottom - 12, str(500 * (at + 1)), 6.4))
    for at in range(12):
        x, y = left + 12 + 15 * at, bottom + 20 + 9 * at
        drawn.append(f"{x} {y + 2} m {x + 2} {y} l {x} {y - 2} l {x - 2} {y} l h S")
    drawn.append(text_at(left + 85, bottom - axis_drop, "distance", 7.6))
    if title:
        indent = 100 - _width(title, title_size) / 2 if centred else 40
        drawn.append(text_at(left + indent, top + title_rise, title, title_size))
    return drawn


def _page(plot: list[str], after_top: float = 480) -> list[str]:
    """Prose, a code line, ``plot`` and prose again, from ``after_top`` down."""
    page = [text_at(72, 740 - 12 * at, line) for at, line in enumerate(BEFORE)]
    page.append(text_at(72, 710, CODE, 10, "F2"))
    page += plot
    page += [text_at(72, after_top - 12 * at, line) for at, line in enumerate(AFTER)]
    return page


def _parse(pages: list[list[str]]):
    (doc,) = parse_pdf(font_pages(["\n".join(page).encode() for page in pages], FONTS))
    return doc


def test_an_axis_title_under_its_ticks_and_a_title_at_the_body_size_go_with_the_figure():
    """laeken.pdf (pdf59 pool): R sets the axis title three text lines under the axis, under the
    tick values and out of the plot's reach ("Theoretical quantiles"), and the plot's main title in
    bold at the body's size or over it, centred over the plot ("Pareto quantile plot"); both were
    kept as paragraphs. The ticks carry the plot's reach to the axis title; a title centred over the
    plot is the plot's, whatever its size."""
    doc = _parse([_page(_plot(690, "rainfall by station", axis_drop=40, title_size=11, centred=True))])
    assert doc.text.split("\n\n") == [" ".join(BEFORE), CODE, " ".join(AFTER)]
    assert sorted(removed_texts(doc, "figure")) == ["distance", "rainfall by station"]
    aside = _parse([_page(_plot(690, "rainfall by station", axis_drop=40, title_size=11))])
    assert "rainfall by station" in aside.text.split("\n\n")  # off the centre at that size: a heading's


def test_a_tiny_title_centred_high_over_its_plot_goes_with_the_figure():
    """tgp.pdf (thirty-seventh check, row 1): a plot shrunk to fit the page sets its main title in
    4.5 pt, 19 pt over the top of its surface, further than the title's own size reaches
    ("treed GP, z mean"); it was kept as a paragraph between the code lines. Centred over the
    drawing and within the body's reach of it, it is the plot's title; off the centre it stays."""
    doc = _parse([_page(_plot(690, "rainfall by station", title_size=4.5, centred=True, title_rise=19))])
    assert doc.text.split("\n\n") == [" ".join(BEFORE), CODE, " ".join(AFTER)]
    assert sorted(removed_texts(doc, "figure")) == ["distance", "rainfall by station"]
    aside = _parse([_page(_plot(690, "rainfall by station", title_size=4.5, title_rise=19))])
    assert "rainfall by station" in aside.text.split("\n\n")


def test_a_plots_axis_title_and_panel_title_go_with_the_figure():
    """The axis title and the plot's title leave the text as ``figure``; the sentences before and
    after the plot and the code that drew it read as they were set."""
    doc = _parse([_page(_plot(690, "monthly rainfall by station"))])
    assert doc.text.split("\n\n") == [" ".join(BEFORE), CODE, " ".join(AFTER)]
    assert sorted(removed_texts(doc, "figure")) == ["distance", "monthly rainfall by station"]


def test_tick_values_run_together_go_with_the_figure():
    """Tick values pdfminer read as one line ("500 10001500", the gap between the last two under a
    word space) are the plot's too."""
    plot = _plot(690, None)
    plot = [part for part in plot if not part.endswith(("(500) Tj ET", "(1000) Tj ET", "(1500) Tj ET"))]
    plot.append(text_at(194, 528, "500 10001500", 6.4))
    doc = _parse([_page(plot)])
    assert doc.text.split("\n\n") == [" ".join(BEFORE), CODE, " ".join(AFTER)]
    assert "500 10001500" in removed_texts(doc, "figure")


def test_small_print_beside_a_ruled_frame_staystext_at():
    """A note in small print inside a drawn frame, with no plot in it (a box's ruling, not a
    drawing), stays text; so does a caption in small print under a plot."""
    note = "Stations above 500 m"
    box = ["0.5 w 180 560 200 120 re S", text_at(190, 640, note, 8)]
    doc = _parse([_page(box)])
    assert note in doc.text.split("\n\n")
    caption = "Figure 3: Rainfall by station"
    doc = _parse([_page([*_plot(690, None), text_at(190, 500, caption, 9)])])
    assert caption in doc.text


def test_a_note_wrapped_over_lines_inside_a_drawing_staystext_at():
    """A note of two short lines in small print set by the plot (a flow chart's note, a legend's
    text) is a block of text, not a lone label: it stays, in its order."""
    note = ["stations on the coast", "are measured daily"]
    plot = [*_plot(690, None), text_at(388, 640, note[0], 8), text_at(388, 631, note[1], 8)]
    doc = _parse([_page(plot)])
    assert " ".join(note) in doc.text
    assert removed_texts(doc, "figure") == ["distance"]


def _diagram(top: float) -> list[str]:
    """A Dynkin-style diagram under ``top``: eight root nodes (small filled squares) 14 pt apart on a
    row, joined by edges, each numbered over (7 pt) and named under ("e1" … "e8", 7 pt), every label
    drawn as a text object of its own, as TikZ sets a node's label."""
    left, y = 200.0, top - 20
    drawn = [f"{left + 2} {y + 2} m {left + 14 * 7 + 2} {y + 2} l S"]
    for at in range(8):
        x = left + 14 * at
        drawn.append(f"{x} {y} 4 4 re f")
        drawn.append(text_at(x, y + 10, str(at + 1), 7))
        drawn.append(text_at(x - 2, y - 10, f"e{at + 1}", 7))
    return drawn


def test_a_diagrams_row_of_indexed_labels_goes_with_the_figure_however_long():
    """dynkin-diagrams.pdf: a diagram's root labels ("α1 α2 α3 α4 α5 α6 α7") and their numbers
    ("1 3 4 5 6 7 8 345678 1"), set side by side and read as one row, were kept as paragraphs: the
    row held more words than a plot's title has. Symbols with their indices are labels at any length."""
    doc = _parse([_page(_diagram(690))])
    assert doc.text.split("\n\n") == [" ".join(BEFORE), CODE, " ".join(AFTER)]
    assert removed_texts(doc, "figure") == ["e1 e2 e3 e4 e5 e6 e7 e8"]


def _panel(left: float, bottom: float, title: str) -> list[str]:
    """One panel of a grid of plots, 150 pt wide and 100 high from (``left``, ``bottom``): its frame,
    ten points drawn as small diamonds, three tick values (4.9 pt) under the frame and its
    ``title`` (4.9 pt) over it."""
    drawn = [f"0.5 w {left} {bottom} 150 100 re S", text_at(left, bottom + 104, title, 4.9)]
    drawn += [text_at(left + 5 + 65 * at, bottom - 7, f"{at / 2:.1f}", 4.9) for at in range(3)]
    for at in range(10):
        x, y = left + 10 + 13 * at, bottom + 10 + 8 * at
        drawn.append(f"{x} {y + 2} m {x + 2} {y} l {x} {y - 2} l {x - 2} {y} l h S")
    return drawn


LEGEND = ["kernel: gaussian", "global bandwidth 33 %", "local bandwidth 11 %"]
FORMULAS = ["f(x,y) =3*x^2*y+0.5*y", "f_x(x,y) =6*x*y"]
FIGURE = "Figure 1: A polynomial and its derivatives, exact and estimated values."


def _grid(caption: bool) -> list[str]:
    """partDeriv.pdf's figure pages: a grid of three plot panels and a fourth slot holding the
    legend's three lines (6.5 pt, stacked, far from any plot's marks), the symbolic formulas stacked
    inside the second panel, and the caption under the grid when ``caption``."""
    drawn = [*_panel(150, 580, "f"), *_panel(320, 580, "f_x"), *_panel(150, 450, "f_xx")]
    drawn += [text_at(330, 530 - 9 * at, line, 6.5) for at, line in enumerate(LEGEND)]
    drawn += [text_at(400, 600 - 9 * at, line, 6.5) for at, line in enumerate(FORMULAS)]
    if caption:
        drawn.append(text_at(150, 430, FIGURE))
    return drawn


def test_text_drawn_inside_a_captioned_figure_goes_with_it_stacked_or_apart():
    """partDeriv.pdf (r-cran-interp): a figure of plot panels over its caption prints a legend and
    the functions' formulas in small print, several lines stacked, some far from any plot's marks;
    they were kept as one-line paragraphs over each caption ("kernel: gaussian global bandwidth
    33 % local bandwidth 11 %"). Small print within the region of the figure's drawings, over its
    caption, is the figure's text."""
    doc = _parse([_page(_grid(caption=True), after_top=400)])
    assert doc.text.split("\n\n") == [" ".join(BEFORE), CODE, FIGURE, " ".join(AFTER)]
    assert sorted(removed_texts(doc, "figure")) == sorted(
        ["f_x", "f_xx", *LEGEND, *FORMULAS]
    )  # "f": `lone_letter`


def test_small_print_by_plots_without_a_caption_under_them_stays_as_before():
    """The same grid with no caption under it: the stacked lines are a block of text, as a note
    wrapped in a drawing is (the rule needs the figure's caption to bound the figure)."""
    doc = _parse([_page(_grid(caption=False), after_top=400)])
    assert " ".join(LEGEND) in doc.text
    assert " ".join(FORMULAS) in doc.text


def test_a_name_centred_under_the_title_over_a_cover_picture_is_front_matter():
    """tablix2-doc's modules2.pdf (issue 15, check 63 row 3): its title page sets the title in 24 pt,
    the author "Tomaž Šolc" in 17 pt centred under it, and the cover picture right under the author;
    the author went to ``removed`` as a plot's main title (centred over the drawing, larger than the
    body), where morphix.pdf's, with no picture under it, stays. A line set larger than the body
    under nothing but the title is the title page's, whatever is drawn under it."""
    title = "Rainfall Station Notes"
    page = [text_at(280 - _width(title, 24) / 2, 740, title, 24)]
    page += _plot(640, "Jane Roe-Smith", title_size=17, centred=True, title_rise=20)
    page += [text_at(72, 440 - 12 * at, line) for at, line in enumerate(AFTER)]
    doc = _parse([page])
    assert doc.text.split("\n\n") == [title, "Jane Roe-Smith", " ".join(AFTER)]
    assert removed_texts(doc, "figure") == ["distance"]
