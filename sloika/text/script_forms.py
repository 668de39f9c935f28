"""The raised and lowered forms of digits and signs ("10⁻³", "H₂O", a footnote's "¹⁵"): one table
for every reader that writes a superscript or subscript as Unicode's forms (siunitx's powers, HTML's
``<sup>`` and ``<sub>``, a PDF's raised digits kept as the text's own) or reads one back as digits.

Script here is a superscript's or subscript's, not a writing system's (``sloika.text.scripts``). A PDF
glyph named for any raised or lowered letter ("asuperior") takes Unicode's form of it from the
character database (``pdf_glyphs``); these few are written out, as every reader needs them at once.
"""

from __future__ import annotations

DIGITS = "0123456789"
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉"
# the raised and lowered forms the readers write ("<sup>n</sup>" as "ⁿ"); a hyphen as the minus sign
SUPERSCRIPT = dict(zip(DIGITS + "+-−=()ni", SUPERSCRIPT_DIGITS + "⁺⁻⁻⁼⁽⁾ⁿⁱ", strict=True))
SUBSCRIPT = dict(zip(DIGITS + "+-−=()", SUBSCRIPT_DIGITS + "₊₋₋₌₍₎", strict=True))
# one superscript digit, asked of one character or glyph (a string would also hold "" and "¹²")
SUPERSCRIPTS = frozenset(SUPERSCRIPT_DIGITS)
PLAIN_DIGITS = str.maketrans(SUPERSCRIPT_DIGITS, DIGITS)  # "¹⁵" → "15"


def raised(run: str) -> str:
    """A raised run (an exponent) written on the line: in Unicode's raised forms where every one of
    its characters has one here (``SUPERSCRIPT``: "2⁶", "10⁻³", "2ⁿ"), else after a caret, in
    brackets when it is longer than one character ("2^K", "2^(−K)", "θ^(kγ)"): set on the line as it
    stands, "2K" reads two times K and "2−K" two minus K."""
    return _scripted(run, SUPERSCRIPT, "^")


def lowered(run: str) -> str:
    """A lowered run (a subscript, an operator's limit) written on the line as ``raised`` writes an
    exponent: "x₁", "h_n", "lim_(n→∞)"."""
    return _scripted(run, SUBSCRIPT, "_")


def _scripted(run: str, forms: dict[str, str], sign: str) -> str:
    """``run`` in ``forms`` where each of its characters has one, else after ``sign``, bracketed
    when longer than one character."""
    if all(char in forms for char in run):
        return "".join(forms[char] for char in run)
    return f"{sign}{run}" if len(run) == 1 else f"{sign}({run})"


def raising(chars: str) -> dict[int, str]:
    """A ``str.translate`` table that raises each of ``chars`` (keys of ``SUPERSCRIPT``) and leaves
    every other character as it is: a reader raises what it knows to be an exponent, no more."""
    return str.maketrans({char: SUPERSCRIPT[char] for char in chars})
