"""Formulas of a tool's manual read whole (issue 15, the fifty-second check's row 04: hol-light's
FormalVerifier.pdf). A display's exponents that outnumber the letters they are set on made the line's
size theirs, and "(−1)^(if s then 1 else 0) × n × b^(e−min)" read "(−1)if s then 1 else 0 × n × be−min";
a fraction opening an aligned row, its "√3" under the row read apart, was no piece of the row's
record, and the display went back to the text torn, "− ≤ x ≤ √2 … 1" / "√3". Pages and lines
hand-built, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

from dataclasses import replace

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_debris import formula_lines  # noqa: E402
from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402
from sloika.pipelines.formats.pdf_page_rows import DEBRIS  # noqa: E402

# every glyph 400 units wide (4 pt at 10 pt), its box from 2.5 pt under its baseline to 7.5 pt over
CMMI = tex_font(b"KBOUDP+CMMI10", b"98 /b 101 /e 102 /f 105 /i 109 /m 110 /n 115 /s 120 /x 121 /y")
CMSY = tex_font(b"KBOUDQ+CMSY10", b"45 /minus 60 /lessequal 112 /radical")
CMR = tex_font(b"KBOUDR+CMR7", b"48 /zero 49 /one")
FONTS = [(b"F1", HELVETICA), (b"M", CMMI), (b"S", CMSY), (b"R", CMR)]

TEXT = [
    "Each floating point number of the tool is represented as a triple of a sign, a mantissa and",
    "an exponent, where the sign is a boolean value which determines the sign of the number and",
    "the other two are natural numbers. The value that corresponds to such a triple is given by",
]
# the last line of the paragraph: "so f = (−1)^(if s then 1 else 0) × n × b^(e−min−1)."
AFTER = "where the base of the representation of natural numbers is the one set by the options."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def test_exponents_outnumbering_their_base_are_written_raised() -> None:
    """A display's two exponents in 7 pt, 4 pt up, hold more glyphs than its 10 pt row: the first a
    phrase of words set a word space apart (a text font's words and a math italic "s"), the second a
    formula after the math italic "b". Each is written after a caret, its words spaced."""
    script = (
        b"/R 7 Tf 4 Ts [(if) -400] TJ /M 7 Tf [(s) -400] TJ /R 7 Tf [(then) -400 (1) -400 (else) -400 (0)] TJ"
    )
    row = (
        b"BT 72 664 Td /F1 10 Tf (so ) Tj /M 10 Tf (f) Tj /F1 10 Tf 0 Ts ( = \\() Tj"
        b" /S 10 Tf (-) Tj /F1 10 Tf (1\\)) Tj %s"
        b" /F1 10 Tf 0 Ts ( \\327 ) Tj /M 10 Tf (n) Tj /F1 10 Tf ( \\327 ) Tj /M 10 Tf (b) Tj"
        b" /M 7 Tf 4 Ts (e) Tj /S 7 Tf (-) Tj /M 7 Tf (min) Tj /S 7 Tf (-) Tj /R 7 Tf (1) Tj"
        b" /F1 10 Tf 0 Ts (.) Tj ET" % script
    )
    lead = [text_row(72, 700 - 12 * at, line) for at, line in enumerate(TEXT)]
    content = b"\n".join([*lead, row, text_row(72, 610, AFTER), text_row(72, 300, LAST)])
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert doc.text.split("\n\n")[0] == " ".join(
        [*TEXT, "so f = (−1)^(if s then 1 else 0) × n × b^(e−min−1)."]
    )


def _line(text: str, x0: float, x1: float, top: float, formula: bool = False) -> Line:
    """A 10 pt line of a US Letter page, its box 10 pt tall from ``top``."""
    return Line(0, text, x0, x1, top, top + 10, 10.0, 792.0, formula=formula)


def test_a_piece_beside_a_display_cut_as_one_record_goes_with_it() -> None:
    """FormalVerifier.pdf p. 3: the row "− ≤ x ≤ √2, − √π ≤ y ≤ 1 =⇒ …" was cut as one record (an
    aligned row's pieces joined) before the page's formulas were looked for, its placeholder standing
    where the paragraph over it ends; the fraction's "√3" under the row, 2.5 em in, had no display
    line beside it and stayed text, and the display went back to the text torn. Beside the record,
    where it stood, it is the display's piece."""
    record = _line("− ≤ x ≤ √2, − √π ≤ y ≤ 1 =⇒ x²y > −7.17995", 121.3, 494.0, 425.7, formula=True)
    page = [
        _line(
            "The tool can be placed in any directory on your computer, and it is important to", 108, 504, 300
        ),
        _line(
            "inform the system about the location of the tool with the following command, as it",
            108,
            504,
            312,
        ),
        _line(
            "is done in the script that comes with the distribution of the tool itself here.", 108, 480, 324
        ),
        _line("The polynomial inequality", 108, 222.8, 398.4),
        replace(_line(f"{DEBRIS}9", 108, 222.8, 398.4), formula=True),
        _line("√3", 133.5, 146.8, 434.9, formula=True),
        _line("can be verified with the following script", 108, 281.1, 454.6),
    ]
    assert formula_lines(page, 10.0) == {}
    assert formula_lines(page, 10.0, records=[record]) == {id(page[5]): "math"}
