"""Where a line's scripts go (issue 15, the forty-seventh check's row 2: r-cran-kedd's kedd.pdf,
defects 5 and 7). TeX sets "lim_{n→∞}" in a line with its limit after the name, lowered, and stacks
a subscript under a superscript on one base (h_n^{2r+1}, f_h^{(1)}); the line's text read
"limn→∞", "nh^(2r+1) n" (the subscript moved behind the exponent) and "f(¹) h (x)", and an exponent
of one letter ran into the letter after it: "(−1)^rHr(x)". All texts here are written for the tests;
the PDFs are built by hand like TeX's (a subscript under a superscript set after it, moved back by
its width); the expected texts are typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, helvetica_width, one_page, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

MATH = tex_font(b"IFFUGA+CMMI10", b"")  # a TeX math italic, every glyph 400 units wide
SIGNS = tex_font(b"ZZDHME+CMSY8", b"65 /arrowright /infinity")  # "A" is "→", "B" "∞"
TYPEWRITER = tex_font(b"QWERTY+SFTT0900", b"", -450)  # its boxes hang 0.45 em under the baseline
FONTS = [(b"F1", HELVETICA), (b"M", MATH), (b"S", SIGNS), (b"T", TYPEWRITER)]
RISE, DROP, SUB_DROP = 3.6, -2.5, -1.6  # pt: a superscript's rise, a stacked subscript's drop, a lone one's


def _run(font: str, size: int, rise: float, text: str) -> tuple[bytes, float]:
    """A run of ``text`` (its content operators, its advance in pt: a math glyph 0.4 em)."""
    width = helvetica_width(text, size) if font == "F1" else 0.4 * size * len(text)
    return b"/%s %d Tf %.1f Ts (%s) Tj" % (font.encode(), size, rise, escaped(text)), width


def _back(runs: list[tuple[bytes, float]]) -> tuple[bytes, float]:
    """A move back over ``runs``: what TeX sets under a superscript starts where it starts."""
    width = sum(w for _, w in runs)
    return b"/F1 10 Tf [%d] TJ" % round(width * 100), -width


def _page(middle: list[tuple[bytes, float]]) -> str:
    """The text of a page with a paragraph of three lines, ``middle`` the second; nothing cut."""
    lines = [
        [_run("F1", 10, 0, "The bandwidth is the one number to choose, and it must shrink as the")],
        middle,
        [_run("F1", 10, 0, "sample grows, which the theory below assumes throughout the text.")],
    ]
    content = b"\n".join(
        b"BT 72 %d Td %s 0 Ts ET" % (700 - 12 * at, b" ".join(ops for ops, _ in runs))
        for at, runs in enumerate(lines)
    )
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert not doc.layers.get("removed")
    return doc.text


def test_a_limit_and_a_stacked_sub_and_superscript_are_written_on_their_base():
    """ "lim" with "n→∞" after it, lowered, and "h" with "2r+1" over "n": "lim_(n→∞)" (not
    "limn→∞") and "h_n^(2r+1)" (not "h^(2r+1) n"); a lone subscript is written on its base too ("h_n",
    not "hn")."""
    limit = [_run("M", 7, SUB_DROP, "n"), _run("S", 7, SUB_DROP, "AB")]
    exponent = [_run("F1", 7, RISE, "2"), _run("M", 7, RISE, "r"), _run("F1", 7, RISE, "+1")]
    middle = [
        _run("F1", 10, 0, "grows: lim"),
        *limit,
        _run("F1", 10, 0, " "),
        _run("M", 10, 0, "h"),
        _run("M", 7, SUB_DROP, "n"),
        _run("F1", 10, 0, " = 0 and lim"),
        *limit,
        _run("F1", 10, 0, " "),
        _run("M", 10, 0, "nh"),
        *exponent,
        _back(exponent),
        _run("M", 7, DROP, "n"),
        _run("F1", 10, 0, " = 1 for all."),
    ]
    assert "as the grows: lim_(n→∞) h_n = 0 and lim_(n→∞) nh_n^(2r+1) = 1 for all." in _page(middle)


def test_a_bracketed_order_over_a_subscript_reads_on_its_base():
    """ "f" with "(1)" over "h", then its argument: "f_h⁽¹⁾(x)", not "f(¹) h (x)"."""
    order = [_run("F1", 7, RISE, "(1)")]
    middle = [
        _run("F1", 10, 0, "and its derivative "),
        _run("M", 10, 0, "f"),
        *order,
        _back(order),
        _run("M", 7, DROP, "h"),
        _run("F1", 10, 0, "(x) is drawn beside it, in the figure to the right."),
    ]
    assert "and its derivative f_h⁽¹⁾(x) is drawn beside it" in _page(middle)


def test_an_exponent_of_one_letter_stands_apart_from_the_letter_after_it():
    """ "(-1)" raised to "r" before "H" with its subscript "r": "(-1)^r H_r(x)", not "(-1)^rHr(x)"
    (one exponent "rHr"); the argument's bracket stays on the subscript, as set (issue-pdfminor)."""
    middle = [
        _run("F1", 10, 0, "and its derivative is (-1)"),
        _run("M", 7, RISE, "r"),
        _run("M", 10, 0, "H"),
        _run("M", 7, SUB_DROP, "r"),
        _run("F1", 10, 0, "(x) times the kernel, a polynomial in x."),
    ]
    assert "and its derivative is (-1)^r H_r(x) times the kernel" in _page(middle)


def test_a_variables_lone_subscript_is_written_on_its_base():
    """ "X" with "i" and with "1" set lower and smaller after it: "X_i" and "X₁", not "Xi" and "X1"
    (the forty-eighth check's "(X1, X2,..., Xn)", "f̂h(Xi)", "cn")."""
    middle = [
        _run("F1", 10, 0, "the sample "),
        _run("M", 10, 0, "X"),
        _run("F1", 7, SUB_DROP, "1"),
        _run("F1", 10, 0, " to "),
        _run("M", 10, 0, "X"),
        _run("M", 7, SUB_DROP, "i"),
        _run("F1", 10, 0, " is drawn from one density, independently of each other."),
    ]
    assert "the sample X₁ to X_i is drawn from one density" in _page(middle)


def test_a_smaller_typewriter_word_on_the_baseline_stays_as_set():
    """A file's name set in a smaller typewriter font on the line's baseline (LatexStyle2.pdf's
    "package ‘DESCRIPTION’ file"): its font's deeper descent hangs its boxes lower than the text's,
    but it is no subscript of the quote before it: decided by the baseline, not the boxes."""
    middle = [
        _run("F1", 10, 0, "add this to the package \u2018"),
        _run("T", 7, 0, "DESCRIPTION"),
        _run("F1", 10, 0, "\u2019 file, and the vignette is built with the package."),
    ]
    assert "add this to the package \u2018DESCRIPTION\u2019 file" in _page(middle)
