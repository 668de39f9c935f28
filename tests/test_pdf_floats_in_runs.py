"""A float page met inside a bullet list, a reference list, or between a sentence and the code it leads
in to reads after that run (issue 15, the forty-fifth check's review F, F1 defects 3, 5, 6 and 7:
r-cran-vcd's strucplot.pdf put Figures 1–4 between two items of one list, Figures 25–26 between "… of
the plot:" and "> mosaic(…)", Figure 6 between "> sieve(…)" and "where spacing_dimequal …", and
Figures 33–34 between two references). The reader moved a float only past a paragraph a page ended
inside a sentence. Pages hand-built (helpers of test_pdf_authors_and_floats), words sloika's own,
expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from test_pdf_authors_and_floats import FILLER, _justified, _parse, _text  # noqa: E402

INTRO = [*FILLER * 9, "The framework lets the user change each part of a display, including:"]
ITEMS = ["the content of the tiles", "the spacing between the tiles", "the labeling of the tiles"]
CAPTIONS = [
    "Figure 1: Mosaic plot for the arthritis data.",
    "Figure 2: Association plot for the admissions data.",
]
NEXT = "The framework is built from small parts: each draws one element of the display."
LEAD_IN = [*FILLER * 10, "The variables and levels are put to the bottom and to the right of the plot:"]
REFERENCES = [
    "Cohen A (1980). Graphical Display of Tables. Statistics, 9.",
    "Friendly M (1994). Mosaic Displays. Statistics, 89, 190-200.",
    "Gilbert GN (1981). Modelling Society. Allen and Unwin, London.",
    "Hartigan JA, Kleiner B (1984). A Mosaic of Television Ratings.",
    "Hofmann H (2001). Generalized Odds Ratios. Statistics, 10, 1-13.",
]


def _item(y: float, text: str) -> list[str]:
    """A bullet list's item as LaTeX sets it: the bullet (WinAnsi's octal 225), its text right of it."""
    return [f"BT /F1 10 Tf 80 {y} Td (\\225) Tj ET", _text(90, y, text)]


FIGURES = [text for caption in CAPTIONS for text in ("Treatment", "Improved", caption)]


def _float_page() -> list[str]:
    """A page of two figures: each a plot's two labels (left as text on a page with no drawing) over
    its caption, ``FIGURES`` in their order."""
    page = []
    for at, caption in enumerate(CAPTIONS):
        top = 700 - 340 * at
        page += [
            _text(250, top, "Treatment"),
            _text(240, top - 200, "Improved"),
            _text(150, top - 240, caption),
        ]
    return page


def _prose(lines: list[str]) -> list[str]:
    """Justified lines from the page's top down."""
    return [_justified(72, 780 - 14 * at, line) for at, line in enumerate(lines)]


def test_a_float_page_inside_a_bullet_list_reads_after_the_list():
    """Page 1 ends after the list's second item, a page of two figures follows, page 3 opens with the
    third item, then a paragraph: the three items read in a row, then the captions, then the paragraph."""
    first = _prose(INTRO) + _item(500, ITEMS[0]) + _item(486, ITEMS[1])
    third = [*_item(780, ITEMS[2]), _text(72, 756, NEXT)]
    paragraphs = _parse([first, _float_page(), third]).text.split("\n\n")
    assert paragraphs[-10:] == [*(f"• {item}" for item in ITEMS), *FIGURES, NEXT]


def test_a_float_page_between_a_lead_in_and_its_code_reads_after_the_code():
    """Page 1 ends on a sentence closing in a colon, page 2 is a page of figures, page 3 opens with
    the code the sentence leads in to: the code reads under its sentence, the captions after it (the
    figures' plots unlabelled: over such code the reader reads a label after its caption, a fault of
    its own)."""
    third = [_text(72, 780, "> mosaic(Titanic, labeling = labeling_lboxed)", font="F2"), _text(72, 756, NEXT)]
    captions = [_text(150, 700 - 340 * at, caption) for at, caption in enumerate(CAPTIONS)]
    paragraphs = _parse([_prose(LEAD_IN), captions, third]).text.split("\n\n")
    assert paragraphs[-4:] == ["> mosaic(Titanic, labeling = labeling_lboxed)", *CAPTIONS, NEXT]
    assert paragraphs[-5].endswith(LEAD_IN[-1])


def test_a_float_page_between_code_and_its_sentence_s_rest_reads_after_the_rest():
    """Page 1 ends on a sentence's lead-in and its code, page 2 is a page of figures, page 3 goes on
    with the sentence's rest in lower case: the rest reads under the code, the captions after it."""
    code = _text(72, 480, "> sieve(Titanic, spacing = spacing_dimequal(2))", font="F2")
    first = [*_prose(LEAD_IN), "BT 0 Tw ET", code]  # the prose's word spacing off for the code
    rest = "where spacing_dimequal sets the spacing of the second dimension to zero."
    paragraphs = _parse([first, _float_page(), [_text(72, 780, rest)]]).text.split("\n\n")
    assert paragraphs[-8:] == ["> sieve(Titanic, spacing = spacing_dimequal(2))", rest, *FIGURES]
    assert paragraphs[-9].endswith(LEAD_IN[-1])


def test_a_float_page_inside_a_reference_list_reads_after_the_list():
    """Page 1 ends with the third of an author-year reference list's entries, a page of figures
    follows, page 3 holds the last two entries: the five entries read in a row, then the captions."""
    first = [*_prose(FILLER * 8), _text(72, 540, "References", 12)]
    first += [_text(72, 516 - 14 * at, entry) for at, entry in enumerate(REFERENCES[:3])]
    third = [_text(72, 780 - 14 * at, entry) for at, entry in enumerate(REFERENCES[3:])]
    paragraphs = _parse([first, _float_page(), third]).text.split("\n\n")
    assert paragraphs[-11:] == [*REFERENCES, *FIGURES]


def _numbered(y: float, number: int, text: str) -> list[str]:
    """An enumeration's item as LaTeX sets it: its number and stop, its text right of it."""
    return [_text(75, y, f"{number}."), _text(90, y, text)]


def test_a_float_atop_the_next_page_inside_a_numbered_list_reads_after_the_list():
    """seriation.pdf's Figure 8: page 1 ends after the enumeration's second item, page 2 opens with
    a figure (its labels, its caption), then the third item, then a paragraph: the caption was read
    between items 2 and 3. The three items read in a row, then the figure, then the paragraph."""
    first = _prose(INTRO) + _numbered(500, 1, ITEMS[0]) + _numbered(486, 2, ITEMS[1])
    second = [
        _text(250, 780, "Treatment"),
        _text(240, 600, "Improved"),
        _text(150, 560, CAPTIONS[0]),
        *_numbered(530, 3, ITEMS[2]),
        _text(72, 506, NEXT),
    ]
    paragraphs = _parse([first, second]).text.split("\n\n")
    numbered = [f"{at}. {item}" for at, item in enumerate(ITEMS, start=1)]
    assert paragraphs[-7:] == [*numbered, "Treatment", "Improved", CAPTIONS[0], NEXT]
