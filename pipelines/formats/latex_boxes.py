"""Framed boxes (tcolorbox, mdframed): their options are layout, their title is text.

``\\begin{tcolorbox}[colback=red!5!white, colframe=red!75!black, title=My nice heading]`` printed
its whole option list as text; the PDF shows a coloured frame with "My nice heading" in its title
bar over the box's text. So the options go and the title (tcolorbox's ``title``, mdframed's
``frametitle``) stays as a paragraph above the body. Boxes a paper declares
(``\\newtcolorbox{name}[1]{title=#1, …}``, ``\\newmdenv[…]{name}``) take their arguments the same way:
what their options name as the title is text, the rest layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sloika.pipelines.formats.latex_macros import (
    group,
    option_value,
    optional_argument,
    skip_space,
    substitute,
)

TITLE_KEYS = ("title", "adjusted title", "frametitle")
# \newtcolorbox[init]{name}[n][default]{options}; \newmdenv[options]{name}
NEW_TCOLORBOX = re.compile(r"\\(?:re)?newtcolorbox\s*(?:\[[^\]]*\])?\s*\{(?P<name>[^{}]+)\}")
NEW_MDENV = re.compile(r"\\(?:re)?newmdenv\s*(?:\[(?P<options>[^\]]*)\])?\s*\{(?P<name>[^{}]+)\}")


@dataclass(frozen=True)
class Box:
    """A box environment: its arguments (an optional one first, with its default, then mandatory
    ones) and the options it was declared with (``#1``… stand for the arguments)."""

    nargs: int
    default: str | None
    options: str


def boxes(definitions: str) -> dict[str, Box]:
    """environment → Box for tcolorbox's and mdframed's own environments and those ``definitions``
    declare (a ``\\newtcolorbox`` takes ``[n]`` arguments, its first optional where a default is given;
    a ``\\newmdenv`` box takes ``[options]`` as mdframed does)."""
    found = {"tcolorbox": Box(1, "", "#1"), "mdframed": Box(1, "", "#1")}
    for match in NEW_TCOLORBOX.finditer(definitions):
        index = skip_space(definitions, match.end())
        nargs, default = 0, None
        if count := re.match(r"\[(\d)\]\s*", definitions[index:]):
            nargs, index = int(count[1]), index + count.end()
            if (given := optional_argument(definitions, index)) is not None:
                default, index = given[0], skip_space(definitions, given[1])
        options = group(definitions, index)
        found[match["name"].strip()] = Box(nargs, default, options[0] if options else "")
    for match in NEW_MDENV.finditer(definitions):
        found[match["name"].strip()] = Box(1, "", f"{match['options'] or ''},#1")
    return found


def box_titles(source: str, definitions: str) -> str:
    """``source`` with each box's arguments replaced by its title, a paragraph of its own (nothing
    where the box has none), and the box apart from the text around it; the body stays text."""
    declared = boxes(definitions)
    names = "|".join(map(re.escape, sorted(declared, key=len, reverse=True)))
    pieces, cursor = [], 0
    for use in re.finditer(r"\\begin\{(" + names + r")\}", source):
        if use.start() < cursor:
            continue
        box, index, args = declared[use[1]], use.end(), []
        for number in range(box.nargs):
            optional = number == 0 and box.default is not None
            at = skip_space(source, index)
            found = optional_argument(source, at) if optional else group(source, at)
            if found is None:
                args.append((box.default or "") if optional else "")
                continue
            args.append(found[0])
            index = found[1]
        options = substitute(box.options, args)
        title = next((value for key in TITLE_KEYS if (value := option_value(options, key))), "")
        pieces += [source[cursor : use.start()], f"\n\n{use[0]}\n\n{title}\n\n"]
        cursor = index
    source = "".join(pieces) + source[cursor:]
    # a box stands apart from the text around it
    return re.sub(r"\\end\{(?:" + names + r")\}", lambda end: end[0] + "\n\n", source)
