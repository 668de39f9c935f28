"""Spacing commands as what they leave between the words around them.

White space in TeX is glue, and glue between two words separates them however it is typed: a title
page's "Группа:\\hfill\\hbox to\\maxl{ПМ-13}" prints the label at the left margin and the value in a
column of its own, and read as nothing it became "Группа:ПМ-13". So horizontal space prints a space
(none where it is zero or negative: "\\hspace*{5cm}\\hspace*{-5cm}" only moves the line's start, and
"\\hspace{0pt}" only lets TeX break a word). A box of a given width (``\\makebox[3cm]{…}``,
``\\hbox to\\maxl{…}``) is a column of its own: its text stands apart from the words on either side.

Vertical glue depends on the mode TeX is in. ``\\vfill`` and ``\\vfil`` are ``\\vskip``, which ends
the paragraph: the lines of a title page set apart by them are paragraphs of their own ("Кафедра
«Прикладная математика»" / "Отчет по лабораторной работе №3" ran into one sentence). LaTeX's
``\\vspace`` and the ``\\bigskip`` family inside a paragraph only add space below its line, and the
paragraph's words go on: a space, as for horizontal space.
"""

from __future__ import annotations

import re
from typing import Any

# horizontal glue, leaders and LaTeX's fixed spaces: a space between the words around them
# (pylatexenc's own \quad, \qquad, \enskip print spaces already)
HORIZONTAL_SPACES = ("hfill", "hfil", "hss", "dotfill", "enspace", "thinspace", "medspace", "thickspace")
# what a paragraph's words go on after: LaTeX's vertical space in horizontal mode
SPACES_IN_PARAGRAPH = ("bigskip", "medskip", "smallskip")
# \vfill, \vfil: TeX's \vskip, which ends the paragraph they stand in
PARAGRAPH_ENDING_SPACES = ("vfill", "vfil")
# LaTeX's boxes whose first option is their width: \makebox[3cm][l]{text}, \framebox[3cm]{text}
SIZED_BOXES = ("makebox", "framebox")
# plain TeX's line boxes, which LaTeX keeps: \centerline{text} sets its text as a line of its own,
# apart from the paragraphs around it (a label over the lines under it)
LINE_BOXES = ("leftline", "centerline", "rightline")
# spacing commands that take no argument: a "[" after them is text, not their options
ARGUMENTLESS_SPACES = (
    *HORIZONTAL_SPACES,
    *SPACES_IN_PARAGRAPH,
    *PARAGRAPH_ENDING_SPACES,
    "quad",
    "qquad",
    "enskip",
)

# a width of nothing: "0pt", "0", "-0.0em" (a strut's, a break point's)
ZERO_WIDTH = re.compile(r"\s*[-+]?0*\.?0*\s*(?:true)?(?:pt|em|ex|cm|mm|in|bp|sp|pc|dd|cc|mu)?\s*")


def is_space(width: str) -> bool:
    """Whether glue or a box of ``width`` (as typed: "5cm", "-5cm", "\\fill", "0pt") leaves a space
    between words: a width that is neither zero nor negative."""
    width = width.strip()
    return bool(width) and not width.startswith("-") and not ZERO_WIDTH.fullmatch(width)


def space_of(node: Any) -> str:
    """What ``\\hspace{…}``/``\\vspace{…}`` (starred or not) leave in a line: a space for a width
    that is one (``is_space``), nothing for zero or negative space."""
    return " " if is_space(_argument_source(node, -1)) else ""


def sized_box(node: Any, text: str) -> str:
    """``text``, the content of a ``SIZED_BOXES`` box, set apart from the words on either side where
    the box has a width of its own (``\\makebox[3cm]{…}``); a box as wide as its text
    (``\\makebox{…}``, no width) or of no width (``\\makebox[0pt][l]{…}``, an overlap) stays glued."""
    return f" {text} " if is_space(_argument_source(node, 0)) else text


