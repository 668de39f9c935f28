"""Text kept in its order across page breaks and paragraphs kept whole (issue 15, the check's row 2,
libraw1394.pdf, a DocBook manual): a sentence left open at a page's foot took the first line of
the page after the next, two pages early, though the page between was text, no float's; and
row 3, ftp-proxy.pdf: sentences torn at a page break after a quoted word or an article; ragged-right
paragraphs torn where a line stopped short for want of room; bullets drawn apart from their items cut
as debris from some items only; "or :auth." read "or:auth.". Pages hand-built; sentences sloika's
own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_pages, helvetica_width  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402


def page(rows: list[tuple[int, int, int, str]]) -> bytes:
    """A content stream of ``rows`` (x, y, size, text), Helvetica."""
    escaped = [(x, y, size, text.replace("(", "\\(").replace(")", "\\)")) for x, y, size, text in rows]
    return b"\n".join(
        b"BT /F1 %d Tf %d %d Td (%s) Tj ET" % (size, x, y, text.encode()) for x, y, size, text in escaped
    )


def justified(y: int, text: str, x: int = 72, width: float = 468.0) -> bytes:
    """A 10 pt Helvetica line at ``y`` stretched to ``width`` by its word spacing, as TeX justifies."""
    spacing = (width - helvetica_width(text, 10)) / max(text.count(" "), 1)
    escaped = text.replace("(", "\\(").replace(")", "\\)")
    return b"BT /F1 10 Tf %.3f Tw %d %d Td (%s) Tj ET" % (spacing, x, y, escaped.encode())


FILLER = [
    "Most routers and firewalls know about this procedure when they translate addresses, and the",
    "kernel of many systems provides a special module for the protocol and for some other ones.",
]


def test_a_sentence_goes_on_overleaf_after_a_quoted_word():
    """ftp-proxy.pdf: page 1's last line, full, ends in a quoted word ("… only works in "outbound""),
    no stop inside the quotes; page 2 goes on in lower case ("direction, allowing …"). One sentence,
    as a closing bracket with no stop before it ends none."""
    first = [justified(760 - 14 * at, line) for at, line in enumerate(FILLER)]
    first.append(justified(732, 'However such code for the protocol usually only works in the "outbound"'))
    second = [b"BT /F1 10 Tf 72 760 Td (direction, allowing access from the inner network.) Tj ET"]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(first), b"\n".join(second)]))
    assert doc.text.split("\n\n") == [
        " ".join(FILLER) + ' However such code for the protocol usually only works in the "outbound" '
        "direction, allowing access from the inner network."
    ]


def test_a_sentence_goes_on_overleaf_after_an_article():
    """ftp-proxy.pdf: page 1 ends on a short line "to the" (the address overleaf was set apart, as a
    display, indented); page 2 opens "Free Software Foundation, …" set in. No sentence ends in an
    article: one paragraph."""
    first = [justified(760 - 14 * at, line) for at, line in enumerate(FILLER)]
    first.append(
        justified(732, "You should have received a copy of the license with this program; if not, write")
    )
    first.append(b"BT /F1 10 Tf 72 718 Td (to the) Tj ET")
    second = [b"BT /F1 10 Tf 112 760 Td (Free Software Foundation, 51 Franklin Street, Boston, USA.) Tj ET"]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(first), b"\n".join(second)]))
    assert doc.text.split("\n\n") == [
        " ".join(FILLER) + " You should have received a copy of the license with this program; if not, "
        "write to the Free Software Foundation, 51 Franklin Street, Boston, USA."
    ]


def test_a_page_of_text_between_is_no_float_a_sentence_goes_on_past():
    """Page 1 ends a function's "Returns" without a stop ("… or 0 for success"); page 2 is the next
    function's text; page 3 opens with a third function's title in lower case. The title stays
    where it stands, after page 2's text: only a page of a float (its caption read) stands
    between a sentence's halves."""
    first = [
        (72, 760, 14, "Returns"),
        (72, 740, 10, "-1 if the version is wrong, -2 if the new version is too big, or 0 for success"),
    ]
    second = [
        (72, 760, 14, "Name"),
        (72, 740, 10, "Sets the configuration memory of the local node to the image given to it."),
        (72, 728, 10, "The old image is lost, and the bus is reset so that other nodes read it."),
    ]
    third = [
        (72, 760, 14, "bandwidth_modify"),
        (72, 740, 10, "Allocates or frees bandwidth on the bus for a stream of packets sent each cycle."),
    ]
    (doc,) = parse_pdf(helvetica_pages([page(first), page(second), page(third)]))
    assert doc.text.split("\n\n") == [
        "Returns",
        "-1 if the version is wrong, -2 if the new version is too big, or 0 for success",
        "Name",
        "Sets the configuration memory of the local node to the image given to it. The old image is "
        "lost, and the bus is reset so that other nodes read it.",
        "bandwidth_modify",
        "Allocates or frees bandwidth on the bus for a stream of packets sent each cycle.",
    ]


