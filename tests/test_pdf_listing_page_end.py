"""A listing that ends well above its page's foot is over (issue 15, forty-second check row 01_pdf,
smlnj-doc's design.pdf): p. 3 ends with the calc.lex listing 13 lines above the text's foot, the
rest of the page blank; p. 4 opens with the label "calc.grm" over the next listing. The label was
read as the calc.lex listing's last line ("=> ( (* handle error *) );\\ncalc.grm"), where "calc.lex"
was a block of its own. Geometry after design.pdf (A4, Courier 10 pt, 12 pt leading); the listings
are sloika's own, the expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LEXER = ['"="     => ( EQ );', '"+"     => ( PLUS );', '"-"     => ( MINUS );', '"("     => ( LP );']
INTRO = [
    "The calculator below reads its tokens with the lexer first and then parses them with the",
    "grammar, both generated from the two specifications that the next pages give in full.",
]
PARSER = ["%name CalcParse;", "%tokens", ': KW_let ("let") | KW_in ("in")', ";"]


def _rows(rows: list[str], top: float, bottom: float) -> list[str]:
    """``rows`` over and over, enough to fill the page from baseline ``top`` down to ``bottom``."""
    count = int((top - bottom) / 12) + 1
    return [rows[at % len(rows)] for at in range(count)]


def test_a_label_atop_the_page_after_a_listing_ending_short_is_a_block_of_its_own():
    """Page 1's listing ends at baseline 250, 130 pt (13 lines) above page 2's last line, the
    text's foot: a listing broken by the page would fill it, so page 1's is over, and page 2's
    label "calc.grm" and its listing, a blank line apart, are blocks of their own."""
    lexer = _rows(LEXER, 705, 250)
    parser = _rows(PARSER, 730, 120)
    page1 = [helvetica_line(72, 800, "An example", 12), code_line(72, 735, "calc.lex", 10)]
    page1 += [helvetica_line(72, 775 - 12 * at, text, 10) for at, text in enumerate(INTRO)]
    page1 += [code_line(72, 705 - 12 * at, text, 10) for at, text in enumerate(lexer)]
    page2 = [code_line(72, 760, "calc.grm", 10)]
    page2 += [code_line(72, 730 - 12 * at, text, 10) for at, text in enumerate(parser)]
    fonts = [(b"F1", HELVETICA), (b"F2", COURIER)]
    (doc,) = parse_pdf(font_pages([b"\n".join(page1), b"\n".join(page2)], fonts))
    codes = [doc.text[s.start : s.end] for s in doc.spans if s.label == "code"]
    assert codes == ["calc.lex", "\n".join(lexer), "calc.grm", "\n".join(parser)]
