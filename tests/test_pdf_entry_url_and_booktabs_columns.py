"""A reference entry's URL read as a paragraph of its own, and a booktabs table's rows with their
cells shifted (issue 15, the forty-sixth check's row 02, hotos17.pdf: reference [24] and Table 1).

[24]'s second line holds one word and a URL: TeX cannot break the URL, so it stretched the one space
between them to 3 em, pdfminer read the row as two pieces, and the URL opened a paragraph after "…
AMD memory encryption.". Table 1, ruled across only, lost its blank cells (the rows whose CPUs had
not launched slid their numbers under "launch"), its header stacked "Year of" over "spec" and
"launch" and was flattened into four cells over seven columns, and its cell "2013ª" kept the mark of
the note under the table as an ordinal indicator. Pages hand-built, texts sloika's own but for the
table's, expected texts and cells written by hand from what the page shows."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, helvetica_width, text_at  # noqa: E402
from test_pdf_r_vignette_output import FONTS, _escaped, _justified, _text  # noqa: E402

from sloika.pipelines.formats.base import Parsed  # noqa: E402
from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

URL = "http://developer.example.com/sites/default/files/managed/2016/04/wordpress/"
ENTRIES = [
    [
        "[1] A. Author. A paper on the growth of the instruction sets of recent processors, which",
        "the vendors have stopped publishing any figures on since the year before. Tech News, 2016.",
    ],
    [
        "[2] B. Writer, C. Person, and D. Reader. A report on the design and the cost of the new memory",
        "whitepaper.",
        URL,
    ],
    ["[3] E. Someone. A third reference whose entry fits on one line of its own, 2015."],
]
TAIL = [
    "media/2013/12/documents/archive/whitepapers/2016/04/AMD_Memory_Encryption_Whitepaper_",
    "v7-Public.pdf, Apr. 2016.",
]


def _stretched(x: float, y: float, word: str, url: str, width: float = 440.0) -> str:
    """``word`` and ``url`` on one 10 pt line ``width`` wide, no space glyph between them: the
    space TeX stretched to fill the line, as a TJ offset."""
    gap = width - helvetica_width(word, 10) - helvetica_width(url, 10)
    return f"BT /F1 10 Tf {x} {y} Td [({_escaped(word)}) {-gap * 100:.0f} ({_escaped(url)})] TJ ET"


def test_a_url_beside_the_word_its_line_stretched_goes_on_the_entry():
    """Entry [2]'s second line: "whitepaper." and the URL 4.5 em apart, from the entries' text edge
    to the column's; the URL's rest on the next two lines (the word spacing the justified lines set
    is reset before the lines with spaces that follow)."""
    first, second, third = ENTRIES
    drawn = [_justified(72, 780, first[0]), _justified(92, 768, first[1], 440.0)]
    drawn += [_justified(72, 744, second[0]), _stretched(92, 732, second[1], second[2])]
    drawn += [_text(92, 720, TAIL[0]), "0 Tw", _text(92, 708, TAIL[1]), _text(72, 684, third[0])]
    (doc,) = parse_pdf(font_pages(["\n".join(drawn).encode()], FONTS))
    assert doc.text.split("\n\n") == [
        " ".join(first),
        "[2] B. Writer, C. Person, and D. Reader. A report on the design and the cost of the new memory "
        "whitepaper. "
        "http://developer.example.com/sites/default/files/managed/2016/04/wordpress/media/2013/12/"
        "documents/archive/whitepapers/2016/04/AMD_Memory_Encryption_Whitepaper_v7-Public.pdf, Apr. 2016.",
        third[0],
    ]


# x of each column's cells: a name, its description, two years, two counts, other changes
COLUMNS = (100, 160, 256, 296, 340, 360, 384)
ROWS = [
    ("AVX2", "256-bit vector ops.", "2011", "2013", "30", "0", "wider vector registers"),
    ("TSX", "Transactional mem.", "2012", "2013", "4", "0", "2 new instr. prefixes"),
    ("SGX1", "Secure enclaves", "2013", "2015", "18", "2", "mem. access rights"),
    ("CLWB", "Cache line write-back", "2013", "", "1", "0", ""),
]
NOTE = "TSX launched with the new cores in 2013 but was later disabled by a patch."


def _row(y: float, cells: tuple[str, ...]) -> list[str]:
    """One body row in Helvetica 8 pt, each cell at its column; TSX's launch year raised an "a"
    (the note's mark), SGX1's count "2" and its changes one text object 11.5 pt apart, as pdfminer
    read the real row: one line across two columns."""
    if cells[0] == "SGX1":
        gap = (COLUMNS[6] - COLUMNS[5] - helvetica_width("2", 8)) * 1000 / 8
        shown = [
            f"BT /F1 8 Tf {x} {y} Td ({text}) Tj ET" for x, text in zip(COLUMNS[:5], cells[:5], strict=True)
        ]
        return [*shown, f"BT /F1 8 Tf {COLUMNS[5]} {y} Td [(2) {-gap:.0f} ({cells[6]})] TJ ET"]
    shown = [f"BT /F1 8 Tf {x} {y} Td ({text}) Tj ET" for x, text in zip(COLUMNS, cells, strict=True) if text]
    if cells[0] == "TSX":
        shown.append(f"BT /F1 6 Tf {COLUMNS[3] + helvetica_width('2013', 8)} {y} Td 3 Ts (a) Tj 0 Ts ET")
    return shown


def _table_page(note_mark: str) -> Parsed:
    """The table between two lines of prose, ruled across only (top, under its header, bottom), the
    header's heads stacked over two rows, and its note under it opened by ``note_mark`` (a
    content-stream fragment)."""
    rules = [f"0.4 w 95 {y} m 500 {y} l S" for y in (712, 686, 640)]
    head = [f"BT /F1 8 Tf {x} 702 Td ({text}) Tj ET" for x, text in ((272, "Year of"), (324, "Instructions"))]
    head.append("BT /F1 8 Tf 384 702 Td (Other ISA changes) Tj ET")
    head += [f"BT /F1 8 Tf {x} 692 Td ({text}) Tj ET" for x, text in ((100, "Extension"), (256, "spec"))]
    head += ["BT /F1 8 Tf 296 692 Td (launch) Tj ET", "BT /F1 8 Tf 340 692 Td (new chg.) Tj ET"]
    body = [part for at, cells in enumerate(ROWS) for part in _row(676 - 10 * at, cells)]
    note = f"BT /F1 8 Tf 100 628 Td {note_mark} /F1 8 Tf 0 Ts ({NOTE}) Tj ET"
    prose = [
        "BT /F1 10 Tf 72 740 Td (The table below lists each extension with the years it came out.) Tj ET",
        "BT /F1 10 Tf 72 600 Td (Each of these extensions changed what the operating system must do.) Tj ET",
    ]
    content = "\n".join([*rules, prose[0], *head, *body, note, prose[1]]).encode("cp1252")
    (doc,) = parse_pdf(font_pages([content], [(b"F1", HELVETICA)]))
    return doc


def _rows(doc: Parsed) -> list[list[str]]:
    (rows,) = [span.attrs["rows"] for span in doc.spans if span.label == "table"]
    return rows


def test_a_booktabs_table_keeps_its_blank_cells_and_its_stacked_heads():
    doc = _table_page("/F1 6 Tf 3 Ts (a) Tj")
    assert _rows(doc) == [
        [
            "Extension",
            "",
            "Year of spec",
            "Year of launch",
            "Instructions new",
            "Instructions chg.",
            "Other ISA changes",
        ],
        *map(list, ROWS),
    ]
    assert NOTE in doc.text and f"a {NOTE}" not in doc.text


def test_a_raised_letter_after_a_number_stays_an_ordinal_where_no_note_opens_with_it():
    doc = _table_page("")
    assert _rows(doc)[2][3] == "2013\u00aa"


def test_a_booktabs_cell_wrapped_onto_a_row_of_its_own_goes_on_its_cell():
    """afex's formula table: a description wrapped onto a second line, alone in its column, no rule
    across over it, is the row's cell, not a row whose first cell is blank."""
    rules = [f"0.4 w 95 {y} m 500 {y} l S" for y in (712, 696, 658)]
    cells = [(100, 702, "formula"), (180, 702, "meaning"), (100, 686, "a + b")]
    cells += [(180, 686, "main effects of a and b (and no interaction)"), (100, 676, "(a+b+c)^2")]
    cells += [(180, 676, "main effects and two-way interactions (expands to: a + b + c + a:b + b:c")]
    cells.append((180, 666, "+ a:c)"))
    prose = "BT /F1 10 Tf 72 740 Td (The table below shows how each formula is read by the package.) Tj ET"
    shown = [text_at(x, y, text, 8) for x, y, text in cells]
    content = "\n".join([*rules, prose, *shown]).encode("cp1252")
    (doc,) = parse_pdf(font_pages([content], [(b"F1", HELVETICA)]))
    assert _rows(doc) == [
        ["formula", "meaning"],
        ["a + b", "main effects of a and b (and no interaction)"],
        ["(a+b+c)^2", "main effects and two-way interactions (expands to: a + b + c + a:b + b:c + a:c)"],
    ]


