"""A listing broken by pages of tables (issue 15, check 60 row 3, rgenoud.pdf pp. 14–17): an R
function starts at the foot of p. 14, pp. 15 and 16 each hold one table with its notes and its
caption under it, and the function goes on atop p. 17. The kept text had the function cut in two
by both tables: a listing went on past a table only where the table's caption stood right under it
and within two pages. The pages are built here; every text is written for the test."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line

from sloika.pipelines.formats.pdf import parse_pdf

LEFT = 81
LEAD = [
    "The third example is a robust estimator whose criterion is the spread of the scaled residuals,",
    "and using the function of the base package for that spread, the criterion may be written:",
]
HEAD = ["> spread <- function(b) {", "+   logistic <- function(x) { 1/(1+exp(-x)) }"]
REST = ["+   scaled <- function(y, yhat, n) {", "+     IQR((y-yhat)/sqrt(yhat*(n-yhat)))", "+   }", "+ }"]
AFTER = "The criterion is defined after the data are simulated, so that the data are in scope."
TABLES = [
    (
        ["1", "0.25"],
        ["2", "0.50"],
        "Note: a Mean values over fifty runs of the optimizer.",
        "Table 3: Mean values",
    ),
    (
        ["1", "0.01"],
        ["2", "0.02"],
        "Note: a Deviations over fifty runs of the optimizer.",
        "Table 4: Deviations",
    ),
]


def _table_page(first: list[str], second: list[str], note: str, caption: str) -> bytes:
    """A ruled table of two rows and two columns atop the page, its note and its caption under it."""
    rules = [b"0.4 w %d 760 m %d 720 l S" % (x, x) for x in (200, 300, 400)]
    rules += [b"0.4 w 200 %d m 400 %d l S" % (y, y) for y in (760, 740, 720)]
    cells = [
        helvetica_line(x, y, text, 9)
        for y, row in ((746, first), (726, second))
        for x, text in zip((210, 310), row, strict=True)
    ]
    under = [helvetica_line(200, 705, note, 8), helvetica_line(200, 685, caption, 10)]
    return b"\n".join([*rules, *cells, *under])


def _pages() -> bytes:
    """Four A4 pages: prose and the listing's head down to the foot, two table pages, the rest."""
    first = [helvetica_line(LEFT, 780 - 12 * at, text, 10) for at, text in enumerate(LEAD)]
    first += [code_line(LEFT, 90 - 11 * at, row, 9) for at, row in enumerate(HEAD)]
    last = [code_line(LEFT, 780 - 11 * at, row, 9) for at, row in enumerate(REST)]
    last.append(helvetica_line(LEFT, 725, AFTER, 10))
    pages = [b"\n".join(first), *(_table_page(*table) for table in TABLES), b"\n".join(last)]
    return font_pages(pages, [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_listing_goes_on_past_pages_of_tables_with_notes_and_the_tables_follow_it():
    """The function reads whole, one code block, and the two tables (each with its note and its
    caption) after it, then the sentence after the function."""
    doc = parse_pdf(_pages())[0]
    assert [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"] == [
        "\n".join(HEAD + REST)
    ]
    tables = [span.start for span in doc.spans if span.label == "table"]
    assert len(tables) == 2
    code_end = doc.text.index(REST[-1]) + len(REST[-1])
    assert code_end < tables[0] < doc.text.index(TABLES[0][2]) < doc.text.index(TABLES[0][3])
    assert doc.text.index(TABLES[0][3]) < tables[1] < doc.text.index(TABLES[1][3]) < doc.text.index(AFTER)
