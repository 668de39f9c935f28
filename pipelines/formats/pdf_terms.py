"""Terms and their descriptions: key tables and definition lists read one entry at a time.

A monospaced key beside its description (an R function's name, CWEB's key table) reads as one line
a row (``_key_rows``); a definition list's term over or beside its description stays with it
(``_terms_over_descriptions``, ``_definition_lists_in_order``), however pdfminer ordered the lines.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.pdf_block_rows import TERM_HANG
from sloika.pipelines.formats.pdf_contents import CONTENTS_LINES, _leader_lines
from sloika.pipelines.formats.pdf_gutters import _apart_across
from sloika.pipelines.formats.pdf_line_record import RUN_IN_GAP, Line, Rule, rows_of
from sloika.pipelines.formats.pdf_listings import MARGIN_ALIGN
from sloika.pipelines.formats.pdf_page_rows import (
    ALIGN_EDGE,
    ALIGNED_ROWS,
    CONTENTS,
    DEBRIS,
    SIZE_STEP,
    TABLE,
    _same_row,
)

ELLIPSIS = re.compile(r"(?:\. ?){3}|…")  # a key of more arguments or outputs: "...", ". . ."
DOT_RUN = re.compile(r"(?:[.…·] ?){4,}")  # dot leaders anywhere in a line: a contents entry's
KEY_CHARS = 20  # characters: a monospaced table key beside its description, at most (an R function name)
KEY_REACH = 6.0  # em: a key's description starts at most this far right of the key's end (CWEB: 5.4)
KEY_SET_APART = 10.0  # em: how far right of a column of one-character keys their descriptions start, at most
KEY_GAP = 1.0  # em: a key's description starts at least this far right of it (a cell's gap, no word space)
WORDS = re.compile(r"[^\W\d_]{3,}")  # a word: what a description has and a number's row of ticks lacks
TERM_WORDS = 3  # words in a term opening in typewriter, at most: an option's name and its arguments ("-l q")
RULE_WIDTH = 2.0  # pt: a rule down is at most this wide
HEAD_REACH = 3.0  # em: a table's head row stands at most this far over its first row
ROW_LEADING = 0.5  # em between a description's lines, at most


def _key_rows(
    page: list[Line], span: tuple[float, float] | None, italic: bool = False, rules: list[Rule] = ()
) -> list[Line]:
    """A table of short monospaced keys beside their descriptions (``ALIGNED_ROWS`` keys or more, each
    of ``KEY_CHARS`` at most, on the row of a prose line that starts within ``KEY_REACH`` em right
    of it, ``ALIGNED_ROWS`` descriptions or more starting at one left edge; a page may hold tables of
    several edges) read as one line a row: the key, two spaces, its description with the lines that
    hang under it at that edge, a paragraph of its own (``Line.lead``); a key pdfminer cut in two
    reads whole (``_key_cells``). pdfminer read the key column
    whole before the descriptions (slovak.pdf's '"a', '^d', … and "\\glqq", "\\grqq", …; itfancyhdr.pdf's
    "arabic", "roman", … on a page whose other tables set their descriptions further right), and each
    key alone was a fragment, or the keys one code block and the descriptions a list after it. A
    key and its description stand in one column: a listing's comments set out towards the page's
    gutter ``span`` are no keys of the other column's prose beside them (``_apart_across``). With
    ``italic``, the keys are a Texinfo ``@table @var``'s instead (``_short_key``), read before the
    page's aligned blocks are: a block of such rows was read as a table ("axis | Eigenaxis …", the
    one-row table over it apart) or column by column, its keys then cut as lone letters; a table
    whose columns are headed (``_headed``) or ruled apart (``_ruled_apart``, among the page's
    ``rules``) stays the table readers' to read."""
    described = {
        id(key): desc
        for key in page
        if (desc := _description_of(key, page, italic)) is not None and not _apart_across(key, desc, span)
    }
    if italic:
        described |= _descriptions_under(page, described)
    columns = list(described.values())
    keys = {
        id(desc): _key_cells(key, desc, page, italic)
        for key in page
        if (desc := described.get(id(key))) is not None
        and sum(abs(other.x0 - desc.x0) < MARGIN_ALIGN * desc.size for other in columns) >= ALIGNED_ROWS
        and not (italic and (_headed(key, desc, page, columns) or _ruled_apart(key, desc, rules)))
    }
    if not keys:
        return page
    taken = {id(cell) for cells in keys.values() for cell in cells}
    rests = {id(desc): _row_rest(desc, page, keys) for desc in page if id(desc) in keys}
    taken |= {id(piece) for rest in rests.values() for piece in rest}
    result: list[Line] = []
    rows: set[int] = set()  # the key rows' ids
    row: Line | None = None
    for line in page:
        if id(line) in taken:
            continue
        if id(line) in keys:
            cells = keys[id(line)]
            key = " ".join(cell.text.strip() for cell in cells)
            text = " ".join([line.text, *(piece.text for piece in rests[id(line)])])
            # a bold word opening the description ("return") is no run-in term: it opens no paragraph
            text = RUN_IN_GAP.sub(" ", text)
            row = replace(
                line,
                text=f"{key}  {text}",
                x0=cells[0].x0,
                top=min(line.top, cells[0].top),
                mono=False,
                lead=True,
            )
            edge = line.x0
            result.append(row)
            rows.add(id(row))
        elif row is not None and _hangs_in_row(row, line, edge, page, taken):
            row = replace(
                row, text=_lines_joined(row.text, line.text), bottom=line.bottom, x1=max(row.x1, line.x1)
            )
            rows.discard(id(result[-1]))
            result[-1] = row
            rows.add(id(row))
        elif row is not None and _row_read_whole(row, line):
            row = replace(line, lead=True)  # pdfminer read a long key and its description as one line
            result.append(row)
        else:
            row = None
            result.append(line)
    return _rows_over_lines_under(result, rows)


