"""A footnote that opens with a quotation mark (issue 15, the fifteenth check's row 2, biocon's
manual-old.pdf, pdfTeX 2001): "¹“Kingdom” is the lowest …" under the page's prose was not taken for a
note, as the mark had to be followed by a letter, a bracket or a straight quote; the notes stayed
between two paragraphs where the page ended and the text kept their marks ("kingdoms¹"). Page
hand-built, sentences written for the test, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FIRST = "Plants and animals are named after strict rules, and the rules differ between the kingdoms"
SECOND = "of life, but each name is built of a genus and an epithet that the author chose for it."
LAST = "The package typesets each name after the rules of its group, as the next section shows."
NOTE = "Kingdom\x94 is the highest rank used by the package for its groups of names."


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def test_a_note_opening_with_a_curly_quote_leaves_the_text():
    """The 8 pt note "¹“Kingdom” is …" under 10 pt prose goes after the paragraph of its mark,
    without the raised mark in the sentence that refers to it."""
    page = [
        f"BT 72 760 Td /F1 10 Tf ({_escaped(FIRST)}) Tj /F1 7 Tf 4 Ts (1) Tj 0 Ts ET",
        f"BT /F1 10 Tf 72 748 Td ({_escaped(SECOND)}) Tj ET",
        f"BT /F1 10 Tf 72 736 Td ({_escaped(LAST)}) Tj ET",
        f"BT 72 120 Td /F1 6 Tf 3 Ts (1) Tj 0 Ts /F1 8 Tf (\x93{_escaped(NOTE)}) Tj ET",
    ]
    content = "\n".join(page).encode("latin-1")
    (doc,) = parse_pdf(font_pages([content], [(b"F1", HELVETICA)]))
    assert doc.text.split("\n\n") == [
        f"{FIRST} {SECOND}",
        "“Kingdom” is the highest rank used by the package for its groups of names.",
        LAST,
    ]
