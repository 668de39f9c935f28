"""Floats LaTeX set between two halves of one sentence or one listing (issue 15, the fortieth check:
review A row 03, toolbox-simulation.pdf; review B row 05, Bengtsson.pdf). On one page a UML box and
Figure 2's caption stood between "… The as.character() method for the" and "Object class is
overridden …"; overleaf Table 2 stood between "… version 1.31, psychotools" and "Zeileis, Strobl, …";
Table 1 atop a page split Listing 5 in two. The sentence is whole and the float goes after its
paragraph (one set on the page or atop the next); the listing is one block with the table after
it. Pages hand-built, words sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import without_tables  # noqa: E402
from test_pdf_authors_and_floats import FILLER, _justified, _parse, _text  # noqa: E402

BEFORE = [
    "Any failure object can be raised with the raise method and caught by the handler that was set",
    "up for its class. The last failure raised is kept by the class itself. The print method for the",
]
BOX = ["Object:", "Failure", "getLastFailure(): Failure", "getMessage(): character", "raise()"]
CAPTION = "Figure 2: The Failure class, which extends the Object class."
AFTER = [
    "Object class is overridden by the Failure class, and the message of a failure is printed with",
    "the time it was raised.",
]


def _figure_page(after_x: float = 72) -> list[str]:
    """Prose whose last full line stops inside a sentence, a diagram's box in 7 pt under it, the
    figure's caption, and the text after the figure starting at ``after_x``."""
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER * 2 + BEFORE)]
    page += [_text(250, 690 - 9 * at, line, size=7) for at, line in enumerate(BOX)]
    page.append(_text(150, 630, CAPTION))
    page += [_justified(after_x, 600, AFTER[0], 460 - (after_x - 72)), _text(72, 586, AFTER[1])]
    return page


def test_a_figure_set_inside_a_sentence_on_its_page_goes_after_the_paragraph():
    """Bengtsson.pdf p. 14: the sentence is one paragraph, the diagram's text and the caption after it."""
    paragraphs = _parse([_figure_page()]).text.split("\n\n")
    sentence = " ".join([*FILLER * 2, *BEFORE, *AFTER])
    assert paragraphs[0] == sentence
    assert paragraphs[-1] == CAPTION
    assert " ".join(paragraphs[1:-1]).split() == " ".join(BOX).split()


def test_a_new_paragraph_under_a_figure_stays_apart():
    """The control: the line under the caption is indented, a paragraph's first line, so the
    paragraph over the figure ended there, and each stands where the page sets it."""
    paragraphs = _parse([_figure_page(after_x=87)]).text.split("\n\n")
    assert paragraphs[0] == " ".join([*FILLER * 2, *BEFORE])
    assert paragraphs[-2:] == [CAPTION, " ".join(AFTER)]


def test_a_captions_next_sentence_on_its_next_line_stays_the_captions():
    """The control for sandwich-CL.pdf's Figure 6 ("… or 50 observations each." / "Regressor x1 is
    correlated …"): the caption's second line opens a sentence with a capital right under its first;
    it is the caption's, and the sentence over the figure goes on under the caption."""
    caption = [
        "Figure 2: The Failure class, which extends the Object class, and the methods it adds to it.",
        "Its own methods are listed under its name.",
    ]
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER * 2 + BEFORE)]
    page += [_text(250, 690 - 9 * at, line, size=7) for at, line in enumerate(BOX)]
    page += [_justified(72, 630, caption[0]), _text(72, 618, caption[1])]
    page += [_justified(72, 590, AFTER[0]), _text(72, 576, AFTER[1])]
    paragraphs = _parse([page]).text.split("\n\n")
    assert paragraphs[0] == " ".join([*FILLER * 2, *BEFORE, *AFTER])
    assert paragraphs[-1] == " ".join(caption)


LAST = [
    "The results were computed with the statistical system version 4.1 and the add-on packages",
    "the item response package irt version 1.31, the factor analysis package fa version 2.0, scoring",
]
GOES_ON = [
    "Fischer, Molenaar, and Rasch (2021) version 0.6-0 and changes version 1.5-2, which are all free",
    "software under the General Public License.",
]
TABLE_CAPTION = "Table 2: The power to detect a shift in the first item, in percent."
ROWS = [
    ("Relation", "Impact", "Single", "Groups"),
    ("random", "no", "94.60", "90.40"),
    ("linear", "yes", "100.00", "98.20"),
    ("quadratic", "no", "100.00", "100.00"),
]


def _table_atop(top: float = 780) -> list[str]:
    """A table's caption over its four rows of four cells, the caption's top at ``top``."""
    page = [_text(150, top, TABLE_CAPTION)]
    for at, row in enumerate(ROWS):
        page += [_text(100 + 100 * col, top - 24 - 14 * at, cell) for col, cell in enumerate(row)]
    return page


def test_a_sentence_going_on_with_a_capital_past_a_table_atop_the_next_page_is_whole():
    """toolbox-simulation.pdf pp. 5–6: page 1 ends "… fa version 2.0, scoring" (a name in lower
    case, the line full); page 2 opens with Table 2 and the sentence goes on "Fischer, Molenaar, …".
    The sentence is one paragraph, the table's caption after it, the rows a ``table`` span."""
    first = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER * 10 + LAST[:1])]
    first.append(_justified(72, 780 - 14 * (len(FILLER) * 10 + 1), LAST[1]))
    second = _table_atop() + [_justified(72, 680, GOES_ON[0]), _text(72, 666, GOES_ON[1])]
    doc = _parse([first, second])
    paragraphs = without_tables(doc).split("\n\n")
    assert paragraphs[-2].endswith(f"{FILLER[1]} {LAST[0]} {LAST[1]} {GOES_ON[0]} {GOES_ON[1]}")
    assert paragraphs[-1] == TABLE_CAPTION
    assert [span.attrs["rows"] for span in doc.spans if span.label == "table"] == [[list(r) for r in ROWS]]


LISTING = [
    "shifted <- difficulty(model)",
    "shifted[1] <- shifted[1] + sd(shifted)",
    "group <- covariate > median(covariate)",
    "resp <- simulate(theta, b = shifted)",
]


def test_a_listing_goes_on_under_a_table_atop_the_next_page():
    """toolbox-simulation.pdf pp. 4–5: Listing 5's first lines close page 1, Table 1's caption and
    rows open page 2, and the listing goes on under them. The listing is one block, the caption after
    it; the rows a ``table`` span."""
    lead = "In the second study one item is made harder, so the last part of the code now reads:"
    first = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER * 10)]
    first.append(_text(72, 780 - 14 * len(FILLER) * 10, lead))
    first += [_text(72, 480 - 12 * at, row, font="F2") for at, row in enumerate(LISTING[:2])]
    second = _table_atop()
    second += [_text(72, 680 - 12 * at, row, font="F2") for at, row in enumerate(LISTING[2:])]
    second.append(_justified(72, 640, "This is the only change the second study needs to the code above."))
    doc = _parse([first, second])
    codes = [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"]
    assert codes == ["\n".join(LISTING)]
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[paragraphs.index("\n".join(LISTING)) + 1] == TABLE_CAPTION
    assert [span.attrs["rows"] for span in doc.spans if span.label == "table"] == [[list(r) for r in ROWS]]
