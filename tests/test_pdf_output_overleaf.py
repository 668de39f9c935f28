"""A listing's printed output on a later page, no prose between (issue 15, the thirty-sixth check's
rows 1 and 2): clmm2_tutorial.pdf's last call ends p. 7 ("R> exp(2*qnorm(0.75) * fm2$stDev)" /
"   judge"), p. 8 is a figure, and p. 9 holds the value "4.621893" alone, which was cut as a
``fragment`` (a page of short lines had no margin for the listing to go on from);
irace-package.pdf's p. 36 is a page of a p-value matrix whose page number was read after it, which
ended the listing, so the matrix, numbers only, was cut whole. Both are the listing's code. Pages
hand-built, texts sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

PROSE = [
    "The odds ratio between two judges follows from the spread of the judge effects we fitted in",
    "the model above, and the difference between the first and the third quartile of the judges",
    "is a useful way to say how much the judges differ from one another on the rating scale that",
    "was used in the experiment. The call below computes it from the standard deviation that the",
    "model reports for the random effects of the judges, taken at the two quartiles of a normal",
]


def _prose(top: float) -> list[bytes]:
    return [helvetica_line(72, top - 14 * at, line, 10) for at, line in enumerate(PROSE)]


def _folio(number: int) -> bytes:
    return helvetica_line(295, 40, str(number), 10)


def _parse(pages: list[list[bytes]]):
    (doc,) = parse_pdf(
        font_pages([b"\n".join(page) for page in pages], [(b"F1", HELVETICA), (b"F2", COURIER)])
    )
    return doc


def _code(doc) -> list[str]:
    return [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"]


def test_a_value_printed_alone_on_a_page_after_a_figure_is_its_listings_code():
    """Page 1 ends with a call and its output's head; page 2 holds a figure's caption; page 3 holds
    the printed value alone: it goes on the listing, no ``fragment``."""
    first = [*_prose(780), *_prose(700), *_prose(620), *_prose(540), *_prose(460), *_prose(380)]
    first += [code_line(72, 100, "R> exp(2*qnorm(0.75) * fm2$stDev)", 10), code_line(90, 80, "judge", 10)]
    second = [helvetica_line(150, 420, "Figure 3: Rating probabilities for average and extreme judges.", 10)]
    third = [code_line(72, 780, "4.621893", 10)]
    doc = _parse([[*first, _folio(1)], [*second, _folio(2)], [*third, _folio(3)]])
    assert _code(doc)[-1].endswith("   judge\n4.621893")
    assert not [span for span in doc.layers.get("removed", []) if span.label == "fragment"]


def test_a_page_of_printed_numbers_over_its_page_number_goes_on_overleaf():
    """Page 2 is a page of a matrix of numbers under the output's head, its page number drawn (and
    read) after it; page 3 opens with the output's last line: the matrix is code, no ``fragment``."""
    first = [*_prose(780), *_prose(700), *_prose(620), *_prose(540), *_prose(460), *_prose(380)]
    first += [code_line(72, 100, "> pairwise.wilcox.test(as.vector(results), conf)", 10)]
    rows = ["14   11   31   6"] + [f"{n:<3} 1.00 0.45 -    -" for n in range(10, 56)]
    second = [code_line(72, 780, "Pairwise comparisons using Wilcoxon signed rank test", 10)]
    second += [code_line(72, 756, "data:  as.vector(results) and conf", 10)]
    second += [code_line(96 if at == 0 else 72, 730 - 14 * at, row, 10) for at, row in enumerate(rows)]
    third = [code_line(72, 780, "P value adjustment method: bonferroni", 10), *_prose(750)]
    doc = _parse([[*first, _folio(1)], [*second, _folio(2)], [*third, _folio(3)]])
    assert "\n".join(["    " + rows[0], *rows[1:]]) in "\n".join(_code(doc))
    assert not [span for span in doc.layers.get("removed", []) if span.label == "fragment"]
