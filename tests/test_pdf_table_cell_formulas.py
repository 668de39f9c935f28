"""A table's formulas written as the text's are, and a label beside a formula a cell of its own
(issue 15, session 71's table check: kedd.pdf's Table 1 of kernels). Each row set the kernel's name
right-aligned 1.1 em before its formula "K(x; 2) = ¾ (1 − x²) …", whose text-style fraction pdfminer
read apart: its numerator onto the name's line, its denominator onto the rest's. The cell read the
pieces left to right, "Epanechnikov K(x; 2) =³ 4 (1 − x2) 1(|x|≤1)": name and formula one cell, the
fraction's numerator an exponent and its denominator a word; the Gaussian row's "1/√2π" had its
radical sign read with the numerator, "=¹√ 2π exp (− x² 2 )". Now the name is its own cell and the
cell's stacked pieces are written as a display's are, "K(x) = 3/4 (1 - x)", "K(x) = 1/(√2π) exp (- x²/2)".
Page hand-built, expected text typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, helvetica_width, math_row, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"75 /K 112 /pi 120 /x")
CMSY = tex_font(b"VXJKSL+CMSY10", b"112 /radical")
FONTS = [(b"F1", HELVETICA), (b"M", CMMI), (b"S", CMSY)]
SIZE = 10.9
LEAD = "Some classical kernel functions of the package are the following, with their roughness and variance:"
AFTER = "The derivative of the kernel function is written with the same notation as the table above."
LABEL_END = 179.0  # the names' right edge: right-aligned, 1.1 em before the formulas
FORMULA = 190.9  # the formulas' left edge


def _rule(y: float) -> bytes:
    """A booktabs rule across the table's measure."""
    return b"107.0 %.1f 395.0 0.4 re f" % y


def _label(y: float, text: str) -> bytes:
    return text_row(LABEL_END - helvetica_width(text, SIZE), y, text, SIZE)


def _formula(y: float, fraction: tuple[str, str] | None, rest: str) -> list[bytes]:
    """ "K(x) = " then a text-style fraction (script-size numerator over a bar over its denominator,
    straddling the row's baseline), then ``rest``, on the row at ``y``."""
    parts = [math_row(FORMULA, y, "K", SIZE), text_row(FORMULA + 4.4, y, "(x) =", SIZE)]
    x = FORMULA + 4.4 + helvetica_width("(x) =", SIZE) + 5.5
    if fraction:
        over, under = fraction
        width = helvetica_width(over, 8)
        parts += [
            text_row(x, y + 4.9, over, 8),
            b"%.1f %.1f %.1f 0.4 re f" % (x, y + 2.5, width),
            text_row(x, y - 3.2, under, 8),
        ]
        x += width + 1.7
    return [*parts, text_row(x, y, rest, SIZE)]


def _gaussian(y: float) -> list[bytes]:
    """kedd's Gaussian row: "K(x) = 1/√2π exp (- x²/2) 1", the radical sign hung under the first
    fraction's numerator (pdfminer reads the two as one line, the radicand "2π" apart) and the
    exponent's fraction set at script size, its numerator "x²" raised over the row's baseline."""
    parts = [
        _label(y, "Gaussian"),
        math_row(FORMULA, y, "K", SIZE),
        text_row(FORMULA + 4.4, y, "(x) =", SIZE),
    ]
    x = FORMULA + 4.4 + helvetica_width("(x) =", SIZE) + 5.5
    parts += [
        text_row(x + 3.3, y + 4.9, "1", 8),
        text_row(x, y + 2.0, "p", 8, b"S"),  # cmsy's radical sign, 3.2 pt wide
        b"%.1f %.1f 11.0 0.4 re f" % (x, y + 3.1),  # the fraction's bar
        b"%.1f %.1f 7.8 0.4 re f" % (x + 3.2, y + 1.9),  # the root's bar
        text_row(x + 3.2, y - 4.7, "2", 8),
        math_row(x + 7.65, y - 4.7, "p", 8),
    ]
    e = x + 14
    n = e + helvetica_width("exp (-", SIZE) + 1.0
    return [
        *parts,
        text_row(e, y, "exp (-", SIZE),
        math_row(n, y + 4.9, "x", 8),
        text_row(n + 3.2, y + 8.0, "2", 6),
        b"%.1f %.1f 6.6 0.4 re f" % (n, y + 3.1),
        text_row(n + 1.0, y - 4.7, "2", 8),
        text_row(n + 7.6, y, ") 1", SIZE),
        text_row(374.8, y, "1/2", SIZE),
        text_row(429.1, y, "1", SIZE),
    ]


def _page() -> bytes:
    parts = [text_row(72, 680, LEAD, SIZE), _rule(652), _rule(650)]
    parts += [
        _label(638, "Kernel"),
        math_row(FORMULA, 638, "K", SIZE),
        text_row(FORMULA + 4.4, 638, "(x)", SIZE),
    ]
    parts += [text_row(374.8, 638, "R(K)", SIZE), text_row(429.1, 638, "Var", SIZE), _rule(630)]
    rows = [
        ("Epanechnikov", ("3", "4"), "(1 - x) 1", "3/5", "1/5"),
        ("Uniform", ("1", "2"), "1", "1/2", "1/3"),
        ("Triangular", None, "(1 - x) 1", "2/3", "1/6"),
        ("Biweight", ("15", "16"), "(1 - x) 1", "5/7", "1/7"),
    ]
    parts += _gaussian(614)
    for at, (name, fraction, rest, roughness, variance) in enumerate(rows, start=1):
        y = 614 - 20.3 * at
        parts += [_label(y, name), *_formula(y, fraction, rest)]
        parts += [text_row(374.8, y, roughness, SIZE), text_row(429.1, y, variance, SIZE)]
    parts += [_rule(516), _rule(514), text_row(72, 480, AFTER, SIZE)]
    return one_page(b"\n".join(parts), FONTS)


def _table(doc) -> str:
    (span,) = [s for s in doc.spans if s.label == "table"]
    return doc.text[span.start : span.end]


def test_a_label_before_a_formula_is_a_cell_of_its_own_and_the_fraction_is_written():
    (doc,) = parse_pdf(_page())
    assert _table(doc).split("\n") == [
        "Kernel | K(x) | R(K) | Var",
        "Gaussian | K(x) = 1/(√2π) exp (- x²/2) 1 | 1/2 | 1",
        "Epanechnikov | K(x) = 3/4 (1 - x) 1 | 3/5 | 1/5",
        "Uniform | K(x) = 1/2 1 | 1/2 | 1/3",
        "Triangular | K(x) = (1 - x) 1 | 2/3 | 1/6",
        "Biweight | K(x) = 15/16 (1 - x) 1 | 5/7 | 1/7",
    ]


def test_the_table_stands_between_its_sentences():
    (doc,) = parse_pdf(_page())
    paragraphs = [p for p in doc.text.split("\n\n") if p.strip()]
    assert paragraphs[0] == LEAD and paragraphs[-1] == AFTER
