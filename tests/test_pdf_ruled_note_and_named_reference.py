"""An R News article's unmarked footnote and a reference opening with a given name (issue 15, the
fifty-fourth check's row 3, MVT_Rnews.pdf). The title's ``\\thanks`` printed no mark, so the note
under p. 1's footnote rule opened with none and stayed in the sentence that runs over the page
("… with correlation matrix" / note / "and expectation …"); "Alan Genz. Numerical computation of
multivariate normal probabilities." + "Journal of …" hung under it was read as two paragraphs, its
first line opening with a given name, not an author's initials. All texts here are written for the
tests."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_pages

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf

RIGHT = 523.0  # the measure's right edge on the A4 pages ``helvetica_pages`` builds
NOTE = "This document is an updated version of the paper published in an earlier issue."


def _paragraphs(text: str) -> list[str]:
    return [part for part in text.split("\n\n") if part.strip()]


def _prose_page(lines: list[str], top: float = 760.0) -> list[bytes]:
    """10 pt prose lines every 14 pt from ``top`` down, all justified but the last."""
    return [
        helvetica_line(72, top - 14 * at, text, 10, None if at == len(lines) - 1 else RIGHT)
        for at, text in enumerate(lines)
    ]


def _broken_sentence() -> Parsed:
    first = _prose_page(
        [
            "We first illustrate the use of the package with a simple example of the normal",
            "distribution in the first section, and then give more details in the second one.",
            "Assume that the vector X of three variables is multivariate normal with correlation",
            "matrix",
        ]
    )
    rule = b"72 118 100 0.4 re f"  # the footnote rule, as TeX fills it
    note = [b"BT /F1 8 Tf 82 104 Td (%s) Tj ET" % NOTE.encode(), b"BT /F1 8 Tf 295 80 Td (1) Tj ET"]
    second = _prose_page(
        [
            "and expectation zero in each of them. We are interested in the probability that all",
            "three of them stay under one at once, which the package computes for us in turn.",
        ]
    )
    pages = [b"\n".join([*first, rule, *note]), b"\n".join(second)]
    return parse_pdf(helvetica_pages(pages))[0]


def test_note_under_a_footnote_rule_leaves_the_sentence() -> None:
    parsed = _broken_sentence()
    paragraphs = _paragraphs(parsed.text)
    assert (
        "Assume that the vector X of three variables is multivariate normal with correlation matrix and"
        " expectation zero in each of them." in paragraphs[0]
    )
    notes = [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "footnote"]
    assert notes == [NOTE]
    assert paragraphs[-1] == NOTE


def test_reference_opening_with_a_given_name_is_one_entry() -> None:
    first = [
        helvetica_line(260, 770, "References", 12),
        helvetica_line(
            72, 740, "Don Edwards and Jack J. Berry. The efficiency of simulation-based multiple", 10, RIGHT
        ),
        helvetica_line(83, 726, "comparisons. Biometrics, 43:913-928, December 1987.", 10),
    ]
    second = [  # the next page opens on an entry: no entry over it shows the list's hang
        helvetica_line(
            72, 760, "Alan Genz. Numerical computation of multivariate normal probabilities.", 10, RIGHT
        ),
        helvetica_line(83, 746, "Journal of Computational and Graphical Statistics, 1:141-149, 1992.", 10),
        helvetica_line(
            72, 732, "Alan Genz. Comparison of methods for the computation of multivariate", 10, RIGHT
        ),
        helvetica_line(
            83, 718, "normal probabilities. Computing Science and Statistics, 25:400-405, 1993.", 10
        ),
    ]
    pages = [b"\n".join(first), b"\n".join(second)]
    paragraphs = _paragraphs(parse_pdf(helvetica_pages(pages))[0].text)
    assert paragraphs[1:] == [
        "Don Edwards and Jack J. Berry. The efficiency of simulation-based multiple comparisons."
        " Biometrics, 43:913-928, December 1987.",
        "Alan Genz. Numerical computation of multivariate normal probabilities. Journal of Computational"
        " and Graphical Statistics, 1:141-149, 1992.",
        "Alan Genz. Comparison of methods for the computation of multivariate normal probabilities."
        " Computing Science and Statistics, 25:400-405, 1993.",
    ]