def test_bullets_drawn_apart_from_their_items_are_each_items_mark():
    """libraw1394.pdf (jadetex) draws each bullet smaller and lower than its item's text, in a text
    object of its own: pdfminer read most of them as lines of their own, cut as debris, and one as
    its item's ("• write …"). Every item keeps its bullet, as list marks read in the other formats."""
    items = ["read (quadlets and blocks)", "write (quadlets and blocks)", "lock (some atomic changes)"]
    rows = [b"BT /F1 10 Tf 72 760 Td (The transactions of the bus are these three kinds:) Tj ET"]
    rows += [
        b"BT /F1 10 Tf 82 %d Td (%s) Tj ET" % (740 - 18 * at, item.encode()) for at, item in enumerate(items)
    ]
    rows += [b"BT /F1 8 Tf 72 %d Td (\x95) Tj ET" % (739 - 18 * at) for at in range(len(items))]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(rows)]))
    assert doc.text.split("\n\n") == [
        "The transactions of the bus are these three kinds:",
        "• read (quadlets and blocks)",
        "• write (quadlets and blocks)",
        "• lock (some atomic changes)",
    ]
    assert not [s for s in doc.layers.get("removed", []) if (s.attrs or {}).get("text") == "•"]


def test_a_colon_set_against_the_word_after_it_keeps_the_gap_before():
    """ftp-proxy.pdf: "… using auth: or :auth." (two settings, a separator before or after the
    keyword), typeset by TeX with a gap and no space glyph before ":auth", read "or:auth.": a colon
    right against the letter after it opens that token and hugs no word before it."""
    words = ["The", "separator", "can", "be", "another", "one,", "set", "by", "using", "auth:"]
    words += ["or", ":auth."]
    spaced = b" -330 ".join(b"(%s)" % word.encode() for word in words)  # TeX's glue, no space glyph
    (doc,) = parse_pdf(helvetica_pages([b"BT /F1 10 Tf 72 760 Td [%s] TJ ET" % spaced]))
    assert doc.text == "The separator can be another one, set by using auth: or :auth."


def test_a_ragged_right_line_short_for_want_of_room_goes_on():
    """libraw1394.pdf sets its paragraphs ragged right: "… distributed under the LGPL (Lesser
    General" stops 2 em short, for "Public" would not fit, and so does "… called from" before
    "loop_iterate()"; each was torn into two paragraphs. A short line whose next line's first word would
    not have fitted goes on; one with room for it ends its paragraph."""
    rows = [
        (72, 760, 10, "The library is there to give access to the bus to any program that wants it, the"),
        (72, 748, 10, "goals above, and hence it is distributed under the LGPL (Lesser General"),
        (72, 736, 10, "Public Licence) to allow linking with a program. A handler is called from"),
        (72, 724, 10, "loop_iterate() whenever there is room in the buffer for another packet of data."),
        (72, 712, 10, "A handler returns an error code, or zero where nothing went wrong with it."),
        (72, 692, 10, "Short lines"),
        (72, 680, 10, "Stay apart from the line under them where its first word fits on them."),
    ]
    (doc,) = parse_pdf(helvetica_pages([page(rows)]))
    assert doc.text.split("\n\n") == [
        "The library is there to give access to the bus to any program that wants it, the goals above, "
        "and hence it is distributed under the LGPL (Lesser General Public Licence) to allow linking with "
        "a program. A handler is called from loop_iterate() whenever there is room in the buffer for "
        "another packet of data. A handler returns an error code, or zero where nothing went wrong with it.",
        "Short lines",
        "Stay apart from the line under them where its first word fits on them.",
    ]


def test_lines_set_in_at_the_right_stay_apart_though_the_next_word_would_not_fit():
    """systemtap's tutorial.pdf sets its author over the date at the right of the title page
    ("Frank Ch. Eigler <…>" over "February 28, 2023"): no paragraph of the running text, whose
    margin the lines start far right of, so each stays a line of its own."""
    prose = [
        "The tutorial shows how to trace the kernel with scripts, from the first probe to the last one,",
        "and how to read what they print while the system runs under load for a while, in many cases.",
    ]
    rows = [b"BT /F1 10 Tf 360 760 Td (Frank Ch. Eigler and Ann Other) Tj ET"]
    rows += [b"BT /F1 10 Tf 360 748 Td (February 28, 2023) Tj ET"]
    rows += [justified(700 - 12 * at, line) for at, line in enumerate(prose)]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(rows)]))
    assert doc.text.split("\n\n")[:2] == ["Frank Ch. Eigler and Ann Other", "February 28, 2023"]
