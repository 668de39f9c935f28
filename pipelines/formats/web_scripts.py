"""A page's superscripts and subscripts written on the line before inline markup is flattened.

Flattened, ``<sup>`` and ``<sub>`` glue to their base and the number changes: "7,3477 * 10<sup>22</sup>
кг" read "7,3477 * 1022 кг", "г/см<sup>3</sup>" "г/см3". Each is written as the other readers write
scripts (``sloika.text.script_forms``): in Unicode's raised or lowered forms where each of its
characters has one, as a reader of the page sees it ("10²²", "см³", "H₂O"), else after "^" or "_",
bracketed when longer than one character, as the PDF reader writes a formula's ("x^(2k+1)").
"""

from __future__ import annotations

from sloika.text.script_forms import SUBSCRIPT, SUPERSCRIPT, lowered, raised

# A script is written only where it reads as math: its characters all have a raised or lowered form,
# or it holds a digit or a sign. Letters alone are typography ("1<sup>st</sup>", "M<sup>me</sup>",
# "<sup>TM</sup>") and stay as set; so does a script in code, one holding or inside a link (a
# note's mark, "<sup><a href="#fn1">1</a></sup>", which the note rules read) and one in brackets.
SIGNS = frozenset("+-−=")
WRITERS = {"sup": (SUPERSCRIPT, raised), "sub": (SUBSCRIPT, lowered)}
KEPT_INSIDE = frozenset({"pre", "code", "kbd", "samp", "tt", "a"})  # code as typed, a link's note mark


def _scripts_written(tree) -> None:
    """Each math superscript and subscript of the page (``_math_script``) replaced by its text
    written on the line: "10<sup>22</sup>" → "10²²", "x<sup>2k+1</sup>" → "x^(2k+1)"."""
    for script in list(tree.iter("sup", "sub")):
        run = "".join(script.text_content().split())
        if _math_script(script, run):
            for child in list(script):
                script.remove(child)
            script.text = WRITERS[script.tag][1](run)


def _math_script(script, run: str) -> bool:
    """Whether ``script`` (a ``<sup>`` or ``<sub>`` whose text without spaces is ``run``) reads as
    math: not in code or a link, no link or bracket in it, and every character has a script form or
    a digit or sign stands in it."""
    if not run or any(char in "[]{}" for char in run) or next(script.iter("a"), None) is not None:
        return False
    if any(a.tag in KEPT_INSIDE for a in script.iterancestors()):
        return False
    forms = WRITERS[script.tag][0]
    return all(char in forms for char in run) or any(char.isdigit() or char in SIGNS for char in run)
