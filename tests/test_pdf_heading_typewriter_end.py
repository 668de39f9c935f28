"""A numbered heading whose last word is set in typewriter stays one heading (issue 15,
issue-bamg55: SDPB-Manual.pdf's "3 Input to SDPB" and "5 Output of SDPB", the program's name in
typewriter on the bold heading's baseline and the number read apart by pdfminer, read as a bold
run-in term "Input to" before a definition "SDPB": two paragraphs, "3 Input to" / "SDPB")."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, HELVETICA_BOLD, one_page, text_at
from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.pdf import parse_pdf

BEFORE = "The notation used in this manual follows the one of the papers that describe the solver in full."
AFTER = "The solver takes the following input, written by a script that is given in the next listing."


def _page(words: list[str], name: str) -> bytes:
    """A paragraph, the heading as TeX sets it (its number at x 73.7, its bold words at 102.8 a third
    of an em apart, no space glyph, and the name in Courier a third of an em after them, all 17 pt on
    one baseline), a paragraph under it."""
    bold = FONT_METRICS["Helvetica-Bold"][1]
    gap = 17 / 3
    name_at = 102.8 + sum(bold[char] for char in "".join(words)) * 17 / 1000 + gap * len(words)
    shown = " -333 ".join(f"({word})" for word in words)
    parts = [
        text_at(73.7, 720, BEFORE),
        text_at(73.7, 680, "3", size=17, font="F2"),
        f"BT /F2 17 Tf 102.8 680 Td [{shown}] TJ ET",
        text_at(name_at, 680, name, size=17, font="F3"),
        text_at(73.7, 650, AFTER),
    ]
    fonts = [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD), (b"F3", COURIER)]
    return one_page("\n".join(parts).encode(), fonts)


def test_a_headings_typewriter_last_word_stays_in_it():
    (doc,) = parse_pdf(_page(["Input", "to"], "SDPB"))
    assert doc.text.split("\n\n") == [BEFORE, "3 Input to SDPB", AFTER]
    assert [doc.text[s.start : s.end].split("\n\n")[0] for s in doc.spans if s.label == "section"] == [
        "3 Input to SDPB"
    ]
