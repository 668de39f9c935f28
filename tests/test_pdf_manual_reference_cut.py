"""A reference cited inside a library manual's module description (issue 15, twenty-eighth check row
2): its volume, pages and year broken onto a line of their own under the journal's name, the page
range set with a hyphen ("47(15):965-978, 2005.") as many bibliography styles and typists set it,
not an en dash. Those numbers are the entry's end, not a page number cut as ``numbers_only``. The
fixture is hand-built; the words are sloika's own."""

from __future__ import annotations

from pdf_objects import helvetica_pages, helvetica_rows

from sloika.pipelines.formats.pdf import parse_pdf


def _parsed(last: str):
    rows = [
        (72, "Module Sorting"),
        (72, "Sorts the values as described on page 12 of the paper:"),
        (72, "A. Birch, T. Oak, and R. Elm. Sorting Large Tables of Values in Small Memory for the"),
        (72, "Northern Woods and Valleys of the Hills. Journal of Software Methods and Technology,"),
        (72, last),
        (72, "Module Counting"),
        (72, "Counts the values of a table and returns the number of distinct ones it holds."),
    ]
    return parse_pdf(helvetica_pages([helvetica_rows(rows)]))[0]


def test_volume_pages_and_year_with_a_hyphen_range_end_the_entry():
    doc = _parsed("47(15):965-978, 2005.")
    assert "Journal of Software Methods and Technology, 47(15):965-978, 2005." in doc.text, doc.text
    assert not [s for s in doc.layers.get("removed", []) if s.attrs.get("why") == "numbers_only"]


def test_volume_pages_and_year_with_an_en_dash_range_end_the_entry():
    doc = _parsed("47(15):965\u2013978, 2005.")
    assert "Journal of Software Methods and Technology, 47(15):965\u2013978, 2005." in doc.text, doc.text
