"""A session's input opening a page is no running head (issue 15, fifty-ninth held-out check row
5, pdiff-doc.pdf: a Maxima session typeset through TeX, each input a typewriter line beside its
prompt "(c21)", the prompts' numbers rising through the session). Inputs opened 5 of its 12 pages;
their prompts, one key with the digits aside ("(c)"), came back at the page's top on those pages and
were cut as ``page_furniture``, and four inputs with them as a running head's title beside a
head: "e : diff(f(x^2),x);" and three more were lost. A line whose words the text block sets again
opening a row inside it, in its size and at its left edge, on as many pages as it stands at the
edge or more, is the body's: a running head never stands inside the text block. All texts here are
written for the test (Helvetica prose and prompts, Courier inputs, math italic outputs on A4 pages,
a folio at the foot); the expected text is typed by hand from the fixture."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    code_line,
    font_pages,
    math_row,
    removed_texts,
    tex_font,
    text_row,
)

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"97 /a 98 /b 102 /f 120 /x 121 /y")
TOP = 780.0  # the baseline of each page's first row
LEAD = [
    "Maxima evaluates expressions with positional derivatives when the function is given a",
    "formula later; each step of the example below shows its input and its output",
]
# each page's two inputs, the first opening pages 2 to 5
INPUTS = [
    ("e : diff(f(x),x);", "diff(e,x);"),
    ("f(x) := x^5;", "ev(e);"),
    ("g : subst(2,x,e);", "ev(g);"),
    ("remfunction(f);", "e, f = h;"),
    ("kill(rules)$", "subst(1,x,e);"),
]
PROSE = [
    "The input above changes the expression, and the next one evaluates it again with the",
    "same formula; the output shows the result",
]


def _display(y: float) -> list[bytes]:
    """ "f(x) = a + b" set at ``y`` from x = 250, its letters in math italic."""
    return [
        math_row(250, y, "f"),
        text_row(254, y, "("),
        math_row(257.3, y, "x"),
        text_row(261.3, y, ") = "),
        math_row(277, y, "a"),
        text_row(281, y, " + "),
        math_row(292.4, y, "b"),
    ]


def _step(y: float, number: int, code: str) -> list[bytes]:
    """An input at baseline ``y`` beside its prompt "(c``number``)", its output 26 pt under it."""
    return [text_row(90, y, f"(c{number})"), code_line(150, y, code, 10), *_display(y - 26)]


def _page(at: int, first: str, second: str) -> bytes:
    """Page ``at`` (from 0): the lead-in on page 1, then its first input; on the other pages the
    first input opens the page; prose, the second input, and the folio at the foot."""
    y = TOP
    parts: list[bytes] = []
    if at == 0:
        parts += [text_row(72, y - 14 * row, line) for row, line in enumerate(LEAD)]
        y -= 50
    parts += _step(y, 2 * at + 1, first)
    parts += [text_row(72, y - 70 - 14 * row, line) for row, line in enumerate(PROSE)]
    parts += _step(y - 120, 2 * at + 2, second)
    parts.append(text_row(294, 60, str(at + 1)))
    return b"\n".join(parts)


def test_an_input_opening_a_page_stays():
    pdf = font_pages(
        [_page(at, *pair) for at, pair in enumerate(INPUTS)],
        [(b"F1", HELVETICA), (b"F2", COURIER), (b"M", CMMI)],
    )
    (doc,) = parse_pdf(pdf)
    assert removed_texts(doc, "page_furniture") == [str(number) for number in range(1, len(INPUTS) + 1)]
    page = [
        f"{first}\n\nf(x) = a + b\n\n{' '.join(PROSE)}\n\n{second}\n\nf(x) = a + b"
        for first, second in INPUTS
    ]
    assert doc.text == "\n\n".join([" ".join(LEAD), *page])