def _headed(key: Line, desc: Line, page: list[Line], descriptions: list[Line]) -> bool:
    """The column of descriptions at ``desc``'s edge has a head: a line at that edge, no description,
    at most ``HEAD_REACH`` em over the column's highest one, with a line on its row at ``key``'s edge
    (sagetex.pdf's "Option" | "Description" over its italic options), a table's head row. A Texinfo
    ``@table`` heads none: its label ("Keys", "Inputs") stands alone on its row."""
    edge = MARGIN_ALIGN * desc.size
    column = [line for line in descriptions if abs(line.x0 - desc.x0) < edge]
    top = min(line.top for line in column)
    return any(
        abs(head.x0 - desc.x0) < edge
        and head not in column
        and 0 <= top - head.bottom < HEAD_REACH * head.size
        and any(_same_row(head, other) and abs(other.x0 - key.x0) < edge for other in page)
        for head in page
    )


def _ruled_apart(key: Line, desc: Line, rules: list[Rule]) -> bool:
    """A rule runs down between ``key`` and its description on their row: a ruled table's cells (a
    type table's italic "void" | "nothing"), no ``@table``, which rules nothing."""
    return any(
        x1 - x0 <= RULE_WIDTH and key.x1 <= x0 and x1 <= desc.x0 and top < key.bottom and bottom > key.top
        for x0, top, x1, bottom in rules
    )


def numeric_key(key: Line, page: list[Line]) -> bool:
    """``key``, a line of numbers alone (a digit at least), is a table's or a definition list's
    key: the next line right on its row, ``KEY_GAP`` em off or more, has words, and another row's
    key, flush left with it (both ``KEY_CHARS`` at most), stands beside a line starting at that
    description's edge, ``KEY_REACH`` em right of its end at most (the column's widest key); the key
    opens its row (a contents entry's page number ends one, beside the next column's prose) at the
    text's left edge, not left of every line with words (a line number). A manual's "Returns" table
    keys its codes so ("0" beside "The MIP problem instance has been successfully solved.", then
    "GLP_EDATA" beside its own text): the number went as ``numbers_only`` and the row no longer said
    what is returned."""
    if not any(char.isdigit() for char in key.text) or len(key.text.strip()) > KEY_CHARS:
        return False  # a dash alone ("—", a formula's stroke) is no number, a formula's row of them no key
    desc = _next_cell(key, page)
    at_edge = any(line.x0 <= key.x0 + MARGIN_ALIGN * key.size and WORDS.search(line.text) for line in page)
    opens_row = not any(_same_row(line, key) and line.x1 <= key.x0 for line in page)
    if desc is None or not at_edge or not opens_row:
        return False
    return any(
        not _same_row(other, key)
        and len(other.text.strip()) <= KEY_CHARS
        and abs(other.x0 - key.x0) < MARGIN_ALIGN * key.size
        and (beside := _next_cell(other, page)) is not None
        and abs(beside.x0 - desc.x0) < MARGIN_ALIGN * desc.size
        and desc.x0 - other.x1 < KEY_REACH * desc.size
        for other in page
    )


