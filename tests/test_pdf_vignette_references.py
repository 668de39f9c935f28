"""An R vignette's title page and reference list (issue 15, twenty-eighth check rows 3 and 4): an
entry justified with wide gaps, its words split into pieces at them; an ISBN broken onto the
entry's next line; a title ending in a colon over its centred second part; a date with a note's mark
set a space after it. Geometry after the vignettes' (A4, 10.9 pt text, 17.2 pt title); words
sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, font_pages, helvetica_line  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LEFT, RIGHT, HANG = 81.0, 522.0, 91.9
SPACE, STRETCH, EXTRA = 0.333, 0.167, 0.111  # em: TeX's word space, its stretch, the extra after a stop
FACTORS = {",": 1.25, ".": 3.0}


def _width(text: str, size: float = 10.0) -> float:
    return sum(FONT_METRICS["Helvetica"][1][char] for char in text) * size / 1000


def _justified(pieces: list[str], x: float, y: float, size: float = 10.0) -> list[bytes]:
    """``pieces`` set from ``x`` to ``RIGHT`` as TeX justifies a line: each space stretched by the
    space factor of the mark before it (three times after a stop, with its extra space), each piece
    a text object of its own, as a re-distilled PDF draws a line's words."""
    factors = [FACTORS.get(piece[-1], 1.0) for piece in pieces[:-1]]
    fixed = sum(SPACE + (EXTRA if factor == 3.0 else 0.0) for factor in factors) * size
    ratio = (RIGHT - x - sum(map(_width, pieces)) - fixed) / (STRETCH * size * sum(factors))
    ops = []
    for at, piece in enumerate(pieces):
        ops.append(_line(x, y, piece, size))
        if at < len(factors):
            extra = EXTRA if factors[at] == 3.0 else 0.0
            x += _width(piece) + (SPACE + extra + ratio * STRETCH * factors[at]) * size
    return ops


def _line(x: float, y: float, text: str, size: float = 10.0) -> bytes:
    return b"BT /F1 %.1f Tf 0 Tw %.2f %.2f Td (%s) Tj ET" % (size, x, y, escaped(text))


FIRST_ENTRY = "Adams QR (2001). A Short Course in Sampling. Example Press, Springfield, and a second"
LAST_ENTRY = "Young T (2012). Field Notes on Surveys. Example Press, Springfield."


def _references(entry: list[bytes]) -> bytes:
    ops = [_line(250, 720, "References", 14.3), helvetica_line(LEFT, 690, FIRST_ENTRY, 10, RIGHT)]
    ops.append(_line(HANG, 676, "place."))
    ops += entry
    ops.append(_line(LEFT, 560, LAST_ENTRY))
    return b"\n".join(ops)


TITLE = ["Sampling Designs and Tests"]
EDITION = "edition. Example Academic Univer-"


def test_a_justified_entry_with_wide_gaps_stays_one_entry():
    """An entry justified over three lines, its spaces stretched wide (most after a stop: TeX's space
    factor) and each word group a text object of its own, was taken for a table of three rows, its
    URL's tail left as two paragraphs; the gaps after a comma or a stop are wider than the plain ones,
    as TeX stretches them, and the rows are one entry's lines."""
    entry = [
        *_justified(["Brownfield KL,", "Ortega-Martinez M, Lindqvist S (2016).", *TITLE, "for"], LEFT, 650),
        *_justified(["Surveys", "of Small", "Regions and Districts.", "3rd", EDITION], HANG, 636),
        *_justified(
            ["sity", "Press,", "Springfield.", "URL", "http://www.example.org/academic/books/statistics/"],
            HANG,
            622,
        ),
        _line(HANG, 608, "sampling-designs-and-estimators-for-surveys/"),
        _line(HANG, 594, "third-edition.html"),
    ]
    (doc,) = parse_pdf(font_pages([_references(entry)], [(b"F1", HELVETICA)]))
    assert not [span for span in doc.spans if span.label == "table"]
    assert (
        "Brownfield KL, Ortega-Martinez M, Lindqvist S (2016). Sampling Designs and Tests for Surveys"
        " of Small Regions and Districts. 3rd edition. Example Academic University Press,"
        " Springfield. URL http://www.example.org/academic/books/statistics/"
        "sampling-designs-and-estimators-for-surveys/third-edition.html"
    ) in doc.text.split("\n\n")


