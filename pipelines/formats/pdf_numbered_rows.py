"""A numbered listing's rows read whole from its glyphs, one row per printed line number.

The listings package's default fixed columns (``columns=fixed``) set a proportional font's code
token by token, each token spread over as many columns as it has characters: a space is an empty
column, so a row's gaps run from a letter gap to several columns of indentation, and pdfminer parts
the row into pieces at its widest ("for" | "(int" | "i = 0;" | "i < n; ++i) {"). The pieces of many
rows then came out of its boxes out of order (libcrcutil's crc.pdf: Listing 1's if/else bodies after
"return product ;", two functions' lines glued), a short piece was cut as a fragment, and a piece of
one short word had no word gap to measure its letters by ("i f ("). A column of printed line
numbers (consecutive integers, one per row, at one baseline step) tells the rows, and where the
listing's letters stand spread its rows are set in fixed columns (``column_pitch``): each number's
row is then every piece on its baseline right of it in the code's size, read left to right as one
line, monospaced in effect, the number a line of its own for ``pdf_line_numbers`` to cut with the
listing's other numbers; and two glyphs stand a word apart only across an empty column
(``empty_column``): two glyphs side by side stand one column's pitch apart, centre to centre, however
far each token's letters are spread. A table's numbered rows and a listing in a font set unspread
(its letters at their advance) are read as they were.
"""

from __future__ import annotations

import itertools
from statistics import median

from pdfminer.layout import LTChar

from sloika.pipelines.formats.pdf_fonts import ITALIC, MATH_ITALIC, _font
from sloika.pipelines.formats.pdf_glyphs import TEX_MATH_FONT

NUMBERED_ROWS = 5  # printed numbers in one column, at least
NUMBER_DIGITS = 4  # a printed line number has at most this many digits
NUMBER_GAP = 0.5  # em: the code stands this far right of its number, at least
EDGE_SLIP = 0.1  # em: the numbers' right edges (right-aligned) this near each other
ROW_SLIP = 0.2  # em: a piece's baseline this near a number's stands on its row
ROW_STEP = 3.0  # em of the numbers' size: a listing's rows step down this far at most
STEP_SLIP = 0.05  # em: the numbers' baselines step by one pitch, within this
CODE_SIZE = 0.15  # share: a piece of the row is set this near the code's size
SPACED_LETTERS = 0.05  # em: a listing whose letters stand this far apart (their median gap) is spread
AT_ADVANCE = 0.001  # em: two letters this near their advance touch: a font set unspread
EMPTY_COLUMN = 1.6  # pitches between two glyphs' centres, at least, where an empty column parts them


def numbered_rows_joined(lines: list[list]) -> tuple[list[list], dict[int, float]]:
    """``lines`` (pdfminer's lines, as glyph lists) with each numbered fixed-column listing's rows
    joined: for each run of printed line numbers (``_number_runs``) whose rows are set in fixed
    columns (``column_pitch``), each number's glyphs a line of their own, then its row's code in one
    line, the rows in the numbers' order where the listing's first piece was read; and each code
    line's column pitch by ``id``."""
    pitches: dict[int, float] = {}
    runs = _number_runs(lines)
    numbered = {at for run in runs for at, _, _ in run}
    edges = [_edge(run) for run in runs]
    written: dict[int, list[list]] = {}  # each listing's lines, by the index of its first piece
    taken: set[int] = set()
    for run in runs:
        beyond = min((edge for edge in edges if edge > _edge(run)), default=float("inf"))
        pieces, rows = _rows(lines, run, numbered, beyond)
        pitch = column_pitch(rows)
        if not pitch:  # a table's numbered rows, a listing in a font set unspread: read as they are
            continue
        pitches |= {id(code): pitch for code in rows if code}
        written[min(pieces)] = [
            part for (_, number, _), code in zip(run, rows, strict=True) for part in (number, code) if part
        ]
        taken |= pieces
    lines = [
        part for at, chars in enumerate(lines) for part in written.get(at, [] if at in taken else [chars])
    ]
    return lines, pitches


def _glyphs(chars: list) -> list:
    """The line's glyphs, pdfminer's inferred spaces (no glyphs) left out."""
    return [c for c in chars if hasattr(c, "fontname")]


def _leading_number(chars: list) -> tuple[int, float, float, float, list] | None:
    """The printed number a line opens with: its value, its right edge, its baseline, its size
    and its glyphs; the line must be the number alone or go on ``NUMBER_GAP`` em right of it."""
    glyphs = [c for c in _glyphs(chars) if not c.get_text().isspace()]
    digits = list(itertools.takewhile(lambda c: c.get_text().isdigit(), glyphs))
    if not 0 < len(digits) <= NUMBER_DIGITS or not all(c.upright for c in digits):
        return None
    size = max(c.size for c in digits)
    after = glyphs[len(digits) :]
    if after and after[0].x0 - digits[-1].x1 < NUMBER_GAP * size:
        return None
    value = int("".join(c.get_text() for c in digits))
    return value, digits[-1].x1, digits[-1].matrix[5], size, digits


def _number_runs(lines: list[list]) -> list[list[tuple[int, list, list]]]:
    """The page's runs of printed line numbers: ``NUMBERED_ROWS`` or more right-aligned on one edge,
    each one more than the one over it, one baseline step apart (a listing's rows); each number as
    its line's index, its glyphs and the glyphs its line goes on with."""
    found = []
    for at, chars in enumerate(lines):
        number = _leading_number(chars)
        if number is not None:
            found.append((at, number))
    found.sort(key=lambda item: (item[1][1], -item[1][2]))
    runs = []
    for _, column in itertools.groupby(found, key=lambda item: round(item[1][1] / (EDGE_SLIP * item[1][3]))):
        runs += _ascending(sorted(column, key=lambda item: -item[1][2]))
    return [
        [(at, number[4], _without(lines[at], number[4])) for at, number in run]
        for run in runs
        if len(run) >= NUMBERED_ROWS
    ]


