"""A book's running head with a listing close under it (issue 15, thirty-fifth check: HSAUR3's chapters
kept "ANALYSIS USING R" / "7" on the pages whose text opened with an R session one line under the head,
glued to the prose or code that followed, and cut it on the others). A line set over a monospaced line
within an em is a listing's label ("Code"), but a row of words beside one page number is a running head.
The head stands 132 pt from the top, below the page's outer tenth, as in a book cropped on A4. Pages
hand-built, texts sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import font_pages  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402
from test_pdf_r_vignette_output import FILLER, FONTS, _justified, _text  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

TITLE = "FITTING MODELS IN R"
MARGIN, MEASURE = 72.0, 522.0
HEAD_Y = 710.0  # the head's baseline; the text block's first line one 14 pt step under it
OPENINGS = {
    1: "Each data set the package reads is kept in one object with its phenotypes and its markers,",
    4: "Subsetting the object selects people and markers at once, and keeps the two parts in step,",
}


def _head(folio: int) -> list[str]:
    """An even page's folio at the margin and the title ending at the measure; an odd page's title at
    the margin and the folio ending at the measure."""
    title_width = sum(FONT_METRICS["Helvetica"][1][char] for char in TITLE) / 100
    folio_width = sum(FONT_METRICS["Helvetica"][1][char] for char in str(folio)) / 100
    if folio % 2:
        return [_text(MARGIN, HEAD_Y, TITLE), _text(MEASURE - folio_width, HEAD_Y, str(folio))]
    return [_text(MARGIN, HEAD_Y, str(folio)), _text(MEASURE - title_width, HEAD_Y, TITLE)]


def _prose_page(folio: int) -> bytes:
    lines = [OPENINGS[folio], *FILLER]
    width = MEASURE - MARGIN
    body = [_justified(MARGIN, HEAD_Y - 14 * (at + 1), line, width) for at, line in enumerate(lines)]
    return "\n".join([*_head(folio), *body]).encode()


def _listing_page(folio: int) -> bytes:
    """The head with an R session one step under it, then a sentence."""
    commands = ["R> fit <- lm(rain ~ seeding + time, data = clouds)", "R> summary(fit)"]
    session = [_text(MARGIN, HEAD_Y - 14 * (at + 1), command, "F2") for at, command in enumerate(commands)]
    after = _text(MARGIN, HEAD_Y - 60, "The estimates are printed one row a coefficient, with its error.")
    return "\n".join([*_head(folio), *session, after]).encode()


def test_a_running_head_close_over_a_listing_is_furniture():
    pages = [_prose_page(1), _listing_page(2), _listing_page(3), _prose_page(4)]
    (doc,) = parse_pdf(font_pages(pages, FONTS))
    assert TITLE not in doc.text
    removed = [span.attrs.get("text") for span in doc.layers.get("removed", [])]
    assert removed.count(TITLE) == 4
    assert {"2", "3"} <= set(removed)
    assert "R> fit <- lm(rain ~ seeding + time, data = clouds)" in doc.text.split("\n")