def box_to_makebox(box: str, how: str, size: str) -> str:
    """``\\hbox to⟨size⟩`` as LaTeX's ``\\makebox[⟨size⟩]``: a box of that width, its text apart from
    the words around it (``sized_box``); ``spread`` and vertical boxes keep only their name."""
    if box == "\\hbox" and how == "to":
        return f"\\makebox[{size.strip()}]"
    return box


def _argument_source(node: Any, index: int) -> str:
    """The source of a macro node's argument ``index`` without its brackets or braces ("" if absent)."""
    arguments = getattr(node.nodeargd, "argnlist", None) or []
    if not arguments or not -len(arguments) <= index < len(arguments) or arguments[index] is None:
        return ""
    source = arguments[index].latex_verbatim()
    return source[1:-1] if source[:1] in "[{" and source[-1:] in "]}" else source


# what a formula prints nothing of: a phantom (the room its argument would take, blank) and glue,
# each with its braced argument (``_without_invisible``), struts, math's own spaces and line breaks;
# "$\phantom{asdf}$" alone is an author's vertical space, "$\\$" a break typed inside dollars
# (check 64 row 6's "\begin{proof} $\\$": a break after the proof's head, no mathematics)
INVISIBLE_WITH_ARGUMENT = re.compile(r"\\(?:[hv]?phantom|[hv]space\*?)\s*\{")
INVISIBLE = re.compile(
    r"\\(?:q?quad|enskip|enspace|thinspace|medspace|thickspace|(?:math)?strut|newline)(?![A-Za-z])"
    r"|\\\\\*?(?:\[[^\]]*\])?|\\[,;:! ]|[\s~{}]"
)
MATH_DELIMITERS = re.compile(r"\A(?:\$\$?|\\\(|\\\[)(?P<inside>.*?)(?:\$\$?|\\\)|\\\])\Z", re.S)


INVISIBLE_MATH = "invisible_math"  # a formula that prints nothing: "$\\phantom{asdf}$", blank room


def prints_nothing(formula: str) -> bool:
    """Whether a formula as typed (``$…$``, ``\\(…\\)``, ``\\[…\\]``, ``$$…$$``) prints nothing
    but blank room: layout, like the page set-up, not a formula of the text."""
    found = MATH_DELIMITERS.match(formula)
    return bool(found) and not INVISIBLE.sub("", _without_invisible(found["inside"]))


# a run of math's own spaces right after a formula's opening: blank room laid out by hand before what
# it prints ("$\;\;\;\;противоречие$", twelve thin spaces setting a word under the line above it,
# check 62's long division); blanks alone are the typist's
LEADING_SPACES = re.compile(
    r"\A(?P<open>\$\$?|\\\(|\\\[)"
    r"(?:[ \t]*(?:\\(?:q?quad|enskip|enspace|thinspace|medspace|thickspace)(?![A-Za-z])|\\[,;:! ]|~))+[ \t]*"
)


def without_hand_indent(formula: re.Match) -> str:
    """A formula (a ``MATH`` match) without the run of math spaces it opens with where it opens a line
    or follows a blank: that room only moves what it prints, and a formula read as text is its signs,
    not the author's layout. Glued to a word ("при$\\;x$") the space is the word space and stays; one
    that holds nothing else stays as typed (``prints_nothing``: it goes whole as ``invisible_math``)."""
    before = formula.string[max(0, formula.start() - 1) : formula.start()]
    if (before and not before.isspace()) or prints_nothing(formula[0]):
        return formula[0]
    return LEADING_SPACES.sub(lambda found: found["open"], formula[0])


DRAWN_LABELS = "drawn_labels"  # a line of a few signs set apart by runs of math spaces: a drawing's labels

