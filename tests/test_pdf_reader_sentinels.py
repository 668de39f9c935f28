"""No reader sentinel in the output (issue 15, thirty-second check rows 1 and 3).

The PDF reader marks places in a line with private-use characters of its own (``SENTINELS``: a
footnote mark's ``MARK_OPEN``/``MARK_CLOSE``, a placeholder's lead): they are the reader's, never
the text's. A solver log's "--> number of parts : 2" on a page with a footnote 2 read as a plain
reference an FO processor set on the baseline, and the wrapped "2" stayed in the ``code`` span as
"\\ue0002\\ue001"; a formula row cut as ``math`` kept its raised "1" wrapped the same way. A plain
digit in a typewriter line is the listing's own, and a raised digit of a cut row reads as the
superscript it is ("c d¹"). A contents entry whose bold words end on a name in another font ("4
Introduction to the GenABEL-package", GenABEL-tutorial.pdf) read as a run-in term, and its
``RUN_IN`` stayed in the ``contents`` record (and in a table cell opening on a bold name,
zoo-faq.pdf): a record parts no paragraph. A ruled table inside another (sandwich.pdf p. 7, a plot's
legend) left its placeholder in the outer table's cell and was lost. ``parse_pdf`` checks its text
and records for the sentinels (``_sentinels_checked``), and every PDF the tests ship is read here
without one. A footnote whose text is all typewriter (tipa's vowel.pdf, forty-third check: the
author's address under a "*") kept the code paragraph's mark and the manual was refused. Pages
hand-built; texts sloika's own, expected values typed by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    HELVETICA_BOLD,
    code_lines,
    font_pages,
    helvetica_pages,
    one_page,
    text_at,
)

from sloika.pipelines.formats.base import FormatError  # noqa: E402
from sloika.pipelines.formats.pdf import SENTINELS, parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402
from sloika.pipelines.formats.pdf_page_rows import TABLE

DATA = Path(__file__).parent / "data"
LOG = [
    "part 1 : 12 variables and 9 constraints (really added)",
    "part 2 : 10 variables and 7 constraints (really added)",
    "--> number of parts : 2",
    "--> time : 0.000 seconds.",
]


def _sentinels(doc) -> list[str]:
    """Each text of ``doc`` (its text, its spans' and records' attributes) that holds a sentinel."""
    texts = [doc.text] + [
        str(span.attrs) for layer in [doc.spans, *doc.layers.values()] for span in layer if span.attrs
    ]
    return [text for text in texts if any(char in text for char in SENTINELS)]


def _log_page() -> bytes:
    """Prose with a raised note mark "2", a solver log in Courier whose last but one line ends on a
    plain "2", prose, and note 2 at the page's foot."""
    prose = [
        "The solver splits the problem into parts before it searches each of them in turn, and",
        "it prints how many parts it found on a line of its own at the end of the split.",
    ]
    parts = [b"BT /F1 11 Tf 72 700 Td (%s) Tj ET" % prose[0].encode()]
    parts.append(b"BT /F1 11 Tf 72 686 Td (%s) Tj /F1 7 Tf 4 Ts (2) Tj 0 Ts ET" % prose[1].encode())
    for at, line in enumerate(LOG):
        parts.append(b"BT /F2 8 Tf 0 Tw 72 %d Td (%s) Tj ET" % (656 - 10 * at, line.encode()))
    after = "The time is the wall clock time the split took, in seconds, as the log reports it."
    parts.append(b"BT /F1 11 Tf 72 600 Td (%s) Tj ET" % after.encode())
    note = "Parts are solved one after another in the order of the tree."
    parts.append(b"BT /F1 8 Tf 72 90 Td 3 Ts (2) Tj 0 Ts ( %s) Tj ET" % note.encode())
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_plain_digit_ending_a_log_line_is_the_logs():
    """The log's "2" after "parts :" is no reference to note 2: the line keeps it, with its space."""
    (doc,) = parse_pdf(_log_page())
    assert code_lines(doc) == LOG, doc.text
    assert _sentinels(doc) == []


def _formula_page() -> bytes:
    """A sentence set around a row of an inline formula in script size whose last glyph is a
    smaller raised "1" (no note on the page)."""
    rows = [
        "A matrix small enough for a line of text is given by the small matrix",
        "environment, and it fits between the words of a sentence better than any other",
        "matrix could when an author wants it to be set in the middle of the text and",
    ]
    parts = [
        b"BT /F1 10 Tf 72 %d Td (%s) Tj ET" % (760 - 12 * at, row.encode()) for at, row in enumerate(rows)
    ]
    parts.append(b"BT /F1 7 Tf 160 727 Td (c d) Tj /F1 5 Tf 3 Ts (1) Tj 0 Ts ET")
    parts.append(
        b"BT /F1 10 Tf 72 716 Td (a line of text. The delimiters must still be given by the author.) Tj ET"
    )
    return helvetica_pages([b"\n".join(parts)])


