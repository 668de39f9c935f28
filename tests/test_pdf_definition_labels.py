"""A definition list whose heads carry a category label flush right on their row (Texinfo's
``@deffn``: "display_color (box)" at the margin, "VSL Function" at the right edge, the description
indented under it; issue 15, the twenty-seventh check's row 1). pdfminer read the labels as a column
of their own after the heads: they stood as paragraphs away from their entries, or the pairs made a
table. All texts here are written for the tests."""

from __future__ import annotations

from pdf_objects import HELVETICA, font_pages, helvetica_line, helvetica_page
from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.pdf import parse_pdf

RIGHT = 540.0
INTRO = "These are the functions the viewer uses to draw its boxes in the colours you choose here."


def _width(text: str, size: int) -> float:
    return sum(FONT_METRICS["Helvetica"][1][char] for char in text) * size / 1000


def _line(x: float, y: float, text: str) -> str:
    return f"BT /F1 10 Tf {x:.2f} {y:.2f} Td ({text}) Tj ET"


def _page(entries: list[tuple[list[str], str]], label_x: float | None = None) -> bytes:
    """``entries`` of (heads, description): each head at the margin with its label flush right at
    ``RIGHT`` (or starting at ``label_x``), the description indented under them; the labels drawn
    last, as a column of their own."""
    body, labels, y = [_line(72, 720, INTRO)], [], 696.0
    for heads, description in entries:
        for head in heads:
            name, label = head.split("|")
            body.append(_line(72, y, name))
            x = label_x if label_x is not None else RIGHT - _width(label, 10)
            labels.append(_line(x, y, label))
            y -= 12
        body.append(_line(90, y, description))
        y -= 20
    return helvetica_page("\n".join(body + labels).encode())


ENTRIES = [
    (["frame_color (box)|Viewer Function"], "Returns box in the colour used for frames."),
    (
        ["small_rm (box)|Viewer Function", "small_bf (box)|Global Viewer Function"],
        "Returns box in a small font.",
    ),
    (["shadow (box)|Viewer Function"], "Returns box with a shadow around it."),
]


def test_a_category_label_reads_with_its_head():
    assert parse_pdf(_page(ENTRIES))[0].text.split("\n\n") == [
        INTRO,
        "frame_color (box)  Viewer Function",
        "Returns box in the colour used for frames.",
        "small_rm (box)  Viewer Function",
        "small_bf (box)  Global Viewer Function",
        "Returns box in a small font.",
        "shadow (box)  Viewer Function",
        "Returns box with a shadow around it.",
    ]


PROSE = [
    "The viewer draws every value it shows as a box, and the functions below build those boxes",
    "from smaller ones. Each of them may be replaced by a theme of your own, written in the same",
    "language; the next pages list them by their task, with the definition each has by default.",
]
OPENING = "This appendix tells how the viewer draws all of its boxes on the screen."
INDENTED = [
    "The functions in this appendix are defined in the library that comes with the viewer. They",
    "can be used and replaced by themes.",
    "Please note: functions marked as global must be defined with an arrow instead of the equals",
    "sign, as the section on definitions shows.",
]


def test_a_one_line_paragraph_on_a_page_of_short_definitions_ends_there():
    """A page whose long lines are mostly short descriptions still has the column's margin where
    two of its lines reach it: the one-line opening paragraph ends short of it and stays apart
    (paragraphs set apart by a little space, as Texinfo does)."""
    first = b"\n".join(helvetica_line(72, 760 - 12 * at, text, 10, RIGHT) for at, text in enumerate(PROSE))
    top = [helvetica_line(86, 760, OPENING, 10).decode()]
    for at, (x, text) in enumerate(zip([86, 72, 86, 72], INDENTED, strict=True)):
        top.append(helvetica_line(x, [745, 733, 718, 706][at], text, 10, RIGHT if x == 86 else None).decode())
    body = [_line(72, 680 - 30 * at, f"name_{at} (box)") for at in range(8)]
    body += [
        _line(90, 668 - 30 * at, f"Returns box number {at} in the colour used for it.") for at in range(8)
    ]
    pdf = font_pages([first, "\n".join(top + body).encode()], [(b"F1", HELVETICA)])
    paragraphs = parse_pdf(pdf)[0].text.split("\n\n")
    assert paragraphs[1:4] == [OPENING, " ".join(INDENTED[:2]), " ".join(INDENTED[2:])]


def test_two_captions_on_a_row_over_nothing_stay_apart():
    """A figure's two panel captions on one row, the right one ending at the page's right edge, with
    no description indented under them: two lines, as before."""
    content = [_line(72, 600, "(a) Original picture")]
    content.append(_line(RIGHT - _width("(b) Smoothed one", 10), 600, "(b) Smoothed one"))
    assert parse_pdf(helvetica_page("\n".join(content).encode()))[0].text.split("\n\n") == [
        "(a) Original picture",
        "(b) Smoothed one",
    ]
