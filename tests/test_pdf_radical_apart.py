"""A radical sign set raised in a prose line ("scale parameter r = 1/√2 is assigned"), which pdfminer
read as a line of its own between the line's two pieces: the sign was cut as ``no_words`` debris
and the text read "1/ 2" (issue 15, twenty-sixth check row 3). Text sloika's own."""

from __future__ import annotations

from pdf_objects import HELVETICA, helvetica_line, one_page, tex_font, text_row
from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.pdf import parse_pdf

CMSY = tex_font(b"HMVRFB+CMSY10", b"112 /radical")


def _width(text: str) -> float:
    return sum(FONT_METRICS["Helvetica"][1][char] for char in text) / 100  # at 10 pt


def test_a_raised_radical_stays_in_its_line() -> None:
    head, tail = "the prior on the effect takes the scale r = 1/", "2 and is centred at zero,"
    sign = 72.0 + _width(head)
    content = [
        helvetica_line(
            72.0, 700.0, "We test whether the two groups differ in their mean, and to this end", 10
        ),
        helvetica_line(72.0, 686.0, head, 10),
        b"BT /S 10 Tf %.2f 694.00 Td (p) Tj ET" % sign,
        helvetica_line(sign + 4.0, 686.0, tail, 10),
        helvetica_line(72.0, 672.0, "as the reference analysis of the same data recommends for it.", 10),
    ]
    (doc,) = parse_pdf(one_page(b"\n".join(content), [(b"F1", HELVETICA), (b"S", CMSY)]))
    assert "r = 1/√2 and is centred at zero," in doc.text
    assert [span.attrs["text"] for span in doc.layers.get("removed", [])] == []


def test_a_radical_before_an_accented_radicand_stays_with_it() -> None:
    """tgp.pdf p. 10's "where ẑ and σ̂ = √σ̂² are taken from …": the radicand's line opens, in the
    stream, with the hat TeX sets over the σ, a few hundredths of an em right of the sign's end
    (the σ itself touches it), so the sign found no radicand, stood alone and was cut: the row read
    "σ̂ = σ̂²". A line touches the sign where its leftmost glyph does."""
    head, tail = "where the estimate is s = ", "s are taken from the posterior predictive equations,"
    sign = 72.0 + _width(head)
    content = [
        helvetica_line(72.0, 700.0, "The expected improvement has a closed form under the normal model,", 10),
        helvetica_line(72.0, 686.0, head, 10),
        b"BT /S 10 Tf %.2f 694.00 Td (p) Tj ET" % sign,
        b"BT /F1 10 Tf %.2f 686.00 Td (\\210) Tj ET" % (sign + 4.6),  # the hat, in the stream first
        helvetica_line(sign + 4.0, 686.0, tail, 10),
        helvetica_line(72.0, 672.0, "and the normal distribution functions are the standard ones.", 10),
    ]
    (doc,) = parse_pdf(one_page(b"\n".join(content), [(b"F1", HELVETICA), (b"S", CMSY)]))
    assert "s = √" in doc.text
    assert "√" not in [span.attrs["text"] for span in doc.layers.get("removed", [])]


def _radical_with_bar(head: str, radicand: str, covered: str) -> bytes:
    """A page whose second line reads ``head``, a raised radical sign, then ``radicand`` and more
    text, the sign's bar drawn from its top over the first ``covered`` characters of the radicand,
    as TeX draws a root's reach."""
    sign = 72.0 + _width(head)
    return b"\n".join(
        [
            helvetica_line(
                72.0, 700.0, "The boundary of the test is a curve over time, and for the tests here", 10
            ),
            helvetica_line(72.0, 686.0, head, 10),
            b"BT /S 10 Tf %.2f 694.00 Td (p) Tj ET" % sign,
            b"%.2f 701.10 %.2f 0.40 re f" % (sign + 4.0, _width(covered)),
            helvetica_line(sign + 4.0, 686.0, radicand, 10),
            helvetica_line(72.0, 672.0, "as the reference analysis of the same data recommends for it.", 10),
        ]
    )


def test_a_radicand_of_more_than_one_term_is_bracketed_by_its_bar() -> None:
    """strucchange-intro.pdf's (17), "b(t) = λ · √(t(1 − t))", read "λ · √t(1 − t)": the root's reach
    is its bar, a rule no text keeps. The glyphs under the bar, more than one term, are written in
    brackets; nothing is removed."""
    content = _radical_with_bar("it is the curve b = c", "t(1 + t) for all times t,", "t(1 + t)")
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"S", CMSY)]))
    assert "it is the curve b = c√(t(1 + t)) for all times t," in doc.text
    assert "removed" not in doc.layers


