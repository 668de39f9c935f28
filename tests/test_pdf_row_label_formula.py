"""A formula in a table's row, beside the row's label (issue 15, twenty-sixth check row 4: a pdfTeX
manual's two-row table "matrix and vector subassign" / "matrix and vector assign", each with its
formula in bold). The first row is read as one line; the second row's formula, read apart from its
label, was cut as a display (``math``), and the row named a method and showed nothing for it. A
display stands alone on its row; a formula with a phrase of words left of it is the row's cell and
stays. All texts here are written for the tests (Helvetica, 10 pt, 12 pt lines)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, helvetica_line, one_page, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 540.0  # where a full line ends
# the variables in the text's italic (as mathpazo sets them), the brackets in cmr
ITALIC = tex_font(b"KAJVXK+URWPalladioL-Ital", b"")
CMR = tex_font(b"SOSTRQ+CMR10", b"")
FONTS = [(b"F1", HELVETICA), (b"I", ITALIC), (b"C", CMR)]
BODY = "The two methods differ only in the mask, which the second one applies to the whole of the"
LEAD = "output matrix. In this notation, the two methods can be described as follows:"
AFTER = "This notation leaves out the descriptors of the two methods."
MORE = "A further sentence follows here, so that the page holds enough lines of its text body."


def _formula(x: float, y: float) -> bytes:
    """ "C(I, J) = A(I, J)": italic variables, cmr brackets and comma, the text font's "=" ."""
    pair = b"/C 10 Tf (\\() Tj /I 10 Tf (I) Tj /C 10 Tf (, ) Tj /I 10 Tf (J) Tj /C 10 Tf (\\)) Tj"
    return b"BT %.1f %.1f Td /I 10 Tf (C) Tj %s /F1 10 Tf ( = ) Tj /I 10 Tf (A) Tj %s ET" % (x, y, pair, pair)


def _row(y: float, label: str) -> bytes:
    return helvetica_line(90, y, label, 10) + b"\n" + _formula(228, y)


def test_a_formula_beside_its_rows_label_stays_with_the_table():
    """Row 2's formula, read apart from "matrix and vector assign" on its row, is no display: it
    stays, read after its label as the row's rest, and nothing goes as ``math``."""
    content = b"\n".join(
        [
            helvetica_line(72, 700, BODY, 10, RIGHT),
            helvetica_line(72, 688, LEAD, 10),
            _row(670, "matrix and vector subassign"),
            _row(656, "matrix and vector assign"),
            helvetica_line(72, 638, AFTER, 10),
            helvetica_line(72, 626, MORE, 10),
        ]
    )
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert doc.text.split("\n\n") == [
        f"{BODY} {LEAD}",
        "matrix and vector subassign C(I, J) = A(I, J)",
        "matrix and vector assign C(I, J) = A(I, J)",
        AFTER,
        MORE,
    ]
    assert [s.attrs.get("why") for s in doc.layers.get("removed", [])] == []


def test_a_display_alone_on_its_row_still_goes():
    """The same formula alone on its row, under the lead-in: a display, not a table row's cell; one
    line, it stays a ``math`` paragraph of its own (it went to ``removed`` as ``math`` before
    display formulas written on one line were kept)."""
    content = b"\n".join(
        [
            helvetica_line(72, 700, BODY, 10, RIGHT),
            helvetica_line(72, 688, LEAD, 10),
            _formula(228, 668),
            helvetica_line(72, 648, AFTER, 10),
            helvetica_line(72, 636, MORE, 10),
        ]
    )
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert [doc.text[s.start : s.end] for s in doc.spans if s.label == "math"] == ["C(I, J) = A(I, J)"]
    assert "\n\nC(I, J) = A(I, J)\n\n" in doc.text
    assert doc.layers.get("removed", []) == []
