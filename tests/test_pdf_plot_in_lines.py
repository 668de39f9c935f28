"""A plot drawn in lines only is a drawing (issue 15, the thirty-sixth check's rows 1, 3 and 5:
strucchange's fluctuation plots kept their titles "OLS−based CUSUM test" and "Monitoring with ME
test (moving estimates test)", irace's Figure 7 kept its axis title "Number of runs of the target
algorithm" between the halves of a sentence, ordinal's threshold diagram kept "contact: yes").
R draws such a plot as a frame, axes with short ticks and a polyline through its values, no point
marked, so no drawing was found and its labels stood as prose. Pages hand-built with the vignettes'
geometry (R's 4.2 pt ticks, a title in 8 pt over a 10 pt body), words sloika's own, expected texts
typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, font_pages, helvetica_width, text_at  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
BEFORE = [
    "The monitoring process is computed from the history period and updated with each new value,",
    "and the plot below shows it together with its boundary for the chosen significance level:",
]
CODE = "plot(mon)"
CAPTION = "Figure 6: Monitoring the fitted process with a bandwidth of one year."
AFTER = [
    "The process crosses its boundary early in the monitoring period, and the break is found there",
    "long before the end of the sample, as the historic tests found it before with all the data.",
]
TITLE = "Monitoring with the moving estimates test (ME test)"
AXIS = "Number of months since the start of the history"


def _centred(middle: float, y: float, text: str, size: float) -> str:
    """``text`` in Helvetica centred on ``middle``."""
    return text_at(middle - helvetica_width(text, size) / 2, y, text, size)


def _plot(top: float, plotted: list[str]) -> list[str]:
    """R's plot under ``top``: a frame 200 pt wide and 90 high, centred on 310, with five ticks of
    4.2 pt under it and four beside it, the ``plotted`` paths in it, its x tick values and ``AXIS``
    under it in 7 pt."""
    left, bottom = 210.0, top - 90
    drawn = [f"0.75 w {left} {bottom} 200 90 re S"]
    for at in range(5):
        x = left + 10 + 45 * at
        drawn.append(f"{x} {bottom} m {x} {bottom - 4.2} l S")
        drawn.append(text_at(x - 6, bottom - 14, str(1990 + 2 * at), 7))
    for at in range(4):
        y = bottom + 10 + 25 * at
        drawn.append(f"{left} {y} m {left - 4.2} {y} l S")
    drawn += plotted
    drawn.append(_centred(310, bottom - 26, AXIS, 7))
    return drawn


def _polyline(left: float, bottom: float, points: int) -> str:
    """An open path of straight segments through ``points`` values: a plotted time series."""
    path = [f"{left + 5} {bottom + 40} m"] + [
        f"{left + 5 + 190 * at / points:.1f} {bottom + 40 + (at * 7) % 30} l" for at in range(1, points)
    ]
    return " ".join(path) + " S"


def _page(plot_top: float = 640) -> list[str]:
    """Prose, the code that drew the plot, its title 14 pt over its frame, the plot, the caption
    and prose again."""
    page = [text_at(72, 780 - 12 * at, line) for at, line in enumerate(BEFORE)]
    page.append(text_at(72, 750, CODE, 10, "F2"))
    page.append(_centred(310, plot_top + 6, TITLE, 8))
    page += _plot(plot_top, [_polyline(210, plot_top - 90, 40)])
    page.append(_centred(310, plot_top - 150, CAPTION, 10))
    page += [text_at(72, plot_top - 180 - 12 * at, line) for at, line in enumerate(AFTER)]
    return page


def _parse(pages: list[list[str]]):
    (doc,) = parse_pdf(font_pages(["\n".join(page).encode() for page in pages], FONTS))
    return doc


def _removed(doc) -> list[str]:
    return [span.attrs.get("text", "") for span in doc.layers.get("removed", [])]


def test_a_plot_in_lines_loses_its_title_and_axis_title_to_removed():
    """The title (eight words, centred over the frame) and the axis title (nine words) are the plot's."""
    doc = _parse([_page()])
    assert doc.text.split("\n\n") == [" ".join(BEFORE), CODE, CAPTION, " ".join(AFTER)]
    assert {TITLE, AXIS} <= set(_removed(doc))


