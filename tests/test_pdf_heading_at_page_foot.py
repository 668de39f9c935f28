"""A heading at a page's bottom in a document that prints its furniture at the head (issue 15, check 61
row 4): libu2f-host-doc's u2f-host.pdf, a gtk-doc API reference through DBLaTeX, sets its running head
and folio ("Yubico Universal 2nd Factor C Library", "1 / 5") at each page's top and nothing at the
foot; its "Members" heading (9 pt bold, under the 10 pt body) stood alone at a page's bottom with
its table overleaf and went as ``page_foot``. Geometry after that PDF (A4, the head at 37 pt from the
top, the text from 82 pt, "Members" at 736 pt); words sloika's own, typed from the rendered pages."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, HELVETICA_BOLD, font_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

HEAD = "Widget Host Library"
FOOT_LINE = "Official edition"


def row(y: float, text: str, size: float = 10, font: bytes = b"F1", x: float = 56.7) -> bytes:
    """One line of ``text`` at baseline ``y`` (from the page's bottom)."""
    return b"BT /%s %g Tf %g %g Td (%s) Tj ET" % (font, size, x, y, text.encode())


def headed(number: int, body: list[bytes]) -> bytes:
    """A page with the running head and its folio on the top row (37 pt from the top), then ``body``."""
    return b"\n".join([row(795, HEAD), row(795, f"{number} / 3", size=9, x=520), *body])


def footed(number: int, body: list[bytes]) -> bytes:
    """A page with ``body`` and its folio centred on the foot row (40 pt from the bottom)."""
    return b"\n".join([*body, row(40, str(number), x=295)])


def prose(top: float, lines: list[str]) -> list[bytes]:
    """Body lines from baseline ``top``, 12 pt apart."""
    return [row(top - 12 * at, text) for at, text in enumerate(lines)]


FIRST = [
    "The library talks to a widget over its host interface and reports every failure through one",
    "of the codes listed below, so that a caller can tell a missing widget from a broken one.",
]
SECOND = ["WIDGET_OK stands for success, and every other code names the step that failed."]
THIRD = ["The codes are stable across releases and may be stored by a caller."]


def pages(page: object, bottom: list[bytes]) -> bytes:
    """Three pages built by ``page``: the first ends in ``bottom`` (set apart, near the foot)."""
    return font_pages(
        [
            page(1, [*prose(760, FIRST), *bottom]),
            page(2, prose(760, SECOND)),
            page(3, prose(760, THIRD)),
        ],
        [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)],
    )


def test_a_heading_at_the_bottom_of_a_page_whose_furniture_is_at_its_head_is_kept():
    """u2f-host.pdf p. 4: "Members", a 9 pt bold heading alone at the page's bottom (its table
    overleaf), was cut as ``page_foot``, and so was "U2FH_VERSION_NUMBER" (p. 6, its #define line
    overleaf). The document prints its furniture at each page's head: the line is the text's last,
    and it stays in its place, before the next page's text."""
    (doc,) = parse_pdf(pages(headed, [row(98, "Members", size=9, font=b"F2")]))
    assert doc.text == "\n\n".join([" ".join(FIRST), "Members", *SECOND, *THIRD])
    furniture = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert sorted(furniture) == sorted([HEAD] * 3 + ["1 / 3", "2 / 3", "3 / 3"])


def test_a_small_line_over_the_folio_at_a_page_foot_still_goes():
    """The rule's other side: where the folio stands at the foot, a small short line alone at the
    page's bottom (a standard's "Издание официальное" under its first page) is furniture as
    before, ``page_foot``."""
    (doc,) = parse_pdf(pages(footed, [row(98, FOOT_LINE, size=8)]))
    assert doc.text == "\n\n".join([" ".join(FIRST), *SECOND, *THIRD])
    assert FOOT_LINE in [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_foot"]
