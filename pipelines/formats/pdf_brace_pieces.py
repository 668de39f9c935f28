"""A big brace TeX builds from pieces: a `cases` display taller than the font's largest brace sets
its "{" as a top hook, a middle and a bottom hook (extension bars between), each a glyph of its own
that pdfminer reads as a line of its own (cmex's U+F8F1–F8F4 or Unicode's ⎧ ⎨ ⎩ ⎪), or, where
bars abut the middle or the bottom hook, as one line of a run of them ("⎪⎪⎨"). No reader sees
such a glyph: the brace is written as the one "{" it draws, over the box of its pieces, so the
display rules read the display as cases (``pdf_display_formulas._cases_written``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sloika.pipelines.formats.pdf_line_record import Line, boxed

TOP = re.compile(r"[\uf8f1\u23a7]")  # a left brace's top hook
MIDDLE = re.compile(r"[\uf8f2\u23a8]")  # ... its middle
BOTTOM = re.compile(r"[\uf8f3\u23a9]")  # ... its bottom hook
BAR_CHARS = "\uf8f4\u23aa"  # ... an extension bar between them (a right brace's too)
PIECE = re.compile(r"[\uf8f1-\uf8f4\u23a7-\u23aa]")  # any of them
PIECE_GAP = 1.0  # em: a piece starts at most this far under the one over it (TeX abuts them)
PIECE_ALIGN = 0.5  # pt: the pieces of one brace share their left edge
BRACE_ROWS = 2.0  # em: a brace this tall at least spans rows (one row's "{" is the text's)


@dataclass(frozen=True)
class Brace:
    """One side's brace: the character it draws and its pieces' kinds."""

    char: str
    top: re.Pattern[str]
    middle: re.Pattern[str]
    bottom: re.Pattern[str]


# a right brace closing a display's rows, its pieces cmex's U+F8FC–F8FE or Unicode's ⎫ ⎬ ⎭
BRACES = (
    Brace("{", TOP, MIDDLE, BOTTOM),
    Brace("}", re.compile(r"[\uf8fc\u23ab]"), re.compile(r"[\uf8fd\u23ac]"), re.compile(r"[\uf8fe\u23ad]")),
)


def braces_joined(page: list[Line]) -> list[Line]:
    """The page with each brace built of pieces, a top hook, a middle and a bottom hook one under
    another at one left edge (bars between), one line "{" (a right brace's "}") where its top hook
    stood, over their box; a row pdfminer read on the bottom hook's line stays a line of its own,
    right of the hook. The BAMG manual's SubDomain record closes its rows with a right brace
    built so, read as three blank cells. pdfminer reads the bars over a middle or a bottom hook
    with it, one line of pieces ("⎪⎪⎨", "⎪⎪⎩ −1 if z > y."): the seriation vignette's eq. (5),
    "f(z, y) = sign(y − z) = {+1 if z < y; 0 if z = y; −1 if z > y.}", was cut whole, its three
    pieces read as no brace."""
    joined: dict[int, Line] = {}
    rests: dict[int, Line | None] = {}  # a line opening with the bottom hook: the rest of it, the hook out
    for brace in BRACES:
        pieces = sorted((ln for ln in page if _piece(ln, brace)), key=lambda ln: ln.top)
        for top in (ln for ln in pieces if brace.top.fullmatch(ln.text.strip())):
            stack = _stack_under(top, pieces, brace)
            if not stack:
                continue
            bottom = stack[-1]
            hook = replace(bottom, x1=bottom.x0 + top.x1 - top.x0)
            joined[id(top)] = boxed(top, [*stack[:-1], hook], text=brace.char, formula=True, glyphs=())
            run = _run(bottom, brace)
            rest = bottom.text.strip()[len(run) :].strip()
            rests.update({id(ln): None for ln in stack[1:]})
            if rest:
                rests[id(bottom)] = replace(bottom, text=rest, x0=hook.x1, glyphs=bottom.glyphs[len(run) :])
    kept = [joined.get(id(ln), rests.get(id(ln), ln)) for ln in page]
    return [ln for ln in kept if ln is not None]


def tall_brace(line: Line) -> bool:
    """``line`` is a brace that spans rows (one "{" or "}" ``BRACE_ROWS`` ems tall or more, as
    ``braces_joined`` builds it of pieces): it stands beside a display's rows, no piece of one, though
    its box's foot is level with its last row's (minimap2.pdf's Eq. (4), its brace read into its last
    row "{ F̃_(i,j+1) = …", and "d(i) =", its brace read into the first row "{ 0": no row was whole)."""
    return line.text.strip() in ("{", "}") and line.bottom - line.top >= BRACE_ROWS * line.size


def _run(line: Line, brace: Brace) -> str:
    """The run of ``brace``'s pieces that opens the line's text: bars, then at most one top hook,
    middle or bottom hook, which ends it (TeX stacks the bars between those); "" where it opens
    otherwise."""
    text = line.text.strip()
    bars = len(text) - len(text.lstrip(BAR_CHARS))
    end = text[bars : bars + 1]
    hooked = any(kind.fullmatch(end) for kind in (brace.top, brace.middle, brace.bottom)) if end else False
    return text[: bars + hooked]


def _piece(line: Line, brace: Brace) -> bool:
    """``line`` is a run of ``brace``'s pieces alone (``_run``: bars, a hook or a middle), or one
    ending in a bottom hook that pdfminer read on one line with what stands beside it."""
    text = line.text.strip()
    run = _run(line, brace)
    return bool(run) and (run == text or brace.bottom.fullmatch(run[-1]) is not None)


def _stack_under(top: Line, pieces: list[Line], brace: Brace) -> list[Line]:
    """The brace's pieces from ``top`` down to its bottom hook, one middle among them; empty where
    the stack breaks off (a piece missing, another's edge, a gap) before a bottom hook."""
    stack = [top]
    for line in pieces:
        if line.top <= stack[-1].top or abs(line.x0 - top.x0) > PIECE_ALIGN:
            continue
        end = _run(line, brace)[-1]
        if line.top - stack[-1].bottom > PIECE_GAP * top.size or brace.top.fullmatch(end):
            return []
        stack.append(line)
        if brace.bottom.fullmatch(end):
            middles = sum(bool(brace.middle.fullmatch(_run(ln, brace)[-1])) for ln in stack)
            return stack if middles == 1 else []
    return []
