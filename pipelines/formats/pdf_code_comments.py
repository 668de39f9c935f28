"""Code beside its comments: a table of typewriter code, one statement a row, each with a comment
in the text font beside it (a tutorial's "(uid() > 100)  probably an ordinary user").

The code lines are monospaced, so ``pdf_aligned`` sees only the comments, one column of short
lines it joined into a paragraph after the code's block. ``_read_commented_code`` reads each row
as one line of text, "code  comment", its comment's wrapped lines after it, a paragraph of its own
(as ``pdf_terms._key_rows`` reads a table of short keys flush left: this one's code is long, set
flush right, and may be two rows).
"""

from __future__ import annotations

from dataclasses import replace

from sloika.pipelines.formats.pdf_block_rows import _spliced
from sloika.pipelines.formats.pdf_joins import join_lines
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import ALIGN_EDGE, TABLE, _side_by_side

COMMENT_ROWS = 2  # rows of code with a comment beside each, at least, that make such a table
RIGHT_EDGE = 0.6  # em: flush-right code ends this close to its column's edge (one typewriter blank)
ENTRY_GAP = 0.5  # em: a comment's wrapped line or the next row stands at most this far under the last


def _read_commented_code(page: list[Line], margin: frozenset[int] = frozenset()) -> list[Line]:
    """The page with each table of code and comments (``_commented_code``) read row by row: one
    line each, "code  comment", at the code's left edge, where the first row's code stood. The
    ``margin`` notes (ids) are no code: a stack of typewriter names set flush right in the margin
    beside a paragraph (a .dtx manual's "tabenum" over "\\tabenumitem") is no table."""
    for entries in _commented_code([ln for ln in page if id(ln) not in margin]):
        left = min(entry[0].x0 for entry in entries)
        lines = [_entry_line(entry, left) for entry in entries]
        page = _spliced(page, [ln for entry in entries for ln in entry], lines)
    return page


def _entry_line(entry: list[Line], left: float) -> Line:
    """A row's code, two spaces, and its comment's lines joined, as one line of text that ends its
    paragraph, as ``pdf_terms._key_rows`` reads a key table's row."""
    code, *comment = entry
    text = f"{code.text.strip()}  {_lines_joined(comment)}"
    bottom = max(ln.bottom for ln in entry)
    return replace(
        code, text=text, x0=left, x1=max(ln.x1 for ln in entry), bottom=bottom, mono=False, lead=True
    )


def _lines_joined(lines: list[Line]) -> str:
    """A comment's lines as one text, a word the line end broke joined again."""
    text = lines[0].text.strip()
    for line in lines[1:]:
        text = join_lines(text, line.text.strip())
    return text


def _commented_code(page: list[Line]) -> list[list[list[Line]]]:
    """The tables of code and comments on the page, each a list of entries (a code line, its
    comment's lines): ``COMMENT_ROWS`` rows or more, each a monospaced line with one line in the
    text font right of it, the comments at one left edge, each next row less than ``ENTRY_GAP`` em
    under the last, the code flush right (``_flush_right``). A comment's wrapped lines (at its edge,
    no code beside them) go with it. A column of text that runs on over the first comment
    (``_runs_on_above``) is prose beside a listing, no comment: the other column of a page set in
    two."""
    tables: list[list[list[Line]]] = []
    entries: list[list[Line]] = []
    for code in sorted(
        (ln for ln in page if ln.mono and not ln.text.startswith(TABLE)), key=lambda ln: ln.top
    ):
        beside = [ln for ln in page if not ln.mono and ln.x0 > code.x1 and _side_by_side(code, ln)]
        if len(beside) != 1:
            continue
        comment = beside[0]
        if entries and _next_row(entries[-1], comment):
            entries.append([code, comment])
        else:
            tables.append(entries)
            entries = [[code, comment]]
        entries[-1] += _wrapped(page, entries[-1])
    tables.append(entries)
    return [
        entries
        for entries in tables
        if len(entries) >= COMMENT_ROWS
        and _flush_right([entry[0] for entry in entries])
        and not _runs_on_above(page, entries)
    ]


def _flush_right(code: list[Line]) -> bool:
    """The code lines end at one right edge (within ``RIGHT_EDGE`` em: a row may end on a typewriter
    blank, tutorial.pdf's 'foo [4,"hello"] ++') and start at more than one left edge: a
    ``tabular{rl}``'s code column. Code set flush left is read with its comments already, as a
    listing with comments far right of it (``pdf_code_blocks``: gmpl.pdf's "1.23  (numeric
    literal)") or as a key table (``pdf_terms._key_rows``), or it is a page's left column of code
    beside the right column's prose (Rcpp-extending.pdf), no table."""
    size = code[0].size
    ends = max(ln.x1 for ln in code) - min(ln.x1 for ln in code)
    starts = max(ln.x0 for ln in code) - min(ln.x0 for ln in code)
    return ends <= RIGHT_EDGE * size and starts > RIGHT_EDGE * size


def _next_row(entry: list[Line], comment: Line) -> bool:
    """``comment`` stands at the edge of ``entry``'s and less than ``ENTRY_GAP`` em under its last line."""
    last = max(entry, key=lambda ln: ln.bottom)
    return (
        abs(comment.x0 - entry[1].x0) <= ALIGN_EDGE * comment.size
        and comment.top - last.bottom < ENTRY_GAP * comment.size
    )


def _wrapped(page: list[Line], entry: list[Line]) -> list[Line]:
    """The lines of text under ``entry``'s comment at its edge, each less than ``ENTRY_GAP`` em under
    the last, with no code beside them: its comment wrapped."""
    lines: list[Line] = []
    last = entry[-1]
    for line in sorted((ln for ln in page if ln.top > last.bottom - 1.0), key=lambda ln: ln.top):
        if (
            line.mono
            or abs(line.x0 - entry[1].x0) > ALIGN_EDGE * line.size
            or line.top - last.bottom >= ENTRY_GAP * line.size
            or any(ln.mono and _side_by_side(ln, line) for ln in page)
        ):
            break
        lines.append(line)
        last = line
    return lines


def _runs_on_above(page: list[Line], entries: list[list[Line]]) -> bool:
    """A line of text stands at the first comment's edge less than ``ENTRY_GAP`` em over it: the
    comments are a column of prose going on (a paragraph over the table starts left of it)."""
    first = entries[0][1]
    return any(
        not ln.mono
        and abs(ln.x0 - first.x0) <= ALIGN_EDGE * ln.size
        and 0 <= first.top - ln.bottom < ENTRY_GAP * ln.size
        for ln in page
    )
