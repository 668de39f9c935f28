"""A float met overleaf reads after the paragraph it interrupts (issue 15, the fortieth check's review A
row 03, toolbox-simulation.pdf): page 5 ended "… version 1.31, psychotools", Table 2 and its caption
opened page 6 and the sentence went on "Zeileis, Strobl, …"; the caption stood before the paragraph,
so the text read "… Numerical values were rounded …" only after the table's caption had cut in. As a
float met on the sentence's own page does, one atop the next page or a page of one float now stands
after the paragraph, before the next one. Pages hand-built (helpers of test_pdf_authors_and_floats),
words sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import without_tables  # noqa: E402
from test_pdf_authors_and_floats import FILLER, _justified, _parse, _text  # noqa: E402

ENDS_PAGE = [
    "All results were obtained with the statistical system version 4.1 employing the add-on packages",
    "the item response package irt version 1.31, the factor analysis package fa version 2.0 and the",
]
GOES_ON = [
    "test package changes version 1.5-2, which are all free software under the General Public License.",
    "Numerical values were rounded to two places.",
]
NEXT = [
    "The second study shifts one item and asks how often the tests find the shift in each of the",
    "settings above.",
]
CAPTION = "Table 2: The power to detect a shift in the first item, in percent."
ROWS = [
    ("Relation", "Impact", "Single", "Groups"),
    ("random", "no", "94.60", "90.40"),
    ("linear", "yes", "100.00", "98.20"),
]
SENTENCE = " ".join([*FILLER * 10, *ENDS_PAGE, *GOES_ON])


def _broken_page() -> list[str]:
    """Prose filling the page down to its last line, full and stopping inside a sentence."""
    lines = FILLER * 10 + ENDS_PAGE
    return [_justified(72, 780 - 14 * at, line) for at, line in enumerate(lines)]


def _goes_on(top: float) -> list[str]:
    """The sentence's second half from ``top``, then a new paragraph, its first line indented."""
    return [
        _justified(72, top, GOES_ON[0]),
        _text(72, top - 14, GOES_ON[1]),
        _justified(87, top - 28, NEXT[0], 445.0),
        _text(72, top - 42, NEXT[1]),
    ]


def test_a_table_atop_the_next_page_reads_after_the_paragraph_it_interrupts():
    """Page 2 opens with Table 2's caption over its rows, then the sentence goes on in lower case,
    then a new paragraph: the sentence reads whole, then the caption (the rows a ``table`` span
    there), then the next paragraph."""
    second = [_text(150, 780, CAPTION)]
    for at, row in enumerate(ROWS):
        second += [_text(100 + 100 * col, 756 - 14 * at, cell) for col, cell in enumerate(row)]
    doc = _parse([_broken_page(), second + _goes_on(680)])
    assert without_tables(doc).split("\n\n") == [SENTENCE, CAPTION, " ".join(NEXT)]
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert table.attrs["rows"] == [list(row) for row in ROWS]
    assert len(SENTENCE) < table.start <= without_tables(doc).index(NEXT[0])


def test_a_page_of_one_figure_reads_after_the_paragraph_it_interrupts():
    """Page 2 holds only a figure (its two labels and its caption), page 3 goes on with the sentence,
    then a new paragraph: the sentence reads whole, then the figure's lines, then the next paragraph."""
    figure = [_text(250, 500, "Power"), _text(240, 320, "Sample size"), _text(150, 280, "Figure 3: Power.")]
    doc = _parse([_broken_page(), figure, _goes_on(780)])
    assert doc.text.split("\n\n") == [SENTENCE, "Power", "Sample size", "Figure 3: Power.", " ".join(NEXT)]


def test_floats_atop_two_pages_one_paragraph_runs_over_read_after_it_in_their_order():
    """The paragraph breaks at two page feet, a float atop each next page: it reads whole, then
    Table 2's caption, then Figure 3's, then the next paragraph."""
    second = [_text(150, 780, CAPTION)]
    second += [_justified(72, 740 - 14 * at, line) for at, line in enumerate(FILLER * 10 + ENDS_PAGE)]
    third = [_text(150, 780, "Figure 3: Power.")]
    doc = _parse([_broken_page(), second, third + _goes_on(740)])
    twice = " ".join([*FILLER * 10, *ENDS_PAGE, *FILLER * 10, *ENDS_PAGE, *GOES_ON])
    assert doc.text.split("\n\n") == [twice, CAPTION, "Figure 3: Power.", " ".join(NEXT)]


