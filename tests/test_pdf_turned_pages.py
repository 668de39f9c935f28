"""A page whose text is nearly all set turned is read in its own frame (issue 15, issue-landscape):
residual-shadings.pdf's page 5 is a landscape figure page printed turned by 90° on a portrait page,
no ``/Rotate`` flag; the reader read upright lines only and cut Figure 2's two-sentence caption as
``rotated_text`` in ten fragments. Its plots' labels are cut as on an upright page; a watermark, one
turned line on a page of upright prose, is cut as before."""

import pytest
from pdf_objects import helvetica_line, helvetica_pages, removed_texts

from sloika.pipelines.formats.pdf import parse_pdf

PROSE = [
    "The mosaic displays of this section shade each tile by its residual, so that the",
    "reader sees at a glance which cells of the table depart from independence and by",
    "how much; the figure on the next page shows the shadings side by side for both.",
]
CAPTION = [
    "Figure 2: Upper row: mosaic plots for the arthritis data with three shadings side by side.",
    "Lower row: mosaic plots for the piston rings data with fixed cut offs 1 and 1.5.",
]
LABELS = ["Placebo", "Treated", "None", "Marked", "Improved"]
LEGEND = ["Pearson residuals:", "4.0 2.0 0.0 -2.0 -4.0", "p-value = 0.0096"]
WATERMARK = "DRAFT COPY NOT FOR DISTRIBUTION"
# a turn of the page's content into a landscape frame 842 pt wide, 595 pt high on the A4 page:
# turned left (its text runs up the page), or turned right (down it)
TURNS = {"left": b"0 1 -1 0 595 0 cm", "right": b"0 -1 1 0 0 842 cm"}


def _prose_page() -> bytes:
    """A page of upright prose, its lines 14 pt apart."""
    return b"\n".join(helvetica_line(72, 760 - 14 * at, text, 10) for at, text in enumerate(PROSE))


def _landscape_figure(turn: bytes, caption: list[str]) -> bytes:
    """A landscape figure page drawn turned by ``turn``: a mosaic plot (its tiles outlined, its labels
    at 8 pt beside them, its axis title turned up its side) and the ``caption``'s lines under it."""
    tiles = b"120 220 120 160 re 245 220 125 160 re 120 385 250 90 re S"
    places = [(140, 205), (270, 205), (120, 480), (300, 480)]
    labels = [helvetica_line(x, y, text, 8) for (x, y), text in zip(places, LABELS, strict=False)]
    axis = b"BT /F1 8 Tf 0 1 -1 0 110 300 Tm (%s) Tj ET" % LABELS[-1].encode()
    caption = [helvetica_line(100, 150 - 12 * at, text, 10) for at, text in enumerate(caption)]
    return b"\n".join([b"q " + turn, tiles, *labels, axis, *caption, b"Q"])


@pytest.mark.parametrize("turn", TURNS)
def test_a_landscape_figure_page_printed_turned_reads_its_caption(turn: str):
    (doc,) = parse_pdf(helvetica_pages([_prose_page(), _landscape_figure(TURNS[turn], CAPTION)]))
    assert " ".join(CAPTION) in doc.text
    assert sorted(removed_texts(doc, "figure")) == sorted(LABELS[:-1])
    assert removed_texts(doc, "rotated_text") == LABELS[-1:]  # turned in the landscape frame


def test_a_turned_plot_without_prose_stays_turned():
    """Its labels and legend alone are no text to read turned: they go as ``rotated_text``, as before
    (its axis title, upright on the page, is read as before too)."""
    (doc,) = parse_pdf(helvetica_pages([_landscape_figure(TURNS["left"], LEGEND)]))
    assert set(LEGEND) <= set(removed_texts(doc, "rotated_text"))
    assert not any(line in doc.text for line in LEGEND)


def test_a_watermark_on_a_page_of_upright_prose_is_still_cut():
    watermark = b"BT /F1 24 Tf 0 1 -1 0 40 250 Tm (%s) Tj ET" % WATERMARK.encode()
    (doc,) = parse_pdf(helvetica_pages([_prose_page() + b"\n" + watermark]))
    assert " ".join(PROSE) in doc.text
    assert "DRAFT" not in doc.text
    assert WATERMARK in removed_texts(doc, "rotated_text")
