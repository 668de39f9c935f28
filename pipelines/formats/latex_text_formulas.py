"""Inline math with no mathematics in it: words, spacing and drawn lines, read as the text it prints.

A form sets its signature blank in math for amsmath's stacking:
"$\\underset{\\text{подпись}}{\\underline{\\hspace{0.2\\textwidth}}}$ А.М. Горцев" prints a line to sign
on with the word "подпись" under it. Nothing in it is a formula, and kept as one it read as raw LaTeX
in the text. Such a formula (only words set by ``\\text`` and its kin, spacing, rules, and
``\\underline``, ``\\overline``, ``\\underset``, ``\\overset``, ``\\stackrel`` of those) is written as
the text-mode LaTeX of what it prints, and the rules of the text read it from there: an underline
under blank room is the line TeX draws (a ``\\rule``, "———" where it stands among words:
``latex_typeset._inline_rules``), a label stacked under or over it follows or precedes it in
brackets, as a form typed on one line captions its blanks ("——— (подпись)"), in the order it is
read down the page. A letter, digit or sign outside the words, or any other command, is
mathematics, and the formula stays as it is typed; one that prints only blank room is left for
``latex_paragraphs`` (``invisible_math``). LaTeX's ``\\underline`` in text sets its argument in such
a formula: under blank room it is the same line
("Подпись \\underline{\\hspace{4cm}}" read "Подпись" and a space).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sloika.pipelines.formats.latex_macros import braced_arguments, group, optional_argument, skip_space
from sloika.pipelines.formats.latex_math import MATH
from sloika.pipelines.formats.latex_spacing import is_space

# the commands that set their argument as text in math: its source is text-mode LaTeX already
TEXT_COMMANDS = frozenset(
    {"text", "textrm", "textnormal", "textup", "textit", "textsl", "textsc", "textbf", "textmd",
     "textsf", "texttt", "emph", "mbox"}
)  # fmt: skip
# math's spaces of their own width, no argument (\! is a negative one: nothing)
SPACES = frozenset(
    {"quad", "qquad", "enskip", "enspace", "thinspace", "medspace", "thickspace", ",", ";", ":", " "}
)
NEGATIVE_SPACE = "!"
LINED = frozenset({"underline", "overline"})
# label over or under a base: \underset{label}{base}, \overset{label}{base}, \stackrel{label}{base}
UNDER = frozenset({"underset"})
OVER = frozenset({"overset", "stackrel"})
PHANTOMS = frozenset({"phantom", "hphantom"})  # the room of their argument, blank (\vphantom: none)
WITH_ARGUMENTS = TEXT_COMMANDS | LINED | UNDER | OVER | PHANTOMS | {"hspace", "vphantom"}
CONTROL = re.compile(r"\\(?:([A-Za-z]+)\*?|(.))", re.S)
# the line \underline draws under blank room: a rule of the default rule thickness; its width is any
# positive one, as every drawn line reads "———"
UNDERLINE = "\\rule{1em}{0.4pt}"


@dataclass(frozen=True)
class Printed:
    """What a piece of a formula prints, as text-mode LaTeX: ``ink`` where it sets words or a line,
    ``room`` where it takes blank room a line may underline."""

    latex: str
    ink: bool
    room: bool


NOTHING = Printed("", ink=False, room=False)
SPACE = Printed(" ", ink=False, room=True)


def text_formulas_printed(latex: str) -> str:
    """``latex`` with each inline formula that prints only words, spacing and lines (``printed``)
    written as the text-mode LaTeX of what it prints."""

    def text(formula: re.Match) -> str:
        source = formula[0]
        if source.startswith("$$") or not source.startswith(("$", "\\(")):
            return source  # a display stands on its own: no part of a line
        found = printed(source[1:-1] if source[0] == "$" else source[2:-2])
        return source if found is None or not found.ink else found.latex

    return MATH.sub(text, latex)


# \underline in text: LaTeX sets its argument in math, as "$\underline{\hbox{…}}$"
TEXT_UNDERLINE = re.compile(r"\\underline\s*(?=\{)")


def blank_underlines(latex: str) -> str:
    """``latex`` (no formula in it) with each ``\\underline`` of blank room the line it draws
    (``UNDERLINE``); one under words stays for the converter, which prints the words."""
    pieces, cursor = [], 0
    for found in TEXT_UNDERLINE.finditer(latex):
        braced = group(latex, found.end())
        if found.start() < cursor or braced is None:
            continue
        base = printed(braced[0])
        if base is not None and not base.ink and base.room:
            pieces += [latex[cursor : found.start()], UNDERLINE]
            cursor = braced[1]
    return "".join(pieces) + latex[cursor:]


def printed(math: str) -> Printed | None:
    """What ``math`` (a formula's inside) prints, or None where anything in it is mathematics."""
    pieces: list[Printed] = []
    cursor = skip_space(math, 0)
    while cursor < len(math):
        if math[cursor] == "~":
            piece, cursor = SPACE, cursor + 1
        elif math[cursor] == "{":
            braced = group(math, cursor)
            piece = printed(braced[0]) if braced else None
            cursor = braced[1] if braced else cursor
        elif command := CONTROL.match(math, cursor):
            piece, cursor = _command(math, command)
        else:
            return None  # a variable, a digit, a sign: mathematics
        if piece is None:
            return None
        pieces.append(piece)
        cursor = skip_space(math, cursor)
    return Printed(
        "".join(piece.latex for piece in pieces),
        ink=any(piece.ink for piece in pieces),
        room=any(piece.room for piece in pieces),
    )


def _command(math: str, command: re.Match) -> tuple[Printed | None, int]:
    """What the command ``command`` in ``math`` prints with its arguments, and where it ends."""
    name, cursor = command[1] or command[2], command.end()
    if name in SPACES:
        return SPACE, cursor
    if name == NEGATIVE_SPACE:
        return NOTHING, cursor
    if name == "hrulefill":
        return Printed("\\hrulefill{}", ink=True, room=True), cursor
    if name == "rule":
        return _rule(math, command.start(), cursor)
    arguments = (
        braced_arguments(math, cursor, 2 if name in UNDER | OVER else 1) if name in WITH_ARGUMENTS else None
    )
    if arguments is None:
        return None, cursor  # any other command is mathematics
    values, end = arguments
    if name in TEXT_COMMANDS:
        return _words(values[0]), end
    if name == "hspace":
        return (SPACE if is_space(values[0]) else NOTHING), end
    if name in PHANTOMS:
        return (SPACE if values[0].strip() else NOTHING), end
    if name == "vphantom":
        return NOTHING, end
    inner = [piece for value in values if (piece := printed(value)) is not None]
    if len(inner) < len(values):
        return None, end  # mathematics under the line or in the label
    if name in LINED:
        return _lined(inner[0]), end
    return _stacked(inner[0], inner[1], under=name in UNDER), end


def _words(latex: str) -> Printed | None:
    """A text command's argument: its words as typed (text-mode LaTeX), or the blank room it leaves
    where it is spacing alone (read as math's, ``printed``); None where a formula stands inside
    (``\\text{если $x>0$}``: mathematics). A command it holds that is no spacing may print words
    (``\\textbf{\\publicationsTXT}``, defined in another file): words."""
    if "$" in latex or "\\(" in latex:
        return None
    blank = printed(latex)
    return blank if blank is not None and not blank.ink else Printed(f"{{{latex}}}", ink=True, room=True)


def _rule(math: str, start: int, cursor: int) -> tuple[Printed | None, int]:
    """``\\rule[raise]{width}{height}`` as typed, for the text's rules to read: ink where it has
    height and width, room where it has width."""
    raised = optional_argument(math, skip_space(math, cursor))
    arguments = braced_arguments(math, raised[1] if raised else cursor, 2)
    if arguments is None:
        return None, cursor
    (width, height), end = arguments
    room = is_space(width)
    return Printed(math[start:end], ink=room and is_space(height), room=room), end


def _lined(base: Printed) -> Printed:
    """An underlined (or overlined) piece: its words where it has some (the line under them is no
    text), the line alone under blank room, a blank to fill in; nothing under nothing."""
    if base.ink:
        return base
    return Printed(UNDERLINE, ink=True, room=True) if base.room else NOTHING


def _stacked(label: Printed, base: Printed, under: bool) -> Printed:
    """A label set under (or over) a base: the base, the label in brackets after it (before it, over
    it), as a form typed on one line captions a blank; a blank label is no caption."""
    if not label.ink:
        return base
    caption = label.latex if _bracketed(label.latex) else f"({label.latex})"
    pieces = [base.latex, caption] if under else [caption, base.latex]
    return Printed(" ".join(piece for piece in pieces if piece), ink=True, room=True)


def _bracketed(latex: str) -> bool:
    """Whether the label's words are in brackets already: "(подпись)" is not bracketed twice."""
    words = latex.strip().strip("{}").strip()
    return words.startswith("(") and words.endswith(")")
