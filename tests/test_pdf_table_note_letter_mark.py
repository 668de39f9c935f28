"""A table's note opened by a raised letter, its mark (issue 15, the forty-sixth check's row 2,
hotos17.pdf p. 2): the note under Table 1 opens with a small italic "a" set above the line, read as
the word "a" ("a TSX launched with …"). A small letter a–z in a text font, raised above the line
and alone before its first word, opens a note and is cut as the note's mark; a letter at the line's
size, a math font's letter or a raised word stays. Sentences sloika's own; expected texts written
by hand from what the page shows."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"CMMI8", b"97 /a")
NOTE = "TSX launched with the new cores in 2013 but was later disabled by a patch."


def _table_page(opening: str) -> object:
    """A page with a small table and, under it, a note line that ``opening`` (a content-stream
    fragment) opens before the note's words in Helvetica 8 pt."""
    lines = [
        "BT /F1 10 Tf 72 760 Td (The table below lists each extension with the year it shipped.) Tj ET",
        "BT /F1 8 Tf 72 730 Td (Extension) Tj 140 0 Td (Year) Tj ET",
        "BT /F1 8 Tf 72 720 Td (TSX) Tj 140 0 Td (2013) Tj ET",
        "BT /F1 8 Tf 72 710 Td (SGX) Tj 140 0 Td (2015) Tj ET",
        f"BT /F1 8 Tf 72 690 Td {opening} /F1 8 Tf 0 Ts ({NOTE}) Tj ET",
        "BT /F1 10 Tf 72 660 Td (Each of these extensions changed what the operating system must do.) Tj ET",
    ]
    content = "\n".join(lines).encode("cp1252")
    return parse_pdf(font_pages([content], [(b"F1", HELVETICA), (b"M", CMMI)]))[0]


def _marks(doc) -> list[str]:
    return [span.attrs["text"] for span in doc.layers["removed"] if span.label == "footnote_mark"]


def test_a_raised_letter_opening_a_table_note_is_its_mark():
    doc = _table_page("/F1 6 Tf 4 Ts (a) Tj")
    assert NOTE in doc.text
    assert f"a {NOTE}" not in doc.text and f"a{NOTE}" not in doc.text
    assert _marks(doc) == ["a"]


def test_a_letter_at_the_line_size_stays_a_word():
    doc = _table_page("(a ) Tj")
    assert f"a {NOTE}" in doc.text
    assert _marks(doc) == []


def test_a_raised_math_letter_stays():
    doc = _table_page("/M 6 Tf 4 Ts (a) Tj")
    assert _marks(doc) == []
