"""A list item's sentence going on past a float atop the next page (issue 15, issue-feynC; the
forty-ninth check's review C row 03, feynmf.pdf pp. 9–10: item 2's "… with extension tn (where n as
an" ended p. 9, Figure 3 opened p. 10, and "integer). Distributing …" went on at the item's indent,
past the page's margin, so the caption stood inside the sentence). Pages hand-built with the helpers
of test_pdf_authors_and_floats, words written for the test."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from test_pdf_authors_and_floats import FILLER, _justified, _parse, _text  # noqa: E402

ITEM = [
    "Another way is to send the source, the font metrics and the bitmaps to the reader, along",
    "with the files of labels that carry the extension tn, where n stands for an",
]
GOES_ON = [
    "integer. Sending the log files of the program instead works too, but it is not advised, for",
    "these are easily erased.",
]
CAPTION = "Figure 3: The files of an application and the passes that write them."


def test_an_item_sentence_ending_a_page_goes_on_past_a_figure_atop_the_next_at_its_indent():
    """The item's text stands 25 pt in from the margin on both pages, the next page's prose at the
    margin under it: the caption after the item."""
    first = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER * 10)]
    first += [_text(72, 500, "2."), _justified(97, 500, ITEM[0], 435), _justified(97, 486, ITEM[1], 435)]
    second = [_text(200, 560, CAPTION), _justified(97, 520, GOES_ON[0], 435), _text(97, 506, GOES_ON[1])]
    second += [_justified(72, 476 - 14 * at, line) for at, line in enumerate(FILLER * 3)]
    paragraphs = _parse([first, second]).text.split("\n\n")
    item = paragraphs.index(next(p for p in paragraphs if p.startswith("2. ")))
    assert paragraphs[item : item + 2] == [f"2. {ITEM[0]} {ITEM[1]} {GOES_ON[0]} {GOES_ON[1]}", CAPTION]
