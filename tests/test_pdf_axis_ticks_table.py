"""A plot's tick labels taken for a one-row table (issue 15): since every PDF table stands in the
text, dbscan.pdf's reachability plots left "0 | 100 | 200 | 300 | 400" between paragraphs. One row of
numbers alone is an axis, cut as figure debris; a table of figures with a second row stays."""

from __future__ import annotations

from sloika.pipelines.formats.base import TextBuilder
from sloika.pipelines.formats.pdf import _table
from sloika.pipelines.formats.pdf_page_rows import Table


def _written(rows: list[list[str]]) -> tuple[str, list[tuple[str, dict]]]:
    builder, removed = TextBuilder(), []
    builder.append("The reachability plot shows the clusters.")
    _table(builder, Table(page=0, rows=rows, ruled=False), removed, [])
    return builder.text, [(span.label, span.attrs) for span in removed]


def test_one_row_of_numbers_is_an_axis_cut_as_figure_debris():
    text, removed = _written([["0", "100", "200", "300", "400"]])
    assert text == "The reachability plot shows the clusters."
    assert removed == [("debris", {"text": "0 | 100 | 200 | 300 | 400", "why": "figure"})]


def test_rows_of_numbers_stay_a_table_in_the_text():
    text, removed = _written([["1", "2", "3"], ["4", "5", "6"]])
    assert text == "The reachability plot shows the clusters.\n\n1 | 2 | 3\n4 | 5 | 6"
    assert removed == []


def test_a_row_with_a_word_stays_a_table():
    text, _ = _written([["Total", "100", "200", "300"]])
    assert text.endswith("\n\nTotal | 100 | 200 | 300")
