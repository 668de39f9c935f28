"""A program set in proportional fonts (a CWEB listing) with comments beside its statements
(issue 15, twenty-fourth check row 2, re-read): the statements and their comments stand side by
side like a table's columns, and the aligned-block rule took them as a table, whose cells leave
the running text; the code was in neither the kept text nor ``removed``. And the rest of a call
set in under it was cut as a figure. Text sloika's own."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_page

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_debris import display_lines
from sloika.pipelines.formats.pdf_line_record import Line

PROSE_ABOVE = [
    "The counter below moves by a step that depends on the mode; each branch of the switch",
    "says in its comment why it moves the way it does, and the last branch leaves it alone.",
]
PROSE_BELOW = [
    "After the switch the counter is checked once more, and a value out of range is reported",
    "to the caller together with the mode that produced it, so that it can be traced back.",
]
STATEMENTS = [
    ("case 0: count = count + 2; break;", "/* keep the pair */"),
    ("case 1: count = count - 1; break;", "/* one step back */"),
    ("case 2: total = total * 3;", "/* widen, fall through */"),
    ("case 3: break;", "/* nothing to do */"),
]


def _page(rows: list[tuple[str, str]], opening: str = "", closing: str = "") -> bytes:
    """A page of prose, ``rows`` (a left cell, a right cell at x = 330) between ``opening`` and
    ``closing`` lines when given, prose again."""
    content, y = [], 700.0
    for text in PROSE_ABOVE:
        content.append(helvetica_line(72.0, y, text, 10))
        y -= 12.0
    y -= 8.0
    for left, right in [(opening, ""), *rows, (closing, "")]:
        if left:
            content.append(helvetica_line(92.0 if right else 82.0, y, left, 10))
        if right:
            content.append(helvetica_line(330.0, y, right, 10))
        y -= 12.0 if left or right else 0.0
    y -= 8.0
    for text in PROSE_BELOW:
        content.append(helvetica_line(72.0, y, text, 10))
        y -= 12.0
    return helvetica_page(b"\n".join(content))


def test_statements_with_comments_beside_them_stay_in_the_text_as_code_lines():
    """Every statement stays in the kept text with its comment after it; none of it goes to a
    ``table`` span, and the prose around the listing reads as before. Before the fix the four
    statements and comments were a table's cells, in neither the text nor ``removed``."""
    (doc,) = parse_pdf(_page(STATEMENTS, "switch (mode) {", "}"))
    assert [s for s in doc.spans if s.label == "table"] == []
    for statement, comment in STATEMENTS:
        assert f"{statement} {comment}" in doc.text
    assert "switch (mode) {" in doc.text
    assert " ".join(PROSE_ABOVE) in doc.text
    assert " ".join(PROSE_BELOW) in doc.text
    removed = [s.attrs.get("text", "") for s in doc.layers.get("removed", [])]
    assert removed == []  # the closing brace alone closes the "{" opened above: the code's, kept
    assert "/* nothing to do */\n\n}\n\n" in doc.text


def test_a_table_of_words_beside_one_statement_is_still_a_table():
    """The rule asks for program lines in a third of the rows, two at least: a table of options
    whose one row shows a statement stays a table."""
    rows = [
        ("draft", "no pictures, boxes for them"),
        ("final", "pictures and all"),
        ("preview", "the first page only"),
        ("strict", "stop at the first error"),
        ("quiet", "set verbose = 0;"),
        ("loud", "every message shown"),
    ]
    (doc,) = parse_pdf(_page(rows))
    tables = [s.attrs["rows"] for s in doc.spans if s.label == "table"]
    assert tables == [[[name, meaning] for name, meaning in rows]]


def _line(text: str, x0: float, x1: float, top: float) -> Line:
    return Line(0, text, x0, x1, top, top + 10.0, 10.0, 792.0)


def _call_page(opening: str) -> list[Line]:
    """Prose, then ``opening`` full to the right edge and the rest of its statement set in,
    then a line that goes on at the margin in lower case."""
    return [
        _line("When no target is found, the reader says which label it was and where it", 72.0, 540.0, 100.0),
        _line(
            "stands in the file, and it carries on with the rest of the list; the call is", 72.0, 540.0, 112.0
        ),
        _line(opening, 72.0, 540.0, 124.0),
        _line("label, where);", 112.0, 170.0, 136.0),
        _line("then the reader goes on with the next entry of the list as before.", 72.0, 400.0, 148.0),
    ]


def test_the_rest_of_a_call_set_in_under_it_is_the_statements_not_a_figure():
    """CWEB breaks a long call and sets its rest in under it: the rest closes the bracket
    the line above left open, so it is that statement's, no display inside a sentence (it was cut
    as a ``figure``). A line set apart after a line with no open bracket still is a display."""
    call = _call_page('report("no target for label %d at offset %x of the current list\\n",')
    assert display_lines(call, 10.0) == {}
    prose = _call_page("the one that the list below shows for the label and the place,")
    assert display_lines(prose, 10.0) == {id(prose[3]): "figure", id(prose[4]): ""}
