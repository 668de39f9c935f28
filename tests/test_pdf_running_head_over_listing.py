"""A book's running head over a code listing (issue 15, thirty-second check: a tutorial's "CHAPTER 4." /
"INTRODUCTION TO …" / folio head was cut as furniture on most pages and kept in the text on the three
whose body opened with an R session): its pieces start and end where the listing's lines do, its folio
at the margin and its title's end at the measure's, as a table's head over its columns would; a row of
words beside a page number is a running header all the same. Pages hand-built, texts sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import font_pages  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402
from test_pdf_r_vignette_output import FILLER, FONTS, _justified, _text  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

TITLE = "INTRODUCTION TO THE PACKAGE"
MEASURE = 522.0  # the text block's right edge: 72 pt margin, 450 pt measure (75 Courier characters)
CHAPTER_X = 144.0  # where the head's "CHAPTER 4." starts: twelve Courier characters in from the margin


def _head(folio: int) -> list[str]:
    """The head over an even page: its folio at the margin, "CHAPTER 4.", the title ending at the measure."""
    width = sum(FONT_METRICS["Helvetica"][1][char] for char in TITLE) / 100
    return [
        _text(72, 800, str(folio)),
        _text(CHAPTER_X, 800, "CHAPTER 4."),
        _text(MEASURE - width, 800, TITLE),
    ]


# each prose page's own first line: a line coming back at the same place on three pages is furniture
OPENINGS = {
    80: "Each data set the package reads is kept in one object with its phenotypes and its markers,",
    82: "Phenotypes are a data frame of one row a person, and the markers a matrix of their genotypes,",
    86: "Subsetting the object selects people and markers at once, and keeps the two parts in step,",
}


def _prose_page(folio: int) -> str:
    lines = [OPENINGS[folio], *FILLER]
    body = [_justified(72, 770 - 14 * at, line, MEASURE - 72) for at, line in enumerate(lines)]
    return "\n".join([*_head(folio), *body])


def _listing_page(folio: int) -> str:
    """The head over an R session: commands at the margin, 75 characters long (ending at the measure),
    and printed rows set in by twelve characters (starting under "CHAPTER 4.")."""
    command = "> model <- glm(status ~ age + sex + bmi, family = binomial, data = cohort2)"
    row = "0.512  0.130  3.94"
    assert len(command) == 75
    lines = []
    for at in range(3):
        lines.append(_text(72, 770 - 28 * at, command, "F2"))
        lines.append(_text(CHAPTER_X, 756 - 28 * at, row, "F2"))
    after = [_text(72, 680, "The estimates are printed one row a coefficient, each with its error.")]
    return "\n".join([*_head(folio), *lines, *after])


def test_a_running_head_over_a_listing_is_furniture():
    pages = [_prose_page(80), _prose_page(82), _listing_page(84), _prose_page(86)]
    (doc,) = parse_pdf(font_pages([page.encode() for page in pages], FONTS))
    assert "CHAPTER" not in doc.text and TITLE not in doc.text
    assert "84" not in doc.text.split()
    removed = [span.attrs.get("text") for span in doc.layers.get("removed", [])]
    assert removed.count("CHAPTER 4.") == 4 and removed.count(TITLE) == 4
    assert "84" in removed
    # taken for a table's head, the head took the listing under it into a table with it
    assert not [span for span in doc.spans if span.label == "table"]
    assert doc.text.count("> model <- glm(") == 3
