"""Authors' notes to self: todonotes' ``\\todo``, ``\\missingfigure`` and ``\\listoftodos``, fixme's
``\\fxnote`` … ``\\fxfatal`` (``latex_convert.AUTHOR_NOTES``).

They set a note in a draft's margin (or a box, or a list of the notes), never in the sentence they
stand in: read inline, "(СОВ-10: с. \\todo{check out})" gave "(СОВ-10: с. check out)", an English
note as a Russian citation's page. In the running text each use goes to ``removed`` alone
(``author_note``, the command and the note's text) where it stood, and its sentence stays; a paper
that defines its own ``\\todo`` has it expanded before this, and it prints what it defines.
"""

from __future__ import annotations

from collections.abc import Callable

from sloika.pipelines.formats.latex_convert import AUTHOR_NOTES
from sloika.pipelines.formats.latex_macros import group, skip_space
from sloika.pipelines.formats.latex_undefined import CONTROL_WORD, author_note


def marked_author_notes(source: str, to_text: Callable[[str], str]) -> str:
    """``source`` with each use of an author's note marked to go to ``removed`` (``author_note``) with
    the text it notes, converted by ``to_text``; a name with no note after it ("the \\todo command")
    is no use and stays."""
    pieces, cursor = [], 0
    for found in CONTROL_WORD.finditer(source):
        name, start = found.group(2), found.start(2) - 1
        if start < cursor or name not in AUTHOR_NOTES:
            continue
        index = found.end() + source.startswith("*", found.end())  # fixme's \fxnote*{note}{text}
        while options := group(source, skip_space(source, index), "[", "]"):
            index = options[1]
        note = ""
        if AUTHOR_NOTES[name].endswith("{"):
            if (argument := group(source, skip_space(source, index))) is None:
                continue
            note, index = argument
        pieces += [source[cursor:start], author_note(name, " ".join(to_text(note).split()))]
        cursor = index
    return "".join(pieces) + source[cursor:]
