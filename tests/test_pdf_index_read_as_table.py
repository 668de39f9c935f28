"""A two-column index page whose long entries run into the next column (a Sphinx manual's first
index page: "INDEX" set large, a "Symbols" group, entries like "__getitem__()
(pymzml.file_classes.standardGzip.StandardGzip method), 25" wrapping under themselves; issue 15,
the forty-third check's row 03_pdf). The page was taken for a table whose rows join the two
columns' pieces ("method), 25 _read_basic_header()"), no index by its rows, so it stayed a table
in the text while the next index pages went to ``removed``, and "INDEX" stood at the text's end
over nothing. A hand-built two-column page is read by columns without a table, so the test
builds the table the real page made. All texts here are written for the tests."""

from __future__ import annotations

from sloika.pipelines.formats.pdf_contents import _table_index
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import TABLE, Table


def _unit_line(text: str, top: float = 100.0) -> Line:
    return Line(page=0, text=text, x0=56, x1=540, top=top, bottom=top + 9, size=9, page_height=842)


def test_a_table_of_two_index_columns_reads_as_an_index_column_by_column():
    """The table the real page made, its two columns the index's: read across, its rows join the
    columns' pieces and are no index; read down each column, they are."""
    cells = [
        ["Symbols", "method), 24"],
        ["__add__() (shop.cart.Basket method), 7", "_open() (shop.storage.FileInterface method),"],
        ["__getitem__() (shop.storage.compressed.CompressedArchiveReader", "22"],
        ["method), 25", "_read_header() (shop.tools.Reader"],
        ["__getitem__() (shop.storage.plain.PlainTextReaderFactory", "method), 19"],
        ["method), 23", "_read_extremes() (shop.storage.plain.PlainTextReaderFactory"],
        ["__init__() (shop.storage.compressed.CompressedArchiveReader", "method), 24"],
        ["method), 25", "A"],
        ["__mul__() (shop.cart.Basket method), 8", "add() (shop.plot.Factory method), 20"],
        ["_allocate_bytes()", "C"],
        ["(shop.tools.Writer method), 17 Chromatogram", "(class in shop.spec), 15"],
        ["_binary_search() (shop.storage.plain.PlainTextReaderFactory", "E"],
        ["method), 23", "encoding (shop.tools.Writer property), 18"],
    ]
    page = [_unit_line("INDEX", 50), _unit_line(f"{TABLE}0")]
    read, origins = _table_index(page, [Table(page=0, rows=cells, ruled=False)], after_index=False)
    assert [line.text for line in read[:5]] == [
        "INDEX",
        "Symbols",
        "__add__() (shop.cart.Basket method), 7",
        "__getitem__() (shop.storage.compressed.CompressedArchiveReader",
        "method), 25",
    ]
    assert [line.text for line in read[14:16]] == [
        "method), 24",
        "_open() (shop.storage.FileInterface method),",
    ]
    assert origins[:3] == [0, 1, 1]
