"""A font's technical documentation (issue 15, forty-ninth check row 04, qzc-info.pdf): its glyph
repertoire and encoding tables, grids of short cells ("0029" | ")" | "parenright") set with no rule,
were kept as shredded lines, and the glyphs its font maps to private-use and noncharacter code points
("\\uEC07", "\\uFFFF") were kept as text. Pages hand-built, sentences sloika's own, expected texts
typed by hand from what the pages print."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    escaped,
    font_pages,
    helvetica_width,
    one_page,
    removed_texts,
    text_row,
    without_tables,
)
from test_pdf_ligature_values_and_rings import FONT, _to_unicode  # noqa: E402

from sloika.pipelines.formats.base import Parsed  # noqa: E402
from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LEAD = [
    "Each column of the table below gives a code of the encoding, the glyph the font draws for it",
    "and the name the font gives that glyph; the names follow the list that most fonts share.",
]
HEADING = "1. Low codes"  # a heading of three tokens over the grid: no cell of it
AFTER = "The codes that the table leaves out have no glyph in this font and print nothing at all."
NAMES = [
    "exclam",
    "quotedbl",
    "numbersign",
    "dollar",
    "percent",
    "ampersand",
    "quotesingle",
    "parenleft",
    "parenright",
    "asterisk",
    "plus",
    "comma",
    "hyphen",
    "period",
    "slash",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "colon",
    "semicolon",
    "less",
    "equal",
    "greater",
    "question",
    "at",
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
    "G",
    "H",
    "I",
    "J",
    "K",
    "L",
    "M",
    "N",
]
COLUMNS = (56.7, 81.8, 174.8, 309.6, 334.7, 427.7)  # code, glyph, name; twice, a rule between


def _typewriter(x: float, y: float, text: str) -> bytes:
    """``text`` in Courier at 10 pt squeezed to 58 % (``Tz``), as narrow as the repertoire's typewriter."""
    return b"BT /F2 10 Tf 58 Tz %.1f %.1f Td (%s) Tj ET" % (x, y, escaped(text))


def _cells(first: int, rows: int) -> list[list[str]]:
    """The grid's rows from code ``first`` on: the left half's codes, then the right half's."""
    return [
        [
            cell
            for half in (0, rows)
            for cell in (f"{first + at + half:04X}", chr(first + at + half), _name(first + at + half))
        ]
        for at in range(rows)
    ]


def _name(code: int) -> str:
    return NAMES[code - 0x21]


def _grid(cells: list[list[str]], top: float) -> list[bytes]:
    """The grid's rows from ``top`` down, 16 pt apart: codes and names in typewriter, each glyph at
    12 pt a point and a bit off its code's baseline, as the repertoire's TeX sets them, and a rule down
    between the halves."""
    content = []
    for at, row in enumerate(cells):
        y = top - 16 * at
        for x, cell, glyph in zip(COLUMNS, row, (False, True, False) * 2, strict=True):
            content.append(text_row(x, y + 1.3, cell, size=12) if glyph else _typewriter(x, y, cell))
    content.append(b"0.4 w 300 %d m 300 %d l S" % (top - 16 * len(cells), top + 4))
    return content


def _pdf(pages: list[list[bytes]]) -> bytes:
    """A page of the lead-in, then ``pages``, in Helvetica (``F1``) and Courier (``F2``)."""
    lead = [text_row(57, 740 - 12 * at, line) for at, line in enumerate(LEAD)]
    return font_pages([b"\n".join(page) for page in [lead, *pages]], [(b"F1", HELVETICA), (b"F2", COURIER)])


def _tables(doc: Parsed) -> list[list[str]]:
    """Each table's rows, a row's cells joined by a space (a code and its glyph may be one cell)."""
    return [
        [" ".join(" ".join(cells).split()) for cells in span.attrs["rows"]]
        for span in doc.spans
        if span.label == "table"
    ]


def test_a_grid_of_codes_glyphs_and_names_is_a_table_out_of_the_text():
    """pdfminer reads the codes, glyphs and names as separate lines a point apart in height; the
    reader kept them as lines of names glued across the rule with 60 spaces, codes apart."""
    cells = _cells(0x21, 23)
    page = [text_row(200, 700, HEADING), *_grid(cells, 680), text_row(57, 680 - 16 * 23 - 20, AFTER)]
    (doc,) = parse_pdf(_pdf([page]))
    assert without_tables(doc).split("\n\n") == [" ".join(LEAD), HEADING, AFTER]
    assert _tables(doc) == [[" ".join(row) for row in cells]]


def test_a_grid_s_last_rows_overleaf_are_its_table_too():
    """Two rows ending the grid on the next page, too few to be a grid alone, stand in its columns."""
    cells, rest = _cells(0x21, 20), _cells(0x21 + 10, 2)
    first = [text_row(200, 700, HEADING), *_grid(cells, 680)]
    (doc,) = parse_pdf(_pdf([first, [*_grid(rest, 760), text_row(57, 700, AFTER)]]))
    assert without_tables(doc).split("\n\n") == [" ".join(LEAD), HEADING, AFTER]
    assert _tables(doc)[-1] == [" ".join(row) for row in rest]


