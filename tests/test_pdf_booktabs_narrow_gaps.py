"""A booktabs table's columns parted by a narrow gap that pdfminer reads across, and a narrower
booktabs table under another's caption (issue 15, rgsepd.pdf's Tables 2 to 5).

xtable sets a column of figures flush right an em before a column of names flush left; pdfminer read
"0.02 ACADM" as one line in every row, so the PADJ and HGNC columns were one ("PADJ HGNC" over
"0.02 ACADM"), and Table 4's row names, figures and GO terms ran together ("524 GO:0002262",
"0.02 myeloid cell homeostasis Up"). Table 2, its rules narrower than Table 1's over it, was read
as Table 1's ``\\cmidrule``s: it went without columns, "5 blood.1" one cell. Pages hand-built in
Helvetica, their texts sloika's own, the cells written by hand from what the page shows."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, helvetica_width, text_at  # noqa: E402

from sloika.pipelines.formats.base import Parsed  # noqa: E402
from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SIZE = 8
PROSE = "BT /F1 10 Tf 72 740 Td (The table below lists the genes that the comparison found.) Tj ET"


def _flush_right(end: float, y: float, text: str) -> str:
    """``text`` set to end at ``end``: a figure in a column set flush right."""
    return text_at(end - helvetica_width(text, SIZE), y, text, SIZE)


def _page(rules: list[float], cells: list[str], width: tuple[float, float] = (95, 500)) -> Parsed:
    """A page of a line of prose over a table ruled across only, at the heights ``rules``, its
    ``cells`` (content-stream pieces) in Helvetica."""
    drawn = [f"0.4 w {width[0]} {y} m {width[1]} {y} l S" for y in rules]
    content = "\n".join([*drawn, PROSE, *cells]).encode("cp1252")
    (doc,) = parse_pdf(font_pages([content], [(b"F1", HELVETICA)]))
    return doc


def _tables(doc: Parsed) -> list[list[list[str]]]:
    return [span.attrs["rows"] for span in doc.spans if span.label == "table"]


GENES = [
    ("NM_000016", "0.02", "ACADM", "34"),
    ("NM_000028", "0.00", "AGL", "178"),
    ("NM_000029", "0.01", "AGT", "183"),
]


def test_a_column_of_figures_flush_right_an_em_before_names_is_a_column_of_its_own():
    """The PADJ figures end an em before the HGNC names start, in every row and in the header:
    pdfminer reads each row's "0.02 ACADM" as one line, yet the rows leave the em blank."""
    padj_end, hgnc = 200.0, 200.0 + SIZE
    cells = [text_at(100, 702, "REFSEQ", SIZE), _flush_right(padj_end, 702, "PADJ")]
    cells += [text_at(hgnc, 702, "HGNC", SIZE), text_at(260, 702, "ENTREZ", SIZE)]
    for at, (refseq, padj, name, entrez) in enumerate(GENES):
        y = 686 - 10 * at
        cells += [text_at(100, y, refseq, SIZE), _flush_right(padj_end, y, padj)]
        cells += [text_at(hgnc, y, name, SIZE), text_at(260, y, entrez, SIZE)]
    doc = _page([712, 696, 656], cells)
    assert _tables(doc) == [[["REFSEQ", "PADJ", "HGNC", "ENTREZ"], *map(list, GENES)]]
    assert "NM_000016 | 0.02 | ACADM | 34" in doc.text


def test_a_description_of_words_stays_one_cell_between_columns_an_em_off():
    """Table 4: row names flush right an em before GO ids, figures flush right an em before
    descriptions of several words, the direction an em after the widest description. The word
    spaces inside "myeloid cell homeostasis" are narrower and the other rows' words cross them."""
    rows = [
        ("524", "GO:0002262", "0.02", "myeloid cell homeostasis", "Up"),
        ("525", "GO:0002262", "0.02", "myeloid cell homeostasis", "Up"),
        ("4019", "GO:0006099", "0.03", "tricarboxylic acid cycle", "Down"),
        ("4020", "GO:0006099", "0.03", "tricarboxylic acid cycle", "Down"),
    ]
    widest = max(helvetica_width(row[3], SIZE) for row in rows)
    x_end, go, padj_end = 100.0, 100.0 + SIZE, 200.0
    term = padj_end + SIZE
    kind = term + widest + SIZE
    cells = [_flush_right(x_end, 702, "X"), text_at(go, 702, "category", SIZE)]
    cells += [
        _flush_right(padj_end, 702, "padj"),
        text_at(term, 702, "Term", SIZE),
        text_at(kind, 702, "Type", SIZE),
    ]
    for at, (name, category, padj, description, direction) in enumerate(rows):
        y = 686 - 10 * at
        cells += [
            _flush_right(x_end, y, name),
            text_at(go, y, category, SIZE),
            _flush_right(padj_end, y, padj),
        ]
        cells += [text_at(term, y, description, SIZE), text_at(kind, y, direction, SIZE)]
    doc = _page([712, 696, 646], cells, (80, 360))
    assert _tables(doc) == [[["X", "category", "padj", "Term", "Type"], *map(list, rows)]]
    assert "4019 | GO:0006099 | 0.03 | tricarboxylic acid cycle | Down" in doc.text


