"""Headings that a running head or a page top repeats (issue 15, forty-second check, row 02_pdf):
a chapter's large bold title on its opener is not the small running head that repeats its words on
the chapter's later pages, and a reference entry's bold section heading ("Arguments") opening a
page under the running head is the page's text, though it opens several pages at that place: the
body sets the same heading in the same font away from the page's edges. Geometry after
libraw1394.pdf (DocBook/jadetex, A4: running head 10 pt at the right 48 pt from the top, a
chapter's title 20 pt bold, section headings 14 pt bold, the folio at the foot); words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, HELVETICA_BOLD, escaped, font_pages, removed_texts  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)]


def page(number: int, head: str, lines: list[tuple[str, int, bool]]) -> bytes:
    """An A4 page: ``head`` (10 pt, right) 48 pt from the top, its folio (10 pt) at the foot, and
    ``lines`` (text, size, bold) from 70 pt below the top, a heading a blank over its text."""
    ops = [b"BT /F1 10 Tf 520 40 Td (%d) Tj ET" % number]
    ops += [b"BT /F1 10 Tf 380 784 Td (%s) Tj ET" % head.encode()] if head else []
    top = 70.0
    for text, size, bold in lines:
        ops.append(
            b"BT /F%d %d Tf 72 %.1f Td (%s) Tj ET" % (2 if bold else 1, size, 842 - top - size, text.encode())
        )
        top += size + (22 if bold else 4)
    return b"\n".join(ops)


def prose(*texts: str) -> list[tuple[str, int, bool]]:
    return [(text, 10, False) for text in texts]


def heading(text: str, size: int = 14) -> list[tuple[str, int, bool]]:
    return [(text, size, True)]


TEXT = [
    "The bus carries two kinds of transfer, one with replies and one without them at all.",
    "Each node on the bus has its own address space of forty eight bits for its registers.",
    "A reset of the bus gives every node a new number, from zero up to sixty two at most.",
    "The library hides the protocol of the device file behind a handful of plain calls.",
    "A handler is called for each packet that arrives while the loop waits for events.",
    "The program opens a handle, picks a port, and then sends its requests one by one.",
    "Requests that wait for a reply return only once the reply or an error has come back.",
    "A channel is set aside for each stream before the first packet is sent on the bus.",
]


def test_a_chapter_title_on_its_opener_is_no_running_head_of_its_words():
    """libraw1394.pdf: "Chapter 2. Short Introduction into IEEE 1394", the 20 pt bold title atop
    p. 6, went to ``removed`` as ``page_furniture`` with the three 10 pt running heads of its words
    on pp. 7-9. A running head stands at the same place and size on the pages it heads; the title
    is set twice its size: it stays, the running heads go."""
    title = "Chapter 2. Short Introduction into the Bus"
    pages = [
        page(2, "", heading(title, 20) + prose(TEXT[0], TEXT[1])),
        page(3, title, prose(TEXT[2], TEXT[3])),
        page(4, title, prose(TEXT[4], TEXT[5])),
        page(5, title, prose(TEXT[6], TEXT[7])),
    ]
    (doc,) = parse_pdf(font_pages(pages, FONTS))
    assert doc.text.startswith(f"{title}\n\n{TEXT[0]}")
    assert sorted(removed_texts(doc, "page_furniture")) == sorted([title] * 3 + ["2", "3", "4", "5"])


def test_a_section_heading_opening_pages_under_the_running_head_stays():
    """libraw1394.pdf: the refentries' bold "Arguments", "Description", "Returns" opening a page
    under the running head "Chapter 5. Function Reference" went to ``removed`` as ``page_furniture``
    (28 records): each opens several pages at one place. The body sets the same heading in the same
    font mid-page on other pages: a heading, not a second running head. Here "Arguments" opens three
    pages and stands mid-page on a fourth."""
    head = "Chapter 5. Function Reference"
    pages = [
        page(10, head, heading("Arguments") + prose(TEXT[0]) + heading("Returns") + prose(TEXT[1])),
        page(11, head, heading("Arguments") + prose(TEXT[2]) + heading("Returns") + prose(TEXT[3])),
        page(12, head, heading("Arguments") + prose(TEXT[4]) + heading("Returns") + prose(TEXT[5])),
        page(13, head, heading("Description") + prose(TEXT[6]) + heading("Arguments") + prose(TEXT[7])),
    ]
    (doc,) = parse_pdf(font_pages(pages, FONTS))
    paragraphs = doc.text.split("\n\n")
    assert paragraphs == [
        *(part for at in range(3) for part in ("Arguments", TEXT[2 * at], "Returns", TEXT[2 * at + 1])),
        *("Description", TEXT[6], "Arguments", TEXT[7]),
    ]
    assert sorted(removed_texts(doc, "page_furniture")) == sorted([head] * 4 + ["10", "11", "12", "13"])


def test_section_headings_between_an_entry_s_summary_and_its_arguments_are_no_display():
    """libraw1394.pdf: "Synopsis" and "Arguments" between the summary "raw1394_loop_iterate — get
    and process one event message" (no full stop, the page's widest line) and the argument's
    lower-case description "libraw1394 handle", at the margin of most of the page's body lines, went
    to ``removed`` as ``figure`` (8 records), read as a display inside a sentence. A sentence does
    not run through a bold heading set larger than the body."""
    rows = [
        (72, 70, b"F2", 14, "Name"),
        (72, 92, b"F1", 10, "loop_iterate — get and process one event message from the bus device"),
        (72, 130, b"F2", 14, "Synopsis"),
        (72, 160, b"F3", 9, "int loop_iterate (handle_t handle);"),
        (72, 200, b"F2", 14, "Arguments"),
        (72, 230, b"F3", 9, "handle"),
        (92, 246, b"F1", 10, "the library handle"),
        (72, 270, b"F3", 9, "node"),
        (92, 286, b"F1", 10, "the target node"),
        (72, 310, b"F3", 9, "addr"),
        (92, 326, b"F1", 10, "the address to read from"),
        (72, 370, b"F2", 14, "Description"),
        (72, 400, b"F1", 10, "Gets one new message from the device and hands it to its handler."),
    ]
    ops = [
        b"BT /%s %d Tf %d %d Td (%s) Tj ET" % (font, size, x, 842 - top - size, text.encode("cp1252"))
        for x, top, font, size, text in rows
    ]
    (doc,) = parse_pdf(font_pages([b"\n".join(ops)], [*FONTS, (b"F3", COURIER)]))
    assert removed_texts(doc, "figure") == []
    assert doc.text.split("\n\n") == [
        "Name",
        "loop_iterate — get and process one event message from the bus device",
        "Synopsis",
        "int loop_iterate (handle_t handle);",
        "Arguments",
        "handle",
        "the library handle",
        "node",
        "the target node",
        "addr",
        "the address to read from",
        "Description",
        "Gets one new message from the device and hands it to its handler.",
    ]


FUNCTIONS = [
    ("bus_reset", "reset the bus", "Resets the bus and waits for the new numbers."),
    ("bus_read", "read from a node", "Reads a block of bytes from the node's address space."),
    ("bus_write", "write to a node", "Writes a block of bytes to the node's address space."),
    ("bus_lock", "lock a register", "Runs an atomic compare and swap on the node's register."),
    ("bus_wait", "wait for an event", "Waits until the next event arrives and hands it on."),
    ("bus_close", "close the handle", "Frees all the resources that the handle holds."),
]


def entry(name: str, summary: str, text: str) -> list[tuple[int, int, bytes, int, str]]:
    """A DocBook reference entry (x, top from the entry's top, font, size, text): the function's
    name, the template header "LINUX" / "Kernel Hackers Manual August 2009", and its sections."""
    return [
        (72, 0, b"F2", 17, name),
        (120, 38, b"F2", 12, "LINUX"),
        (72, 55, b"F1", 10, "Kernel Hackers Manual August 2009"),
        (120, 86, b"F2", 14, "Name"),
        (120, 104, b"F1", 10, f"{name} \u2014 {summary}"),
        (120, 140, b"F2", 14, "Description"),
        (120, 160, b"F1", 10, text),
    ]


def test_an_entry_s_template_header_under_each_title_goes_whole():
    """libraw1394.pdf: every function's entry opens on its name over "LINUX" and "Kernel Hackers
    Manual August 2009", DocBook's volume and date: kept as paragraphs under 55 of 66 titles, cut
    as ``page_furniture`` where the second line opened a page. The rows that follow each of many
    titles word for word, up to the entry's first section heading, are its template: all go to
    ``removed`` as ``entry_header``; the headings and the text stay."""
    pages = []
    for first in (0, 3):
        ops = [
            b"BT /%s %d Tf %d %.1f Td (%s) Tj ET"
            % (font, size, x, 842 - 70 - 240 * at - top - size, escaped(text))
            for at, function in enumerate(FUNCTIONS[first : first + 3])
            for x, top, font, size, text in entry(*function)
        ]
        pages.append(b"\n".join(ops))
    (doc,) = parse_pdf(font_pages(pages, FONTS))
    assert doc.text.split("\n\n") == [
        part
        for name, summary, text in FUNCTIONS
        for part in (name, "Name", f"{name} \u2014 {summary}", "Description", text)
    ]
    assert removed_texts(doc, "entry_header") == ["LINUX", "Kernel Hackers Manual August 2009"] * 6


def test_the_title_page_s_title_repeated_small_overleaf_goes():
    """libraw1394.pdf: p. 2, the title page's verso, sets "libraw1394version 2.0.4" (no space in
    its text layer) in 10 pt bold over the copyright notice, under p. 1's 25 pt "libraw1394" and
    21 pt "version 2.0.4": the text read the title twice. The repeat goes to ``removed`` as
    ``verso_title``; the title page's lines and the copyright stay."""
    title = b"BT /F2 25 Tf 240 700 Td (libfirewire) Tj ET\nBT /F2 21 Tf 240 660 Td (version 2.0.4) Tj ET"
    verso = b"BT /F2 10 Tf 72 760 Td (libfirewireversion 2.0.4) Tj ET\n" + (
        b"BT /F1 10 Tf 72 746 Td (Copyright %s 2001-2009 Ann Berg and Carl Dahl) Tj ET" % escaped("\u00a9")
    )
    body = page(1, "", heading("Chapter 1. Introduction", 20) + prose(TEXT[0], TEXT[1]))
    (doc,) = parse_pdf(font_pages([title, verso, body], FONTS))
    assert doc.text.split("\n\n")[:4] == [
        "libfirewire",
        "version 2.0.4",
        "Copyright \u00a9 2001-2009 Ann Berg and Carl Dahl",
        "Chapter 1. Introduction",
    ]
    assert removed_texts(doc, "verso_title") == ["libfirewireversion 2.0.4"]
