"""Display formulas the seriation vignette cut whole (issue 15, the fifty-eighth check's row 2:
r-cran-seriation's seriation.pdf). Its eq. (5), a `cases` display whose brace TeX built of pieces,
pdfminer reading the bars with the middle and the bottom hook ("⎪⎪⎨", "⎪⎪⎩ −1 if z > y."); eq. (8),
its cases read as words whose first condition goes on past 6 em in pieces ("if", "z > y", "and"),
its number off that one line's middle; the fraction after "min_q", the operator's name set in the
text font, a line of text beside the pieces; and eq. (6), a line of text for its operator's name
("sign", four letters), its number cut alone. Pages hand-built, sentences sloika's own, expected
texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    HELVETICA,
    helvetica_width,
    math_row,
    math_spans,
    one_page,
    tex_font,
    text_row,
)

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"60 /less 62 /greater 102 /f 113 /q 121 /y 122 /z")
CMEX = tex_font(
    b"KBOUDR+CMEX10", b"40 /braceleftBigg 97 /bracelefttp 98 /braceleftmid 99 /braceleftbt 100 /braceex"
)
FONTS = [(b"F1", HELVETICA), (b"M", CMMI), (b"X", CMEX)]

LEAD = "For every pair of objects of the sample one of the two functions of this note is used, given by"
THEN = "It counts the pairs of objects that satisfy the condition less those that violate it here."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def _parse(content: list[bytes]):
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    return doc


def _page(display: list[bytes]) -> list[bytes]:
    """The display between a sentence that announces it and two paragraphs under it."""
    return [text_row(72, 520, LEAD), *display, text_row(72, 400, THEN), text_row(72, 386, LAST)]


def _name(x: float, y: float) -> list[bytes]:
    """ "f(q) = g(q) =" from ``x`` on the baseline ``y``, its letters in the math italic, its brackets
    and signs in the text font, as TeX sets a display's name (about 60 pt wide)."""
    parts, row = [("f", True), ("(", False), ("q", True), (") = ", False), ("g", True)], []
    parts += [("(", False), ("q", True), (") =", False)]
    for text, math in parts:
        row.append(math_row(x, y, text) if math else text_row(x, y, text))
        x += 4 * len(text) if math else helvetica_width(text, 10)
    return row


def _row(x: float, y: float, value: str, condition: list[tuple[float, str]]) -> list[bytes]:
    """A branch: its value in the text font at ``x``, its condition's pieces (x, text) after it."""
    return [text_row(x, y, value), *(text_row(at, y, text) for at, text in condition)]


def test_a_brace_whose_bars_pdfminer_read_with_its_middle_and_bottom_is_written_as_cases():
    """Eq. (5): the top hook alone, two bars over the middle, two bars over the bottom hook read
    with the last branch; the display is one line, its number after it, not cut whole."""
    y = 460
    brace = [
        text_row(236, y + 21, "a", font=b"X"),
        text_row(236, y + 12, "d", font=b"X"),
        text_row(236, y + 9, "d", font=b"X"),
        text_row(236, y + 6, "b", font=b"X"),
        text_row(236, y - 6, "d", font=b"X"),
        text_row(236, y - 9, "d", font=b"X"),
        text_row(236, y - 12, "c", font=b"X"),
    ]
    display = [
        math_row(180, y, "f"),
        text_row(186, y, "(q) = g(q) ="),
        *brace,
        *_row(246, y + 14, "+1", [(270, "if"), (290, "q > 0;")]),
        *_row(246, y, "0", [(270, "if"), (290, "q = 0;")]),
        *_row(246, y - 14, "-1", [(270, "if"), (290, "q < 0.")]),
        text_row(520, y, "(5)"),
    ]
    doc = _parse(_page(display))
    cases = "f(q) = g(q) = {+1 if q > 0; 0 if q = 0; -1 if q < 0}. (5)"
    assert doc.text == f"{LEAD}\n\n{cases}\n\n{THEN}\n\n{LAST}"
    assert math_spans(doc) == [cases]


def test_a_condition_read_in_pieces_past_six_ems_stays_in_its_branch_and_the_number_after():
    """Eq. (8): a branch's condition "if  q > 0  and" read in three pieces a quad apart, the last
    more than 6 em past the branch's value; the display keeps it and its number, not cut whole."""
    y = 460
    display = [
        *_name(180, y),
        text_row(258, y + 15, "(", font=b"X"),
        *_row(264, y + 7, "1", [(284, "if")]),
        math_row(301, y + 7, "q > 0"),
        text_row(333, y + 7, "and"),
        *_row(264, y - 7, "0", [(284, "otherwise.")]),
        text_row(520, y, "(8)"),
    ]
    doc = _parse(_page(display))
    cases = "f(q) = g(q) = {1 if q > 0 and; 0 otherwise.} (8)"
    assert doc.text == f"{LEAD}\n\n{cases}\n\n{THEN}\n\n{LAST}"
    assert math_spans(doc) == [cases]


def test_an_operator_name_set_in_the_text_font_before_a_fraction_is_the_display_s():
    """The fraction after "min_q": "min" in the text font with its script-size subscript, a line of
    text pdfminer read beside the fraction's parts; the display is written whole, not cut to leave
    "min_q" alone in the text."""
    y = 460
    display = [
        text_row(250, y, "min"),
        math_row(267, y - 2, "q", size=7),
        math_row(272, y + 7, "q + 2"),
        b"271.0 %.1f 22.0 0.4 re f" % (y + 3),
        math_row(272, y - 7, "q + 1"),
    ]
    doc = _parse(_page(display))
    formula = "min_q (q + 2)/(q + 1)"
    assert doc.text == f"{LEAD}\n\n{formula}\n\n{THEN}\n\n{LAST}"
    assert math_spans(doc) == [formula]


def test_an_equation_number_beside_a_display_that_stayed_text_goes_after_it():
    """Eq. (6): a centred display read as text (an operator's name of four letters, "sign", in the
    text font), its number far right cut alone; the number goes at the display's end, the line a
    display of its own."""
    display = [text_row(230, 460, "g(q) = sign(q) + q"), text_row(520, 460, "(6)")]
    doc = _parse(_page(display))
    formula = "g(q) = sign(q) + q (6)"
    assert doc.text == f"{LEAD}\n\n{formula}\n\n{THEN}\n\n{LAST}"
    assert math_spans(doc) == [formula]
