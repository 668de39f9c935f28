"""A figure's glyph of no character parts no sentence (issue 15, issue-mx3fig: maxmat3src.pdf, the
forty-fourth check's row 3): "… also a prefix of Sj" ended p. 37, Figure 2 (its caption over its
drawing) opened p. 38, and the sentence went on "for some j ∈ [1, i − 1].". The drawing's lone
glyph that maps to no character ("(cid:98)") was read as a one-line display, and a display ends the
sentence before it, so the caption stood between the sentence's halves. Pages hand-built (helpers of
test_pdf_authors_and_floats, cmmi's unmapped ``trianglepiece`` of test_pdf_hooked_arrows), words
sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import font_pages  # noqa: E402
from test_pdf_authors_and_floats import FILLER, FONTS, _justified, _text  # noqa: E402
from test_pdf_hooked_arrows import CMMI  # noqa: E402

from sloika.pipelines.formats.pdf import UNMAPPED_WHY, parse_pdf  # noqa: E402

BEFORE = "Let the head of each suffix be the longest prefix of the suffix which is also a prefix of another"
AFTER = "suffix of the set read before it."
CAPTION = [
    "Figure 2: The references of the suffix tree for the word of four letters. Vertical arcs stand for",
    "the first child references, and horizontal arcs for the brother references.",
]
NEXT = "For each branching node of the tree, the smallest such head is its head position."


def test_a_sentence_goes_on_past_a_figure_whose_glyph_maps_to_no_character():
    """Page 1 ends inside a sentence; page 2 opens with a figure, its caption over a drawing whose
    only glyph maps to no character, then the sentence goes on: the sentence is whole, the caption
    a paragraph after it, the glyph cut with its ``unreadable`` record."""
    first = [_justified(72, 780 - 14 * at, line) for at, line in enumerate([*FILLER * 10, BEFORE])]
    second = [_justified(72, 780, CAPTION[0]), _text(72, 766, CAPTION[1])]
    second += ["BT /M 10 Tf 250 700 Td (.) Tj ET", _text(72, 620, AFTER), _justified(72, 600, NEXT)]
    pages = ["\n".join(page).encode() for page in (first, second)]
    (doc,) = parse_pdf(font_pages(pages, [*FONTS, (b"M", CMMI)]))
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[-3].endswith(f"{FILLER[1]} {BEFORE} {AFTER}")
    assert paragraphs[-2:] == [" ".join(CAPTION), NEXT]
    records = [span.attrs for span in doc.layers["removed"] if span.label == "unreadable"]
    assert records == [{"text": "(cid:46)", "why": UNMAPPED_WHY}]
