"""Where a control word ends, by the TeX engine a paper is written for.

TeX reads a control word's name as the letters after the backslash, and which characters are
letters depends on the engine. pdfTeX (a paper with ``inputenc`` and babel) has only the 52 ASCII
letters: a Cyrillic letter ends the name, so a title page's ``\\bfseriesМосква, 2016`` is
``\\bfseries`` then "Москва, 2016". XeTeX and LuaTeX (a paper that loads ``fontspec`` or
``polyglossia``, or names its engine in a ``% !TEX program`` line) read every Unicode letter as a
letter: there it is one command nothing defines, and TeX prints ", 2016". The converter reads
names as XeTeX does, so a pdfTeX paper's name is ended where pdfTeX ends it.
"""

from __future__ import annotations

import re

# the packages that run only under XeTeX or LuaTeX
UNICODE_ENGINE_PACKAGE = re.compile(
    r"\\(?:usepackage|RequirePackage)\s*(?:\[[^\]]*\])?\s*"
    r"\{[^}]*\b(?:fontspec|polyglossia|unicode-math|xltxtra|xunicode|luatextra|luacode)\b"
)
# an editor's magic comment naming the engine: "% !TEX program = xelatex", "%!TEX TS-program = lualatex"
ENGINE_COMMENT = re.compile(r"^%\s*!\s*TEX\s+(?:TS-)?program\s*=\s*(?:xe|lua)(?:la)?tex\b", re.I | re.M)
# a control word of ASCII letters run into a letter beyond them (not after an escaped backslash)
ASCII_CONTROL_WORD = re.compile(r"(?<!\\)((?:\\\\)*\\[A-Za-z]+)(?=[^\W\d_A-Za-z])")


def unicode_engine(source: str, preamble: str) -> bool:
    """Whether the paper (``source`` as typed, with its comments, and its ``preamble`` without them)
    is written for XeTeX or LuaTeX, where every Unicode letter is a letter of a control word."""
    return bool(ENGINE_COMMENT.search(source) or UNICODE_ENGINE_PACKAGE.search(preamble))


def control_words_ended(latex: str) -> str:
    """``latex`` (no formula in it) with each control word of ASCII letters that runs into another
    letter ended by an empty group, as pdfTeX ends it: ``\\bfseriesМосква`` → ``\\bfseries{}Москва``
    (a group, not a space: "\\LaTeXовский" prints "LaTeXовский")."""
    return ASCII_CONTROL_WORD.sub(r"\1{}", latex)
