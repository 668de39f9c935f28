"""Blocks of running text set side by side (a slide's columns): read column by column, no table.

Beamer's ``columns`` environment sets two or three blocks side by side on a slide, each a paragraph
or a list wrapped within its own width, a gutter between them. Their lines are short (15 to 20
letters on a slide, where a page column's prose line has ``PROSE_LETTERS`` or more) and a list ends
no sentence, so the prose test of a page's columns (``pdf_tables._prose_column_text``) found none,
and the three columns of rst2beamer's columns.pdf were taken for a table and read across, row by row
("This is a | So here, we should | • A list or image"). What tells running text from a table's cells
is how its lines break: each line of a column of running text stands right under the one over it
and breaks where the next word would not have fitted (wrapped at the column's edge), after a
sentence's end, or before a list's next item; a sentence runs on from one line to the next. A
table's cells are short and end where their words do, with room left for the next cell's first word,
and a column of names beside wrapped descriptions has a blank under each name.

Where one column runs longer than the rows it shares with the other, its lines over or under them
are its own (``columns_run_on``): left behind, they were read after the other column, which spliced
it into the middle of the longer column's sentence (columns.pdf's "… (which most other" / "Any
container with the name …" / "writers should recognise …").
"""

from __future__ import annotations

from statistics import median_high

from sloika.pipelines.formats.pdf_gutters import BAND_GAP
from sloika.pipelines.formats.pdf_line_record import MARK, WORD, Line
from sloika.pipelines.formats.pdf_page_rows import ALIGN_EDGE, SIZE_STEP, TABLE, _columns
from sloika.text.sentences import SENTENCE_END

LEADING_GAP = (
    1.0  # em: a column's line stands this near under the line over it at most (a list's item skip too)
)
RUNNING_WORDS = 2  # words (``WORD``) a column of running text has on its lines (median) at least


def running_columns(columns: list[list[Line]]) -> bool:
    """Two blocks of lines or more side by side, each running text (``running_column``), a sentence
    ending in one of them at least (``SENTENCE_STOP``: a change log's entries, "footins: Made finite
    to avoid" / "whitespots underneath .. 18", end none), each ``BAND_GAP`` em or more clear of the
    next (a gutter): a slide's columns, no table."""
    from sloika.pipelines.formats.pdf_tables import SENTENCE_STOP  # pdf_tables imports this module

    if len(columns) < 2 or not all(map(running_column, columns)):
        return False
    if not any(SENTENCE_STOP.search(_text(ln)) for column in columns for ln in column):
        return False
    size = median_high(ln.size for column in columns for ln in column)
    return all(
        min(ln.x0 for ln in right) - max(ln.x1 for ln in left) >= BAND_GAP * size
        for left, right in zip(columns, columns[1:], strict=False)
    )


def running_column(column: list[Line]) -> bool:
    """The lines run down as one text: ``RUNNING_WORDS`` words a line (median), each line within
    ``LEADING_GAP`` em under the one over it, each break a text's (``_text_break``), and a sentence
    wrapped at the column's edge that goes on in lower case on the next line at least once."""
    lines = sorted(column, key=lambda ln: ln.top)
    words = median_high(len(WORD.findall(_text(ln))) for ln in lines)
    pairs = list(zip(lines, lines[1:], strict=False))
    right = max(ln.x1 for ln in lines)
    return (
        words >= RUNNING_WORDS
        and all(_stacked(upper, lower) and _text_break(upper, lower, right) for upper, lower in pairs)
        and any(_goes_on(upper, lower, right) for upper, lower in pairs)
    )


def _text(line: Line) -> str:
    return MARK.sub("", line.text).strip()


def _stacked(upper: Line, lower: Line) -> bool:
    """``lower`` stands under ``upper`` within ``LEADING_GAP`` em: the next line of one text."""
    return 0 <= lower.top - upper.bottom <= LEADING_GAP * upper.size


