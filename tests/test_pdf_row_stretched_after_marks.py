"""A justified line pdfminer split into three pieces, each gap right after a mark TeX stretched by
its space factor, is one line in its place (issue 15, thirtieth check, row 1: a manual's "To set
minor tics at arbitrary positions, use the ("<label>" <pos> <level>, ...) form of set
{x|x2|y|y2|z}tics …" came out as three paragraphs out of order: "… <level>, ...)" /
"{x|x2|y|y2|z}tics with …" / "form of set", the pieces 0.8 em apart after "," and 1.5 em after
"...)", no plain word space between them to measure the stretch by)."""

from __future__ import annotations

from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line

TOP = "The set of minor tics works only when the major tics are spaced evenly along the whole axis."
FIRST = 'To place minor tics where you like, use the ("<label>" <pos> <level>,'
NEXT = "{x|y}tics with the label left empty and the level set to one."
LAST = "This is the last line of the paragraph, set at the full width of the text block."


def piece(text: str, x0: float, x1: float, top: float) -> Line:
    return Line(0, text, x0, x1, top, top + 10.0, 10.0, 842.0)


def _page(gap: float) -> list[Line]:
    """Four lines of a paragraph from x 72 to 540; the second split into three pieces, the last
    ``gap`` em after the second ("...)"), read after the line under them."""
    return [
        piece(TOP, 72, 540, 100),
        piece(FIRST, 72, 448.5, 112),
        piece(NEXT, 72, 341.6, 124),
        piece("...)", 456.3, 468.5, 112),
        piece("form of set", 468.5 + 10 * gap, 540, 112),
        piece(LAST, 72, 540, 136),
    ]


def test_a_row_split_only_after_marks_is_one_line_in_its_place():
    layout = lay_out([_page(1.52)], [[]])
    assert [ln.text for ln in layout.pages[0]] == [TOP, f"{FIRST} ...) form of set", NEXT, LAST]


def test_pieces_further_apart_than_the_mark_stretches_stay_apart():
    """3.5 em after a full stop is more than TeX stretches a space there: no one line."""
    texts = [ln.text for ln in lay_out([_page(3.5)], [[]]).pages[0]]
    assert f"{FIRST} ...) form of set" not in texts
    assert "form of set" in texts
