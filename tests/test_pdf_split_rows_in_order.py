"""A justified line pdfminer split into two pieces at its stop, read in another order than the page's
(issue 15, thirty-third check row 4, malaga.pdf p. 55): the line's half after the stop was read right
after a listing, before the two lines over the line, and the joined line stood where that half was
read, so the paragraph over it came inside its sentence ("… statements1 is" / "The elseif part …" /
"executed."). Lines set where the manual's page sets its lines; texts written for this test."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, fitted_line, one_page

from sloika.pipelines.formats.pdf import parse_pdf

# (x0, x1, top, text, monospaced): malaga.pdf p. 55's lines, from the form's lead to the section's end
PAGE = [
    (90.0, 283.0, 297.7, "A when statement is written like this:", False),
    (118.8, 221.9, 313.7, "when test1 then", True),
    (130.3, 193.3, 326.9, "actions1", True),
    (118.8, 244.8, 340.0, "orwhen test2 then", True),
    (130.3, 193.3, 353.2, "actions2", True),
    (118.8, 141.7, 366.3, "else", True),
    (130.3, 193.3, 379.5, "actions3", True),
    (118.8, 158.9, 392.6, "end when;", True),
    (
        90.0,
        522.0,
        408.1,
        "Any number of orwhen parts may follow one another (none at all as well), and the else part",
        False,
    ),
    (90.0, 144.8, 421.3, "can be left out.", False),
    (90.0, 238.1, 437.0, "At first, test1 is evaluated.", False),
    (247.7, 522.0, 437.0, "If it holds, the sequence of statements actions1 is", False),
    (90.0, 134.5, 450.2, "carried out.", False),
    (
        90.0,
        521.1,
        466.0,
        "When the first test does not hold, test2 is evaluated; when that one holds, actions2 is",
        False,
    ),
    (
        90.0,
        521.8,
        479.1,
        "carried out. The same is done for each orwhen part in turn until one of the tests holds.",
        False,
    ),
    (
        90.0,
        522.0,
        494.9,
        "When neither the first test nor any orwhen test holds, the statements actions3 are carried",
        False,
    ),
    (90.0, 178.5, 508.0, "out (if there are any).", False),
    (90.0, 470.9, 523.8, "Once the when statement is done, the statement after it is carried out.", False),
]


def test_a_lines_halves_read_apart_stand_under_the_paragraph_over_them():
    pdf = one_page(
        b"\n".join(fitted_line(x0, x1, top, text, mono) for x0, x1, top, text, mono in PAGE),
        [(b"F1", HELVETICA), (b"F2", COURIER)],
    )
    assert parse_pdf(pdf)[0].text.split("\n\n")[2:4] == [
        "Any number of orwhen parts may follow one another (none at all as well), and the else part can "
        "be left out.",
        "At first, test1 is evaluated. If it holds, the sequence of statements actions1 is carried out.",
    ]