# math's own spaces and their widths in mu (18 to the em: \thinmuskip, \medmuskip, \thickmuskip, a
# quad; a control space or a tie is a word space, about a third of an em), and each sign a formula
# prints: a control word or symbol, or a character that is not space, a group's brace or a script's mark
MATH_SPACE_WIDTHS = {",": 3, ":": 4, ">": 4, ";": 5, "!": -3, " ": 6, "~": 6, "thinspace": 3, "medspace": 4,
                     "thickspace": 5, "enskip": 9, "enspace": 9, "quad": 18, "qquad": 36}  # fmt: skip
MATH_SPACE_OR_SIGN = re.compile(
    r"\\(?P<named>q?quad|enskip|enspace|thinspace|medspace|thickspace)(?![A-Za-z])"
    r"|\\(?P<symbol>[,;:>! ])|(?P<tie>~)|(?P<sign>\\[A-Za-z]+|\\.|[^\s{}^_~])"
)
LABEL_SIGNS = 2  # a label: a sign or two ("∥", "C", "+R", "⋮ S"); more is a formula of the text
MIN_DRAWN_ROOM = 72  # mu: four ems of room at least, laid across the line
ROOM_PER_SIGN = 36  # mu: two ems a sign, the room many times what the signs take (half an em each)


def drawn_labels(formula: str) -> bool:
    """Whether a formula as typed (``$…$`` and the other delimiters) is labels placed in two dimensions
    by hand: runs of math spaces around signs, none of the pieces between them more than ``LABEL_SIGNS``
    signs, and the room the spaces take many times what the signs do (``MIN_DRAWN_ROOM``,
    ``ROOM_PER_SIGN``). An algebra lecture drew "∥ ∥" and the remainder's "C R" under the two factors
    of the formula above them with 34 and 20 ``\\;``: on a line of their own in the text they are
    layout, no formula. A formula with more in it ("$\\;\\;P(a)=C(a)+R$", a word) is the text's."""
    found = MATH_DELIMITERS.match(formula)
    if not found:
        return False
    room, labels = 0, [0]
    for token in MATH_SPACE_OR_SIGN.finditer(found["inside"]):
        if token["sign"]:
            labels[-1] += 1
        else:
            room += MATH_SPACE_WIDTHS[token["named"] or token["symbol"] or token["tie"]]
            labels.append(0)
    signs = sum(labels)
    return signs > 0 and max(labels) <= LABEL_SIGNS and room >= max(MIN_DRAWN_ROOM, ROOM_PER_SIGN * signs)


def _without_invisible(math: str) -> str:
    """``math`` without its phantoms and glue (``INVISIBLE_WITH_ARGUMENT``), each with its argument
    to the brace that closes it."""
    while found := INVISIBLE_WITH_ARGUMENT.search(math):
        depth, end = 1, found.end()
        while depth and end < len(math):
            depth += {"{": 1, "}": -1}.get(math[end], 0)
            end += 1
        math = math[: found.start()] + math[end:]
    return math


# a register set in the text, "\extrarowheight=3pt \tabcolsep=6pt \tolerance=1000": layout, no words
ASSIGNMENT = re.compile(
    r"\\[A-Za-z@]+[ \t]*=[ \t]*-?(?:\d+\.?\d*|\.\d+)[ \t]*(?:pt|cm|mm|em|ex|in|bp|sp|pc|dd|cc)(?![A-Za-z])"
    r"|\\(?:[a-z]*penalty|tolerance|pretolerance|emergencystretch|looseness)[ \t]*=[ \t]*-?\d+"
)

