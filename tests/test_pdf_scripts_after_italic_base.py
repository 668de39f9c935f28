"""A sub- and a superscript stacked after a symbol in a line of prose (issue 15, the thirty-sixth
check's row 3: clm_article.pdf). TeX sets Y*_i's subscript at the base's end and its superscript
after the base's italic correction, one over the other; pdfminer, meeting the subscript after the
superscript, read it (or both scripts) as a line of its own with the rest of the row, and the
sentence broke there: "… distributed variable Y∗" / "i. These" / "values can be obtained …", "… we
refer to F" / "as a flexible link function," with "λ" and "−1" cut. All texts here are written for
the tests; the PDFs are built by hand like TeX's (Helvetica for the text, stand-ins named as cmmi
and cmsy for the math)."""

from __future__ import annotations

from pdf_objects import HELVETICA, escaped, helvetica_width, one_page, tex_font

from sloika.pipelines.formats.pdf import parse_pdf

CMMI = tex_font(b"ABCDEF+CMMI10", b"21 /lambda")
CMSY = tex_font(b"GHIJKL+CMSY7", b"0 /minus 3 /asteriskmath")
FONTS = [(b"F1", HELVETICA), (b"M", CMMI), (b"S", CMSY)]
GLYPH = 0.4  # em: the stand-ins' glyphs are 400 units wide
SLANT = 2.6  # pt: the italic correction after the base, where the superscript starts (clm's Y: 2.8)


def _at(x: float, y: float, font: bytes, size: float, text: bytes) -> bytes:
    """One text object drawing ``text`` (already escaped) in ``font`` at (x, y)."""
    return b"BT /%s %g Tf %.2f %.2f Td (%s) Tj ET\n" % (font, size, x, y, text)


def _stacked(before: str, base: bytes, over: bytes, under: bytes, after: str, y: float) -> bytes:
    """A 10 pt line at ``y``: ``before``, a cmmi ``base``, a 7 pt superscript ``over`` (cmsy) and
    subscript ``under`` (cmmi) stacked after it, drawn in TeX's order, and ``after``."""
    x = 72 + helvetica_width(before, 10)
    end = x + GLYPH * 10 * len(base)
    top = end + SLANT + GLYPH * 7 * len(over)
    return (
        _at(72, y, b"F1", 10, escaped(before))
        + _at(x, y, b"M", 10, base)
        + _at(end + SLANT, y + 3.6, b"S", 7, over)
        + _at(end, y - 1.5, b"M", 7, under)
        + _at(max(top, end + GLYPH * 7 * len(under)) + 0.5, y, b"F1", 10, escaped(after))
    )


def _page(middle: bytes) -> bytes:
    """Three lines of one paragraph, the middle one ``middle`` at 688."""
    return one_page(
        _at(72, 700, b"F1", 10, b"The values of the probabilities evaluated at the estimates can be read")
        + middle
        + _at(72, 676, b"F1", 10, b"values are obtained from the fit by use of the predict method."),
        FONTS,
    )


def test_a_subscript_read_apart_under_a_superscript_stays_in_its_sentence():
    """ "Y∗" ends the pdfminer line, "i. These" is a line of its own (the superscript starts 0.26 em
    after the base, past ``STACK_SHIFT``, so pdf_pages' stacked-script rule misses it): one paragraph,
    "Y∗i"."""
    middle = _stacked("as fitted values for the distributed variable ", b"Y", b"\x03", b"i", ". These", 688)
    (doc,) = parse_pdf(_page(middle))
    assert doc.text == (
        "The values of the probabilities evaluated at the estimates can be read as fitted values for the"
        " distributed variable Y\u2217i. These values are obtained from the fit by use of the predict"
        " method."
    )


def test_both_scripts_read_apart_stay_in_their_sentence():
    """ "F" ends the line, "−1" and "λ" are lines of their own, and so is the rest of the row."""
    after = " as a flexible link, whose"
    middle = _stacked("in which case we refer to ", b"F", b"\x001", b"\x15", after, 688)
    (doc,) = parse_pdf(_page(middle))
    assert doc.text == (
        "The values of the probabilities evaluated at the estimates can be read in which case we refer"
        " to F\u207b\u00b9\u03bb as a flexible link, whose values are obtained from the fit by use of the"
        " predict method."
    )
    assert "debris" not in doc.layers


def test_a_display_with_stacked_limits_keeps_its_pieces():
    """A centred formula with no prose word (an integral's limits stacked after it) is no sentence's
    line: its scripts are not joined to it, and it leaves the text whole."""
    middle = _stacked("Q(a, x) = 1/G(x) ", b"F", b"\x001", b"\x15", " t dt", 688)
    (doc,) = parse_pdf(_page(middle.replace(b"72.00 688.00", b"200.00 688.00")))
    assert "Q(a" not in doc.text
