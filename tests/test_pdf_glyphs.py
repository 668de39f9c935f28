"""Glyphs pdfminer maps to no character, named by the font's own program (issue 15, sixth held-out
check: docstrip guards printed ⟨*package⟩ came out "(cid:104)*package(cid:105)")."""

from __future__ import annotations

from pdf_objects import EmbeddedFont, FontFile

from sloika.pipelines.formats.pdf_glyphs import unmapped_glyph

# the head of a Type 1 font program with a built-in encoding, as TeX's cmsy fonts carry one
HEADER = b"""%!PS-AdobeFont-1.0: DemoSymbols 1.0
/FontName /DemoSymbols def
/Encoding 256 array
0 1 255 {1 index exch /.notdef put} for
dup 65 /A put
dup 104 /angbracketleft put
dup 105 /angbracketright put
dup 120 /section put
dup 121 /demoglyph put
readonly def
currentdict end
"""


def test_angle_brackets_named_by_the_font_are_mapped():
    font = EmbeddedFont(FontFile(HEADER))
    assert (unmapped_glyph(font, 104), unmapped_glyph(font, 105)) == ("⟨", "⟩")


def test_other_unmapped_glyphs_stay_unmapped():
    """A name of the font's own (``demoglyph``), a code the font leaves ``.notdef`` and a font with
    no embedded program give nothing: pdfminer's "(cid:N)" stays, counted as unmapped."""
    font = EmbeddedFont(FontFile(HEADER))
    assert unmapped_glyph(font, 121) is None
    assert unmapped_glyph(font, 3) is None
    assert unmapped_glyph(EmbeddedFont(None), 104) is None
