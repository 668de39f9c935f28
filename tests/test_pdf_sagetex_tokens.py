"""Words and code tokens the SageTeX manuals' pages print whole (issue 15, the fifty-first check's
rows 1 and 2, sagetex-doc's example.pdf and sagetex.pdf): the logo "TikZ", its "k" in text italic
and the italic correction (0.11 em) before the upright "Z", read "Tik Z"; the heading "The $N$th
century way", "th" 0.11 em after the math-italic "N", read "N th"; the listing line "sage:
pi.n(100)" in fixed columns, its narrow dot centred 0.28 em after "i" and 0.18 em before "n", read
"pi .n(100)"; and listings' visible space "␣" in a typewriter string, read as that glyph. Lines set
as TeX sets them (no space glyph, a third of an em between words); sentences sloika's own; expected
texts written by hand from what the page shows."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, escaped, font_pages, tex_font, tex_line  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [
    (b"F1", HELVETICA),
    (b"F2", COURIER),
    (b"I", tex_font(b"CMTI10", b"107 /k")),
    (b"B", tex_font(b"CMBXTI10", b"107 /k")),
    (b"M", tex_font(b"CMMI10", b"78 /N")),
    (b"R", tex_font(b"CMR10", b"")),
    (b"T", tex_font(b"CMTT10", b"127 /blank")),  # cmtt10's visible space, "␣" by its glyph name
]
INTRO = "The first lines of this page are plain prose that the reader keeps as they are set here."
OUTRO = "and the last line ends the paragraph that these three lines make up."


def _page(line: bytes) -> str:
    """The text of a page whose second line is ``line`` (content-stream bytes), between two lines of
    prose set as TeX sets them."""
    content = b"\n".join([tex_line(760, INTRO.split()), line, tex_line(736, OUTRO.split())])
    return parse_pdf(font_pages([content], FONTS))[0].text


def _words(text: str) -> bytes:
    """A ``TJ`` array's pieces for the words of ``text``, a third of an em apart."""
    return b" -333 ".join(b"(%s)" % escaped(word) for word in text.split())


@pytest.mark.parametrize("italic", [b"I", b"B"])
def test_an_italic_correction_inside_a_word_is_no_space(italic):
    """ "Ti\\emph{k}Z": the upright "Z" 0.11 em (the italic correction) after the italic "k"."""
    line = b"BT /F1 10 Tf 72 748 Td [%s -333 (Ti)] TJ /%s 10 Tf (k) Tj /F1 10 Tf [-110 %s] TJ ET" % (
        _words("with any reasonable version of"),
        italic,
        _words("Z, which means it should work with all but the oldest installations"),
    )
    assert "with any reasonable version of TikZ, which means" in _page(line)


def test_an_italic_word_keeps_its_word_space():
    """An italic word and the upright word a word space (and its correction) after it stay apart."""
    line = b"BT /F1 10 Tf 72 748 Td [%s -333] TJ /I 10 Tf (k) Tj /F1 10 Tf [-400 %s] TJ ET" % (
        _words("the letter"),
        _words("stands in italics in this sentence and the words around it in roman type"),
    )
    assert "the letter k stands in italics" in _page(line)


def test_an_ordinal_ending_after_a_math_italic_name_is_no_word_of_its_own():
    """ "The $N$th century way": the roman "th" 0.11 em after the math-italic "N"."""
    line = b"BT /F1 10 Tf 72 748 Td [%s -333] TJ /M 10 Tf (N) Tj /F1 10 Tf [-110 %s] TJ ET" % (
        _words("We come to"),
        _words("th century way of counting the pages of a document that the reader keeps"),
    )
    assert "We come to Nth century way of counting" in _page(line)


def test_a_dot_centred_in_a_listing_column_hugs_both_sides():
    """ "sage: pi.n(100)" in fixed columns (its prompt in cmtt10, the code in cmr10): the dot 0.28 em
    after "i", 0.18 em before "n"."""
    prompt = b"[(s) -60 (a) -60 (g) -60 (e)]"
    code = b"[-220 (:) -880 (p) -120 (i) -280 (.) -180 (n) -140 (\\() -120 (1) -120 (0) -120 (0) -120 (\\))]"
    line = b"BT /T 10 Tf 72 748 Td %s TJ /R 10 Tf %s TJ ET" % (prompt, code)
    assert "sage: pi.n(100)" in _page(line)


def test_a_visible_space_in_a_listing_string_is_a_space():
    """listings' showstringspaces "␣" in a typewriter line is the string's space."""
    line = b"BT /T 10 Tf 72 748 Td (sage: print\\('Hola,\\177mundo!'\\)) Tj ET"
    assert "sage: print('Hola, mundo!')" in _page(line)
