"""A description list whose terms are set in typewriter, run in with their descriptions (issue 15,
thirty-fifth check's row 1: HSAUR3's variables, "seeding a factor indicating … (yes or no)," /
"time number of days after …" / …, ran into two paragraphs, each term read as a word of one
sentence). Each entry, an item skip under the one before, is a paragraph of its own; lines opening
with a typewriter name at the paragraph's pitch stay one paragraph. Pages hand-built, texts sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, font_pages, helvetica_width, text_at  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
LEFT, RIGHT = 72.0, 523.0
PROSE = [
    "The data were collected in the summer of one year from an experiment on the seeding of clouds,",
    "where each day was judged suitable for seeding on the basis of a measured suitability criterion,",
    "and on suitable days a decision was taken at random as to whether to seed the clouds or not.",
    "For each day the following variables were measured:",
]
ENTRIES = [  # term, description
    ("seeding", "a factor indicating whether seeding action occurred (yes or no),"),
    ("time", "number of days after the first day of the experiment,"),
    ("cloudc", "the percentage cloud cover in the experimental area, measured using radar,"),
    ("rain", "the amount of rain in cubic meters,"),
    ("sne", "suitability criterion, see above."),
]
AFTER = [
    "The objective in analyzing these data is to see how the rainfall is related to the variables",
    "and, in particular, to determine how effective the seeding was; the method to be used is a",
    "multiple linear regression of the rainfall on the variables and on their interactions with the",
    "seeding, and the model fitted is checked by the plots of its residuals against the fitted",
    "values, which show whether two observations with extreme rainfall have a large influence.",
]


def _fitted(x0: float, y: float, text: str, x1: float) -> str:
    """``text`` in Helvetica at (x0, y), stretched (``Tz``) to end at ``x1``: a justified line."""
    return f"BT /F1 10 Tf {100 * (x1 - x0) / helvetica_width(text, 10):.2f} Tz {x0} {y} Td ({text}) Tj ET"


def _term_line(y: float, term: str, text: str) -> str:
    """A typewriter ``term`` at the margin and its description run in after it, in Helvetica, in
    one text object as TeX sets them."""
    return f"BT /F2 10 Tf {LEFT} {y} Td ({term}) Tj /F1 10 Tf ( {text}) Tj ET"


def _page(skip: float) -> bytes:
    lines = [_fitted(LEFT, 760 - 12 * at, line, RIGHT) for at, line in enumerate(PROSE[:-1])]
    lines.append(text_at(LEFT, 760 - 12 * (len(PROSE) - 1), PROSE[-1]))
    y = 760 - 12 * len(PROSE) - 3
    for term, text in ENTRIES:
        lines.append(_term_line(y, term, text))
        y -= skip
    lines += [_fitted(LEFT, y - 12 * at, line, RIGHT) for at, line in enumerate(AFTER)]
    return "\n".join(lines).encode()


def test_typewriter_terms_an_item_skip_apart_open_an_entry_each():
    (doc,) = parse_pdf(font_pages([_page(15)], FONTS))
    paragraphs = doc.text.split("\n\n")
    for term, text in ENTRIES:
        assert f"{term} {text}" in paragraphs


def test_lines_opening_with_a_typewriter_name_at_the_paragraphs_pitch_stay_one_paragraph():
    (doc,) = parse_pdf(font_pages([_page(12)], FONTS))
    assert "(yes or no), time number of days" in doc.text
