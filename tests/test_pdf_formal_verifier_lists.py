"""A tool manual's named lists, tables and displays read in the page's order (issue 15, the fifty-second
check's row 04, still dirty after session 70: hol-light's FormalVerifier.pdf). Its test problems are
each a name set alone in the margin over a display: pdfminer read the names as one box, and they
stood together over the wrong displays ("caprasse" / "lv" / lv's inequality / caprasse's). Its options'
terms hang in the margin: measured from the term, the line under an entry's full first line stood
indented, and the entry was torn after its first sentence. A narrower table under a table, its
title between them, was taken for a \\cmidrule of the first, and its head stood as paragraphs; the
first table's title, read after its head row, stood after it. An operator set between a display's
pieces ("− arctan") stayed alone in the text, its display cut; a variables' set broken over two rows
was cut. Pages and lines hand-built, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    HELVETICA,
    HELVETICA_BOLD,
    helvetica_line,
    helvetica_width,
    math_row,
    one_page,
    tex_font,
    text_row,
)
from test_pdf_display_big_brackets_and_sums import CMEX, _big  # noqa: E402
from test_pdf_display_stacked_parts import _rule  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_display_formulas import _brackets_apart  # noqa: E402
from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402

BOLD = [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)]
CMMI = tex_font(b"KBOUDP+CMMI10", b"25 /pi 97 /a 98 /b 100 /d 120 /x 121 /y")
CMSY = tex_font(b"KBOUDQ+CMSY10", b"45 /minus 50 /element")
MATH = [(b"F1", HELVETICA), (b"M", CMMI), (b"S", CMSY), (b"X", CMEX)]

PROBLEMS = "The test problems below are the ones the benchmark runs, each named as its file names it."
ENTRIES = [
    ("schwefel", ["-5.8806 < (x1 - x2)^2 + (x2 - 1)^2 + (x1 - x3)^2", "for x1, x2, x3 between -10 and 10"]),
    ("rd", ["-36.7126907 < -x1 + 2 x2 - x3 - 0.8356 x2 (1 + x2)", "for x1, x2, x3 between -5 and 5"]),
    (
        "caprasse",
        ["-3.1801 < -x1 x3^3 + 4 x2 x3^2 x4 + 4 x1 x3 x4^2 + 2", "for x1, x2, x3, x4 between -1 and 1"],
    ),
    ("lv", ["-20.801 < x1 x2^2 + x1 x3^2 + x1 x4^2 - 1.1 x1 + 1", "for x1, x2, x3, x4 between -2 and 2"]),
]


def _named_list() -> bytes:
    """The problems' names in bold, flush right against 128 pt, each alone on its row over its two
    lines, set in at 170 pt; the names drawn first, as one column."""
    names, body, y = [], [helvetica_line(72, 720, PROBLEMS, 10)], 690.0
    for name, rows in ENTRIES:
        names.append(text_row(128 - helvetica_width(name, 10) * 1.05, y, name, 10, b"F2"))
        y -= 20
        for row in rows:
            body.append(text_row(170, y, row))
            y -= 14
        y -= 10
    return one_page(b"\n".join(names + body), BOLD)


def test_names_in_the_margin_read_each_over_its_display():
    assert parse_pdf(_named_list())[0].text.split("\n\n") == [
        PROBLEMS,
        "schwefel",
        "-5.8806 < (x1 - x2)^2 + (x2 - 1)^2 + (x1 - x3)^2 for x1, x2, x3 between -10 and 10",
        "rd",
        "-36.7126907 < -x1 + 2 x2 - x3 - 0.8356 x2 (1 + x2) for x1, x2, x3 between -5 and 5",
        "caprasse",
        "-3.1801 < -x1 x3^3 + 4 x2 x3^2 x4 + 4 x1 x3 x4^2 + 2 for x1, x2, x3, x4 between -1 and 1",
        "lv",
        "-20.801 < x1 x2^2 + x1 x3^2 + x1 x4^2 - 1.1 x1 + 1 for x1, x2, x3, x4 between -2 and 2",
    ]


HEADINGS = ["Scope", "Method", "Results"]
PARAGRAPH = "This part of the report says what it covers and how the reader may go about it."


def test_short_headings_at_the_text_s_margin_stay_where_read():
    """Three short headings, each alone on its row at the margin the paragraphs under them start at:
    no labels hung left of what they name, nothing moves."""
    rows, y = [], 700.0
    for heading in HEADINGS:
        rows.append(text_row(72, y, heading, 10, b"F2"))
        rows.append(helvetica_line(72, y - 16, PARAGRAPH, 10))
        y -= 40
    text = parse_pdf(one_page(b"\n".join(rows), BOLD))[0].text
    assert text.split("\n\n") == [part for heading in HEADINGS for part in (heading, PARAGRAPH)]


OPTIONS = [
    "The options that change how the numbers are stored must be set before the tool is",
    "loaded, and may not be changed after that. They are listed below.",
]
TERMS = [
    (
        "base",
        [
            "Sets the base in which the natural numbers are written. A higher base",
            "makes the arithmetic faster, but it asks for more memory as well.",
        ],
    ),
    (
        "min_exp",
        [
            "Sets the smallest exponent a floating point number may have here.",
            "Each floating point number is written as a triple of a sign, a mantissa",
            "and an exponent, its value the mantissa times the base to the power.",
        ],
    ),
    ("cached", ["When this is true, the results of all operations on numbers are kept."]),
]
CLOSING = "The next options are those of the checks themselves."


def test_a_description_s_full_line_ending_a_sentence_goes_on_at_the_description_s_edge():
    """Bold terms set flush right in the margin against 128 pt, each run in before its description
    at 133 pt, the description's full lines justified to 540 pt: "min_exp" ends its first line on
    a full stop, and the line under it opens with a capital at the description's edge, right of the
    term's start. It is the entry's next line, no paragraph indented."""
    rows = [
        helvetica_line(108, 720 - 12 * at, line, 10, 540 if at == 0 else None)
        for at, line in enumerate(OPTIONS)
    ]
    y = 690.0
    for term, lines in TERMS:
        rows.append(text_row(128 - helvetica_width(term, 10) * 1.1, y, term, 10, b"F2"))
        for at, line in enumerate(lines):
            rows.append(helvetica_line(133, y, line, 10, 540 if at < len(lines) - 1 else None))
            y -= 12
        y -= 8
    rows.append(helvetica_line(108, y - 10, CLOSING, 10))
    assert parse_pdf(one_page(b"\n".join(rows), BOLD))[0].text.split("\n\n") == [
        " ".join(OPTIONS),
        "base",
        " ".join(TERMS[0][1]),
        "min_exp",
        " ".join(TERMS[1][1]),
        "cached",
        TERMS[2][1][0],
        CLOSING,
    ]


TIMES = [
    "This section gives the times the tests took, measured on one machine with the base of",
    "the arithmetic set to two hundred and the caching of the results turned on for all.",
]


def _booktabs(x0: float, x1: float, y: float, rows: list[list[str]], xs: list[float]) -> list[bytes]:
    """A table ruled across only: a rule over its head row (``rows[0]``), one under it, one under its
    last row, each from ``x0`` to ``x1``; its cells at ``xs``, 12 pt a row."""
    head, *body = rows
    out = [_rule(x0, x1, y + 14), *(text_row(x, y, cell) for x, cell in zip(xs, head, strict=True))]
    out.append(_rule(x0, x1, y - 4))
    for at, row in enumerate(body):
        out += [text_row(x, y - 16 - 12 * at, cell) for x, cell in zip(xs, row, strict=True)]
    return [*out, _rule(x0, x1, y - 8 - 12 * len(body))]


def _centred(middle: float, y: float, text: str) -> bytes:
    return text_row(middle - helvetica_width(text, 10) / 2, y, text)


def test_a_narrower_table_under_a_table_is_a_table_of_its_own_under_its_title():
    """Two tables ruled across only, each under its centred title: the second's rules, narrower, stand
    within the first's measure, the second's title between them. The titles are drawn after the head
    rows and read after them; each reads over its table, and each table's head is its first row."""
    first = _booktabs(
        100,
        500,
        650,
        [
            ["Problem", "variables", "time (s)"],
            ["schwefel", "3", "26.3"],
            ["rd", "3", "1.6"],
            ["lv", "4", "1.9"],
        ],
        [110, 250, 400],
    )
    second = _booktabs(
        130,
        470,
        560,
        [
            ["Problem", "time (s)", "checked (s)"],
            ["2485876245a", "5.530", "0.058"],
            ["4717061266", "27.1", "0.250"],
            ["7067938795", "431", "387"],
        ],
        [140, 280, 380],
    )
    prose = [
        helvetica_line(72, 720 - 12 * at, line, 10, 540 if at == 0 else None) for at, line in enumerate(TIMES)
    ]
    titles = [_centred(300, 670, "Polynomial problems"), _centred(300, 580, "Flyspeck problems")]
    content = [*prose, *first[:4], titles[0], *first[4:], titles[1], *second]
    assert parse_pdf(one_page(b"\n".join(content), [(b"F1", HELVETICA)]))[0].text.split("\n\n") == [
        " ".join(TIMES),
        "Polynomial problems",
        "Problem | variables | time (s)\nschwefel | 3 | 26.3\nrd | 3 | 1.6\nlv | 4 | 1.9",
        "Flyspeck problems",
        "Problem | time (s) | checked (s)\n2485876245a | 5.530 | 0.058\n4717061266 | 27.1 | 0.250\n"
        "7067938795 | 431 | 387",
    ]


