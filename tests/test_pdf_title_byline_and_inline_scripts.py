"""A title page's byline and letter exponents in prose (issue 15, the thirty-eighth check's rows 04
and 05: RcppDist.pdf and bmsmanual.pdf). An author's name set in italics a size over the body under
the title was cut as a drawing's label; a raised letter after a digit ("2^K") was set on the line and
read "2K". Lines and words sloika's own; expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
BODY = [
    "The package provides a header-only library with functions for several statistical distributions",
    "that can be called from compiled code, so that no costly call back into the interpreter is made.",
]


def test_an_italic_byline_under_the_title_is_front_matter():
    """RcppDist.pdf: "JB Duck-Mayr" in 12 pt italics under the 20 pt title went to `removed` as
    `debris`/`figure` (a word or two in italics larger than the body reads as a drawing's label)."""
    content = b"\n".join(
        [
            b"BT /F1 20 Tf 210 700 Td (Distributions Introduction) Tj ET",
            b"BT /F2 12 Tf 267 672 Td (Jane Roe-Smith) Tj ET",
            b"BT /F1 12 Tf 276 652 Td (2018-10-21) Tj ET",
            *(
                b"BT /F1 10 Tf 72 %d Td (%s) Tj ET" % (620 - 12 * at, line.encode())
                for at, line in enumerate(BODY)
            ),
        ]
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"F2", OBLIQUE)]))
    assert doc.text.split("\n\n")[:3] == ["Distributions Introduction", "Jane Roe-Smith", "2018-10-21"]
    assert not [s for s in doc.layers.get("removed", []) if "Roe" in (s.attrs or {}).get("text", "")]


def _exponent_page(pieces: list[tuple[str, str, float]]) -> bytes:
    """One 9 pt line of ``pieces`` (font, text, rise): the prose in Helvetica (``F1``), a raised
    exponent in a 6 pt TeX math italic (``F2``, cmmi6 as pdfTeX names it) ``rise`` pt up."""
    ops = b" ".join(
        b"/%s %d Tf %.1f Ts (%s) Tj" % (font.encode(), 9 if font == "F1" else 6, rise, text.encode())
        for font, text, rise in pieces
    )
    return one_page(
        b"BT 72 700 Td %s ET" % ops,
        [(b"F1", HELVETICA), (b"F2", tex_font(b"BCHASQ+CMMI6", b"75 /K"))],
    )


def test_a_raised_letter_is_written_after_a_caret():
    """bmsmanual.pdf's "2^K models" and "p(Mγ) = 2^{−K}" read "2K models" and "2−K" (two times K, two
    minus K), where its raised digits read "2⁶"."""
    pdf = _exponent_page(
        [
            ("F1", "With 2", 0),
            ("F2", "K", 4.4),
            ("F1", " possible models, each of 2", 0),
            ("F2", "-K", 4.4),
            ("F1", " prior mass, and 2", 0),
            ("F2", "6", 4.4),
            ("F1", " = 64 in the example here.", 0),
        ]
    )
    (doc,) = parse_pdf(pdf)
    assert (
        doc.text.strip()
        == "With 2^K possible models, each of 2^(-K) prior mass, and 2⁶ = 64 in the example here."
    )
