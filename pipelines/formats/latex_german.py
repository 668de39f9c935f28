"""german.sty's and babel-german's shorthands, where the document loads them.

With german/ngerman active, '"' before a letter is a command: ``W"urzburg`` prints "Würzburg",
``Stra"se`` "Straße", ``Schi"ffahrt`` "Schiffahrt" (old spelling's discretionary). Without the
language the same characters are a straight quote and a letter, so the shorthands are applied
only when the preamble loads german.sty/ngerman.sty (a LaTeX 2.09 ``\\documentstyle`` option, a
``\\usepackage``) or babel with a German option (``german``, ``ngerman``, ``austrian``, ``swiss``…;
given to babel or to the class). Quotes (``"`` ``"'``), hyphenation points (``"-`` ``"|``) and the
hyphen ``"~`` are babel's in every language and read after conversion (the reader's ``BABEL``).
"""

from __future__ import annotations

import re

GERMAN_OPTION = r"(?:n?german|n?austrian|n?swissgerman|swiss)"
# german.sty or ngerman.sty itself: a 2.09 style option, or a package
GERMAN_STYLE = re.compile(
    r"\\documentstyle\s*\[[^\]]*\b(?:n?german)\b[^\]]*\]"
    r"|\\usepackage\s*(?:\[[^\]]*\])?\s*\{[^}]*\bn?german\b[^}]*\}"
)
BABEL_OPTIONS = re.compile(r"\\usepackage\s*(?:\[(?P<options>[^\]]*)\])?\s*\{[^}]*\bbabel\b[^}]*\}")
CLASS_OPTIONS = re.compile(r"\\documentclass\s*\[(?P<options>[^\]]*)\]")
# the shorthands that print letters: an umlaut (or trema), the sharp s, the discretionary "ck
# and the tripled consonants of the old spelling ("ff, "ll, …: the letter); not the second mark of
# "" (a break point: "\TeX-""Interessenten")
UMLAUT = re.compile(r'(?<![\\"])"([aouAOUeEiI])')
SHARP_S = re.compile(r'(?<![\\"])"([szSZ])')
DISCRETIONARY = re.compile(r'(?<![\\"])"(?:c(?=k)|([flmnprt])(?=\1))')
SHARP_S_PRINTED = {"s": "\\ss{}", "z": "\\ss{}", "S": "SS", "Z": "SZ"}
# an umlaut shorthand inside a word, between two letters: G"obelslehenstr., W"urzburg. A straight
# quote there is no punctuation in any language (a quote opens after a space and closes before one),
# so it is read so even where the preamble loads German through a style the reader cannot see
# (germbib's ``\documentstyle[bibgerm]`` loads german.sty from its bibgerm.sty). Only a, o, u and a
# lower-case letter after them: "s (John"s, a typed apostrophe) and the old spelling's "ff are left;
# not after a command's name either (``\\verb"a…"`` delimits with the quote)
UMLAUT_IN_WORD = re.compile(r'(?<![\\@A-Za-z])(?P<before>[A-Za-z]+)"(?P<vowel>[aouAOU])(?=[a-z])')


def loads_german(preamble: str) -> bool:
    """Whether ``preamble`` makes german's shorthands active: german.sty or ngerman.sty, or babel
    with a German main language (its last language option; babel's shorthands are the current
    language's, and ``[naustrian,english]`` writes English)."""
    if GERMAN_STYLE.search(preamble):
        return True
    return re.fullmatch(GERMAN_OPTION, babel_language(preamble)) is not None


def babel_language(preamble: str) -> str:
    """The main language ``preamble`` gives babel: ``main=``, or its last language option (given to
    babel or to the class); "" without babel."""
    babel = BABEL_OPTIONS.search(preamble)
    if babel is None:
        return ""
    main = re.search(r"\bmain\s*=\s*(\w+)", babel["options"] or "")
    options = _words(babel["options"] or "") or [
        word for found in CLASS_OPTIONS.finditer(preamble) for word in _words(found["options"])
    ]
    return main[1] if main else options[-1] if options else ""


def _words(options: str) -> list[str]:
    """The options in a list that can name a language: words, not sizes, papers or sides."""
    words = [option.strip() for option in options.split(",")]
    return [word for word in words if word.isalpha() and not NOT_A_LANGUAGE.search(word)]


# babel's own options that are words (activeacute in "[spanish,activeacute]" is no language)
NOT_A_LANGUAGE = re.compile(
    r"(?:paper|side|column|draft|final|landscape|titlepage|fleqn|leqno"
    r"|activeacute|activegrave|noconfigs|showlanguages|silent|KeepShorthandsActive)$"
)


def german_shorthands(latex: str) -> str:
    """``latex`` (no formula, no code in it) with the letter shorthands written as LaTeX's accents
    and letters, which the converter prints."""
    latex = UMLAUT.sub(r'\\"{\1}', latex)
    latex = SHARP_S.sub(lambda found: SHARP_S_PRINTED[found[1]], latex)
    return DISCRETIONARY.sub(lambda found: found[1] or "c", latex)


POLYGLOSSIA = re.compile(r"\\usepackage\s*(?:\[[^\]]*\])?\s*\{[^}]*\bpolyglossia\b")


def sets_language(preamble: str) -> bool:
    """Whether ``preamble`` chooses its language with babel or polyglossia: then it is known, and a
    quote inside a word where that language is not German is what the author typed."""
    return bool(BABEL_OPTIONS.search(preamble) or POLYGLOSSIA.search(preamble))


def umlauts_in_words(latex: str) -> str:
    """``latex`` (no formula, no code in it) with the umlaut shorthands typed inside a word
    (``UMLAUT_IN_WORD``) written as LaTeX's accents: where german.sty's loading is not in sight."""
    return UMLAUT_IN_WORD.sub(r'\g<before>\\"{\g<vowel>}', latex)
