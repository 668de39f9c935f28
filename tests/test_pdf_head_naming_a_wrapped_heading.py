"""A running head over a chapter's only page after its opener (issue 15, the sixtieth check, row 2):
Kannel's WTLS guide (DocBook) sets each chapter's title in 20.7 pt bold on its opener and again in
10 pt italic at the top right of the chapter's other pages. Chapter 4's title wraps on its opener,
"Chapter 4. 4 Using Alligata Secure with" / "OpenSSL", and the chapter has one page after it, so
its running head "Chapter 4. 4 Using Alligata Secure with OpenSSL" stood at the page edge once: the
repetition rule left it, and it was kept between step 2's command and the "Notes:" that explain it,
a second chapter heading inside a numbered procedure, while chapters 2 and 3's heads went on 16
pages. A line at the place the running heads hold, set apart from the text under it, in the
body's size and not bold, whose words are those of a heading the document set on that page or an
earlier one, read whole across its wrapped lines, is the running head naming it. A line at that
place naming a heading still to come (a contents list's entry) is text. Geometry after
kannel-docs' wtls.pdf; words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, HELVETICA_BOLD, font_pages, helvetica_width, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD), (b"F3", OBLIQUE)]
PREFACE = "About this guide"
FIRST = "Chapter 1. 1 Keys and certificates"
SECOND = "Chapter 2. 2 Making keys with the toolkit"
SECOND_LINES = ["Chapter 2. 2 Making keys with", "the toolkit"]  # as the opener wraps it
HEAD_Y = 786.0  # the running head's baseline, 48 pt from the A4 page's top
BODY_Y = 760.0  # the text block's first baseline, a skip under the head
RIGHT = 538.0  # the text block's right edge, where a head ends


def _page(number: int, rows: list[str], head: str = "", top: float = BODY_Y) -> bytes:
    """A page of 10 pt ``rows`` 13 pt apart from ``top``, under ``head`` (italic, flush right) and
    over its folio."""
    ops = [text_row(RIGHT - helvetica_width(head, 10), HEAD_Y, head, font=b"F3")] if head else []
    ops += [text_row(120, top - 13 * at, text) for at, text in enumerate(rows)]
    ops.append(text_row(RIGHT - helvetica_width(str(number), 10), 60, str(number), font=b"F3"))
    return b"\n".join(ops)


def _opener(number: int, title: list[str], rows: list[str], top: float = 752) -> bytes:
    """A chapter's first page: its title in 20.7 pt bold at the margin from ``top`` down, a line
    under the other, ``rows`` of text under it."""
    ops = [text_row(72, top - 27 * at, text, 20.7, b"F2") for at, text in enumerate(title)]
    return b"\n".join([*ops, _page(number, rows, top=top - 27 * len(title) - 20)])


TEXT = [
    "A key pair is made of a private key that its owner keeps and a public key that anyone",
    "may read; what one key locks only the other one opens again.",
]
STEPS = [
    "2. Type the command that makes the key pair, naming the files it reads:",
    "toolkit genkey -rand random_data_files -out output_file",
]
NOTES = [
    "The random data files are named one after the other, parted by colons, and the output",
    "file holds both keys; it should be kept where no other user can read it.",
]


def _book(first: bytes) -> bytes:
    """A one-page preface and two chapters after a ``first`` page."""
    return font_pages(
        [
            first,
            _opener(2, [PREFACE], NOTES, top=600),  # under a picture: off the page's edge
            _opener(3, [FIRST], TEXT),
            _page(4, TEXT[::-1], FIRST),
            _page(5, TEXT, FIRST),
            _page(6, TEXT[::-1], FIRST),
            _opener(7, SECOND_LINES, STEPS),
            _page(8, NOTES, SECOND),
        ],
        FONTS,
    )


def test_a_head_naming_a_wrapped_chapter_title_over_its_one_page_is_furniture():
    (doc,) = parse_pdf(_book(_page(1, ["This guide has two chapters, on keys and on the toolkit."])))
    assert doc.text.count(SECOND) == 1  # the opener's title read whole, not the head over page 7
    assert "-out output_file\n\nThe random data files are named" in doc.text
    removed = {span.attrs["text"]: span.attrs["why"] for span in doc.layers["removed"]}
    assert removed[SECOND] == "page_furniture"
    assert removed[FIRST] == "page_furniture"


def test_a_line_at_the_heads_place_naming_a_heading_to_come_is_text():
    """A contents page's first entry standing where the heads stand, set apart from the next one,
    names a heading the document sets later (the preface's, which no running head repeats): text."""
    entries = [PREFACE, FIRST, SECOND]
    contents = [text_row(120, HEAD_Y - 40 * at, title) for at, title in enumerate(entries)]
    (doc,) = parse_pdf(_book(b"\n".join(contents)))
    assert doc.text.startswith(PREFACE + "\n")
    assert doc.text.count(PREFACE) == 2
