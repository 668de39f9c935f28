"""Measured values set in math: a number, maybe a symbol's, with its unit or its tolerance.

A lab report lists its instruments as "резисторы $R = 510\\,$Ом $\\pm10\\%$": the value in math for its
signs, the unit typed after the formula's closing thin space. Kept as formula source, the quantity
read "$R = 510\\,$Ом $\\pm10\\%$" in the text, half TeX, half words. Neither formula is mathematics: a
number prints the same digits in math as in text (TeX's minus is "−", its ``\\pm`` "±"), a symbol
equated to a number whose unit the author set in text right after the formula's math space
(``$R = 510\\,$Ом``) is one quantity split between math and text, and a percentage or a tolerance
(``$\\pm10\\%$``, ``$5 \\pm 1$``) is a measurement's. Each is written as the text-mode LaTeX of what it
prints ("R = 510 Ом ±10%"). A formula with anything else in it (``$N = N_0 / 2$``), or a number or a
symbol's value with no unit or tolerance (``$-1$``, ``$N = 10$`` зёрен, ``$L$ = $115$ км``), is left
as the author set it, mathematics.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.latex_math import MATH
from sloika.text.script_forms import lowered

# a sign before a number: TeX's minus and plus-minus
SIGN = r"(?:\\pm|\\mp|[+-])(?![A-Za-z])"
SIGNS = {"\\pm": "±", "\\mp": "∓", "-": "−", "+": "+"}
# digits with a decimal point or comma (``2{,}5``: a comma set as a decimal mark, no punctuation's
# space after it), thin spaces between groups of digits ("1\,000"), and a percent sign after them
NUMBER = r"\d+(?:\\,\d{3})*(?:(?:\.|,|\{,\})\d+)?(?:\s*(?:\\,\s*)?\\%)?"
SPREAD = r"(?:\\pm|\\mp)(?![A-Za-z])"  # a tolerance between a value and its error
VALUE = rf"(?:(?P<sign>{SIGN})\s*)?(?P<number>{NUMBER})(?:\s*(?P<spread>{SPREAD})\s*(?P<error>{NUMBER}))?"
# math's spaces that end a value before the unit typed after the formula
MATH_SPACE = r"(?:\\[,;: ]|\\(?:thinspace|medspace|thickspace|enskip|quad)(?![A-Za-z])|~)"
# a symbol's value: one letter, Latin or Greek, maybe with a subscript of digits (``R_1``, ``C_{12}``)
GREEK = (
    "alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|iota|kappa|lambda|mu|nu|xi|pi|rho"
    "|sigma|tau|upsilon|phi|varphi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Phi|Psi|Omega"
)
SYMBOL = rf"(?P<letter>[A-Za-z]|\\(?:{GREEK})(?![A-Za-z]))(?:_(?:(?P<digit>\d)|\{{(?P<digits>\d+)\}}))?"
QUANTITY = re.compile(rf"\s*(?:{SYMBOL}\s*=\s*)?{VALUE}\s*(?P<space>{MATH_SPACE}\s*)?")


def quantities_printed(latex: str) -> str:
    """``latex`` with each inline formula that is a measured value (``printed_value``) written as the
    text-mode LaTeX of what it prints."""

    def text(formula: re.Match) -> str:
        source = formula[0]
        if source.startswith("$$") or not source.startswith(("$", "\\(")):
            return source  # a display stands on its own: no part of a line
        inside = source[1:-1] if source[0] == "$" else source[2:-2]
        unit_glued = latex[formula.end() : formula.end() + 1].isalpha()
        return printed_value(inside, unit_glued) or source

    return MATH.sub(text, latex)


def printed_value(math: str, unit_glued: bool) -> str | None:
    """What ``math`` (a formula's inside) prints where it is a measured value, as text-mode LaTeX: a
    number, maybe a symbol's, with a unit (a percent sign, or one typed right after the formula's
    closing math space: ``unit_glued``, the space then one before it) or a tolerance (``\\pm``).
    None for anything else: a number or a symbol's value alone (``$-1$``, ``$N = 10$``) is left as
    the author set it, mathematics."""
    found = QUANTITY.fullmatch(math)
    if found is None:
        return None
    unit = bool(found["space"]) and unit_glued
    if not (unit or "\\%" in math or found["spread"] or found["sign"] in ("\\pm", "\\mp")):
        return None
    value = _number(found["number"])
    if found["sign"]:
        value = SIGNS[found["sign"]] + value
    if found["spread"]:
        value += f" {SIGNS[found['spread']]} {_number(found['error'])}"
    if found["letter"]:
        subscript = found["digit"] or found["digits"]
        letter = found["letter"] if len(found["letter"]) == 1 else f"{{{found['letter']}}}"  # "{\\alpha} ="
        value = f"{letter}{lowered(subscript) if subscript else ''} = {value}"
    return value + (" " if unit else "")


def _number(typed: str) -> str:
    """A number as text-mode LaTeX: its decimal comma without the braces that kept it tight."""
    return re.sub(r"\s+", "", typed).replace("{,}", ",")
