"""Glyphs drawn over or beside others read as one character: accents, TeX's logos, degree signs.

TeX and Word draw an accent as a glyph of its own over a letter ("e" + "´"), the LaTeX logos as
letters raised and lowered around each other, and a degree as a small ring raised after a digit.
pdfminer reads each glyph apart; these rules put them back together before the line's spaces are
written, so that the spacing never sees an accent as a letter of its own.
"""

from __future__ import annotations

import unicodedata

from sloika.pipelines.formats.pdf_fonts import _font
from sloika.pipelines.formats.pdf_glyphs import TEX_MATH_FONT
from sloika.pipelines.formats.pdf_math_pieces import _superscript_of

WORD_MARGIN = 0.1  # em: pdfminer's word margin; a gap this wide parts "и" from "т. д."
LATEX_TWO_E = 0.2  # em: at most this far after the LaTeX logo, "2ε" is the logo's (\LaTeXe kerns 0.15 em)
EPSILONS = "εϵ"
# spacing accents and the combining marks they stand for over a letter (TeX's \' \` \" \u \^ \~ \v \H \=
# \r \.: the ring of Czech "ů", set as "u" and "˚"), and the cedilla and ogonek under one (OT1's \c{c}: the
# accent glyph set first, then the letter drawn over it)
ACCENTS = {
    "´": "\u0301",
    "`": "\u0300",
    "¨": "\u0308",
    "˘": "\u0306",
    "ˆ": "\u0302",
    "˜": "\u0303",
    "ˇ": "\u030c",
    "˝": "\u030b",
    "¯": "\u0304",
    "˚": "\u030a",
    "˙": "\u0307",
    "¸": "\u0327",
    "˛": "\u0328",
}
# a typewriter font (cmtt) has no spacing accents: TeX's \~ \^ \' \" there set the ASCII glyph over
# the letter, in the letter's own box ("Transi¸c~ao" in a beamer listing); drawn beside a letter, in a
# cell of its own ("a~b", "\\dir{~}", "~/"), the glyph is code and stays: ``_over`` tells the two apart
ASCII_ACCENTS = {"~": "\u0303", "^": "\u0302", "'": "\u0301", '"': "\u0308"}
# a math accent (cmmi's \vec, ``pdf_glyphs.TEX_NAMES``'s "vector"), already its combining mark, over a letter
# or a symbol: "±⃗∇u.n" was read "±(cid:126)∇u.n", the arrow set before the ∇ it stands over
MATH_ACCENTS = frozenset("\u20d7")
# the combining diacritical marks' blocks: a glyph that is one of them is an accent already, wherever
# the PDF draws it (unicode-math's \bar over 𝚤 is U+0304, drawn before its letter)
COMBINING_BLOCKS = ((0x0300, 0x036F), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF))
ZERO_WIDTH_REACH = 0.2  # em: a zero-width accent stands at most this far past the right edge of its letter
# TeX sets an accent over i and j on the dotless letters (OT1's \`\i, \'\i, \^\i, \"\i; \v\j):
# under an accent they are the ordinary letters, the dot being the accent's place ("cos`ı" is "così")
DOTTED = {"ı": "i", "ȷ": "j"}
DEGREE, DEGREE_RINGS = "°", set("◦∘")  # TeX's \circ (U+25E6, U+2218), raised after a digit
# a text font's o or a raised after a number, alone: the Romance languages' ordinal indicators ("11º", "2ª",
# ``\textsuperscript{o}``); a longer raised word ("1st", "2ème") is no indicator
ORDINAL_INDICATORS = {"o": "\u00ba", "a": "\u00aa"}
ACCENT_OVER = 0.5  # share of an accent's width its box must share with a letter's to be drawn over it
# a word glued to a logo is a word of its own at this Zipf frequency or more ("way" 6.0), not the logo's
# inflection ("LaTeXowe": "owe" 4.1, "TeXem": "em", Polish)
LOGO_WORD_ZIPF = 4.5
# the TeX logo: TeX lowers its E half an ex (about 0.22 em) and kerns it under the T and the X
TEX_E_DROP = 0.1  # em: the E's baseline at least this far below the T's and the X's
A_RISE = 0.1  # em of the L: LaTeX's A stands its baseline this far over the L's, at least (about 0.2)
SMALLER = 0.9  # LaTeX's raised A is set smaller than its L, at most this share of the L's size


class _Accented:
    """A letter glyph with the accent drawn over it, read as the letter and its combining mark."""

    def __init__(self, char, text: str) -> None:
        self._char, self._text = char, text

    def get_text(self) -> str:
        return self._text

    def __getattr__(self, name: str):
        return getattr(self._char, name)


class _LogoLetter(_Accented):
    """A TeX logo's letter set as a capital (LaTeX's small raised A, TeX's lowered E), read in lower
    case. Its font is the logo's, no other word's: no ``FONT_SWITCH`` on either side of it, so a word
    the logo ends is not split there ("LuaLaTeX", set "Lua" + "L" + a smaller "A", was read "LuaL aTeX")."""


