"""TeX's and LaTeX's own commands that print their argument changed: ``\\romannumeral`` a number in
small Roman numerals, ``\\MakeUppercase{…}`` (and its kin, ``CASE_CHANGES`` in ``latex_convert``) a
text in capitals.

They belong to every paper, so none of them is an ``undefined_macro``. Unknown, they were: a lecture
typed its list as lines of ``\\MakeUppercase{\\romannumeral 1} подсчет вероятностей…\\\\`` (a
fragment, its own words, no list environment), the use read as a macro whose argument is only
macros nothing defines (``latex_undefined``), and the three items went to ``removed`` with it. TeX
prints "I подсчет вероятностей…".
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.latex_macros import counter_text
from sloika.pipelines.formats.latex_math import outside_math

# the number TeX reads after \romannumeral: its digits (the space that ends them TeX eats; the author
# typed it before the next word, so it stays, as a control word's eaten space does in ``latex_convert``).
# A number from a register (\romannumeral\value{page}, \romannumeral-`0 in a macro's code) is no literal
ROMANNUMERAL = re.compile(r"\\romannumeral(?![A-Za-z@])\s*(\d+)")


def roman_numerals(source: str) -> str:
    """``source`` with each ``\\romannumeral <digits>`` outside its formulas printed as TeX prints it:
    small Roman numerals (``latex_macros.counter_text``, as ``\\roman``), nothing for 0."""
    return outside_math(source, lambda text: ROMANNUMERAL.sub(lambda found: _roman(int(found[1])), text))


def _roman(number: int) -> str:
    """``number`` as ``\\romannumeral`` prints it: ``\\roman``'s numerals, nothing for 0 or less."""
    return counter_text(number, "roman") if number > 0 else ""