def _without(chars: list, taken: list) -> list:
    """The line's glyphs but ``taken``."""
    ids = {id(c) for c in taken}
    return [c for c in chars if id(c) not in ids]


def _ascending(column: list) -> list[list]:
    """The column's numbers (top down) in runs of consecutive values at one baseline step."""
    runs: list[list] = []
    for item in column:
        run = runs[-1] if runs else []
        value, _, baseline, size, _ = item[1]
        if run and run[-1][1][0] + 1 == value and _one_step(run, baseline, size):
            run.append(item)
        else:
            runs.append([item])
    return runs


def _one_step(run: list, baseline: float, size: float) -> bool:
    """The next number's baseline steps down from the run's last as far as the run's first step."""
    step = run[-1][1][2] - baseline
    first = run[0][1][2] - run[1][1][2] if len(run) > 1 else step
    return 0 < step <= ROW_STEP * size and abs(step - first) <= STEP_SLIP * size


def _edge(run: list) -> float:
    """The right edge of the run's numbers."""
    return max(glyph.x1 for _, number, _ in run for glyph in number)


def _rows(lines: list[list], run: list, numbered: set[int], beyond: float) -> tuple[set[int], list[list]]:
    """The indices of the lines the run's rows take, and each row's code glyphs left to right: the
    rest of its number's line and every other line on its baseline, right of the numbers and left
    of ``beyond`` (the next listing's numbers beside it), in the code's size (a column beside the
    listing, set in the text's, stays); ``numbered``: the lines of every run's numbers."""
    edge = _edge(run)
    own = {at for at, _, _ in run}
    baselines = [number[-1].matrix[5] for _, number, _ in run]
    slip = ROW_SLIP * max(glyph.size for _, number, _ in run for glyph in number)
    pieces: dict[int, list[int]] = {}
    for at, chars in enumerate(lines):
        glyphs = _glyphs(chars)
        if (
            at in numbered
            or not glyphs
            or min(c.x0 for c in glyphs) < edge
            or max(c.x1 for c in glyphs) > beyond
        ):
            continue
        base = median(c.matrix[5] for c in glyphs)
        row = min(range(len(run)), key=lambda index: abs(baselines[index] - base))
        if abs(baselines[row] - base) <= slip:
            pieces.setdefault(row, []).append(at)
    sizes = [c.size for at in itertools.chain(*pieces.values()) for c in _glyphs(lines[at])]
    sizes += [c.size for _, _, rest in run for c in _glyphs(rest)]
    if not sizes:
        return set(), []
    code = median(sizes)
    taken = set(own)
    rows = []
    for index, (_, _, rest) in enumerate(run):
        kept = [at for at in pieces.get(index, []) if _code_sized(lines[at], code)]
        taken |= set(kept)
        glyphs = _glyphs(rest) + [c for at in kept for c in _glyphs(lines[at])]
        rows.append(sorted(glyphs, key=lambda c: c.x0))
    return taken, rows


def _code_sized(chars: list, code: float) -> bool:
    """The line's glyphs are set in the code's size (their median within ``CODE_SIZE`` of it)."""
    return abs(median(c.size for c in _glyphs(chars)) - code) <= CODE_SIZE * code


def column_pitch(rows: list[list]) -> float:
    """The listing's column pitch where its rows are set in fixed columns, else 0: the median step
    between the centres of two glyphs side by side, where its letters stand spread, their median gap
    ``SPACED_LETTERS`` em or more and none at its advance (``AT_ADVANCE``: a font set unspread, or a
    monospaced one, keeps its own spacing). Each token fills as many columns as it has characters,
    so most glyphs stand a column from the next, whatever their widths."""
    pairs = [
        (a, b)
        for row in rows
        for a, b in itertools.pairwise([c for c in row if not c.get_text().isspace()])
        if _text_glyph(a) and _text_glyph(b)
    ]
    if not pairs:
        return 0.0
    size = median(a.size for a, _ in pairs)
    letters = [
        b.x0 - a.x1 for a, b in pairs if (a.get_text() + b.get_text()).isalnum() and _font(a) == _font(b)
    ]
    if (
        not letters
        or median(letters) < SPACED_LETTERS * size
        or any(abs(gap) < AT_ADVANCE * size for gap in letters)
    ):
        return 0.0
    return median(_step(a, b) for a, b in pairs)


def empty_column(before: LTChar, after: LTChar, pitch: float) -> bool:
    """Whether an empty column stands between two glyphs of a row set in fixed columns of ``pitch``:
    their centres stand ``EMPTY_COLUMN`` pitches apart or more. A glyph stands about the middle of
    its column (a token's letters are spread over its columns), so two glyphs side by side stand one
    pitch apart and two with a space between them two, however wide each is ("if" 1.7 pt apart in
    its two columns, "MultiplyUnnormalized" −0.2 pt overlapping in its twenty, crc.pdf)."""
    return _step(before, after) >= EMPTY_COLUMN * pitch


def _step(before: LTChar, after: LTChar) -> float:
    """How far the glyph ``after`` stands right of ``before``, centre to centre."""
    return (after.x0 + after.x1 - before.x0 - before.x1) / 2


def _text_glyph(char: LTChar) -> bool:
    """The glyph is set upright in a text font, no formula's (math italic, TeX's math fonts)."""
    font = _font(char)
    return not (ITALIC.search(font) or MATH_ITALIC.search(font) or TEX_MATH_FONT.match(font))