def test_a_description_read_in_pieces_in_one_row_parts_no_column():
    """deSolve.pdf's function table: one row's justified description read in three pieces (its
    spaces 3 em wide) beside the other rows' whole descriptions: one cell, not three columns."""
    rules = [f"0.4 w 95 {y} m 500 {y} l S" for y in (712, 696, 648)]
    rows = [
        ("ode", "integrates systems of ordinary differential equations, assumes a full Jacobian"),
        ("dede", "integrates systems of delay differential equations given as a function"),
        ("lsoda", "integrates ODEs, automatically chooses method for stiff or non-stiff problems"),
    ]
    shown = [text_at(100, 702, "Function", 8), text_at(160, 702, "Description", 8)]
    for at, (name, description) in enumerate(rows):
        shown += [text_at(100, 686 - 10 * at, name, 8), text_at(160, 686 - 10 * at, description, 8)]
    shown.append(text_at(100, 656, "ode.band", 8))
    shown.append(
        "BT /F1 8 Tf 160 656 Td [(integrates) -3000 (systems of ODEs) -3000 (resulting from one) ] TJ ET"
    )
    prose = "BT /F1 10 Tf 72 740 Td (The table below lists the solvers that the package provides.) Tj ET"
    content = "\n".join([*rules, prose, *shown]).encode("cp1252")
    (doc,) = parse_pdf(font_pages([content], [(b"F1", HELVETICA)]))
    assert _rows(doc) == [
        ["Function", "Description"],
        *map(list, rows),
        ["ode.band", "integrates systems of ODEs resulting from one"],
    ]


