"""A contents list without leaders that a page break cuts goes on at the next page's top without a
heading (issue 15, TeX package manuals: combine.pdf's entries "6 Caveats" to "A Original code"
opened page 2 as headings of their own, "9.1 Document commands and environments 20" among them)."""

from __future__ import annotations

from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import CONTENTS

BODY = "The class assembles a group of individual documents into one, such as a proceedings."
TITLES = ["Introduction", "Usage", "Options", "Caveats", "Class code", "Package code"]


def line(text: str, x0: float, top: float, page: int, size: float = 10.0) -> Line:
    return Line(page, text, x0, x0 + 5 * len(text), top, top + size, size, 842.0)


def _manual() -> list[list[Line]]:
    """A manual whose contents list (no leaders, its page numbers a column to the right) fills
    page 0's foot and goes on at page 1's top, over the first section; each section after."""
    first = [
        line("The demo class", 150, 100, 0, 17.0),
        line(BODY, 100, 130, 0),
        line("Contents", 100, 700, 0),
    ]
    first += [line(f"{n} {TITLES[n - 1]}", 100, 700 + 14 * n, 0) for n in (1, 2, 3)]
    first += [line(str(n + 1), 470, 700 + 14 * n, 0) for n in (1, 2, 3)]
    second = [line(f"{n} {TITLES[n - 1]}", 100, 100 + 14 * (n - 4), 1) for n in (4, 5, 6)]
    second += [line(str(n), 470, 100 + 14 * (n - 4), 1) for n in (4, 5, 6)]
    second += [line("1 Introduction", 100, 160, 1, 14.0), line(BODY, 100, 180, 1)]
    later = [[line(f"{n} {TITLES[n - 1]}", 100, 100, n, 14.0), line(BODY, 100, 120, n)] for n in range(2, 7)]
    return [first, second, *later]


def test_contents_list_cut_by_a_page_break_goes_on_at_the_next_page_top():
    """Page 1's entries that repeat later headings in order are the list's, with their page
    numbers; the first section's heading and text under them stay."""
    pages = _manual()
    layout = lay_out(pages, [[] for _ in pages])
    assert layout.contents == [
        ("contents", "Contents\n1 Introduction 2\n2 Usage 3\n3 Options 4"),
        ("contents", "4 Caveats 4\n5 Class code 5\n6 Package code 6"),
    ]
    assert [ln.text for ln in layout.pages[1]] == [f"{CONTENTS}1", "1 Introduction", BODY]
    assert layout.debris == []


def test_page_after_a_list_that_ended_over_text_starts_no_list():
    """A list followed by text on its own page ended there: the next page's headings stay."""
    pages = _manual()
    pages[0].append(line("Each section below describes one part of the class in turn.", 100, 760, 0))
    pages[1] = [line("Notes", 100, 90, 1), *pages[1]]
    layout = lay_out(pages, [[] for _ in pages])
    assert layout.contents == [
        ("contents", "Contents\n1 Introduction 2\n2 Usage 3\n3 Options 4"),
    ]
    texts = [ln.text for ln in layout.pages[1]]
    assert {"Notes", "4 Caveats", "5 Class code", "6 Package code"} <= set(texts)
