"""Display formulas kept in their sentence (issue 15, thirty-seventh held-out check: gsl.pdf's
"… the Airy function is defined by the integral and obeys …", its equation (1) cut to ``removed``
and the sentence left with a hole). A display the reader can write as one faithful line, every
piece placed, stays in the text at its place, a paragraph of its own marked ``math``; one it
cannot (a `cases` brace's two rows) leaves whole as before. Pages hand-built, sentences sloika's
own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, math_row, math_spans, one_page, removed_texts, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"97 /a 98 /b 102 /f 120 /x 121 /y")

LEAD = "A small function is used in every example of this note, and for a real argument it is"
ON = "and it is used in what follows as the scale that every other value is measured against."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def _parse(content: bytes):
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"M", CMMI)]))
    return doc


def _f_of_x(y: float) -> list[bytes]:
    """ "f(x) = a + b" set at ``y``, its letters in math italic, from x = 250."""
    return [
        math_row(250, y, "f"),
        text_row(254, y, "("),
        math_row(257.3, y, "x"),
        text_row(261.3, y, ") = "),
        math_row(277, y, "a"),
        text_row(281, y, " + "),
        math_row(292.4, y, "b"),
    ]


def test_a_one_line_display_stays_at_its_place():
    """ "f(x) = a + b" centred under the lead-in, "(1)" at the right margin: one line, kept between
    the sentence's two halves with its number at its end."""
    doc = _parse(
        b"\n".join(
            [
                text_row(72, 500, LEAD),
                *_f_of_x(476),
                text_row(520, 476, "(1)"),
                text_row(72, 452, ON),
                text_row(72, 400, LAST),
            ]
        )
    )
    assert doc.text == f"{LEAD}\n\nf(x) = a + b (1)\n\n{ON}\n\n{LAST}"
    assert math_spans(doc) == ["f(x) = a + b (1)"]
    assert "removed" not in doc.layers


def _rule(x0: float, x1: float, y: float) -> bytes:
    """A fraction's bar, as TeX draws it: a filled rectangle 0.4 pt high."""
    return b"%.1f %.1f %.1f 0.4 re f" % (x0, y, x1 - x0)


def test_a_stacked_fraction_display_stays_written_on_one_line():
    """ "y =" on the row, "a + x" over a rule over "b", centred on each other, "(2)" at the margin:
    the fraction reads "(a + x)/b", the display one line in its sentence."""
    doc = _parse(
        b"\n".join(
            [
                text_row(72, 500, LEAD),
                math_row(250, 470, "y"),
                text_row(254, 470, " = "),
                math_row(270, 478.5, "a"),
                text_row(274, 478.5, " + "),
                math_row(285.4, 478.5, "x"),
                _rule(268, 291.4, 474.5),
                math_row(277.7, 461.5, "b"),
                text_row(520, 470, "(2)"),
                text_row(72, 440, ON),
                text_row(72, 372, LAST),
            ]
        )
    )
    assert doc.text == f"{LEAD}\n\ny = (a + x)/b (2)\n\n{ON}\n\n{LAST}"
    assert math_spans(doc) == ["y = (a + x)/b (2)"]


def test_two_rows_stacked_without_a_rule_leave_whole():
    """ "f(x) =" beside "a + x" over "b + x", centred on each other as a fraction's parts are but
    with no rule between them (a two-row matrix, a binomial's stack): no faithful line, so every
    piece goes to ``removed`` as before and the sentence reads on past the hole."""
    doc = _parse(
        b"\n".join(
            [
                text_row(72, 500, LEAD),
                math_row(240, 470, "f"),
                text_row(244, 470, "("),
                math_row(247.3, 470, "x"),
                text_row(251.3, 470, ") = "),
                math_row(270, 478.5, "a"),
                text_row(274, 478.5, " + "),
                math_row(285.4, 478.5, "x"),
                math_row(270, 461.5, "b"),
                text_row(274, 461.5, " + "),
                math_row(285.4, 461.5, "x"),
                text_row(72, 440, ON),
                text_row(72, 388, LAST),
            ]
        )
    )
    assert doc.text == f"{LEAD} {ON}\n\n{LAST}"
    assert math_spans(doc) == []
    assert removed_texts(doc, "math") == ["f(x) =", "a + x", "b + x"]


def _chain(last: list[bytes]) -> bytes:
    """ "f(x) = a + b" over "= b + a", each "=" under the first, over the row ``last``."""
    rows = [*_f_of_x(476), text_row(265, 462, "= "), math_row(277, 462, "b"), text_row(281, 462, " + ")]
    rows += [math_row(292.4, 462, "a"), *last]
    return b"\n".join([text_row(72, 500, LEAD), *rows, text_row(72, 424, ON), text_row(72, 340, LAST)])


