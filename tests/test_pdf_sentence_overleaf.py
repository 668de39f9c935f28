"""A sentence a page ends inside, going on overleaf with a capital, a bracket or a number (issue 15, the
fourteenth check's rows 1 and 2: gmm_with_R.pdf's "…does not affect the asymptotic properties of" /
"GMM, very little is known…", kernlab.pdf's "…support vector machine" / "(SVM), so the existence…").
A page break joined a sentence only where the next page starts in lower case. All texts here are
written for the tests."""

from __future__ import annotations

from pdf_objects import HELVETICA, font_pages

from sloika.pipelines.formats.pdf import parse_pdf

FIRST = [
    "The choice of the weighting matrix is known to matter in small samples of data.",
    "Several authors have studied it, and most of them agree on the main points here.",
    "Although the choice does not affect the asymptotic properties of the estimators of",
]
SECOND = [
    "GMM, very little is known about its effects in small samples, which we study here.",
]


def _page(lines: list[str], x: list[float]) -> bytes:
    return "\n".join(
        f"BT /F1 10 Tf {left} {760 - 12 * at} Td ({text}) Tj ET"
        for at, (text, left) in enumerate(zip(lines, x, strict=True))
    ).encode()


def _parsed(second_x: float, second: list[str] = SECOND) -> list[str]:
    pdf = font_pages([_page(FIRST, [86, 72, 72]), _page(second, [second_x])], [(b"F1", HELVETICA)])
    return parse_pdf(pdf)[0].text.split("\n\n")


def test_a_sentence_goes_on_overleaf_with_a_capital():
    assert _parsed(72) == [" ".join([*FIRST, *SECOND])]


def test_an_indented_line_overleaf_opens_a_paragraph():
    """The same pages, the second's first line indented: a paragraph of its own, as before."""
    assert _parsed(86) == [" ".join(FIRST), *SECOND]


def test_a_sentence_goes_on_overleaf_with_a_number():
    """ "…the estimators of" / "1000 samples, …" (UrnTheory.pdf's "…in the first draw is" /
    "1000/2000 = 1/2. The …"): one sentence."""
    second = ["1000 samples, and more are needed in small ones, which we study here in turn."]
    assert _parsed(72, second) == [" ".join([*FIRST, *second])]


def test_a_numbered_title_overleaf_opens_a_paragraph():
    """A clause's number and its title overleaf stay apart from the sentence before, as before."""
    second = ["2 Results of the simulations in small samples"]
    assert _parsed(72, second) == [" ".join(FIRST), *second]


def test_a_sentence_goes_on_overleaf_after_a_comma_with_a_capital():
    """log1mexp-note.pdf pp. 1/2 (thirty-fourth check, row 2): "…help pages. For the logistic
    distribution," / "FL(x) = ex/(1+ex), the inverse, …" stood as two paragraphs. A page that ends
    its full last line on a comma ends no sentence: the line overleaf at the margin goes on it."""
    first = [*FIRST[:2], "The estimators are defined by the moment conditions. For the normal distribution,"]
    second = ["F(x) = P(X < x), the inverse, also called the quantile function, is written as Q here."]
    pdf = font_pages([_page(first, [86, 72, 72]), _page(second, [72])], [(b"F1", HELVETICA)])
    assert parse_pdf(pdf)[0].text.split("\n\n") == [" ".join([*first, *second])]
