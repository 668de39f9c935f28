"""A slide's columns (Beamer's ``columns`` environment) are read column by column, no table (issue 15,
check 63 row 5, rst2beamer3k's columns.pdf).

The slide "Simple columns" sets three blocks side by side, two paragraphs and a bulleted list, each
wrapped within its own narrow width: they were taken for a table and read across, row by row ("This
is a | So here, we should | • A list or image"). The slides "Containers as columns" and "Explicit
columns" set two paragraphs side by side, the left one longer: its lines under the rows it shares
with the right column were read after the right column, inside the left column's sentence. Lines
stand where the slides' stood, scaled to the page (``fitted_line``); the expected texts are the
slides' sentences typed by hand as the rendered slides print them. A table of short cells in rows
stays a table.

A narrow column's paragraph runs on across a line that ends a sentence short of the column's edge
where the next line's first word would not have fitted (the middle column's "… of the page in total."
+ "The 'width' argument …", the left column's "… other than rst2beamer." + "Therefore, we allow …"):
the slides set each column's text as one paragraph. Where the next word would have fitted, the line
ended its paragraph.
"""

from pdf_objects import HELVETICA, fitted_line, one_page

from sloika.pipelines.formats.pdf import parse_pdf

SCALE = 1.6  # the slide's 341 × 256 pt page in a US Letter page's width
SIZE = 9.8 * SCALE  # the slide's text size
DOWN = 80.0  # pt: the slide's top this far under the page's top


def slide(title: str, rows: list[tuple[float, float, float, str]]) -> bytes:
    """A one-page PDF of ``rows`` (x0, x1, top as on the slide, text) in the slide's text size under
    its frame ``title``."""
    lines = [fitted_line(12.1 * SCALE, 12.1 * SCALE + 7 * len(title) * SCALE, DOWN, title, size=12.9 * SCALE)]
    for x0, x1, top, text in rows:
        lines.append(fitted_line(x0 * SCALE, x1 * SCALE, DOWN + top * SCALE, text, size=SIZE))
    return one_page(b"\n".join(lines), [(b"F1", HELVETICA)])


def column(x0: float, top: float, lines: list[tuple[float, str]], step: float = 13.55) -> list[tuple]:
    """A column's rows from ``x0`` and ``top`` down, one every ``step`` pt: (x1, text) each."""
    return [(x0, x1, top + step * at, text) for at, (x1, text) in enumerate(lines)]


def paragraphs(pdf: bytes) -> list[str]:
    """The paragraphs after the slide's title, each's whitespace runs one space."""
    (doc,) = parse_pdf(pdf)
    return [" ".join(part.split()) for part in doc.text.split("\n\n")[1:] if part.strip()]


def read(pdf: bytes) -> tuple[str, int]:
    """The text after the slide's title, its whitespace runs one space, and its ``table`` spans."""
    (doc,) = parse_pdf(pdf)
    return " ".join(doc.text.split("\n\n", 1)[1].split()), sum(span.label == "table" for span in doc.spans)


LEFT = [
    (53.8, "This is a"),
    (106.6, "demonstration of the"),
    (98.0, "rst2beamer simple"),
    (99.3, "column directive. It"),
    (92.5, "should turn every"),
    (112.4, "element underneath it"),
    (112.0, "into a column, side by"),
    (106.8, "side with each other."),
]
MIDDLE = [
    (216.2, "So here, we should"),
    (207.8, "end up with three"),
    (206.7, "columns of equal"),
    (226.6, "width, occupying 0.95"),
    (216.0, "of the page in total."),
    (223.6, "The 'width' argument"),
    (195.7, "is optional and"),
    (202.0, "defaults to 0.90."),
]

LONG_LEFT = [
    (166.8, "The custom r2b directives won't"),
    (149.0, "be recognised by any writer"),
    (127.9, "other than rst2beamer."),
    (146.7, "Therefore, we allow certain"),
    (154.6, "containers (which most other"),
    (165.1, "writers should recognise and at"),
    (164.1, "worst ignore) to act like column"),
    (49.7, "sets."),
]
RIGHT = [
    (319.7, "Any container with the name"),
    (293.7, "'r2b-simplecolumns' or"),
    (312.2, "'r2b-simplecolumns' will be"),
    (295.6, "handled like the simple"),
    (274.1, "columns directive."),
]


def three_columns() -> list[tuple]:
    """The slide "Simple columns": two paragraphs and a list side by side, the list's items a little
    off the paragraphs' rows."""
    rows = column(17.2, 37.6, LEFT) + column(132.4, 37.9, MIDDLE)
    rows += [(258.6, 331.7, 37.6, "• A list or image"), (269.5, 336.6, 51.2, "element can be")]
    return rows + [(258.6, 274.9, 67.7, "• a"), (258.6, 301.1, 84.3, "• column")]


