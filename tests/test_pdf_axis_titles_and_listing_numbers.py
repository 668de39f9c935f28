"""PDF reader fixes from the thirtieth held-out check (issue 15, row 3: an R Markdown vignette set by
Ghostscript): a value of printed R output at a page's top cut as page furniture, a plot's axis titles
kept as paragraphs, and a sentence parted at a line that opens with a dash hung into the margin.
Pages hand-built with the vignette's geometry, words sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_lines, font_pages, removed_texts, text_at  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_layout import lay_out  # noqa: E402
from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402
from sloika.pipelines.formats.pdf_reflow import paragraphs  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
BEFORE = [
    "The rainfall of each month is plotted against the distance of the station from the coast. The",
    "stations near the sea receive more rain than those inland, and the plot below shows it well:",
]
CODE = "plot(rain ~ distance, stations)"
AFTER = [
    "The relation is close to linear once the distance is taken on a logarithmic scale, which is why",
    "the model of the next section uses the logarithm of the distance as its only predictor variable.",
]


def _plot(top: float, title: str, points: bool) -> list[str]:
    """An R plot included at full scale under ``top``: its frame 400 pt wide and 240 high, six ticks
    under it with their values and the x axis title ``title`` under them, all in 12 pt over a 10 pt
    body; drawn with ``points`` (small diamonds) or with three long polylines only (a coefficient
    path plot)."""
    left, bottom = 100.0, top - 240
    drawn = [f"0.5 w {left} {bottom} 400 240 re S"]
    for at in range(6):
        x = left + 30 + 68 * at
        drawn.append(f"{x} {bottom} m {x} {bottom - 7} l S")
        drawn.append(text_at(x - 8, bottom - 22, f"{at / 2:.1f}", 12))
    if points:
        for at in range(12):
            x, y = left + 20 + 30 * at, bottom + 20 + 15 * at
            drawn.append(f"{x} {y + 2} m {x + 2} {y} l {x} {y - 2} l {x - 2} {y} l h f")
    else:
        for at in range(3):
            middle, end = bottom + 60 + 50 * at, bottom + 20 + 90 * at
            drawn.append(f"{left} {bottom + 120} m {left + 200} {middle} l {left + 400} {end} l S")
    drawn.append(text_at(left + 180, bottom - 46, title, 12))
    return drawn


def _page(plot: list[str]) -> list[str]:
    """Prose, the code line that drew ``plot``, the plot, and prose again."""
    page = [text_at(72, 780 - 12 * at, line) for at, line in enumerate(BEFORE)]
    page.append(text_at(72, 750, CODE, 10, "F2"))
    page += plot
    page += [text_at(72, 400 - 12 * at, line) for at, line in enumerate(AFTER)]
    return page


def _parse(pages: list[list[str]]):
    (doc,) = parse_pdf(font_pages(["\n".join(page).encode() for page in pages], FONTS))
    return doc


@pytest.mark.parametrize("points", [True, False])
def test_an_axis_title_under_its_tick_values_goes_with_the_plot_at_any_scale(points: bool):
    """Coxnet's plots are set at the scale R drew them, their labels in 12 pt over a 10 pt body:
    "L1 Norm" (a plot of lines only, which no drawing's marks found) and "Log(λ)" under their tick
    values were kept as paragraphs after the code. A short label centred under a row of tick values
    in its own size, off the body's size, is the plot's axis title."""
    doc = _parse([_page(_plot(730, "Log(lambda)", points))])
    assert doc.text.split("\n\n") == [" ".join(BEFORE), CODE, " ".join(AFTER)]
    assert removed_texts(doc, "figure") == ["Log(lambda)"]


def test_a_heading_in_a_larger_size_after_a_row_of_numbers_staystext_at():
    """A heading set larger than the body at the margin, under a line of numbers that is no axis
    (a lone number, not a row of ticks), stays the text's."""
    page = [text_at(72, 780 - 12 * at, line) for at, line in enumerate(BEFORE)]
    page += [text_at(300, 740, "2.5"), text_at(72, 716, "Rainfall by month", 12)]
    page += [text_at(72, 690 - 12 * at, line) for at, line in enumerate(AFTER)]
    doc = _parse([page])
    assert "Rainfall by month" in doc.text


TITLES = ["Log(lambda)", "L1 Norm", "Fraction Deviance"]


def _tick_top_page(number: int) -> list[str]:
    """A page opening with a plot's axis, its tick values (12 pt, as R set them) at the page's top
    edge and its title under them, a title of its own on each page."""
    drawn = ["0.5 w 100 560 400 240 re S"]
    drawn += [text_at(120 + 60 * at, 804, f"{at / 2:.1f}", 12) for at in range(6)]
    drawn.append(text_at(260, 784, TITLES[number - 1], 12))
    drawn += [text_at(72, 500 - 12 * at, line) for at, line in enumerate(BEFORE)]
    drawn.append(text_at(300, 60, str(number)))
    return drawn


def test_an_axis_title_under_tick_values_cut_as_furniture_goes_with_the_plot():
    """Coxnet pp. 5 and 7: the plot's tick values stood at the page's top edge and went as page
    furniture, so no row of ticks was left over "coef(glmnet_fit)", which stayed a paragraph. Tick
    values taken out as furniture count as the axis's row all the same."""
    doc = _parse([_tick_top_page(1), _tick_top_page(2), _tick_top_page(3)])
    assert doc.text.split("\n\n") == [" ".join(BEFORE)] * 3
    assert removed_texts(doc, "figure") == TITLES


def test_a_value_of_printed_r_output_opening_a_page_stays_in_its_row():
    """Coxnet p. 10: the page opens with the row "## [1,] 100     33    1.6" of a survfit print, its
    cells set apart in the code font; tick values at the top of other pages made a decimal's place
    there furniture, and "1.6" was cut. A number on the row of a monospaced line is the listing's."""
    last = [
        text_at(72, 806, "## [1,] 100", 10, "F2"),
        text_at(168, 806, "33", 10, "F2"),
        text_at(204, 806, "1.6", 10, "F2"),
    ]
    last += [text_at(72, 780 - 12 * at, line) for at, line in enumerate(AFTER)]
    last.append(text_at(300, 60, "4"))
    doc = _parse([_tick_top_page(1), _tick_top_page(2), _tick_top_page(3), last])
    assert "## [1,] 100     33    1.6" in code_lines(doc)
    assert "1.6" not in [span.attrs["text"] for span in doc.layers.get("removed", [])]


def _line(text: str, x0: float, x1: float, top: float) -> Line:
    return Line(0, text, x0, x1, top, top + 10.0, 10.0, 792.0)


def test_a_line_opening_with_a_dash_hung_into_the_margin_goes_on_the_sentence():
    """Coxnet p. 2: "… x must be an n × p matrix of covariate values" / "— each row corresponds to
    a patient …": the dash opening the second line stands 2.5 pt left of the margin (hung into it),
    and the paragraph was parted there as if a list item opened. A full line ending in a word goes
    on across a dash a little left of it."""
    page = [
        _line(
            "We use a set of sample data and a response. The input must be a matrix of values",
            71.5,
            540.0,
            97.7,
        ),
        _line(
            "— each row holds one patient and each column one covariate. The response is a",
            69.0,
            540.0,
            109.7,
        ),
        _line("matrix of two columns, the time and the status of each patient.", 72.0, 380.0, 122.6),
    ]
    assert paragraphs(lay_out([page], [[]]).pages) == [
        "We use a set of sample data and a response. The input must be a matrix of values — each row "
        "holds one patient and each column one covariate. The response is a matrix of two columns, the "
        "time and the status of each patient."
    ]


def test_a_dash_item_at_the_margin_after_a_lead_in_stays_an_item():
    """A list of dash items after a lead-in that ends in a colon stays a list, the dashes at the
    margin."""
    page = [
        _line(
            "The data hold two parts, each of which is read by its own function of the package:",
            72.0,
            540.0,
            97.7,
        ),
        _line("— the matrix of covariate values, one row for each patient;", 69.0, 400.0, 109.7),
        _line("— the response, a matrix of two columns.", 69.0, 300.0, 122.6),
    ]
    assert len(paragraphs(lay_out([page], [[]]).pages)) == 3
