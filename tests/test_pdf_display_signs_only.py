"""A display of one-letter names and signs kept in its sentence (issue 15, forty-first held-out check:
glpk-doc cnfsat.pdf's "A particular clause is a disjunction of literals:" / "t ∨ t′ ∨ t′′ . . . ,
(1.3)" / "so it takes on the value true iff …"). Such a line has more marks than letters, so it is
cut as ``no_words`` rather than ``math``; in a TeX math font it is a formula all the same, and the
display writer writes it at its place. Pages hand-built, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page, removed_texts, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"120 /x 121 /y")
CMSY = tex_font(b"HMVRFB+CMSY10", b"58 /logicalnot 95 /logicalor")

LEAD = "A clause of the problem is a disjunction of literals, one for each of its variables:"
ON = "so it takes on the value true if and only if at least one of its literals is true too."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def _parse(display: list[bytes]):
    content = b"\n".join([text_row(72, 500, LEAD), *display, text_row(72, 452, ON), text_row(72, 400, LAST)])
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"M", CMMI), (b"S", CMSY)]))
    return doc


def _clause(y: float) -> list[bytes]:
    """ "(x ∨ ¬y)," at ``y`` from x = 250: letters in math italic, "∨" and "¬" in CMSY, brackets and
    comma in the text font."""
    return [
        text_row(250, y, "("),
        text_row(253.3, y, "x", font=b"M"),
        text_row(260, y, "_", font=b"S"),
        text_row(267, y, ":", font=b"S"),
        text_row(271, y, "y", font=b"M"),
        text_row(275, y, "),"),
    ]


def test_a_display_of_letters_and_signs_stays_in_its_sentence():
    """ "(x ∨ ¬y)," with "(1)" at the margin, between a lead-in ending in a colon and the sentence's
    rest: two letters to five marks, cut as ``no_words`` whole before; now written at its place,
    its number at its end, and nothing removed."""
    doc = _parse([*_clause(476), text_row(520, 476, "(1)")])
    assert doc.text == f"{LEAD}\n\n(x ∨ ¬y), (1)\n\n{ON}\n\n{LAST}"
    assert [doc.text[s.start : s.end] for s in doc.spans if s.label == "math"] == ["(x ∨ ¬y), (1)"]
    assert "removed" not in doc.layers


def test_signs_in_the_text_font_alone_stay_cut():
    """ "x + + + ." in the text font, centred under the lead-in: no formula's glyphs, no display to
    write; it leaves as ``no_words`` as before."""
    doc = _parse([text_row(250, 476, "x + + + .")])
    assert removed_texts(doc, "no_words") == ["x + + + ."]
