"""A plot's legend and x-axis title that a slide sets itself under an included graphic (issue 15,
check 61 row 1: ebumeter-doc's loudness-meter-pres.pdf, pp. 9, 22, 27–31).

The deck includes each gnuplot plot as a Form XObject holding its frame, curves and tick values, and
sets under it, in the slides' own 17.2 pt sans, the plot's x-axis title (a song's name in italics,
"Sting – Moon over Bourbon street") and its legend, each label right of a short coloured bar drawn as
its key ("400ms window", "3s window"). The tick values went to ``removed`` as the form's labels; the
page's lines stood by no drawing and under no caption, and each was kept as a paragraph of the slide.

Pages hand-built in the deck's geometry (842 × 595 pt, the form 614 × 369 pt at (114, 113)); the
expected texts written by hand from the rendered slides: a careful editor keeps the slide's title and
its items, and deletes the plot's labels."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, pdf_of, removed_texts, stream, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

TITLE = "Probability distribution - 1"
AXIS_TITLE = "Sting – Moon over Bourbon street"
LEGEND = [(325.0, "400ms window"), (468.0, "3s window")]
TICKS = ["-50", "-40", "-30", "-20", "-10", "0", "10", "20", "30"]


def _plot() -> bytes:
    """The included plot, as gnuplot's pdfcairo draws it: a white ground, a frame, a plotted line and
    tick values along the bottom and the left, in its own 13.6 pt font."""
    ground = b"1 g 0 0 614 369 re f 0 G 1 w 38 19 572 344 re S"
    curve = b" ".join(
        [b"59 22 m", *(b"%d %d l" % (59 + 12 * at, 22 + at * at // 2) for at in range(1, 26)), b"S"]
    )
    ticks = [text_row(26 + 71.5 * at, 4, value, 13.6) for at, value in enumerate(TICKS)]
    ticks += [text_row(4, 19 + 68.8 * at, value, 13.6) for at, value in enumerate(["0", "0.2", "0.4", "0.6"])]
    content = b"\n".join([ground, curve, *ticks])
    return stream(
        content, b"/Type /XObject /Subtype /Form /BBox [0 0 614 369] /Resources << /Font << /F1 6 0 R >> >>"
    )


def _key(x: float, baseline: float, colour: bytes) -> bytes:
    """A legend's key: an 8.5 × 3 pt bar in ``colour``, at mid-height of the 17 pt label right of it."""
    return b"%s rg %.1f %.1f 8.5 3 re f 0 g" % (colour, x, baseline + 3)


def _slide(rows: list[bytes]) -> bytes:
    """A landscape slide that draws the plot at (114, 113) and sets ``rows`` itself."""
    content = b"\n".join([b"q 1 0 0 1 114 113 cm /Fm1 Do Q", text_row(15, 550, TITLE, 24), *rows])
    return pdf_of(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R"
            b" /Resources << /XObject << /Fm1 5 0 R >> /Font << /F1 6 0 R >> >> >>",
            stream(content),
            _plot(),
            HELVETICA,
        ]
    )


def _legend(keyed: bool = True) -> list[bytes]:
    """The axis title 14 pt under the plot's foot, the legend's row under it, each label's key
    (``keyed``) 13 pt left of it."""
    rows = [text_row(303, 99, AXIS_TITLE, 17)]
    rows += [text_row(x, 77, label, 17) for x, label in LEGEND]
    colours = [b"0 0 1", b"1 0 0"]
    return rows + (
        [_key(x - 22, 77, colour) for (x, _), colour in zip(LEGEND, colours, strict=True)] if keyed else []
    )


def test_a_keyed_legend_and_the_axis_title_over_it_are_the_plots() -> None:
    """The slide reads its title alone; the axis title and both legend labels go to ``removed`` as
    the figure's, with its tick values."""
    (doc,) = parse_pdf(_slide(_legend()))
    assert doc.text == TITLE, doc.text
    figure = removed_texts(doc, "figure")
    assert all(label in figure for label in [AXIS_TITLE, *(label for _, label in LEGEND)]), figure


def test_prose_under_a_legend_and_items_beside_its_plot_stay() -> None:
    """A sentence set under the legend and two items right of the plot, on the legend's rows, are the
    slide's: only the plot's labels go."""
    below = "The short window follows the music; the long one shows its loudness range."
    items = ["• Short window", "• Long window"]
    rows = [*_legend(), text_row(60, 40, below, 17)]
    rows += [text_row(740, 99 - 22 * at, item, 17) for at, item in enumerate(items)]
    (doc,) = parse_pdf(_slide(rows))
    assert doc.text.split("\n\n") == [TITLE, *items, below], doc.text


def test_lines_under_a_plot_with_no_key_stay() -> None:
    """With no key drawn, nothing tells the short lines under a plot from a caption or a heading set
    there: they stay text (the reader joins them as it joins any lines)."""
    (doc,) = parse_pdf(_slide(_legend(keyed=False)))
    labels = [AXIS_TITLE, *(label for _, label in LEGEND)]
    assert doc.text.startswith(TITLE) and all(label in doc.text for label in labels), doc.text
    assert not set(labels) & set(removed_texts(doc, "figure"))
