"""Typewriter code on a two-column page keeps to its column, and a captioned table whose first column
is set in typewriter stays a table (issue 15, a regression of txfonts' t1xtt counting as typewriter:
afex's introduction-mixed-models.pdf). Read with the left column's listing beside the right column's,
the two listings were one code block a row ("y ~ a + … library(…)"); the right column's paragraph
was read before the left column's listing under it, its last line after the right column's code; its
formula tables, typewriter formulas beside their meanings, were key rows with the header cut as
debris (a table since issue-tables44: a roman header over typewriter keys beside their meanings).
The pages below are hand-built with those features; the sentences and code are sloika's own and the
expected texts and rows are typed by hand.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
SIZE = 10
LEADING = 12
MEASURE = 240  # points: each column's width; a paragraph's lines but its last are justified to it
LEFT, RIGHT = 54, 313  # the columns' left edges, a gutter of 19 points between them


def _escaped(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode()


def _prose(x: float, y: float, text: str, full: bool) -> bytes:
    """A Helvetica line at (x, y); ``full``: its word spaces widened so that it ends at ``MEASURE``."""
    natural = sum(FONT_METRICS["Helvetica"][1][char] for char in text) * SIZE / 1000
    spacing = (MEASURE - natural) / text.count(" ") if full else 0.0
    return b"BT /F1 %d Tf %.3f Tw %.2f %.2f Td (%s) Tj ET" % (SIZE, spacing, x, y, _escaped(text))


def _code(x: float, y: float, text: str) -> bytes:
    """A Courier line at (x, y): 6 points a letter, so 6 points further right is one space in."""
    return b"BT /F2 %d Tf %.2f %.2f Td (%s) Tj ET" % (SIZE, x, y, _escaped(text))


def _paragraph(x: float, y: float, lines: list[str]) -> list[bytes]:
    return [_prose(x, y - LEADING * at, line, full=at < len(lines) - 1) for at, line in enumerate(lines)]


LEFT_CODE = ["fit <- model(y ~ dose +", "(dose|site))"]
LEFT_FIRST = [
    "The model above lets every site have its own",
    "intercept and its own slope for the dose, and it",
    "estimates how strongly the two go together. To",
    "read its tests, set the contrasts first:",
]
LEFT_LISTING = ["set_contrasts()", "summary(fit)"]
LEFT_SECOND = [
    "The summary gives a test for each term of the",
    "model, with the degrees of freedom it used and",
    "the value of its statistic.",
]
RIGHT_CODE = ['library("trials")', 'data("doses")']
RIGHT_TEXT = [
    "Loading the package also loads the data sets it",
    "ships, and the one read here holds the doses",
    "given at each site together with the outcome",
    "measured a week later. The first rows show that",
    "each site gave several doses, which is what lets",
    "the model estimate a slope for each of them and",
    "the spread of those slopes across the sites. A",
    "site with a single dose would add nothing to the",
    "slopes and only a little to the intercepts, and a",
    "model fitted to such sites alone would not tell",
    "the slopes apart.",
]


def _two_columns() -> bytes:
    """The left column top to bottom (a listing of two rows, a paragraph, a listing, a paragraph),
    then the right (a listing beside the left one, a paragraph beside the rest of the left column,
    its second listing too), as TeX draws a two-column page: both columns end on one row."""
    parts = [_code(LEFT, 530 - LEADING * at, row) for at, row in enumerate(LEFT_CODE)]
    parts += _paragraph(LEFT, 500, LEFT_FIRST)
    parts += [_code(LEFT, 440 - LEADING * at, row) for at, row in enumerate(LEFT_LISTING)]
    parts += _paragraph(LEFT, 408, LEFT_SECOND)
    parts += [_code(RIGHT, 530 - LEADING * at, row) for at, row in enumerate(RIGHT_CODE)]
    parts += _paragraph(RIGHT, 500, RIGHT_TEXT)
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_code_on_a_two_column_page_keeps_to_its_column():
    doc = parse_pdf(_two_columns())[0]
    paragraphs = [p for p in doc.text.split("\n\n") if p.strip()]
    assert paragraphs == [
        "fit <- model(y ~ dose +\n(dose|site))",
        "The model above lets every site have its own intercept and its own slope for the dose, and it "
        "estimates how strongly the two go together. To read its tests, set the contrasts first:",
        "set_contrasts()\nsummary(fit)",
        "The summary gives a test for each term of the model, with the degrees of freedom it used and "
        "the value of its statistic.",
        'library("trials")\ndata("doses")',
        "Loading the package also loads the data sets it ships, and the one read here holds the doses "
        "given at each site together with the outcome measured a week later. The first rows show that "
        "each site gave several doses, which is what lets the model estimate a slope for each of them "
        "and the spread of those slopes across the sites. A site with a single dose would add nothing "
        "to the slopes and only a little to the intercepts, and a model fitted to such sites alone would "
        "not tell the slopes apart.",
    ], doc.text
    code = [doc.text[s.start : s.end] for s in doc.spans if s.label == "code"]
    assert len(code) == 3, code


CAPTION = ("Table 1", "Terms of a model formula")
HEADER = ("term", "meaning")
TERMS = [
    ("a + b", "the effects of a and of b, without their interaction"),
    ("a:b", "only the interaction of a and b"),
    ("a * b", "both effects and their interaction"),
    ("0 + a", "no intercept, one parameter for each level of a"),
]
AFTER = "Spaces inside a formula are ignored, so a+b and a + b are the same model."


def _formula_table() -> bytes:
    """A caption of two lines, a Helvetica header, then the rows 12 points apart: each term in Courier
    at x 72, its meaning in Helvetica at x 130 (drawn column by column, as TeX's \\halign leaves them
    for pdfminer); a sentence under the table."""
    parts = [_prose(LEFT, 700 - LEADING * at, line, full=False) for at, line in enumerate(CAPTION)]
    parts += [_prose(x, 670, cell, full=False) for x, cell in zip((72, 130), HEADER, strict=True)]
    parts += [_code(72, 655 - LEADING * at, term) for at, (term, _) in enumerate(TERMS)]
    parts += [_prose(130, 655 - LEADING * at, meaning, full=False) for at, (_, meaning) in enumerate(TERMS)]
    parts.append(_prose(LEFT, 590, AFTER, full=False))
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_captioned_table_with_a_typewriter_first_column_stays_a_table():
    doc = parse_pdf(_formula_table())[0]
    rows = [s.attrs["rows"] for s in doc.spans if s.label == "table"]
    assert rows == [[list(HEADER), *(list(row) for row in TERMS)]], (rows, doc.text)
    removed = [(s.attrs.get("why"), s.attrs.get("text")) for s in doc.layers.get("removed", [])]
    assert not any("meaning" in (text or "") for _, text in removed), removed
    assert AFTER in doc.text
