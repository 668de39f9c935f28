"""A caption whose lines hang under its text, right of a bold label (issue 15, thirty-fifth check's row
1: HSAUR3's "**Figure 6.2**  Scatterplot … regression line (left)" / "and plot of residuals against
fitted values (right)." stood as two paragraphs, and the sentence the float interrupted, "… however,
we" / [the figure atop the next page] / "are interested in only …", stayed torn). The caption's next
line at its text's start goes on the caption, and the sentence goes on after the float. Pages
hand-built, texts sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, HELVETICA_BOLD, font_pages, helvetica_width, text_at  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", HELVETICA_BOLD)]
LEFT, RIGHT = 72.0, 523.0  # the measure
HANG = 126.0  # where the caption's text starts, right of its label
BEFORE = [
    "We add the estimated regression line to the scatterplot and also plot the residuals of the model",
    "against the fitted values, to assess the quality of the model fit for the galaxies in the data set.",
    "It seems that for higher distance values the variance of the velocity increases; however, we",
]
CAPTION = [
    "Scatterplot of velocity and distance with the estimated regression line (left)",
    "and plot of residuals against fitted values (right).",
]
AFTER = [
    "are interested in only the estimated parameter, which remains valid under a variance that grows",
    "with the distance (in contrast to the tests and their associated values).",
]


def _fitted(x0: float, y: float, text: str, x1: float | None = None, size: float = 10.0) -> str:
    """``text`` in Helvetica at (x0, y), stretched (``Tz``) to end at ``x1``: a justified line."""
    scale = 100.0 if x1 is None else 100 * (x1 - x0) / helvetica_width(text, size)
    return f"BT /F1 {size} Tf {scale:.2f} Tz {x0} {y} Td ({text}) Tj ET"


def _pages(hang: float, full: bool = True) -> list[bytes]:
    first = [_fitted(LEFT, 760 - 14 * at, line, RIGHT) for at, line in enumerate(BEFORE)]
    second = [text_at(LEFT, 760, "R> plot(velocity ~ distance, data = hubble)", font="F2")]
    second.append(text_at(LEFT, 560, "Figure 6.2", 9, "F3"))
    second.append(_fitted(HANG, 560, CAPTION[0], RIGHT if full else None, 9))
    second.append(_fitted(hang, 549, CAPTION[1], size=9))
    second.append(_fitted(LEFT, 500, AFTER[0], RIGHT))
    second.append(_fitted(LEFT, 486, AFTER[1]))
    return ["\n".join(page).encode() for page in (first, second)]


def test_a_captions_line_hanging_at_its_text_goes_on_the_caption():
    (doc,) = parse_pdf(font_pages(_pages(HANG), FONTS))
    assert f"Figure 6.2 {' '.join(CAPTION)}" in doc.text.split("\n\n")


def test_a_sentence_goes_on_after_a_float_with_a_hanging_caption():
    (doc,) = parse_pdf(font_pages(_pages(HANG), FONTS))
    assert " ".join(BEFORE + AFTER) in doc.text.split("\n\n")


def test_a_line_indented_under_a_caption_off_its_text_stays_apart():
    """Off the caption's text, a line is no hanging line of it: apart under a caption's line that
    stopped short of the measure."""
    (doc,) = parse_pdf(font_pages(_pages(HANG + 60, full=False), FONTS))
    assert CAPTION[1] in doc.text.split("\n\n")


def test_a_line_under_a_full_caption_line_left_in_an_aside_goes_on_wherever_it_starts():
    """A caption's line that fills the measure and ends in an unstopped aside, "(left)", over a line
    going on in lower case wrapped, wherever that line starts (affy.pdf's definition hung under its
    term: ``pdf_breaks._sentence_ends``)."""
    (doc,) = parse_pdf(font_pages(_pages(HANG + 60), FONTS))
    assert f"Figure 6.2 {' '.join(CAPTION)}" in doc.text.split("\n\n")
