"""The records of a page break inside a listing (issue 15, forty-third check): a numbered listing
going on over pages is one code paragraph, and its page's folio and line numbers, read after the
page's code, stood where the page broke it; they are recorded there, at the start of the first code
line the listing goes on with, not at the end of the whole listing. Geometry after
SimGUIDebug2_0.pdf (``numbered_page``: Courier 8 pt code beside Helvetica 6 pt line numbers)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from test_pdf_listing_page_tops import numbered_page, two_font_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FIRST = ["class Window:", "    def show(self):", "        self.frame.pack()"]
MIDDLE = ["    def hide(self):", "        self.frame.forget()", "        self.shown = False"]
LAST = ["def main():", "    Window().show()", "main()"]
LEAD_IN = b"\nBT /F1 10 Tf 40 790 Td (The listing below shows the window classes of the program.) Tj ET"
AFTER = b"\nBT /F1 10 Tf 40 715 Td (The program ends with its main function, which shows the window.) Tj ET"
TEXT = (
    "The listing below shows the window classes of the program.\n\n"
    "class Window:\n    def show(self):\n        self.frame.pack()\n"
    "    def hide(self):\n        self.frame.forget()\n        self.shown = False\n"
    "def main():\n    Window().show()\nmain()\n\n"
    "The program ends with its main function, which shows the window."
)


def test_a_page_breaks_records_stand_where_the_listing_goes_on():
    """SimGUIDebug2_0.pdf recorded the folios and line numbers of pp. 13-19 (430 records) at the
    text's end: a listing's part overleaf joined into its paragraph, after the records read between.
    The middle page, all listing, breaks it before "def main():" (offset 195 of ``TEXT``): its folio
    "2" and its line numbers 4-6 are recorded there; page 1's, read before its code, stay at the
    listing's start (after the lead-in, 58), page 3's at its end (233) and its folio at the text's."""
    pages = [
        numbered_page(1, 1, FIRST) + LEAD_IN,
        numbered_page(2, 4, MIDDLE),
        numbered_page(3, 7, LAST) + AFTER,
    ]
    (doc,) = parse_pdf(two_font_pages(pages))
    assert doc.text == TEXT
    records = [(s.attrs["text"], s.attrs["why"], s.start) for s in doc.layers["removed"]]
    assert TEXT.index("def main():") == 195
    assert ("2", "page_furniture", 195) in records
    assert [(text, at) for text, why, at in records if why == "numbers_only"] == [
        ("1", 58),
        ("2", 58),
        ("3", 58),
        ("4", 195),
        ("5", 195),
        ("6", 195),
        ("7", 233),
        ("8", 233),
        ("9", 233),
    ]
    assert ("3", "page_furniture", len(TEXT)) in records
