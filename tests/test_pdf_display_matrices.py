"""Displays holding a matrix between tall brackets kept as one line, the matrix's rows between its
brackets, "; " between them (issue 15, the fifty-third check's row 5: the gap-guava manual's "s =
(1, 3, 2)(4, 7, 5), A = (8 0 4 3 / 2 9 3 0 / 0 1 7 5), A^s = …" after "… is illustrated by the
following." was cut whole, its brackets' pieces U+F8EB … in the record, and so was its GF(4) example,
a list of equations over a row with two matrices in one-glyph brackets). Pages hand-built, sentences
sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, math_row, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"65 /A 102 /f 103 /g 115 /s")
# cmex's pieces (top, extension, bottom of each round bracket) and its one-glyph big brackets
CMEX = tex_font(
    b"KBOUDR+CMEX10",
    b"97 /parenlefttp 98 /parenleftex 99 /parenleftbt 100 /parenrighttp 101 /parenrightex"
    b" 102 /parenrightbt 103 /bracketlefttp 104 /bracketleftbt 105 /bracketrighttp"
    b" 106 /bracketrightbt 107 /parenleftbigg 108 /parenrightbigg 109 /bracketleftex 110 /bracketrightex",
)
FONTS = [(b"F1", HELVETICA), (b"M", CMMI), (b"X", CMEX)]

LEAD = "For example, the action of one permutation on a small matrix is shown by the following."
THEN = "The same matrix is used again in what follows."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def _parse(rows: list[bytes], under: float = 400) -> str:
    content = [text_row(72, 500, LEAD), *rows, text_row(72, under, THEN), text_row(72, 300, LAST)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    return doc


def _pieces(x: float, top: float, bottom: float, codes: str, between: int = 0) -> list[bytes]:
    """A tall bracket of cmex pieces at ``x``: its top piece hung from the baseline ``top``, as many
    extension pieces as ``between`` under it, 9 pt apart, its bottom piece hung from ``bottom``
    (``codes``: the three pieces' characters in the CMEX font)."""
    pieces = [text_row(x, top, codes[0], font=b"X")]
    pieces += [text_row(x, top - 9 * (at + 1), codes[1], font=b"X") for at in range(between)]
    return [*pieces, text_row(x, bottom, codes[2], font=b"X")]


def _rows(x: float, baselines: list[float], rows: list[str]) -> list[bytes]:
    return [text_row(x, y, row) for y, row in zip(baselines, rows, strict=True)]


def test_a_matrix_between_brackets_of_pieces_is_one_line_of_its_display():
    """ "A =" beside three rows of numbers between brackets TeX built of pieces (a top and a bottom
    piece each, cmex's U+F8EB/F8ED and U+F8F6/F8F8): the display is kept, "A = (8 0 4 3; 2 9 3 0;
    0 1 7 5).", no piece in the text, nothing cut."""
    rows = [
        math_row(200, 450, "A"),
        text_row(208, 450, " = "),
        *_pieces(228, 470, 452, "abc"),
        *_rows(236, [462, 450, 438], ["8 0 4 3", "2 9 3 0", "0 1 7 5"]),
        *_pieces(270, 470, 452, "def"),
        text_row(276, 450, "."),
    ]
    doc = _parse(rows)
    assert doc.text == f"{LEAD}\n\nA = (8 0 4 3; 2 9 3 0; 0 1 7 5).\n\n{THEN}\n\n{LAST}"
    assert "removed" not in doc.layers
    assert [doc.text[s.start : s.end] for s in doc.spans if s.label == "math"] == [
        "A = (8 0 4 3; 2 9 3 0; 0 1 7 5)."
    ]


def test_a_taller_matrix_with_extension_pieces_in_square_brackets_keeps_its_rows_in_order():
    """Five rows of two numbers each between square brackets of a top piece, extension pieces and
    a bottom piece: "x = [1 2; 3 4; 5 6; 7 8; 9 0]", the rows top to bottom."""
    baselines = [474, 462, 450, 438, 426]
    rows = [
        math_row(200, 450, "x"),
        text_row(208, 450, " = "),
        *_pieces(228, 482, 440, "gmh", between=3),
        *_rows(236, baselines, ["1 2", "3 4", "5 6", "7 8", "9 0"]),
        *_pieces(260, 482, 440, "inj", between=3),
    ]
    doc = _parse(rows, under=390)
    assert doc.text == f"{LEAD}\n\nx = [1 2; 3 4; 5 6; 7 8; 9 0]\n\n{THEN}\n\n{LAST}"
    assert "removed" not in doc.layers


def test_a_matrix_in_one_glyph_brackets_takes_the_row_under_its_first():
    """Two rows in cmex's one-glyph big brackets, which TeX hangs from their top: "(" read with the
    first row "(2 0 3", ")" alone beside it, the second row "0 3 1" under them on its own, "A ="
    centred on the two rows. The matrix is both rows: "A = (2 0 3; 0 3 1),"."""
    rows = [
        math_row(200, 450, "A"),
        text_row(208, 450, " = "),
        text_row(226, 464, "k", font=b"X"),
        text_row(231, 456, "2 0 3"),
        text_row(231, 444, "0 3 1"),
        text_row(257, 464, "l", font=b"X"),
        text_row(263, 450, ","),
    ]
    doc = _parse(rows)
    assert doc.text == f"{LEAD}\n\nA = (2 0 3; 0 3 1),\n\n{THEN}\n\n{LAST}"
    assert "removed" not in doc.layers


def test_a_list_of_equations_broken_after_its_comma_is_kept_a_row_a_line():
    """Two rows centred one under the other, each a list of equations, the first ending on a comma
    and the second holding a matrix in one-glyph brackets: one row a line, as printed."""
    rows = [
        math_row(190, 480, "f"),
        text_row(194, 480, "(1) = 3, "),
        math_row(230, 480, "f"),
        text_row(234, 480, "(2) = 1,"),
        math_row(150, 450, "g"),
        text_row(154, 450, " = (1, 2)(3, 4), "),
        math_row(220, 450, "A"),
        text_row(228, 450, " = "),
        text_row(246, 464, "k", font=b"X"),
        text_row(251, 456, "2 0 3"),
        text_row(251, 444, "0 3 1"),
        text_row(277, 464, "l", font=b"X"),
        text_row(283, 450, "."),
    ]
    doc = _parse(rows)
    display = "f(1) = 3, f(2) = 1,\ng = (1, 2)(3, 4), A = (2 0 3; 0 3 1)."
    assert doc.text == f"{LEAD}\n\n{display}\n\n{THEN}\n\n{LAST}"
    assert "removed" not in doc.layers


def test_rows_of_unlike_lengths_between_brackets_leave_the_display_cut_as_before():
    """A banded matrix whose blank entries leave its rows unlike in length ("1 2" over "3" over "4
    5"): no row of it can be placed, and the display goes to ``removed`` whole, as before."""
    rows = [
        math_row(200, 450, "B"),
        text_row(208, 450, " = "),
        *_pieces(228, 470, 452, "abc"),
        *_rows(236, [462, 450, 438], ["1 2", "3", "4 5"]),
        *_pieces(262, 470, 452, "def"),
    ]
    doc = _parse(rows)
    assert doc.text == f"{LEAD}\n\n{THEN}\n\n{LAST}"
    assert "removed" in doc.layers


def test_a_matrix_entry_with_a_space_inside_its_brackets_is_one_entry():
    """A matrix whose first entry is "(s + 1)", set with TeX's spaces around its "+": a row's entries
    are its words outside brackets (``pdf_matrices._entry_count``), so the first row holds three, as
    the rows under it do, and the matrix is kept, "A = ((s + 1) 0 4; 2 9 3; 0 1 7).". Counted by
    words, the first row held five against three and the display was cut whole."""
    rows = [
        math_row(200, 450, "A"),
        text_row(208, 450, " = "),
        *_pieces(228, 470, 452, "abc"),
        *_rows(236, [462, 450, 438], ["(s + 1) 0 4", "2 9 3", "0 1 7"]),
        *_pieces(280, 470, 452, "def"),
        text_row(286, 450, "."),
    ]
    doc = _parse(rows)
    assert doc.text == f"{LEAD}\n\nA = ((s + 1) 0 4; 2 9 3; 0 1 7).\n\n{THEN}\n\n{LAST}"
    assert "removed" not in doc.layers
