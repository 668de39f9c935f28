"""A printed table that a page break and a figure atop the next page cut in two (issue 15, the
thirty-sixth check's rows 2 and 3: clmm2_tutorial.pdf's six-row ``head(cbind(wine, fitted(fm2)))``,
rows 1-4 at p. 5's foot, Figure 2 atop p. 6, rows 5-6 under it; clm_article.pdf's ``drop1`` table
around Figure 3). The plot's tick values, read before the caption, are debris, and a listing ended at
debris, so the caption stood between the table's rows. Pages hand-built, texts sloika's own."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, font_pages, text_at

from sloika.pipelines.formats.pdf import parse_pdf

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
PROSE = [
    "The fitted values of the model are the probabilities of the observed ratings, one for each",
    "judge and bottle, and the first rows of the data with them are printed by the call below; we",
    "look at them before we turn to the random effects of the judges in the next section.",
]
ROWS = [
    "rating temp contact judge fitted",
    "1      2 cold      no     1 0.4189",
    "2      3 cold      no     1 0.4724",
    "3      3 cold     yes     1 0.5499",
    "4      4 cold     yes     1 0.2607",
    "5      4 warm      no     1 0.4204",
    "6      4 warm      no     1 0.4204",
]


def _pages(ticks: list[str], more: list[str] = ()) -> list[bytes]:
    """Page 1: prose, the call and the table's first five lines down to the page's foot; page 2:
    ``ticks`` (a plot's values, in a row) atop it, the caption, the table's last two rows, ``more``
    code lines a blank line under them, prose."""
    first = [text_at(72, 700 - 12 * at, line) for at, line in enumerate(PROSE)]
    first += [text_at(72, 150, "R> head(cbind(data, fitted = fitted(fm)))", font="F2")]
    first += [text_at(72, 138 - 12 * at, row, font="F2") for at, row in enumerate(ROWS[:5])]
    second = [text_at(100 + 60 * at, 700, tick) for at, tick in enumerate(ticks)]
    second += [text_at(72, 670, "Figure 2: The judges' effects with their confidence intervals.")]
    second += [text_at(72, 640 - 12 * at, row, font="F2") for at, row in enumerate(ROWS[5:])]
    second += [text_at(72, 604 - 12 * at, row, font="F2") for at, row in enumerate(more)]
    second += [text_at(72, 560, "The judges differ a good deal, as the figure shows, and so do their means.")]
    return ["\n".join(page).encode() for page in (first, second)]


def test_a_table_cut_by_a_figure_overleaf_stays_one_block() -> None:
    """The six rows are one code block, the caption after it, the plot's values in ``removed``."""
    (doc,) = parse_pdf(font_pages(_pages(["0", "1", "2", "3"]), FONTS))
    paragraphs = doc.text.split("\n\n")
    table = "\n".join(["R> head(cbind(data, fitted = fitted(fm)))", *ROWS])
    assert table in paragraphs, doc.text
    assert paragraphs.index(table) + 1 == paragraphs.index(
        "Figure 2: The judges' effects with their confidence intervals."
    )
    assert [span.attrs["text"] for span in doc.layers["removed"]] == ["0", "1", "2", "3"]


def test_the_listings_next_block_overleaf_goes_before_the_caption_too() -> None:
    """A call and its output a blank line under the table's last rows: both before the caption."""
    (doc,) = parse_pdf(font_pages(_pages(["0", "1", "2", "3"], ["R> nrow(data)", "[1] 72"]), FONTS))
    paragraphs = doc.text.split("\n\n")
    caption = paragraphs.index("Figure 2: The judges' effects with their confidence intervals.")
    assert paragraphs[caption - 1] == "R> nrow(data)\n[1] 72", doc.text
    assert paragraphs[caption - 2].endswith(ROWS[-1]), doc.text
