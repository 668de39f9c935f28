"""Running heads too few for the repetition rule (issue 15, the sixty-third check, rows 2 and 3):
tablix2-doc's DocBook HOWTOs (JadeTeX) set the document's title (morphix.pdf, five pages) or the
current chapter's (modules2.pdf, nine pages) in 10 pt italic at the top right of each page after a
chapter's opener, a wide skip over the text block; the opener sets the same words as its heading,
bold and large. Each head came back on two pages or three, its words changing from chapter to
chapter, and no repeated furniture held its place, so every one was kept as a heading: one cut
"See the first part of this HOW-TO" from "for details.", one stood inside a C listing going on
overleaf, whose lines there lost their indent. A line set so (italic or smaller than the body, set
apart from the text under it), whose words are those of the title or a heading set before it, is a
running head where such lines stand at one place on two pages or more. An italic line at the
body's leading over the text is the text's, whatever it names. Geometry after tablix2-doc's PDFs;
words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, HELVETICA_BOLD, font_pages, helvetica_width, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD), (b"F3", OBLIQUE), (b"F4", COURIER)]
TITLE = "Timetables on a Small Cluster"
FIRST = "Chapter 1. Kernel interface"
SECOND = "Chapter 2. An example module"
HEAD_Y = 786.0  # the running head's baseline, 48 pt from the A4 page's top
BODY_Y = 730.0  # the text block's first baseline, a wide skip under the head
RIGHT = 522.0  # the text block's right edge, where a head ends
LEAD = [
    "A module is built like the ones shipped with the program, with the same makefile and the",
    "same flags for the compiler and the linker. See the first part of this guide",
]
GOES_ON = [
    "for details. The sources of the modules shipped with the program are in their own folder.",
    "Each of them is a good start for a new module of the same kind.",
]
CODE_FIRST = ["int export_function(table *tab)", "{", "        int typeid;", "        assert(tab!=NULL);"]
CODE_NEXT = [
    "        for(typeid=0;typeid<4;typeid++) {",
    "                print(typeid);",
    "        }",
    "        return 0;",
    "}",
]


def _head(text: str, y: float = HEAD_Y) -> bytes:
    """``text`` in 10 pt italic, flush right at the text block's edge."""
    return text_row(RIGHT - helvetica_width(text, 10), y, text, font=b"F3")


def _rows(rows: list[str], top: float) -> list[bytes]:
    """10 pt ``rows`` 13 pt apart from the baseline ``top`` down."""
    return [text_row(85, top - 13 * at, text) for at, text in enumerate(rows)]


def _code(rows: list[str], top: float) -> list[bytes]:
    """10 pt Courier ``rows`` 13 pt apart from ``top`` down, each indented by its leading blanks
    (6 pt a blank), as TeX sets a verbatim listing's."""
    return [
        text_row(100 + 6 * (len(text) - len(text.lstrip())), top - 13 * at, text.lstrip(), font=b"F4")
        for at, text in enumerate(rows)
    ]


def _page(number: int, ops: list[bytes], head: str = "") -> bytes:
    """A page of ``ops`` under ``head`` (none on an opener) and over its folio."""
    folio = text_row(RIGHT - helvetica_width(str(number), 10), 50, str(number))
    return b"\n".join([*([_head(head)] if head else []), *ops, folio])


def _opener(number: int, title: str, ops: list[bytes]) -> bytes:
    """A chapter's first page: its ``title`` in 20.7 pt bold at the margin, then ``ops``."""
    return _page(number, [text_row(71, 712, title, 20.7, b"F2"), *ops])


def _title_page() -> bytes:
    """The title in 24.8 pt bold, centred, over a line of abstract."""
    title = text_row(297 - helvetica_width(TITLE, 24.8) / 2, 705, TITLE, 24.8, b"F2")
    return b"\n".join([title, *_rows(["This guide tells how to run the timetabling program."], 600)])


def test_the_title_repeated_over_two_pages_is_furniture_and_the_sentence_it_cut_is_whole():
    pages = [
        _title_page(),
        _page(1, [text_row(71, 712, "1. Building a module", 17.2, b"F2"), *_rows(LEAD, 680)]),
        _page(2, _rows(GOES_ON, BODY_Y), TITLE),
        _page(3, [text_row(71, 712, "2. Running it", 17.2, b"F2"), *_rows(LEAD[:1], 680)], TITLE),
    ]
    (doc,) = parse_pdf(font_pages(pages, FONTS))
    assert doc.text.count(TITLE) == 1
    assert "See the first part of this guide for details. The sources" in doc.text
    removed = [(span.attrs["text"], span.attrs["why"]) for span in doc.layers["removed"]]
    assert removed.count((TITLE, "page_furniture")) == 2
    sections = [doc.text[span.start : span.end] for span in doc.spans if span.label == "section"]
    assert [text.split("\n")[0] for text in sections] == ["1. Building a module", "2. Running it"]


def test_chapter_heads_naming_each_its_chapter_leave_a_listing_whole():
    """Chapter 1's head over one page, chapter 2's over the page its listing goes on to: each at
    the edge once, at one place."""
    pages = [
        _title_page(),
        _opener(1, FIRST, _rows(LEAD, 680)),
        _page(2, _rows(GOES_ON, BODY_Y), FIRST),
        _opener(3, SECOND, [*_rows(["The module's only function:"], 680), *_code(CODE_FIRST, 650)]),
        _page(4, [*_code(CODE_NEXT, BODY_Y), *_rows(["The function prints each type."], 650)], SECOND),
    ]
    (doc,) = parse_pdf(font_pages(pages, FONTS))
    assert doc.text.count(FIRST) == doc.text.count(SECOND) == 1
    assert "\n".join(CODE_FIRST + CODE_NEXT) in doc.text
    removed = [span.attrs["text"] for span in doc.layers["removed"] if span.attrs["why"] == "page_furniture"]
    assert FIRST in removed and SECOND in removed


def test_an_italic_line_at_the_leading_over_the_text_is_text():
    """The title's words in italic opening two pages at the body's leading over the next line: a
    line of the text block, kept."""
    pages = [
        _title_page(),
        _page(1, [text_row(71, 712, "1. Building a module", 17.2, b"F2"), *_rows(LEAD, 680)]),
        _page(2, [text_row(85, BODY_Y + 13, TITLE, font=b"F3"), *_rows(GOES_ON, BODY_Y)]),
        _page(3, [text_row(85, BODY_Y + 13, TITLE, font=b"F3"), *_rows(GOES_ON[::-1], BODY_Y)]),
    ]
    (doc,) = parse_pdf(font_pages(pages, FONTS))
    assert doc.text.count(TITLE) == 3
