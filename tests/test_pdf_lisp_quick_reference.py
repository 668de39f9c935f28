"""A Lisp quick reference set in the text font (issue 15, check 43's row 05: OaklispSummary.pdf).

Its forms close on a line of their own, "...)" under "exp1" / "exp2": the elided rest of the form
and its closing parentheses. Taken for a line of numbers (``numbers_only``), they went, and no form
in the text ever closed. A line of an ellipsis and closing parentheses alone that closes
parentheses the lines above it left open is the form's last line; one with none open above still
goes. All texts here are written for the tests (Helvetica, 10 pt, 12 pt lines)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import lead_in_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

INTRO = "Each expression of a block is executed in turn, and the block returns the value of the last one."
AFTER = "A block may hold any number of expressions, and an empty block returns no value at all."


def test_a_forms_closing_line_stays():
    rows = [(72, "(define (name arg1 arg2 ...)"), (96, "exp1"), (96, "exp2"), (96, "...)")]
    (doc,) = parse_pdf(lead_in_page(INTRO, rows, AFTER))
    assert [s.attrs.get("why") for s in doc.layers.get("removed", [])] == []
    assert doc.text.split() == [*INTRO.split(), *" ".join(text for _, text in rows).split(), *AFTER.split()]


def test_two_closing_parentheses_close_a_nested_form():
    rows = [(72, "(define name"), (84, "(lambda (arg1 arg2)"), (96, "exp1"), (96, "...))")]
    (doc,) = parse_pdf(lead_in_page(INTRO, rows, AFTER))
    assert [s.attrs.get("why") for s in doc.layers.get("removed", [])] == []
    assert doc.text.split() == [*INTRO.split(), *" ".join(text for _, text in rows).split(), *AFTER.split()]


def test_a_closing_line_with_nothing_open_above_still_goes():
    rows = [(72, "(block exp1 exp2)"), (96, "...)")]
    (doc,) = parse_pdf(lead_in_page(INTRO, rows, AFTER))
    assert [s.attrs.get("why") for s in doc.layers.get("removed", [])] == ["numbers_only"]
    assert "...)" not in doc.text
