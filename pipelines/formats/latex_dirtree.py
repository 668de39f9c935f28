"""The dirtree package's directory trees as the listing they draw.

``\\dirtree{.1 /. .2 components. .3 stores. .2 app.js.}`` draws a tree of names, each indented by its
level. The reader ran the entries into one line of debris, ".1 /. .2 components. .3 stores. .2
app.js.". A tree is a code block: one name a line, two spaces a level, its LaTeX (``README\\_ru.md``)
read as the text it prints.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sloika.pipelines.formats.latex_macros import group, skip_space

DIRTREE = re.compile(r"\\dirtree(?![A-Za-z@])")
# ".<level> <name>." up to the next entry: a name may hold dots ("app.js", "action.notify")
ENTRY = re.compile(r"\.(\d+)\s+(.*?)\.\s*(?=\.\d+\s|\Z)", re.S)


def dirtrees(source: str, block: Callable[[str], str], to_text: Callable[[str], str]) -> str:
    """``source`` with each ``\\dirtree{…}`` replaced by ``block`` of the listing it draws."""
    pieces, cursor = [], 0
    for found in DIRTREE.finditer(source):
        if found.start() < cursor:
            continue
        argument = group(source, skip_space(source, found.end()))
        if argument is None:
            continue
        pieces += [source[cursor : found.start()], block(tree_listing(argument[0], to_text))]
        cursor = argument[1]
    return "".join(pieces) + source[cursor:]


def tree_listing(body: str, to_text: Callable[[str], str]) -> str:
    """The lines a ``\\dirtree`` body draws: each entry's name, indented two spaces a level below 1."""
    lines = []
    for level, name in ENTRY.findall(body.strip()):
        lines.append("  " * max(int(level) - 1, 0) + " ".join(to_text(name).split()))
    return "\n".join(lines)