def test_private_use_and_noncharacter_glyphs_are_no_text():
    """A font sample's alternates mapped to U+EC07 and U+EC06, and a glyph mapped to U+FFFF: none of
    them reads as a character; each goes to ``removed`` as an unmapped glyph."""
    values = b"<01> <EC07>\n<02> <EC06>\n<03> <FFFF>"
    content = (
        b"BT /F1 10 Tf 72 700 Td (The sample line of the font reads 0369\x03 and the alternates of the) Tj"
        b" ET BT /F1 10 Tf 72 686 Td (two letters print as \x01 \x02 in the sample, which ends the page now.)"
        b" Tj ET"
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", FONT)], _to_unicode(values)))
    assert doc.text == (
        "The sample line of the font reads 0369 and the alternates of the two letters print as in the"
        " sample, which ends the page now."
    )
    cut = [span.attrs["text"] for span in doc.layers["removed"] if span.label == "unreadable"]
    assert cut == ["\uffff", "\uec07 \uec06"]


FEATURES = "features = ’aalt’ ’dlig’ ’frac’ ’liga’ ’lnum’ ’onum’ ’pnum’ ’salt’ ’ss01’ ’ss02’ ’ss03’ ’ss04’"
RECORDS = [
    "script = ’DFLT’",
    "language = <default>",
    FEATURES,
    "’tnum’ ’zero’ ’cpsp’ ’kern’ ’size’",
    "script = ’latn’",
    "language = ’AZE ’",
    FEATURES,
    "’tnum’ ’zero’ ’cpsp’ ’kern’ ’size’",
    "language = ’CRT ’",
    FEATURES,
    "’tnum’ ’zero’ ’cpsp’ ’kern’ ’size’",
]


def test_each_record_of_a_feature_listing_is_a_line_of_its_own():
    """qzc-info.pdf p. 3: each "script =", "language =" and "features =" line is a record, the
    features' list wrapping onto the next line; the reader ran all of a script's records into one
    line of 1,300 characters."""
    page = [text_row(57, 760 - 14 * at, line) for at, line in enumerate([*RECORDS, "", *LEAD])]
    (doc,) = parse_pdf(_pdf([page]))
    wrapped = f"{FEATURES} ’tnum’ ’zero’ ’cpsp’ ’kern’ ’size’"
    assert doc.text.split("\n\n") == [
        " ".join(LEAD),
        "script = ’DFLT’",
        "language = <default>",
        wrapped,
        "script = ’latn’",
        "language = ’AZE ’",
        wrapped,
        "language = ’CRT ’",
        wrapped,
        " ".join(LEAD),
    ]


STYLED = (56.7, 159.9, 309.6, 412.8)  # code and glyph, name; twice


def _styled_grid(first: int, rows: int, top: float) -> tuple[list[bytes], list[list[str]]]:
    """qag-info.pdf's repertoire: each glyph shown in four styles after its code ("0021 ! ! ! !"), its
    name in typewriter 2.5 pt lower, two halves; the content and the rows the page prints."""
    content, printed = [], []
    for at in range(rows):
        y, row = top - 16 * at, []
        for x, code in zip(STYLED[::2], (first + at, first + rows + at), strict=True):
            styles = f"{code:04X} {' '.join([chr(code)] * 4)}"
            content += [text_row(x, y, styles, size=11.5), _typewriter(x + 103.2, y - 2.5, _name(code))]
            row += [styles, _name(code)]
        printed.append(row)
    return content, printed


def test_a_repertoire_showing_each_glyph_in_four_styles_is_a_table():
    """qag-info.pdf: a cell of five tokens ("0021 ! ! ! !") was no grid's cell, so its repertoire's
    rows stayed in the text, read as code ("00A2 ¢ ¢ ¢ ¢ cent"). The grid is a table, a row a printed
    row."""
    grid, printed = _styled_grid(0x21, 20, 680)
    page = [text_row(200, 700, HEADING), *grid, text_row(57, 680 - 16 * 20 - 20, AFTER)]
    (doc,) = parse_pdf(_pdf([page]))
    assert without_tables(doc).split("\n\n") == [" ".join(LEAD), HEADING, AFTER]
    assert _tables(doc) == [[" ".join(" ".join(row).split()) for row in printed]]


ENCODING = (61.0, 130.3, 199.6, 268.9, 338.2, 407.5, 476.8)  # seven columns, 69.3 pt apart


def _cell(code: int) -> str:
    return f"{code} x{code:02X} o"


def test_cells_run_together_into_one_line_stay_in_their_encoding_table():
    """qzc-info.pdf p. 16, qag-info.pdf pp. 25–39: on a row whose last cells stand in another size,
    the first three, evenly spaced, were joined as a justified line ("59 x3B ; 93 x5D] 127 x7F ¨"):
    no cell, it parted the table in two and stayed in the text between them."""
    rows = 20
    content = [text_row(57, 760, "The encoding table of the font")]
    for at in range(rows):
        for column, x in enumerate(ENCODING):
            size = 9 if at == 10 and column >= 3 else 11  # the row whose first cells pdfminer's reader joins
            content.append(text_row(x, 730 - 19 * at, _cell(38 + 20 * column + at), size=size))
    content.append(text_row(57, 730 - 19 * rows - 10, AFTER))
    (doc,) = parse_pdf(_pdf([content]))
    assert without_tables(doc).split("\n\n") == [" ".join(LEAD), "The encoding table of the font", AFTER]
    (table,) = _tables(doc)
    assert table == [" ".join(_cell(38 + 20 * column + at) for column in range(7)) for at in range(rows)]


PIECES = b"<01> <F8EB>\n<02> <F8EC>\n<03> <F8ED>\n<04> <F8F6>\n<05> <F8F7>\n<06> <F8F8>"
# cmsy's name on ``FONT``, its ToUnicode after Helvetica's and Courier's: TeX's math font (a minus, the
# bracket pieces U+F8EB … U+F8F8), so that its lines read as a rendered formula's
MATH_FONT = FONT.replace(b"SerifText", b"CMSY10").replace(b"/ToUnicode 6 0 R", b"/ToUnicode 8 0 R")


def _matrix(rows: int, top: float) -> list[bytes]:
    """A display "A = ( … )" in the math font (``F3``): ``rows`` rows of four entries, 30 pt apart,
    between a tall left and right parenthesis stacked of cmex's pieces, one piece a row."""
    content = [text_row(130, top - 16 * (rows // 2), "A =", font=b"F3")]
    for at in range(rows):
        y, piece = top - 16 * at, 1 if at == 0 else 3 if at == rows - 1 else 2
        content += [text_row(160, y, chr(piece), font=b"F3"), text_row(300, y, chr(piece + 3), font=b"F3")]
        content += [text_row(180 + 30 * x, y, str((at + x) % 3 - 1), font=b"F3") for x in range(4)]
    return content


def test_a_bracketed_matrix_stays_a_display_while_a_glyph_grid_is_a_table():
    """markovchain.pdf's "A_n = ( … )", 4ti2_manual.pdf's A3×3: a display's matrix of short entries
    between a tall bracket's pieces was taken for a grid of cells, a `table` record where the
    display's math stood. It is the display's math, written as the matrix between its brackets
    (issue 15, check 53 row 5: it was cut whole); the repertoire's grid under it is a table."""
    lead = "The transition matrix of the chain has a row for each state and its rows sum to one:"
    grid, printed = _styled_grid(0x30, 10, 480)
    content = [text_row(57, 760, lead), *_matrix(9, 730), text_row(57, 570, AFTER), *grid]
    fonts = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", MATH_FONT)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), fonts, _to_unicode(PIECES)))
    assert _tables(doc) == [[" ".join(" ".join(row).split()) for row in printed]]
    rows = "-1 0 1 -1; 0 1 -1 0; 1 -1 0 1; -1 0 1 -1; 0 1 -1 0; 1 -1 0 1; -1 0 1 -1; 0 1 -1 0; 1 -1 0 1"
    assert without_tables(doc).split("\n\n") == [lead, f"A = ({rows})", AFTER]
    assert removed_texts(doc, "math") == []


SAMPLES = [
    '"Sample Serif" -> 0369 OThamburgefonts',
    '"Sample Serif:+tnum" / "0123456789 ABC abc" -> 0123456789 ABC abc',
    '"Sample Serif:+onum" / "0123456789 ABC abc" -> 0123456789 ABC abc',
    '"Sample Serif:+frac" / "1/2 3/4 ABC abc" -> 1/2 3/4 ABC abc',
    '"Sample Serif" / "\\char"015E \\char"015F" -> S s',
]


def test_each_font_sample_is_a_line_of_its_own():
    """qzc-info.pdf p. 4, qag-info.pdf p. 5: each sample line of the OTF features ("…:+tnum" / its
    input -> what the font sets) is a record; the reader ran them into one paragraph."""
    right = 57 + helvetica_width(LEAD[0], 10)  # each sample ends at the measure, set under its arrow
    samples = [
        text_row(right - helvetica_width(line, 10), 742 - 18 * at, line) for at, line in enumerate(SAMPLES)
    ]
    lead = [text_row(57, 712 - 18 * len(SAMPLES) - 14 * at, line) for at, line in enumerate(LEAD)]
    page = [text_row(57, 760, "Examples of the features", size=13), *samples, *lead]
    (doc,) = parse_pdf(_pdf([page]))
    assert doc.text.split("\n\n") == [" ".join(LEAD), "Examples of the features", *SAMPLES, " ".join(LEAD)]
