"""A sentence run through a listing closing its page goes on past a figure atop the next page whose
caption is set smaller than the text (issue 15, forty-fifth check, review E2 defect 5, r-bioc-
biocstyle's LatexStyle2.pdf pp. 9–11): "… BiocStyle defines a macro" / ``\\incfig[…]{caption}`` closing
p. 9 / Figure 4's 8 pt caption atop p. 10 / "which expects four arguments:" and three items / the
fourth item atop p. 11. The listing and the smaller caption made the float no float, so "which
expects four arguments:" stood after the caption, apart from its sentence, and the fourth item went
on the held sentence, before the caption and the lead-in. Hand-built pages; expected order written
by hand."""

from __future__ import annotations

from functools import cache

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line

from sloika.pipelines.formats.pdf import parse_pdf

LEFT, RIGHT = 81, 522
PROSE = [
    "Besides the usual LaTeX capabilities, the figure environment and the includegraphics command",
    "which every LaTeX document may use, the BiocStyle package for vignettes defines a macro",
]
MACRO = r"\incfig[placement]{filename}{width}{title}{caption}"
CAPTION = ["Figure 4: Full-width square figure", "Use fig.wide=TRUE to enter with knitr or rmarkdown."]
LEAD = "which expects four arguments:"
ITEMS = ["filename The name of the figure file.", "width Figure width.", "title A short title."]
LAST_ITEM = "caption Extended description of the figure."
AFTER = "The optional placement specifier controls where the figure is placed on the page."


@cache
def _paragraphs() -> list[str]:
    """The prose filling its lines to the right edge over the listing at p. 1's foot; p. 2 opens with
    the 8 pt caption over the 10 pt lead-in and its items; p. 3 opens with the last item."""
    first = [helvetica_line(LEFT, 200 - 12 * at, text, 10, end=RIGHT) for at, text in enumerate(PROSE)]
    first.append(code_line(LEFT + 20, 160, MACRO, 9))
    second = [helvetica_line(LEFT + 20, 780 - 9 * at, text, 8) for at, text in enumerate(CAPTION)]
    second += [helvetica_line(LEFT, 740 - 16 * at, text, 10) for at, text in enumerate([LEAD, *ITEMS])]
    third = [helvetica_line(LEFT, 780, LAST_ITEM, 10), helvetica_line(LEFT, 760, AFTER, 10)]
    pages = [b"\n".join(page) for page in (first, second, third)]
    doc = parse_pdf(font_pages(pages, [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    return doc.text.split("\n\n")


def test_the_sentence_goes_on_under_its_listing_past_a_smaller_caption_overleaf():
    paragraphs = _paragraphs()
    assert paragraphs.index(" ".join(PROSE)) + 1 == paragraphs.index(MACRO)
    assert paragraphs.index(MACRO) + 1 == paragraphs.index(LEAD)


def test_the_items_read_in_order_after_the_lead_in():
    paragraphs = _paragraphs()
    items = [paragraphs.index(item) for item in [LEAD, *ITEMS, LAST_ITEM, AFTER]]
    assert items == sorted(items)
