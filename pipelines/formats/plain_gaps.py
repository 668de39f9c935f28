"""Wide runs of spaces inside a line of plain text: a terminal pasted into the file.

A shell whose prompt draws a right-hand part (zsh's RPROMPT, powerlevel10k's "✔" status) fills the
line between the command and that part with spaces to the terminal's width; a README that copies a
command from the terminal keeps them ("-d '{" then 175 spaces and "✔", mmagistra's readme-ru.txt).
No writer types such a run inside a line: a run of ``WIDE_GAP`` spaces or more after text on its
line, in a line whose neighbours hold no column gap of their own (a table's rows, or code's
comments aligned on a column, which share one), goes to ``removed``: one space is left where words
follow it (``pasted_gap``), and where only marks follow it, no letter or digit but a symbol ("✔",
"✘"), those marks are the prompt's status and go with it (``prompt_status``, ``text`` the marks).
Indentation at a line's start is no such run.

A narrower run, ``LAYOUT_GAP`` spaces or more between two words of a line of prose, is layout too: a
title line with its author pushed to the right ("ZX EXOLON - описание дизасма.           Сергей
Ерохин", rusarh's readme_rus.txt). It goes the same way, one space left (``layout_gap``), where the
line is no code (a listing's span, or a paragraph with a code line: ``_among_code``) and no table's
row (a neighbour with a column gap, or a line near it whose text after a gap starts at the gap's
column: ``_aligned``); a sentence's double space after its stop is no such run.
"""

from __future__ import annotations

import re
import unicodedata

from sloika.pipelines.formats.base import Parsed, cut_paragraphs
from sloika.text.code_lines import is_code_line
from sloika.text.spans import Span

WIDE_GAP = 40  # spaces in a run inside a line: wider than any column gap a writer types
# a run of WIDE_GAP spaces or more after text on its line, and the rest of the line after it
PASTED_GAP = re.compile(rf"(?<=\S)(?P<gap> {{{WIDE_GAP},}})(?P<tail>[^\n]*)")
COLUMN_GAP = re.compile(r"\S {2,}\S")  # a gap between two columns of a table or of code
ALIGN_REACH = 8  # lines over and under a gap where a gap at its column makes both a column's
LAYOUT_GAP = 3  # spaces between two words of prose: more than a double space after a sentence's stop
# a run of LAYOUT_GAP spaces or more, narrower than a pasted one, between two pieces of text
PUSHED_GAP = re.compile(rf"(?<=\S) {{{LAYOUT_GAP},{WIDE_GAP - 1}}}(?=\S)")


def without_pasted_gaps(parsed: Parsed) -> Parsed:
    """``parsed`` with each wide run of spaces inside a line (``PASTED_GAP``) cut, and a prompt's
    status marks after it; a line beside another with a column gap keeps its run (a table)."""
    text = parsed.text
    cuts = [
        _gap_cut(match) for match in PASTED_GAP.finditer(text) if not _beside_columns(text, match.start())
    ]
    return cut_paragraphs(parsed, cuts + _layout_gap_cuts(parsed))


def _layout_gap_cuts(parsed: Parsed) -> list[Span]:
    """The cut of each ``PUSHED_GAP`` run in a line of prose, all but one space: not in a listing or
    table (``parsed``'s spans), not in a paragraph with a code line (``_among_code``), not in a
    column (``_aligned``, ``_beside_columns``)."""
    text = parsed.text
    apart = [(span.start, span.end) for span in parsed.spans if span.label in ("code", "table")]
    cuts = []
    for match in PUSHED_GAP.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        inside = any(a <= match.start() < b for a, b in apart)
        aligned = _aligned(text, start, match.end())
        if not (
            inside or aligned or _among_code(text, match.start()) or _beside_columns(text, match.start())
        ):
            why = f"a run of {len(match.group())} spaces inside a line of prose: text pushed right"
            cuts.append(Span(match.start() + 1, match.end(), "layout_gap", attrs={"text": "", "why": why}))
    return cuts


def _gap_cut(match: re.Match) -> Span:
    """The cut of a run (all of it and the marks after it where they are a prompt's status, else
    all of it but one space)."""
    gap, tail = match.group("gap"), match.group("tail")
    why = f"a run of {len(gap)} spaces inside a line: a terminal's line pasted"
    if _status_marks(tail):
        return Span(match.start(), match.end(), "prompt_status", attrs={"text": tail.strip(), "why": why})
    return Span(match.start() + 1, match.end("gap"), "pasted_gap", attrs={"text": "", "why": why})


def _status_marks(tail: str) -> bool:
    """Whether a run's tail is a prompt's status: no letter or digit, a symbol ("✔", "✘ │")."""
    return not any(c.isalnum() for c in tail) and any(unicodedata.category(c) == "So" for c in tail)


def _among_code(text: str, at: int) -> bool:
    """Whether a line of the paragraph holding ``at`` is code (``is_code_line``): a struct's tail
    the listing left out, "     ......    остальная часть не используется" over "};", is code's."""
    start = text.rfind("\n\n", 0, at) + 1
    end = text.find("\n\n", at)
    return any(
        is_code_line(line) for line in text[start : len(text) if end < 0 else end].split("\n") if line.strip()
    )


def _aligned(text: str, line_start: int, at: int) -> bool:
    """Whether a line within ``ALIGN_REACH`` lines of the one starting at ``line_start`` has text
    after a column gap (``COLUMN_GAP``) at the column of ``at``: a list aligned in columns over
    lines a blank or a wrapped description parts ("0x6400:bitSwapTab   - табличка …" and, a
    paragraph further, "0x6D60:START        - адрес старта …")."""
    column = at - line_start
    lines = text[:line_start].split("\n")[-ALIGN_REACH - 1 : -1] + text[at:].split("\n")[1 : ALIGN_REACH + 1]
    return any(gap.end() - 1 == column for line in lines for gap in COLUMN_GAP.finditer(line))


def _beside_columns(text: str, at: int) -> bool:
    """Whether the line over or under the line holding ``at`` has a column gap (``COLUMN_GAP``)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    over = text[: start - 1].rsplit("\n", 1)[-1] if start else ""
    under = text[end + 1 :].split("\n", 1)[0] if end >= 0 else ""
    return any(COLUMN_GAP.search(line) for line in (over, under))
