"""A language manual's short examples and list terms are its text, however few their letters
(issue 15, forty-first check row 1).

GNU MathProg's reference (gmpl.pdf) sets its numeric literals ("123" / "3.14159" / "56.E+5") in the
typewriter font under a bold "Examples" head, a data block's records as typewriter terms (":=")
over descriptions that go on from them ("is a non-significant data record, …;"), the last keys of
a format's specifier list ("%Y", "%%") alone atop a page, and a sentence whose last line is its
year ("… on January 1," / "1970."). Each was cut, as a `fragment` or as `numbers_only`, and the
text read "Examples" over the next paragraph, descriptions without their terms, and a sentence
ending on a comma; its examples, labelled in brackets in a column beside them, read all examples, then
all labels. The pages below are hand-built with those features; their words are sloika's
own and the expected texts are typed by hand.
"""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, code_lines, font_pages, helvetica_line, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SIZE = 10
LEADING = 12
LEFT = 72.0
TOP = 750
RIGHT = 480.0  # a justified line's end


def _line(row: float, text: str, x: float = LEFT, end: float | None = None) -> bytes:
    return helvetica_line(x, TOP - LEADING * row, text, SIZE, end)


def _code(row: float, text: str, x: float = LEFT) -> bytes:
    return code_line(x, TOP - LEADING * row, text, SIZE)


def _parsed(lines: list[bytes]):
    page = one_page(b"\n".join(lines), [(b"F1", HELVETICA), (b"F2", COURIER)])
    return parse_pdf(page, foreign="keep")[0]


def _removed(doc) -> list[str]:
    return [span.attrs.get("text", "") for spans in doc.layers.values() for span in spans]


def test_numbers_under_an_examples_head_are_the_examples():
    """A block of literals under a head "Examples" is what the head announces, as a block under a
    lead-in ending in a colon is: no drawing's numbers."""
    doc = _parsed(
        [
            _line(0, "A numeric literal has the form xxEsyy, where xx is a number with an optional"),
            _line(1, "decimal point, s is the sign and yy is a decimal exponent of the number."),
            _line(3, "Examples"),
            _code(5, "123"),
            _code(6, "3.14159"),
            _code(7, "56.E+5"),
            _code(8, ".78"),
            _line(10, "Numeric literals are used to represent numeric quantities of the model."),
        ]
    )
    assert code_lines(doc) == ["123", "3.14159", "56.E+5", ".78"], doc.text
    assert "Examples\n\n123\n3.14159" in doc.text, doc.text


def test_each_example_reads_with_the_label_beside_it():
    """Typewriter examples in a left column, each one's label in brackets on its row in a right
    column: a row of the code block each, the label at its column, not the examples then the
    labels."""
    examples = [
        ("1.23", "(numeric literal)"),
        ("j", "(dummy index)"),
        ("abs(b[i,j])", "(function reference)"),
    ]
    rows = [_line(0, "The primary numeric expression may be a literal, an index or a function reference.")]
    rows.append(_line(2.5, "Examples"))
    for at, (example, label) in enumerate(examples):
        rows += [_code(4 + at, example, x=LEFT + 20), _line(4 + at, label, x=LEFT + 180)]
    rows.append(_line(8, "More general expressions may be built of these by using operators."))
    doc = _parsed(rows)
    assert [re.split(r"\s{2,}", line) for line in code_lines(doc)] == [list(pair) for pair in examples], (
        doc.text
    )
    assert "Examples\n\n1.23 " in doc.text, doc.text


def test_typewriter_terms_over_descriptions_that_go_on_from_them_stay():
    """A data block's records: a typewriter term over a description opening in lower case, which
    goes on from it ("is a …", "specifies …"), the next term over the same."""
    doc = _parsed(
        [
            _line(0, "Commas preceding the data records of a block may be omitted."),
            _line(2, "Data records"),
            _code(4, ":="),
            _line(5, "is a non-significant data record, which may be used freely to improve", x=LEFT + 20),
            _line(6, "its readability;", x=LEFT + 20),
            _line(7.5, "( slice )"),
            _line(8.5, "specifies a slice of the set, its fixed subscripts given, the others", x=LEFT + 20),
            _line(9.5, "marked;", x=LEFT + 20),
            _line(11, "simple-data"),
            _line(12, "specifies set data in the simple format.", x=LEFT + 20),
        ]
    )
    text = doc.text
    assert ":=\n\nis a non-significant data record" in text, text
    assert ":=" not in _removed(doc), _removed(doc)


def test_typewriter_keys_alone_atop_a_page_go_on_the_key_table_before():
    """The last two keys of a specifier list, each on its description's row atop the next page: too
    few there to be read as a table of keys, and each key alone a fragment; the table read on the
    page before goes on in them."""
    keys = [("%w", "The day of the week as a decimal number."), ("%W", "The week number of the year.")]
    keys += [("%y", "The year without a century as a decimal number.")]
    first = [_line(0, "Each conversion specifier begins with a percent sign, as follows.")]
    for at, (key, text) in enumerate(keys):
        first += [_code(2 + at, key), _line(2 + at, text, x=LEFT + 36)]
    second = [
        _code(0, "%Y"),
        _line(0, "The year as a decimal number, using the Gregorian calendar.", x=LEFT + 36),
    ]
    second += [_code(1, "%%"), _line(1, "A literal % character.", x=LEFT + 36)]
    second.append(_line(3, "All other characters in the format string are simply copied to the result."))
    pdf = font_pages([b"\n".join(first), b"\n".join(second)], [(b"F1", HELVETICA), (b"F2", COURIER)])
    doc = parse_pdf(pdf, foreign="keep")[0]
    text = doc.text
    assert "%y  The year without a century as a decimal number.\n\n%Y" in text, (text, _removed(doc))
    assert text.index("%Y") < text.index("The year as") < text.index("%%") < text.index("A literal"), text


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        (  # a date broken before its year: the line stops on a comma inside its sentence
            [
                "Note that the function does not correct the calendar time for the local",
                "timezone, i.e. the time 0 always corresponds to 00:00:00 on January 1,",
                "1970.",
            ],
            "on January 1, 1970.",
        ),
        (  # cnfsat.pdf: equation numbers in brackets, the full stop after the bracket
            [
                "The routine reads the data from a text file and translates the data to",
                "the corresponding 0-1 programming problem instance",
                "(1.5)\u2013(1.6).",
            ],
            "problem instance (1.5)\u2013(1.6).",
        ),
    ],
)
def test_numbers_ending_a_sentence_on_their_own_line_are_the_sentences(lines: list[str], kept: str):
    """A sentence's last line of numbers ("… on January 1," / "1970."; "… problem instance" /
    "(1.5)–(1.6).") under a line stopping inside it, ended with a full stop, which no page number or
    cell is: the sentence's, not `numbers_only`."""
    doc = _parsed(
        [
            _line(0, lines[0], end=RIGHT),
            _line(1, lines[1], end=RIGHT),
            _line(2, lines[2]),
            _line(3, "For example, the model statements print the time in the ISO format."),
        ]
    )
    assert f"{kept}\n\nFor example" in doc.text, doc.text
    assert lines[2] not in _removed(doc), _removed(doc)
