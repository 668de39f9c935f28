"""A two-column page whose right column holds a description list (issue 15, R vignette pool:
an R vignette). Its few full lines made the left column's edge the page's, so the whole right
column was cut as right-margin names; pdfminer read the left column's rows among the right
column's; the rows where the two columns' last lines stand side by side (list rows beside an
address) were taken as a table; and a description list's terms ran on the description before them
("… of the elements of a vector permutations Enumerate the permutations …")."""

from __future__ import annotations

from dataclasses import replace

from pdf_objects import HELVETICA, escaped, one_page
from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import TABLE
from sloika.pipelines.formats.pdf_reflow import paragraphs

BOLD = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
SIZE, LEADING, SPACE = 9.0, 11.0, 3.0  # type size, baseline to baseline, a word space
HANG, GUTTER = 18.0, 20.0  # a description's wrapped lines hang this far right of its term; between columns


def _width(text: str, font: str = "Helvetica") -> float:
    return sum(FONT_METRICS[font][1][char] for char in text) * SIZE / 1000


INTRO = [
    "The package gathers small functions that its author",
    "found himself needing again and again but that did",
    "not seem to be available in any other package. Unlike",
    "many packages it is not organized by topic: it holds",
    "a mixture of routines that make daily work with data",
    "a little easier. They are bundled as a package for",
    "three reasons: to share them with others, to get the",
    "feedback on their bugs and their shortcomings, and to",
    "be forced to document and test the code properly.",
]
# (term, description lines) in each column, the right column's full lines fewer than half the left's
LEFT_ITEMS = [
    ("choose", ["Enumerate the ways to choose items", "from the elements of a vector"]),
    ("tally", ["Count the values of a factor"]),
]
RIGHT_ITEMS = [
    ("meanplot", ["Plot the group means and their confidence", "intervals of each group"]),
    ("overlay", ["Compute the value of a function over a local", "region of an x-y plot"]),
    ("smooth", ["Plot the points with a locally smoothed mean", "and the standard deviation"]),
    ("rolling", ["Apply a function over adjacent subsets"]),
]
LEFT = 50.0
LEFT_END = LEFT + max(_width(text) for text in INTRO) + 2  # the left column's edge: its lines justified to it
RIGHT = LEFT_END + GUTTER
RIGHT_END = RIGHT + LEFT_END - LEFT
ADDRESS = ["Jane Q. Author", "Department of Statistics", "Example University"]


def _words(x: float, y: float, words: list[str], font: bytes = b"F1", end: float | None = None) -> bytes:
    """The words as TeX sets a line: one array, no space glyph, each gap a kern (``TJ``); ``end``: the
    gaps widened for the line to end there (justified)."""
    name = "Helvetica-Bold" if font == b"F2" else "Helvetica"
    natural = sum(_width(word, name) for word in words)
    gap = (end - x - natural) / (len(words) - 1) if end is not None else SPACE
    assert gap > 0, words
    kern = b" %.1f " % (-gap * 1000 / SIZE)
    return b"BT /%s %.1f Tf %.2f %.2f Td [%s] TJ ET" % (
        font,
        SIZE,
        x,
        y,
        kern.join(b"(%s)" % escaped(word) for word in words),
    )


def _item(x: float, y: float, term: str, lines: list[str], end: float) -> tuple[list[bytes], float]:
    """A description list's entry: the bold term and the description's first line, its next lines
    hanging; a line of the description as long as the column's measure is justified to ``end``."""
    start = x + _width(term, "Helvetica-Bold") + SPACE
    full = len(lines) > 1  # a paragraph's lines but its last are justified
    drawn = [_words(x, y, [term], b"F2"), _words(start, y, lines[0].split(), end=end if full else None)]
    for text in lines[1:]:
        y -= LEADING
        drawn.append(_words(x + HANG, y, text.split()))
    return drawn, y - LEADING - 4


def _page() -> bytes:
    drawn, y = [], 720.0
    for at, text in enumerate(INTRO):
        drawn.append(_words(LEFT, y, text.split(), end=LEFT_END if at < len(INTRO) - 1 else None))
        y -= LEADING
    y -= 8
    for term, lines in LEFT_ITEMS:
        more, y = _item(LEFT + 12, y, term, lines, LEFT_END)
        drawn += more
    last = y + LEADING + 4  # the left column's last row
    y = 720.0
    for term, lines in RIGHT_ITEMS:
        more, y = _item(RIGHT, y, term, lines, RIGHT_END)
        drawn += more
    for at, text in enumerate(ADDRESS):  # the address ends on the left column's last row
        drawn.append(_words(RIGHT, last + LEADING * (len(ADDRESS) - 1 - at), text.split()))
    return one_page(b"\n".join(drawn), [(b"F1", HELVETICA), (b"F2", BOLD)])


def _entries(items: list[tuple[str, list[str]]]) -> list[str]:
    """Each entry's term a paragraph, its description the next (a run-in term stands apart)."""
    return [part for term, lines in items for part in (term, " ".join(lines))]