def _next_cell(key: Line, page: list[Line]) -> Line | None:
    """The next line right of ``key`` on its row, when it starts ``KEY_GAP`` em right of it or more
    (a table's next column, no word space) and has words: the key's description. A code line is
    none (a listing's line numbers stand so beside it)."""
    right = [line for line in page if _same_row(key, line) and line.x0 >= key.x1]
    cell = min(right, key=lambda line: line.x0, default=None)
    if cell is None or cell.mono or cell.x0 - key.x1 < KEY_GAP * cell.size or not WORDS.search(cell.text):
        return None
    return cell


def _row_read_whole(row: Line, line: Line) -> bool:
    """``line``, prose right under a key row and starting at its key's left edge, is the table's next
    row, its key too long to stand apart from its description ("confint.profile.gnm compute …"). Its
    key is typewriter, as the table's keys are: a line opening in the text's face there is the
    prose after the table (ifeffit_tutorial.pdf's indented first line "It is possible to do …"
    under its "$group.chir_im" row, else a paragraph of its own and its sentence torn)."""
    return (
        line.opens_typewriter
        and not line.mono
        and abs(line.x0 - row.x0) < MARGIN_ALIGN * line.size
        and 0 <= line.top - row.bottom < ROW_LEADING * line.size
    )


def _rows_over_lines_under(lines: list[Line], rows: set[int]) -> list[Line]:
    """Each key row (``rows``, by id) moved before the first line read ahead of it that stands under
    it in its column: a row goes where its description was read, and pdfminer read the first
    group's one description after the next group's heading ("Model Specification" over "Diag")."""
    result: list[Line] = []
    for line in lines:
        under = (at for at, other in enumerate(result) if _under_in_column(other, line))
        result.insert(next(under, len(result)) if id(line) in rows else len(result), line)
    return result


def _under_in_column(line: Line, row: Line) -> bool:
    """``line`` stands under ``row`` on its page, overlapping it left to right."""
    return line.page == row.page and line.top >= row.bottom and line.x0 < row.x1 and row.x0 < line.x1


def _key_cells(key: Line, desc: Line, page: list[Line], italic: bool = False) -> list[Line]:
    """``key`` with the short monospaced lines on its row that pdfminer cut from it, left to right,
    each within ``KEY_REACH`` em of the next, all left of its description ``desc``. A numbered key
    set as a tabular's two cells, its name in typewriter italic (latex-make.pdf's "2" and
    "target_NAME"), read as two lines: one took the description, the other stood alone before the
    row as a paragraph."""
    row = sorted(
        (
            line
            for line in page
            if _short_key(line, italic) and _same_row(key, line) and (line is key or line.x1 <= desc.x0)
        ),
        key=lambda ln: ln.x0,
    )
    at = next(index for index, line in enumerate(row) if line is key)
    start, end = at, at + 1
    while start > 0 and row[start].x0 - row[start - 1].x1 < KEY_REACH * key.size:
        start -= 1
    while end < len(row) and row[end].x0 - row[end - 1].x1 < KEY_REACH * key.size:
        end += 1
    return row[start:end]


