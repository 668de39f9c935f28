"""A big brace TeX builds from pieces: a `cases` display taller than the font's largest brace sets
its "{" as a top hook, a middle and a bottom hook (extension bars between), each a glyph of its own
that pdfminer reads as a line of its own (cmex's U+F8F1–F8F4 or Unicode's ⎧ ⎨ ⎩ ⎪). No reader sees
such a glyph: the brace is written as the one "{" it draws, over the box of its pieces, so the
display rules read the display as cases (``pdf_display_formulas._cases_written``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sloika.pipelines.formats.pdf_line_record import Line, boxed

TOP = re.compile(r"[\uf8f1\u23a7]")  # a left brace's top hook
MIDDLE = re.compile(r"[\uf8f2\u23a8]")  # ... its middle
BOTTOM = re.compile(r"[\uf8f3\u23a9]")  # ... its bottom hook
BAR = re.compile(r"[\uf8f4\u23aa]")  # ... an extension bar between them (a right brace's too)
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
    built so, read as three blank cells."""
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
            hooked = _bars_then(brace.bottom).match(bottom.text.strip())
            rest = bottom.text.strip()[hooked.end() :].strip()
            rests.update({id(ln): None for ln in stack[1:]})
            if rest:
                glyphs = bottom.glyphs[hooked.end() :]
                rests[id(bottom)] = replace(bottom, text=rest, x0=hook.x1, glyphs=glyphs)
    kept = [joined.get(id(ln), rests.get(id(ln), ln)) for ln in page]
    return [ln for ln in kept if ln is not None]


def tall_brace(line: Line) -> bool:
    """``line`` is a brace that spans rows (one "{" or "}" ``BRACE_ROWS`` ems tall or more, as
    ``braces_joined`` builds it of pieces): it stands beside a display's rows, no piece of one, though
    its box's foot is level with its last row's (minimap2.pdf's Eq. (4), its brace read into its last
    row "{ F̃_(i,j+1) = …", and "d(i) =", its brace read into the first row "{ 0": no row was whole)."""
    return line.text.strip() in ("{", "}") and line.bottom - line.top >= BRACE_ROWS * line.size


def _piece(line: Line, brace: Brace) -> bool:
    """``line`` is one piece of ``brace`` alone, or a run of its extension bars and the middle
    under them (pdfminer reads glyphs stacked at one left edge as one line: minimap2.pdf's Eq. (4),
    four bars U+F8F4 and the middle U+F8F2, whose brace was left in pieces and its rows cut), or a
    bottom hook, bars over it too, that pdfminer read on one line with what stands beside it."""
    text = line.text.strip()
    return bool(text) and (
        len(text) == 1
        and any(kind.fullmatch(text) for kind in (brace.top, brace.middle, BAR))
        or _bars_then(brace.middle).fullmatch(text) is not None
        or _bars_then(brace.bottom).match(text) is not None
    )


def _bars_then(kind: re.Pattern[str]) -> re.Pattern[str]:
    """A run of extension bars, none or more, then a piece of ``kind``."""
    return re.compile(f"{BAR.pattern}*{kind.pattern}")


def _stack_under(top: Line, pieces: list[Line], brace: Brace) -> list[Line]:
    """The brace's pieces from ``top`` down to its bottom hook, one middle among them; empty where
    the stack breaks off (a piece missing, another's edge, a gap) before a bottom hook."""
    stack = [top]
    for line in pieces:
        if line.top <= stack[-1].top or abs(line.x0 - top.x0) > PIECE_ALIGN:
            continue
        if line.top - stack[-1].bottom > PIECE_GAP * top.size or brace.top.fullmatch(line.text.strip()):
            return []
        stack.append(line)
        if _bars_then(brace.bottom).match(line.text.strip()):
            middles = sum(len(brace.middle.findall(ln.text)) for ln in stack)
            return stack if middles == 1 else []
    return []
