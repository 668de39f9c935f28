"""Displays a sentence announces, in kedd.pdf (issue 15, issue-keddmath: r-cran-kedd's vignette):
numbered equations set in the page's last tenth were cut, "… can be written as:" left over nothing;
an equation that reads as a line, "h_mlcv = argmax_(h>0) MLCV(h) (11)", was cut with the scrambled
(12) under it; a display's big closing bracket stood alone as a paragraph; and a line ending in a
colon ran on, over a cut display, into the clause after it ("… is written as: and convolution of
…"). Pages hand-built, sentences sloika's own, expected texts typed by hand as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, math_row, math_spans, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(
    b"KBOUDP+CMMI10",
    b"43 /plus 44 /comma 48 /zero 61 /equal 62 /greater 80 /P 81 /Q 82 /R 97 /a 98 /b 99 /c 100 /d 103 /g"
    b" 104 /h 105 /i 109 /m 110 /n 112 /p 114 /r",
)
CMEX = tex_font(b"QWERTY+CMEX10", b"41 /parenright")
FONTS = [(b"F1", HELVETICA), (b"M", CMMI), (b"X", CMEX)]

LEAD = "The three sums that the rest of this short note keeps coming back to can be written as:"
AFTER = "where each of the letters is a count that the next section of the note defines in full."


def _column(x: float, y: float) -> list[bytes]:
    """ "a" over "b" over "c", full size, no rule between: a stack no line can hold (a matrix's
    column), so the display it stands in is cut."""
    return [math_row(x, y + 9, "a"), math_row(x, y, "b"), math_row(x, y - 9, "c")]


def test_numbered_equations_at_the_foot_of_the_page_are_kept():
    """Three numbered equations, the last broken over two rows with its number on the second, set
    in the page's last tenth: each row a line of its own, in place, numbers at their rows' ends."""
    content = [
        text_row(72, 140, LEAD),
        math_row(240, 115, "P=a+b"),
        text_row(500, 115, "(4)"),
        math_row(240, 100, "Q=c+d"),
        text_row(500, 100, "(5)"),
        math_row(240, 85, "R=a+b+c+d+"),
        math_row(262, 70, "p+a+b"),
        text_row(500, 70, "(6)"),
        text_row(72, 45, AFTER),
    ]
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    assert doc.text == f"{LEAD}\n\nP=a+b (4)\nQ=c+d (5)\nR=a+b+c+d+\np+a+b (6)\n\n{AFTER}"


def test_a_numbered_equation_is_kept_apart_from_a_scrambled_one_under_it():
    """ "h=P+Q+R+a+b (11)" over "Q=a+b+c+d+ (stack) (12)" that no line holds: (11) stays in the
    text where it stood, (12) leaves."""
    lead = "Define that value as the good one which approaches the finite maximum of the sum"
    content = [
        text_row(72, 520, lead),
        math_row(240, 495, "h=P+Q+R+a+b"),
        text_row(500, 495, "(11)"),
        math_row(240, 470, "Q=a+b+c+d+"),
        *_column(286, 470),
        text_row(500, 470, "(12)"),
        text_row(72, 440, AFTER),
    ]
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    assert doc.text == f"{lead}\n\nh=P+Q+R+a+b (11)\n\n{AFTER}"
    assert math_spans(doc) == ["h=P+Q+R+a+b (11)"]


def test_a_limit_under_an_operator_name_is_written_after_it():
    """ "h=argmin P+Q+a+b (13)", its limit "h>0" set small under "argmin" in the row's middle: the
    limit goes after the name, "argmin_(h>0)", and the display stays in the text."""
    lead = "The minimization criterion that the rest of this short note keeps using is defined by:"
    content = [
        text_row(72, 520, lead),
        math_row(240, 495, "h=argmin P+Q+a+b"),
        math_row(254, 487, "h>0", 7),
        text_row(500, 495, "(13)"),
        text_row(72, 465, AFTER),
    ]
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    assert doc.text == f"{lead}\n\nh=argmin_(h>0) P+Q+a+b (13)\n\n{AFTER}"


def test_a_display_s_closing_bracket_is_no_paragraph():
    """A big ")" of the math extension font alone on its row, closing a "(" of the cut display
    beside it: a display's piece, not a form's closing line kept as text."""
    content = [
        text_row(72, 520, LEAD),
        math_row(240, 495, "Q=(a+"),
        *_column(270, 495),
        text_row(290, 495, ")", font=b"X"),
        text_row(72, 465, AFTER),
    ]
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    assert ")" not in doc.text.replace("(", "").split(LEAD)[-1].split(AFTER)[0]
    assert doc.text == f"{LEAD}\n\n{AFTER}"


def test_a_line_ending_in_a_colon_runs_on_no_clause_past_a_cut_display():
    """ "… can be written as:" over a display that is cut, "and the other one of them is:" under it:
    the colon announced the display, so the clause after it is a paragraph of its own, not the
    announcing line's words ("… written as: and the other …")."""
    second = "and the other one of them, which the note uses only once, is given by the sum"
    content = [
        text_row(72, 520, LEAD),
        math_row(240, 495, "Q="),
        *_column(262, 495),
        text_row(72, 465, second),
    ]
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    assert doc.text == f"{LEAD}\n\n{second}"