def _row_rest(desc: Line, page: list[Line], keys: dict[int, list[Line]]) -> list[Line]:
    """Prose pieces on a description's row right of it, left to right: a widely justified cell line
    pdfminer cut in two (itfancyhdr.pdf's "nessun piè di pagina," … "l’intestazione contiene il nome
    del"), read after the rows under it."""
    return sorted(
        (
            line
            for line in page
            if line is not desc
            and not line.mono
            and id(line) not in keys
            and _same_row(desc, line)
            and 0 < line.x0 - desc.x1 < KEY_REACH * line.size
        ),
        key=lambda ln: ln.x0,
    )


def _description_of(key: Line, page: list[Line], italic: bool = False) -> Line | None:
    """The prose line on ``key``'s row that starts right of it, within ``KEY_REACH`` em of its
    column's end (``_key_column_end``), where ``key`` is a short key cell (``_short_key``); a key
    set in the text's italic opens its row and stands ``KEY_GAP`` em or more left of it (a cell's
    gap, no word space), its description upright and opening with a word (a matrix's "..." |
    "a_(1n)" and a typeset program's "zip" | "= zipWith (λa b → (a, b))" are no rows of a table)."""
    if not _short_key(key, italic) or key.name:
        return None  # a margin name (``Line.name``) stands left of the column, a key inside it
    if italic and any(_same_row(line, key) and line.x1 <= key.x0 for line in page):
        return None  # an italic name inside its row is a sentence's ("where a,b,c,d are integers.")
    end = _key_column_end(key, page, italic)
    reach = KEY_SET_APART if _one_character_keys(key, page, italic) else KEY_REACH
    gap = KEY_GAP if italic else 0.0
    return next(
        (
            line
            for line in page
            if not line.mono
            and not (italic and (line.italic or not _worded(line.text)))
            and _same_row(key, line)
            and key.x1 + gap * line.size <= line.x0 < end + reach * line.size
        ),
        None,
    )


def _descriptions_under(page: list[Line], described: dict[int, Line]) -> dict[int, Line]:
    """The descriptions of a Texinfo ``@table @var`` set on the row under their italic key, by the
    key's id: a key too wide for the table's indent ("q.x, q.y, q.z", quaternion.pdf) stands alone on
    its row, and Texinfo starts its description on the next, at the descriptions' edge. The key is
    short (``_short_key``) and alone on its row; the line right under it (``ROW_LEADING`` em at most
    from it, the leftmost of its row) is upright prose opening with a word, past the key's start, at
    the edge where ``ALIGNED_ROWS`` descriptions or more of the page's keys (``described``: a key's id
    to the description on its row) start beside keys at this one's margin. Read apart, the key stood
    as a paragraph of its own over its description, where the table's other keys read with theirs."""
    keys = {id(line): line for line in page}
    found: dict[int, Line] = {}
    for key in page:
        if id(key) in described or key.name or not _short_key(key, italic=True):
            continue
        if any(line is not key and _same_row(line, key) for line in page):
            continue
        below = [line for line in page if 0 <= line.top - key.bottom < ROW_LEADING * key.size]
        under = min(below, key=lambda line: line.x0, default=None)
        if under is None or under.mono or under.italic or not _worded(under.text) or under.x0 <= key.x0:
            continue
        edge = MARGIN_ALIGN * key.size
        beside = [
            desc
            for at, desc in described.items()
            if abs(keys[at].x0 - key.x0) < edge and abs(desc.x0 - under.x0) < edge
        ]
        if len(beside) >= ALIGNED_ROWS:
            found[id(key)] = under
    return found


def _worded(text: str) -> bool:
    """``text`` opens with a letter and holds a word (``WORDS``): a description, not a formula's or a
    program's rest ("::  [a] → [b]", "= foldr select …")."""
    return text.lstrip()[:1].isalpha() and bool(WORDS.search(text))


def _short_key(line: Line, italic: bool = False) -> bool:
    """A line short enough to be a table's key (``KEY_CHARS``), set apart from its description by
    its face: monospaced (an R function's name), or with ``italic`` italic or an ellipsis alone, a
    Texinfo ``@table @var``'s argument names (quaternion.pdf's "w", "x, y, z", "nx", ". . ." beside
    "Return scalar part w …", "Number of rows.": cut as lone letters, the descriptions no longer
    said of what)."""
    text = line.text.strip()
    face = (line.italic and not line.mono) or bool(ELLIPSIS.fullmatch(text)) if italic else line.mono
    return face and len(text) <= KEY_CHARS