def test_a_sentence_running_on_to_code_past_a_second_float_keeps_both_floats_before_it():
    """strucchange's case past two floats: the sentence goes on past Table 2 atop page 2, its last line
    there stops open ("… and the"), and page 3 opens with Figure 3 over code the sentence runs on to.
    The sentence reads by its code, so both floats stay before it, in their order, not Figure 3 before
    Table 2."""
    second = [_text(150, 780, CAPTION)]
    second += [_justified(72, 740 - 14 * at, line) for at, line in enumerate(FILLER * 10 + ENDS_PAGE)]
    third = [_text(150, 780, "Figure 3: Power."), _text(72, 740, "> library(changes)", font="F2")]
    third.append(_text(72, 728, "> data(power)", font="F2"))
    paragraphs = _parse([_broken_page(), second, third]).text.split("\n\n")
    twice = " ".join([*FILLER * 10, *ENDS_PAGE, *FILLER * 10, *ENDS_PAGE])
    assert paragraphs == [CAPTION, "Figure 3: Power.", twice, "> library(changes)\n> data(power)"]


def test_a_float_overleaf_goes_after_the_listing_the_sentence_leads_in_to():
    """HSAUR3's "… smaller than -8.859, is" / "R> greater <- …" / "with a confidence interval of" /
    "R> binom.test(…)", the sentence parted by a figure atop its page: the sentence, its listings and
    the words between read on, and the float stands after them."""
    second = [_text(150, 780, CAPTION)]
    second += [_justified(72, 740, GOES_ON[0]), _text(72, 726, "and the share of the tests that found it is")]
    second += [_text(72, 708, "R> mean(greater)", font="F2"), _text(72, 696, "[1] 0.0074", font="F2")]
    second += [_text(72, 678, "with a confidence interval of")]
    second += [_text(72, 660, "R> binom.test(sum(greater), 9999)$conf.int", font="F2")]
    paragraphs = _parse([_broken_page(), second]).text.split("\n\n")
    sentence = " ".join([*FILLER * 10, *ENDS_PAGE, GOES_ON[0], "and the share of the tests that found it is"])
    assert paragraphs == [
        sentence,
        "R> mean(greater)\n[1] 0.0074",
        "with a confidence interval of",
        "R> binom.test(sum(greater), 9999)$conf.int",
        CAPTION,
    ]


ITEM = [
    "Consensus step: From the set of intermediate trees of the first step a majority consensus tree",
    "is built, and its branch lengths and its likelihood are estimated. By default the consensus",
    "is a majority rule consensus tree (the consensus of more than half the trees in the sense of",
]
ITEM_GOES_ON = [
    "McMorris and Neumann, 1983) that keeps every split found in more than half of the trees.",
    "A flag at the command line asks for the relative consensus instead.",
]
FIGURES = ["Figure 6.1: The three resolved trees of a quartet.", "Figure 6.2: The likelihood map."]


def test_floats_atop_the_next_page_read_after_a_hanging_item_whose_sentence_goes_on_with_a_capital():
    """The TREE-PUZZLE manual's "Consensus Step:" item (check 52 row 1, pp. 23–24): its last line, at the
    item's hanging indent and full, stops inside a bracket ("… (M₅₀ consensus sensu"); the next page
    opens with two figures' captions, then the sentence goes on with a name at that indent
    ("McMorris and Neumann, 1983) is constructed. …"). The item reads whole, then the captions, then
    the next paragraph."""
    first = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER * 10)]
    first.append(_justified(72, 496, ITEM[0]))
    first += [_justified(97, 482 - 14 * at, line, 435.0) for at, line in enumerate(ITEM[1:])]
    second = [_text(150, 780, FIGURES[0]), _text(150, 640, FIGURES[1])]
    second += [_justified(97, 600, ITEM_GOES_ON[0], 435.0), _text(97, 586, ITEM_GOES_ON[1])]
    second += _goes_on(560)[2:]
    paragraphs = _parse([first, second]).text.split("\n\n")
    assert paragraphs[-4:] == [" ".join(ITEM + ITEM_GOES_ON), *FIGURES, " ".join(NEXT)]
