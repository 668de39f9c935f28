"""Ruled boxes of data files' contents (issue 15, the forty-seventh check's 4ti2_manual.pdf, pp. 9–24):
a user's guide sets each input or output file as a box, its name over a rule and its matrix under it,
several boxes side by side in one ruled table ("system.mat | system.rel | …"). They were cut as tables
of figures, so "Then the input files look as follows:" led to nothing; a one-file box whose rows
pdfminer read a line a row was left as lines of numbers alone and cut as such, its name kept alone.
Hand-built pages; each expected text written by hand as the page prints it."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import escaped, helvetica_line, helvetica_page, without_tables  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LEAD = "We call our project system. Then the input files look as follows:"
AFTER = "Then we call the solver on the project files."


def _text(x: float, y: float, text: str) -> bytes:
    return b"BT /F1 10 Tf %.1f %.1f Td (%s) Tj ET" % (x, y, escaped(text))


def _box(edges: tuple[float, ...], across: tuple[float, ...]) -> list[bytes]:
    """Rules across the box at ``across`` (its top, under its heads, its bottom) and down it at
    ``edges`` (its sides and the rules between its files)."""
    top, bottom = across[0], across[-1]
    rules = [b"0.4 w %.1f %.1f m %.1f %.1f l S" % (edges[0], y, edges[-1], y) for y in across]
    return rules + [b"0.4 w %.1f %.1f m %.1f %.1f l S" % (x, top, x, bottom) for x in edges]


def _page(box: list[bytes], tables: bool = True) -> str:
    content = [helvetica_line(72, 740, LEAD, 10), *box, helvetica_line(72, 600, AFTER, 10)]
    doc = parse_pdf(helvetica_page(b"\n".join(content)))[0]
    return doc.text if tables else without_tables(doc)


def test_files_side_by_side_read_file_by_file_under_their_names():
    """Three files' boxes in one ruled table: each row's figures, set apart or read as one line across
    the rules down ("1 -1", "< < >", "2 1 1": one pdfminer line), are one cell a file, and each file
    is read whole, its name over its rows, left to right, in the text between the lead-in and the
    next sentence (session 71's check: read row by row across the files, "1 -1 | < < > | 2 1 1",
    the files' rows mixed)."""
    box = _box((100, 134, 180, 222), (712, 694, 640))
    box += [_text(104, 700, "mat"), _text(140, 700, "rel"), _text(186, 700, "rhs")]
    box += [_text(110, 682, "3"), _text(120, 682, "2"), _text(146, 682, "1"), _text(156, 682, "3")]
    box += [_text(190, 682, "1"), _text(200, 682, "3")]
    box += [b"BT /F1 10 Tf 2.8 Tw 106 670 Td (1 -1   < < >   2 1 1) Tj ET"]
    box += [_text(104, 658, "-3"), _text(120, 658, "1")]
    files = ["mat\n3 2\n1 -1\n-3 1", "rel\n1 3\n< < >", "rhs\n1 3\n2 1 1"]
    assert _page(box).split("\n\n") == [LEAD, *files, AFTER]


def test_a_ruled_table_of_single_figures_stays_read_across():
    """A ruled table whose cells are one figure each under word heads is a table, read row by row."""
    box = _box((100, 134, 180, 222), (712, 694, 640))
    box += [_text(104, 700, "year"), _text(140, 700, "count"), _text(186, 700, "mean")]
    box += [_text(110, 682, "1990"), _text(146, 682, "12"), _text(190, 682, "3")]
    box += [_text(110, 670, "1991"), _text(146, 670, "15"), _text(190, 670, "4")]
    assert _page(box).split("\n\n") == [LEAD, "year | count | mean\n1990 | 12 | 3\n1991 | 15 | 4", AFTER]


def test_one_files_box_reads_its_name_over_its_rows():
    """A box of one file, its name over a rule, each row of its matrix one line: the name and the
    rows, in the text."""
    rows = ["4 9", "0 2 1 2 1 0 1 0 2", "1 2 0 0 1 2 2 0 1"]
    box = _box((100, 200), (712, 694, 650)) + [_text(104, 700, "magic.ray")]
    box += [_text(110, 682 - 12 * at, row) for at, row in enumerate(rows)]
    assert _page(box).split("\n\n") == [LEAD, "\n".join(["magic.ray", *rows]), AFTER]


def test_files_whose_rows_stand_at_other_heights_are_not_read_mixed():
    """Two files' boxes whose rows stand half a row apart (one file's matrix set lower) read row by
    row would mix the files: the box stays out of the text, as before."""
    box = _box((100, 160, 220), (712, 694, 640)) + [_text(104, 700, "lat"), _text(164, 700, "sign")]
    box += [_text(110, 676, "2 4"), _text(110, 664, "1 -1 1 0"), _text(110, 652, "2 -3 0 1")]
    box += [_text(170, 682, "1 4"), _text(170, 670, "1 2 2 0")]
    assert _page(box, tables=False).split("\n\n") == [LEAD, AFTER]


def test_a_box_at_the_page_foot_keeps_its_last_rows_first_figure():
    """A one-file box running down to the page's foot, each row's first figure a line of its own
    (4ti2_manual.pdf's "4x4.mat", p. 20): the last row's "0" stands on the page's last row, in its
    outer edge, where a folio stands, but inside the box's rules among the text block's rows: it is
    the box's, not the page's number ("0 0 1 …" read short of its first "0")."""
    rows = [("3", "4"), ("1", "1 0 0"), ("0", "0 1 1"), ("0", "1 0 1")]
    box = _box((100, 200), (138, 120, 54))
    box += [_text(104, 126, "m.mat")]
    for at, (first, rest) in enumerate(rows):
        box += [_text(110, 108 - 14 * at, first), _text(132, 108 - 14 * at, rest)]
    lead = helvetica_line(72, 160, LEAD, 10)
    (doc,) = parse_pdf(helvetica_page(b"\n".join([lead, *box])))
    assert doc.text.split("\n\n") == [LEAD, "m.mat\n3 4\n1 1 0 0\n0 0 1 1\n0 1 0 1"]


def test_boxes_naming_the_files_a_command_writes_read_in_the_text():
    """A ruled row of two boxes, each holding a file's name alone (4ti2_manual.pdf p. 10, "This call
    creates files" over "system.qhom" | "system.qfree"), and a box of one name (p. 18, "4coins.gro"):
    no heads over rows, but the files the sentence names, read in the text where they stand."""
    two = _box((100, 180, 260), (712, 694)) + [
        _text(106, 700, "system.qhom"),
        _text(186, 700, "system.qfree"),
    ]
    assert _page(two).split("\n\n") == [LEAD, "system.qhom | system.qfree", AFTER]
    one = _box((100, 160), (712, 694)) + [_text(104, 700, "4coins.gro")]
    assert _page(one).split("\n\n") == [LEAD, "4coins.gro", AFTER]