def test_a_chain_of_aligned_lines_stays_one_row_a_line():
    """ "f(x) = a + b" over "= b + a" and "= c": one display of three rows, each a line the reader
    writes; the chain stays in its sentence, one row a line, as a reader copies it."""
    doc = _parse(_chain([text_row(265, 448, "= "), math_row(277, 448, "c")]))
    assert doc.text == f"{LEAD}\n\nf(x) = a + b\n= b + a\n= c\n\n{ON}\n\n{LAST}"
    assert math_spans(doc) == ["f(x) = a + b\n= b + a\n= c"]
    assert "removed" not in doc.layers


def test_a_chain_with_a_row_of_no_relation_leaves_whole():
    """The chain's last row "c + a" holds no relation (no chain's row: a matrix's, a brace's): the
    rows are no aligned chain, so all three leave, none is kept alone."""
    doc = _parse(_chain([math_row(277, 448, "c"), text_row(281, 448, " + "), math_row(292.4, 448, "a")]))
    assert doc.text == f"{LEAD} {ON}\n\n{LAST}"
    assert math_spans(doc) == []
    assert removed_texts(doc, "math") == ["f(x) = a + b", "= b + a", "c + a"]


def _equation(x: float, y: float, name: str, value: str) -> list[bytes]:
    """ "f(name) = value" as two pieces, "f(name)" at ``x`` and "= value" 60 pt right of it."""
    return [
        math_row(x, y, "f"),
        text_row(x + 4, y, "("),
        math_row(x + 7.3, y, name),
        text_row(x + 11.3, y, ")"),
        text_row(x + 60, y, "= "),
        math_row(x + 72, y, value),
    ]


def test_equations_side_by_side_at_the_pages_foot_stay_one_a_line():
    """Three rows of two equations side by side ("f(x) = a" beside "f(y) = b"), the sentence over
    them leading into them, the last row in the page's bottom tenth: each equation stays a line,
    row by row, from the left (maxmat3src.pdf p. 39's Example 1 was cut, "Then, for instance,"
    leading nowhere)."""
    rows = [
        (_equation(130, 120, "x", "a"), _equation(330, 120, "y", "b")),
        (_equation(130, 100, "a", "b"), _equation(330, 100, "b", "a")),
        (_equation(130, 80, "y", "x"), _equation(330, 80, "x", "y")),
    ]
    pieces = [piece for left, right in rows for piece in (*left, *right)]
    doc = _parse(b"\n".join([text_row(72, 400, LAST), text_row(72, 144, LEAD), *pieces]))
    written = "f(x) = a\nf(y) = b\nf(a) = b\nf(b) = a\nf(y) = x\nf(x) = y"
    assert doc.text.endswith(f"{LEAD}\n\n{written}")
    assert math_spans(doc) == [written]


FOLLOWS = "For every real argument of the small function we define its value in two cases as follows:"
NOTE = "Note that the second case is the one that every later example of this short note uses."


def test_a_cases_display_whose_second_branch_stayed_text_is_kept_whole():
    """A cases display whose second branch holds words ("b otherwise, where the rest holds") is
    kept whole: its name "f(x) =" and first branch "{ a if x = b", set on rows the branch shares,
    are not cut to ``removed`` (maxmat3src.pdf p. 40's Definition 4 kept only its second branch),
    and the brace's rows read as its cases, as ``pdf_cases`` writes a brace with a row of words
    (issue-mx3fig; before, "f(x) = { a if x = b" and the second branch were two paragraphs)."""
    pieces = [
        math_row(130, 300, "f"),
        text_row(134, 300, "("),
        math_row(137.3, 300, "x"),
        text_row(141.3, 300, ") ="),
        text_row(200, 306, "{ "),
        math_row(208, 306, "a"),
        text_row(260, 306, "if "),
        math_row(270, 306, "x"),
        text_row(274, 306, " = "),
        math_row(286, 306, "b"),
        text_row(210, 292, "b otherwise, where the rest of the value holds."),
    ]
    prose = [text_row(72, 420 + 14 * at, LAST) for at in range(4)]
    under = [text_row(72, 270, NOTE), text_row(72, 256, LAST)]
    doc = _parse(b"\n".join([*prose, text_row(72, 330, FOLLOWS), *pieces, *under]))
    branches = "f(x) = {a if x = b; b otherwise, where the rest of the value holds.}"
    assert f"{FOLLOWS}\n\n{branches}\n\n{NOTE}" in doc.text
    assert removed_texts(doc, "math") == []
