"""A justified line's last words beside a listing's right-aligned rows (issue 15, the thirty-sixth
check's row 1, irace-package.pdf p. 34): a printed matrix in typewriter ends its twenty rows on one
point left of the prose's edge, which made that point the text column's right edge, so the words of
a loosely justified line past it, a wide gap before them, were cut as margin names ("… in the same
format as the", its "as" and "the" gone). A listing's rows are no column's lines. All texts here are
written for the tests."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line

from sloika.pipelines.formats.pdf import parse_pdf

PROSE = [
    "The results of the testing are kept in a list with one element for each of the",
    "instances, and the matrix below holds the cost of each configuration on each of",
    "them, the instances as rows and the configurations as columns, as printed by R.",
]


def test_the_words_of_a_justified_line_past_a_listings_rows_stay():
    lines = [helvetica_line(72, 780 - 12 * at, line, 10, end=506) for at, line in enumerate(PROSE)]
    lines.append(helvetica_line(72, 744, "Matrix of experiments in the same format as the", 10, end=506))
    lines.append(
        helvetica_line(72, 732, "matrix of all the experiments. The column names give the configuration.", 10)
    )
    rows = [f"{n:>3}t " + " ".join(f"{23391860 + 7 * n * k:>9}" for k in range(5)) for n in range(20)]
    lines += [code_line(72, 700 - 12 * at, row, 10) for at, row in enumerate(rows)]
    (doc,) = parse_pdf(font_pages([b"\n".join(lines)], [(b"F1", HELVETICA), (b"F2", COURIER)]))
    assert "Matrix of experiments in the same format as the matrix of all the experiments." in doc.text
    assert not [span for span in doc.layers.get("removed", []) if span.attrs.get("why") == "margin_name"]