def test_a_blank_the_rows_share_but_do_not_line_up_on_parts_no_column():
    """Two descriptions, each with a space stretched to 0.8 em, the two blanks overlapping by a
    third of an em: the words after them start 0.3 em apart and the words before them end 0.3 em
    apart, so no column edge stands there; each description stays one cell."""
    first = "BT /F1 8 Tf 160 686 Td [(integrates the) -800 (stiff systems)] TJ ET"
    shift = helvetica_width("integrates the", SIZE) + 0.3 * SIZE - helvetica_width("solves all", SIZE)
    second = f"BT /F1 8 Tf {160 + shift:.2f} 676 Td [(solves all) -800 (delay equations)] TJ ET"
    cells = [text_at(100, 702, "Function", SIZE), text_at(160, 702, "Description", SIZE)]
    cells += [text_at(100, 686, "ode", SIZE), first, text_at(100, 676, "dede", SIZE), second]
    doc = _page([712, 696, 666], cells)
    assert _tables(doc) == [
        [
            ["Function", "Description"],
            ["ode", "integrates the stiff systems"],
            ["dede", "solves all delay equations"],
        ]
    ]


def test_a_narrower_table_under_a_tables_caption_is_a_table_of_its_own():
    """Table 2 under Table 1's caption, its three rules within Table 1's measure but narrower: its
    own table, with its own columns ("5" flush right an em before "blood.1", read as one line)."""
    first = [text_at(100, 702, "Sample", SIZE), text_at(200, 702, "Count", SIZE)]
    first += [text_at(100, 686, "adipose.1", SIZE), text_at(200, 686, "91717", SIZE)]
    first += [text_at(100, 676, "blood.1", SIZE), text_at(200, 676, "290", SIZE)]
    caption = (
        "BT /F1 10 Tf 72 640 Td (Table 1: First few rows of the included dataset, for more details.) Tj ET"
    )
    number_end, sample, condition = 150.0, 150.0 + SIZE, 220.0
    second = [text_at(sample, 602, "Sample", SIZE), text_at(condition, 602, "Short", SIZE)]
    for at, (number, name, group) in enumerate(
        [("1", "adipose.1", "AD1"), ("5", "blood.1", "BL1"), ("6", "blood.2", "BL2")]
    ):
        y = 586 - 10 * at
        second += [
            _flush_right(number_end, y, number),
            text_at(sample, y, name, SIZE),
            text_at(condition, y, group, SIZE),
        ]
    drawn = [f"0.4 w 95 {y} m 500 {y} l S" for y in (712, 696, 666)]
    drawn += [f"0.4 w 140 {y} m 300 {y} l S" for y in (612, 596, 556)]
    content = "\n".join([*drawn, PROSE, *first, caption, *second]).encode("cp1252")
    (doc,) = parse_pdf(font_pages([content], [(b"F1", HELVETICA)]))
    assert _tables(doc) == [
        [["Sample", "Count"], ["adipose.1", "91717"], ["blood.1", "290"]],
        [
            ["", "Sample", "Short"],
            ["1", "adipose.1", "AD1"],
            ["5", "blood.1", "BL1"],
            ["6", "blood.2", "BL2"],
        ],
    ]


def test_a_line_read_across_a_rule_down_in_its_blank_is_two_cells():
    """OaklispSummary.pdf's list operations, ruled all round: "slow" and "no" stand 0.75 em apart
    with the rule between the Sp and D columns in the blank, read as one line "slow no"; the rule
    parts them, and the row with no comment keeps its blank cell."""
    rows = [
        ("append", "append lists", "slow", "no", "(append a b)"),
        ("length", "", "slow", "no", "(length a)"),
        ("car", "first element", "fast", "no", "(car a)"),
    ]
    columns = (100, 150, 230, 252, 280)  # each column's left edge, a rule 3 or 4 pt left of each
    down = [f"0.4 w {x} {712} m {x} {666} l S" for x in (96, 146, 226, 249, 276, 380)]
    across = [f"0.4 w 96 {y} m 380 {y} l S" for y in (712, 698, 666)]
    cells = [
        text_at(x, 702, head, SIZE)
        for x, head in zip(columns, ("Type", "Comment", "Sp", "D", "Example"), strict=True)
    ]
    for at, row in enumerate(rows):
        cells += [text_at(x, 688 - 10 * at, text, SIZE) for x, text in zip(columns, row, strict=True) if text]
    content = "\n".join([*down, *across, PROSE, *cells]).encode("cp1252")
    (doc,) = parse_pdf(font_pages([content], [(b"F1", HELVETICA)]))
    assert _tables(doc) == [[["Type", "Comment", "Sp", "D", "Example"], *map(list, rows)]]
