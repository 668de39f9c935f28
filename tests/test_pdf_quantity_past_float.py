"""A sentence a page ended on an article, going on past a table atop the next page with a quantity
(issue 15, check 45, row 4, dbscan.pdf pp. 20–21): "… on a laptop equipped with an" ended page 20,
Table 2 and its caption opened page 21, and the sentence went on "2.5 GHz Intel Core i7 processor, …";
then came "5. Concluding Remarks" and its paragraph. The paragraph under the caption, set a float's
skip under it, was read as the caption's next lines, so only a float seemed read since the held
sentence, and the conclusion's paragraph (opening with a capital) was joined into the sentence;
the "2.5 GHz …" opening was taken for a clause's number. Pages hand-built (helpers of
test_pdf_authors_and_floats), words sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import without_tables  # noqa: E402
from test_pdf_authors_and_floats import FILLER, _justified, _parse, _text  # noqa: E402
from test_pdf_float_inside_sentence import ROWS  # noqa: E402

BEFORE = "We timed every library on the same data sets, each run repeated, on a laptop equipped with an"
AFTER = [
    "2.4 GHz processor and eight gigabytes of memory, running the operating system of its vendor. All",
    "the data sets were scaled to the unit interval in each dimension before the runs.",
]
CAPTION = "Table 2: The data sets used for the comparison."
HEADING = "5. Concluding Remarks"
CONCLUSION = "The package offers fast implementations of the clustering methods of this family."


def test_a_sentence_going_on_with_a_quantity_past_a_table_atop_the_next_page_reads_whole():
    first = [_justified(72, 780 - 14 * at, line) for at, line in enumerate([*FILLER * 10, BEFORE])]
    second = [
        _text(100 + 100 * col, 780 - 14 * at, cell)
        for at, row in enumerate(ROWS)
        for col, cell in enumerate(row)
    ]
    second += [_text(150, 710, CAPTION), _justified(72, 670, AFTER[0]), _text(72, 656, AFTER[1])]
    second += [_text(230, 620, HEADING, size=14), _text(72, 590, CONCLUSION)]
    doc = _parse([first, second])
    paragraphs = without_tables(doc).split("\n\n")
    assert paragraphs[-4].endswith(f"{BEFORE} {AFTER[0]} {AFTER[1]}")
    assert paragraphs[-3:] == [CAPTION, HEADING, CONCLUSION]
    assert [span.attrs["rows"] for span in doc.spans if span.label == "table"] == [[list(r) for r in ROWS]]
