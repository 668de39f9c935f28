"""A known command without its required argument: a broken source, out with a record.

TeX stops with an error where a command's required argument is missing (``\\begin`` with no
environment's name after it, ``\\textbf`` before a blank line or a group's closing brace), so the
typeset paper never shows it; pylatexenc printed such a use as typed (kadirches' thesis kept the
paragraphs "\\begin" and "\\end" around its introduction) or as its own stand-in ("§" for a bare
``\\section``). Each goes to ``removed`` alone (``missing_argument``, the command as typed with its
options), the text around it stays.
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
# a command named as another's argument or after a definition's command (\titleformat{\section},
# \let\section, \patchcmd\section) is a name, not a use
NAMED_AFTER = re.compile(r"(?:\{|\\[A-Za-z@]+)[ \t]*\Z")
NAME_REACH = 64  # how far back the brace or command before a name is looked for


def mark_missing_arguments(source: str, required: Callable[[str], int]) -> str:
    """``source`` with each use of a known command that lacks its required argument marked
    (``latex_undefined.missing_argument``); ``required`` says how many braced arguments a command's
    rule requires (none for a name the converter does not know)."""
    pieces, cursor = [], 0
    for found in CONTROL_WORD.finditer(source):
        name, start = found.group(2), found.start(2) - 1
        if start < cursor or not required(name) or _named(source, start):
            continue
        star = source.startswith("*", found.end())
        after = _options_end(source, found.end() + star)
        absent = NO_NAME if name in ENVIRONMENT_EDGES else NO_ARGUMENT
        if not absent.match(source, after):
            continue
        options = source[found.end() + star : after]
        pieces += [source[cursor:start], missing_argument(name + "*" * star, options)]
        cursor = after
    return "".join(pieces) + source[cursor:]


def _named(source: str, start: int) -> bool:
    """Whether the command at ``start`` is named, not used: right after a brace or a command."""
    return NAMED_AFTER.search(source, max(0, start - NAME_REACH), start) is not None


def _options_end(source: str, index: int) -> int:
    """The index after the ``[…]`` options right after ``index`` (none: ``index``)."""
    while options := group(source, index, "[", "]"):
        index = options[1]
    return index
