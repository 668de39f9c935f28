"""An R vignette's pages (issue 15, twenty-seventh check row 4): a numbered section heading the text
layer reads after the lead-in sentence standing under it, and two listings on consecutive pages with
a plot between them. Geometry after the vignette's (A4, 10.9 pt text, 14.3 pt headings); words
sloika's own."""

from __future__ import annotations

from dataclasses import replace

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, code_lines, font_pages  # noqa: E402

from sloika.pipelines.formats.pdf import _headings_over_their_text, parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_layout import Layout  # noqa: E402
from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402
from sloika.pipelines.formats.pdf_reflow import paragraphs  # noqa: E402

INTRO = [
    "This collection shows how the package draws groups of points side by side, so that a",
    "reader sees both the spread of each group and the single values that make it up.",
]
LISTING = ["library(points)", "set.seed(12345)", "values<-rnorm(200)", "draw(values)"]
LEAD_IN = "The simplest example draws two groups of random values next to each other:"


def test_a_larger_heading_read_after_the_sentence_under_it_goes_first():
    """The layer read "… next to each other:" ¶ "1. The basics" ¶ the listing: the heading, set
    larger and centred above the sentence, came after the lead-in it opens (pdfminer grouped the
    sentence with the listing under it, a box read before the heading's)."""
    ops = [
        b"BT /F1 10 Tf 72 %d Td (%s) Tj ET" % (760 - 12 * at, text.encode()) for at, text in enumerate(INTRO)
    ]
    ops.append(b"BT /F1 10 Tf 72 670 Td (%s) Tj ET" % LEAD_IN.encode())
    ops.append(b"BT /F1 14 Tf 250 695 Td (1. The basics) Tj ET")
    ops += [code_line(72, 645 - 14 * at, ">", 10) for at in range(len(LISTING))]
    ops += [code_line(95, 645 - 14 * at, text, 10) for at, text in enumerate(LISTING)]
    ops.append(b"BT /F1 10 Tf 72 400 Td (Every point stands for one value of its group.) Tj ET")
    (doc,) = parse_pdf(font_pages([b"\n".join(ops)], [(b"F1", HELVETICA), (b"F2", COURIER)]))
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[:3] == [" ".join(INTRO), "1. The basics", LEAD_IN]
    assert code_lines(doc) == [f">   {text}" for text in LISTING]
    assert paragraphs[-1] == "Every point stands for one value of its group."


def test_a_body_sized_line_read_after_the_line_under_it_stays():
    """Only a heading (set larger than the body's text) moves: a body-sized line over a line read
    before it (a column's top read after the other column's lines) stays where the layer reads it."""
    body = [
        Line(
            0,
            f"Line {n} of the paragraph, set at the text's own size.",
            72.0,
            500.0,
            300.0 + 12 * n,
            310.0 + 12 * n,
            10.0,
            842.0,
        )
        for n in range(4)
    ]
    above = Line(0, "A line above them", 250.0, 340.0, 100.0, 110.0, 10.0, 842.0)
    laid = _headings_over_their_text(Layout([[*body, above]], [], [[]]))
    assert [line.text for line in laid.pages[0]] == [line.text for line in [*body, above]]
    heading = replace(above, text="2. Options", size=14.0, bottom=114.0)
    laid = _headings_over_their_text(Layout([[*body, heading]], [], [[]]))
    assert [line.text for line in laid.pages[0]] == [line.text for line in [heading, *body]]


FIRST = ["ggplot(mapping=aes(labs,dat,color=groups)) +", "geom_points(dodge=.8,cex=2)"]
SECOND = ["ggplot(mapping=aes(dat,labs,color=groups)) +", "geom_points(dodge=.8,cex=2)"]
FILLER = "The points of each group spread sideways, so that none hides another one behind it."


def listing(rows: list[str], top: float) -> list[bytes]:
    """A console listing from baseline ``top`` down, 14 pt apart: the prompt ("> ", then "+ ") at
    the margin, each row's code beside it, the rows after the first indented two columns more."""
    ops = [code_line(72, top - 14 * at, ">" if at == 0 else "+", 10) for at in range(len(rows))]
    return ops + [code_line(106 if at else 95, top - 14 * at, text, 10) for at, text in enumerate(rows)]


def test_a_listing_ending_above_a_plot_does_not_go_on_overleaf():
    """Page 4 ends with a listing at mid-page, its plot (an image: no text) under it; page 5 opens
    with the next listing. They were one ``code`` span, the second indented by four spaces (its
    columns counted from the first's). A listing goes on overleaf only from the foot of the page's
    text: one that ends more than 8 em of its lines above the foot the document's pages reach is over."""
    page4 = [b"BT /F1 10 Tf 72 760 Td (With the points dodged:) Tj ET", *listing(FIRST, 735)]
    page5 = listing(SECOND, 760)
    page5 += [b"BT /F1 10 Tf 72 %d Td (%s) Tj ET" % (400 - 12 * at, FILLER.encode()) for at in range(25)]
    fonts = [(b"F1", HELVETICA), (b"F2", COURIER)]
    (doc,) = parse_pdf(font_pages([b"\n".join(page4), b"\n".join(page5)], fonts))
    codes = [doc.text[s.start : s.end] for s in doc.spans if s.label == "code"]
    assert codes == [
        f">   {FIRST[0]}\n+     {FIRST[1]}",
        f">   {SECOND[0]}\n+     {SECOND[1]}",
    ]


def test_a_centred_title_over_two_lines_is_one_paragraph():
    """gridBase.pdf's title, "Integrating Grid Graphics Output" over "with Base Graphics Output",
    centred, the second line narrower: read as two paragraphs (the second line starts further in,
    as a paragraph's indented first line does). A title's line that opens with a lower-case word,
    centred under the line above at its size, goes on that line."""
    title = [
        Line(0, "Drawing Points Beside Each Other", 179.0, 414.0, 164.0, 181.0, 17.2, 842.0),
        Line(0, "with a Sideways Offset", 201.0, 392.0, 186.0, 203.0, 17.2, 842.0),
        Line(0, "Ann Example", 264.0, 329.0, 226.0, 238.0, 12.0, 842.0),
    ]
    body = [
        Line(0, text, 125.0, x1, 300.0 + 12 * at, 310.0 + 12 * at, 10.0, 842.0)
        for at, (text, x1) in enumerate([(FILLER, 469.0), (FILLER, 469.0), ("They are all kept.", 220.0)])
    ]
    assert paragraphs([[*title, *body]]) == [
        "Drawing Points Beside Each Other with a Sideways Offset",
        "Ann Example",
        f"{FILLER} {FILLER} They are all kept.",
    ]
    apart = [
        title[0],
        replace(title[1], text="With a Sideways Offset"),
        *body,
    ]  # a capital: a line of its own
    assert paragraphs([apart])[:2] == ["Drawing Points Beside Each Other", "With a Sideways Offset"]