def test_an_isbn_broken_onto_the_entry_next_line_is_the_entry():
    """ "… Springfield. ISBN" + "978-1-234-56789-0.": the numbers after an ISBN cue, hung under the
    entry, are its end, no page number cut as ``numbers_only``."""
    entry = [
        helvetica_line(
            LEFT,
            650,
            "Carter P, Diaz L (2010). Notes on Sampling. Example Press, Springfield. ISBN",
            10,
            RIGHT,
        ),
        _line(HANG, 636, "978-1-234-56789-0."),
    ]
    (doc,) = parse_pdf(font_pages([_references(entry)], [(b"F1", HELVETICA)]))
    assert (
        "Carter P, Diaz L (2010). Notes on Sampling. Example Press, Springfield. ISBN 978-1-234-56789-0."
    ) in doc.text.split("\n\n")
    assert not [span for span in doc.layers.get("removed", []) if span.attrs.get("why") == "numbers_only"]


BODY = [
    "This note collects the corrections to the book and shows how the package that goes with it",
    "is used: which data sets it holds, which demonstrations it runs and where each chapter's code",
    "can be found. Every chapter's examples can be run again from the package's own files.",
]


def _centred(text: str, y: float, size: float) -> bytes:
    return _line(300 - _width(text, size) / 2, y, text, size)


def test_a_centred_title_ending_in_a_colon_goes_on_with_its_second_line():
    """ "Sampling in Practice with R:" over "Package Notes and Errata", centred in one size: one
    title, no list its colon leads into."""
    ops = [
        _centred("Sampling in Practice with R:", 730, 17.2),
        _centred("Package Notes and Errata", 706, 17.2),
        _centred("Ada Example", 670, 12.0),
    ]
    ops += [_line(LEFT, 630 - 13 * at, text) for at, text in enumerate(BODY)]
    (doc,) = parse_pdf(font_pages([b"\n".join(ops)], [(b"F1", HELVETICA)]))
    assert doc.text.split("\n\n")[0] == "Sampling in Practice with R: Package Notes and Errata"


def _words(x: float, y: float, words: list[str], size: float) -> list[bytes]:
    """``words`` as TeX sets them: no space glyphs, a third of an em between them."""
    ops = []
    for word in words:
        ops.append(_line(x, y, word, size))
        x += _width(word, size) + SPACE * size
    return ops


def test_a_mark_set_a_space_after_the_date_keeps_the_space():
    """ "March 2015 *(revised in June 2021)": a note's mark set a word space after the date and right
    against the bracket after it goes to ``removed``, and the date keeps its space."""
    star = 220 + _width("March2015", 12.0) + 2 * SPACE * 12.0
    ops = [
        _centred("Sampling in Practice", 740, 17.2),
        *_words(220, 700, ["March", "2015"], 12.0),
        b"BT /F1 8 Tf %.2f 705 Td (*) Tj ET" % star,
        *_words(star + _width("*", 8.0), 700, ["(revised", "in", "June", "2021)"], 12.0),
    ]
    ops += [_line(LEFT, 640 - 13 * at, text) for at, text in enumerate(BODY)]
    ops.append(b"BT /F1 6 Tf 92 84 Td (*) Tj ET")
    ops.append(_line(96, 80, "Accepted by a journal of statistics.", 8.0))
    (doc,) = parse_pdf(font_pages([b"\n".join(ops)], [(b"F1", HELVETICA)]))
    assert "March 2015 (revised in June 2021)" in doc.text.split("\n\n")
    assert [span.attrs["text"] for span in doc.layers["removed"] if span.label == "footnote_mark"][:1] == [
        "*"
    ]
