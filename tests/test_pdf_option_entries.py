"""A program's user guide set by TeX, its options a list of one-line entries (issue 15, the
fifty-sixth check's review C row 02, jellyfish.pdf p. 3 and p. 8): each entry is a bold option,
then its description on the same row, the entries a list's item skip apart. An entry whose
description reached the measure ran on into the next entry ("Minimum quality. A base with lesser
quality becomes an N (0) -L,- -lower-count=uint64 Don't output …"), and so did a labelled item over
the next one ("… carlk@umiacs.umd.edu. License This program is free software …"); every long
option, its two hyphens a thin space apart, read "- -both-strands". Pages hand-built with the
helpers of the other PDF tests, as TeX sets a line (no space glyphs); names and sentences written
for the test, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, HELVETICA_BOLD, escaped, helvetica_line, one_page  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

EDGE, TERM_X, PITCH = 540.0, 97.0, 20.0
SPACE = 333  # a word space, thousandths of an em: TeX sets no space glyph
THIN = 167  # a thin space (1/6 em): "-\\,-", the two hyphens of a long option TeX must not join
INTRO = [
    "The counter reads the sequences of every file it is given and counts each of their k-mers in a",
    "hash table kept in memory. The options it understands are the following, with their defaults:",
]


def _width(text: str, bold: bool = False) -> float:
    """How wide Helvetica (or Helvetica-Bold) sets ``text`` at 10 pt, in points."""
    return sum(FONT_METRICS["Helvetica-Bold" if bold else "Helvetica"][1][c] for c in text) / 100


def _shown(words: list[str], kern: float) -> bytes:
    """``words`` as one TJ array's strings, ``kern`` thousandths of an em apart."""
    return (b" %d " % -round(kern)).join(b"(%s)" % escaped(word) for word in words)


def _entry(y: float, option: str, text: str, end: float | None = None, x: float = TERM_X) -> bytes:
    """A row at (``x``, ``y``): ``option`` in bold (a long option's "--" written as two hyphens a thin
    space apart), 0.6 em, then ``text`` with word spaces stretched to end at ``end`` where given."""
    head, dashes, rest = option.partition("--")
    pieces = (
        b"(%s) -%d (%s)" % (escaped(head + "-"), THIN, escaped("-" + rest))
        if dashes
        else b"(%s)" % escaped(option)
    )
    words = text.split()
    kern = float(SPACE)
    if end is not None:
        start = x + _width(option, bold=True) + (THIN / 100 if dashes else 0) + 6
        kern = (end - start - _width("".join(words))) * 100 / (len(words) - 1)
    return b"BT /F2 10 Tf %.2f %.2f Td [%s] TJ /F1 10 Tf [-600 %s] TJ ET" % (
        x,
        y,
        pieces,
        _shown(words, kern),
    )


def _plain(x: float, y: float, text: str) -> bytes:
    """``text`` at (``x``, ``y``) in Helvetica, its words a word space apart."""
    return b"BT /F1 10 Tf %.2f %.2f Td [%s] TJ ET" % (x, y, _shown(text.split(), SPACE))


def _page(rows: list[bytes]) -> str:
    """The reader's text of a page of the ``INTRO`` prose over ``rows``, its paragraphs' spaces single."""
    intro = [helvetica_line(72, 760 - 12 * at, line, 10, EDGE) for at, line in enumerate(INTRO)]
    (doc,) = parse_pdf(one_page(b"\n".join([*intro, *rows]), [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)]))
    return doc.text


OPTIONS = [
    ("-m,--mer-len=n", "Length of the k-mers counted (22)"),
    ("-s,--size=n", "Number of entries of the hash table"),
    ("-t,--threads=n", "Number of threads (1)"),
    ("-o,--output=name", "Prefix of the files written (counts)"),
    ("-C,--both-strands", "Count both strands (false)"),
    ("--min-quality=n", "Minimum quality. A base of lesser quality is read as an N base instead (0)"),
    ("-L,--lower-count=n", "Skip the k-mers counted fewer times"),
    ("-U,--upper-count=n", "Skip the k-mers counted more times"),
    ("-h,--help", "This message"),
]


def _options() -> list[bytes]:
    """The ``OPTIONS`` rows, a list's item skip apart under the intro; the quality option's
    description stretched to the measure."""
    return [
        _entry(716 - PITCH * at, option, text, EDGE - 6 if option.startswith("--min") else None)
        for at, (option, text) in enumerate(OPTIONS)
    ]


def test_a_full_entry_ends_at_the_next_option_and_long_options_keep_their_hyphens():
    """The entry whose description reaches the measure ends there: the next option is its own
    entry; every "--" reads as the page shows it, one option word."""
    rows = _options()
    paragraphs = _page(rows).split("\n\n")
    quality = paragraphs.index("--min-quality=n")
    assert paragraphs[quality:] == [
        "--min-quality=n",
        "Minimum quality. A base of lesser quality is read as an N base instead (0)",
        "-L,--lower-count=n",
        "Skip the k-mers counted fewer times",
        "-U,--upper-count=n",
        "Skip the k-mers counted more times",
        "-h,--help",
        "This message",
    ]
    assert "-C,--both-strands" in paragraphs
    assert "- -" not in "".join(paragraphs)


def test_two_hyphens_a_word_space_apart_stay_apart():
    """A hyphen a full word space before another stays a word of its own: "a - -b" is no option."""
    row = (
        b"BT /F1 10 Tf 72 700 Td [(Write) -333 (it) -333 (as) -333 (x) -333 (-) -333 (-y) -333 (here.)] TJ ET"
    )
    assert _page([row]).split("\n\n")[-1] == "Write it as x - -y here."


COPYRIGHT = "\u00a9 2010, Ann Author ann.author@example.org and Bob Writer of the lab bob.writer@example.org."


def test_a_labelled_item_ends_at_the_next_bold_label():
    """ "Copyright © …" (a bold label, a symbol after it: no run-in term), its line run past the
    measure, over "License This program …", the next item a list's skip under it at the same edge:
    two items, the licence's label over its text, which hangs under it."""
    y = 716 - PITCH * len(OPTIONS)  # under the option list, whose item skip is the page's pitch
    rows = [
        *_options(),
        _entry(y, "Copyright", COPYRIGHT, EDGE + 15, 72),  # past the edge: TeX breaks no address
        _entry(
            y - PITCH,
            "License",
            "This program is free software: you can share it and change it under the",
            EDGE,
            72,
        ),
        _plain(97, y - PITCH - 12, "terms of the licence. It comes with no warranty."),
    ]
    assert _page(rows).split("\n\n")[-3:] == [
        f"Copyright {COPYRIGHT}",
        "License",
        "This program is free software: you can share it and change it under the terms of the licence."
        " It comes with no warranty.",
    ]
