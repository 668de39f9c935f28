"""A quotation indented on both sides is full by its own right edge (issue 15, seventeenth check row 1).

xecyr-ex1-ru-x.pdf (Lamport's sample document in Russian) sets a `quotation` and a `verse` with
their own margins, 2.5 em in from each side of the column. The reflow measured a line's fullness
against the column's right edge, so the quotation's full line before a capital ended its paragraph
("…не представляет для" / "Вас никакого интереса.") and a verse line was parted from its hanging
continuation. The page below is hand-built with that feature; the sentences are sloika's own and the
expected texts are typed by hand.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_page  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SIZE = 10
LEADING = 12
LEFT, RIGHT = 72.0, 472.0  # the column
QUOTE_LEFT, QUOTE_RIGHT = 97.0, 447.0  # the quotation's margins, 2.5 em in from each side


def _escaped(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode()


def _line(x: float, row: int, text: str, end: float | None = None) -> bytes:
    """A Helvetica line at ``x`` on ``row`` (from y 700 down); ``end``: justified to end there."""
    natural = sum(FONT_METRICS["Helvetica"][1][char] for char in text) * SIZE / 1000
    spacing = (end - x - natural) / text.count(" ") if end is not None else 0.0
    return b"BT /F1 %d Tf %.3f Tw %.2f %.2f Td (%s) Tj ET" % (
        SIZE,
        spacing,
        x,
        700 - LEADING * row,
        _escaped(text),
    )


OPENING = [
    _line(87, 0, "The committee read the whole report aloud in the hall and then asked its author to", RIGHT),
    _line(
        LEFT, 1, "read the passage that had started the whole dispute once more, since nobody in the", RIGHT
    ),
    _line(
        LEFT, 2, "room could remember how it went, and the secretary had lost the copy that had been", RIGHT
    ),
    _line(LEFT, 3, "sent to the members before the meeting. The author took the report and read it out:"),
]
OPENED = (
    "The committee read the whole report aloud in the hall and then asked its author to read the passage "
    "that had started the whole dispute once more, since nobody in the room could remember how it went, "
    "and the secretary had lost the copy that had been sent to the members before the meeting. The author "
    "took the report and read it out:"
)
CLOSING = _line(LEFT, 9, "The author agreed that the passage was worth reading twice.")


def _page(quotation: list[bytes]) -> bytes:
    return helvetica_page(b"\n".join([*OPENING, *quotation, CLOSING]))


def test_a_quotation_line_filling_its_own_measure_goes_on_before_a_capital():
    """The quotation's second line ends at the quotation's right edge, 2.5 em short of the column's:
    it is full, and the sentence goes on at "Ann Miller"."""
    quotation = [
        _line(
            112, 4, "The old mill stood by the river for over two hundred years, and in every", QUOTE_RIGHT
        ),
        _line(
            QUOTE_LEFT,
            5,
            "spring the high water rose right up to the green door of the little house of",
            QUOTE_RIGHT,
        ),
        _line(QUOTE_LEFT, 6, "Ann Miller, who never once left it."),
    ]
    doc = parse_pdf(_page(quotation), foreign="keep")[0]
    assert doc.text.split("\n\n") == [
        OPENED,
        "The old mill stood by the river for over two hundred years, and in every spring the high water "
        "rose right up to the green door of the little house of Ann Miller, who never once left it.",
        "The author agreed that the passage was worth reading twice.",
    ], doc.text


def test_a_short_line_of_a_quotation_still_ends_its_paragraph():
    """Control: a quotation's line that stops short of the quotation's edge before a capital is a
    paragraph's last line, and the next paragraph of the quotation stands apart."""
    quotation = [
        _line(
            112, 4, "The old mill stood by the river for over two hundred years, and in every", QUOTE_RIGHT
        ),
        _line(
            QUOTE_LEFT,
            5,
            "spring the high water rose right up to the green door of the little stone house.",
            QUOTE_RIGHT,
        ),
        _line(QUOTE_LEFT, 6, "It was empty."),
        _line(112, 7, "Ann Miller never once left it."),
    ]
    doc = parse_pdf(_page(quotation), foreign="keep")[0]
    assert doc.text.split("\n\n") == [
        OPENED,
        "The old mill stood by the river for over two hundred years, and in every spring the high water "
        "rose right up to the green door of the little stone house. It was empty.",
        "Ann Miller never once left it.",
        "The author agreed that the passage was worth reading twice.",
    ], doc.text


def test_short_lines_ending_together_under_a_longer_one_are_no_block():
    """Control (floatrow-rus.pdf's option list): two short descriptions that happen to end together,
    indented under a description line that runs to the column's edge, are short lines of that wider
    block, not a measure: the second, ending a sentence, still ends its paragraph before a capital."""
    descriptions = [
        _line(150, 4, "the caption stands above the object and floats set side by side", RIGHT),
        _line(150, 5, "are aligned at their tops, as the plain style does;"),
        _line(150, 6, "the caption below the object;", 300),
        _line(150, 7, "the caption beside the object.", 300),
        _line(150, 8, "Note that the option auto is not used by this key."),
    ]
    doc = parse_pdf(_page(descriptions), foreign="keep")[0]
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[-2:] == [
        "Note that the option auto is not used by this key.",
        "The author agreed that the passage was worth reading twice.",
    ], doc.text
    assert paragraphs[-3].endswith("the caption beside the object."), doc.text
