"""Rendered formulas are not prose (issue 15, practice held-out check re-read: itamsldoc.pdf kept an
example's rendered output as paragraphs, "k log2 c(f)", "2 + √"). A line whose glyphs come from TeX's
math fonts (the text font's operator names, digits and signs among them) and that stands apart from
the body goes to ``removed`` as ``math``; a prose line with an inline formula keeps it. Pages
hand-built, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page, removed_texts, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"99 /c 102 /f 107 /k")
CMSY = tex_font(b"HMVRFB+CMSY10", b"112 /radical")

# "k log2 c(f)" as TeX sets it: k, c and f in math italic (/M), "log", the subscript 2 and the
# parentheses in the text font (/F1)
K_LOG_C_F = b"/M 10 Tf (k) Tj /F1 10 Tf ( log) Tj /F1 7 Tf (2) Tj /M 10 Tf ( c) Tj /F1 10 Tf (\\() Tj"
K_LOG_C_F += b" /M 10 Tf (f) Tj /F1 10 Tf (\\)) Tj"


def _parse(content: bytes):
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"M", CMMI), (b"S", CMSY)]))
    return doc


def _row(x: int, y: int, text: str) -> bytes:
    return b"BT /F1 10 Tf %d %d Td (%s) Tj ET" % (x, y, text.encode())


FIRST = "The size of a fraction set in a line of text is smaller than that of a displayed one, and"
SECOND = "the reader sees the difference at once when both of them are shown side by side below."
THIRD = "Both are typed with the same command, and only the style of the fraction is changed then."
FOURTH = "A short paragraph follows here so that the page holds enough lines of the text body."


def test_an_example_output_set_apart_is_a_display_of_its_own():
    """The centred line "k log2 c(f)" (math italic with the text font's "log", "2", "( )") was kept
    as a paragraph between two of the text's, in the sentence's paragraph: it is a display, and as it
    reads as one line it stays, a ``math`` paragraph of its own between the two sentences
    (issue-keddmath: set in the page's top tenth, it had gone to ``removed``; main writes it so set
    lower on the page)."""
    doc = _parse(
        b"\n".join(
            [
                _row(72, 760, FIRST),
                _row(72, 748, SECOND),
                b"BT 250 725 Td " + K_LOG_C_F + b" ET",
                _row(72, 700, THIRD),
                _row(72, 676, FOURTH),
            ]
        )
    )
    assert doc.text == f"{FIRST} {SECOND}\n\nk log2 c(f)\n\n{THIRD}\n\n{FOURTH}"
    assert removed_texts(doc, "math") == []


def test_a_prose_line_with_an_inline_formula_keeps_it():
    """The same formula inside a line of the text's words, at the margin: it stays in the sentence."""
    doc = _parse(
        b"\n".join(
            [
                _row(72, 760, FIRST),
                b"BT 72 748 Td /F1 10 Tf (the bound ) Tj "
                + K_LOG_C_F
                + b" /F1 10 Tf ( holds for every one of them.) Tj ET",
                _row(72, 736, THIRD),
                _row(72, 712, FOURTH),
            ]
        )
    )
    assert doc.text == f"{FIRST} the bound k log2 c(f) holds for every one of them.\n\n{THIRD}\n\n{FOURTH}"
    assert removed_texts(doc, "math") == []


def test_digits_and_signs_beside_a_math_glyph_go_with_it():
    """A continued fraction's "2 +" (text font, no math glyph) set beside its "√" (cmsy): both are the
    display's, and neither is kept as text."""
    doc = _parse(
        b"\n".join(
            [
                _row(72, 760, FIRST),
                _row(72, 748, SECOND),
                _row(240, 725, "2 +"),
                b"BT /S 10 Tf 258 727 Td (p) Tj ET",
                _row(72, 700, THIRD),
                _row(72, 676, FOURTH),
            ]
        )
    )
    assert doc.text == f"{FIRST} {SECOND}\n\n{THIRD}\n\n{FOURTH}"
    assert "".join(removed_texts(doc, "math")).replace(" ", "") == "2+\u221a"


def test_a_line_already_out_of_the_text_keeps_its_own_record():
    """An equation number under the formula ("(1)", a line of digits and signs set apart beside it)
    has left the text as ``numbers_only`` before: it keeps that record, and no ``math`` record
    holds a placeholder in its stead."""
    doc = _parse(
        b"\n".join(
            [
                _row(72, 760, FIRST),
                _row(72, 748, SECOND),
                b"BT 250 725 Td " + K_LOG_C_F + b" ET",
                _row(252, 714, "(1)"),
                _row(72, 690, THIRD),
                _row(72, 666, FOURTH),
            ]
        )
    )
    assert doc.text == f"{FIRST} {SECOND}\n\n{THIRD}\n\n{FOURTH}"
    assert removed_texts(doc, "numbers_only") == ["(1)"]
    assert removed_texts(doc, "math") == ["k log2 c(f)"]