def _one_character_keys(key: Line, page: list[Line], italic: bool = False) -> bool:
    """The keys set flush left with ``key`` are one character each: a column of single keys set
    as wide as the table's layout makes it (BAMG's graphics keys "=", "r", "+" … 8.5 em left of
    their descriptions), farther from them than a word's keys stand (``KEY_SET_APART``)."""
    return all(
        len(line.text.strip()) == 1
        for line in page
        if _short_key(line, italic) and abs(line.x0 - key.x0) < MARGIN_ALIGN * key.size
    )


def _key_column_end(key: Line, page: list[Line], italic: bool = False) -> float:
    """Where the column of keys set flush left with ``key`` ends: the widest one's right end. Its
    descriptions start past the widest key ("gnm" over "wedderburn", a vignette's table of functions),
    however far right of a short key."""
    return max(
        line.x1
        for line in page
        if _short_key(line, italic) and abs(line.x0 - key.x0) < MARGIN_ALIGN * key.size
    )


def _hangs_in_row(row: Line, line: Line, edge: float, page: list[Line], keys: set[int]) -> bool:
    """``line`` is the next line of ``row``'s description: prose at the descriptions' edge, right under
    the row, with no key of its own on its row."""
    return (
        not line.mono
        and abs(line.x0 - edge) < MARGIN_ALIGN * line.size
        and 0 <= line.top - row.bottom < ROW_LEADING * line.size
        and not any(id(key) in keys and _same_row(key, line) for key in page)
    )


def _lines_joined(text: str, more: str) -> str:
    """Two lines of one description as one text, a word the line end broke joined again."""
    from sloika.pipelines.formats.pdf_joins import join_lines

    return join_lines(text, more)


def _terms_over_descriptions(page: list[Line]) -> list[Line]:
    """A definition list's monospaced terms, each alone on its row over its indented description
    (a manual's "-l" over "look for a configuration file …", "bool" over "This is a boolean type"),
    each read back over its description: pdfminer read a stack of them as one box, ahead of the
    descriptions between them or behind them, and they stood in the text as a run of terms, then a
    run of descriptions, or the other way round (maxmat3man.pdf's "-n", "-l q", "-b" … after all
    their descriptions)."""
    result = list(page)
    at = 0
    while at < len(result):
        end = at
        while end < len(result) and _alone_term(result[end], page):
            end += 1
        terms = result[at:end]
        ahead = end < len(result) and bool(terms) and _hangs_from(result[end], result[end - 1])
        start = at if ahead else _descriptions_start(result, at, terms)
        if not terms or start == at and not ahead:
            at = max(end, at + 1)
            continue
        rest = result[:at] + result[end:]
        for term in sorted(terms, key=lambda ln: ln.top, reverse=True):  # the lowest first: places hold
            under = [i for i in range(start, len(rest)) if rest[i].top >= term.top]
            rest.insert(under[0] if under else len(rest), term)
        result, at = rest, end
    return result


def _descriptions_start(page: list[Line], at: int, terms: list[Line]) -> int:
    """Where the run of descriptions read ahead of the stack of ``terms`` at ``page[at]`` starts: the
    lines before it that stand under its first term and start right of a term's end, a few ems right
    of its start (``at`` itself when there are none)."""
    start = at
    while terms and start > 0 and _hangs_under(page[start - 1], terms):
        start -= 1
    return start


def _hangs_under(line: Line, terms: list[Line]) -> bool:
    """``line`` stands under the first of ``terms`` and starts right of one's end, a few ems right of
    its start: a description indented under a term of a stack read behind it."""
    return (
        line.page == terms[0].page
        and line.top >= min(term.bottom for term in terms)
        and any(term.x1 <= line.x0 <= term.x0 + TERM_HANG * term.size for term in terms)
    )


