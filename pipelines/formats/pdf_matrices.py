"""A matrix a display sets between tall brackets, made one piece of the display: "(8 0 4 3; 2 9 3 0;
0 1 7 5)", its rows in order, "; " between them, each row's entries a space apart.

TeX builds a bracket taller than cmex's largest from pieces, a top and a bottom piece one under the
other at one edge and extension pieces between (cmex's ``parenlefttp`` …: the Adobe list's U+F8EB–
F8FB, or Unicode's ⎛ ⎜ ⎝ ⎞ ⎟ ⎠ ⎡ ⎢ ⎣ ⎤ ⎥ ⎦), each a glyph that pdfminer reads as a line of its
own or at the end of the row beside it ("⎜ −2 −3 ⎟"); the rows between the pieces are the matrix's
(``_piece_brackets``). A bracket of two rows or so is one glyph of cmex's big sizes ("(" of
``parenleftbigg``), which TeX hangs from its top, so that its box holds the first row only: the
matrix is that row and the rows set under it inside the bracket pair, where the display's main row
runs through their middle (``_glyph_brackets``: the gap-guava manual's "A =" beside "(2 0 3" over
"0 3 1"). Either way each row holds as many entries, two rows at least, no fraction bar between
them: a sparse matrix's blank entries, a big bracket round a fraction, leave the display as it was.
No display writer could place the rows one over another, so the display was cut whole (the
gap-guava manual's "s = (1, 3, 2)(4, 7, 5), A = …, A^s = …." after "… is illustrated by the
following.").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sloika.pipelines.formats.pdf_glyphs import PRIVATE_USE
from sloika.pipelines.formats.pdf_line_record import Line, Rule, _rows_shared, boxed

# each side's pieces, round or square, top, extension and bottom, as the Adobe list and Unicode give them
LEFT_PIECES = {"(": "\uf8eb\uf8ec\uf8ed\u239b\u239c\u239d", "[": "\uf8ee\uf8ef\uf8f0\u23a1\u23a2\u23a3"}
RIGHT_PIECES = {")": "\uf8f6\uf8f7\uf8f8\u239e\u239f\u23a0", "]": "\uf8f9\uf8fa\uf8fb\u23a4\u23a5\u23a6"}
TOPS = "\uf8eb\uf8ee\u239b\u23a1\uf8f6\uf8f9\u239e\u23a4"  # a bracket's top pieces
BOTTOMS = "\uf8ed\uf8f0\u239d\u23a3\uf8f8\uf8fb\u23a0\u23a6"  # ... and its bottom pieces
CLOSING = {"(": ")", "[": "]"}
PIECE_ALIGN = 0.5  # pt: the pieces of one bracket share their edge
PIECE_GAP = 1.0  # em: a piece starts at most this far under the one over it (TeX abuts them)
PAIR_SLACK = 0.5  # em: a pair's two brackets start and end this close to each other's height
ROW_STEP = 0.5  # em: a row's entries have their middles this close; a row under starts this close under
AXIS = 0.3  # em: the display's main row runs this close to the matrix's middle
ENTRY_GAP = 0.25  # em: pieces of a row this close are one entry (an array's columns stand 10 pt apart)
DOTS_TALL = 1.25  # em: three dots whose box is this tall run down, not across (``\\vdots``, ``\\ddots``)


@dataclass(frozen=True)
class Bracket:
    """One tall bracket: its sign ("(", "]"), the edge it stands at (a left one's left, a right
    one's right), and the height its pieces span."""

    sign: str
    edge: float
    top: float
    bottom: float


def matrices_joined(pieces: list[Line], rules: list[Rule]) -> list[Line]:
    """The display's ``pieces`` with each matrix between a pair of tall brackets one piece over the
    box of its rows and brackets, its text the matrix written, its height one row's at the rows'
    middle, where the display's main row runs; ``pieces`` itself where it holds none."""
    for find in (_piece_brackets, _glyph_brackets):
        for inside, sign, taken in find(pieces):
            rows = _matrix_rows(inside, rules)
            if rows is None:
                continue
            cells = [ln for row in rows for ln in row]
            middle = (min(ln.top for ln in cells) + max(ln.bottom for ln in cells)) / 2
            half = (cells[0].bottom - cells[0].top) / 2
            written = f"{sign}{'; '.join(_row_text(row) for row in rows)}{CLOSING[sign]}"
            matrix = boxed(taken[0], taken, text=written, formula=True, glyphs=(), size=cells[0].size)
            matrix = replace(matrix, top=middle - half, bottom=middle + half)
            kept = [ln for ln in pieces if not any(ln is t for t in taken)]
            return matrices_joined([*kept, matrix], rules)
    return pieces


def _piece_brackets(pieces: list[Line]) -> list[tuple[list[Line], str, list[Line]]]:
    """Each pair of tall brackets built of pieces (``_brackets``), a left one and the nearest right
    one of its kind right of it over the same height: the lines between them (``_between``), the
    left one's sign and the lines the pair takes. A pair with a line across its edge is none (a
    formula's part inside a big bracket and part outside it: no matrix's)."""
    found = []
    size = max(ln.size for ln in pieces)
    rights = _brackets(pieces, RIGHT_PIECES, left=False)
    for left in _brackets(pieces, LEFT_PIECES, left=True):
        right = min(
            (
                r
                for r in rights
                if r.edge > left.edge
                and CLOSING[left.sign] == r.sign
                and abs(r.top - left.top) <= PAIR_SLACK * size
                and abs(r.bottom - left.bottom) <= PAIR_SLACK * size
            ),
            key=lambda r: r.edge,
            default=None,
        )
        if right is None:
            continue
        inside = _between(pieces, left, right)
        if inside is not None:
            found.append(inside)
    return found


def _between(pieces: list[Line], left: Bracket, right: Bracket) -> tuple[list[Line], str, list[Line]] | None:
    """The lines between the pair, a row read with a piece at its end without it ("⎜ −2 −3 ⎟" is
    "−2 −3"), the left one's sign, and every line the pair takes (its pieces too); None where a line
    on its rows crosses one of its edges."""
    inside: list[Line] = []
    taken: list[Line] = []
    top, bottom = min(left.top, right.top), max(left.bottom, right.bottom)
    for line in pieces:
        if not (line.top < bottom and top < line.bottom and left.edge < line.x1 and line.x0 < right.edge):
            continue
        if line.x0 < left.edge - PIECE_ALIGN or line.x1 > right.edge + PIECE_ALIGN:
            return None
        text = line.text.strip().lstrip(LEFT_PIECES[left.sign]).rstrip(RIGHT_PIECES[right.sign]).strip()
        taken.append(line)
        if text:
            inside.append(line if text == line.text.strip() else replace(line, text=text, glyphs=()))
    return inside, left.sign, taken


def _brackets(pieces: list[Line], kinds: dict[str, str], left: bool) -> list[Bracket]:
    """The tall brackets of one side the pieces build: a top piece over a bottom piece at one edge,
    extension pieces between, each starting less than ``PIECE_GAP`` em under the one over it; a
    piece is a line of it alone, or one a row opens (a left one) or ends with (a right one)."""
    found = []
    for sign, chars in kinds.items():
        ends = sorted(
            ((ln.x0 if left else ln.x1, ln) for ln in pieces if _end(ln, left) in chars),
            key=lambda end: end[1].top,
        )
        for edge, top in ends:
            if _end(top, left) not in TOPS:
                continue
            bottom = top
            for other_edge, line in ends:
                if line.top <= bottom.top or abs(other_edge - edge) > PIECE_ALIGN:
                    continue
                if line.top - bottom.bottom > PIECE_GAP * top.size:
                    break
                bottom = line
                if _end(line, left) in BOTTOMS:
                    found.append(Bracket(sign, edge, top.top, bottom.bottom))
                    break
    return found


def _end(line: Line, left: bool) -> str:
    """The line's first character (``left``) or its last, spaces aside; "" for a blank line."""
    text = line.text.strip()
    return text[:1] if left else text[-1:]


def _glyph_brackets(pieces: list[Line]) -> list[tuple[list[Line], str, list[Line]]]:
    """Each big bracket of one glyph round rows: a piece opening with "(" or "[" that its last
    character closes ("(2 0 3 )": pdfminer read the pair into the first row) or that its text does
    not close, the closing bracket then a piece alone on its row right of it; the rows are the
    first and those set under it between the two (``_rows_under``), the first the opening piece's
    rest and what stands between it and the closing bracket on its row. The display's main row (a
    piece left or right of the pair) runs through the rows' middle, as TeX centres a matrix on the
    axis (``_on_axis``); and each row holds two entries or more: one over one is a binomial's."""
    found = []
    for opening in pieces:
        text = opening.text.strip()
        sign = text[:1]
        if sign not in CLOSING:
            continue
        if text.endswith(CLOSING[sign]) and _closed_last(text):
            closing, inner, rest = opening, opening.x1, text[1:-1].strip()
        elif text.count(sign) > text.count(CLOSING[sign]):
            closing = _closing_beside(opening, pieces, CLOSING[sign])
            if closing is None:
                continue
            inner, rest = closing.x0, text[1:].strip()
        else:
            continue
        head = replace(opening, text=rest, glyphs=())  # the opening piece's rest: a cell, not a line
        first = [head] if rest else []
        first += [ln for ln in pieces if _rows_shared(ln, opening) and opening.x1 <= ln.x0 and ln.x1 <= inner]
        rows = _rows_under(pieces, opening.x0, inner, first)
        if len(rows) < 2 or _entry_count(rows[0]) < 2 or not _on_axis(pieces, rows, opening, closing):
            continue
        cells = [ln for row in rows for ln in row]
        others = [ln for ln in cells if ln is not head]
        found.append((cells, sign, [opening, *([closing] if closing is not opening else []), *others]))
    return found


def _closed_last(text: str) -> bool:
    """The text's first character, an opening bracket, is closed by its last, none before."""
    depth = 0
    for at, char in enumerate(text):
        depth += (char == text[0]) - (char == CLOSING[text[0]])
        if depth == 0:
            return at == len(text) - 1
    return False


def _closing_beside(opening: Line, pieces: list[Line], sign: str) -> Line | None:
    """The nearest piece right of ``opening`` on its row that is the closing bracket ``sign`` alone."""
    return min(
        (
            ln
            for ln in pieces
            if ln.text.strip() == sign and _rows_shared(ln, opening) and ln.x0 >= opening.x1 - 1
        ),
        key=lambda ln: ln.x0,
        default=None,
    )


def _rows_under(pieces: list[Line], left: float, right: float, first: list[Line]) -> list[list[Line]]:
    """The first row and the rows set under it between ``left`` and ``right``, each starting less
    than ``ROW_STEP`` em under the one over it; a line across either edge ends them."""
    rows = [first] if first else []
    while rows:
        bottom = max(ln.bottom for ln in rows[-1])
        size = rows[-1][0].size
        under = [ln for ln in pieces if bottom <= ln.top < bottom + ROW_STEP * size]
        under = [ln for ln in under if ln.x1 > left and ln.x0 < right]
        if not under or any(ln.x0 < left or ln.x1 > right + PIECE_ALIGN for ln in under):
            break
        rows.append(under)
    return rows


def _on_axis(pieces: list[Line], rows: list[list[Line]], opening: Line, closing: Line) -> bool:
    """A piece left of ``opening`` or right of ``closing`` has its middle within ``AXIS`` em of the
    rows' middle: the display's main row runs through the matrix."""
    cells = [ln for row in rows for ln in row]
    middle = (min(ln.top for ln in cells) + max(ln.bottom for ln in cells)) / 2
    return any(
        abs(_middle(ln) - middle) <= AXIS * ln.size
        for ln in pieces
        if ln.x1 <= opening.x0 or ln.x0 >= closing.x1
    )


def _matrix_rows(inside: list[Line], rules: list[Rule]) -> list[list[Line]] | None:
    """The lines inside a bracket pair in rows from the top (middles within ``ROW_STEP`` em), each
    row's entries from the left; None where there are fewer than two rows, the rows hold unlike
    numbers of entries or a private-use glyph (another bracket's piece), or a rule runs between two
    rows (a fraction's bar)."""
    rows: list[list[Line]] = []
    for line in sorted(inside, key=_middle):
        if rows and _middle(line) - _middle(rows[-1][0]) <= ROW_STEP * line.size:
            rows[-1].append(line)
        else:
            rows.append([line])
    rows = [_entries(sorted(row, key=lambda ln: ln.x0)) for row in rows]
    counts = {_entry_count(row) for row in rows}
    if len(rows) < 2 or len(counts) > 1 or any(PRIVATE_USE.search(_row_text(row)) for row in rows):
        return None
    x0, x1 = min(ln.x0 for ln in inside), max(ln.x1 for ln in inside)
    top, bottom = min(ln.top for ln in inside), max(ln.bottom for ln in inside)
    barred = any(x0 - 1 <= r[2] and r[0] <= x1 + 1 and top < r[1] < bottom and r[3] - r[1] < 1 for r in rules)
    return None if barred else rows


def _entries(row: list[Line]) -> list[Line]:
    """The row's pieces from the left, each run of pieces abutting (``ENTRY_GAP`` em apart or less)
    one entry: pdfminer ends a line at a script's end, so SDPB's (2.1) "P_(j,1m_j)ⁿ" and its "(x)"
    were two pieces, the row four entries over the next row's three; and a run of three dots set
    taller than a row (TeX builds ``\\vdots`` and ``\\ddots`` of periods) written as it stands,
    "⋮" narrower than half an em, else "⋱"."""
    entries: list[Line] = []
    for line in map(_dots, row):
        before = entries[-1] if entries else None
        if before is not None and line.x0 - before.x1 <= ENTRY_GAP * line.size:
            text = before.text.strip() + line.text.strip()
            entries[-1] = boxed(before, [before, line], text=text, glyphs=())
        else:
            entries.append(line)
    return entries


def _dots(line: Line) -> Line:
    """The line, three dots stacked taller than ``DOTS_TALL`` em written "⋮" (narrower than half an
    em) or "⋱" (stepping down across), as the page draws them; any other line as it is."""
    if line.text.strip() not in ("...", "…") or line.bottom - line.top < DOTS_TALL * line.size:
        return line
    return replace(line, text="⋮" if line.x1 - line.x0 < 0.5 * line.size else "⋱", glyphs=())


def _entry_count(row: list[Line]) -> int:
    """How many entries the row's text holds: its words a space apart outside brackets. A space
    inside a script's brackets parts no entries: the line reader sets a word after a script of a
    script apart from it (SDPB's (2.1) "P_(j,m_j 1)ⁿ(x)", P^n_{j, m_j 1}, one entry)."""
    depth, count, spaced = 0, 0, True
    for char in _row_text(row):
        depth += (char in "([{") - (char in ")]}")
        if char.isspace():
            spaced = spaced or depth <= 0
        elif spaced:
            count, spaced = count + 1, False
    return count


def _row_text(row: list[Line]) -> str:
    """The row's entries from the left, a space apart."""
    return " ".join(ln.text.strip() for ln in row)


def _middle(line: Line) -> float:
    return (line.top + line.bottom) / 2
