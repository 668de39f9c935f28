"""A label the body repeats, opening a page now and then, is no running head (issue 15, check 43's
row 05: OaklispSummary.pdf, a quick reference whose every form has "Format:" and "Example:" over
its code, at the body's left edge and size, its real furniture "rev. 12/26/14" / "Page N of 13" at
the foot). "Example:" opened 3 of its 13 pages, came back at the page's edge on 3 pages, and was
cut as ``page_furniture`` there: the format block over it and the example under it were read as
one listing. A line whose words the text block sets again, alone on a row, in its size and at its
left edge, on as many pages as it opens or more, is the body's; a running head never stands inside
the text block. All texts here are written for the tests (Helvetica 12 pt, Courier 12 pt code on
A4 pages, the foot's furniture 30 pt up)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line, removed_texts  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

INTRO = [  # page 1's opening paragraph, set in the body's leading
    "Each form below is given first in its general format, and then",
    "in an example that uses it, as it is typed at the prompt.",
]
PAGES = 6
TOP = 780.0  # the baseline of each page's first line
# each form's name, format and example, the label "Example:" falling at a page's top on pages 2, 3 and 5
FORMS = [
    ("Making a box:", "(make-box <size>)", "(make-box 3)"),
    ("Opening a box:", "(open <box>)", "(open b1)"),
    ("Filling a box:", "(fill <box> <thing>)", "(fill b1 'apple)"),
    ("Closing a box:", "(close <box>)", "(close b1)"),
    ("Weighing a box:", "(weigh <box>)", "(weigh b1)"),
    ("Sending a box:", "(send <box> <place>)", "(send b1 'home)"),
]


def _foot(number: int) -> list[bytes]:
    """Page ``number``'s running footer: the revision's date and the page number."""
    return [
        helvetica_line(54, 30, "rev. 1/2/14", 11),
        helvetica_line(490, 30, f"Page {number} of {PAGES}", 11),
    ]


def _pages() -> list[bytes]:
    """Page 1 opens with ``INTRO``; page n holds form n's heading, "Format:" and format, the label
    "Example:" and the example of form n following at the top of page n + 1 on pages 2, 3 and 5,
    and on the page itself on the others (pages 1, 4 and 6)."""
    pages: list[list[bytes]] = [[] for _ in range(PAGES)]
    for at, (name, form, example) in enumerate(FORMS):
        page = pages[at]
        y = TOP - 84 if at + 1 in (1, 2, 3, 5) else TOP
        page += [helvetica_line(54, y, name, 12), helvetica_line(54, y - 29, "Format:", 12)]
        page += [code_line(72, y - 71, form, 12)]
        label_page, y = (pages[at + 1], TOP) if at + 2 in (2, 3, 5) else (page, y - 113)
        label_page += [helvetica_line(54, y, "Example:", 12), code_line(72, y - 42, example, 12)]
    pages[0] += [helvetica_line(54, TOP - 14.5 * at, line, 12) for at, line in enumerate(INTRO)]
    return [b"\n".join(page + _foot(number)) for number, page in enumerate(pages, 1)]


def test_an_example_label_opening_a_page_stays():
    (doc,) = parse_pdf(font_pages(_pages(), [(b"F1", HELVETICA), (b"F2", COURIER)]))
    assert removed_texts(doc, "page_furniture") == [
        text for number in range(1, PAGES + 1) for text in ("rev. 1/2/14", f"Page {number} of {PAGES}")
    ]
    expected = [" ".join(INTRO)] + [
        part for name, form, example in FORMS for part in (name, "Format:", form, "Example:", example)
    ]
    assert doc.text.split("\n\n") == expected
