"""The letter shorthands of babel's Spanish, Galician and Catalan, where the document loads them.

One table (``SHORTHANDS``) says which shorthand families each language defines and which babel
option, if any, turns a family on; the families are written once. From the languages' manuals
(babel-spanish 5.0q "Cuadro 2: Abreviaciones", babel-galician "Cadro 2", babel-catalan "Table 2"):

- acute: ``'a 'e 'i 'o 'u`` (and capitals) print á é í ó ú, ``'n 'N`` ñ Ñ; only with babel's
  ``activeacute`` option ("Para poder usar apóstrofos como abreviaciones de acentos es necesaria
  esta opción"); Catalan's acute covers e, i, o, u and has a grave ``\\`a \\`e \\`o`` with
  ``activegrave``;
- tilde: ``~n ~N`` print ñ Ñ. Spanish before version 5 and Galician have it on by default; Spanish 5
  needs ``es-tilden`` and prints a no-break space before the n otherwise, but the documents that
  type "espa~nol" were written for the versions that printed "español", and a tie between two
  letters of a word means nothing else. ``es-notilde`` turns it off;
- diaeresis: ``"u "i`` (and capitals) print ü ï inside a word; a quote before a word is read as a
  quote, as the Spanish TeX FAQ's own PDF prints ``"Update filename database"``.

Without the language, or with another main language, the same characters are an apostrophe, a tie
and a straight quote, so nothing is changed. Quotes and guillemets (``"<`` ``">`` ``<<``) are babel's
in every language and read after conversion (the reader's ``BABEL``); German's shorthands are
``latex_german``'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sloika.pipelines.formats.latex_german import BABEL_OPTIONS, babel_language


@dataclass(frozen=True)
class Family:
    """A family of shorthands: what finds one, what LaTeX accent it stands for, and the babel
    option that must be given for it to be active (``None``: active with the language)."""

    pattern: re.Pattern[str]
    accent: str
    option: str | None = None
    off: str | None = None  # a babel option that turns the family off


# an apostrophe before a vowel or n, not after another one ('' closes a quote) nor after a backslash
# (\'a is LaTeX's own accent) nor after a letter's grave (`'); "'{}" is the escape the manuals give
ACUTE = Family(re.compile(r"(?<![\\'`])'([aeiouAEIOUnN])"), "'", option="activeacute")
ACUTE_CATALAN = Family(re.compile(r"(?<![\\'`])'([eiouEIOU])"), "'", option="activeacute")
GRAVE_CATALAN = Family(re.compile(r"(?<![\\'`])`([aeoAEO])"), "`", option="activegrave")
# a tie between a letter and n: "espa~nol", "Espa~na" (a tie before a word is a no-break space)
TILDE_N = Family(re.compile(r"(?<=[A-Za-z])~([nN])"), "~", off="es-notilde")
# inside a word only ("ping\"uino", "ag\"uero"): a quote before a word opens a quotation, which TeX
# printed as typed where the document's own PDF shows it ({\itshape "Update filename database"})
DIAERESIS = Family(re.compile(r'(?<=[A-Za-z])"([uiUI])'), '"')

SHORTHANDS: dict[str, tuple[Family, ...]] = {
    "spanish": (ACUTE, TILDE_N, DIAERESIS),
    "galician": (ACUTE, TILDE_N, DIAERESIS),
    "catalan": (ACUTE_CATALAN, GRAVE_CATALAN),
}
NO_SHORTHANDS = re.compile(r"\b(?:es|gl)-noshorthands\b")


def active_families(preamble: str) -> tuple[Family, ...]:
    """The shorthand families ``preamble`` makes active: its babel main language's, those an option
    gates only where the option is given to babel."""
    families = SHORTHANDS.get(babel_language(preamble), ())
    babel = BABEL_OPTIONS.search(preamble)
    options = {option.strip() for option in ((babel["options"] or "") if babel else "").split(",")}
    if NO_SHORTHANDS.search(" ".join(options)):
        return ()
    return tuple(
        family
        for family in families
        if (family.option is None or family.option in options) and family.off not in options
    )


def babel_shorthands(preamble: str) -> Callable[[str], str] | None:
    """What writes the active letter shorthands of ``preamble``'s language as LaTeX accents, which
    the converter prints; ``None`` where none is active."""
    families = active_families(preamble)
    if not families:
        return None

    def written(latex: str) -> str:
        for family in families:
            accent = "\\" + family.accent
            latex = family.pattern.sub(lambda found, accent=accent: f"{accent}{{{found[1]}}}", latex)
        return latex

    return written
