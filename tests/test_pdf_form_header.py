"""A ruled table whose header cells stack their labels over several lines (issue 15: the held-out
field form's 19-column header came out as three rows of 19, 19 and 12 cells, the third slid
left). Expected rows written by hand from ``tests/data/papers/make_form_pdf.py``."""

from __future__ import annotations

from sloika.pipelines.formats.pdf import parse_pdf

from conftest import DATA

FORM_PDF = DATA / "papers" / "form.pdf"


def test_a_stacked_header_is_one_row_of_cells_each_in_its_column():
    (parsed,) = parse_pdf(FORM_PDF.read_bytes())
    (table,) = [span for span in parsed.spans if span.label == "table"]
    assert table.attrs["rows"] == [
        ["№ выс раст", "дл сцв", "кол лст пл", "цв"],
        ["1", "12", "3", "2"],
        ["2", "15", "4", "1"],
    ]
