"""A line of C as CWEB (cweave) sets it, a reserved word in bold, then a wide space and the rest in
italic, is one line: its keyword is no run-in term (issue 15, the sixty-second check's row 3:
qprint-doc's qprint.pdf read "#define" / "REVDATE …", "case" / "Rule_1:", "return" / "TRUE;" and
"static int" / "EBCDIC_out = FALSE;" each as two paragraphs, 18 statements torn). A bold term
before prose in the text's face is still a run-in term, which opens its definition. All texts are
written for the tests; the expected texts are the lines as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, helvetica_line, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_line_record import RUN_IN  # noqa: E402
from sloika.pipelines.formats.pdf_lines import read_lines  # noqa: E402

BOLD = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
ITALIC = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", BOLD), (b"F3", ITALIC)]
INTRO = "The following definitions give the program its constants and the codes it answers with."


def _page(rows: list[tuple[str, str]]) -> bytes:
    """A sentence, then under it one line a row: ``keyword`` in bold and, an em after it, ``rest``
    in italic, as cweave sets a C statement."""
    from pdfminer.fontmetrics import FONT_METRICS

    lines = [helvetica_line(72, 700, INTRO, 10)]
    for at, (keyword, rest) in enumerate(rows):
        end = 72 + sum(FONT_METRICS["Helvetica-Bold"][1][char] for char in keyword) / 100
        y = 685 - 12 * at  # a skip over the code, as cweave sets one
        lines.append(b"BT 72 %d Td /F2 10 Tf (%s) Tj ET" % (y, escaped(keyword)))
        lines.append(b"BT %.2f %d Td /F3 10 Tf (%s) Tj ET" % (end + 10, y, escaped(rest)))
    return one_page(b" ".join(lines), FONTS)


STATEMENTS = [
    ("#define", "TRUE 1"),
    ("#define", 'REVDATE "16th December 2014"'),
    ("case", "Rule_1:"),
    ("return", "TRUE;"),
    ("static int", "EBCDIC_out = FALSE; /* Generate EBCDIC-compatible output */"),
]


def test_a_bold_keyword_stays_on_its_statement():
    """Each printed line is whole in the text, its keyword in no paragraph of its own (how the
    lines join into paragraphs is the reflow's, as for any proportional listing)."""
    (doc,) = parse_pdf(_page(STATEMENTS))
    paragraphs = doc.text.split("\n\n")
    assert [f"{keyword} {rest}" in doc.text for keyword, rest in STATEMENTS] == [True] * len(STATEMENTS)
    assert not {keyword for keyword, _ in STATEMENTS} & set(paragraphs)


def test_a_bold_term_before_prose_is_still_a_run_in_term():
    """A lower-case bold term before a capitalised sentence ending in ";" is a definition's term,
    marked ``RUN_IN`` for the reflow: its rest is prose (two words in a row), no statement."""
    pages, _, _ = read_lines(_page([("verbose", "Print every file name as it is read;")]))
    assert [line.text for line in pages[0]][-1] == f"verbose {RUN_IN} Print every file name as it is read;"