def test_three_columns_of_a_slide_are_read_column_by_column_no_table():
    """Two paragraphs and a list side by side, the list's items a little off the paragraphs' rows."""
    rows = three_columns()
    text, tables = read(slide("Simple columns", rows))
    assert tables == 0
    assert text == (
        "This is a demonstration of the rst2beamer simple column directive. It should turn every element "
        "underneath it into a column, side by side with each other. "
        "So here, we should end up with three columns of equal width, occupying 0.95 of the page in total. "
        "The 'width' argument is optional and defaults to 0.90. "
        "• A list or image element can be • a • column"
    )


def test_a_narrow_columns_paragraph_runs_on_across_a_sentence_wrapped_at_its_edge():
    """The middle column, 9.6 em wide: "The" would not have fitted after "… in total.", so the
    paragraph goes on; each column is one paragraph, the list's items one each."""
    rows = three_columns()
    assert paragraphs(slide("Simple columns", rows)) == [
        "This is a demonstration of the rst2beamer simple column directive. It should turn every element "
        "underneath it into a column, side by side with each other.",
        "So here, we should end up with three columns of equal width, occupying 0.95 of the page in total. "
        "The 'width' argument is optional and defaults to 0.90.",
        "• A list or image element can be",
        "• a",
        "• column",
    ]


def test_a_left_columns_short_line_at_a_stop_goes_on_where_the_next_word_did_not_fit():
    """The left column, 14 em wide: "… other than rst2beamer." ends 39 pt short of its edge, and
    "Therefore," needed more: one paragraph."""
    rows = column(29.1, 37.6, LONG_LEFT) + column(196.0, 37.6, RIGHT)
    text = paragraphs(slide("Containers as columns", rows))
    assert text == [
        "The custom r2b directives won't be recognised by any writer other than rst2beamer. Therefore, we "
        "allow certain containers (which most other writers should recognise and at worst ignore) to act "
        "like column sets.",
        "Any container with the name 'r2b-simplecolumns' or 'r2b-simplecolumns' will be handled like the "
        "simple columns directive.",
    ]


def test_a_narrow_columns_line_at_a_stop_ends_its_paragraph_where_the_next_word_fitted():
    """The same column, its second sentence's first word short ("So"): it would have fitted after "…
    other than rst2beamer.", which ended its paragraph by choice."""
    left = [*LONG_LEFT[:3], (124.0, "So we allow certain"), *LONG_LEFT[4:]]
    rows = column(29.1, 37.6, left) + column(196.0, 37.6, RIGHT)
    text = paragraphs(slide("Containers as columns", rows))
    assert text[:2] == [
        "The custom r2b directives won't be recognised by any writer other than rst2beamer.",
        "So we allow certain containers (which most other writers should recognise and at worst ignore) to "
        "act like column sets.",
    ]


def test_a_longer_left_column_is_read_whole_before_the_right():
    """The left paragraph runs three lines past the right one: those lines are the left column's."""
    rows = column(29.1, 37.6, LONG_LEFT) + column(196.0, 37.6, RIGHT)
    text, tables = read(slide("Containers as columns", rows))
    assert tables == 0
    assert text == (
        "The custom r2b directives won't be recognised by any writer other than rst2beamer. Therefore, we "
        "allow certain containers (which most other writers should recognise and at worst ignore) to act "
        "like column sets. Any container with the name 'r2b-simplecolumns' or 'r2b-simplecolumns' will be "
        "handled like the simple columns directive."
    )


def test_a_table_of_short_cells_in_rows_stays_a_table():
    """Three columns of short cells, one line each, a row at every line: the cells stop short, with
    room for the next cell's first word, and no sentence runs down a column."""
    names = ["width", "height", "depth", "margin"]
    values = ["0.95", "0.60", "0.10", "0.05"]
    about = ["the column set", "the first column", "the rule's depth", "the outer margin"]
    rows = [(17.2, 17.2 + 5.5 * len(n), 37.6 + 13.55 * at, n) for at, n in enumerate(names)]
    rows += [(110.0, 130.0, 37.6 + 13.55 * at, v) for at, v in enumerate(values)]
    rows += [(170.0, 170.0 + 4.8 * len(a), 37.6 + 13.55 * at, a) for at, a in enumerate(about)]
    _, tables = read(slide("Column options", rows))
    assert tables == 1
