"""A slide's list items set a point under the body cut as a plot's labels (issue 15, the
fifty-eighth held-out check's row 3: a beamer deck whose items are names in ``\\texttt``, its ▶
bullets a glyph that maps to no character). beamer draws a slide's bars round the whole page, so
every line stands amid a drawing, and a short line set smaller than the body there read as a
plot's label: the deck lost its items "class() and showClass()" and "selectMethod() to see the
code", and an item's wrapped rest "?selectMethod, ?getMethod, …", which left the item on a comma.
Names, sentences and positions sloika's own; expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, helvetica_line, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

TRIANGLE = (  # beamer's ▶ bullet: a glyph of a font that maps it to no character ("(cid:136)")
    b"<< /Type /Font /Subtype /Type1 /BaseFont /ZYXWVU+ZapfDingbats /FirstChar 136 /LastChar 136"
    b" /Widths [500] /Encoding << /Type /Encoding /Differences [136 /a136] >> >>"
)
FONTS = [(b"F1", HELVETICA), (b"D", TRIANGLE)]
HELP = "The help pages of the package itself and of those it imports from"


def _slide_frame() -> bytes:
    """Small filled squares down the left edge and along the foot, 10 pt apart: a slide's decoration
    drawn round the whole page (beamer's bars and navigation symbols), one drawing for the reader."""
    left = [b"10 %d 3 3 re f" % y for y in range(20, 830, 10)]
    foot = [b"%d 20 3 3 re f" % x for x in range(20, 590, 10)]
    return b"\n".join([*left, *foot])


def _item(y: float, text: str, size: float) -> bytes:
    """The ▶ bullet at the list's edge, then ``text`` in ``size`` a little to its right."""
    return b"BT /D 10 Tf 84 %.2f Td (\\210) Tj ET " % y + text_row(98, y, text, size)


def _text(*lines: bytes) -> str:
    """The text of a one-page slide of ``lines`` inside the slide's drawn decoration."""
    return parse_pdf(font_pages([b"\n".join([_slide_frame(), *lines])], FONTS))[0].text


def test_items_set_under_the_body_beside_their_lists_items_stay():
    """The list's first and last items, short names set a point under the body, open with the same
    bullet at the same edge as the items between them: the list's items, no plot's labels."""
    text = _text(
        helvetica_line(72, 760, "Looking inside the objects of a session", 12),
        _item(730, "tally() and describe()", 9),
        _item(710, "summary() gives a short account of every column of the table", 10),
        _item(690, "methods() lists what can be done with a value of a given class", 10),
        _item(670, "inspect() to read the code", 9),
    )
    assert text.split("\n\n")[1:] == [
        "tally() and describe()",
        "summary() gives a short account of every column of the table",
        "methods() lists what can be done with a value of a given class",
        "inspect() to read the code",
    ], text


def test_an_items_wrapped_rest_set_under_the_body_stays_with_it():
    """An item wraps onto a line set a point under the body, right of its bullet, right under it:
    the item's rest, no plot's label, and the item does not end on its comma."""
    text = _text(
        helvetica_line(72, 760, "Where to read more about the classes of a package", 12),
        _item(730, f"{HELP}: ?makeTable, ?printTable,", 10),
        text_row(98, 719, "?joinTables, ?sortTable, ?as", 9),
        _item(705, "The chapter on classes in the manual for authors", 10),
    )
    assert f"{HELP}: ?makeTable, ?printTable, ?joinTables, ?sortTable, ?as" in text.split("\n\n"), text
