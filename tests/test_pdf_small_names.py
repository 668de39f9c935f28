"""A line whose names are set in a smaller font keeps its paragraph (issue 15, the twenty-ninth
check's row 2, an R vignette): class names typeset smaller inside a sentence made most of the line's
letters small, so the line counted as smaller print than the next and the sentence's last line was
read as a paragraph of its own ("… resp. AbscontDistribution();" + "see also the corresponding
help."). Such a line's box stands as tall as a body line's: it holds letters of the body's size. All
texts here are written for the tests, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import escaped, helvetica_line, helvetica_page  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 450.0
WIDTHS = FONT_METRICS["Helvetica"][1]
_BODY = [
    helvetica_line(
        90, 700, "The objects are made by the functions of the package, and they can be passed", 10, RIGHT
    ),
    helvetica_line(
        72, 688, "on to all of its methods without any conversion, whichever of the functions made", 10, RIGHT
    ),
    helvetica_line(
        72,
        676,
        "them, since every one of them belongs to one of the classes that the package has in",
        10,
        RIGHT,
    ),
]
_NEXT = helvetica_line(90, 628, "A second paragraph follows the first one after a wider gap.", 10)
OPENING = (
    "The objects are made by the functions of the package, and they can be passed on to all of its"
    " methods without any conversion, whichever of the functions made them, since every one of them"
    " belongs to one of the classes that the package has in the classes"
)


def _mixed_line(x: float, y: float, pieces: list[tuple[str, int]]) -> bytes:
    """One line of ``pieces`` (text, size) in turn, its word spaces widened to end at ``RIGHT``."""
    natural = sum(WIDTHS[char] * size / 1000 for text, size in pieces for char in text)
    spaces = sum(text.count(" ") for text, _ in pieces)
    shows = b" ".join(b"/F1 %d Tf (%s) Tj" % (size, escaped(text)) for text, size in pieces)
    return b"BT %.3f Tw %.2f %.2f Td %s ET" % ((RIGHT - x - natural) / spaces, x, y, shows)


def _page(mixed: list[tuple[str, int]], last: str, last_x: float = 72.0) -> bytes:
    """A paragraph of three body lines, the ``mixed`` line and its ``last`` line, then another one."""
    return helvetica_page(
        b"\n".join([*_BODY, _mixed_line(72, 664, mixed), helvetica_line(last_x, 652, last, 10), _NEXT])
    )


def _paragraphs(data: bytes) -> list[str]:
    return parse_pdf(data)[0].text.split("\n\n")


def test_sentence_goes_on_under_a_line_of_small_names() -> None:
    mixed = [
        ("the classes: ", 10),
        ("LatticeDistribution", 8),
        (", ", 10),
        ("DiscreteDistribution", 8),
        (", ", 10),
        ("UnivarMixingDistribution", 8),
        (" or ", 10),
        ("AbscontDistribution", 8),
        (";", 10),
    ]
    assert _paragraphs(_page(mixed, "see also the corresponding help.")) == [
        f"{OPENING}: LatticeDistribution, DiscreteDistribution, UnivarMixingDistribution or"
        " AbscontDistribution; see also the corresponding help.",
        "A second paragraph follows the first one after a wider gap.",
    ]


def test_parenthesis_goes_on_under_a_line_of_small_names() -> None:
    mixed = [
        ("the classes ", 10),
        ("LatticeDistribution", 8),
        (" or ", 10),
        ("DiscreteDistribution", 8),
        (" or else of the class ", 10),
        ("AbscontDistribution", 8),
    ]
    assert _paragraphs(_page(mixed, "(if continuous).")) == [
        f"{OPENING} LatticeDistribution or DiscreteDistribution or else of the class AbscontDistribution"
        " (if continuous).",
        "A second paragraph follows the first one after a wider gap.",
    ]


def test_small_print_under_body_text_stays_apart() -> None:
    """A block set wholly smaller (a note under the text) is still a paragraph of its own."""
    note = (
        "a note set smaller under the text of the page, which says more about the classes and the functions"
    )
    data = helvetica_page(b"\n".join([*_BODY, helvetica_line(72, 666, note, 8)]))
    assert _paragraphs(data)[1:] == [note]
