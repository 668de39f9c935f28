"""A drawn diagram's boxes (issue 15, the forty-third check's row 03_pdf, pymzML.pdf's gzip header,
§1.4.5): a row of boxes went to ``structure`` as a table, but a box standing alone on its row,
"COMPRESSED BLOCKS" or "file comment, zero-terminated (xX)", stayed in the text as a line that
read like a heading. Geometry after pymzML.pdf's centred tabulars; names and sentences sloika's own;
expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, helvetica_line, without_tables  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

PROSE = [
    "The hive's log file opens with a header of fixed fields, each a byte or more long.",
    "Setting the note flag in the header adds one more field after the blocks of the log.",
    "That field holds the names of the frames and their offsets, ended with a zero byte.",
]


def _frame(x0: float, x1: float, bottom: float, top: float) -> bytes:
    """A box as a tabular draws it: a rule across at its top and its bottom, one down each side."""
    sides = [(x0, top, x1, top), (x0, bottom, x1, bottom), (x0, bottom, x0, top), (x1, bottom, x1, top)]
    return b" ".join(b"0.4 w %.1f %.1f m %.1f %.1f l S" % side for side in sides)


def _boxed(x: float, y: float, text: str) -> bytes:
    """``text`` at (x, y) in a frame drawn 4 pt round it (its width as Helvetica 10 pt sets it)."""
    line = helvetica_line(x, y, text, 10)
    width = sum(FONT_METRICS["Helvetica"][1][char] for char in text) / 100
    return line + b"\n" + _frame(x - 4, x + width + 4, y - 3, y + 10)


def test_a_lone_box_of_a_diagram_goes_with_the_diagram():
    row = [helvetica_line(x, 640, label, 10) for x, label in ((230, "ID1"), (262, "ID2"), (294, "CM"))]
    table = [*row, _frame(226, 322, 637, 650), b"0.4 w 258 637 m 258 650 l S 290 637 m 290 650 l S"]
    content = [
        helvetica_line(72, 700, PROSE[0], 10),
        *table,
        _boxed(240, 610, "LOG BLOCKS"),
        helvetica_line(72, 580, PROSE[1], 10),
        _boxed(210, 550, "note of frames, zero-ended (xX)"),
        helvetica_line(72, 520, PROSE[2], 10),
    ]
    doc = parse_pdf(font_pages([b"\n".join(content)], [(b"F1", HELVETICA)]))[0]
    assert without_tables(doc).split("\n\n") == PROSE
    cells = [row for span in doc.spans if span.label == "table" for row in span.attrs["rows"]]
    assert ["LOG BLOCKS"] in cells
    assert ["note of frames, zero-ended (xX)"] in cells


def test_a_framed_sentence_stays_text():
    """A sentence in a frame of its own is a boxed note, no diagram's box: it stays in the text."""
    content = [
        helvetica_line(72, 700, PROSE[0], 10),
        _boxed(150, 670, "Keep the log file closed while the hive is read."),
        helvetica_line(72, 640, PROSE[1], 10),
    ]
    doc = parse_pdf(font_pages([b"\n".join(content)], [(b"F1", HELVETICA)]))[0]
    assert doc.text.split("\n\n") == [PROSE[0], "Keep the log file closed while the hive is read.", PROSE[1]]


def test_a_framed_line_a_sentence_announces_stays_text():
    """A line framed under a sentence that ends on a colon is what the sentence announces (the
    fiftieth check's ghab-doc.pdf: "… which has the following syntax:" over a framed
    "\\darghab [⟨width⟩] {⟨text⟩}", read as a one-cell table): it stays in the text, after it."""
    lead_in = "The hive reads its log with one command, which has the following syntax:"
    content = [
        helvetica_line(72, 700, lead_in, 10),
        _boxed(76, 676, "readlog [width] {text}"),
        helvetica_line(72, 650, PROSE[1], 10),
    ]
    doc = parse_pdf(font_pages([b"\n".join(content)], [(b"F1", HELVETICA)]))[0]
    assert doc.text.split("\n\n") == [lead_in, "readlog [width] {text}", PROSE[1]]
    assert not [span for span in doc.spans if span.label == "table"]


def test_a_framed_numbered_heading_stays_a_heading():
    """BAMG's manual (the fifty-fifth check) frames its section headings, "2.3 Smoothing, quad, and
    Utility Parameter", each a box of its own: once its image-mask rules were read as rules, the
    heading went to ``structure`` as a one-cell table. A numbered heading is no diagram's box."""
    heading = "2.3 Smoothing and Utility Parameters"
    content = [
        helvetica_line(72, 700, PROSE[0], 10),
        _boxed(76, 670, heading),
        helvetica_line(72, 640, PROSE[1], 10),
    ]
    doc = parse_pdf(font_pages([b"\n".join(content)], [(b"F1", HELVETICA)]))[0]
    assert doc.text.split("\n\n") == [PROSE[0], heading, PROSE[1]]
    assert not [span for span in doc.spans if span.label == "table"]