def _definition_lists_in_order(page: list[Line]) -> list[Line]:
    """Each definition list's lines read top to bottom by their baselines, a row's term before its
    text: pdfminer read a run of italic terms as one box ahead of or behind their descriptions
    ("expression:", "factor:", then "term {…}", "value {…}"), and a description with a brace, its
    box taller, ahead of the term on its row ("‘<’ {expression …}" before "list:"); the terms then
    stood over the wrong descriptions. A list is a run of lines (no placeholder, no margin name) that
    start at two edges only, its terms' (``_term_edges``) and its descriptions'. A run with dot
    leaders, or any run of a page of ``CONTENTS_LINES`` leader lines, is a contents page's: its
    entries' pieces are put together in the order read."""
    if _leader_lines(page) >= CONTENTS_LINES:
        return page  # a contents page: its entries' pieces are put together in the order read
    result = list(page)
    at = 0
    while at < len(result):
        edges = _term_edges(result, at)
        if edges is None:
            at += 1
            continue
        start, end = at, at + 1
        while start > 0 and _at_edges(result[start - 1], edges, result[start]):
            start -= 1
        while end < len(result) and _at_edges(result[end], edges, result[end - 1]):
            end += 1
        if not any(DOT_RUN.search(line.text) for line in result[start:end]):
            result[start:end] = _by_baseline(result[start:end])
        at = end
    return result


def _term_edges(page: list[Line], at: int) -> tuple[float, float] | None:
    """Where the terms and the descriptions of a definition list start, when ``page[at]`` is a term:
    a short line with a description of its list starting right of its end, at most ``TERM_HANG``
    em right of its start, on its row or right under it, among the next lines read."""
    term = page[at]
    if not _list_line(term):
        return None
    em = term.size
    for other in page[at + 1 : at + 1 + ALIGNED_ROWS]:
        near = abs(other.bottom - term.bottom) < em / 2 or 0 <= other.top - term.bottom < em
        if _list_line(other) and near and term.x1 <= other.x0 <= term.x0 + TERM_HANG * em:
            return term.x0, other.x0
    return None


def _list_line(line: Line) -> bool:
    """A line that may stand in a definition list: no placeholder, no margin name."""
    return not (line.name or line.text.startswith((TABLE, CONTENTS, DEBRIS)))


def _at_edges(line: Line, edges: tuple[float, float], next_to: Line) -> bool:
    """``line`` starts at one of a definition list's two ``edges``, or right of its descriptions'
    at most ``TERM_HANG`` em (a list nested in a description, Texinfo's menus of menu items: "Window"
    over "Export Postscript..." over its text), on the page and at the size of the list's line
    ``next_to`` it as read."""
    em = line.size
    return (
        _list_line(line)
        and line.page == next_to.page
        and abs(line.size - next_to.size) <= SIZE_STEP
        and (
            any(abs(line.x0 - edge) <= ALIGN_EDGE * em for edge in edges)
            or edges[1] < line.x0 <= edges[1] + TERM_HANG * em
        )
    )


def _by_baseline(lines: list[Line]) -> list[Line]:
    """``lines`` top to bottom by their baselines (their boxes' bottoms, which a brace's height does
    not move), those on one row (within half an em, ``rows_of``) left to right."""
    rows = rows_of(lines, edge=lambda ln: ln.bottom)
    return [line for row in rows for line in sorted(row, key=lambda ln: ln.x0)]


def _alone_term(line: Line, page: list[Line]) -> bool:
    """A monospaced line, or a short one opening in typewriter (an option's name and its italic
    argument: "-l q"), with no other line on its row: a definition list's term, maybe."""
    term = line.mono or line.opens_typewriter and len(line.text.split()) <= TERM_WORDS
    return term and not any(other is not line and _same_row(line, other) for other in page)


def _hangs_from(line: Line, term: Line) -> bool:
    """``line`` stands over ``term`` and starts right of its end, a few ems right of its start: a
    description indented under a term above it, read after a term below it."""
    return (
        line.page == term.page
        and line.bottom <= term.top
        and term.x1 <= line.x0 <= term.x0 + TERM_HANG * term.size
    )
