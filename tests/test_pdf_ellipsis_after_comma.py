"""A sequence's ellipsis set as spaced dots at a line's end after a comma ("j = 0, 1, 2, . . . ."),
read as dot leaders and dropped with no ``removed`` record (issue 15, twenty-sixth check row 5):
leaders follow a word and lead to a page number or the line's end, never a comma. Text sloika's own."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_page

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_joins import clean_line
from sloika.pipelines.formats.pdf_line_record import MARK_CLOSE, MARK_OPEN


def test_an_ellipsis_after_a_comma_is_no_leader() -> None:
    assert clean_line("it holds only for k = 0, 1, 2,....") == "it holds only for k = 0, 1, 2,...."
    assert clean_line("for n = 1, 2, . . . .") == "for n = 1, 2, . . . ."


def test_leaders_still_go() -> None:
    """Leaders after a line's words go, marked (``MARK``) for the text to record as ``leaders``."""
    assert (
        clean_line("Introduction . . . . . . . . 3")
        == f"Introduction {MARK_OPEN}. . . . . . . .{MARK_CLOSE}3"
    )
    assert (
        clean_line("Methods, results ......... 12") == f"Methods, results {MARK_OPEN}.........{MARK_CLOSE}12"
    )


def test_the_ellipsis_stays_in_the_text() -> None:
    lines = [
        "The series below converges quickly for every order we tried, and the bound",
        "holds only for the half orders a = j + 1/2, j = 0, 1, 2,....",
        "The next paragraph opens here and tells of the other methods in use.",
    ]
    content = [helvetica_line(72.0, 700.0 - 14.0 * at, text, 10) for at, text in enumerate(lines)]
    text = parse_pdf(helvetica_page(b"\n".join(content)))[0].text
    assert "a = j + 1/2, j = 0, 1, 2,...." in text
