"""PDF reader fix from the thirty-fourth held-out check (issue 15, row 2: Rmpfr's log1mexp-note.pdf,
p. 5): a plot whose frame R drew past its axis, over the first two lines of the caption under it.
The frame and its ticks made a ruled region, which took the caption's first two lines as the
legend's last rows (out of the text, no record) and left the rest a paragraph opening mid-sentence.
A page hand-built with the vignette's geometry, words sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, text_at  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA)]
INTRO = "The next plot shows the error of both methods near the cutoff where they change places."
CAPTION = [
    "Figure 2: A closer look at Figure 1 over the region where the two methods change places",
    "with respect to their errors. Both have small errors in this region, typically below the",
    "machine's precision. The smoothed curves cross close to the cutoff of the method.",
]
AFTER = "The cutoff is thus where the two curves cross, as the next section shows in more detail."


def _plot() -> list[str]:
    """A plot's frame stroked from y 690 down to 542, below the caption's second line (R's device
    region drawn past the axis), an axis with five ticks at y 600, its tick values under it and two
    legend keys at its top right."""
    drawn = ["0.5 w 120 542 380 148 re S", "120 600 m 500 600 l S"]
    drawn += [f"{120 + 95 * at} 600 m {120 + 95 * at} 596 l S" for at in range(5)]
    drawn += [text_at(116 + 95 * at, 588, f"{at * 0.5:.1f}", 7) for at in range(5)]
    drawn += [text_at(400, 676, "log(expm1(a))", 7), text_at(400, 667, "log1p(exp(a))", 7)]
    return drawn


def test_a_figure_caption_inside_a_plots_frame_stays_whole_in_the_text():
    """log1mexp-note p. 5: "Figure 2: A “zoom in” of Figure 1 …" and "and “log1p” switch …" were
    the rows of the plot's `table` span, the text kept "relative errors in this region, …" alone. A
    figure's caption is the text's, never a table's cells: its three lines read as one paragraph."""
    lines = [text_at(72, 740, INTRO), *_plot()]
    lines += [text_at(72, 560 - 12 * at, line) for at, line in enumerate(CAPTION)]
    lines.append(text_at(72, 500, AFTER))
    (doc,) = parse_pdf(font_pages(["\n".join(lines).encode()], FONTS))
    paragraphs = doc.text.split("\n\n")
    assert " ".join(CAPTION) in paragraphs
    assert all(
        "Figure 2" not in cell for span in doc.spans for row in span.attrs.get("rows", []) for cell in row
    )
