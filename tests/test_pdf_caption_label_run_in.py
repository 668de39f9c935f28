"""A float's label set bold before its caption on one line (issue 15, thirty-fifth check: HSAUR3's
"**Figure 6.1**  Scatterplot of velocity and distance." stood as two paragraphs, "Figure 6.1" alone,
in 13 of 15 figures): the bold label read as a definition list's run-in term. A caption's label and
its text are one caption; a bold term before its definition still stands apart. Pages hand-built,
texts sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, HELVETICA_BOLD, font_pages, text_at  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", HELVETICA_BOLD)]
PROSE = [
    "The scatterplot below shows how the rainfall measured on each day depends on the cloud cover,",
    "and the model fitted to these data is printed after it with the usual summary of its terms.",
]
AFTER = "The relationship is weak, and the residuals grow with the fitted values as the rainfall rises."


def _page(label: str, caption: str) -> bytes:
    lines = [text_at(72, 760 - 14 * at, line) for at, line in enumerate(PROSE)]
    lines.append(text_at(72, 700, "R> plot(rain ~ cloudc, data = clouds)", font="F2"))
    lines.append(text_at(72, 500, label, 9, "F3"))
    lines.append(text_at(126, 500, caption, 9))
    lines.append(text_at(72, 460, AFTER))
    return "\n".join(lines).encode()


def test_a_bold_figure_label_and_its_caption_are_one_paragraph():
    caption = "Scatterplot of rainfall against the percentage of cloud cover."
    (doc,) = parse_pdf(font_pages([_page("Figure 6.1", caption)], FONTS))
    assert f"Figure 6.1 {caption}" in doc.text.split("\n\n")


def test_a_bold_term_before_its_definition_stands_apart():
    definition = "The percentage of cloud cover in the experimental area, measured by radar."
    (doc,) = parse_pdf(font_pages([_page("Cover", definition)], FONTS))
    paragraphs = doc.text.split("\n\n")
    assert "Cover" in paragraphs and definition in paragraphs