def test_a_radicand_of_one_term_stays_unbracketed() -> None:
    """The bar over one term ("√2") or over the first letter of what follows ("√t(1 + t)", the root
    of t alone) adds no brackets."""
    for radicand, covered, written in [
        ("2 and is centred at zero,", "2", "b = c√2 and is"),
        ("t(1 + t) for all times t,", "t", "b = c√t(1 + t) for"),
    ]:
        content = _radical_with_bar("it is the curve b = c", radicand, covered)
        (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"S", CMSY)]))
        assert written in doc.text


def test_a_line_set_lower_for_its_root_goes_on_the_sentence() -> None:
    """sandwich.pdf p. 9: "… Exploiting the (asymptotic)" / "normality of the estimates, these tests
    are based on the t ratio β̂j/√Ψ̂jj …" broke into two paragraphs. TeX set the second line 4 pt lower
    than its neighbours to clear the root's bar; measured to its letters, the gap over it was a
    paragraph's. The root's bar is the line's top."""
    head = "normality of the estimates, these tests are based on the ratio b/"
    sign = 72.0 + _width(head)
    content = [
        helvetica_line(72.0, 748.0, "A typical field of application for these covariances are partial", 10),
        helvetica_line(72.0, 734.0, "tests for assessing whether a parameter is significantly different", 10),
        helvetica_line(
            72.0, 720.0, "from zero, in the same model as before. Exploiting the (asymptotic)", 10
        ),
        helvetica_line(72.0, 702.0, head, 10),
        b"BT /S 10 Tf %.2f 706.00 Td (p) Tj ET" % sign,
        b"%.2f 713.50 %.2f 0.40 re f" % (sign + 4.0, _width("V")),
        helvetica_line(sign + 4.0, 702.0, "V and either use the", 10),
        helvetica_line(
            72.0, 688.0, "asymptotic normal distribution or the t distribution for the p values.", 10
        ),
    ]
    (doc,) = parse_pdf(one_page(b"\n".join(content), [(b"F1", HELVETICA), (b"S", CMSY)]))
    assert "Exploiting the (asymptotic) normality of the estimates" in doc.text
    assert "b/√V and either use the asymptotic normal" in doc.text


def _glyphs_apart(y: float, glyphs: list[tuple[str, float]]) -> bytes:
    """A line set as TeX sets a formula: each glyph (text, left edge) on its own, no space glyphs."""
    return b"\n".join(text_row(x, y, text) for text, x in glyphs)


def test_a_bracketed_radicand_keeps_its_formula_spacing() -> None:
    """yacas Algo.book's "µ ≡ π√2n/3" read "π√ (2n/3)" once its radicand was bracketed, and
    sandwich-CL's "√G− 1" read "√ (G − 1)": the brackets' zero gaps, counted among the line's
    letter gaps, lowered its usual gap, and the root's own gap was read as a space. The brackets
    drawn by the bar are no glyphs to measure gaps by. (The formula, a line of its own, is cut as
    sandwich-CL's was; its text is what is checked.)"""
    sign = 77.86  # the formula's gaps as TeX's: 0.3 pt before the root, 1.2 pt after it, 2.4 pt around "+"
    formula = [("2", 72.0), ("G", sign + 5.2), ("+", 93.24), ("1", 101.48)]
    content = [
        helvetica_line(72.0, 700.0, "The number of terms grows with the precision, and one can show", 10),
        helvetica_line(72.0, 686.0, "that for large n the required number of terms grows as", 10),
        _glyphs_apart(672.0, formula[:1]),
        b"BT /S 10 Tf %.2f 672.40 Td (p) Tj ET" % sign,
        b"%.2f 679.90 %.2f 0.40 re f" % (sign + 4.0, 107.04 - sign - 4.0),
        _glyphs_apart(672.0, formula[1:]),
    ]
    (doc,) = parse_pdf(one_page(b"\n".join(content), [(b"F1", HELVETICA), (b"S", CMSY)]))
    assert [span.attrs["text"] for span in doc.layers["removed"]] == ["2√(G + 1)"]