def _accents_combined(chars: list) -> list:
    """The glyphs with each spacing accent that TeX drew over a letter ("г´убы": `г\\'убы`, the
    acute's box over the "у") taken into that letter as its combining mark ("гу́бы"), and each
    cedilla drawn under one ("apresenta¸cões": OT1's \\c{c} sets the cedilla's glyph, then the c
    at the same place: "apresentações"); a typewriter font's ASCII "~" "^" "'" '"' drawn in a
    letter's box are its accent too ("Transi¸c~ao" → "Transição"), and a math accent
    (``MATH_ACCENTS``) over a symbol as much as a letter ("∇⃗"). An accent over no letter
    (standing alone, "´" in a table of symbols, "a~b" in code) stays as it is."""
    found = list(chars)
    for at, char in enumerate(chars):
        text = char.get_text()
        math = text in MATH_ACCENTS or _combining(text)
        mark = text if math else ACCENTS.get(text) or ASCII_ACCENTS.get(text)
        if mark is None:
            continue
        for near in (at + 1, at - 1):
            letter = found[near] if 0 <= near < len(found) else None
            glyph = letter.get_text() if letter is not None else ""
            if (glyph.isalpha() or (math and glyph.strip())) and _over(char, letter):
                found[near] = _Accented(letter, with_accent(letter.get_text(), mark))
                found[at] = None
                break
    return [char for char in found if char is not None]


def with_accent(letter: str, mark: str) -> str:
    """``letter`` with the combining ``mark`` over it, composed where Unicode has the character
    (NFC); a dotless i or j under an accent is the ordinary letter (``DOTTED``): TeX drops the dot
    only to make room, and "ı̀" (U+0131 U+0300) has no composed form, so a reader searching "così"
    would not find it."""
    return unicodedata.normalize("NFC", DOTTED.get(letter, letter) + mark)


def _tex_logos(chars: list) -> list:
    """The glyphs with each TeX and LaTeX logo read as its name ("TeX", "LaTeX", "XeLaTeX"), not
    pdfminer's "TEX", "LATEX", "XELATEX": the logo's lowered E (XeTeX's mirrored one, ``_xetex_e``,
    and LaTeX's small raised A) are its lower-case letters. A word set against LaTeX's X with no gap
    gets the space TeX ate after ``\\LaTeX`` ("a LATEXway" → "a LaTeX way") when it is a word by
    itself. The bare TeX logo keeps the word it is set against: plain TeX names its things so, by the
    same eaten space (``\\TeX book``, ``\\TeX nical``: "TeXbook", "TeXnical", one word on the page).
    Only the logo's geometry counts: "TEX" typed in capitals has no lowered E."""
    found = list(chars)
    for at in range(1, len(chars) - 1):
        tee, e, x = chars[at - 1], chars[at], chars[at + 1]
        if _xetex_e(tee, e, x):
            found[at] = _LogoLetter(e, "e")
            continue
        if not _lowered_e(tee, e, x):
            continue
        found[at] = _LogoLetter(e, "e")
        latex = at >= 3 and _raised_small_a(chars[at - 3], chars[at - 2])
        if latex:
            found[at - 2] = _LogoLetter(chars[at - 2], "a")
        if latex and _latex_two_e(chars, at + 2):  # \LaTeXe: "2ε" kerned .15 em off the logo, one name
            found[at + 2] = _Accented(chars[at + 2], "2")
            found[at + 2].x0 = x.x1
        word = "".join(_letters_after(chars, at + 2))
        glued = latex and word and chars[at + 2].x0 - x.x1 < WORD_MARGIN * x.size
        if glued and word[0].islower() and _common_word(word):
            found[at + 1] = _Accented(x, "X ")
    return found


def _degree_signs(chars: list) -> list:
    """The glyphs with each small ring raised against the digit before it (``_superscript_of``) read
    as a degree sign: TeX's math fonts have none, so authors set ``$45^o$`` or ``$45^\\circ$``, and
    the raised letter or ring read "the largest range (45o)". Only after a digit: a raised o after
    a letter is another sign (an abbreviation's "nº"), left as set. An o in a text font is an ordinal's
    (Portuguese "11º", ``\\textsuperscript{o}``), read as its indicator (``_ordinal_indicator``)."""
    found = list(chars)
    for at in range(1, len(chars)):
        before, ring = chars[at - 1], chars[at]
        if not before.get_text().isdigit() or not _superscript_of([ring], [before]):
            continue
        if _degree_ring(ring):
            found[at] = _Accented(ring, DEGREE)
        elif _ordinal_indicator(ring, chars[at + 1 : at + 2]):
            found[at] = _Accented(ring, ORDINAL_INDICATORS[ring.get_text()])
    return found


def _ordinal_indicator(char, after: list) -> bool:
    """A raised o or a (``ORDINAL_INDICATORS``) set in a text font, not followed by another letter of its
    size: "11º", "2ª"; not the first letter of a raised word ("1st", "1os" stay as set)."""
    if char.get_text() not in ORDINAL_INDICATORS or TEX_MATH_FONT.match(_font(char)):
        return False
    return not (after and after[0].get_text().isalpha() and abs(after[0].size - char.size) < 0.1 * char.size)


