"""A record after the text's last paragraph stands at the text's end (issue 15, the fiftieth check:
ghab-doc.pdf, a one-page TeX Live font manual, was rejected as a reader defect: its page ended in a
drawing's glyphs of no character, read as a display set apart by a blank line, and the records cut
from it were placed after that blank line, which the finished text drops, two characters past its
end). Pages hand-built (helpers of test_pdf_authors_and_floats, cmmi's unmapped ``trianglepiece``
of test_pdf_hooked_arrows), words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import font_pages  # noqa: E402
from test_pdf_authors_and_floats import FILLER, FONTS, _justified  # noqa: E402
from test_pdf_hooked_arrows import CMMI  # noqa: E402

from sloika.pipelines.formats.pdf import UNMAPPED_WHY, parse_pdf  # noqa: E402


def test_a_glyph_of_no_character_closing_the_document_is_recorded_at_its_end():
    """Prose, then under it a drawing's lone glyph that maps to no character: the prose is the
    text, the glyph an ``unreadable`` record at the text's very end, not past it."""
    lines = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER * 4)]
    page = "\n".join([*lines, "BT /M 10 Tf 300 500 Td (.) Tj ET"]).encode()
    (doc,) = parse_pdf(font_pages([page], [*FONTS, (b"M", CMMI)]))
    assert doc.text == " ".join(FILLER * 4)
    records = [
        (span.start, span.end, span.attrs) for span in doc.layers["removed"] if span.label == "unreadable"
    ]
    assert records == [(len(doc.text), len(doc.text), {"text": "(cid:46)", "why": UNMAPPED_WHY})]
