"""A reference entry's typewriter head reads one space after a sentence's mark (issue 15, oaklisp's
lang.pdf): plain TeX sets the space after ".", "!" or "?" wider by the font's extra space, which a
typewriter font makes as wide as its word space, so "(set! (variable-here? locale symbol) locative)"
is drawn with two columns after "!" and "?", and a monospaced line, which keeps a space for each
column a gap holds, read "(set!  (variable-here?  locale symbol) locative)". A listing's columns stay.
All texts here are written for the tests."""

from __future__ import annotations

import re

from pdf_objects import escaped, helvetica_line, one_page, text_row
from test_pdf_italic_category_labels import FONTS, INDENT, RIGHT, _label

from sloika.pipelines.formats.pdf import parse_pdf

CELL = 600  # a Courier column, in thousandths of an em
INTRO = [
    "A locale maps each symbol to the location that holds its value; the operations",
    "below read and change that map, one symbol at a time, evaluating nothing.",
]


def _typewriter(x: float, y: float, text: str, sentence: int) -> bytes:
    """``text`` in 12 pt Courier as TeX draws it: no space glyphs, each run of spaces a gap of as
    many columns, two spaces a gap of ``sentence`` thousandths of an em (TeX's sentence space)."""
    words = text.split()
    shown = [b"(%s)" % escaped(words[0])]
    for word, spaces in zip(words[1:], _space_runs(text), strict=True):
        shown.append(b"%d (%s)" % (-(sentence if spaces == 2 else CELL * spaces), escaped(word)))
    return b"BT /F2 12 Tf %.2f %.2f Td [%s] TJ ET" % (x, y, b" ".join(shown))


def _space_runs(text: str) -> list[int]:
    """How many spaces each gap between ``text``'s words holds."""
    return [len(run) for run in re.findall(r"(?<=\S) +(?=\S)", text)]


def _page(sentence: int, pushed: bool = False) -> bytes:
    """The intro, each of ``HEADS`` a typewriter signature with its italic label on its row (the
    last's ``pushed`` onto the row under, at the text's margin, as TeX does where the head leaves it
    no room), an entry's space apart, and the description 14.5 pt under the last."""
    rows = [helvetica_line(72, 720, INTRO[0], 12, RIGHT), helvetica_line(72, 705.5, INTRO[1], 12)]
    y = 681.0
    for at, (head, label) in enumerate(HEADS):
        rows.append(_typewriter(INDENT, y, head, sentence))
        if pushed and at == len(HEADS) - 1:
            y -= 14.5
            rows.append(text_row(72, y, label, 12, b"F3"))
        else:
            rows.append(_label(y, label))
        y -= 24.5
    rows.append(text_row(INDENT, y + 10, DESCRIPTION, 12))
    return one_page(b"\n".join(rows), FONTS)


def _listing_page(listing: list[str], sentence: int) -> bytes:
    """The intro, ``listing`` in typewriter rows 14.5 pt apart under it, and the description."""
    rows = [helvetica_line(72, 720, INTRO[0], 12, RIGHT), helvetica_line(72, 705.5, INTRO[1], 12)]
    rows += [_typewriter(INDENT, 681.0 - 14.5 * at, row, sentence) for at, row in enumerate(listing)]
    rows.append(text_row(72, 681.0 - 14.5 * len(listing) - 10, DESCRIPTION, 12))
    return one_page(b"\n".join(rows), FONTS)


DESCRIPTION = "Takes symbol out of locale, leaving it undefined there."
HEADS = [
    ("(variable? locale symbol)", "Operation"),
    ("(variable-here? locale symbol)", "Operation"),
    ("(set!  (variable-here?  locale symbol) #f)", "Operation"),
]
READ = [
    "(variable? locale symbol)  Operation",
    "(variable-here? locale symbol)  Operation",
    "(set! (variable-here? locale symbol) #f)  Operation",
    DESCRIPTION,
]


def test_a_sentence_space_inside_a_typewriter_signature_is_one_space():
    """TeX's sentence space a little under two columns: pdfminer reads the signature as one line,
    whose gaps after "!" and "?" are one space each."""
    assert parse_pdf(_page(2 * CELL - 10))[0].text.split("\n\n")[1:] == READ


def test_a_sentence_space_between_two_pieces_of_a_signature_is_one_space():
    """A sentence space a little over two columns parts the signature into pieces pdfminer reads
    apart (lang.pdf's "(destructure** … body)..." and "[(otherwise …)])", its label pushed under):
    they are joined again with one space after each mark, and the words after stay one apart."""
    assert parse_pdf(_page(2 * CELL + 20, pushed=True))[0].text.split("\n\n")[1:] == READ


def test_a_listings_columns_stay():
    """A listing's rows keep their columns as drawn, two after a stop too ("Min.  1st Qu."): a
    verbatim listing's spaces are typed, and only a labelled head is surely text TeX set."""
    listing = ["Min.  1st Qu.   Median", "1.000   2.000    3.000", "Lisp 1.0  - (C) 1987 A. B. Smith."]
    text = parse_pdf(_listing_page(listing, 2 * CELL))[0].text
    assert text.split("\n\n")[1] == "\n".join(listing)
