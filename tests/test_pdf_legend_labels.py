"""Issue 15, check 45 review F (r-cran-vcd's strucplot.pdf): a mosaic plot whose tiles are found as
no drawing keeps the labels that stand by its cut ones as lines of text.

- "Blue" in the row "Brown Blue Hazel Green" over the tiles, with the axis title "Eye" set right over
  it: the two stack, so neither was taken as a lone label, though "Brown", "Hazel" and "Green" were.
- The shading legend's title "Pearson" / "residuals:", its two rows overlapping: "Pearson" went as
  the figure's, "residuals:" (a colon, no label) stayed and was glued to the list item over it.

Pages hand-built, texts sloika's own; expected paragraphs written by hand."""

from __future__ import annotations

from pdf_objects import font_pages, removed_texts, text_at
from test_pdf_sweave_figure_labels import FONTS, _tiles

from sloika.pipelines.formats.pdf import parse_pdf

ITEM = "• the spacing between the tiles"
CAPTION = "Figure 1: Mosaic plot for the eye colour data, shaded by the residuals of independence."
COLOURS = ["Brown", "Blue", "Hazel", "Green"]


def _legend_page() -> bytes:
    """A list item, a mosaic plot's tiles under the row of colours in 7.3 pt with "Eye" right over
    "Blue", the legend's title at the right in two overlapping rows, the caption."""
    rows = [text_at(90, 760, ITEM)]
    rows += [_tiles(150, 560)]
    rows += [text_at(150 + 70 * at, 600, word, size=7.3) for at, word in enumerate(COLOURS)]
    rows += [text_at(222, 609, "Eye", size=7.3)]
    rows += [text_at(440, 620, "Pearson", size=7.3), text_at(440, 613, "residuals:", size=7.3)]
    rows += [text_at(90, 380, CAPTION)]
    return "\n".join(rows).encode("cp1252")


def test_a_legends_wrapped_title_and_a_label_stacked_in_a_row_go_with_the_figure() -> None:
    """ "residuals:" under the cut "Pearson" and "Blue" between cut colours, "Eye" stacked on it, go
    as the figure's; the item reads alone."""
    (doc,) = parse_pdf(font_pages([_legend_page()], FONTS))
    assert doc.text.split("\n\n") == [ITEM, CAPTION], doc.text
    labels = [*COLOURS, "Eye", "Pearson", "residuals:"]
    assert sorted(removed_texts(doc, "figure")) == sorted(labels), doc.layers["removed"]
