"""A description list's next term opening a page does not run on the sentence before it (issue 15,
twenty-seventh check row 3).

A report's statistics list ends a description on a page with a sentence the author left cut ("…
a sane pivot was promoted over an unstable pivot,"), and the next page opens with the next term,
set smaller and left of the descriptions ("tot: pivs, iters"): the term ran on the sentence as its
end. The pages below are a tiny two-page PDF with that layout; the expected text is by hand.
"""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_pages

from sloika.pipelines.formats.pdf import parse_pdf

FIRST = [
    "The count field records the number of calls to the routine, and the scan field records",
    "the number of times the first scan did not find one leaving variable. The promote field",
    "records the number of times that a sound pivot was promoted over an unsound pivot,",
]
SECOND = "Total pivot and iteration counts for the whole call to the routine, and no more."


def test_a_smaller_term_outdented_overleaf_starts_its_own_entry():
    first = [helvetica_line(130.0, 700.0 - 12.0 * at, text, 10) for at, text in enumerate(FIRST)]
    second = [helvetica_line(108.0, 760.0, "tot: pivs, iters", 9), helvetica_line(130.0, 745.0, SECOND, 10)]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(first), b"\n".join(second)]))
    assert doc.text.split("\n\n") == [" ".join(FIRST), "tot: pivs, iters", SECOND]
