"""Floats atop a page that a sentence runs across (issue 15, thirty-seventh check, row 5, clue.pdf):
"… the annual per capita gross domestic product (GDP) in USD" ended page 17, Figure 4 and its
caption opened page 18, and the sentence went on "(converted to 1987 prices); …". The page's last
line, full and ending on a capitalised word (an acronym), was not taken to stop inside a sentence,
and the line going on opened with a bracket, not a lower-case letter, so the caption stood inside
the sentence. Pages hand-built (helpers of test_pdf_authors_and_floats), words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from test_pdf_authors_and_floats import FILLER, _justified, _parse, _text  # noqa: E402

BEFORE = [
    "The data sets give the measurements of each country for the years of the study: the annual",
    "per capita gross domestic product of the country, the first of them, measured in USD",
]
AFTER = [
    "(converted to prices of one year); the share of the product provided by agriculture; and the",
    "share of the people who worked in agriculture, each as a percentage of the whole.",
]
CAPTION = "Figure 4: The consensus partition of the ensemble."


def _first_page() -> list[str]:
    """Prose filling the page down to its last line, which ends inside a sentence on an acronym."""
    lines = FILLER * 10 + BEFORE
    return [_justified(72, 780 - 14 * at, line) for at, line in enumerate(lines)]


def test_a_sentence_ending_a_page_on_an_acronym_goes_on_past_a_figure_atop_the_next():
    second = [_text(200, 560, CAPTION)]
    second += [_justified(72, 520, AFTER[0]), _text(72, 506, AFTER[1])]
    paragraphs = _parse([_first_page(), second]).text.split("\n\n")
    assert paragraphs[-2].endswith(f"{BEFORE[0]} {BEFORE[1]} {AFTER[0]} {AFTER[1]}")
    assert paragraphs[-1] == CAPTION


LEAD_IN = "For the consensus partition of the whole ensemble of the partitions found above, we obtain"
CODE = ["> set.seed(1234)", "> m2 <- cl_consensus(ensemble)"]
GOES_ON = [
    "where here and below we set the random seed for reproducibility, noting that one should really",
    "use several replicates of the heuristic.",
]


def test_a_sentence_through_a_listing_closing_a_page_goes_on_past_a_figure_atop_the_next():
    """clue.pdf's "… we obtain" / its code at the page's foot / Figure 3 atop the next page / "where
    here and below …": the listing stays in the sentence, the figure goes after the paragraph."""
    lines = [*FILLER * 10, LEAD_IN]
    first = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(lines[:-1])]
    first.append(_text(72, 780 - 14 * (len(lines) - 1), LEAD_IN))
    first += [_text(72, 780 - 14 * len(lines) - 8 - 12 * at, row, font="F2") for at, row in enumerate(CODE)]
    second = [_text(200, 560, CAPTION), _justified(72, 520, GOES_ON[0]), _text(72, 506, GOES_ON[1])]
    paragraphs = _parse([first, second]).text.split("\n\n")
    assert paragraphs[-4:] == [
        paragraphs[-4],
        "\n".join(CODE),
        f"{GOES_ON[0]} {GOES_ON[1]}",
        CAPTION,
    ]
    assert paragraphs[-4].endswith(LEAD_IN)
