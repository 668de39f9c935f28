"""Plot text over a figure's caption where no drawing was found (issue 15, thirty-fifth check's rows
1 and 5: HSAUR3's boxplots and index plots, drawn in lines only, kept "Seeding", "Echo Motion",
"Cook's distance" and "95% family−wise confidence level" as paragraphs). A plot's main title
centred over its axis values goes with the plot however high over them it stands, and a label
that starts where a centred caption starts is no line of the text. Pages hand-built, texts
sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, font_pages, helvetica_width, text_at  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
PROSE = "An index plot of the distances shows which observations have undue influence on the fit."
AFTER = "Observations two and eighteen stand out, while the two outliers found before do not."
TICKS = [(200, "5"), (260, "10"), (320, "15"), (380, "20")]  # an x axis's values, 200 to 390 pt


def _centred(middle: float, y: float, text: str, size: float = 10) -> str:
    """``text`` in Helvetica centred on ``middle``."""
    return text_at(middle - helvetica_width(text, size) / 2, y, text, size)


def _figure(title: str, middle: float) -> bytes:
    lines = [text_at(72, 760, PROSE), text_at(72, 730, "R> plot(clouds_lm)", font="F2")]
    lines.append(_centred(middle, 640, title))
    lines += [text_at(x, 440, value) for x, value in TICKS]
    lines.append(_centred(295, 420, "Obs. number"))
    lines.append(_centred(295, 380, "Figure 6.9: Index plot of the distances for the cloud data.", 9))
    lines.append(text_at(72, 340, AFTER))
    return "\n".join(lines).encode()


def _removed(doc) -> list[str]:
    return [span.attrs.get("text", "") for span in doc.layers.get("removed", [])]


def test_a_plot_title_centred_over_its_axis_values_goes_with_the_plot():
    (doc,) = parse_pdf(font_pages([_figure("Distances of each observation", 295)], FONTS))
    assert "Distances of each observation" not in doc.text
    assert "Distances of each observation" in _removed(doc)
    assert PROSE in doc.text and AFTER in doc.text


def test_a_short_line_off_the_plots_centre_far_over_it_stays_the_texts():
    (doc,) = parse_pdf(font_pages([_figure("Distances of each observation", 470)], FONTS))
    assert "Distances of each observation" in doc.text.split("\n\n")


def test_a_label_at_a_centred_captions_start_is_no_line_of_the_text():
    caption = "Figure 6.3: Boxplots of rain."
    start = 295 - helvetica_width(caption, 9) / 2
    lines = [text_at(72, 760, PROSE), text_at(72, 730, "R> boxplot(rain ~ EM, data = clouds)", font="F2")]
    lines += [text_at(x, 600, value) for x, value in TICKS]
    lines.append(_centred(295, 580, "Seeding"))
    lines += [text_at(start, 470, "moving"), text_at(340, 470, "stationary")]
    lines.append(_centred(295, 450, "Echo Motion"))
    lines += [text_at(start, 420, caption, 9), text_at(72, 380, AFTER)]
    (doc,) = parse_pdf(font_pages(["\n".join(lines).encode()], FONTS))
    assert "Seeding" not in doc.text and "Echo Motion" not in doc.text
    assert {"Seeding", "Echo Motion"} <= set(_removed(doc))
