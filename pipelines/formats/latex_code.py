"""Code typed verbatim, hidden from everything that reads the source as LaTeX.

TeX reads the body of ``verbatim``, ``lstlisting``, ``minted``, fancyvrb's ``Verbatim`` and
``tcblisting`` as characters: a ``%`` there is no comment, ``\\input{x}`` includes nothing,
``\\newcommand`` defines nothing and ``\\thepage`` is the eight characters the PDF prints. The reader
used to strip comments, follow includes and expand macros before taking code out, so a listing
that showed how to ``\\input`` a file printed that file's body instead, and one that showed a
header's ``\\thepage`` lost its lines to the macros and kept private-use marks (issue 15). Each body
is swapped here for a token before any of that, and put back just before the code blocks are taken
out; the environment's options (``[caption=…, label=…]``) stay outside, where the numbering reads
them.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.latex_macros import group

# environments whose body TeX reads verbatim (alltt and algorithmic are LaTeX inside: not here)
VERBATIM_BODIES = (
    "verbatim",
    "verbatim*",
    "Verbatim",
    "Verbatim*",
    "BVerbatim",
    "LVerbatim",
    "lstlisting",
    "minted",
    "tcblisting",
    "comment",
)
HIDDEN = re.compile("\ue01a(\\d+)\ue01b")  # a body taken out, its index in the list of bodies
BEGIN = re.compile(r"\\begin\{(?P<name>" + "|".join(re.escape(name) for name in VERBATIM_BODIES) + r")\}")
ARGUMENTS = {
    "minted": "[{",
    "lstlisting": "[",
    "tcblisting": "{",
    "Verbatim": "[",
    "Verbatim*": "[",
    "BVerbatim": "[",
    "LVerbatim": "[",
}  # what may follow \begin{name} before the code


def hide_code(source: str, bodies: list[str], skip: re.Pattern) -> str:
    """``source`` with the body of each verbatim environment replaced by a ``HIDDEN`` token and
    appended to ``bodies``; what ``skip`` matches (comments, ``\\verb|…|``) is passed over, so a
    commented-out ``\\begin{verbatim}`` opens nothing. The body ends at the first ``\\end{name}``,
    as in TeX; an unclosed one runs to the end of ``source``."""
    scanner = re.compile(f"{BEGIN.pattern}|(?:{skip.pattern})")
    pieces, cursor = [], 0
    while match := scanner.search(source, cursor):
        name = match.group("name")
        if name is None:  # a comment or inline code: passed over as it is
            pieces.append(source[cursor : match.end()])
            cursor = max(match.end(), cursor + 1)
            continue
        start = _after_arguments(source, match.end(), ARGUMENTS.get(name, ""))
        end = source.find("\\end{" + name + "}", start)
        end = len(source) if end < 0 else end
        bodies.append(source[start:end])
        pieces += [source[cursor:start], f"\ue01a{len(bodies) - 1}\ue01b"]
        cursor = end
    return "".join(pieces) + source[cursor:]


def show_code(source: str, bodies: list[str]) -> str:
    """``source`` with each ``HIDDEN`` token put back as the body it stands for."""
    return HIDDEN.sub(lambda token: bodies[int(token.group(1))], source)


def _after_arguments(source: str, index: int, kinds: str) -> int:
    """The index after the options (``[…]``) and language (minted's ``{python}``) that may follow
    ``\\begin{name}`` on its line, where the code starts."""
    for open_ in kinds:
        close = "]" if open_ == "[" else "}"
        at = index
        while at < len(source) and source[at] in " \t\n":
            at += 1
        if at < len(source) and source[at] == open_ and (found := group(source, at, open_, close)):
            index = found[1]
    return index