# TeX's spacing primitives with their glue, "\vskip12pt", "\hskip 1em plus⏎ 0.5em minus 0.4em", "\kern-3pt",
# "\vskip 2\baselineskip": white space, no words (AASTeX's guide printed "12pt" five times and
# "24pt" between its paragraphs; IEEEtran's bibliography "3rd ed.1em plus 0.5em minus 0.4emHarlow")
_GAP = r"[ \t]*\n?[ \t]*"  # a line end is a space to TeX; a blank line is not
DIMENSION = (
    rf"{_GAP}(?P<sign>-?){_GAP}(?:\d+\.?\d*|\.\d+)?{_GAP}"
    r"(?:(?:true)?(?:pt|cm|mm|em|ex|in|bp|sp|pc|dd|cc|mu|fil{1,3})|\\[A-Za-z@]+)"  # "-.125emX": em, then X
)
_STRETCH = DIMENSION.replace("?P<sign>", "?:")  # plus/minus: how far the glue may stretch or shrink
SKIP = re.compile(
    rf"\\(?P<primitive>vskip|hskip|kern|mskip|mkern|moveleft|moveright|raise|lower)(?![A-Za-z@]){DIMENSION}"
    rf"(?:{_GAP}plus{_STRETCH})?(?:{_GAP}minus{_STRETCH})? ?"  # TeX eats one space after the unit
)


# a length the document declares, set in the text without "=": "\macroskip2\baselineskip" (codedoc's
# xeindex manual), "\gap-3pt plus 1pt"; the value is a number and unit or a length register
_REGISTER_VALUE = (
    r"[ \t]*=?[ \t]*-?[ \t]*(?:\d+\.?\d*|\.\d+)?[ \t]*"
    r"(?:(?:true)?(?:pt|cm|mm|em|ex|in|bp|sp|pc|dd|cc|mu)(?![A-Za-z])"
    r"|\\[A-Za-z@]*(?:width|height|depth|skip|sep|indent|size|length)(?![A-Za-z@]))"
    rf"(?:{_GAP}plus{_STRETCH})?(?:{_GAP}minus{_STRETCH})?"
)


def without_register_settings(latex: str, lengths: frozenset[str]) -> str:
    """``latex`` without the settings of the ``lengths`` the document declares (``\\newskip``,
    ``\\newlength``): layout, no words (the manual's margin names left "2" before a paragraph)."""
    if not lengths:
        return latex
    names = "|".join(re.escape(name) for name in sorted(lengths, key=len, reverse=True))
    return re.sub(rf"\\(?:{names})(?![A-Za-z@]){_REGISTER_VALUE}", "", latex)


def skip(match: re.Match) -> str:
    """What a spacing primitive leaves in the text: ``\\vskip`` ends the paragraph (TeX leaves
    horizontal mode for it), a positive ``\\hskip`` is a space between words ("3rd ed.\\hskip 1em
    …\\relax Harlow"); a kern, a negative skip (a logo's "T\\kern-.1667emE") and a raised box's shift
    are nothing."""
    if match["primitive"] == "vskip":
        return "\n\n"
    if match["primitive"] == "kern" and not match["sign"] and _points(match[0]) >= WORD_SPACE_PT:
        return " "  # a résumé's "Санкт-Петербург}\\kern 0.25 cm\\mbox{…}": a gap as wide as a space
    return " " if match["primitive"] == "hskip" and not match["sign"] else ""


# TeX points per unit, and the width from which a kern between words is a space (a word space is
# about 3.3pt at 10pt; a logo's kerns, "B\\kern.05em", are below it)
POINTS = {"pt": 1.0, "bp": 1.0, "dd": 1.07, "pc": 12.0, "cc": 12.8, "mm": 2.845, "cm": 28.45, "in": 72.27}
POINTS |= {"em": 10.0, "ex": 4.3}
WORD_SPACE_PT = 3.0
KERN_AMOUNT = re.compile(
    r"\\kern\s*(?P<amount>\d+\.?\d*|\.\d+)\s*(?:true)?(?P<unit>pt|bp|dd|pc|cc|mm|cm|in|em|ex)"
)


def _points(kern: str) -> float:
    """The width in points of a ``\\kern`` written with a number and unit; 0 for a length register."""
    found = KERN_AMOUNT.match(kern)
    return float(found["amount"]) * POINTS[found["unit"]] if found else 0.0