def test_a_raised_digit_in_a_cut_formula_row_is_its_superscript():
    """The row goes to ``removed`` as ``math`` with its raised "1" as "¹", no mark around it."""
    (doc,) = parse_pdf(_formula_page())
    maths = [s.attrs["text"] for s in doc.layers.get("removed", []) if s.attrs.get("why") == "math"]
    assert maths == ["c d¹"], maths
    assert _sentinels(doc) == []


def _display_page() -> bytes:
    """Prose ending its sentence, a display "a+" with a raised "1" set apart under it (the numerator
    of a continued fraction: Algo.book.pdf p. 27), prose again, a note mark 1 and note 1 at the foot."""
    before = [
        "The error function has a continued fraction expansion that converges for every",
        "value of its argument in the right half of the complex plane, and we write it so.",
    ]
    after = [
        "Here the factor in front of the fraction is taken out so that its terms stay small",
        "enough for the computation in floating point, as the book explains in its notes.",
    ]
    parts = [text_at(72, 700 - 12 * at, row, 10) for at, row in enumerate(before)]
    parts.append("BT /F1 10 Tf 290 672 Td (a+) Tj /F1 7 Tf 4 Ts (1) Tj 0 Ts ET")
    parts += [text_at(72, 650 - 12 * at, row, 10) for at, row in enumerate(after)]
    parts.append("BT /F1 10 Tf 72 626 Td (The bounds are in a note.) Tj /F1 7 Tf 4 Ts (1) Tj 0 Ts ET")
    parts.append("BT /F1 8 Tf 72 90 Td 3 Ts (1) Tj 0 Ts ( The book gives the bounds of the error too.) Tj ET")
    return helvetica_pages(["\n".join(parts).encode()])


def test_a_raised_digit_in_a_display_cut_as_a_fragment_is_its_superscript():
    """The display, too short for a word, goes to ``removed`` as a ``fragment`` with its raised "1"
    as "¹": a note 1 on the page makes the digit a mark, which the parser resolves in the flow only
    (the record kept it between the reader's marks, and the guard refused the whole book)."""
    (doc,) = parse_pdf(_display_page())
    fragments = [s.attrs["text"] for s in doc.layers["removed"] if s.label == "fragment"]
    assert fragments == ["a+\u00b9"], fragments
    assert _sentinels(doc) == []


ENTRIES = [  # font, entry, a name in Courier after it, page number
    ("F2", "1 Overview", "", 2),
    ("F1", "1.1 Download the necessary files . . . . . . . . . . . . . .", "", 2),
    ("F2", "2 Introduction to the", "GenABEL-package", 3),
    ("F1", "2.1 General description of the data . . . . . . . . . . . .", "", 3),
]
BODY = "The tutorial walks through an association analysis step by step, from the raw data to the tables."


def _contents_page() -> bytes:
    """A title, "Contents", and entries with their page numbers at the right margin: the chapters'
    in bold, one of them ending on a package's name in Courier (a capital in another font after
    bold words: the line reads as a run-in term and its definition)."""
    rows = [text_at(72, 760, "A tutorial for association analysis", 17, "F2")]
    rows.append(text_at(72, 700, "Contents", 14, "F2"))
    for at, (font, entry, name, number) in enumerate(ENTRIES):
        y = 670 - 16 * at
        name = f" /F3 10 Tf ( {name}) Tj" if name else ""
        rows.append(f"BT /{font} 10 Tf 72 {y} Td ({entry}) Tj{name} ET")
        rows.append(text_at(520, y, str(number), 10, font))
    return "\n".join(rows).encode()


def _sections_page(headings: list[str]) -> bytes:
    """The sections the contents list: each heading in bold over four lines of prose."""
    rows, y = [], 760
    for heading in headings:
        rows.append(text_at(72, y, heading, 14, "F2"))
        rows += [text_at(72, y - 24 - 12 * at, BODY, 10) for at in range(4)]
        y -= 24 + 12 * 4 + 12
    return "\n".join(rows).encode()


def test_a_contents_entry_ending_on_a_name_in_another_font_keeps_no_run_in_mark():
    """The contents go to ``removed`` with "2 Introduction to the GenABEL-package 3" as printed."""
    pages = [
        _contents_page(),
        _sections_page(["1 Overview", "1.1 Download the necessary files"]),
        _sections_page(["2 Introduction to the GenABEL-package", "2.1 General description of the data"]),
    ]
    (doc,) = parse_pdf(font_pages(pages, [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD), (b"F3", COURIER)]))
    records = [s.attrs["text"] for s in doc.layers["removed"] if s.label == "contents"]
    assert records == [
        "Contents\n1 Overview 2\n1.1 Download the necessary files . . . . . . . . . . . . . . 2\n"
        "2 Introduction to the GenABEL-package 3\n"
        "2.1 General description of the data . . . . . . . . . . . . 3"
    ], records
    assert _sentinels(doc) == []


