"""A contents list whose dot leaders the line width cut short, its page numbers read apart, run
onto the next page, goes to ``contents`` whole (issue 15, twenty-third check row 1: an R vignette's
list; its first page had too few full leader lines to be a contents page, so its entries from a
number read apart ("Dref ..") on, and all of the next page's, were kept as paragraphs)."""

from __future__ import annotations

from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import CONTENTS

BODY = "The package fits models whose predictor is a sum of terms, some of them nonlinear in the parameters."
FIRST = [
    ("1 Introduction", 2),
    ("2 Basic models . . . . . . . . . . . . . . . .", 2),
    ("2.1 Preamble .. ... . ... . . . .", 2),
    ("2.2 Families ..", 3),
    ("2.3 Predictors..", 4),
    ("3 Nonlinear terms", 5),
    ("Scale ..", 6),
    ("3.1 Simple functions. .", 6),
    ("3.2 Products . .. ...", 7),
    ("3.4 Instances ..", 8),
    ("3.5 Own functions", 9),
    ("3.5.1 General description. ..", 9),
    ("3.5.2 An example ..", 10),
    ("4 Controlling the fit", 11),
    ("4.1 Basic settings . . . .", 11),
    ("4.2 Starting values. ..", 12),
    ("4.3 Using limits..", 13),
    ("4.4 Using groups..", 14),
]
SECOND = [
    ("5 Examples", 15),
    ("5.1 Association models . . . . .....", 15),
    ("5.2 Reference models . . . . . . .", 17),
    ("5.3 Difference models. . . . . . .", 19),
    ("5.4 Biplot models . . . . . . . . .", 21),
    ("5.5 Decay curves . . .. .. .. .. ..", 23),
    ("5.6 Mortality trends . . . . . . . .", 25),
    ("A User-level functions", 27),
]

# the section numbers read apart from their entries: the headings they repeat are numbered
NUMBERED_APART = {"Scale ..": "3.3 Scale"}
PROSE = 30  # lines of the first section under the list's end: the page is no contents page alone


def line(text: str, x0: float, top: float, page: int, size: float = 10.0) -> Line:
    return Line(page, text, x0, x0 + 5 * len(text), top, top + size, size, 842.0)


def _entries(listed: list[tuple[str, int]], top: float, page: int) -> list[Line]:
    """The entries one a line, each page number a line of its own at the right margin."""
    lines = [line(text, 60, top + 11 * at, page) for at, (text, _) in enumerate(listed)]
    return lines + [line(str(number), 500, top + 11 * at, page) for at, (_, number) in enumerate(listed)]


def _heading(entry: str) -> str:
    """The section heading an entry repeats: its title without leaders."""
    return NUMBERED_APART.get(entry) or entry.split(" .")[0].rstrip(". ")


def _vignette() -> list[list[Line]]:
    """A title over the list's first page, the list run onto page 1 over the first section."""
    first = [
        line("Nonlinear models in R: an overview", 120, 100, 0, 17.0),
        line("A. Author and B. Author", 200, 140, 0),
        line("Contents", 60, 200, 0, 14.0),
        *_entries(FIRST, 230, 0),
    ]
    second = [*_entries(SECOND, 80, 1), line("1 Introduction", 60, 200, 1, 14.0)]
    second += [line(BODY, 60, 230 + 12 * at, 1) for at in range(PROSE)]
    later = [
        [line(_heading(text), 60, 100, page, 14.0), line(BODY, 60, 130, page)]
        for page, text in enumerate([text for text, _ in FIRST[1:] + SECOND], start=2)
    ]
    return [first, second, *later]


def test_a_list_with_leaders_cut_short_and_run_on_goes_whole():
    """Both pages' entries leave as ``contents`` with their page numbers; the title stays over the
    first placeholder, the first section's heading and text under the second."""
    pages = _vignette()
    layout = lay_out(pages, [[] for _ in pages])
    assert layout.contents == [
        ("contents", "\n".join(["Contents", *(f"{text} {number}" for text, number in FIRST)])),
        ("contents", "\n".join(f"{text} {number}" for text, number in SECOND)),
    ]
    assert [ln.text for ln in layout.pages[0]] == [
        "Nonlinear models in R: an overview",
        "A. Author and B. Author",
        f"{CONTENTS}0",
    ]
    assert [ln.text for ln in layout.pages[1]] == [f"{CONTENTS}1", "1 Introduction"] + [BODY] * PROSE
    assert layout.debris == []


def test_entries_with_leaders_cut_short_under_no_contents_heading_stay_text():
    """The same lines without a contents heading over them: two or three dots alone end prose as
    well, and too few of page 0's lines end in full leaders for a contents page: they stay text."""
    pages = _vignette()
    pages[0] = [ln for ln in pages[0] if ln.text != "Contents"]
    layout = lay_out(pages, [[] for _ in pages])
    texts = [ln.text for ln in layout.pages[0]]
    assert {text for text, _ in FIRST} <= set(texts)
    assert not any(CONTENTS in text for text in texts)
