"""A listing's rows with a comment set beside the code: literate C documentation (maxmat3src.pdf's
headers) sets monospaced code on the left and its ``//`` comments in the text font at a tab on the
same baselines ("#define LOGWORDSIZE     6     // base 2 logarithm of wordsize"). pdfminer reads
the code, a ``#define``'s value and the comment column as pieces of their own, often the comments
first: read as columns, a name lost its value, a struct's members their comments or their order,
and a comment alone on its row was cut as ``math``. A line's pieces on one baseline, a code piece
and a comment piece (a run opening with "//" or "/*", its words not monospaced), are one line of the listing,
read left to right, where its code stood; a comment's next row with no code goes under it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.pdf_line_record import Line

COMMENT_OPENING = re.compile(r"\s*(?://|/\*)")  # a C comment's opening: "// the depth", "/* … */"
ROW_BASE = 0.2  # em: pieces whose baselines are this close stand on one row
COMMENT_EDGE = 0.3  # em: a comment's next row starts this close to its first row's left edge
COMMENT_LEADING = 1.5  # em: and stands at most this far under it


def commented_rows(page: list[Line]) -> list[Line]:
    """The page with each code row that has a comment beside it (``_row_pieces``) read as one
    monospaced line in the first code piece's place, and each of the comment's next rows with no
    code on them (``_comment_rows_under``) as a line of the listing right under it; a comment in
    the text font alone on its row right under a code line too long to leave it room
    (``_code_over``) is such a next row of that line."""
    rows = [row for row in (_row_pieces(page, comment) for comment in page if _comment(comment)) if row]
    taken = {id(piece) for row in rows for piece in row}
    under = {id(row[0]): _comment_rows_under(page, row[-1], taken) for row in rows}
    taken |= {id(line) for lines in under.values() for line in lines}
    read = {id(row[0]): _rows_read(row, under[id(row[0])]) for row in rows}
    for comment in [ln for ln in page if _comment(ln) and id(ln) not in taken]:
        code = _code_over(page, comment, taken)
        if code is not None:
            rows_under = [comment, *_comment_rows_under(page, comment, taken | {id(comment)})]
            taken |= {id(code), *map(id, rows_under)}
            read[id(code)] = _rows_read([code], rows_under)
    return [out for line in page for out in read.get(id(line), [] if id(line) in taken else [line])]


def _code_over(page: list[Line], comment: Line, taken: set[int]) -> Line | None:
    """The monospaced line right over the comment (at most ``COMMENT_LEADING`` over it), starting
    left of it, with no comment of its own: "queryfilelist[MAXNUMOFQUERYFILES][PATH_MAX+1];" over
    "// filenames of the query-sequences"; else None."""
    return next(
        (
            ln
            for ln in page
            if id(ln) not in taken
            and ln.mono
            and ln.x0 < comment.x0
            and 0 < comment.bottom - ln.bottom <= COMMENT_LEADING * comment.size
        ),
        None,
    )


def _rows_read(row: list[Line], under: list[Line]) -> list[Line]:
    """The row (its code, its comment if any) as one line (``_row_line``), then the comment's next
    rows, each a line of the listing."""
    pitch = _pitch([ln for ln in row if not _comment(ln)])
    return [_row_line(row, pitch), *(_listing_line(ln, ln.text.strip(), pitch) for ln in under)]


def _pitch(code: list[Line]) -> float:
    """A letter's width in the code pieces."""
    return max((ln.x1 - ln.x0) / len(ln.text.strip()) for ln in code if ln.text.strip())


def _listing_line(line: Line, text: str, pitch: float) -> Line:
    """``line`` as a monospaced line of ``text``, its right edge where its letters end at the code's
    ``pitch``: a listing's letter width is measured by its lines' widths (``code_block``), which a
    comment in a narrower text font would shrink, and its columns with it."""
    return replace(
        line, text=text, x1=line.x0 + pitch * len(text), mono=True, typewriter=True, formula=False, glyphs=()
    )


def _comment(line: Line) -> bool:
    """A comment not monospaced: a monospaced one is a listing's line the listing reader places
    (one beside code may be another column's line: Rcpp-extending.pdf's two listings)."""
    return bool(COMMENT_OPENING.match(line.text)) and not line.mono and not line.rotated


def _row_pieces(page: list[Line], comment: Line) -> list[Line]:
    """The comment's row left to right, the comment last, where monospaced code starts on its
    baseline left of it and nothing else does (code too long for its column runs under the
    comment: "queryfilelist[MAXNUMOFQUERYFILES][PATH_MAX+1];"); else empty."""
    row = [
        ln
        for ln in page
        if ln is not comment
        and abs(ln.bottom - comment.bottom) <= ROW_BASE * comment.size
        and ln.x0 < comment.x0
    ]
    if not row or not all(ln.mono for ln in row):
        return []
    return [*sorted(row, key=lambda ln: ln.x0), comment]


def _comment_rows_under(page: list[Line], comment: Line, taken: set[int]) -> list[Line]:
    """The comment's next rows: lines in the text font at its left edge, each at
    most ``COMMENT_LEADING`` under the last, with no code on their row."""
    rows: list[Line] = []
    last = comment
    while True:
        nxt = next(
            (
                ln
                for ln in page
                if id(ln) not in taken
                and not ln.mono
                and abs(ln.x0 - comment.x0) <= COMMENT_EDGE * comment.size
                and 0 < ln.bottom - last.bottom <= COMMENT_LEADING * comment.size
                and not any(
                    other.mono and abs(other.bottom - ln.bottom) <= ROW_BASE * ln.size for other in page
                )
            ),
            None,
        )
        if nxt is None:
            return rows
        rows.append(nxt)
        last = nxt


def _row_line(row: list[Line], pitch: float) -> Line:
    """The row's pieces as one monospaced line: a space for each letter's ``pitch`` between two
    pieces (one at least), so the comments stay in their column as the page sets them."""
    text = row[0].text.rstrip()
    for before, piece in zip(row, row[1:], strict=False):
        text += " " * max(1, round((piece.x0 - before.x1) / pitch)) + piece.text.strip()
    joined = replace(
        row[0], top=min(ln.top for ln in row), bottom=max(ln.bottom for ln in row), ends_typewriter=False
    )
    return _listing_line(joined, text, pitch)
