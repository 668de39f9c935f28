"""A list's entry going on at the hang its list sets its wrapped lines at (issue 15, the fifty-third
check's row 1, the Glimmer 3.02 release notes): "InFrm Score The normalized … in its reading frame."
over "This is just the appropriate-frame value …" at the description's hang, "-p Was used to specify …
their lengths." over "This is problematic …", and a reference "[DHK+99] … Improved" over "microbial
gene identification …" over "27(23):4636–4641, 1999." were read as paragraphs of their own: a sentence's
end, a line opening with a capital or a digit, taken for a paragraph's indented first line. Sentences
sloika's own; expected texts written by hand from the page."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

PROSE = [
    "The detail file lists every open reading frame long enough to be scored, one to a line, and",
    "the columns of each line are described in the list below, one column to an entry of the list.",
]
# x, text, end (justified to it; None: ragged), the gap over it (an entry's skip)
DESCRIPTIONS = [
    (72, "Raw Score This is one hundred times the per-base ratio of the coding score to the", 540, 7),
    (150, "independent model score. It gives a rough measure of how well an orf scores that", 538, 0),
    (150, "can be compared between any two orfs.", None, 0),
    (81, "InFrm Score The normalized score of the gene in its own reading frame, from 0 to 99.", 540, 7),
    (150, "This is just the appropriate-frame value among the next six scores.", None, 0),
    (95, "NC Score The normalized score of the independent model, from 0 up to the score 99.", 540, 7),
    (150, "This model is adjusted for the fact that the orf has no in-frame stop codons.", None, 0),
    (72, "Below the columns comes the list of final predictions, which has a format of its own,", 540, 12),
    (72, "with one gene to a line and the columns described after it in a list of their own.", 540, 0),
]
REFERENCES = [
    (72, "[DHK+99] A. Delcher, D. Harmon, S. Kasif, O. White, and S. Salzberg. Improved", 500, 7),
    (128, "microbial gene identification with GLIMMER. Nucl. Acids Res.,", 470, 0),
    (128, "27(23):4636-4641, 1999.", None, 0),
    (72, "[OZWS04] Z. Ouyang, H. Zhu, J. Wang, and S. Z. She. Multivariate entropy distance", 515, 7),
    (128, "method for prokaryotic gene identification. J. Bioinformatics and Comp. Biol.,", 520, 0),
    (128, "2(2):353-373, 2004.", None, 0),
]


def _paragraphs(entries: list[tuple[float, str, float | None, float]]) -> list[str]:
    rows = [helvetica_line(72, 760 - 12 * at, text, 10, 540) for at, text in enumerate(PROSE)]
    y = 760 - 12 * len(PROSE)
    for x, text, end, gap in entries:
        y -= 12 + gap
        rows.append(helvetica_line(x, y, text, 10, end))
    return parse_pdf(helvetica_page(b"\n".join(rows)))[0].text.split("\n\n")


def test_a_description_goes_on_at_its_hang_after_a_sentence_end():
    paragraphs = _paragraphs(DESCRIPTIONS)
    assert (
        "InFrm Score The normalized score of the gene in its own reading frame, from 0 to 99."
        " This is just the appropriate-frame value among the next six scores."
    ) in paragraphs
    assert (
        "NC Score The normalized score of the independent model, from 0 up to the score 99."
        " This model is adjusted for the fact that the orf has no in-frame stop codons."
    ) in paragraphs


def test_the_entries_and_the_prose_after_them_stay_apart():
    paragraphs = _paragraphs(DESCRIPTIONS)
    assert (
        "Raw Score This is one hundred times the per-base ratio of the coding score to the independent"
        " model score. It gives a rough measure of how well an orf scores that can be compared between"
        " any two orfs."
    ) in paragraphs
    assert (
        "Below the columns comes the list of final predictions, which has a format of its own,"
        " with one gene to a line and the columns described after it in a list of their own."
    ) in paragraphs


def test_a_reference_goes_on_at_its_hang_whatever_its_line_opens_with():
    paragraphs = _paragraphs(REFERENCES)
    assert (
        "[DHK+99] A. Delcher, D. Harmon, S. Kasif, O. White, and S. Salzberg. Improved microbial gene"
        " identification with GLIMMER. Nucl. Acids Res., 27(23):4636-4641, 1999."
    ) in paragraphs
    assert (
        "[OZWS04] Z. Ouyang, H. Zhu, J. Wang, and S. Z. She. Multivariate entropy distance method for"
        " prokaryotic gene identification. J. Bioinformatics and Comp. Biol., 2(2):353-373, 2004."
    ) in paragraphs


def test_a_paragraph_indented_under_a_full_line_opens_apart():
    """No list shows a hang: the indented line under a full line ending a sentence opens a paragraph."""
    prose = [
        (72, "The scores are normalized so that the scores of the six reading frames add up to 99.", 540, 0),
        (90, "Each score that follows is computed from the same model, and it is printed in a", 540, 0),
        (72, "column of its own after the coordinates of the gene that it belongs to.", None, 0),
    ]
    paragraphs = _paragraphs(prose)
    first = "The scores are normalized so that the scores of the six reading frames add up to 99."
    assert first in paragraphs
