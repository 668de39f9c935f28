"""Pseudo-code (algorithmicx's ``algpseudocode``, the older ``algorithmic`` package) read as it prints.

An ``algorithmic`` block is LaTeX inside: ``\\State`` opens a line, ``\\If{c}`` prints "if c then" and
indents what follows up to ``\\EndIf`` ("end if"), ``\\Return`` prints a bold "return", ``\\\\`` breaks
the line and each control space ``\\ `` is a space, so "\\ \\ \\ Если …" sets its line in by three.
Kept as typed, a code span held "\\State 1. \\textit{(проверка взаимной простоты)}.\\\\" and
"\\ \\ \\ \\ \\ \\ \\Return{0}" (check 57, row 08). Each printed line becomes a line of
the block, set in four spaces a level and a space a control space; the words in it are converted as
running text (``\\textit{…}`` its words), formulas kept as the reader keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sloika.pipelines.formats.latex_macros import LINE_BREAK, group, skip_space

PSEUDOCODE_ENVIRONMENTS = frozenset({"algorithmic"})
INDENT = "    "  # a block level
# what each command prints: its words before and after its argument ("{}"), and how it moves the
# level (-1 before the line: the block it closes; +1 after: the block it opens); algpseudocode's
# names as written and the older package's in capitals
STATEMENTS: dict[str, tuple[str, int, int]] = {
    "State": ("", 0, 0),
    "Statex": ("", 0, 0),
    "If": ("if {} then", 0, 1),
    "ElsIf": ("else if {} then", -1, 1),
    "Else": ("else", -1, 1),
    "EndIf": ("end if", -1, 0),
    "For": ("for {} do", 0, 1),
    "ForAll": ("for all {} do", 0, 1),
    "EndFor": ("end for", -1, 0),
    "While": ("while {} do", 0, 1),
    "EndWhile": ("end while", -1, 0),
    "Repeat": ("repeat", 0, 1),
    "Until": ("until {}", -1, 0),
    "Loop": ("loop", 0, 1),
    "EndLoop": ("end loop", -1, 0),
    "Function": ("function {}({})", 0, 1),
    "EndFunction": ("end function", -1, 0),
    "Procedure": ("procedure {}({})", 0, 1),
    "EndProcedure": ("end procedure", -1, 0),
    "Require": ("Require:", 0, 0),
    "Ensure": ("Ensure:", 0, 0),
    "Print": ("print", 0, 0),
    "RETURN": ("return", 0, 0),  # the older package's: a statement of its own
}
INLINE = {"Return": "return {}", "Comment": "▷ {}", "Call": "{}({})"}  # printed inside a line
# the older package's names, \IF{…}, \ENDIF, \STATE: algpseudocode's in capitals
OLD_NAMES = {name.upper(): name for name in (*STATEMENTS, *INLINE) if name.upper() not in STATEMENTS}
COMMAND = re.compile(
    r"\\(" + "|".join(sorted({*STATEMENTS, *INLINE, *OLD_NAMES}, key=len, reverse=True)) + r")(?![A-Za-z@])"
    r"|" + LINE_BREAK.pattern
)
CONTROL_SPACES = re.compile(r"^(?:\\ )+")


def printed_pseudocode(body: str, convert: Callable[[str], str]) -> str:
    """The lines an ``algorithmic`` ``body`` prints, one a line, each set in by its level and its
    leading control spaces; ``convert`` reads a line's LaTeX as text. An argument the older package
    leaves out prints nothing ("\\RETURN" alone: "return")."""
    lines: list[tuple[int, str]] = []  # each line's level and LaTeX
    level, line_level, line, cursor = 0, 0, "", 0
    while found := COMMAND.search(body, cursor):
        line += body[cursor : found.start()]
        cursor = found.end()
        name = found.group(1)
        if name is None:  # \\: the statement goes on on a line of its own, at its level
            lines.append((line_level, line))
            line = ""
            continue
        name = OLD_NAMES.get(name, name)
        words = STATEMENTS[name][0] if name in STATEMENTS else INLINE[name]
        arguments = []
        for _ in range(words.count("{}")):
            cursor = _past_options(body, cursor)
            argument = group(body, skip_space(body, cursor))
            arguments.append(argument[0] if argument else "")
            cursor = argument[1] if argument else cursor
        printed = words.format(*arguments)
        if name in INLINE:  # \Return{0}, \Comment{…}: inside the line
            line += f" {printed} "
            continue
        lines.append((line_level, line))
        _, before, after = STATEMENTS[name]
        line_level = max(level + before, 0)
        level = line_level + after
        line = printed + " "
    lines.append((line_level, line + body[cursor:]))
    return "\n".join(_printed(lines, convert))


def _past_options(body: str, index: int) -> int:
    """``index`` past an optional argument (the older package's ``\\IF[comment]{…}``)."""
    found = group(body, skip_space(body, index), "[", "]")
    return found[1] if found else index


def _printed(lines: list[tuple[int, str]], convert: Callable[[str], str]) -> list[str]:
    """Each line converted and set in by its level and its leading control spaces; a line that
    prints nothing goes."""
    printed = []
    for level, latex in lines:
        latex = latex.lstrip()
        spaces = CONTROL_SPACES.match(latex)
        text = convert(latex[spaces.end() if spaces else 0 :])
        if text:
            printed.append(INDENT * level + " " * (spaces.group().count("\\ ") if spaces else 0) + text)
    return printed
