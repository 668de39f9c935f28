"""A page of thousands of small stroked paths (issue 15, the eighteenth check, r-cran-dimred's
vignette, Ghostscript): its scatter plots draw every point as a stroked path, 73,688 objects on one
page, and the ruled-table pass compared each rule with every group of rules before it, so the
26-page document went past the reader's 300 s limit and was rejected as ``timeout``. The rules are
now grouped through a grid (``pdf_tables.touching_groups``); these tests count its comparisons, not
seconds. Rules and pages hand-built, expected groups and text typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_page  # noqa: E402

from sloika.pipelines.formats import pdf_tables  # noqa: E402
from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_tables import touching_groups  # noqa: E402


def _counted_touches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A one-item list counting the calls to ``touching`` from ``pdf_tables`` from now on."""
    calls = [0]
    touch = pdf_tables.touching

    def counted(a, b, slack) -> bool:  # noqa: ANN001 - the rules' tuples
        calls[0] += 1
        return touch(a, b, slack)

    monkeypatch.setattr(pdf_tables, "touching", counted)
    return calls


def test_rules_touching_through_others_are_one_group_in_the_order_of_their_last_rule():
    frame_top = (100.0, 100.0, 300.0, 100.0)
    far_tick = (500.0, 500.0, 500.0, 510.0)
    frame_left = (100.0, 100.0, 100.0, 200.0)
    frame_bottom = (101.5, 200.0, 300.0, 200.0)  # within TOUCH of the left edge's end
    lone = (400.0, 50.0, 450.0, 50.0)
    frame_right = (300.0, 100.0, 300.0, 200.0)
    rules = [frame_top, far_tick, frame_left, frame_bottom, lone, frame_right]
    assert touching_groups(rules) == [
        [far_tick],
        [lone],
        [frame_top, frame_left, frame_bottom, frame_right],
    ]


def test_a_rule_with_no_number_for_a_coordinate_touches_nothing():
    rules = [(0.0, 0.0, 10.0, 0.0), (float("nan"), 0.0, 10.0, 0.0), (10.0, 0.0, 10.0, 10.0)]
    assert touching_groups(rules) == [[rules[1]], [rules[0], rules[2]]]


def test_thousands_of_small_rules_are_grouped_in_comparisons_proportional_to_their_number(monkeypatch):
    points = [
        (x * 5.0, y * 5.0, x * 5.0 + 1.0, y * 5.0) for x in range(100) for y in range(60)
    ]  # a plot's points, 4 pt apart: none touch
    calls = _counted_touches(monkeypatch)
    groups = touching_groups(points)
    assert len(groups) == len(points)
    assert calls[0] <= 20 * len(points)  # every rule with every one before it: 18 million


def test_a_ruled_table_beside_a_plot_of_many_points_is_read_and_its_rules_compared_few_times(monkeypatch):
    table = [
        "0.5 w 72 700 m 372 700 l S 72 680 m 372 680 l S 72 660 m 372 660 l S",
        "72 700 m 72 660 l S 222 700 m 222 660 l S 372 700 m 372 660 l S",
        "BT /F1 10 Tf 80 686 Td (Method) Tj ET BT /F1 10 Tf 230 686 Td (Dimensions) Tj ET",
        "BT /F1 10 Tf 80 666 Td (Isomap) Tj ET BT /F1 10 Tf 230 666 Td (two) Tj ET",
    ]
    points = [
        f"{72 + x * 4} {300 + y * 4} m {73 + x * 4} {300 + y * 4} l S" for x in range(75) for y in range(40)
    ]
    text = "BT /F1 10 Tf 72 600 Td (The embedding keeps the neighbourhoods of the points apart.) Tj ET"
    calls = _counted_touches(monkeypatch)
    doc = parse_pdf(helvetica_page("\n".join([*table, text, *points]).encode()))[0]
    # a small ruled table of words reads in the text as its rows (``pdf._read_in_text``)
    assert (
        doc.text.strip()
        == "Method | Dimensions\nIsomap | two\n\nThe embedding keeps the neighbourhoods of the points apart."
    )
    rows = [span.attrs["rows"] for span in doc.spans if span.label == "table"]
    assert rows == [[["Method", "Dimensions"], ["Isomap", "two"]]]
    assert calls[0] <= 20 * len(points)
