"""A contents list's last entries run onto the next page with their leaders (issue 15, the
forty-third check's review C: userguide_en.pdf's "A List of keyboard shortcuts" / "12" went as
``contents`` but "A.1 Menus ...... 12" … "A.3 Table ...... 13" under it stayed as "A.1 Menus 12 A.2
Trees 12 A.3 Table 13", their leaders cut; surf-alggeo.pdf's one "4.10.1 Examples ...... 25" stood
over "1 Overview"; its contents page's last entry's page number, "25" at the page's foot, was cut
as ``page_furniture``, not the entry's)."""

from __future__ import annotations

from pdf_objects import helvetica_pages, removed_texts, section_page, text_row

from sloika.pipelines.formats.pdf import parse_pdf

BODY = [
    "The assistant keeps the scenario, its music and its pictures at hand, so that the game",
    "master finds what the players ask for without a pause, and the game keeps its pace.",
]
ENTRIES = [("1 Introduction", 2), ("2 Menus", 2), ("2.1 Game", 3), ("3 Modules", 4), ("3.1 Items", 5)]
LEADERS = ". " * 30


def _leader_line(x: float, y: float, title: str, page: int) -> bytes:
    """An entry set with its leaders and page number on one line."""
    return text_row(x, y, f"{title} {LEADERS}") + b"\n" + text_row(500, y, str(page))


def _pages(tail: list[bytes], last: tuple[str, int] | None = None) -> list[bytes]:
    """A contents page of leader lines (``last``: its last entry at the page's foot, its leaders
    stopping short of its page number), then a page opening with the ``tail`` rows (one a line,
    14 pt apart from 760 down) over the first section; the sections after it, one a page."""
    contents = [text_row(72, 760, "A user guide", 17), text_row(72, 720, "Contents", 14)]
    contents += [_leader_line(72, 700 - 14 * at, title, page) for at, (title, page) in enumerate(ENTRIES)]
    if last is not None:
        contents += [text_row(72, 60, f"{last[0]} {LEADERS}"), text_row(500, 60, str(last[1]))]
    first = [*tail, text_row(72, 760 - 14 * len(tail) - 20, "1 Introduction", 14)]
    first += [text_row(72, 760 - 14 * len(tail) - 40 - 12 * at, text) for at, text in enumerate(BODY)]
    later = [
        section_page(title, "what the window shows, and how to use each of its fields")
        for title, _ in ENTRIES[1:]
    ]
    return [b"\n".join(contents), b"\n".join(first), *later]


def _contents(doc) -> list[str]:
    return [s.attrs["text"] for s in doc.layers["removed"] if s.label == "contents"]


def _squeezed(text: str) -> str:
    """``text`` with its leaders' dots and spaces read as one space."""
    return " ".join(word for word in text.split() if word.strip("."))


def test_leader_entries_under_a_numbered_entry_go_with_the_contents():
    """ "A Shortcuts" / "12" (its number apart) and "A.1 Menus ...... 12", "A.2 Trees ...... 13"
    under it are the list's last entries: all three leave the text in one ``contents`` record."""
    tail = [text_row(72, 760, "A Shortcuts") + b"\n" + text_row(500, 760, "12")]
    tail += [_leader_line(90, 746, "A.1 Menus", 12), _leader_line(90, 732, "A.2 Trees", 13)]
    (doc,) = parse_pdf(helvetica_pages(_pages(tail)))
    assert doc.text.startswith("A user guide\n\n1 Introduction\n\nThe assistant keeps")
    assert _squeezed(_contents(doc)[-1]) == "A Shortcuts 12 A.1 Menus 12 A.2 Trees 13"
    assert "Menus 12" not in doc.text


def test_one_leader_entry_over_the_first_section_goes_with_the_contents():
    """One entry with its leaders at the page's top, "3.1.1 Examples ...... 5", is the list's too."""
    (doc,) = parse_pdf(helvetica_pages(_pages([_leader_line(90, 760, "3.1.1 Examples", 5)])))
    assert doc.text.startswith("A user guide\n\n1 Introduction\n\nThe assistant keeps")
    assert _squeezed(_contents(doc)[-1]) == "3.1.1 Examples 5"


def test_a_page_number_at_the_contents_page_foot_is_its_entrys():
    """The last entry's page number, set at the page's foot beside its leaders, goes with the entry
    into the ``contents`` record, not apart as page furniture."""
    (doc,) = parse_pdf(helvetica_pages(_pages([], last=("3.2 Tables", 6))))
    assert doc.text.startswith("A user guide\n\n1 Introduction\n\nThe assistant keeps")
    assert _squeezed(_contents(doc)[0]).endswith("3.1 Items 5 3.2 Tables 6")
    assert "6" not in removed_texts(doc, "page_furniture")