def _degree_ring(char) -> bool:
    """A ring (TeX's ``\\circ``) in any font, or an o in a TeX math font."""
    text = char.get_text()
    return text in DEGREE_RINGS or (text == "o" and bool(TEX_MATH_FONT.match(_font(char))))


def _latex_two_e(chars: list, at: int) -> bool:
    """A "2" right after a LaTeX logo's X, then an epsilon: ``\\LaTeXe``, whose "2ε" TeX sets a fixed
    0.15 em kern after the logo (a word's gap in a tightly set line, ``_evenly_set``), one name."""
    return (
        at + 1 < len(chars)
        and chars[at].get_text() == "2"
        and chars[at + 1].get_text() in EPSILONS
        and chars[at].x0 - chars[at - 1].x1 < LATEX_TWO_E * chars[at - 1].size
    )


def _common_word(word: str) -> bool:
    """Whether a word glued to a logo is a word of its own ("way"), not the logo's inflection or suffix:
    Polish writes "LaTeXa", "TeXem", "LaTeXowego" as one word, and "a", "em", "owego" are rare or short
    English words; three letters or more and common (Zipf ``LOGO_WORD_ZIPF`` or more) is a word."""
    from sloika.pipelines.formats.pdf_joins import known_word  # the reflow reads these lines
    from sloika.text.frequency import zipf

    lang = "ru" if "\u0400" <= word[0] <= "\u04ff" else "en"
    return len(word) >= 3 and known_word(word) and zipf(word.lower(), lang) >= LOGO_WORD_ZIPF


def _lowered_e(tee, e, x) -> bool:
    """T, E, X with the E's baseline below the others' and its box kerned into both: TeX's logo."""
    return (tee.get_text(), e.get_text(), x.get_text()) == ("T", "E", "X") and _kerned_under(tee, e, x)


def _xetex_e(ex, e, after) -> bool:
    """X, E, then the T of TeX's logo or the L of LaTeX's, the E lowered and kerned into both: the
    XeTeX and XeLaTeX logos, whose E is mirrored (pdfminer read "XELATEX" for "XeLaTeX")."""
    return (
        (ex.get_text(), e.get_text()) == ("X", "E")
        and after.get_text() in ("T", "L")
        and _kerned_under(ex, e, after)
    )


def _kerned_under(before, e, after) -> bool:
    """``e``'s baseline below those of ``before`` and ``after`` (which share theirs) and its box
    kerned into both: a logo's lowered letter, no capital of a word typed in capitals."""
    size = before.size
    return (
        abs(before.y0 - after.y0) < TEX_E_DROP * size / 2
        and before.y0 - e.y0 > TEX_E_DROP * size
        and e.x0 < before.x1
        and after.x0 < e.x1
    )


def _raised_small_a(ell, a) -> bool:
    """LaTeX's L and its A: the A smaller, raised and kerned back over the L. A bitmap (Type 3)
    font's glyph has a size pdfminer guesses from the font's widths (``pdf_pages._unflipped``), each
    font its own: feynmf.pdf's raised A, from a font of few glyphs, came out larger than its L, and
    its bold heading and italic references read "LATeX"; there the A's baseline, raised
    ``A_RISE`` em or more over the L's, tells it."""
    if (ell.get_text(), a.get_text()) != ("L", "A") or a.y0 <= ell.y0 or a.x0 >= ell.x1:
        return False
    return a.size <= SMALLER * ell.size or a.matrix[5] - ell.matrix[5] >= A_RISE * ell.size


def _letters_after(chars: list, start: int) -> list[str]:
    """The letters of the word that starts at ``start``: up to the first glyph that is no letter or
    stands a word's gap after the one before (TeX sets no space glyphs)."""
    letters = []
    for at in range(start, len(chars)):
        char = chars[at]
        apart = at > start and char.x0 - chars[at - 1].x1 > WORD_MARGIN * char.size
        if apart or not char.get_text().isalpha():
            break
        letters.append(char.get_text())
    return letters


def _combining(text: str) -> bool:
    """The glyph is a combining accent itself (``COMBINING_BLOCKS``): its letter is the one it is
    drawn over, before or after it in the PDF."""
    return len(text) == 1 and any(low <= ord(text) <= high for low, high in COMBINING_BLOCKS)


def _over(accent, letter) -> bool:
    """The accent's box lies over the letter's for at least ``ACCENT_OVER`` of the accent's width;
    a zero-width one (a combining mark, whose font draws it back over the glyph before its origin)
    stands from the letter's middle to ``ZERO_WIDTH_REACH`` em past its right edge: NewCMMath's
    macron over "𝚤", drawn before it, stands 0.11 em past it, and a mark right after its letter
    stands at the next letter's left edge, not over it."""
    width = accent.x1 - accent.x0
    if width <= 0:
        middle = (letter.x0 + letter.x1) / 2
        return middle < accent.x0 <= letter.x1 + ZERO_WIDTH_REACH * accent.size
    shared = min(accent.x1, letter.x1) - max(accent.x0, letter.x0)
    return shared >= ACCENT_OVER * width
