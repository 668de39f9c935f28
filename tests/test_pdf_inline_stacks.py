"""In-line stacks beside big delimiters (issue 15, the thirty-third check's row 3: fastMcd-kmini.pdf).
TeX sets "⌊(n+p+1)/2⌋" in a sentence as a script-size fraction between two delimiters of the math
extension font, raised so that they reach over and under it; pdfminer hangs such a glyph's box an em
from its raised baseline, so measured by the bracket the denominator fell out of the line: it went to
``removed`` as ``numbers_only`` and the numerator's "1" read as a superscript ("⌊ n+p+¹ ⌋"); the
rest of the row after a fraction, broken off again at the next one, came out in pieces and split the
sentence ("… = a + ⌊ b−¹" / "k ⌋, and …"); a binomial's bottom ("n" over "n/2"), no bar between,
opened a paragraph of its own. All texts here are written for the tests; the PDFs are built by hand
like TeX's (Helvetica for the text's fonts, a stand-in named as the math extension font)."""

from __future__ import annotations

from pdf_objects import HELVETICA, escaped, helvetica_width, inline_fraction, one_page, tex_font

from sloika.pipelines.formats.pdf import parse_pdf

# the math extension font as pdfTeX names it: its floor brackets and big parentheses
CMEX = tex_font(b"OPFEKD+CMEX10", b"65 /floorleft /floorright /parenleftbig /parenrightbig")
FONTS = [(b"F1", HELVETICA), (b"X", CMEX)]
RAISED = 12  # pt: TeX raises a big delimiter's baseline over the text's, the glyph hanging from it
DELIMITER = 4.0  # pt: the stand-in's glyphs are 400 units wide


def _delimited(before: str, parts: list[tuple[str, str]], after: str, y: float, bar: bool = True) -> bytes:
    """A 10 pt line at ``y``: ``before``, then each (over, under) stack between a raised left and
    right delimiter ("A"/"B": floor brackets, "C"/"D": parentheses for a binomial, no ``bar``), a
    Helvetica joint between stacks (the joints after the first are the ``parts``' next entries when
    their ``over`` is ""), and ``after``."""
    x = 72 + helvetica_width(before, 10)
    ops, bars = [b"BT /F1 10 Tf 72 %.2f Td (%s) Tj" % (y, escaped(before))], []
    left, right = (b"A", b"B") if bar else (b"C", b"D")
    for over, under in parts:
        if not over:  # a joint of text between two stacks
            ops.append(b"(%s) Tj" % escaped(under))
            x += helvetica_width(under, 10)
            continue
        text, rule = inline_fraction(over, under, x + DELIMITER, y)
        wide = max(helvetica_width(over, 7), helvetica_width(under, 7))
        text += b" [%d] TJ" % round((helvetica_width(under, 7) - wide) * 50)  # on to its right edge
        ops.append(
            b"/X 10 Tf %d Ts (%s) Tj%s /X 10 Tf %d Ts (%s) Tj 0 Ts /F1 10 Tf"
            % (RAISED, left, text, RAISED, right)
        )
        bars.append(rule)
        x += 2 * DELIMITER + wide
    ops.append(b"(%s) Tj ET" % escaped(after))
    return b" ".join(ops) + b"\n" + (b"\n".join(bars) if bar else b"")


def _paragraph(middle: bytes) -> bytes:
    """Three lines of one sentence, the middle one ``middle`` at 688."""
    return (
        b"BT /F1 10 Tf 72 700 Td (The default subset is the half of the sample that lies the most) Tj ET\n"
        + middle
        + b"\nBT /F1 10 Tf 72 676 Td (of the variables, which is the case in the examples below.) Tj ET\n"
    )


def test_a_fraction_between_floor_brackets_stays_in_its_sentence():
    """ "⌊(n+p+1)/2⌋" in the sentence, no piece of it in ``removed`` and no raised "¹"."""
    line = _delimited("central, so h = ", [("n+p+1", "2")], ". It holds for any number", 688)
    (doc,) = parse_pdf(one_page(_paragraph(line), FONTS))
    assert doc.text.replace("⌊ ", "⌊").replace(" ⌋", "⌋") == (
        "The default subset is the half of the sample that lies the most central, so h = ⌊(n+p+1)/2⌋."
        " It holds for any number of the variables, which is the case in the examples below."
    )
    assert not doc.layers.get("removed")


def test_a_row_going_on_after_a_fraction_stays_in_its_sentence():
    """Two bracketed fractions in one line: the row's rest after the first, no prose of its own and
    broken off again at the second, goes on the sentence: "⌊(k+1)/k⌋ = a + ⌊(a-1)/k⌋, as …"."""
    parts = [("k+1", "k"), ("", " = a + "), ("a-1", "k")]
    line = _delimited("central, so m = ", parts, ", as it holds for any number", 688)
    (doc,) = parse_pdf(one_page(_paragraph(line), FONTS))
    assert doc.text.replace("⌊ ", "⌊").replace(" ⌋", "⌋") == (
        "The default subset is the half of the sample that lies the most central, so m = ⌊(k+1)/k⌋ ="
        " a + ⌊(a-1)/k⌋, as it holds for any number of the variables, which is the case in the examples"
        " below."
    )
    assert not doc.layers.get("removed")


def test_a_binomial_in_a_line_stays_in_its_sentence():
    """A binomial between big parentheses, "n" over "n/2" centred, no bar: read "(n choose n/2)" in
    its line, one paragraph."""
    line = _delimited("central, among ", [("n", "n/2")], " subsets of any number", 688, bar=False)
    (doc,) = parse_pdf(one_page(_paragraph(line), FONTS))
    assert doc.text.replace("( ", "(").replace(" )", ")") == (
        "The default subset is the half of the sample that lies the most central, among (n choose n/2)"
        " subsets of any number of the variables, which is the case in the examples below."
    )


def test_a_binomial_of_two_scripts_between_text_brackets_reads_choose():
    """fastMcd-kmini.pdf's "all (n h) h-subsets": a binomial in text style, "n" over "h" at one
    place between the text's own parentheses, read on the line with them: "(n choose h)", as TeX's
    ``{n \\choose h}`` spells it, not "(n h)"."""
    line = (
        b"BT /F1 10 Tf 72 688 Td (central, it cannot search all \\() Tj /F1 7 Tf 3.5 Ts [(n) 556] TJ"
        b" -2 Ts (h) Tj 0 Ts /F1 10 Tf (\\) subsets of any number) Tj ET"
    )
    (doc,) = parse_pdf(one_page(_paragraph(line), FONTS))
    assert doc.text == (
        "The default subset is the half of the sample that lies the most central, it cannot search all"
        " (n choose h) subsets of any number of the variables, which is the case in the examples below."
    )
