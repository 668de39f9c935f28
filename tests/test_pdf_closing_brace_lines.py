"""A closing brace alone on its line, closing a brace the lines above opened (issue 15, the
twenty-ninth check's leftovers of row 2: a vignette's Rd files printed line by line in the text
font, "\\section{Slots}{" … "}"). Nineteen such "}" lines were cut as ``no_words`` debris, so no
section of the file ever closed. A line of closing brackets only ("}", "})") that closes braces
opened above it and still open is the text's, whatever its font; a lone "}" with no brace open
above (a drawing's stroke) still goes. All texts here are written for the tests (Helvetica,
10 pt, 12 pt lines)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_pages, lead_in_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

INTRO = "The help file of the new class is written as follows, one command on each of its lines."
AFTER = "The help file is then checked by the package tools before the package is built again."
RD = [
    (72, "\\name{Counter-class}"),
    (72, "\\section{Slots}{"),
    (84, "\\item{size}{the number of slots held by the counter}"),
    (72, "}"),
    (72, "\\examples{"),
    (84, "x <- counter(size = 1)"),
    (72, "}"),
]


def test_closing_braces_of_an_rd_listing_stay():
    (doc,) = parse_pdf(lead_in_page(INTRO, RD, AFTER))
    assert [s.attrs.get("why") for s in doc.layers.get("removed", [])] == []
    assert doc.text.split("\n\n") == [INTRO, *[text for _, text in RD], AFTER]


def test_a_lone_brace_with_none_open_above_still_goes():
    rows = [(72, "\\name{Counter-class}"), (72, "}")]
    (doc,) = parse_pdf(lead_in_page(INTRO, rows, AFTER))
    assert [s.attrs.get("why") for s in doc.layers.get("removed", [])] == ["no_words"]


def test_a_brace_closing_a_block_opened_the_page_before_stays():
    """A block opened at the foot of one page ("\\section{Slots}{"), its "}" atop the next."""
    first = b"\n".join(helvetica_line(x, 700 - 12 * at, text, 10) for at, (x, text) in enumerate(RD[:3]))
    second = [helvetica_line(72, 700, "}", 10), helvetica_line(72, 670, AFTER, 10, 540)]
    (doc,) = parse_pdf(helvetica_pages([first, b"\n".join(second)]))
    assert [s.attrs.get("why") for s in doc.layers.get("removed", [])] == []
    assert doc.text.split("\n\n") == [*[text for _, text in RD[:3]], "}", AFTER]
