"""A Lisp quick reference set in the text font (issue 15, check 43's row 05: OaklispSummary.pdf).

Its forms close on a line of their own, "...)" under "exp1" / "exp2": the elided rest of the form
and its closing parentheses. Taken for a line of numbers (``numbers_only``), they went, and no form
in the text ever closed. A line of an ellipsis and closing parentheses alone that closes
parentheses the lines above it left open is the form's last line; one with none open above still
goes. All texts here are written for the tests (Helvetica, 10 pt, 12 pt lines)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

INTRO = "Each expression of a block is executed in turn, and the block returns the value of the last one."
AFTER = "A block may hold any number of expressions, and an empty block returns no value at all."


def _page(rows: list[tuple[float, str]]) -> bytes:
    """The lead-in, ``rows`` at 12 pt steps under it, and a paragraph after them."""
    lines = [helvetica_line(x, 676 - 12 * at, text, 10) for at, (x, text) in enumerate(rows)]
    after = 676 - 12 * len(rows) - 12
    return helvetica_page(
        b"\n".join(
            [helvetica_line(72, 700, INTRO, 10, 540), *lines, helvetica_line(72, after, AFTER, 10, 540)]
        )
    )


def test_a_forms_closing_line_stays():
    rows = [(72, "(define (name arg1 arg2 ...)"), (96, "exp1"), (96, "exp2"), (96, "...)")]
    (doc,) = parse_pdf(_page(rows))
    assert [s.attrs.get("why") for s in doc.layers.get("removed", [])] == []
    assert doc.text.split() == [*INTRO.split(), *" ".join(text for _, text in rows).split(), *AFTER.split()]


def test_two_closing_parentheses_close_a_nested_form():
    rows = [(72, "(define name"), (84, "(lambda (arg1 arg2)"), (96, "exp1"), (96, "...))")]
    (doc,) = parse_pdf(_page(rows))
    assert [s.attrs.get("why") for s in doc.layers.get("removed", [])] == []
    assert doc.text.split() == [*INTRO.split(), *" ".join(text for _, text in rows).split(), *AFTER.split()]


def test_a_closing_line_with_nothing_open_above_still_goes():
    rows = [(72, "(block exp1 exp2)"), (96, "...)")]
    (doc,) = parse_pdf(_page(rows))
    assert [s.attrs.get("why") for s in doc.layers.get("removed", [])] == ["numbers_only"]
    assert "...)" not in doc.text