def test_right_column_of_a_description_list_is_read_whole_in_order():
    """Every line of the right column is kept, after the left column, each term with its
    description and the address lines apart; nothing is cut as a margin name, no table is made."""
    parsed = parse_pdf(_page())[0]
    assert parsed.text.split("\n\n") == [
        " ".join(INTRO),
        *_entries(LEFT_ITEMS),
        *_entries(RIGHT_ITEMS),
        *ADDRESS,
    ]
    assert [s.attrs for s in parsed.layers.get("removed", [])] == []
    assert [s.label for s in parsed.spans if s.label == "table"] == []


def line(text: str, x0: float, top: float, x1: float | None = None) -> Line:
    """A body line; ``x1``: where it ends when justified to a column's edge."""
    return Line(0, text, x0, x1 or x0 + _width(text), top, top + SIZE, SIZE, 792.0)


def column(texts: list[str], x0: float, x1: float, top: float) -> list[Line]:
    """A justified column's lines from ``top`` down, its last line short."""
    return [
        line(text, x0, top + LEADING * at, x1 if at < len(texts) - 1 else None)
        for at, text in enumerate(texts)
    ]


def test_columns_read_back_and_forth_are_put_in_column_order():
    """Lines of two columns in the order pdfminer may read them (the left column's second half
    after the right column's first) are read left column first, then the right; the line across
    both columns over them stays first."""
    title = Line(0, "Something for everyone", LEFT, RIGHT_END, 60.0, 78.0, 18.0, 792.0)
    left, right = column(INTRO, LEFT, LEFT_END, 100), column(INTRO[:6], RIGHT, RIGHT_END, 100)
    layout = lay_out([[title, *left[:4], *right[:3], *left[4:], *right[3:]]], [[]])
    assert [ln.text for ln in layout.pages[0]] == [title.text, *INTRO, *INTRO[:6]]


def test_side_by_side_rows_of_two_columns_are_no_table():
    """Short lines of the two columns standing on the same rows at the columns' foot (a list's last
    entries beside an address) stay in the text in column order, not a table's cells."""
    left, right = column(INTRO, LEFT, LEFT_END, 100), column(INTRO[:5], RIGHT, RIGHT_END, 100)
    foot = 100 + LEADING * len(INTRO) + 6
    items = ["shade Plot error bands", "the number of groups", "stack Plot boxes"]
    lows = [line(text, LEFT, foot + LEADING * at) for at, text in enumerate(items)]
    address = [line(text, RIGHT, foot + LEADING * at) for at, text in enumerate(ADDRESS)]
    layout = lay_out([[*left, *lows, *right, *address]], [[]])
    assert layout.tables == []
    assert not any(ln.text.startswith(TABLE) for ln in layout.pages[0])
    assert [ln.text for ln in layout.pages[0]] == [*INTRO, *items, *INTRO[:5], *ADDRESS]


def test_one_column_page_keeps_its_order_and_its_table():
    """A page of one column with a table of short cells under its prose has no gutter: the prose
    stays one paragraph in the order read, and the cells are a table."""
    lines = column(INTRO, LEFT, RIGHT_END, 100)
    foot = 100 + LEADING * len(INTRO) + 12
    cells = [("alpha", "level"), ("beta", "power"), ("gamma", "shape"), ("delta", "shift")]
    for at, (name, value) in enumerate(cells):
        lines += [line(name, LEFT, foot + LEADING * at), line(value, LEFT + 150, foot + LEADING * at)]
    layout = lay_out([lines], [[]])
    assert [table.rows for table in layout.tables] == [[list(cell) for cell in cells]]
    assert paragraphs(layout.pages)[0] == " ".join(INTRO)


LEAD_IN = [
    "Among other information, the basic class of the package contains the",
    "values that each of its methods computes, and it is returned by all of",
    "the functions that estimate an indicator, which hold these components:",
]
ENTRIES = [
    "value: the point estimate.",
    "valueByStratum: a data frame of the point estimates for each domain.",
]


def _pages(first: list[str]) -> list[list[Line]]:
    """A page ending on ``first``'s lines, full ones (its last too), and the next page opening with
    the entries, one a line, at the same margin."""
    end = LEFT + max(_width(text) for text in first)
    page = [line(text, LEFT, 700 + LEADING * at, end) for at, text in enumerate(first)]
    overleaf = [
        Line(1, text, LEFT, LEFT + _width(text), 80 + 2 * LEADING * at, 89 + 2 * LEADING * at, SIZE, 792.0)
        for at, text in enumerate(ENTRIES)
    ]
    return [page, overleaf]


def test_definition_list_after_its_lead_in_overleaf_starts_apart():
    """A lead-in ending in a colon that fills the page's last line, and a definition list's first
    entry ("value: …") opening the next page: the entry is a paragraph of its own."""
    assert paragraphs(_pages(LEAD_IN)) == [" ".join(LEAD_IN), *ENTRIES]


def test_sentence_overleaf_after_a_colon_goes_on():
    """A line in lower case after a colon that opens no term ("the value …", no colon after its
    first word) goes on the sentence over the page break as before."""
    pages = _pages(LEAD_IN)
    pages[1][0] = replace(pages[1][0], text="the point estimate of each of them.")
    assert paragraphs(pages)[0] == " ".join([*LEAD_IN, "the point estimate of each of them."])
