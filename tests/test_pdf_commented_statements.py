"""java-imaging-utilities-manual.pdf (issue 15, check 63 row 1, p. 31, section 9.3): a rule of style
shows a statement, "should become" and the statement rewritten, three short lines set at the
paragraph indent in the text's face, each ending in a "//" comment but the middle one. They were read
as one paragraph, "… // end of method should become if (a < 0) …", the prose inside the comment.
Pages hand-built at the manual's geometry (90 to 513 pt, a 15 pt indent), expected texts typed from
what the page prints."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LEFT, INDENT, RIGHT = 90.0, 104.9, 513.0
RULE = [
    "If statements with else cases at the end of methods should be rewritten if one of the cases",
    "includes little and the other one much code.",
]
BEFORE = "if (a < 0) a = 0; else // a lot of code // end of method"
BECOME = "should become"
AFTER = "if (a < 0) a = 0; return; // a lot of code // end of method"
NAMES = "Use meaningful names for identifiers, and use only English as natural language."


def _page(middle: list[str]) -> bytes:
    """The rule's paragraph (justified, its last line short), ``middle`` each at the paragraph
    indent a line under the other, and a paragraph after them, at 12 pt steps."""
    rows = [helvetica_line(INDENT, 700, RULE[0], 10, RIGHT), helvetica_line(LEFT, 688, RULE[1], 10)]
    rows += [helvetica_line(INDENT, 676 - 12 * at, text, 10) for at, text in enumerate(middle)]
    rows += [helvetica_line(INDENT, 676 - 12 * len(middle), NAMES, 10)]
    return helvetica_page(b"\n".join(rows))


def test_statements_ending_in_a_line_comment_stand_apart_from_the_prose_between():
    """The statement, "should become" and the rewritten statement read as three paragraphs: a "//"
    comment runs to its line's end, and each line stopped where the next one's first word fitted."""
    (doc,) = parse_pdf(_page([BEFORE, BECOME, AFTER]))
    assert doc.text.split("\n\n") == [" ".join(RULE), BEFORE, BECOME, AFTER, NAMES]


def test_a_comment_wrapped_for_want_of_room_goes_on():
    """A sentence that quotes a statement and its comment and fills its line (justified, no room for
    the next word) goes on under it as any wrapped sentence does."""
    quoted = [
        "Write the short case first, as in the line if (a < 0) a = 0; return; // the rest follows and",
        "then the long one, so that a reader sees the early return before the code that follows it.",
    ]
    rows = [helvetica_line(INDENT, 700, quoted[0], 10, RIGHT), helvetica_line(LEFT, 688, quoted[1], 10)]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(rows)))
    assert doc.text == " ".join(quoted)
