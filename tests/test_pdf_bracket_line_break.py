"""A line that breaks inside brackets before "n)" (issue 15, thirty-third check row 4, malaga.pdf
p. 46: "… it will be min(m," + "n) times contained in the result."): the next line's "n)" closes the
bracket, no lettered item opens. Texts written for this test."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_page

from sloika.pipelines.formats.pdf import parse_pdf

RIGHT = 540.0
LINES = [
    ("This yields the common part of the two lists read as multi-sets; when a value is", True),
    ("held m times in list1 and n times in list2, the result holds it min(m,", True),
    ("n) times, and no other value.", False),
    ("The lists may hold values of any type, and so may the result; the order in which", True),
    ("the values stand is that of list1.", False),
]


def test_a_label_closing_the_bracket_the_line_above_left_open_goes_on_its_sentence():
    page = helvetica_page(
        b"\n".join(
            helvetica_line(72, 700 - 13 * at - (6 if at >= 3 else 0), text, 10, RIGHT if full else None)
            for at, (text, full) in enumerate(LINES)
        )
    )
    assert parse_pdf(page)[0].text.split("\n\n") == [
        "This yields the common part of the two lists read as multi-sets; when a value is held m times "
        "in list1 and n times in list2, the result holds it min(m, n) times, and no other value.",
        "The lists may hold values of any type, and so may the result; the order in which the values "
        "stand is that of list1.",
    ]
