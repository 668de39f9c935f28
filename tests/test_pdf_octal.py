"""A string escape whose octal value overflows a byte is read as the PDF reference reads it (7.3.4.2:
the high-order overflow is ignored, ``\\436`` is 0x1E), not refused as a damaged PDF (issue 15, the
ninth check: mpman-ru.pdf's outline titles, ``\\004\\436`` for "О", lost the whole manual)."""

import io

import pytest
from pdf_objects import helvetica_page
from pdfminer.psparser import PSBaseParser

from sloika.pipelines.formats.base import FormatError
from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_octal import octal_overflow_ignored

SENTENCE = b"The manual explains how pictures are drawn with equations between points"


def _page(escape: bytes) -> bytes:
    """A page setting SENTENCE and a second line holding ``escape`` between two words, twice so the
    page holds prose."""
    rows = b"".join(b"1 0 0 1 72 %d Tm (%s, line %d.) Tj\n" % (700 - 14 * i, SENTENCE, i) for i in range(6))
    content = b"BT /F1 11 Tf\n" + rows + b"1 0 0 1 72 600 Tm (Tab" + escape + b"le of shapes.) Tj\nET"
    return helvetica_page(content)


def test_overflowing_octal_escape_reads_as_its_low_byte():
    # \541 is 0o541 = 353, whose low byte 0x61 is "a" in WinAnsi: "Tab" + "a" + "le"
    (parsed,) = parse_pdf(_page(b"\\541"))
    assert "Tabale of shapes." in parsed.text
    assert SENTENCE.decode() + ", line 0." in parsed.text


def test_octal_escapes_within_a_byte_read_as_before():
    # \141 is "a", and a short escape \12 (newline) stops at its two digits, the "3" a digit after it
    (parsed,) = parse_pdf(_page(b"\\141"))
    assert "Tabale of shapes." in parsed.text
    with octal_overflow_ignored():
        parser = PSBaseParser(io.BytesIO(b"(\\0123\\436\\101)"))
        assert parser.nexttoken()[1] == b"\n3\x1eA"


def test_pdfminer_is_left_as_it_was_outside_sloika_reading():
    with octal_overflow_ignored():
        pass
    with pytest.raises(AssertionError):
        PSBaseParser(io.BytesIO(b"(\\436)")).nexttoken()


def test_a_whole_pdf_pdfminer_fails_on_names_the_page_not_damage(monkeypatch):
    import sloika.pipelines.formats.pdf_pages as pdf_pages

    def fails(*args, **kwargs):
        raise AssertionError("an assertion inside pdfminer")
        yield

    monkeypatch.setattr(pdf_pages, "extract_pages", fails)
    with pytest.raises(FormatError) as refused:
        parse_pdf(_page(b"a"))
    assert refused.value.reason == "broken_pdf"
    assert "pdfminer could not parse the PDF on page 1" in refused.value.detail
    assert "damaged" not in refused.value.detail
