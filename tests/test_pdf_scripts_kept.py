"""Sub- and superscripts the reader lost or flattened (issue 15, the fifty-fifth check's rows on
the BAMG manual, the expm vignette and libtommath's bn.pdf, issue-scripts56): a bold matrix raised
on a math letter ("e^A", once "eA"); a typed name's raised letter ("typesol^k", once "typesolk"); a
power in a table's cell ("2⁻⁹⁶", once "2−96", two minus 96); a stack on a letter after a big
bracket ("φ_i^t", once "φ^t i"); a display's signs between one-letter operands ("x = y + z", once
"x=y+z"). Pages hand-built, sentences sloika's own, expected texts typed by hand as the page
prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    HELVETICA_BOLD,
    helvetica_width,
    math_spans,
    one_page,
    tex_font,
    text_row,
)

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"101 /e 102 /phi 105 /i 116 /t 120 /x 121 /y 122 /z")
CMSY = tex_font(b"ABCDEF+CMSY7", b"45 /minus")
CMR = tex_font(b"GHIJKL+CMR10", b"43 /plus 61 /equal")
FONTS = [(b"F1", HELVETICA), (b"M", CMMI), (b"B", HELVETICA_BOLD), (b"T", COURIER), (b"S", CMSY), (b"R", CMR)]
FIRST = "The first paragraph of this short note is long enough to be read as the body of its page here."
LAST = "The last paragraph of this short note is as long again, so that the page holds a body of text."
AFTER_E = "is the one this note takes for every matrix it has to handle in the end."
AFTER_K = "is the type of the solution k, as the file sets it for each of the others here."
AFTER_STACK = "for its reference, as the file sets it for each of its faces and edges."
LETTER = 4.0  # pt: a ``tex_font`` glyph's width at 10 pt
TYPED = 6.0  # pt: a Courier glyph's width at 10 pt
SPACE = 3.3  # pt: a word space at 10 pt, stretched as a justified line sets it


def _parse(rows: list[bytes]):
    (doc,) = parse_pdf(one_page(b"\n".join(rows), FONTS))
    return doc


def _sentence(before: str, formula: list[bytes], width: float, after: str) -> list[bytes]:
    """A paragraph whose middle line, as full as the others, reads ``before`` (its word space
    after it), the ``formula`` (drawn from there, ``width`` pt wide) and, a word space on, ``after``,
    between two lines of prose."""
    return [
        text_row(72, 700, FIRST),
        text_row(72, 686, before),
        *formula,
        text_row(72 + helvetica_width(before, 10) + width + SPACE, 686, after),
        text_row(72, 672, LAST),
    ]


def test_a_bold_letter_raised_on_a_math_letter_is_its_exponent():
    """ "e" in math italic, then a bold "A" set at 7 pt and 3.5 pt up: the matrix exponential
    e^A, no word "eA" (the expm vignette's "The Padé approximation to e^A is")."""
    x = 72 + helvetica_width("The approximation to ", 10)
    formula = [text_row(x, 686, "e", 10, b"M"), text_row(x + LETTER, 689.5, "A", 7, b"B")]
    doc = _parse(_sentence("The approximation to ", formula, LETTER + 5, AFTER_E))
    assert doc.text == (f"{FIRST} The approximation to e^A {AFTER_E} {LAST}")


def test_a_typed_name_s_raised_letter_is_its_exponent():
    """ "typesol" in Courier with a 7 pt Courier "k" raised after it: the name's exponent
    typesol^k (the BAMG manual's "typesol^k = 1 the solution k is scalar"), no word "typesolk"."""
    x = 72 + helvetica_width("The count ", 10)
    formula = [text_row(x, 686, "typesol", 10, b"T"), text_row(x + 7 * TYPED, 690, "k", 7, b"T")]
    doc = _parse(_sentence("The count ", formula, 7 * TYPED + 4.2, AFTER_K))
    assert doc.text == f"{FIRST} The count typesol^k {AFTER_K} {LAST}"


def test_a_power_in_a_table_s_cell_keeps_its_exponent():
    """A table of three columns, its last cells a "2" with a 7 pt "−96" raised after it: each
    cell is the power 2⁻⁹⁶, as the same value reads in prose, not "2−96" (libtommath's bn.pdf
    tables 8.1–8.3)."""
    values = [("81", "37", "96"), ("96", "32", "96"), ("128", "40", "112"), ("160", "35", "112")]
    values += [("256", "27", "128"), ("384", "16", "128"), ("512", "18", "160"), ("768", "11", "160")]
    rows = [text_row(72, 700, FIRST), text_row(100, 660, "Size"), text_row(200, 660, "Trials")]
    rows.append(text_row(300, 660, "Probability"))
    for at, (size, trials, power) in enumerate(values):
        y = 645 - 14 * at
        rows += [text_row(100, y, size), text_row(200, y, trials), text_row(300, y, "2")]
        rows += [text_row(305.6, y + 4, "-", 7, b"S"), text_row(308.4, y + 4, power, 7)]
    rows.append(text_row(72, 500, LAST))
    doc = _parse(rows)
    table = "\n".join(
        f"{size} | {trials} | 2⁻{power.translate(str.maketrans('0123456789', '⁰¹²³⁴⁵⁶⁷⁸⁹'))}"
        for size, trials, power in values
    )
    assert doc.text == f"{FIRST}\n\nSize | Trials | Probability\n{table}\n\n{LAST}"


def test_a_stack_on_a_letter_after_a_big_bracket_is_written_on_its_letter():
    """ "(j=1,3)" between 14 pt brackets, a comma against the ")", then "φ" with "t" raised over
    "i" lowered, both 7 pt and starting where "φ" ends: the stack is φ's, subscript first, "φ_i^t",
    though the text after the big ")" is all set smaller than it, one run from the comma on (the
    BAMG manual's "(I) Refφ_i^t", once "Refφ^t i")."""
    x = 72 + helvetica_width("Each triangle has ", 10)
    inside = helvetica_width("j=1,3", 10)
    bracket = helvetica_width("(", 14.35)
    comma = x + bracket + inside + bracket
    after = comma + helvetica_width(",", 10) + 2 * SPACE
    formula = [
        text_row(x, 686, "(", 14.35),
        text_row(x + bracket, 686, "j=1,3"),
        text_row(x + bracket + inside, 686, ")", 14.35),
        text_row(comma, 686, ","),
        text_row(after, 686, "f", 10, b"M"),
        text_row(after + LETTER, 690.5, "t", 7, b"M"),
        text_row(after + LETTER, 683.5, "i", 7, b"M"),
    ]
    width = after + LETTER + 2.8 + SPACE - x
    doc = _parse(_sentence("Each triangle has ", formula, width, AFTER_STACK))
    assert doc.text == f"{FIRST} Each triangle has (j=1,3), φ_i^t {AFTER_STACK} {LAST}"


def test_a_display_of_one_letter_operands_keeps_its_math_spaces():
    """ "x = y + z" centred under a lead-in, TeX's thick spaces (2.78 pt) around "=" and medium
    ones (2.22 pt) around "+", no two letters side by side: the line has no letter gap to measure
    its spaces by, and its math spaces are spaces (the expm vignette's "e^A = I + A + …", once
    "=I+A+")."""
    lead = "The one formula that the rest of this short note keeps coming back to is written as:"
    after = "and each of the letters in it is a count that the next section of the note defines."
    doc = _parse(
        [
            text_row(72, 520, lead),
            text_row(240, 495, "x", 10, b"M"),
            text_row(246.78, 495, "=", 10, b"R"),
            text_row(253.56, 495, "y", 10, b"M"),
            text_row(259.78, 495, "+", 10, b"R"),
            text_row(266.0, 495, "z", 10, b"M"),
            text_row(72, 470, after),
        ]
    )
    assert doc.text == f"{lead}\n\nx = y + z\n\n{after}"
    assert math_spans(doc) == ["x = y + z"]
