"""A form set flush left in the text font beside its description (issue 15, check 43's row 05:
OaklispSummary.pdf pp. 5–6).

A quick reference sets each form over several indented rows ("(block" / "exp1" / "exp2" / "...)")
and its description as a paragraph to its right, both opening on one row. pdfminer read the left
column down to the next heading before the description, the form's rows read as prose
paragraphs, and a pair whose description wraps beside as many rows was taken out as an unruled
table. Each pair reads in order: the form as one code block, its rows as rows, then its
description, before the next heading. All texts here are written for the tests (Helvetica, 12 pt
lines)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import code_lines, helvetica_line, helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 300  # the descriptions' left edge
END = 540  # their justified lines' right edge


def _pair(top: float, form: list[tuple[float, str]], description: list[str]) -> list[bytes]:
    """A form's rows (x, text) from ``top`` down, its description's lines right of them from the
    same row, 12 pt apart; the description justified but its last line."""
    rows = [helvetica_line(x, top - 12 * at, text, 10) for at, (x, text) in enumerate(form)]
    last = len(description) - 1
    rows += [
        helvetica_line(RIGHT, top - 12 * at, text, 10, None if at == last else END)
        for at, text in enumerate(description)
    ]
    return rows


def _reference() -> bytes:
    """Two headings, each over a pair: "Block" over a four-row form beside two description lines,
    "Local Variables" over a five-row form beside three."""
    block = [(72, "(block"), (96, "exp1"), (96, "exp2"), (96, "...)")]
    let = [(72, "(let ((var1 val1)"), (96, "(var2 nil))"), (108, "exp1"), (108, "exp2"), (108, "...)")]
    return helvetica_page(
        b"\n".join(
            [
                helvetica_line(72, 720, "Block", 14),
                *_pair(
                    690,
                    block,
                    ["Evaluate each expression of the block in turn, then", "return the last value."],
                ),
                helvetica_line(72, 620, "Local Variables", 14),
                *_pair(
                    590,
                    let,
                    [
                        "LET: Creates local variables and evaluates the",
                        "expressions in their context, and it returns the",
                        "value of the last expression.",
                    ],
                ),
                helvetica_line(72, 500, "Both forms may be nested in any other form of the language.", 10),
            ]
        )
    )


def _unindented(paragraph: str) -> str:
    """A paragraph with its lines' indentation cut: a code block's rows as rows."""
    return "\n".join(line.strip() for line in paragraph.split("\n"))


def test_each_form_reads_before_its_description_under_its_heading():
    (doc,) = parse_pdf(_reference())
    assert [_unindented(paragraph) for paragraph in doc.text.split("\n\n")] == [
        "Block",
        "(block\nexp1\nexp2\n...)",
        "Evaluate each expression of the block in turn, then return the last value.",
        "Local Variables",
        "(let ((var1 val1)\n(var2 nil))\nexp1\nexp2\n...)",
        "LET: Creates local variables and evaluates the expressions in their context, and it returns the "
        "value of the last expression.",
        "Both forms may be nested in any other form of the language.",
    ]


def test_no_pair_is_taken_as_a_table():
    (doc,) = parse_pdf(_reference())
    assert "table" not in {span.label for span in doc.spans}
    assert [line.strip() for line in code_lines(doc)] == [
        *("(block", "exp1", "exp2", "...)"),
        *("(let ((var1 val1)", "(var2 nil))", "exp1", "exp2", "...)"),
    ]
    indents = [len(line) - len(line.lstrip()) for line in code_lines(doc)]
    assert indents[0] == indents[4] == 0 and 0 < indents[1] == indents[2] and 0 < indents[5] < indents[6]
    assert doc.layers.get("removed", []) == []


def _forms_without_description() -> bytes:
    """A heading over a pair, then a five-row form with no description beside it (OaklispSummary.pdf
    p. 6's "(define function-name" / "(lambda (arg1 arg2 arg3 ...)" / "exp1" / "exp2" / "...))"),
    then a heading over a paragraph."""
    define = [(72, "(define (name arg1 arg2)"), (108, "exp1"), (108, "exp2"), (108, "...)")]
    lambda_ = [
        (72, "(define name"),
        (96, "(lambda (arg1 arg2)"),
        (108, "exp1"),
        (108, "exp2"),
        (108, "...))"),
    ]
    return helvetica_page(
        b"\n".join(
            [
                helvetica_line(72, 720, "Defining Functions", 14),
                *_pair(
                    690,
                    define,
                    [
                        "DEFINE: Define the function called name with its",
                        "arguments, and run the expressions there.",
                    ],
                ),
                *_pair(630, lambda_, []),
                helvetica_line(72, 550, "Conditionals", 14),
                helvetica_line(72, 520, "Any value other than NIL is taken as true in a test.", 10),
            ]
        )
    )


def test_a_form_with_no_description_beside_it_is_one_code_block():
    (doc,) = parse_pdf(_forms_without_description())
    assert [_unindented(paragraph) for paragraph in doc.text.split("\n\n")] == [
        "Defining Functions",
        "(define (name arg1 arg2)\nexp1\nexp2\n...)",
        "DEFINE: Define the function called name with its arguments, and run the expressions there.",
        "(define name\n(lambda (arg1 arg2)\nexp1\nexp2\n...))",
        "Conditionals",
        "Any value other than NIL is taken as true in a test.",
    ]
    indents = [len(line) - len(line.lstrip()) for line in code_lines(doc)[4:]]
    assert indents[0] == 0 < indents[1] < indents[2] == indents[3] == indents[4]
    assert doc.layers.get("removed", []) == []


def test_a_hanging_list_item_in_parentheses_is_no_form():
    """An item "(a) …" whose later lines hang indented closes its parenthesis on its first line: prose."""
    rows = [
        (72, "(a) the first condition holds for every value"),
        (96, "that the test may take, and"),
        (72, "(b) the second condition holds for none of them,"),
        (96, "so that the two cases never meet."),
    ]
    page = helvetica_page(
        b"\n".join(helvetica_line(x, 700 - 12 * at, text, 10) for at, (x, text) in enumerate(rows))
    )
    (doc,) = parse_pdf(page)
    assert code_lines(doc) == []


def test_a_wrapped_item_with_a_parenthesis_over_its_lines_is_no_form():
    """A bullet item whose hanging second line closes the parenthesis its first line opened (the
    first line running to the right edge) is prose, no form: it reads as one paragraph. The
    items stand 6 pt apart (sandwich-OOP.pdf p. 7)."""
    rows = [
        (700, 72, "The fitted model has to meet two conditions before the estimator applies to it:"),
        (682, 84, "• the model only depends on one linear predictor (this cannot be checked by the"),
        (670, 96, "software, but has to be checked by the user), and"),
        (652, 84, "• the scores are computed from the same data that the model was fitted on."),
    ]
    lines = [helvetica_line(x, y, text, 10) for y, x, text in rows]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(lines)))
    assert code_lines(doc) == []
    assert (
        "• the model only depends on one linear predictor (this cannot be checked by the software, but has "
        "to be checked by the user), and" in doc.text.split("\n\n")
    )