ANGLE = "The angle that the rest of this short note keeps coming back to is defined as follows:"
LENGTHS = "and each of the letters in it is a length that the next section of the note defines in full."


def test_an_operator_set_between_a_display_s_pieces_is_the_display_s():
    """ "d =", "π" over a rule over "2", then "− arctan" in the symbol font's minus and the text
    font, then a big "(", "xa" over a rule over "yb" and a big ")": pdfminer reads "− arctan" as a
    line of text between the display's pieces. It is the display's, which is written whole."""
    content = [
        text_row(72, 540, ANGLE),
        math_row(200, 495, "d"),
        text_row(205, 495, " = "),
        math_row(222, 502, "\x19"),
        _rule(221, 228, 498.5),
        text_row(222, 488, "2"),
        b"BT /S 10 Tf 232 495 Td (-) Tj /F1 10 Tf ( arctan) Tj ET",
        _big(272, 508, "("),
        math_row(279, 502, "xa"),
        _rule(277, 300, 498.5),
        math_row(279, 488, "yb"),
        _big(302, 508, ")"),
        text_row(72, 460, LENGTHS),
    ]
    (doc,) = parse_pdf(one_page(b"\n".join(content), MATH))
    assert doc.text == f"{ANGLE}\n\nd = π/2 − arctan (xa/yb)\n\n{LENGTHS}"


