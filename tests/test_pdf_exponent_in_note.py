"""An exponent on a formula's letter inside a footnote (issue 15, the thirty-seventh check's row 1,
tgp.pdf's footnote 2): "(for d, g and τ² parameters; …)", its τ in TeX's math italic and its "2"
raised in a small roman, read "τ" with the "2" cut as the note's mark. A raised digit right after
a letter of a math font, or after a Greek letter standing alone, is that letter's exponent, never a
footnote mark. Sentences sloika's own; expected texts written by hand from what the page shows."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"CMMI8", b"116 /tau 120 /x 104 /h 47 /slash")


def _prose(y: float, text: str, size: float = 10, x: float = 72) -> str:
    return f"BT /F1 {size} Tf {x} {y} Td ({text}) Tj ET"


def _note_page(formula: str) -> object:
    """A page whose body marks note 2 and whose note 2 writes ``formula`` (a content-stream
    fragment that sets the formula's letter in /M and its raised "2" in Helvetica)."""
    lines = [
        _prose(760, "The proposal algorithm has been shown to approximate the maximum of the"),
        "BT /F1 10 Tf 72 748 Td (posterior of the model parameters in a region) Tj"
        " /F1 7 Tf 4 Ts (2) Tj 0 Ts ET",  # the rise reset: Ts outlasts ET
        _prose(736, "and the other parameters are sampled from their full conditional distributions."),
        "BT /F1 6 Tf 72 111 Td (2) Tj ET",
        _prose(108, "Proposed grows are the only place where the priors are used for proposals.", 8, 76),
        f"BT /F1 8 Tf 72 98 Td (The priors for the ) Tj {formula} /F1 8 Tf 0 Ts ( parameters are "
        "inverse gamma.) Tj ET",
    ]
    content = "\n".join(lines).encode("cp1252")
    return parse_pdf(font_pages([content], [(b"F1", HELVETICA), (b"M", CMMI)]))[0]


def test_an_exponent_on_a_math_letter_in_a_note_is_kept():
    doc = _note_page("/M 8 Tf (t) Tj /F1 6 Tf 3 Ts (2) Tj")
    assert "The priors for the τ² parameters are inverse gamma." in doc.text
    marks = [span.attrs["text"] for span in doc.layers["removed"] if span.label == "footnote_mark"]
    assert marks == ["2"]


def test_an_exponent_on_a_math_italic_latin_letter_in_a_note_is_kept():
    doc = _note_page("/M 8 Tf (x) Tj /F1 6 Tf 3 Ts (2) Tj")
    assert "The priors for the x² parameters are inverse gamma." in doc.text


def test_an_exponent_set_apart_from_its_math_letter_hugs_it():
    """tgp.pdf p. 9's "(K + FWF⊤/τ²)−¹": its "2" set a little after τ (a gap wider than the display
    line's letter gaps) read "τ ²" once it was no longer cut as a mark. No space goes before an
    exponent, as none goes before a mark."""
    doc = _note_page("/M 8 Tf (t) Tj /F1 6 Tf 3 Ts [-700 (2)] TJ")
    assert "The priors for the τ² parameters are inverse gamma." in doc.text


def test_an_exponent_on_an_accented_math_letter_in_a_note_is_kept():
    """ifeffit_tutorial.pdf's note 2, "etok is the value of 2me/h̄² …": the macron drawn over the
    math italic "h" makes one letter "h̄" (a letter and its combining mark), which squares the raised
    "2" after it as the bare "h" does; read as a note's mark, the "2" was cut and "h̄" left unsquared."""
    doc = _note_page("/M 8 Tf (h) Tj /F1 8 Tf [280 (\xaf)] TJ /F1 6 Tf 3 Ts (2) Tj")
    assert "The priors for the h̄² parameters are inverse gamma." in doc.text


def test_a_raised_digit_right_before_a_math_sign_is_an_exponent():
    """The same note's unit "Å²/eV": the "2" raised after the text font's "Å" and set against the
    math font's "/" with no space, inside the formula; a note's mark stands before a space or the
    text's own punctuation, never inside a math run."""
    doc = _note_page("(\xc5) Tj /F1 6 Tf 3 Ts (2) Tj 0 Ts /M 8 Tf (/) Tj /F1 8 Tf (eV) Tj")
    assert "The priors for the Å²/eV parameters are inverse gamma." in doc.text


def test_an_exponent_on_an_operator_before_its_math_letter_is_kept():
    """LatexStyle2.pdf p. 12's "sin²θ + cos²θ ≡ 1": the "2" raised after the operator's roman "sin"
    and a thin space (with the script's \\scriptspace) before the math italic θ, its argument, read
    "sin θ + cos θ ≡ 1", both squares cut as marks of a note 2. A math italic letter an operator's
    thin space after a raised digit makes it the operator's exponent; a note's mark is followed by
    a word space or punctuation."""
    doc = _note_page("(sin) Tj /F1 6 Tf 3 Ts (2) Tj 0 Ts /M 8 Tf [-200 (t)] TJ")
    assert re.search(r"The priors for the sin² ?τ parameters are inverse gamma\.", doc.text)
    marks = [span.attrs["text"] for span in doc.layers["removed"] if span.label == "footnote_mark"]
    assert marks == ["2"]
