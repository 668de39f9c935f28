"""A literate program's code chunks (issue 15, the forty-fifth check's row F2: aplpack's
sliderfns.pdf, a noweb program). noweb sets a chunk's header "⟨name 1⟩ ≡" and each use of another
chunk inside the code ("⟨check the numbers 2⟩") in the text font, the code in a monospaced one and
the chunk's number in the left margin. Read as prose, headers and uses were glued onto the code
line under them or the paragraph over them, the code blocks parted at every use (the use's line
losing its indent), a chunk's uses beside code ("f0<- ⟨…⟩") run into one line, and margin numbers
kept beside headers. A line holding a chunk name next to a listing's line is a row of the listing.
Texts written for the test: Helvetica prose at 10 pt, the chunk at 9 pt in Courier with its names
in Helvetica and the brackets and "≡" from cmsy, as noweb draws them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, escaped, one_page, removed_texts, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMSY = tex_font(b"HMVRFB+CMSY10", b"17 /equivalence 104 /angbracketleft /angbracketright")
LEAD = "The first chunk of the program adds the two numbers up and prints them:"
AFTER = "The second chunk checks the numbers before they are added together."
PITCH = 5.4  # Courier's advance at 9 pt
# the chunk as the page prints it: its rows' x (in Courier pitches right of the header) and text
CHUNK = [
    (0, "⟨add the numbers 1⟩ ≡"),
    (1, "total <- function(a, b)"),
    (1, "{"),
    (3, "⟨check the numbers 2⟩"),
    (3, "f0 <- ⟨print the sum 3⟩"),
    (3, "print(a + b)"),
    (1, "}"),
]


def _row(x: float, y: float, text: str) -> bytes:
    """``text`` at (x, y), 9 pt: code in Courier (/F2), a chunk name in Helvetica (/F1) between
    cmsy's brackets (/S, codes "h" and "i"), "≡" from cmsy (code 17)."""
    if "⟨" not in text:
        return b"BT /F2 9 Tf %.1f %.1f Td (%s) Tj ET" % (x, y, escaped(text))
    code, rest = text.split("⟨")
    name, tail = rest.split("⟩")
    ops = [b"BT %.1f %.1f Td" % (x, y)]
    ops += [b"/F2 9 Tf (%s) Tj" % escaped(code)] if code else []
    ops += [b"/S 9 Tf (h) Tj /F1 9 Tf (%s) Tj /S 9 Tf (i) Tj" % escaped(name)]
    ops += [b"/F1 9 Tf ( ) Tj /S 9 Tf <11> Tj"] if tail else []
    return b" ".join([*ops, b"ET"])


def _page() -> bytes:
    ops = [b"BT /F1 10 Tf 72 700 Td (%s) Tj ET" % escaped(LEAD)]
    ops += [_row(72 + PITCH * indent, 686 - 11 * at, text) for at, (indent, text) in enumerate(CHUNK)]
    ops.append(b"BT /F1 9 Tf 52 686 Td (1) Tj ET")  # the chunk's number in the margin
    ops.append(b"BT /F1 10 Tf 72 %d Td (%s) Tj ET" % (686 - 11 * len(CHUNK) - 12, escaped(AFTER)))
    fonts = [(b"F1", HELVETICA), (b"F2", COURIER), (b"S", CMSY)]
    return one_page(b"\n".join(ops), fonts)


def test_a_noweb_chunk_reads_as_one_listing_under_its_header():
    (doc,) = parse_pdf(_page())
    printed = "\n".join(" " * indent + text for indent, text in CHUNK)
    assert doc.text == "\n\n".join([LEAD, printed, AFTER])
    assert removed_texts(doc, "numbers_only") == ["1"]
