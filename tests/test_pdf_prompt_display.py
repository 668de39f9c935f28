"""A displayed R call set at the prose's size close under a sentence's line (issue 15, thirty-fifth
check row 5, HSAUR3's ch. 5: "… we had used the code" / "R> summary(aov(…))" / "instead of the code
…" read as one sentence with the call in it, in no code span): a typewriter line opening with a
session's prompt ("R> ", Sweave's) is a listing's line, not the rest of the sentence; a typewriter
name the line broke onto the next stays in the sentence. Pages hand-built, texts sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, font_pages, text_at  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
LEAD = [
    "The sums of squares of the two main effects differ between the two fits, and so do their",
    "tests; they would be the same had we fitted the model in the other order with the code",
]
AFTER = "instead of the call that produced the table above, as readers may confirm for themselves."


def _parse(display: str):
    lines = [text_at(72, 760 - 12 * at, line) for at, line in enumerate(LEAD)]
    lines.append(text_at(72, 733, display, font="F2"))
    lines.append(text_at(72, 717.6, AFTER))
    (doc,) = parse_pdf(font_pages(["\n".join(lines).encode()], FONTS))
    return doc


def test_a_prompted_line_under_a_sentence_is_a_listing_line():
    call = "R> summary(aov(gain ~ source * type, data = rats))"
    doc = _parse(call)
    assert call in doc.text.split("\n\n")
    codes = [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"]
    assert any(call in code for code in codes)


def test_a_typewriter_name_broken_onto_the_next_line_stays_in_the_sentence():
    doc = _parse("summary.aov")
    assert "with the code summary.aov" in doc.text
