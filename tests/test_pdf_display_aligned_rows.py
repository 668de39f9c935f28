"""Aligned display blocks kept in their sentence row by row (issue 15, the fortieth held-out check's
row 2: irlba.pdf's eqnarrays "Ak := ∑ …" and "Aṽj = APmv^B j" over "= QmBmv^B j" … were cut whole,
leaving "A rank k partial SVD of A is defined as:" and "Then:" over nothing). An eqnarray or align
sets each row's left side, its relation and its right side apart in columns; where every row can be
written as one line (``pdf_display_formulas._written``) and holds a relation sign, the block stays
at its place, one row a line, its number at its row's end; a block whose rows hold no relation (a
matrix) leaves whole as before. Pages hand-built, sentences sloika's own, expected texts typed by
hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, math_row, math_spans, one_page, removed_texts, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"97 /a 98 /b 99 /c 102 /f 120 /x")

LEAD = "Every example of this note uses one small function of one argument, which is defined as:"
THEN = "The same function is used in what follows as the scale that every other value is set on."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def _parse(content: bytes):
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"M", CMMI)]))
    return doc


def _page(rows: list[bytes], under: float) -> bytes:
    """The lead-in, the display's ``rows``, the next sentence ``under`` and a last paragraph."""
    return b"\n".join([text_row(72, 500, LEAD), *rows, text_row(72, under, THEN), text_row(72, 360, LAST)])


def _left(y: float) -> list[bytes]:
    """An eqnarray's left column at ``y``: "f(x)", ending at x = 234.6."""
    return [math_row(220, y, "f"), text_row(224, y, "("), math_row(227.3, y, "x"), text_row(231.3, y, ")")]


def _right(y: float, first: str, second: str) -> list[bytes]:
    """An eqnarray's right column at ``y``: "first + second" from x = 270."""
    return [math_row(270, y, first), text_row(274, y, " + "), math_row(285.4, y, second)]


def _relation(y: float) -> bytes:
    """An eqnarray's middle column: "=" set apart from each side, as pdfminer reads a piece apart."""
    return text_row(250, y, "=")


def test_a_one_row_aligned_block_stays_in_its_sentence():
    """ "f(x)", "=" and "a + b" set apart in an eqnarray's three columns, on one row: the lead-in's
    display, written as one line under it."""
    doc = _parse(_page([*_left(476), _relation(476), *_right(476, "a", "b")], under=452))
    assert doc.text == f"{LEAD}\n\nf(x) = a + b\n\n{THEN}\n\n{LAST}"
    assert math_spans(doc) == ["f(x) = a + b"]
    assert "removed" not in doc.layers


def test_a_two_row_aligned_block_stays_one_row_a_line():
    """ "f(x) = a + b" over "= b + c (1)", the second row's "=" under the first's: each row one line,
    the equation's number at the end of its row, the block between the sentences."""
    rows = [*_left(476), _relation(476), *_right(476, "a", "b"), _relation(462), *_right(462, "b", "c")]
    doc = _parse(_page([*rows, text_row(520, 462, "(1)")], under=438))
    assert doc.text == f"{LEAD}\n\nf(x) = a + b\n= b + c (1)\n\n{THEN}\n\n{LAST}"
    assert math_spans(doc) == ["f(x) = a + b\n= b + c (1)"]
    assert "removed" not in doc.layers


def test_rows_with_no_relation_leave_whole():
    """ "a + b" over "b + c" in the right column, no relation on either row (a matrix's rows): no
    aligned chain; the display leaves whole as before and the sentence reads on past it."""
    doc = _parse(_page([*_right(476, "a", "b"), *_right(462, "b", "c")], under=438))
    assert math_spans(doc) == []
    assert doc.text == f"{LEAD}\n\n{THEN}\n\n{LAST}"
    assert removed_texts(doc, "math") == ["a + b", "b + c"]


def test_a_subscript_under_a_rows_last_superscript_is_its_stack():
    """ "f(x) = a + b" over "= b" with a "W" raised at the row's end and an "x" set under it, both
    script-size (irlba.pdf's "rmeT muB" with its "j" under the "B": u^B_j): the "x" starts under the
    "W", not after the row, and is the stack's other half, written after it; the block stays."""
    stack = [text_row(276, 466, "W", size=6), text_row(276.5, 455, "x", size=6, font=b"M")]
    rows = [
        *_left(476),
        _relation(476),
        *_right(476, "a", "b"),
        _relation(462),
        math_row(270, 462, "b"),
        *stack,
    ]
    doc = _parse(_page(rows, under=438))
    assert math_spans(doc) == ["f(x) = a + b\n= b^W_x"]
    assert "removed" not in doc.layers


def test_a_cases_braces_branches_leave_whole():
    """ "f(x) =" beside two branches "a if x < b" and "b if x > b" (a `cases` brace's): each row holds
    a relation, but in its condition, far right of the "=": no aligned chain, so the display leaves
    whole as before rather than as rows that tear the branches from their "f(x) =" (psi_functions.pdf)."""
    branches = [
        math_row(270, 483, "a"),
        text_row(280, 483, "if"),
        math_row(292, 483, "x"),
        text_row(297, 483, "<"),
    ]
    branches += [
        math_row(305, 483, "b"),
        math_row(270, 469, "b"),
        text_row(280, 469, "if"),
        math_row(292, 469, "x"),
    ]
    branches += [text_row(297, 469, ">"), math_row(305, 469, "b")]
    doc = _parse(_page([*_left(476), _relation(476), *branches], under=438))
    assert math_spans(doc) == []
    assert THEN in doc.text
    assert "f(x)" not in doc.text