BOX = "The last of the problems is checked over a box of eight variables, which is the following one:"
SECONDS = "The box is the one that the paper gives for the problem, and the tool checks it in a few seconds."


def test_a_variables_set_broken_over_two_rows_is_kept_whole():
    """ "(x, y) ∈ [(−0.1, …, −1.1)," and under it, centred, "(0.4, …, −0.3)]": the second row holds
    no relation and no "∈", and goes on the set broken after its comma; the display is its two rows."""
    first = (
        b"BT /F1 10 Tf 150 500 Td (\\() Tj /M 10 Tf (x) Tj /F1 10 Tf (, ) Tj /M 10 Tf (y) Tj"
        b" /F1 10 Tf (\\) ) Tj /S 10 Tf (2) Tj /F1 10 Tf ( [\\() Tj /S 10 Tf (-) Tj"
        b" /F1 10 Tf (0.1, 0.4, ) Tj /S 10 Tf (-) Tj /F1 10 Tf (0.7, ) Tj /S 10 Tf (-) Tj"
        b" /F1 10 Tf (0.3, ) Tj /S 10 Tf (-) Tj /F1 10 Tf (1.1\\),) Tj ET"
    )
    second = (
        b"BT /F1 10 Tf 230 486 Td (\\(0.4, 1, ) Tj /S 10 Tf (-) Tj /F1 10 Tf (0.4, 0.2, 1.1, ) Tj"
        b" /S 10 Tf (-) Tj /F1 10 Tf (0.3\\)]) Tj ET"
    )
    (doc,) = parse_pdf(
        one_page(b"\n".join([text_row(72, 530, BOX), first, second, text_row(72, 460, SECONDS)]), MATH)
    )
    assert (
        doc.text
        == f"{BOX}\n\n(x, y) ∈ [(−0.1, 0.4, −0.7, −0.3, −1.1),\n(0.4, 1, −0.4, 0.2, 1.1, −0.3)]\n\n{SECONDS}"
    )


