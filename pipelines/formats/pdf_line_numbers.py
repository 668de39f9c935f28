"""A page's printed line numbers (the ``lineno`` package, a review draft's margin): a column of small
integers, one beside each line of the text, ascending down the page.

Read as lines of their own, they stood between the paragraphs ("29 25 26 27 28 30 …", "70 71 72 74 …"
between a draft's references), and beside a margin's notes they made the page a table whose body was
lost (a JOSS draft's title, authors and Summary). They are cut before the page's layout reads its rows
(``line_numbers``), whatever their font; a table's column of row numbers, set as large as its cells, is
no such column, but a listing's roman numbers beside its monospaced (or fixed-column) code are.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.pdf_line_record import Line

NUMBER = re.compile(r"^\s*\d{1,5}\s*$")  # a line number: an integer alone
NUMBERED_LINES = 5  # numbers in one column, at least
NUMBER_SIZE = 0.8  # a number is set at most this share of the size of the line beside it
NUMBER_SLIP = 0.3  # em: a number's box's bottom this near its line's (JOSS: 0.15–0.22; a raised mark's: 0.6)
NUMBER_SPREAD = 2  # the column's numbers span at most this many times their count (lines left unnumbered)


def line_numbers(page: list[Line]) -> set[int]:
    """The ids of the page's lines that are its printed line numbers: each column of integers
    (``_columns``) of ``NUMBERED_LINES`` at least that ascend down the page, each set smaller than a
    line on its row beside it (``_beside_text``; a DOI's tail "08498" wrapped onto a line of its own
    is one) or alone on an empty row between two such (``_numbering``), spanning few more values
    than they count."""
    found: set[int] = set()
    for column in _columns([line for line in page if NUMBER.match(line.text)]):
        values = [int(line.text) for line in column]
        ids = {id(line) for line in column}
        rest = [line for line in page if id(line) not in ids]
        if (
            len(column) >= NUMBERED_LINES
            and all(a < b for a, b in zip(values, values[1:], strict=False))
            and values[-1] - values[0] < NUMBER_SPREAD * len(column)
            and _numbering(column, rest)
        ):
            found |= {id(line) for line in column}
    return found


def _numbering(column: list[Line], rest: list[Line]) -> bool:
    """The column's numbers number the lines beside them (``_beside_text``), ``NUMBERED_LINES`` at
    least, the first and the last among them; a number between them may stand on an empty row (a
    listing numbers its blank lines: crc.pdf's Listing 1, its "10" alone between "9" and "11")."""
    beside = [_beside_text(line, rest) for line in column]
    return (
        sum(beside) >= NUMBERED_LINES
        and beside[0]
        and beside[-1]
        and all(near or _empty_row(line, rest) for near, line in zip(beside, column, strict=True))
    )


def _empty_row(number: Line, lines: list[Line]) -> bool:
    """No other line stands on the number's row (boxes' bottoms within ``NUMBER_SLIP`` of its size)."""
    return not any(_on_row(line, number) for line in lines)


def _columns(numbers: list[Line]) -> list[list[Line]]:
    """The numbers grouped by the column they stand in (their boxes overlapping across, as a right-
    or left-aligned column's do), each group top to bottom."""
    columns: list[list[Line]] = []
    for line in sorted(numbers, key=lambda ln: ln.x0):
        column = next((c for c in columns if max(ln.x1 for ln in c) > line.x0), None)
        if column is None:
            columns.append([line])
        else:
            column.append(line)
    return [sorted(column, key=lambda ln: ln.top) for column in columns]


def _beside_text(number: Line, lines: list[Line]) -> bool:
    """One of ``lines`` stands on the number's row, clear of it on the left or the right, set larger
    than the number by ``NUMBER_SIZE`` at least, or monospaced after a number that is not and opens
    its row (``_numbers_code``: a fixed-column listing's row after its number in the listing's roman
    font, ``pdf_numbered_rows``), their boxes' bottoms within ``NUMBER_SLIP`` of its size (on one
    baseline): the line it numbers.
    A note's number raised over its URL's line (a Sphinx manual's foot) is none."""
    return any(
        _on_row(line, number)
        and (line.x0 >= number.x1 or line.x1 <= number.x0)
        and (number.size <= NUMBER_SIZE * line.size or _numbers_code(number, line, lines))
        for line in lines
    )


def _on_row(line: Line, number: Line) -> bool:
    """The line's box's bottom stands within ``NUMBER_SLIP`` of its size of the number's."""
    return abs(line.bottom - number.bottom) <= NUMBER_SLIP * line.size


def _numbers_code(number: Line, line: Line, lines: list[Line]) -> bool:
    """The number, in a text font, opens its row before the monospaced ``line``: a listing's number
    in front of its code. A glyph table's digit cell ("0030" | "0" | "zero") has its code before it."""
    opens = not any(_on_row(other, number) and other.x1 <= number.x0 for other in lines)
    return line.mono and not number.mono and line.x0 >= number.x1 and opens
