"""A known command's required argument as TeX reads it: one that is missing is a broken source, out
with a record; one that is a single control word is that word, as if braced.

TeX stops with an error where a command's required argument is missing (``\\begin`` with no
environment's name after it, ``\\textbf`` before a blank line or a group's closing brace), so the
typeset paper never shows it; pylatexenc printed such a use as typed (kadirches' thesis kept the
paragraphs "\\begin" and "\\end" around its introduction) or as its own stand-in ("§" for a bare
``\\section``). Each goes to ``removed`` alone (``missing_argument``, the command as typed with its
options), the text around it stays.

An argument given unbraced is one token: ``\\textbf\\aimTXT`` is ``\\textbf{\\aimTXT}``. Braced, a
macro nothing defines there is the hole it is in a sentence (``latex_undefined``); unbraced it was
taken for a mark glued to the command's name and went silently (phd_template's
``{\\textbf\\aimTXT} данной работы является …``, ``\\aimTXT`` defined in a file the folder lacks, kept
"данной работы является …" without its subject and without a record).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sloika.pipelines.formats.latex_macros import group
from sloika.pipelines.formats.latex_undefined import CONTROL_WORD, missing_argument

# where an argument should start there is none: a blank line, a group's end or the text's end (a
# single line break is a space: TeX reads the next line's first token as the argument)
NO_ARGUMENT = re.compile(r"[ \t]*(?:\n[ \t]*\n|\n?[ \t]*(?:\}|\Z))")
# an environment's name is braced: anything else after \begin or \end is no name
NO_NAME = re.compile(r"\s*(?!\{)")
ENVIRONMENT_EDGES = frozenset({"begin", "end"})
# an unbraced argument that is a control word (its name of letters; "\\\\" is a line break)
WORD_ARGUMENT = re.compile(r"[ \t]*\n?[ \t]*(\\(?:[^\W\d_]|@)+)")
# a command right after another (\let\section, \patchcmd\section), or alone in a group handed to
# one (\titleformat{\section}), is a name, not a use
AFTER_COMMAND = re.compile(r"\\[A-Za-z@]+[ \t]*\Z")
ALONE_IN_GROUP = re.compile(r"\{[ \t]*\Z")
GROUP_END = re.compile(r"[ \t]*\}")
NAME_REACH = 64  # how far back the command before a name is looked for


def read_required_arguments(source: str, required: Callable[[str], int]) -> str:
    """``source`` with each use of a known command that lacks its required argument marked
    (``latex_undefined.missing_argument``) and each control word given as its first argument
    braced; ``required`` says how many braced arguments a command's rule requires (none for a name
    the converter does not know)."""
    pieces, cursor = [], 0
    for found in CONTROL_WORD.finditer(source):
        name, start = found.group(2), found.start(2) - 1
        if start < cursor or not required(name) or _named(source, start, found.end()):
            continue
        star = source.startswith("*", found.end())
        after = _options_end(source, found.end() + star)
        if (NO_NAME if name in ENVIRONMENT_EDGES else NO_ARGUMENT).match(source, after):
            options = source[found.end() + star : after]
            pieces += [source[cursor:start], missing_argument(name + "*" * star, options)]
            cursor = after
        elif name not in ENVIRONMENT_EDGES and (word := WORD_ARGUMENT.match(source, after)):
            pieces += [source[cursor : word.start(1)], "{", word[1], "}"]
            cursor = word.end()
    return "".join(pieces) + source[cursor:]


def _named(source: str, start: int, end: int) -> bool:
    """Whether the command from ``start`` to ``end`` is named, not used: right after another
    command, or alone in a group."""
    before = max(0, start - NAME_REACH)
    return bool(
        AFTER_COMMAND.search(source, before, start)
        or (ALONE_IN_GROUP.search(source, before, start) and GROUP_END.match(source, end))
    )


def _options_end(source: str, index: int) -> int:
    """The index after the ``[…]`` options right after ``index`` (none: ``index``)."""
    while options := group(source, index, "[", "]"):
        index = options[1]
    return index