def test_a_table_stacked_under_a_rule_across_in_one_frame_has_its_own_columns():
    """dbscan.pdf's Table 1: a second table of other columns under a double rule inside the first's
    frame; each part's rows keep a cell under each of its own columns, blank ones empty."""
    rules = [f"0.4 w 95 {y} m 500 {y} l S" for y in (712, 696, 666, 664, 648, 620)]
    cells = [(100, 702, "Library"), (200, 702, "DBSCAN"), (260, 702, "OPTICS")]
    cells += [
        (100, 686, "dbscan"),
        (200, 686, "yes"),
        (260, 686, "yes"),
        (100, 676, "SPMF"),
        (200, 676, "yes"),
    ]
    cells += [(100, 654, "Library"), (230, 654, "Index"), (330, 654, "Language")]
    cells += [
        (100, 638, "dbscan"),
        (230, 638, "yes"),
        (330, 638, "R"),
        (100, 628, "WEKA"),
        (330, 628, "Java"),
    ]
    prose = "BT /F1 10 Tf 72 740 Td (The table below compares the libraries that implement the method.) Tj ET"
    content = "\n".join([*rules, prose, *(text_at(x, y, text, 8) for x, y, text in cells)]).encode("cp1252")
    (doc,) = parse_pdf(font_pages([content], [(b"F1", HELVETICA)]))
    assert _rows(doc) == [
        ["Library", "DBSCAN", "OPTICS"],
        ["dbscan", "yes", "yes"],
        ["SPMF", "yes", ""],
        ["Library", "Index", "Language"],
        ["dbscan", "yes", "R"],
        ["WEKA", "", "Java"],
    ]
