"""A knitr vignette's code boxes read whole (issue 15, the thirty-second check, apcluster.pdf): a box
whose "##" prefixes pdfminer read as a column of their own, after the page's prose, came apart, its
rest after the list that ended the page; a chunk's one short input line ("s3", "s1r[1:7,]") over the
matrix it printed was cut as a ``fragment``; the upright quotes of a ``str()`` printout, one glyph of
a font of their own whose box is its ink, stood raised as a line of their own over their row, or
were cut. The listing font here is a Type 3 font as in the vignette: its glyphs 5.64 pt apart at
10.9 pt, every box 0.24 em deep. All texts are written for the tests, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, code_lines, pdf_of, stream  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SIZE = 10.9091  # the listing's size: 47 units of the font's 0.011 em a glyph, 5.64 pt
PITCH = 5.64
STEP = 13.55  # the listing's line pitch
LEFT = 85.04
BASE = 783.7  # a line's baseline, less its top: a US Letter page
CODES = [code for code in range(32, 127) if code != 39]  # the quote is the quote font's


def _type3(codes: list[int], box: bytes, glyph: int) -> bytes:
    """A Type 3 font of the glyphs ``codes``, each 47 units wide, its box ``box`` (the ink's, for a
    font of one glyph), every glyph drawn by object ``glyph``."""
    return (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [%s] /FontMatrix [0.011 0 0 0.011 0 0]"
        b" /CharProcs << %s >> /Encoding << /Type /Encoding /Differences [%s] >>"
        b" /FirstChar 0 /LastChar 255 /Widths [%s] >>"
        % (
            box,
            b" ".join(b"/a%d %d 0 R" % (code, glyph) for code in codes),
            b" ".join(b"%d /a%d" % (code, code) for code in codes),
            b" ".join([b"47"] * 256),
        )
    )


FONTS = [
    (b"F1", HELVETICA),
    (b"F2", _type3(CODES, b"0 -22 48 63", 8)),
    (b"F3", _type3([39], b"19 30 28 57", 9)),  # knitr's upright quote, its box raised with its ink
]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _prose(top: float, text: str, x: float = LEFT) -> str:
    """A line of prose whose box's top stands ``top`` under the page's top."""
    return f"BT /F1 10.9 Tf {x} {BASE - top:.2f} Td ({_escaped(text)}) Tj ET"


def _code(top: float, text: str, column: int = 0, font: str = "F2") -> str:
    """A listing piece whose box's top stands ``top`` under the page's top, ``column`` letters in."""
    return f"BT /{font} {SIZE} Tf {LEFT + column * PITCH:.2f} {BASE - top:.2f} Td ({_escaped(text)}) Tj ET"


def _rows(top: float, rows: list[list[tuple[int, str]]]) -> list[str]:
    """Listing rows from ``top`` down, one every ``STEP``, each of (column, piece) pieces."""
    return [_code(top + STEP * at, piece, column) for at, row in enumerate(rows) for column, piece in row]


def _parse(lines: list[str]):
    names = b" ".join(b"/%s %d 0 R" % (name, 5 + at) for at, (name, _) in enumerate(FONTS))
    (doc,) = parse_pdf(
        pdf_of(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                b" /Resources << /Font << %s >> >> >>" % names,
                stream("\n".join(lines).encode()),
                *(font for _, font in FONTS),
                stream(b"47 0 0 0 48 63 d1"),
                stream(b"47 0 19 30 28 57 d1"),
            ]
        )
    )
    return doc


def _cut(doc) -> list[str]:
    return [span.attrs["text"] for span in doc.layers.get("removed", [])]


GROUPS = [  # a printout's rows, its indented rows' "##" apart from them
    [(0, "## Centres:")],
    [(0, "##"), (6, "12 40 71 88")],
    [(0, "## Groups:")],
    [(0, "##"), (6, "Group 1, centre 12:")],
    [(0, "##"), (9, "1 2 3 4 5 6 7 8 9 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26")],
    [(0, "##"), (9, "27 28 29 30")],
    [(0, "##"), (6, "Group 2, centre 40:")],
    [(0, "##"), (9, "31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52")],
    [(0, "##"), (9, "53 54 55 56 57 58 59 60")],
    [(0, "##"), (6, "Group 3, centre 71:")],
    [(0, "##"), (9, "10 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80")],
    [(0, "##"), (6, "Group 4, centre 88:")],
    [(0, "##"), (9, "81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99 100 101")],
    [(0, "##"), (9, "102 103 104 105")],
]
SLOTS = [
    [(0, "## Formal class"), (18, "dgCMatrix"), (29, '[package "Matrix"] with 6 slots')],  # no quotes
    [(0, "##"), (5, "..@ i"), (17, ": int [1:9244] 1 2 3 4 5 6 7 8 9 10 ...")],
    [(0, "##"), (5, "..@ j"), (17, ": int [1:9244] 0 0 0 0 0 0 0 0 0 0 ...")],
    [(0, "##"), (5, "..@ Dim"), (17, ": int [1:2] 105 105")],
    [(0, "##"), (5, "..@ Dimnames:List of 2")],
    [(0, "##"), (5, ".. ..$ : NULL")],
    [(0, "##"), (5, ".. ..$ : NULL")],
    [(0, "##"), (5, "..@ x"), (17, ": num [1:9244] -6.46e-03 -7.36e-05 -2.74e-04 -3.28e-03 -2.27e-02 ...")],
    [(0, "##"), (5, "..@ factors : list()")],
]
AFTER = [  # the page's prose under the box: a paragraph, a section, a paragraph, a list's item
    (102.0, "Note that the measures passed to groupsL() may not return sparse matrices either. In-"),
    (LEFT, "stead, they must accept a sel argument and return a rectangular dense matrix (see Section 9.4"),
    (LEFT, "above)."),
    (LEFT, None),
    (LEFT, "In most of the examples above, we called a grouping method by supplying it with a measure"),
    (
        LEFT,
        "function and the data to be grouped. This is certainly the most convenient approach. Since the"
        " result-",
    ),
    (LEFT, "ing objects (unless the option keepSim=FALSE is supplied) even hold the whole measure"),
    (LEFT, "matrix, we can plot heatmaps and produce a tree of groups on the basis of the grouping result"),
    (LEFT, "without the need to supply the matrix once more."),
    (102.0, "For large data sets, however, this convenient approach has some drawbacks:"),
    (112.3, "If the grouping method is run several times on the same data set (e.g., for different pa-"),
    (112.3, "rameters), the whole matrix is computed again every time."),
]


def _after(top: float) -> list[str]:
    """``AFTER`` from ``top`` down: a paragraph, "10 Other matters" and "10.1 Comfort and speed",
    the next paragraph, its list."""
    lines, y = [], top
    for at, (x, text) in enumerate(AFTER):
        if text is None:
            lines += [_prose(y + 24, "10 Other matters"), _prose(y + 56, "10.1 Comfort and speed")]
            y += 83
            continue
        lines.append(_prose(y, text, x))
        y += 18.6 if at == 8 else 27.6 if at == 9 else STEP
    return lines


def test_a_box_read_partly_after_the_prose_stays_whole():
    """pdfminer reads the box's right pieces, then the prose, then the "##" column with the next
    chunk's input and half its printout: each goes back to its row, above the prose, and the list
    ends the page; nothing is cut."""
    lines = [*_rows(170.4, GROUPS), _code(377.0, "str(weights(fit2))"), *_rows(407.5, SLOTS)]
    doc = _parse(lines + _after(546.8))
    assert code_lines(doc) == [
        "## Centres:",
        "##    12 40 71 88",
        "## Groups:",
        "##    Group 1, centre 12:",
        "##       1 2 3 4 5 6 7 8 9 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26",
        "##       27 28 29 30",
        "##    Group 2, centre 40:",
        "##       31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52",
        "##       53 54 55 56 57 58 59 60",
        "##    Group 3, centre 71:",
        "##       10 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80",
        "##    Group 4, centre 88:",
        "##       81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99 100 101",
        "##       102 103 104 105",
        "str(weights(fit2))",
        '## Formal class   dgCMatrix  [package "Matrix"] with 6 slots',
        "##   ..@ i       : int [1:9244] 1 2 3 4 5 6 7 8 9 10 ...",
        "##   ..@ j       : int [1:9244] 0 0 0 0 0 0 0 0 0 0 ...",
        "##   ..@ Dim     : int [1:2] 105 105",
        "##   ..@ Dimnames:List of 2",
        "##   .. ..$ : NULL",
        "##   .. ..$ : NULL",
        "##   ..@ x       : num [1:9244] -6.46e-03 -7.36e-05 -2.74e-04 -3.28e-03 -2.27e-02 ...",
        "##   ..@ factors : list()",
    ]
    assert doc.text.endswith("the whole matrix is computed again every time.")
    assert _cut(doc) == []


def test_a_short_input_line_over_its_printed_matrix_is_code():
    """A chunk's input, one short line of one- and two-letter names ("d3", "w2r[1:4,]"), a gap over
    the matrix it printed, every row "##"-prefixed: the input stays code, no ``fragment``."""
    prose = [
        "All the functions that compute measures keep the names of the objects they are given. The",
        "matrix they return has these names both as its row and as its column names, as shown here.",
    ]
    matrix = [
        [(0, "##     a   b   c")],
        [(0, "## a   0  -1  -4")],
        [(0, "## b  -1   0  -1")],
        [(0, "## c  -4  -1   0")],
    ]
    lines = [_prose(100 + STEP * at, text) for at, text in enumerate(prose)]
    lines += [_code(160, "d3"), *_rows(190.5, matrix)]
    lines += [_prose(270 + STEP * at, text) for at, text in enumerate(prose)]
    lines += [_code(330, "w2r[1:4,]"), *_rows(360.5, matrix)]
    doc = _parse(lines)
    printed = ["##     a   b   c", "## a   0  -1  -4", "## b  -1   0  -1", "## c  -4  -1   0"]
    assert code_lines(doc) == ["d3", *printed, "w2r[1:4,]", *printed]
    assert _cut(doc) == []


def test_a_printouts_upright_quotes_stay_in_their_row():
    """``str()``'s "## Formal class 'dgCMatrix' …", each quote a glyph of a font of its own whose box
    stands half a line up: the row reads whole, quotes in place, no line of quotes over it."""
    row = [
        _code(200, "## Formal class"),
        _code(200, "'", 16, "F3"),
        _code(200, "dgCMatrix", 17),
        _code(200, "'", 26, "F3"),
        _code(200, '[package "Matrix"] with 6 slots', 28),
    ]
    lines = [
        _prose(150, "Sparse matrices are converted internally to objects of a class of their own:"),
        _code(170, "str(sim)"),
        *row,
        *_rows(200 + STEP, [[(0, "##"), (5, "..@ i"), (17, ": int [1:92] 1 2 3 4 5 6 7 8 9 10 ...")]]),
        _prose(250, "The function converts the dense matrix into a sparse one by removing all small values."),
    ]
    doc = _parse(lines)
    assert code_lines(doc) == [
        "str(sim)",
        "## Formal class 'dgCMatrix' [package \"Matrix\"] with 6 slots",  # upright quotes: TS1's
        "##   ..@ i       : int [1:92] 1 2 3 4 5 6 7 8 9 10 ...",
    ]
    assert _cut(doc) == []