def _text_break(upper: Line, lower: Line, right: float) -> bool:
    """The break between two lines of a column is running text's: ``upper`` ends a sentence, or
    ``lower`` opens a list's item, or ``lower``'s first word would not have fitted after ``upper``
    before the column's ``right`` edge (``_wraps``). A line that stops short with room for the next
    one's first word, mid-sentence, is a cell's or a line set by hand."""
    from sloika.pipelines.formats.pdf_breaks import (
        LIST_ITEM,
    )  # pdf_breaks imports pdf_tables, which imports this

    return bool(SENTENCE_END.search(_text(upper)) or LIST_ITEM.match(_text(lower))) or _wraps(
        upper, lower, right
    )


def _wraps(upper: Line, lower: Line, right: float) -> bool:
    """``lower``'s first word would not have fitted after ``upper`` (``pdf_breaks._word_fits``)."""
    from sloika.pipelines.formats.pdf_breaks import (
        _word_fits,
    )  # pdf_breaks imports pdf_tables, which imports this

    return not _word_fits(upper, lower, right)


def _goes_on(upper: Line, lower: Line, right: float) -> bool:
    """A sentence wrapped at the column's edge goes on: ``upper`` ends no sentence, ``lower``'s first
    word would not have fitted after it and opens in lower case ("This is a" / "demonstration of
    the"): a table's next cell opens a cell of its own."""
    opening = _text(lower).lstrip("([\"'‘“")
    return not SENTENCE_END.search(_text(upper)) and opening[:1].islower() and _wraps(upper, lower, right)


def columns_run_on(page: list[Line], block: list[Line]) -> list[Line]:
    """The ``block``'s lines (columns of running text side by side) with the lines of the ``page``
    over or under each column that go on its text (``_run_on``), top to bottom in each: a column
    longer than the rows it shares with the other reads whole."""
    columns = _columns(block)
    taken = {id(ln) for ln in block}
    free = [ln for ln in page if id(ln) not in taken and not (ln.mono or ln.text.startswith(TABLE))]
    lines = list(block)
    for at, column in enumerate(columns):
        right = min(ln.x0 for ln in columns[at + 1]) if at + 1 < len(columns) else float("inf")
        lines += _run_on(column, [ln for ln in free if _own_line(ln, column, right)])
    return lines


def _own_line(line: Line, column: list[Line], right: float) -> bool:
    """``line`` could be the ``column``'s: it starts where one of the column's lines does (its
    margin, a list's bullet or its hang, within ``ALIGN_EDGE`` em), ends short of the next column
    (left of ``right``), and is set in the column's size. A heading centred over a table's
    description column, "FASTA version history (cont.)" in fasta_guide.pdf, starts at no line of it."""
    edge = ALIGN_EDGE * line.size
    return (
        any(abs(line.x0 - other.x0) <= edge for other in column)
        and line.x1 < right
        and all(abs(line.size - other.size) < SIZE_STEP for other in column)
    )


def _run_on(column: list[Line], own: list[Line]) -> list[Line]:
    """The lines of ``own`` that go on the ``column``'s text over and under it, each stacked on the
    next (``_stacked``) with a text's break between (``_text_break``)."""
    lines = sorted(column, key=lambda ln: ln.top)
    found: list[Line] = []
    for line in sorted((ln for ln in own if ln.top >= lines[-1].bottom), key=lambda ln: ln.top):
        right = max(ln.x1 for ln in [*lines, line])
        if not (_stacked(lines[-1], line) and _text_break(lines[-1], line, right)):
            break
        lines.append(line)
        found.append(line)
    for line in sorted((ln for ln in own if ln.bottom <= lines[0].top), key=lambda ln: -ln.top):
        right = max(ln.x1 for ln in [*lines, line])
        if not (_stacked(line, lines[0]) and _text_break(line, lines[0], right)):
            break
        lines.insert(0, line)
        found.append(line)
    return found
