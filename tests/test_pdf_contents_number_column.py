"""A contents page whose entries have their page numbers in a column of their own and few leaders
goes whole, after a contents page, like the list's other pages (issue 15, thirtieth check, row 1:
a plotting program's manual kept three of its nineteen contents pages as 55 one-line paragraphs,
"II Plotting styles" / "Arrows" / "Bee swarm plots" / … / "V Bugs" / "VI Index", their leaders
and page numbers cut piecemeal as ``leaders`` and ``numbers_only``)."""

from __future__ import annotations

from dataclasses import replace

from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import CONTENTS

BODY = "The program draws two and three dimensional plots of functions and data in many formats."
LEADERS = " " + "." * 40


def line(text: str, x0: float, top: float, page: int, size: float = 10.0) -> Line:
    return Line(page, text, x0, x0 + 5 * len(text), top, top + size, size, 842.0)


def number(text: str, top: float, page: int, size: float = 10.0) -> Line:
    """A page number set flush right at x 540, a column of its own."""
    return Line(page, text, 540.0 - 5 * len(text), 540.0, top, top + size, size, 842.0)


def _contents_page(page: int) -> list[Line]:
    """A contents page whose sections' subentries end in leaders to their page numbers."""
    titles = ["Introduction", "Seeking help", "New features", "Differences", "Deprecated syntax"]
    lines = [line("Contents", 72, 80, page, 14.0)]
    lines += [line(f"{title}{LEADERS} {n + 1}", 87, 110 + 16 * n, page) for n, title in enumerate(titles)]
    return lines


def _entries(page: int, rows: list[tuple[str, float, str]]) -> list[Line]:
    """Entries at their indents, each with its page number read apart at the right edge."""
    lines = [line(text, x0, 80 + 26 * n, page) for n, (text, x0, _) in enumerate(rows)]
    return lines + [number(page_no, 80 + 26 * n, page) for n, (_, _, page_no) in enumerate(rows)]


STYLES = [
    ("II Plotting styles", 72, "62"),
    ("Arrows", 72, "62"),
    ("Bee swarm plots", 72, "62"),
    ("Boxes", 72, "63"),
    (f"Fill properties{LEADERS}", 87, "69"),
    ("Candlesticks", 72, "66"),
    ("Circles", 72, "67"),
]
END = [("V Bugs", 72, "303"), ("Known limitations", 72, "303"), ("VI Index", 72, "303")]


def _manual() -> list[list[Line]]:
    """A contents page, a page of entries with few leaders, the list's last page of four entries
    without leaders, then the first part's page of text."""
    text = [line("Part I", 72, 80, 3, 14.0), line("Introduction", 72, 110, 3, 14.0), line(BODY, 72, 130, 3)]
    return [_contents_page(0), _entries(1, STYLES), _entries(2, END), text]


def test_pages_of_entries_with_a_number_column_after_a_contents_page_go_whole():
    """Pages 1 and 2 are contents records with their entries' page numbers on their rows; nothing
    of them stays text or debris, and the text page after them stays."""
    pages = _manual()
    layout = lay_out(pages, [[] for _ in pages])
    assert [label for label, _ in layout.contents] == ["contents", "contents", "contents"]
    first = ["II Plotting styles 62", "Arrows 62", "Bee swarm plots 62", "Boxes 63"]
    assert layout.contents[1][1].splitlines()[:4] == first
    assert layout.contents[2][1] == "V Bugs 303\nKnown limitations 303\nVI Index 303"
    assert [ln.text for ln in layout.pages[1]] == [f"{CONTENTS}1"]
    assert [ln.text for ln in layout.pages[2]] == [f"{CONTENTS}2"]
    assert [ln.text for ln in layout.pages[3]] == ["Part I", "Introduction", BODY]
    assert layout.debris == []


def test_page_of_such_entries_without_a_contents_page_before_stays():
    """Without a contents page before it, a page of short lines each with a number at the right
    (a price list, a table's rows) is no contents page: its lines stay."""
    pages = [[replace(ln, page=n) for ln in page] for n, page in enumerate(_manual()[1:])]
    layout = lay_out(pages, [[] for _ in pages])
    assert layout.contents == []
    assert "Arrows" in [ln.text for ln in layout.pages[0]]
