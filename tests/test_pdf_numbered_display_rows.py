"""Displays read as tables (issue 15, the thirty-seventh check's row 1, tgp.pdf pp. 8–12): a
numbered display set in aligned pieces (model (1) in two columns of relations, "(1)" at the right
margin) was taken as a table by the aligned-block finder, and the prose row under display (10),
"where ẑ and σ̂ = √σ̂² are taken from …", broken into pieces by its inline root, went into the
table with the paragraphs under it. A block of formula pieces ending at an equation number is a
display, left to the display rules; a row of words from the margin to the right edge, its pieces
close, is a line of the text. Sentences sloika's own; expected texts written by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

BODY = [
    "The hierarchical model used throughout this package has the following form, where the",
    "covariance of the responses is given by a correlation function with range parameters:",
]
AFTER = [
    "The prior parameters are chosen to give an appropriate size and spread to the model, and",
    "they are set by default to values that work well for the examples of the next section.",
]


def _line(x: float, y: float, text: str, size: float = 10) -> str:
    return f"BT /F1 {size} Tf {x} {y} Td ({text}) Tj ET"


def _page(middle: list[str], fonts: list[tuple[bytes, bytes]] = ()) -> object:
    lines = [_line(72, 700 - 12 * at, text) for at, text in enumerate(BODY)]
    lines += middle
    lines += [_line(72, 580 - 12 * at, text) for at, text in enumerate(AFTER)]
    return parse_pdf(font_pages(["\n".join(lines).encode()], [(b"F1", HELVETICA), *fonts]))[0]


def test_a_numbered_display_in_aligned_columns_is_no_table():
    doc = _page(
        [
            _line(150, 660, "Z = N(Fb, sK)"),
            _line(300, 660, "s = IG(a/2, q/2)"),
            _line(150, 646, "b = N(c, sW)"),
            _line(300, 646, "t = IG(a/2, q/2)"),
            _line(520, 646, "(1)"),
            _line(150, 632, "c = N(m, B)"),
            _line(300, 632, "W = W(V, r),"),
        ]
    )
    assert [span for span in doc.spans if span.label == "table"] == []
    assert " ".join(BODY) in doc.text
    assert " ".join(AFTER) in doc.text


def test_a_display_row_beside_its_number_and_closing_stop_leaves_whole():
    """tgp.pdf p. 12's display (13): once no table, its row "p(linear model) = ∏ … [θ1 +", under an
    em in from the margin, stayed in the text on the sentence before it, for its number was read
    with the display's closing stop as ". (13)", no equation number. The number after a stop still
    numbers the row: it is a display's, a paragraph of its own with its number (kept as one line since
    issue-disp; before, cut as `math`), not the sentence's."""
    doc = _page(
        [
            "BT /M 10 Tf 80 655 Td (p\\(b = 0|d\\) = q +) Tj ET",
            _line(470, 655, ". (13)"),
        ],
        [(b"M", tex_font(b"CMMI10", b"98 /b"))],
    )
    assert "range parameters:\n\np(b = 0|d) = q + . (13)\n\nThe prior parameters" in doc.text
    assert [(s.label, doc.text[s.start : s.end]) for s in doc.spans] == [("math", "p(b = 0|d) = q + . (13)")]
