"""A contents page whose dot leaders read as colons goes whole to ``contents`` (issue 15,
issue-leaders: feffit.pdf's contents page, set by TeX in a math font whose leader dot maps to ":",
was kept as "1 Introduction ::::::::" … "4 Variables and Parameters in Fitting:::::: 11 5 Goodness
…" and its entries taken for section headings; its appendices, their letters and page numbers read
apart from their titles, were taken for a table)."""

from __future__ import annotations

from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import CONTENTS

COLONS = ":" * 60
CHAPTERS = ["Introduction", "Input and Output Files", "Keywords and Controls", "Variables in Fitting"]
APPENDICES = [("A", "Examples", "26"), ("B", "Suggestions for Models", "31"), ("C", "Program Notes", "37")]
PROSE = [
    "The program was written with the guidance and encouragement of many colleagues over years.",
    "It would not be possible without the code of others, who let me use many of their ideas,",
    "and I also thank the many users for useful discussions and for their helpful suggestions.",
]
ADDRESS = ["Matthew Newville", "University of Chicago", "Chicago, IL 60637", "version 2.32", "July 3, 1998"]


def line(text: str, x0: float, top: float, size: float = 10.0, page: int = 0) -> Line:
    return Line(page, text, x0, x0 + 5 * len(text), top, top + size, size, 842.0)


def number(text: str, top: float, page: int = 0) -> Line:
    """A page number set flush right at x 518, read apart from its entry."""
    return Line(page, text, 518.0 - 5 * len(text), 518.0, top, top + 10.0, 10.0, 842.0)


def _contents_page() -> tuple[list[Line], list[str]]:
    """The title page: its title, "Contents", chapters whose colon leaders end their lines (their
    page numbers read apart), appendices in three pieces (letter, title and leaders, page number),
    then the acknowledgements and the author's address; and the entries as the page prints them."""
    page = [line("FEFFIT", 260, 100, 24.0), line("Contents", 72, 150, 14.0)]
    printed = []
    for at, title in enumerate(CHAPTERS):
        top = 175 + 16 * at
        page += [line(f"{at + 1} {title} {COLONS}", 79, top), number(str(3 * at + 1), top)]
        printed.append(f"{at + 1} {title}")
    for at, (label, title, page_number) in enumerate(APPENDICES):
        top = 175 + 16 * (len(CHAPTERS) + at)
        page += [line(label, 79, top), line(f"{title}{COLONS}", 100, top), number(page_number, top)]
        printed.append(f"{label} {title}")
    page += [line(text, 72, 330 + 13 * at) for at, text in enumerate(PROSE)]
    page += [line(text, 360, 400 + 13 * at) for at, text in enumerate(ADDRESS)]
    return page, printed


def test_colon_leaders_make_a_contents_page_whole_in_contents():
    """Every entry, the appendices' too, leaves the text for ``contents``; the title, the
    acknowledgements and the address stay."""
    page, printed = _contents_page()
    layout = lay_out([page], [[]])
    assert [label for label, _ in layout.contents] == ["contents"]
    listed = layout.contents[0][1]
    assert all(entry in listed for entry in printed)
    kept = [ln.text for ln in layout.pages[0] if not ln.text.startswith("\ue006")]
    assert kept == ["FEFFIT", f"{CONTENTS}0", *PROSE, *ADDRESS]


def test_chapter_label_over_the_page_after_the_contents_stays():
    """The first chapter's page after the contents page opens with its bare label beside the page's
    number ("Chapter 1" … "1"): the chapter's heading, no entry run on from the list."""
    chapter = [line("Chapter 1", 72, 80, 20.0, page=1), number("1", 84, page=1)]
    chapter += [line("Introduction", 72, 120, 20.0, page=1)]
    chapter += [line(text, 72, 160 + 13 * at, page=1) for at, text in enumerate(PROSE)]
    layout = lay_out([_contents_page()[0], chapter], [[], []])
    assert [label for label, _ in layout.contents] == ["contents"]
    kept = [ln.text for ln in layout.pages[1] if not ln.text.startswith("\ue006")]
    assert kept == ["Chapter 1", "Introduction", *PROSE]


def test_code_and_ratios_with_colons_are_no_leaders():
    """Colons that are no leaders, "::" of code, a ratio, a shell prompt, a column of colons
    (``name :``), leave a page of such lines in the text."""
    texts = ["std::vector<int> v;", "mixed in a ratio of 1:2", "user@host:~$ make", "name : value"]
    texts += ["Foo::Bar::baz();", "a :: b", "time 10:30:15", "labels: : : x"]
    page = [line(text, 72, 100 + 14 * at) for at, text in enumerate(texts)]
    layout = lay_out([page], [[]])
    assert layout.contents == []
    assert [ln.text for ln in layout.pages[0]] == texts
