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


# LaTeX's box registers: \sbox{\name}{text}, \savebox{\name}[width][pos]{text} typeset text into a
# box and print nothing there; \usebox{\name} prints the box; \settowidth{\len}{text} (and its height
# and depth kin) measures text and prints nothing
SAVE_BOX = re.compile(r"\\(?P<kind>sbox|savebox|settowidth|settoheight|settodepth)(?![A-Za-z@])\s*")
USE_BOX = re.compile(r"\\usebox(?![A-Za-z@])\s*")
BOX_NAME = re.compile(r"\{\s*\\(?P<braced>[A-Za-z@]+)\s*\}|\\(?P<bare>[A-Za-z@]+)")


def _box_name(source: str, index: int) -> tuple[str, int] | None:
    """The register a box command names at ``index`` (``{\\name}`` or ``\\name``) and where it ends."""
    found = BOX_NAME.match(source, skip_space(source, index))
    return (found["braced"] or found["bare"], found.end()) if found else None


def _saved_box(source: str, command: re.Match) -> tuple[str, str, int] | None:
    """A ``\\sbox``-like command at ``command``: the register, the text it sets, where it ends."""
    named = _box_name(source, command.end())
    if named is None:
        return None
    name, index = named
    if command["kind"] == "savebox":  # [width][position]: layout
        for _ in range(2):
            if (option := optional_argument(source, skip_space(source, index))) is not None:
                index = option[1]
    text = group(source, skip_space(source, index))
    return (name, text[0], text[1]) if text else None


def used_boxes(source: str) -> str:
    """``source`` with each saved box's text printed where ``\\usebox`` uses it (the latest save
    before it, as TeX fills the register) and the saving commands gone: they print nothing, so they
    are no cut (l2tabu-spanish's ``\\sbox{\\Breite}{…}`` before an example, which only measures a
    width, read as an unknown command cut with its lead-in). A box never saved stays as typed."""
    pieces, cursor, saved = [], 0, {}
    pattern = re.compile(f"{SAVE_BOX.pattern}|{USE_BOX.pattern}")
    for found in pattern.finditer(source):
        if found.start() < cursor:
            continue
        if found["kind"]:
            box = _saved_box(source, found)
            if box is None:
                continue
            pieces.append(source[cursor : found.start()])
            if found["kind"] in ("sbox", "savebox"):
                saved[box[0]] = box[1]
            cursor = box[2]
            continue
        named = _box_name(source, found.end())
        if named is None or named[0] not in saved:
            continue
        pieces += [source[cursor : found.start()], "{" + saved[named[0]] + "}"]
        cursor = named[1]
    return "".join(pieces) + source[cursor:]
