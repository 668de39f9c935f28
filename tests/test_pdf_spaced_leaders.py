"""A contents page whose dot leaders are set a dot at a time, in two columns (issue 15, check 53's
row 3: gap-sonata's tutorial). Its class spaces the leaders' dots an em apart, so pdfminer reads
every dot as a piece of its own: the aligned-block step took the dots for cells and the page for
one table, its two columns read across, "groups | . | . | … | 4 | 8.2 Information on designs | . |
25". The list goes whole to ``removed`` as ``contents``, each column read on its own. All texts
here are written for the tests."""

from __future__ import annotations

from pdf_objects import helvetica_pages, helvetica_width, text_row

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf

PITCH = 12.0  # pt: the leaders' dots stand this far apart, each one a text object
EDGES = (299.0, 538.0)  # the right edges of the two columns' page numbers
NUMBER_X = (83.0, 322.0)  # where each column's entry numbers start
TITLE_X = (108.0, 347.0)  # ... and their titles
BODY = (
    "The first chapter opens with a short note on the groups the examples use, and each later chapter",
    "builds on the one before it, so that a reader who starts at the beginning meets every function",
    "in the order the examples need it, with the output of each session printed under its commands.",
)


def _contents(doc: Parsed) -> list[str]:
    """The texts of the document's ``contents`` records."""
    return [s.attrs["text"] for s in doc.layers.get("removed", []) if s.label == "contents"]


def _entry(column: int, y: float, number: str, title: str, page: str, leaders: bool) -> bytes:
    """One contents entry: its number, its title, its ``leaders`` (dots from an em after the title
    to three em before the page number, on a grid of ``PITCH`` from the column's edge), and the page
    number set flush right at the column's edge."""
    edge = EDGES[column]
    row = [text_row(NUMBER_X[column], y, number)] if number else []
    row += [text_row(TITLE_X[column], y, title)]
    end = TITLE_X[column] + helvetica_width(title, 10) + 10.0
    dots = int((edge - 30.0 - end) // PITCH) + 1 if leaders else 0
    row += [text_row(edge - 30.0 - PITCH * at, y, ".") for at in range(dots)]
    return b"\n".join([*row, text_row(edge - helvetica_width(page, 10), y, page)])


LEFT = [
    ("1", "Groups", "4", False),
    ("1.1", "Catalogue of groups", "4", True),
    ("1.2", "Subgroups", "5", True),
    ("1.3", "Group endomorphisms", "5", True),
    ("2", "Nearrings", "7", False),
    ("2.1", "Entering nearrings", "7", True),
    ("2.2", "Simple questions", "8", True),
]
RIGHT = [
    ("3", "Planar nearrings", "22", False),
    ("3.1", "Designs from nearrings", "24", True),
    ("3.2", "Information on designs", "25", True),
    ("", "Bibliography", "26", False),
]


def _contents_page() -> bytes:
    """A "Contents" heading over the list's two columns, an entry every 18 pt."""
    rows = [b"BT /F1 24 Tf 400 730 Td (Contents) Tj ET"]
    for column, entries in enumerate((LEFT, RIGHT)):
        rows += [_entry(column, 640 - 18 * at, *entry) for at, entry in enumerate(entries)]
    return b"\n".join(rows)


def _text_page() -> bytes:
    """The first chapter's page: its heading and a paragraph."""
    lines = [b"BT /F1 16 Tf 72 730 Td (Groups) Tj ET"]
    lines += [text_row(72, 700 - 12 * at, line) for at, line in enumerate(BODY)]
    return b"\n".join(lines)


def test_a_two_column_contents_list_with_spaced_leaders_goes_whole_as_contents():
    """No entry, dot or page number stays in the text or makes a table; the record holds the
    heading and each column's entries, left column first, each entry one line."""
    (doc,) = parse_pdf(helvetica_pages([_contents_page(), _text_page()]))
    assert doc.text == "Groups\n\n" + " ".join(BODY)
    assert not [s for s in doc.spans if s.label == "table"]
    assert _contents(doc) == [
        "Contents\n"
        "1 Groups 4\n"
        "1.1 Catalogue of groups . . . . . . 4\n"
        "1.2 Subgroups . . . . . . . . . 5\n"
        "1.3 Group endomorphisms . . . . . 5\n"
        "2 Nearrings 7\n"
        "2.1 Entering nearrings . . . . . . 7\n"
        "2.2 Simple questions . . . . . . . 8\n"
        "3 Planar nearrings 22\n"
        "3.1 Designs from nearrings . . . . 24\n"
        "3.2 Information on designs . . . . . 25\n"
        "Bibliography 26"
    ]


def test_a_row_of_spaced_dots_in_a_table_of_few_rows_is_no_contents_list():
    """Fewer than five rows of dots before a number (a table's placeholder cells) make no
    contents list: nothing goes to ``contents``."""
    rows = [_entry(0, 640 - 18 * at, *entry) for at, entry in enumerate(LEFT[1:4])]
    page = b"\n".join([*rows, *(text_row(72, 560 - 12 * at, line) for at, line in enumerate(BODY))])
    (doc,) = parse_pdf(helvetica_pages([page]))
    assert _contents(doc) == []
