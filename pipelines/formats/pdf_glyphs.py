"""Glyphs a PDF font names but pdfminer maps to no character.

pdfminer turns a simple font's glyph names into characters with the Adobe Glyph List; a name not
in it leaves the glyph unmapped, and pdfminer writes "(cid:104)" for it. TeX's symbol fonts (cmsy,
OMS encoding) name their angle brackets ``angbracketleft`` and ``angbracketright``, which the list
lacks, so every docstrip guard a .dtx manual prints, ⟨*package⟩, came out "(cid:104)*package(cid:105)".
Here a glyph pdfminer could not map is looked up by the name the font's own program gives its code
(the built-in encoding of an embedded Type 1 font, which TeX's fonts use): a name in ``TEX_NAMES``
gives its character; any other glyph stays pdfminer's "(cid:N)", counted as unmapped downstream.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from pdfminer.pdffont import Type1FontHeaderParser
from pdfminer.psexceptions import PSEOF

# glyph names of TeX's fonts that the Adobe Glyph List lacks, with the character each draws
TEX_NAMES = {"angbracketleft": "\u27e8", "angbracketright": "\u27e9"}


class _GlyphNames(Type1FontHeaderParser):
    """A Type 1 font program's built-in encoding as glyph names, not characters."""

    def names(self) -> dict[int, str]:
        """Each code the encoding sets (``dup 104 /angbracketleft put``) and its glyph's name."""
        found: dict[int, str] = {}
        while True:
            try:
                code, name = self.nextobject()
            except PSEOF:
                return found
            found[code] = name


def glyph_names(font: Any) -> dict[int, str]:
    """The glyph names of an embedded Type 1 font's built-in encoding (empty for any other font),
    read once per font object."""
    cached = getattr(font, "_sloika_glyph_names", None)
    if cached is not None:
        return cached
    names: dict[int, str] = {}
    fontfile = getattr(font, "fontfile", None)
    if fontfile is not None:
        try:
            data = fontfile.get_data()[: int(fontfile["Length1"])]
            names = _GlyphNames(BytesIO(data)).names()
        except (KeyError, TypeError, ValueError):
            names = {}
    font._sloika_glyph_names = names
    return names


def unmapped_glyph(font: Any, cid: int) -> str | None:
    """The character a glyph pdfminer could not map draws, when its font names it with a name of
    ``TEX_NAMES``; None otherwise."""
    return TEX_NAMES.get(glyph_names(font).get(cid, ""))