def _grid(xs: list[float], ys: list[float]) -> list[tuple[float, float, float, float]]:
    """A ruled grid: a column rule at each x, a row rule at each y, touching at the corners."""
    return [(x, ys[0], x, ys[-1]) for x in xs] + [(xs[0], y, xs[-1], y) for y in ys]


def _at(text: str, x0: float, top: float) -> Line:
    return Line(0, text, x0, x0 + 5 * len(text), top, top + 10.0, 10.0, 842.0)


def test_a_ruled_table_inside_another_stays_a_table_of_its_own():
    """A grid ruled inside a cell of another, its rules apart from the outer ones and read first: the
    outer table's cells are its own lines, never the inner table's placeholder, and both tables stand
    in the text (the inner one was lost inside the outer one's cells)."""
    lead = "The estimates of the model are given in the table below, the fixed effects in its lower row."
    page = [
        _at(lead, 50, 60),
        _at("Model", 60, 170),
        _at("Estimate", 310, 170),
        _at("Fixed effects", 60, 320),
    ]
    page += [_at("a", 330, 290), _at("b", 440, 290), _at("1.5", 330, 345), _at("2.5", 440, 345)]
    rules = _grid([320, 430, 530], [270, 325, 380]) + _grid([50, 300, 550], [100, 250, 400])
    layout = lay_out([page], [rules])
    assert [table.rows for table in layout.tables] == [
        [["a", "b"], ["1.5", "2.5"]],
        [["Model", "Estimate"], ["Fixed effects"]],
    ]
    assert [line.text for line in layout.pages[0]] == [lead, f"{TABLE}1", f"{TABLE}0"]


def test_a_table_cell_opening_on_a_bold_name_keeps_no_run_in_mark():
    """A ruled table's last row, a bold package name and its description in one cell (zoo-faq.pdf's
    "PerformanceAnalytics Econometric tools …"), reads as printed: no run-in term's mark in the cell."""
    rows = [("zoo", "Ordered observations"), ("xts", "Extensible time series"), ("TTR", "Trading rules")]
    tops = [660, 640, 620, 600, 580]
    parts = [text_at(72, 720 - 12 * at, BODY, 10) for at in range(3)]
    for top, (name, description) in zip(tops, rows, strict=False):
        parts += [text_at(80, top - 14, name, 10, "F2"), text_at(260, top - 14, description, 10)]
    last = "BT /F2 10 Tf 80 %d Td (PerformanceAnalytics) Tj /F1 10 Tf ( Econometric tools for risk) Tj ET"
    parts.append(last % (tops[3] - 14))
    parts += [f"{x} {tops[0]} m {x} {tops[-1]} l S" for x in (72, 250, 540)]
    parts += [f"72 {top} m 540 {top} l S" for top in tops]
    parts += [text_at(72, 540 - 12 * at, BODY, 10) for at in range(3)]
    (doc,) = parse_pdf(one_page("\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)]))
    (table,) = [span.attrs["rows"] for span in doc.spans if span.label == "table"]
    assert table == [[name, description] for name, description in rows] + [
        ["PerformanceAnalytics Econometric tools for risk"]
    ], table
    assert _sentinels(doc) == []


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.pdf")), ids=lambda path: path.name)
def test_no_sentinel_in_a_shipped_pdf(path: Path):
    """Every PDF under tests/data reads with no sentinel in its text, structure or records."""
    try:
        docs = parse_pdf(path.read_bytes())
    except FormatError as error:
        assert error.reason != "reader_error", error
        return
    assert [text for doc in docs for text in _sentinels(doc)] == []


def _address_note_page() -> bytes:
    """A title block whose author's name carries a raised "*", prose, and note "*" at the page's
    foot: the author's e-mail address set in Courier (tipa's vowel.pdf, the forty-third check)."""
    prose = [
        "The package draws the vowel diagrams of phonetics: the chart of the International",
        "Phonetic Alphabet and the shapes older books use, each with its vowels set in place.",
        "Its options choose the shape of the diagram and how many levels of height it shows.",
    ]
    parts = [text_at(220, 740, "Vowel package manual", 17)]
    parts.append("BT /F1 12 Tf 250 716 Td (Anna Lindqvist) Tj /F1 8 Tf 4 Ts (*) Tj 0 Ts ET")
    parts += [text_at(72, 680 - 12 * at, row, 10) for at, row in enumerate(prose)]
    parts.append("BT /F1 7 Tf 72 94 Td 3 Ts (*) Tj 0 Ts /F2 8 Tf (anna@phon.example.org) Tj ET")
    return one_page("\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_footnote_set_in_typewriter_keeps_no_code_mark():
    """A note whose text after its mark is all typewriter (an address) reflows as a code paragraph;
    the note reads its text, "anna@phon.example.org", never the code paragraph's ``CODE`` mark (the
    guard refused the whole manual as the reader's error)."""
    (doc,) = parse_pdf(_address_note_page())
    notes = [(doc.text[s.start : s.end], s.attrs) for s in doc.spans if s.label == "footnote"]
    assert notes == [("anna@phon.example.org", {"mark": "*"})], notes
    assert _sentinels(doc) == []
