"""A definition by cases kept in its sentence as one line (issue 15, the forty-first check's row 02:
r-cran-iso's algorithm.pdf lost its six `cases` displays, "Lemma 2: The function" / "uniquely
minimizes (2)" torn round one, and display (3) with "and hence is the isotonic regression of" and
h(s)'s cases under it were one aligned block standing over the sentence, so neither display was
written). The brace is TeX's big "{" glyph, the name left of it, each branch "value  condition" a
row right of it. Pages hand-built, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page, removed_texts, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"59 /comma 60 /less 97 /a 98 /b 102 /f 107 /k 115 /s 120 /x")
CMSY = tex_font(b"KBOUDQ+CMSY10", b"50 /element 62 /greaterequal 102 /braceleft")

LEAD = "Every example of this note is a small problem, and its value is given by the rule"
THEN = "The same problem is used in what follows as the one that every other method is tried on."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def _parse(content: bytes):
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"M", CMMI), (b"S", CMSY)]))
    return doc


def _cases(y: float, comma: str = "", stop: str = "") -> list[bytes]:
    """ "f(x) =" beside a big "{" with the branches "a  if x ≥ k" over "b  if x < k", the name's
    baseline at ``y``; ``comma`` after the first branch, ``stop`` after the second."""
    return [
        text_row(230, y, "f", font=b"M"),
        text_row(234, y, "("),
        text_row(237.4, y, "x", font=b"M"),
        text_row(241.4, y, ") ="),
        text_row(256, y - 8, "f", size=24, font=b"S"),
        text_row(268, y + 7, "a", font=b"M"),
        text_row(290, y + 7, "if "),
        text_row(299, y + 7, "x", font=b"M"),
        text_row(305, y + 7, ">", font=b"S"),
        text_row(311, y + 7, "k" + comma, font=b"M"),
        text_row(268, y - 7, "b", font=b"M"),
        text_row(290, y - 7, "if "),
        text_row(299, y - 7, "x", font=b"M"),
        text_row(305, y - 7, "<", font=b"M"),
        text_row(311, y - 7, "k", font=b"M"),
        *([text_row(316, y - 7, stop)] if stop else []),
    ]


def test_a_cases_display_stays_in_its_sentence_as_one_line():
    """The name, the brace and two branch rows: one line, the branches in reading order, "; "
    between them, the sentence round it whole."""
    page = [text_row(72, 500, LEAD), *_cases(470), text_row(72, 436, THEN), text_row(72, 360, LAST)]
    doc = _parse(b"\n".join(page))
    assert doc.text == f"{LEAD}\n\nf(x) = {{a if x ≥ k; b if x < k}}\n\n{THEN}\n\n{LAST}"
    assert "removed" not in doc.layers


def test_a_sentence_between_a_numbered_display_and_a_cases_display_parts_them():
    """A numbered display, a sentence at the margin running on into the cases display under it:
    the two displays stood in one aligned block over the sentence and neither was written; each is
    its own line, the sentence between them."""
    sum_row = [
        text_row(230, 470, "s", font=b"M"),
        text_row(262, 470, "="),
        text_row(290, 470, "a", font=b"M"),
        text_row(294, 470, " + "),
        text_row(305.4, 470, "b", font=b"M"),
        text_row(520, 470, "(3)"),
    ]
    between = "and hence it is the value of"
    page = [
        text_row(72, 500, LEAD),
        *sum_row,
        text_row(72, 450, between),
        *_cases(424),
        text_row(72, 390, THEN),
        text_row(72, 320, LAST),
    ]
    doc = _parse(b"\n".join(page))
    cases = "f(x) = {a if x ≥ k; b if x < k}"
    assert doc.text == f"{LEAD}\n\ns = a + b (3)\n\n{between}\n\n{cases}\n\n{THEN}\n\n{LAST}"
    assert "removed" not in doc.layers


def test_a_branch_s_comma_is_the_separator_and_the_closing_stop_follows_the_brace():
    """The first branch ends in a comma, the last in the sentence's stop: the comma is the "; "
    between the branches (no "k,;"), the stop stands after the closing brace."""
    page = [text_row(72, 500, LEAD), *_cases(470, ",", "."), text_row(72, 436, THEN), text_row(72, 360, LAST)]
    doc = _parse(b"\n".join(page))
    assert doc.text == f"{LEAD}\n\nf(x) = {{a if x ≥ k; b if x < k}}.\n\n{THEN}\n\n{LAST}"
    assert "removed" not in doc.layers


def test_a_branch_with_a_script_size_fraction_leaves_whole():
    """A branch holding a fraction set at a script's size (its parts over and under the branch's
    row, psi_functions.pdf's "exp(−½ (|x|−c)^b / a)"): the branches cannot be read as rows, so the
    display leaves whole, as before, not written with the numerator as a branch of its own."""
    fraction = [text_row(282, 467, "a", size=7, font=b"M"), text_row(282, 457, "b", size=7, font=b"M")]
    page = [
        text_row(72, 500, LEAD),
        *_cases(470),
        *fraction,
        text_row(72, 436, THEN),
        text_row(72, 360, LAST),
    ]
    doc = _parse(b"\n".join(page))
    assert doc.text == f"{LEAD}\n\n{THEN}\n\n{LAST}"
    assert "f(x) =" in " ".join(removed_texts(doc, "math"))
