"""A reference list in the alpha style (labels "[Ada19]" set at the margin, the entries hanging
2.4 em in): pdfminer reads each label apart from its entry's first line, and an entry's first line,
justified with a wide gap after a stop, in pieces (issue 15, held-out check leftovers: a user guide's
reference list read as its labels, then the entries' lines in pieces and out of order). Each
label stands before its entry, and the entry is one paragraph. Words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LEFT, HANG = 111.0, 170.0


def _width(text: str) -> float:
    return sum(FONT_METRICS["Helvetica"][1][char] for char in text) / 100  # at 10 pt


def _pieces(x: float, y: float, pieces: list[tuple[str, float]]) -> tuple[list[bytes], float]:
    """Each piece a text object of its own from ``x``, each followed by its gap (em); where the row
    ends."""
    ops = []
    for text, gap in pieces:
        ops.append(helvetica_line(x, y, text, 10))
        x += _width(text) + gap * 10
    return ops, x - pieces[-1][1] * 10


def _page() -> bytes:
    """Three entries 12 pt a line; the second's first line split at its stretched gaps, 2.1 em after
    "Cole." and 0.9 em after "best"; the others' full lines justified to where it ends, the third's
    label near enough to its line to be read with it."""
    ber, right = _pieces(
        HANG, 664, [("A. Berg and K. Cole.", 2.1), ("On the best", 0.9), ("representation and multipli-", 0)]
    )
    ops = [helvetica_line(LEFT, 700, "References", 10)]
    ops += [
        helvetica_line(LEFT, 688, "[Ada19]", 10),
        helvetica_line(HANG, 688, "J. Adams. Sparse graphs and the algebra of their adjacency", 10, right),
    ]
    ops += [helvetica_line(HANG, 676, "matrices. J. ACM 12(3):1-20, 2019.", 10)]
    ops += [helvetica_line(LEFT, 664, "[Ber08]", 10), *ber]
    ops += [helvetica_line(HANG, 652, "cation of sparse matrices. In Proc. of the Symposium on", 10, right)]
    ops += [helvetica_line(HANG, 640, "Parallel Processing, pages 1-11, 2008.", 10)]
    ops += [
        helvetica_line(
            LEFT, 628, "[Cox12]  C. Cox. Parallel sparse products of matrices and their", 10, right
        )
    ]
    ops += [helvetica_line(HANG, 616, "indexing. SIAM J. Sci. Comput. 34(4):1-21, 2012.", 10)]
    return helvetica_page(b"\n".join(ops))


def test_alpha_labels_stand_before_their_entries():
    parsed = parse_pdf(_page())[0]
    assert parsed.text.split("\n\n") == [
        "References",
        "[Ada19] J. Adams. Sparse graphs and the algebra of their adjacency matrices. J. ACM 12(3):1-20, "
        "2019.",
        "[Ber08] A. Berg and K. Cole. On the best representation and multiplication of sparse matrices. "
        "In Proc. of the Symposium on Parallel Processing, pages 1-11, 2008.",
        "[Cox12] C. Cox. Parallel sparse products of matrices and their indexing. SIAM J. Sci. Comput. "
        "34(4):1-21, 2012.",
    ]
