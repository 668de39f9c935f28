"""A title page's byline and letter exponents in prose (issue 15, the thirty-eighth check's rows 04
and 05: RcppDist.pdf and bmsmanual.pdf). An author's name set in italics a size over the body under
the title was cut as a drawing's label; a raised letter after a digit ("2^K") was set on the line and
read "2K". Lines and words sloika's own; expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, helvetica_width, one_page, tex_font  # noqa: E402

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


def _stacked_fraction_row() -> bytes:
    """A sentence whose second line holds a 7 pt stack between two parts of its text: an upper part
    raised 8 pt, a lower part lowered 5 pt and set on past it, each sharing less than half its
    height with the text, and a 0.4 pt bar on the axis: pdfminer reads the line's two parts and the
    stack's as four lines, as it read bmsmanual.pdf's fraction with scripts in both parts."""
    over, under = "a(N-1)", "(1-a)k"
    gap = -round(helvetica_width(over, 7) * 1000 / 7)  # a TJ number moves left: this one right
    start = "of the model, and F = "
    x = 72 + helvetica_width(start, 10)
    return b"\n".join(
        [
            b"BT /F1 10 Tf 72 700 Td (The statistic is estimated by maximum likelihood for each) Tj ET",
            b"BT /F1 10 Tf 72 684 Td (%s) Tj /F1 7 Tf 8 Ts (%s) Tj -5 Ts [%d (%s)] TJ 0 Ts /F1 10 Tf"
            b" ( is the ratio of the fitted model here.) Tj ET"
            % (start.encode(), escaped(over), gap, escaped(under)),
            b"0.4 w %.1f 686.5 m %.1f 686.5 l S" % (x, x + helvetica_width(over, 7)),
            b"BT /F1 10 Tf 72 668 Td (The next sentence goes on below the formula as usual.) Tj ET",
        ]
    )


def test_a_stacked_fraction_inside_a_line_of_prose_stays_in_its_sentence():
    """bmsmanual.pdf p. 27: "… where Fγ ≡ R²γ(N−1−kγ)/((1−R²γ)kγ) and R²γ is the OLS R-squared …" came
    out as a three-row table of the fraction's pieces and the line's end, out of the text with no
    record: the row's two parts and the stack between them are one line, the stack read "a/b"."""
    (doc,) = parse_pdf(one_page(_stacked_fraction_row(), [(b"F1", HELVETICA)]))
    assert doc.text.strip() == (
        "The statistic is estimated by maximum likelihood for each of the model, and F = "
        "(a(N-1))/((1-a)k) is the ratio of the fitted model here. The next sentence goes on below the "
        "formula as usual."
    )
    assert not [s for s in doc.spans if s.label == "table"]


def test_a_formulas_pieces_opening_a_row_of_prose_stay_in_its_sentence():
    """bmsmanual.pdf p. 6: "… a prior expected model size of ∑_{k=0}^{K} (K choose k) k 2^{−K} = K/2.
    Moreover, …" kept "k)k2−K = K/2." and cut the row's first pieces, "∑K k=0 (K", as a display's math:
    a formula's script-size pieces set before a row's text, ending where it starts, are the
    sentence's."""
    limit = "k=0"
    x = 72 + helvetica_width(limit, 7) + 6
    content = b"\n".join(
        [
            b"BT /F1 10 Tf 72 700 Td (With a uniform prior on all models this implies a model size of) Tj ET",
            b"BT /F1 7 Tf 72 683 Td -5 Ts (%s) Tj ET" % limit.encode(),
            b"BT /F1 10 Tf %.1f 688 Td (k = K/2 over all sizes, and the sentence goes on to its end.) Tj ET"
            % x,
        ]
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA)]))
    assert doc.text.strip() == (
        "With a uniform prior on all models this implies a model size of k=0 k = K/2 over all sizes, "
        "and the sentence goes on to its end."
    )
    assert not doc.layers.get("removed")
