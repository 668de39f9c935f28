"""A listing set in columns wider than its glyphs keeps one space where it sets one (issue 15, the
thirty-third check, RcppArmadillo-intro.pdf): its listings set 4.71 pt glyphs in 5.49 pt columns,
and a word space (7.28 pt, a column and the letter spacing) counted in glyph widths read as two,
"using  namespace  arma;". Courier 10 pt here, its 6 pt glyphs 1 pt apart; the texts are written
for the test."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_lines, escaped, helvetica_line, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LISTING = ["using namespace arma;", "class Kalman {", "  double dt = 1;", "  mat A, H;", "};"]
STEP, GLYPH, SPACE = 7.0, 6.0, 9.0  # a column, a glyph's box, a word's gap: one space, not two


def _spaced_line(y: float, text: str) -> bytes:
    """``text`` in Courier (``/F2``) with 1 pt between its glyphs, each word placed so a space
    leaves ``SPACE`` pt between the glyphs around it and each leading space a column."""
    indent = len(text) - len(text.lstrip())
    x, words = 72 + indent * STEP, []
    for word in text.split():
        words.append(b"BT /F2 10 Tf 1 Tc %.2f %.2f Td (%s) Tj ET" % (x, y, escaped(word)))
        x += len(word) * STEP - (STEP - GLYPH) + SPACE
    return b"\n".join(words)


def test_a_word_space_in_a_letter_spaced_listing_is_one_space():
    lead = helvetica_line(72, 720, "The class is declared in the header, as the listing below shows:", 10)
    lines = [_spaced_line(700 - 11 * at, text) for at, text in enumerate(LISTING)]
    (doc,) = parse_pdf(one_page(b"\n".join([lead, *lines]), [(b"F1", HELVETICA), (b"F2", COURIER)]))
    assert code_lines(doc) == LISTING