def test_a_sentence_goes_on_past_a_plot_in_lines_atop_the_next_page():
    """irace's "… the heterogeneity of the" / Figure 7 and its axis title / "instances. Typical …": the
    sentence reads whole, then the float."""
    ending = "The right budget depends on the size of the parameter space and on the heterogeneity of the"
    first = [text_at(72, 780 - 12 * at, line) for at, line in enumerate(BEFORE)]
    first.append(text_at(72, 120, ending))
    plot = _plot(760, [_polyline(210, 670, 13)])
    second = [*plot, _centred(310, 610, CAPTION, 10), text_at(72, 580, "instances. " + AFTER[0])]
    second.append(text_at(72, 568, AFTER[1]))
    doc = _parse([first, second])
    assert doc.text.split("\n\n") == [
        " ".join(BEFORE),
        f"{ending} instances. {AFTER[0]} {AFTER[1]}",
        CAPTION,
    ]
    assert AXIS in _removed(doc)


def test_labels_over_curves_without_ticks_go_with_the_diagram():
    """ordinal's threshold diagram: two density curves (long polylines), threshold lines across them,
    labels in 7 pt over and under them; no tick, no frame."""
    curves = [_polyline(210, 560, 60), _polyline(210, 620, 60)]
    lines = [f"0.5 w {x} 585 m {x} 700 l S" for x in (250, 290, 330)]
    labels = [text_at(245, 705, "t1", 7), text_at(285, 705, "t2", 7), text_at(350, 705, "contact: yes", 7)]
    labels.append(text_at(330, 575, "t3 t4 contact: no", 7))
    page = [text_at(72, 780 - 12 * at, line) for at, line in enumerate(BEFORE)]
    page += curves + lines + labels
    page.append(_centred(310, 540, CAPTION, 10))
    page += [text_at(72, 510 - 12 * at, line) for at, line in enumerate(AFTER)]
    doc = _parse([page])
    assert doc.text.split("\n\n") == [" ".join(BEFORE), CAPTION, " ".join(AFTER)]
    assert {"contact: yes", "t3 t4 contact: no"} <= set(_removed(doc))


def test_a_small_note_in_a_framed_box_stays_the_texts():
    """A frame drawn as a closed path of four lines is no plotted line, and ruling runs past the tick's
    length: the note in 8 pt inside it stays text."""
    note = "Note: the boundary is drawn for the five per cent significance level only."
    page = [text_at(72, 780 - 12 * at, line) for at, line in enumerate(BEFORE)]
    page.append("0.5 w 90 700 m 500 700 l 500 670 l 90 670 l h S 90 685 m 500 685 l S")
    page.append(text_at(100, 690, note, 8))
    page += [text_at(72, 640 - 12 * at, line) for at, line in enumerate(AFTER)]
    doc = _parse([page])
    assert note in doc.text


def test_a_sentence_running_on_to_code_past_a_float_reads_whole_after_it():
    """strucchange's "… a suitable subset chosen" / "by" at a page's foot, Figure 1 atop the next page,
    then the code the sentence introduces: the float reads first, the sentence stands by its code."""
    opening = "The data set is shipped with the package: it can be loaded and a suitable subset of it chosen"
    first = [text_at(72, 780 - 12 * at, line) for at, line in enumerate(BEFORE)]
    first += [text_at(72, 132, opening), text_at(72, 120, "by")]
    plot = _plot(760, [_polyline(210, 670, 40)])
    second = [*plot, _centred(310, 610, CAPTION, 10), text_at(72, 580, "> data(income)", 10, "F2")]
    second += [text_at(72, 550 - 12 * at, line) for at, line in enumerate(AFTER)]
    doc = _parse([first, second])
    assert doc.text.split("\n\n") == [
        " ".join(BEFORE),
        CAPTION,
        f"{opening} by",
        "> data(income)",
        " ".join(AFTER),
    ]
