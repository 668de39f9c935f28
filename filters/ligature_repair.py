"""Latin ligature code points folded to their letters: "ﬁrst" → "first", "diﬀerent" → "different".

pdfminer writes U+FB00–U+FB06 (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) for a font's ligature glyphs, so a TeX-made PDF's text
holds them in most words with "fi", "ff" or "fl"; a web page or a Markdown file pasted from a PDF
can too. A reader does not see them; a tokenizer, a search for "first", dedup shingles and fastText
do. NFC (the default normalisation) keeps them and full NFKC would also fold "²", "Ⅻ" and
full-width forms, which are meant; ftfy's ``fix_latin_ligatures`` also splits the Dutch "ĳ" and the
Serbo-Croatian digraphs (Ǆ, ǉ), which are letters of their languages. So only these seven code points
are folded, each to its NFKC decomposition.

The fold is a repair step's, not the PDF reader's: one place for every format. The reader's own
word lookups (hyphen joins) run before it and see "speciﬁ-" + "cations" as an unknown word, which
joins without the hyphen, as the reader does with any unknown word.
"""

from __future__ import annotations

import re
import unicodedata

LATIN_LIGATURES = {chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
_TABLE = str.maketrans(LATIN_LIGATURES)
_SIDE_BY_SIDE = re.compile("[\ufb00-\ufb06]\\s*[\ufb00-\ufb06]")


def ligatures_in_words(text: str) -> bool:
    """Whether ``text`` sets a Latin ligature glyph, never two side by side: a ligature stands in a word
    ("f f i → ﬀ i → ﬃ"), where a glyph chart's row lists them one after another ("ı ﬀ ﬁ ﬂ ﬃ ﬄ !")."""
    return any(ligature in text for ligature in LATIN_LIGATURES) and not _SIDE_BY_SIDE.search(text)


def fold_latin_ligatures(text: str) -> tuple[str, int]:
    """``text`` with each Latin ligature code point as its letters, and how many were folded."""
    if text.isascii():  # most texts: one C loop, no counting
        return text, 0
    found = sum(text.count(ligature) for ligature in LATIN_LIGATURES)
    return (text.translate(_TABLE), found) if found else (text, 0)
