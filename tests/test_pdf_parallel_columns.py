"""Two columns set side by side on part of a page, a narrow gutter between them (frenT1xe.pdf's
French and English abstracts, 1 em apart), are read as two columns, not row by row across the
gutter (issue 15, the eleventh check: "Ce document a été conçu uniquement pour The object of this
paper is to test intensively")."""

from __future__ import annotations

from pdf_objects import helvetica_page
from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.pdf import parse_pdf

SIZE = 10
LEFT_X, RIGHT_X, WIDTH = 88, 300, 202  # the gutter: 290 to 300, one em
INTRO = "A page may set two texts side by side under a line that runs across the whole text block."
LEFT = [
    "The first column holds a short note on the",
    "way a reader finds the columns of a page",
    "that sets two texts side by side, each one",
    "in its own narrow block.",
]
RIGHT = [
    "The second column tells the same story",
    "in fewer lines.",
]


def _width(text: str) -> float:
    widths = FONT_METRICS["Helvetica"][1]
    return sum(widths[char] for char in text) * SIZE / 1000


def _set(x: float, y: float, text: str, justified: bool) -> str:
    """The line at (x, y), its word spaces widened to fill ``WIDTH`` when ``justified``."""
    spacing = (WIDTH - _width(text)) / text.count(" ") if justified else 0.0
    return f"BT /F1 {SIZE} Tf {spacing:.3f} Tw {x} {y} Td ({text}) Tj ET"


def _page() -> bytes:
    """INTRO across the page, then LEFT and RIGHT as two justified columns (last lines ragged)."""
    parts = [f"BT /F1 {SIZE} Tf {LEFT_X} 700 Td ({INTRO}) Tj ET"]
    for column, x in ((LEFT, LEFT_X), (RIGHT, RIGHT_X)):
        for at, text in enumerate(column):
            parts.append(_set(x, 676 - 12 * at, text, justified=at < len(column) - 1))
    return helvetica_page("\n".join(parts).encode())


def test_fixture_columns_fit_and_gutter_is_one_em():
    assert all(_width(text) < WIDTH for text in LEFT + RIGHT)
    assert RIGHT_X - (LEFT_X + WIDTH) == SIZE


def test_side_by_side_columns_read_one_after_the_other():
    paragraphs = parse_pdf(_page())[0].text.split("\n\n")
    left, right = " ".join(LEFT), " ".join(RIGHT)
    assert INTRO in paragraphs
    assert left in paragraphs
    assert right in paragraphs
    assert paragraphs.index(left) < paragraphs.index(right)


TABLE = [  # a table without rules: each name's value on its row, the longest name 1 em before them
    ("Page margins", "one inch"),
    ("Body font size", "ten points"),
    ("Column gutter", "one em"),
    ("Footnote size", "eight points"),
]


def _table_page() -> bytes:
    """TABLE's names at x 88 and values at 10 pt past the end of the longest name, under INTRO."""
    value_x = LEFT_X + max(_width(name) for name, _ in TABLE) + SIZE
    parts = [f"BT /F1 {SIZE} Tf {LEFT_X} 700 Td ({INTRO}) Tj ET"]
    for at, (name, value) in enumerate(TABLE):
        parts.append(f"BT /F1 {SIZE} Tf {LEFT_X} {676 - 12 * at} Td ({name}) Tj ET")
        parts.append(f"BT /F1 {SIZE} Tf {value_x:.2f} {676 - 12 * at} Td ({value}) Tj ET")
    return helvetica_page("\n".join(parts).encode())


def test_a_table_beside_a_narrow_gap_keeps_its_rows():
    """Each name read with its value, the row across (names 60 to 63 pt wide, values 1 to 1.3 em
    after them)."""
    text = parse_pdf(_table_page())[0].text
    rows = [f"{name} {value}" for name, value in TABLE]
    assert all(row in text for row in rows), text


ENTRIES = [("1.1 Early sources", "3"), ("1.2 Later work", "5"), ("1.3 The present rules", "8")]


def _contents_page() -> bytes:
    """A contents column: each entry's leaders ending at x 300, its page number 1.2 em after them."""
    parts = [f"BT /F1 {SIZE} Tf {LEFT_X} 700 Td ({INTRO}) Tj ET"]  # the page's first row: no furniture
    for at, (entry, number) in enumerate(ENTRIES):
        text = f"{entry} ........"
        parts.append(f"BT /F1 {SIZE} Tf {300 - _width(text):.2f} {660 - 12 * at} Td ({text}) Tj ET")
        parts.append(f"BT /F1 {SIZE} Tf 312 {660 - 12 * at} Td ({number}) Tj ET")
    return helvetica_page("\n".join(parts).encode())


def test_contents_numbers_beside_flush_leaders_stay_on_their_entries():
    """A number is no column of text: each entry keeps its page number (the gutter rule leaves it)."""
    from sloika.pipelines.formats import pdf_pieces
    from sloika.pipelines.formats.pdf_lines import read_lines

    pages, _, _ = read_lines(_contents_page())
    joined = pdf_pieces._joined_pieces(pages[0])
    expected = [INTRO] + [f"{entry} ........ {number}" for entry, number in ENTRIES]
    assert sorted(line.text for line in joined) == sorted(expected)


DATED = [  # a list of changes: each date a label one em before its entry, the entries wrapped under it
    ("1 March 2017:", ["The default quotes under one engine were changed."]),
    ("4 March 2018:", ["The options were grouped by theme."]),
    ("5 March 2019:", ["One option is now preferred to another one."]),
]


def _dated_page() -> bytes:
    """DATED's labels at x 88, their entries 10 pt after the widest label, 12 pt a line."""
    text_x = LEFT_X + max(_width(label) for label, _ in DATED) + SIZE
    parts = [f"BT /F1 {SIZE} Tf {LEFT_X} 700 Td ({INTRO}) Tj ET"]
    y = 676
    for label, lines in DATED:
        parts.append(f"BT /F1 {SIZE} Tf {LEFT_X} {y} Td ({label}) Tj ET")
        for text in lines:
            parts.append(f"BT /F1 {SIZE} Tf {text_x:.2f} {y} Td ({text}) Tj ET")
            y -= 12
    return helvetica_page("\n".join(parts).encode())


def test_a_label_an_em_before_its_entry_stays_on_its_line():
    """A label is no column: each date opens its entry ("1 March 2017: The default quotes …")."""
    text = parse_pdf(_dated_page())[0].text
    assert all(f"{label} {lines[0]}" in text for label, lines in DATED), text
