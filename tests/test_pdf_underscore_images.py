"""Underscores drawn as images of rules (issue 15, the forty-second check's undrawn PDFs: the
systemtap manuals, dvips output distilled by Ghostscript, draw each TeX rule as a one-bit image mask
scaled to the rule's box, so "examples/small_demos/", "@hist_linear" and a caption's "CONFIG_HZ"
were read "small demos", "@hist linear", "CONFIG HZ"). The PDFs are built by hand the way Ghostscript
writes them: the glyphs before the rule, an inline image 0.3 em wide and 0.048 em thick on the
baseline, the glyphs after it. All texts are written for the tests."""

from __future__ import annotations

from pdf_objects import HELVETICA, one_page
from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.pdf import parse_pdf

FONTS = [(b"F1", HELVETICA)]
SIZE = 10.0


def _width(text: str) -> float:
    """How wide Helvetica sets ``text`` at ``SIZE`` pt."""
    return sum(FONT_METRICS["Helvetica"][1][char] for char in text) * SIZE / 1000


def _image_rule(x: float, baseline: float, width: float = 0.3 * SIZE) -> bytes:
    """A rule ``width`` wide on ``baseline`` from ``x``, drawn as an inline one-bit image mask."""
    return b"q %.2f 0 0 0.48 %.2f %.2f cm BI /IM true /W 1 /H 1 /BPC 1 ID \x00 EI Q" % (width, x, baseline)


def _line(words: str, x: float, baseline: float, gap: float = 0.04 * SIZE) -> bytes:
    """``words`` set from ``x`` on ``baseline``, each "_" a rule image ``gap`` after the glyph before it
    and before the glyph after it."""
    out = []
    for at, part in enumerate(words.split("_")):
        if at:
            out.append(_image_rule(x + gap, baseline))
            x += 2 * gap + 0.3 * SIZE
        out.append(b"BT /F1 10 Tf %.2f %.2f Td (%s) Tj ET" % (x, baseline, part.encode()))
        x += _width(part)
    return b"\n".join(out)


def _paragraph(middle: bytes) -> bytes:
    return b"\n".join(
        [
            b"BT /F1 10 Tf 72 700 Td (For more examples of scripts that print each of their probes,) Tj ET",
            middle,
            b"BT /F1 10 Tf 72 676 Td (in the source directory, or the wiki pages about the project.) Tj ET",
        ]
    )


def test_a_rule_image_after_a_letter_reads_as_an_underscore():
    """ "small_demos" and "hist_linear" keep their underscores, one word each."""
    (doc,) = parse_pdf(
        one_page(_paragraph(_line("the examples/small_demos/ folder and @hist_linear", 72, 688)), FONTS)
    )
    assert doc.text == (
        "For more examples of scripts that print each of their probes, the examples/small_demos/"
        " folder and @hist_linear in the source directory, or the wiki pages about the project."
    )


def test_rule_images_opening_a_name_read_as_underscores():
    """Two rule images ending just before a name's first letter at the line's start open the name
    (the systemtap tutorial's "__TAPSET_." was read "TAPSET."): "__TAPSET_" whole."""
    middle = b"\n".join(
        [
            _image_rule(72, 688),
            _image_rule(72 + 0.36 * SIZE, 688),
            _line("TAPSET_ opens the internal names", 72 + 0.72 * SIZE, 688),
        ]
    )
    (doc,) = parse_pdf(one_page(_paragraph(middle), FONTS))
    assert "probes, __TAPSET_ opens the internal names in the source" in doc.text


def test_a_rule_image_a_word_space_after_a_word_stays_out_of_the_text():
    """A rule image a word space after the glyph before it and before the glyph after it (a blank to
    fill in) is no underscore of a name: the words keep their space and the text has no "_"."""
    (doc,) = parse_pdf(one_page(_paragraph(_line("the folder named_here", 72, 688, 0.4 * SIZE)), FONTS))
    assert "the folder named here in the source" in doc.text
    assert "_" not in doc.text