def _line(text: str, x0: float, x1: float, top: float, glyphs: tuple = ()) -> Line:
    return Line(7, text, x0, x1, top, top + 13, 10.0, 792.0, formula=True, glyphs=glyphs)


def test_a_big_closing_bracket_joined_past_a_numerator_s_glyphs_is_cut_at_the_line_s_end():
    """FormalVerifier.pdf p. 8: "( −∆(x) )", the numerator of "arctan(−∆(x)/√(4x∆(x)))" with the big
    brackets around the fraction, its ")" joined to the line after its glyphs were measured: the
    glyphs end on the ")" of "∆(x)", short of the line's end. The closing bracket cut is the big one,
    at the line's end, as wide as the opening one, and the numerator keeps its own ")"."""
    glyphs = (
        ("(", 10.0, 487.8, 320.4, 328.3),
        ("−", 10.0, 490.1, 335.9, 343.7),
        ("∆", 10.0, 490.1, 343.7, 352.0),
        ("(", 10.0, 490.1, 356.4, 360.3),
        ("x", 10.0, 490.1, 360.3, 366.0),
        (")", 10.0, 490.1, 366.5, 370.4),
    )
    numerator = _line("( −∆(x) )", 320.4, 386.0, 477.9, glyphs)
    denominator = _line("√(4x∆(x))", 329.5, 377.1, 494.4)
    bar = (329.5, 492.4, 377.1, 492.4)
    parts = _brackets_apart([numerator, denominator], [bar])
    assert [part.text for part in parts] == ["(", "−∆(x)", ")", "√(4x∆(x))"]
    assert (parts[2].x0, parts[2].x1) == pytest.approx((378.1, 386.0))


def test_a_row_read_across_the_gap_between_two_heads_parts_no_columns():
    """A small table ruled across only, six rows under "Sample", "Condition" and "Short": the first
    row's "adipose.1" and its "A" are set in one string a little nearer each other than the other
    rows' cells, and pdfminer reads them as one line across the blank between the two heads. One row
    of six fills that blank: the columns stay apart, the line parted between them."""
    rows = [["adipose.1", "A", "AD1"], ["adipose.2", "A", "AD2"], ["adipose.3", "A", "AD3"]]
    rows += [["blood.1", "C", "BL1"], ["blood.2", "C", "BL2"], ["heart.1", "B", "HE1"]]
    cells = _booktabs(190, 420, 600, [["Sample", "Condition", "Short"], *rows], [215.6, 274.8, 337.5])
    shift = round((272 - 215.6 - helvetica_width("adipose.1 ", 10)) * 100)  # thousandths of 10 pt
    first = b"BT /F1 10 Tf 215.6 584 Td [(adipose.1 ) -%d (A)] TJ ET" % shift
    content = [helvetica_line(72, 700, TIMES[0], 10), *cells[:5], first, *cells[7:]]
    text = parse_pdf(one_page(b"\n".join(content), [(b"F1", HELVETICA)]))[0].text
    assert text.split("\n\n")[1] == "\n".join(
        ["Sample | Condition | Short", *(" | ".join(row) for row in rows)]
    )
