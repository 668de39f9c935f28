"""Inline math that only prints a text symbol.

Old manuals set the signs the text font lacked in math mode: "$\\backslash$chord" for "\\chord",
"\\item[$-$]", "\\def\\labelitemi{$>$}", "$\\{$ chords$\\}$", and an ordinal's raised letters
"20$^{th}$". Such a formula is no mathematics: TeX prints a sign (or the letters) in the line, and
the reader prints it as text too ("\\chord", "> The Data folder…", "20th"). A formula with a
variable, a digit, a Greek letter or an unknown command stays math.

pylatexenc's latex2text holds the symbol table (``\\times`` → "×", ``\\backslash`` → "\\").
"""

from __future__ import annotations

import re
import unicodedata

from pylatexenc.latex2text import LatexNodes2Text

SYMBOLS = LatexNodes2Text(math_mode="text")
# a control word or a control symbol: each must print something for the formula to be a sign
CONTROL = re.compile(r"\\(?:[A-Za-z]+|.)", re.S)
# a superscript of letters with no base, the whole formula: "^{th}", "^{\rm th}", "^{\mathrm{nd}}", "^a"
RAISED_LETTERS = re.compile(
    r"\A\s*\^\s*(?:\{\s*(?:\\(?:rm|mathrm|textrm|text)\s*)?\{?\s*([A-Za-z]+)\s*\}?\s*\}|([A-Za-z]))\s*\Z"
)


def symbol_text(body: str) -> str | None:
    """What the inline formula ``body`` (its delimiters off) prints when it is only text symbols,
    or raised letters with no base; None when it is math (or prints nothing)."""
    if raised := RAISED_LETTERS.match(body):
        return raised[1] or raised[2]
    if any(char.isalnum() for char in CONTROL.sub("", body)):
        return None  # a variable or a number
    if any(not _printed(command).strip() for command in CONTROL.findall(body)):
        return None  # an unknown command, or a space (\,): no sign to print
    text = _printed(body).strip()
    return text if text and all(_is_sign(char) for char in text) else None


def _printed(latex: str) -> str:
    """What latex2text prints for ``latex``; "" where its template for a command needs arguments
    the formula does not give (it raises on ``simplify_repl % args``)."""
    try:
        return SYMBOLS.latex_to_text(latex)
    except (KeyError, IndexError, TypeError, ValueError):
        return ""


def _is_sign(char: str) -> bool:
    """Whether ``char`` is punctuation, a symbol or a space: not a letter, digit or the raising ^/_
    of real math left as it was typed."""
    return char not in "^_" and unicodedata.category(char)[0] in "PSZ"
