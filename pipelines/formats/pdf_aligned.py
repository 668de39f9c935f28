"""Aligned blocks: three rows or more of lines side by side, a table or prose set in columns.

``_aligned`` finds each block, tells a table (three columns, or short cells) from prose columns
(read in column order) and from the rows ``pdf_block_rows`` reads as text, and grows a table by its
labels, its rows read across and rows of the same columns on the next page.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.pdf_arrays import arrays_apart
from sloika.pipelines.formats.pdf_block_rows import (
    PIECE_GAP,
    _contents_rows,
    _grammar,
    _gutter_code,
    _list_items,
    _listing,
    _numbered_display,
    _prose_through_leaders,
    _read_grammar,
    _read_in_rows,
    _read_through_leaders,
    _row_line,
    _run_in_terms,
    _running_rows,
    _sentences_between,
    _spliced,
    _split_at,
    _text_width_rows_joined,
)
from sloika.pipelines.formats.pdf_braced_rows import braced_read
from sloika.pipelines.formats.pdf_cases import cases_block
from sloika.pipelines.formats.pdf_code_comments import _read_commented_code
from sloika.pipelines.formats.pdf_form_descriptions import _read_form_pairs
from sloika.pipelines.formats.pdf_gutters import _columns_side_by_side, _page_columns, _parted_by, _sides
from sloika.pipelines.formats.pdf_line_order import NUMBERS_ONLY
from sloika.pipelines.formats.pdf_line_record import MARK, RELATIONS, Line, Rule, boxed, enclosing, rows_of
from sloika.pipelines.formats.pdf_listings import _column_line_beside, _margin_names, _stacked
from sloika.pipelines.formats.pdf_page_rows import (
    ALIGN_EDGE,
    ALIGNED_ROWS,
    PROSE_LETTERS,
    SIZE_STEP,
    TABLE,
    TOUCH,
    Table,
    _columns,
    _index,
    _inside,
    _page_rows,
    _prose_words,
    _rows,
    _same_row,
    _side_by_side,
    _without,
    body_size,
)
from sloika.pipelines.formats.pdf_running_columns import columns_run_on
from sloika.pipelines.formats.pdf_tables import (
    CELL_CHARS,
    GRID_NUMBERS,
    ROW_GAP,
    TABLE_CAPTION,
    TABLE_LABEL,
    _bracketed,
    _clause_marks,
    _prose_columns,
    _row_read_whole,
    _same_measure,
    _take_tables,
    free_rules_across,
)
from sloika.pipelines.formats.pdf_typeset_code import as_code, program_lines

GROW_GAP = 1.0  # em: a table column's line at most this far below the table's last row is the table's
HEAD_ALIGN = 0.1  # em: a column head's edge this close to a cell's edge under it heads that column
FRACTION_SLACK = 3  # a fraction bar runs past its longer piece by at most this many font sizes
KEY_REACH = 2.0  # em: a display's typewriter keyword stands at most this far out of its pieces' width
LIST_GAP = 2.0  # em: a list's line stands less than this under the one above (``_list_under``)
# em: a listing's column's lines start this close to one another at most (a letter-spaced word's
# first letter set a little off the edge: tachyon.pdf's "G e n e r i c MPI")
LISTING_EDGE = 0.5
LABEL_WORDS = 3  # words of an option table's label at most ("⟨graphics obj⟩"; ``_labelled_rows``)
# a change log's date as a row's label: a month's name, its abbreviation stopped or followed by a
# comma, maybe a day, and a year ("Jun. 2006", "Nov, 2010", "Sept 2003"): its marks end no clause
DATE_LABEL = re.compile(r"[^\W\d_]{3,9}\.?,?(?: \d{1,2},?)? (?:1[5-9]|20)\d{2}")
CELL_WORD = re.compile(r"[^\W\d_]{4,}")  # a run of letters no formula's names make ("Ai", "log"): a word


def _aligned(
    page: list[Line],
    number: int,
    tables: list[Table],
    ended: Table | None = None,
    gutter: float | None = None,
    block: float | None = None,
    rules: list[Rule] = (),
    displays: list[list[Line]] | None = None,
) -> list[Line]:
    """Aligned blocks: tables taken out, columns of prose put in column order, a displayed formula's
    pieces taken out, added to ``displays`` as one block (``_display``; ``_display_line`` joins them).
    Monospaced lines side by side are a drawing or a listing, not a table (``pdf_code_blocks.code_block``
    lays them out).
    A column of prose at the page's body size beside a table whose cells are all set smaller (a
    standard's paragraph next to its example table) stays in the text; a table's column that runs
    on below its last row keeps those lines (``_grown``). Lines of numbers alone count only in a
    row of ``GRID_NUMBERS`` or more (a table's body of figures: "32 | 2,146 | 2,589") or in a column
    under a head ruled off (``_figures_under_ruled_head``); a clause
    number or a contents line's page number beside its text is no column. Columns of prose
    (``_prose_columns``) are read column by column however many stand side by side and however
    short some of their lines are (a question's list of ingredients under its sentence). Rows too
    few for a table that open the page under a table that ``ended`` the page before, in its
    columns, are that table's continuation (``_table_goes_on``). Rows whose lines stand on both
    sides of the page's ``gutter`` (``_page_gutter``) are the page's two columns side by side, no
    table: they are read column by column; where each side has a line of column width, a table
    lies within one of them, so each side is judged alone (``_page_columns``: a contents box's
    entries and page numbers in one column stay a table; an abstract beside the contents is none).
    ``block``: the document's prose margin (``_margin_names``); ``rules``: the page's rules (a head
    row ruled over and under is the table's head however far past its cells it reaches,
    ``_heads_over_table``). A table of typewriter code with its comments beside it is read row by
    row first (``_read_commented_code``): its code is no cell, and its comments alone made a column;
    so is a form set flush left in the text font beside its description (``_read_form_pairs``).
    A block across the page's gutter whose cell lines stand in one column is no table: only the other
    page column's code (``_gutter_code``) stands beside them, and each stays in its column (gdata's
    unknown.pdf p. 3: a printed data frame's last rows and the author's address beside them were one
    table, both out of the text)."""
    margin = _margin_notes(page, block)  # a margin note's column is no table's column, nor code
    page, forms = _read_form_pairs(_read_commented_code(page, margin), gutter)
    lines = [ln for ln in page if not (ln.text.startswith(TABLE) or ln.mono)]
    numbers = [ln for ln in lines if NUMBERS_ONLY.match(ln.text) and any(c.isdigit() for c in ln.text)]
    grid = {
        id(ln)
        for ln in numbers
        if sum(_same_row(ln, other) for other in numbers) >= GRID_NUMBERS  # itself included
    } | _figures_under_ruled_head(page, numbers, rules)
    code = [ln for ln in _gutter_code(page) if id(ln) not in forms]  # a form is its description's
    words = sorted(
        [*(ln for ln in lines if not NUMBERS_ONLY.match(ln.text) or id(ln) in grid), *code],
        key=lambda ln: ln.top,
    )
    pairs: set[int] = set()
    for i, line in enumerate(words):
        for other in words[i + 1 :]:
            if other.top >= line.bottom:
                break  # sorted by top: no later line overlaps this one
            if _side_by_side(line, other):
                pairs.update((id(line), id(other)))
    paired = [ln for ln in words if id(ln) in pairs]
    blocks: list[list[Line]] = []
    leads: list[Line] = []
    for line in paired:
        if blocks and (
            line.top - max(ln.bottom for ln in blocks[-1]) < ROW_GAP * line.size
            or _rows_between(page, blocks[-1], line)
            or _columns_run_on(page, blocks[-1], line, gutter)
            or _descriptions_run_on(page, blocks[-1], line)
        ):
            leads += _sentences_between(page, blocks[-1], line, pairs)
            blocks[-1].append(line)
        else:
            blocks.append([line])
    page, blocks, lines_of_text = _text_width_rows_joined(page, blocks, gutter)
    running = _running_rows(page, blocks) | lines_of_text
    texts = running | {id(ln) for ln in leads}  # sentences between displays: in the text, no cells
    outside = margin | texts  # neither margin notes nor sentences between displays are cells
    work = [(part, 0.0, float("inf")) for whole in blocks for part in _split_at(whole, running, leads)]
    while work:
        block, left, right = work.pop(0)
        region = (left, min(ln.top for ln in block), right, max(ln.bottom for ln in block))
        inside = _cell_lines(page, region, texts)
        if not inside:
            continue  # its lines went with a table an earlier block grew into
        grammar = _grammar(page, inside, region)
        if grammar:  # before a listing: its productions end in ";" as statements do
            page = _read_grammar(page, grammar)
            continue
        if _listing(inside):
            page = _read_in_rows(page, inside)
            continue
        sides = _labelled_lists(page, inside)
        if sides:
            page = _lists_read(page, sides)
            continue
        if _prose_through_leaders(inside, gutter):
            page = _read_through_leaders(page, inside)
            continue
        if _run_in_terms(inside) or _contents_rows(inside) or _list_items(inside):
            page = _read_in_rows(page, inside)
            continue
        braced = braced_read(page, inside, rules)
        if braced is not None:  # a record's or a formula's rows between two big braces: no table
            page = braced
            continue
        if _display(inside) or cases_block(inside):
            inside = inside + _typewriter_keys(page, inside)
            if displays is not None:
                displays.append(inside)
            page = _without(page, inside)
            continue
        if _fraction_display(inside, rules):
            continue  # its lines stay for ``pdf_display_formulas``
        if _numbered_display(inside):
            continue  # the display rules' (``pdf_debris``), no table
        if len(_rows(block)) < ALIGNED_ROWS:
            columns = _columns(inside)
            if _header_cells(columns):  # with a cell's last line that stands half below the rows
                spans = [(min(ln.x0 for ln in c), max(ln.x1 for ln in c)) for c in columns]
                hanging = [
                    ln.bottom
                    for ln in page
                    if region[1] < ln.top < region[3] and any(a <= ln.x0 and ln.x1 <= b for a, b in spans)
                ]
                region = (*region[:3], max([region[3], *hanging]))
                grown = [_grown(page, region, columns)]
                page = _take_tables(page, grown, number, tables, ruled=False, outside=outside)
            elif (all(len(row) >= 3 for row in _rows(inside)) and _captioned(page, region)) or (
                ended is not None and _table_goes_on(page, region, ended)
            ):
                page = _take_tables(page, [region], number, tables, ruled=False, outside=outside)
            elif _display_row_pieces(page, inside) or _listing_rows(inside, gutter):
                # each row a line of its own, its pieces left to right
                page = _spliced(
                    page, inside, [replace(_row_line(row), lead=True) for row in _page_rows(inside)]
                )
            continue
        spread = inside
        if any(ln in code for ln in block):  # a column's code is read in its column
            spread = [ln for ln in page if _inside(ln, region) and (ln.mono or ln in inside)]
        if _page_columns(spread, gutter):  # a table lies within one of them
            spans = ((0.0, gutter), (gutter, float("inf")))
            for side, span in zip(_sides(spread, gutter), spans, strict=True):
                if len(_columns(side)) > 1:  # judged alone: a contents box's entries and numbers are cells
                    work.append((side, *span))
                    continue
                box = _numbered_rows(side)  # a contents box over the column's prose is a table as it stands
                if box:
                    box_region = (*span[:1], min(ln.top for ln in box), span[1], max(ln.bottom for ln in box))
                    page = _take_tables(page, [box_region], number, tables, ruled=False, outside=outside)
                page = _in_own_places(page, _without(side, box))
            continue
        columns = _columns(inside)
        if len(columns) < 2 and _parted_by(spread, gutter):
            continue  # one column of text beside the other column's code: no cells side by side
        lengths = sorted(len(ln.text) for ln in inside)
        if (
            (
                len(columns) >= 3
                or lengths[len(lengths) // 2] < CELL_CHARS
                or min(map(len, columns)) < ALIGNED_ROWS
                or _labelled_rows(columns)
                or _typewriter_terms(columns)
            )
            and not _prose_columns(columns)
            and not _columns_side_by_side(inside, gutter)
        ):
            size = body_size([page])
            prose = [ln for column in columns if _prose_column(column, size) for ln in column]
            cells = _without(inside, prose)
            if prose and cells and all(ln.size < size - SIZE_STEP for ln in cells):
                region = (min(ln.x0 for ln in cells), region[1], max(ln.x1 for ln in cells), region[3])
            else:
                side = (left, right) != (0.0, float("inf"))  # judged alone in its column of the page
                region = _labels_taken(page, _grown(page, region, columns, side), rules)
            grown = _cell_lines(page, region, texts)
            braced = braced_read(page, grown, rules)  # judged on the rows it grew to, as a listing is
            if braced is not None:
                page = braced
                continue
            if _listing(grown, marked=True):  # judged on the rows it grew to: labels over the code
                page = _read_in_rows(page, grown)
                continue
            program = program_lines(page, grown)  # a program set in the text's fonts, in columns
            if program:
                page = as_code(page, program)
                continue
            arrays = arrays_apart([ln for ln in grown if id(ln) not in outside])
            if len(arrays) > 1:  # arrays of numbers side by side: a table each, in reading order
                page = _in_order(page, arrays)
            regions = [enclosing(ln.box for ln in array) for array in arrays] if len(arrays) > 1 else [region]
            page = _take_tables(page, regions, number, tables, ruled=False, outside=outside, running=texts)
        else:
            if any(ln in code for ln in block):  # a column's code is read in its column
                inside = [ln for ln in page if _inside(ln, region) and (ln.mono or ln in inside)]
            if _columns_side_by_side(inside, gutter):  # the page's two columns, each in its places
                for side in _sides(inside, gutter):
                    page = _in_own_places(page, side)
                continue
            inside = columns_run_on(page, inside)  # a column longer than the rows it shares reads whole
            first = min(_index(page, ln) for ln in inside)
            ordered = [ln for column in _columns(inside) for ln in sorted(column, key=lambda ln: ln.top)]
            rest = _without(page, inside)
            page = rest[:first] + ordered + rest[first:]
    return page


def _in_order(page: list[Line], groups: list[list[Line]]) -> list[Line]:
    """The page with the ``groups``' lines one group after another, where the first of them stood."""
    ordered = [ln for group in groups for ln in group]
    first = min(_index(page, ln) for ln in ordered)
    rest = _without(page, ordered)
    return rest[:first] + ordered + rest[first:]


def _figures_under_ruled_head(page: list[Line], numbers: list[Line], rules: list[Rule]) -> set[int]:
    """The ids of the lines of ``numbers`` (numbers alone) in a table's columns under a head ruled
    off: a row of two lines or more side by side, no number alone among them, over a rule across
    (``free_rules_across``) at most ``GROW_GAP`` em under it that reaches over the whole row, and
    under the rule, within its measure, each row at most ``GROW_GAP`` em under the one over it, the
    numbers in a head's column (starting, ending or centred where the head does, ``_heads_column``).
    A small table with one rule, under its head, and two figures a row, too few for
    ``GRID_NUMBERS``: the TREE-PUZZLE manual's "Parameter (Symbol) | Minimum | Maximum" over
    "Transition/transversion parameter (t) | 0.20 | 30.00" …, whose bounds were cut as
    ``numbers_only``, its names left as paragraphs and its head after them."""
    found: set[int] = set()
    figures = {id(ln) for ln in numbers}
    for rule in free_rules_across(rules) if numbers else []:
        measure = [ln for ln in page if rule[0] - TOUCH <= ln.x0 and ln.x1 <= rule[2] + TOUCH]
        within = {id(ln) for ln in measure}
        over = _page_rows([ln for ln in page if -TOUCH <= rule[1] - ln.bottom <= GROW_GAP * ln.size])
        head = sorted(over[-1], key=lambda ln: ln.x0) if over else []
        if (
            len(head) < 2
            or any(id(ln) in figures or id(ln) not in within for ln in head)
            or not all(_side_by_side(a, b) for a, b in zip(head, head[1:], strict=False))
        ):
            continue
        bottom = rule[1]
        for line in sorted((ln for ln in measure if ln.top >= rule[1] - TOUCH), key=lambda ln: ln.top):
            if line.top - bottom > GROW_GAP * line.size:
                break
            bottom = max(bottom, line.bottom)
            if id(line) in figures and any(_heads_column(h, line, HEAD_ALIGN * line.size) for h in head):
                found.add(id(line))
    return found


def _labelled_lists(page: list[Line], inside: list[Line]) -> list[list[Line]]:
    """The lines of each list of an aligned block whose first row is two labels or more, each ending
    in a colon ("some supplier codes:" | "some family codes:" | …): lists set side by side, each under
    its label, no table, whose heads name no column ("a" | "Autologic"). A list's lines start from
    its label's start to the next label's, under it (``_list_under``; a later label in its column,
    "some width codes:", included). Read as tables, et99-font-tutorial.pdf's
    slides lost their code lists, three titles left over nothing."""
    labels = sorted(_page_rows(inside)[0], key=lambda ln: ln.x0)
    if len(labels) < 2 or not all(ln.text.rstrip().endswith(":") for ln in labels):
        return []
    ends = [ln.x0 for ln in labels[1:]] + [float("inf")]
    return [_list_under(page, label, end) for label, end in zip(labels, ends, strict=True)]


def _list_under(page: list[Line], label: Line, end: float) -> list[Line]:
    """``label`` and the lines that start from its start to ``end`` under it, each less than
    ``LIST_GAP`` em under the one above (a blank line parts a list's groups: "8r", "8y" under "8a",
    "8x"), up to a line that reaches past ``end`` (the text under the lists): the list it heads."""
    edge = ALIGN_EDGE * label.size
    column = sorted(
        (ln for ln in page if label.x0 - edge <= ln.x0 < end - edge and ln.top > label.top),
        key=lambda ln: ln.top,
    )
    lines = [label]
    for line in column:
        if line.x1 > end or line.top - lines[-1].bottom >= LIST_GAP * line.size:
            break
        lines.append(line)
    return lines


def _lists_read(page: list[Line], sides: list[list[Line]]) -> list[Line]:
    """The page with lists set side by side read one after the other, each row of a list a line of
    its own (``_row_line``: a code and its meaning read in pieces, "l" | "Light"; ``Line.lead``: no
    row runs on the next, "a Autologic" / "b Bitstream"), where the first of their lines stood."""
    lines = sorted((ln for side in sides for ln in side), key=lambda ln: _index(page, ln))
    rows = [replace(_row_line(row), lead=True, mono=False) for side in sides for row in _page_rows(side)]
    return _spliced(page, lines, rows)


def _display(lines: list[Line]) -> bool:
    """The block's lines are a displayed formula's pieces, no table: more than half of them read as a
    rendered formula (``Line.formula``, whose letters are variables however many run together:
    "βMbΠb") and no other holds a word (``CELL_WORD``; an operator's name "Ai", a prime, the
    equation's number "(6)" are the display's too). TeX sets a fraction's numerator,
    denominator and scripts in rows and columns of their own: gsl.pdf's equation (6) and clue.pdf's
    sums with their limits (p. 12) were taken for tables, their glyphs in cells no reader sees. So
    is a block holding a tall bracket's pieces (``_bracketed``), however many of its cells are plain
    numbers: a matrix a display sets in big brackets (sagetex's example.pdf p. 12, "15 0 5" / "9 −1 1" /
    "−6 2 6" in parentheses, was a table whose first cell was the bracket's top piece)."""
    formulas = sum(ln.formula for ln in lines)
    words = any(CELL_WORD.search(MARK.sub("", ln.text)) for ln in lines if not ln.formula)
    return (2 * formulas > len(lines) or _bracketed(lines)) and not words


def _typewriter_keys(page: list[Line], display: list[Line]) -> list[Line]:
    """The monospaced lines on a display's rows that reach within ``KEY_REACH`` em of its pieces'
    width: a syntax diagram's keywords and delimiters set in typewriter round its formula (gmpl.pdf's
    matrix data record, "(tr) :" before the column heads "c1 c2 ... cn", ":=" after them). They are
    the display's and go with it; left behind they read as a code line of their own, "(tr) :  :="."""
    top, bottom = min(ln.top for ln in display), max(ln.bottom for ln in display)
    reach = KEY_REACH * max(ln.size for ln in display)
    left, right = min(ln.x0 for ln in display) - reach, max(ln.x1 for ln in display) + reach
    return [
        ln
        for ln in page
        if ln.mono and top <= (ln.top + ln.bottom) / 2 <= bottom and left <= ln.x1 and ln.x0 <= right
    ]


def _display_row_pieces(page: list[Line], block: list[Line]) -> bool:
    """Rows too few for a table whose pieces line up with a row that pdfminer read whole right under
    or over them (``_row_read_whole``, reaching past their last piece's edge): one display's rows set
    in an alignment's cells, its pieces a column gap apart in one row (``PIECE_GAP`` em or more: a
    line of running text read in pieces has a word space between them), a word space in the other,
    no piece holding a sentence's stop or comma (``_clause_marks``), the whole row a relation or an
    arrow (``RELATIONS``: a grammar's "condition:" over its production is no display). c90.pdf
    p. 5's "base  lower top → base  lower top_low" over "base_asc lower top → base_asc lower
    top_low-left" stood as three paragraphs, "lower top → base" / "base" / "lower top low"."""
    top, bottom = min(ln.top for ln in block), max(ln.bottom for ln in block)
    size, last = max(ln.size for ln in block), max(ln.x0 for ln in block)
    pieces = [sorted(row, key=lambda ln: ln.x0) for row in _page_rows(block)]
    if any(b.x0 - a.x1 < PIECE_GAP * size for row in pieces for a, b in zip(row, row[1:], strict=False)):
        return False
    if any(_clause_marks(ln.text) for ln in block):
        return False  # a sentence's line beside a piece (feffit.pdf's "… nightmare)." beside a root's "p")
    return any(
        (0.0 <= ln.top - bottom < size or 0.0 <= top - ln.bottom < size)
        and ln.x1 > last
        and _row_read_whole(ln, block)
        and any(char in RELATIONS for char in ln.text)
        for ln in page
    )


def _listing_rows(block: list[Line], gutter: float | None) -> bool:
    """Rows too few for a table, two at least, each a piece in every column, each column at one left edge
    (``LISTING_EDGE``), no piece holding a sentence's stop or comma (``_clause_marks``) or standing
    in or by a drawing (a plot's or a diagram's labels, ``Line.drawing``), not the page's two
    columns (``_columns_side_by_side``): a listing of names and what they are, each row a line of
    the text. Left in place, the rows were read column by column: tachyon.pdf's ``make`` help
    read "linux−mpi − Linux linux−thr − Linux" / "Generic MPI" / "POSIX Threads", each target
    parted from its description. A piece ending in a word broken at a hyphen is wrapped text, no
    listing's cell: cummeRbund-manual's two sub-figure captions side by side, "(c) … gene-level fea-" /
    "tures", read across into one line."""
    from sloika.pipelines.formats.pdf_breaks import WORD_HYPHEN  # imports this module

    columns, rows = _columns(block), _page_rows(block)
    return (
        len(columns) >= 2
        and len(rows) >= 2
        and all(len(row) == len(columns) for row in rows)
        and all(max(ln.x0 for ln in c) - min(ln.x0 for ln in c) <= LISTING_EDGE * c[0].size for c in columns)
        and not any(_clause_marks(ln.text) or ln.drawing is not None for ln in block)
        and not any(WORD_HYPHEN.search(ln.text) for ln in block)
        and not _columns_side_by_side(block, gutter)
    )


def _fraction_display(lines: list[Line], rules: list[Rule]) -> bool:
    """The block is a display of fractions, no table: more than half its lines read as formulas or
    stand over or under a fraction bar (``_on_fraction_bar``), and no other holds a word. Its lines
    stay for ``pdf_display_formulas`` to write or record. omega.pdf p. 14's "ωt = 1cc′1 + 1AA′1′ /
    Vx = 1 − …" (its "Vx" and "∑ u²" in the text font) was taken for a table, in no text and no
    record."""
    pieces = sum(ln.formula or _on_fraction_bar(ln, rules) for ln in lines)
    words = any(CELL_WORD.search(MARK.sub("", ln.text)) for ln in lines if not ln.formula)
    return 2 * pieces > len(lines) and not words


def _on_fraction_bar(line: Line, rules: list[Rule]) -> bool:
    """The line stands just over or under a rule across no wider than a few characters more than it,
    its middle over the rule's: a fraction's numerator or denominator (a table's rule runs under
    all its header's cells)."""
    middle = (line.x0 + line.x1) / 2
    return any(
        r[3] - r[1] < TOUCH
        and r[0] - TOUCH <= line.x0
        and line.x1 <= r[2] + TOUCH
        and r[2] - r[0] <= (line.x1 - line.x0) + FRACTION_SLACK * line.size
        and abs(middle - (r[0] + r[2]) / 2) < line.size
        and min(abs(line.bottom - r[1]), abs(r[3] - line.top)) < line.size / 2
        for r in rules
    )


def _display_line(lines: list[Line]) -> Line:
    """A display's pieces as one line over their box: its rows from the top, each row's pieces
    from the left (a fraction's numerators, its main row with the equation's number, its
    denominators), for ``removed`` to hold the display whole."""
    pieces = [ln for row in rows_of(lines) for ln in sorted(row, key=lambda ln: ln.x0)]
    return boxed(pieces[0], lines, text=" ".join(ln.text.strip() for ln in pieces), formula=True)


def _table_goes_on(page: list[Line], region: Rule, table: Table) -> bool:
    """The rows in ``region`` open the page (no line above them) and stand in ``table``'s columns,
    two or more, each in another: its continuation from the page before, rows too few for an
    aligned table (a booktabs table's last two rows overleaf stood as paragraphs)."""
    if any(ln.bottom <= region[1] for ln in page):
        return False
    inside = [ln for ln in page if _inside(ln, region)]
    spans = [(min(ln.x0 for ln in c), max(ln.x1 for ln in c), c[0].size) for c in _columns(inside)]
    homes = [
        next((at for at, (x0, x1) in enumerate(table.columns) if x0 - em <= left and right <= x1 + em), None)
        for left, right, em in spans
    ]
    return len(homes) >= 2 and None not in homes and len(set(homes)) == len(homes)


def _cell_lines(page: list[Line], region: Rule, running: frozenset[int]) -> list[Line]:
    """The lines inside ``region`` that a table there would take: no table placeholder, no
    monospaced line, no sentence running between displays (``_running_rows``)."""
    return [
        ln
        for ln in page
        if _inside(ln, region) and not (ln.text.startswith(TABLE) or ln.mono or id(ln) in running)
    ]


def _numbered_rows(lines: list[Line]) -> list[Line]:
    """The lines of the rows that open ``lines``, ``ALIGNED_ROWS`` or more of them ending in a number
    at one right edge (a row without one may stand over the next, an entry wrapped onto it), with
    no numbered row under them: a contents box's entries and page numbers at the top of a page
    column of prose (ltnews34.pdf's last section of the contents over the right column's
    introduction, an entry's number read into its line: "… labels . 6"), or filling the column to
    its foot (ltnews33.pdf's box, its last section going on atop the right column; Rcpp-FAQ.pdf's
    list going on there), a table though the column's prose or an entry read into one line with its
    number makes the side one column. A list under an abstract is left to the contents list."""
    rows = _page_rows(lines)
    ends = [max(row, key=lambda ln: ln.x1) for row in rows]
    numbered = [end.text.split()[-1].isdigit() if end.text.split() else False for end in ends]
    edge = next((end.x1 for end, number in zip(ends, numbered, strict=True) if number), 0.0)
    end = 0  # the run's end: it opens the side
    while end < len(rows) and (
        (numbered[end] and abs(ends[end].x1 - edge) <= ends[end].size)
        or (not numbered[end] and end + 1 < len(rows) and numbered[end + 1])
    ):
        end += 1
    if sum(numbered[:end]) < ALIGNED_ROWS or any(numbered[end:]):
        return []  # a list under other lines: the contents list's (Rcpp-FAQ's, under its abstract)
    return [ln for row in rows[:end] for ln in row]


def _in_own_places(page: list[Line], lines: list[Line]) -> list[Line]:
    """``lines`` read column by column (``_columns``, each top to bottom: a row's pieces left to
    right) in the places of ``page`` they hold, so the rest of their page column stays around them."""
    places = sorted(_index(page, line) for line in lines)
    ordered = [line for column in _columns(lines) for line in sorted(column, key=lambda ln: ln.top)]
    result = list(page)
    for at, line in zip(places, ordered, strict=True):
        result[at] = line
    return result


def _captioned(page: list[Line], region: Rule) -> bool:
    """A table caption ("Table 1: Descriptive statistics …", "Таблица 2") stands within ``ROW_GAP`` em
    above or under the lines: a table of a header and one row (logcondens.pdf's Table 1, "Variable
    n Minimum …" over "reliability 786 1404.2 …"), too few rows to be told from text set side by
    side by its rows alone, is one by its caption, when each of its rows has three cells or more (a
    figure's labels near a table's label, "в режиме 1" beside "в режиме 2", are not)."""
    return any(
        (TABLE_CAPTION.match(text) or TABLE_LABEL.match(text))
        and (
            0 <= line.top - region[3] < ROW_GAP * line.size
            or 0 <= region[1] - line.bottom < ROW_GAP * line.size
        )
        for line in page
        for text in [MARK.sub("", line.text).strip()]
    )


def _table_extent(page: list[Line], top: float, bottom: float) -> tuple[float, float, float]:
    """The left and right edges of the lines standing between ``top`` and ``bottom`` (a table's rows,
    its monospaced input column among them), and their largest size."""
    lines = [
        ln for ln in page if top - 1.0 < ln.top and ln.bottom < bottom + 1.0 and not ln.text.startswith(TABLE)
    ]
    return min(ln.x0 for ln in lines), max(ln.x1 for ln in lines), max(ln.size for ln in lines)


def _rows_between(page: list[Line], block: list[Line], line: Line) -> bool:
    """The lines between an aligned block and the next side-by-side line further down than
    ``ROW_GAP`` em are all the table's rows (``_table_row``), each at most ``ROW_GAP`` em under the
    one above: rows whose cells pdfminer read as one line, having set them closer than its
    ``char_margin`` (ionumbers_test.pdf's widest rows, "$+1234e5678$ +1234e5678 +1, 234e5, 678 …",
    and rows where only two numbers stand apart), and group labels set across the table ("mixed
    numbers"). They carry the block on, so the table is not cut in two with those rows left in the
    text as one paragraph. Each of those rows reaches across a gutter between the block's columns
    (``_spans_gutter``) or is a label centred on the table: an index's entries that stand in one of
    its two columns carry nothing on."""
    top = max(ln.bottom for ln in block)
    band = sorted(
        (
            ln
            for ln in page
            if ln.top > top - 1.0 and ln.bottom < line.top + 1.0 and not ln.text.startswith(TABLE)
        ),
        key=lambda ln: ln.top,
    )
    if not band:
        return False
    x0, x1, size = _table_extent(page, min(ln.top for ln in block), top)
    steps = [b.top - a for a, b in zip([top, *(ln.bottom for ln in band)], [*band, line], strict=True)]
    return (
        max(steps) < ROW_GAP * line.size
        and all(_table_row(ln, x0, x1, size, block) for ln in band)
        and all(
            _spans_gutter(row, _columns(block)) or _spanning_label(row[0], x0, x1) for row in _page_rows(band)
        )
    )


def _descriptions_run_on(page: list[Line], block: list[Line], line: Line) -> bool:
    """The lines between an aligned block of two columns and the next side-by-side ``line`` further
    down than ``ROW_GAP`` em all start at the block's right column's edge, each at most ``ROW_GAP``
    em under the one above, and ``line`` starts at one of its columns' edges: a description wrapped
    over more lines than that gap, its label's row and the next label's one table's (an option
    table's "hosts=X" beside six lines). Cut there, each part was too few rows for a table."""
    columns = _columns(block)
    if len(columns) != 2:
        return False
    top = max(ln.bottom for ln in block)
    band = sorted(
        (
            ln
            for ln in page
            if ln.top > top - 1.0 and ln.bottom < line.top + 1.0 and not ln.text.startswith(TABLE)
        ),
        key=lambda ln: ln.top,
    )
    edges = [min(ln.x0 for ln in column) for column in columns]
    steps = [b.top - a for a, b in zip([top, *(ln.bottom for ln in band)], [*band, line], strict=True)]
    return (
        bool(band)
        and max(steps) < ROW_GAP * line.size
        and all(abs(ln.x0 - edges[1]) <= ALIGN_EDGE * ln.size for ln in band)
        and any(abs(line.x0 - edge) <= ALIGN_EDGE * line.size for edge in edges)
    )


def _columns_run_on(page: list[Line], block: list[Line], line: Line, gutter: float | None) -> bool:
    """On a page of two columns (``_parted_by`` its ``gutter``), the lines from an aligned block down
    to the next side-by-side ``line`` stand, in each column, less than ``ROW_GAP`` em under the line
    above them: the two columns' rows go on at their own pitch and only failed to pair across the
    gutter (ltnews33.pdf's contents box in the left column, its rows between those of the box's
    last section atop the right column), so the block goes on; ``_page_columns`` judges each side.
    A side mostly of monospaced lines is a listing beside the other column, read by the listing's
    rules (Rcpp-modules.pdf's class definitions beside its prose): it carries no block on."""
    top = min(ln.top for ln in block)
    near = [ln for ln in page if ln.top >= top - 1.0 and ln.bottom <= line.bottom + 1.0]
    near = [ln for ln in near if not ln.text.startswith(TABLE)]
    if gutter is None or not _parted_by(near, gutter):
        return False
    return all(
        _rows_close(side, line.size) and 2 * sum(ln.mono for ln in side) <= len(side)
        for side in _sides(near, gutter)
    )


def _rows_close(lines: list[Line], size: float) -> bool:
    """Each of ``lines``, top to bottom, starts less than ``ROW_GAP`` em (of ``size``) under those above."""
    ordered = sorted(lines, key=lambda ln: ln.top)
    reach = ordered[0].bottom
    for ln in ordered[1:]:
        if ln.top - reach >= ROW_GAP * size:
            return False
        reach = max(reach, ln.bottom)
    return True


def _spans_gutter(row: list[Line], columns: list[list[Line]]) -> bool:
    """The row's lines reach from left of a gutter between two of the columns to right of it."""
    spans = [(min(ln.x0 for ln in column), max(ln.x1 for ln in column)) for column in columns]
    return any(
        min(ln.x0 for ln in row) < left[1] and max(ln.x1 for ln in row) > right[0]
        for left, right in zip(spans, spans[1:], strict=False)
    )


def _table_row(line: Line, x0: float, x1: float, size: float, block: list[Line] = ()) -> bool:
    """A line that can be a row of a table standing between ``x0`` and ``x1`` with cells of ``size`` at
    most: within its width, no larger, no table caption; a line of three words or more only when it
    is a spanning label (``_spanning_label``) or a row of ``block`` read whole (``_row_read_whole``),
    not a line of prose."""
    text = MARK.sub("", line.text).strip()
    return (
        x0 - line.size <= line.x0
        and line.x1 <= x1 + line.size
        and line.size < size + SIZE_STEP
        and not (TABLE_CAPTION.match(text) or TABLE_LABEL.match(text))
        and (not _prose_words(line) or _spanning_label(line, x0, x1) or _row_read_whole(line, block))
    )


def _spanning_label(line: Line, x0: float, x1: float) -> bool:
    """A label set across a table's columns, centred over them (a group's name, ``\\multicolumn``'s
    "plus and minus"): its middle within an em of the table's, half the table's width at most."""
    return abs((line.x0 + line.x1) / 2 - (x0 + x1) / 2) < line.size and line.x1 - line.x0 <= (x1 - x0) / 2


def _labels_taken(page: list[Line], region: Rule, rules: list[Rule] = ()) -> Rule:
    """The table's region grown over the group labels set right above its first row or under its last
    (``_spanning_label``, at most ``GROW_GAP`` em away, no caption and no larger than the cells): a
    page of ionumbers_test.pdf starts with "plus and minus" over the group's rows, and that label
    stood alone as a paragraph, once for every page the table went on."""
    x0, x1, size = _table_extent(page, region[1], region[3])
    top, bottom = region[1], region[3]
    top = min((ln.top for ln in _heads_over_table(page, region, x0, x1, size, rules)), default=top)
    for line in sorted((ln for ln in page if ln.bottom <= top + 1.0), key=lambda ln: -ln.bottom):
        if top - line.bottom > GROW_GAP * line.size or not _table_label(line, x0, x1, size):
            break
        top = line.top
    for line in sorted((ln for ln in page if ln.top >= bottom - 1.0), key=lambda ln: ln.top):
        if line.top - bottom > GROW_GAP * line.size or not _table_label(line, x0, x1, size):
            break
        bottom = line.bottom
    return (region[0], top, region[2], bottom)


def _heads_over_table(
    page: list[Line], region: Rule, x0: float, x1: float, size: float, rules: list[Rule] = ()
) -> list[Line]:
    """The row right over the table's first row (``GROW_GAP`` em at most above the ``region``) whose
    lines, two or more, each a ``_table_row``, stand over the table's cells, half of them or more
    starting, ending or centred where a cell does (``_heads_column``): the columns' heads, whatever
    their font (a column whose cells pdfminer joined to the next column's meets none). HSAUR3's
    typewriter heads "galaxy velocity distance" over its roman cells stood as paragraphs, the
    table's body a span.
    Rows mostly monospaced are a listing's (``_listing``), which has no heads: Rcpp-modules.pdf's
    "vec <- mod_vec$vec" over an R session beside the other column's ";" was lost with them. A row
    between two of the page's ``rules`` across of one measure (``_ruled_head``) is the table's head
    row within that measure: HSAUR3's right-aligned "housing" over its column of figures reaches 1.7
    em left of them (Table 2.1, its head ruled over and under, its bottom rule overleaf)."""
    top = region[1]
    cells = [ln for ln in page if top - 1.0 < ln.top and ln.bottom < region[3] + 1.0]
    above = _page_rows([ln for ln in page if ln.bottom <= top + 1.0 and ln.top < top - 1.0])
    row = above[-1] if above else []
    measure = _ruled_head(row, top, rules)
    if measure is not None:
        x0, x1 = min(x0, measure[0]), max(x1, measure[2])
    if (
        len(row) < 2
        or top - max(ln.bottom for ln in row) > GROW_GAP * size
        or 2 * sum(ln.mono for ln in cells) >= len(cells)
    ):
        return []
    meeting = [any(_heads_column(ln, cell, HEAD_ALIGN * size) for cell in cells) for ln in row]
    over = all(
        _table_row(ln, x0, x1, size) and any(ln.x0 < cell.x1 and cell.x0 < ln.x1 for cell in cells)
        for ln in row
    )
    return row if over and 2 * sum(meeting) >= len(row) else []


def _heads_column(head: Line, cell: Line, reach: float) -> bool:
    """``head`` starts, ends or is centred where ``cell`` is (``reach`` pt): a left-, right- or
    centred column's head. bbmle's quasi.pdf centres its typewriter heads "lm", "glm", "(n)lme" over
    columns of "y" and "?"; only "package" met a cell's edge, and the heads stood in the text."""
    return (
        abs(head.x0 - cell.x0) < reach
        or abs(head.x1 - cell.x1) < reach
        or abs(head.x0 + head.x1 - cell.x0 - cell.x1) < 2 * reach
    )


def _ruled_head(row: list[Line], top: float, rules: list[Rule]) -> Rule | None:
    """The rule across under ``row``, over the table's ``top``, when a rule of its measure stands
    right over the row (``GROW_GAP`` em at most): booktabs' top rule and midrule round a head row,
    both reaching over all its lines."""
    if not row:
        return None
    size = max(ln.size for ln in row)
    left, right = min(ln.x0 for ln in row), max(ln.x1 for ln in row)
    first, last = min(ln.top for ln in row), max(ln.bottom for ln in row)
    across = [r for r in rules if r[3] - r[1] < TOUCH and r[0] <= left and right <= r[2]]
    under = [r for r in across if last - 1.0 <= r[1] <= top + 1.0]
    over = [r for r in across if first - GROW_GAP * size <= r[3] <= first + 1.0]
    return next((r for r in under if any(_same_measure(r, o) for o in over)), None)


def _table_label(line: Line, x0: float, x1: float, size: float) -> bool:
    """A group label of the table between ``x0`` and ``x1`` (``_table_row``, ``_spanning_label``), not
    an earlier table's placeholder."""
    return (
        _table_row(line, x0, x1, size) and _spanning_label(line, x0, x1) and not line.text.startswith(TABLE)
    )


def _margin_notes(page: list[Line], block: float | None = None) -> frozenset[int]:
    """The ids of the margin names (``_margin_names``) in a stack of which one name stands beside a
    prose line: ordinalpt.pdf's "11-12-curtos" beside "For the ordinals of 11, 12 and 13 …", with
    "11-13-curtos", "11-13-longos" under it beside a table's rows, whose first column they became.
    A typewriter column beside typewriter cells only is the table's own (xypic-tutorial.pdf's
    arrow styles "\\ar@{-}" left of the text column, beside "\\ar@{->}")."""
    names = _margin_names(page, block)
    if not names:
        return frozenset()
    found = [line for line in page if id(line) in names]
    notes = {
        id(name)
        for name in found
        if any(_prose_words(other) and _column_line_beside(name, other, names[id(name)]) for other in page)
    }
    grown = bool(notes)
    while grown:
        grown = False
        for name in found:
            near = (_stacked(n, name) or _stacked(name, n) for n in found if id(n) in notes)
            if id(name) not in notes and any(near):
                notes.add(id(name))
                grown = True
    return frozenset(notes)


def _header_cells(columns: list[list[Line]]) -> bool:
    """Two rows of lines side by side, each column's lines centred on one axis and one of them set
    in from its column's left (a form's header whose cells wrap: "Обозначение документа, на который"
    over "дана ссылка", beside "Номер раздела, подраздела, …"): table cells, not two columns of
    prose, whose lines start at one left edge. A cell's lines are set in one size: a column whose
    name is set larger than the affiliation under it is an article's author block, its authors side
    by side (a JSS title page's "Alexandros Karatzoglou" over "Technische Universität Wien"), text."""
    if len(columns) < 2 or any(len(column) < 2 for column in columns):
        return False
    if any(max(ln.size for ln in column) - min(ln.size for ln in column) >= SIZE_STEP for column in columns):
        return False
    size = columns[0][0].size
    centres = [[(ln.x0 + ln.x1) / 2 for ln in column] for column in columns]
    centred = all(max(c) - min(c) < size for c in centres)
    set_in = any(max(ln.x0 for ln in column) - min(ln.x0 for ln in column) > 2 * size for column in columns)
    return centred and set_in


def _labelled_rows(columns: list[list[Line]]) -> bool:
    """Two columns, the left of labels (a letter each, ``LABEL_WORDS`` words at most, no stop or
    comma: a term, no line of prose) at one edge, each opening a row on a description's line, the
    right of descriptions at one edge, some wrapped over more lines than their label's: an option
    or definition table, read as a table however long its descriptions' lines (their median past
    ``CELL_CHARS`` made snowfall.pdf's option table prose columns, every label read apart from its
    description; sagetex.pdf's Table 1, "⟨ltx options⟩" | "Any text here is passed …", read its
    options one after another, then their descriptions). A change log's date is such a label, its
    abbreviation's stop or comma no clause's (``DATE_LABEL``: fasta_guide.pdf's version history,
    "Jun. 2006", "Nov, 2010", read as prose columns, every date apart from its entry)."""
    if len(columns) != 2 or len(columns[1]) <= len(columns[0]):
        return False
    labels, descriptions = columns
    return all(_one_edge(column) for column in columns) and all(
        len(label.text.split()) <= LABEL_WORDS
        and any(char.isalpha() for char in label.text)
        and not (_clause_marks(label.text) and not DATE_LABEL.fullmatch(label.text.strip()))
        and any(_same_row(label, line) for line in descriptions)
        for label in labels
    )


def _typewriter_terms(columns: list[list[Line]]) -> bool:
    """Two columns, each at one edge, the left of terms opening in typewriter (a function's call,
    "substr(s, x)", its arguments in italic), each on the row of a line of the right one, which
    holds their descriptions in the text font: a definition table, read as one however long its
    descriptions. Read as prose set in columns, the terms stood over all their descriptions run
    into one line (gmpl.pdf 3.2.1: "substr(s, x)" / "substr(s, x, y)" / "time2str(t, f)", then
    "substring of s starting from position x substring of s …")."""
    if len(columns) != 2:
        return False
    terms, descriptions = columns
    return (
        all(_one_edge(column) for column in columns)
        and all(term.opens_typewriter and any(_same_row(term, ln) for ln in descriptions) for term in terms)
        and not any(ln.opens_typewriter for ln in descriptions)
    )


def _one_edge(column: list[Line]) -> bool:
    """The column's lines all start at one left edge (``ALIGN_EDGE`` em)."""
    return max(ln.x0 for ln in column) - min(ln.x0 for ln in column) <= ALIGN_EDGE * column[0].size


def _prose_column(column: list[Line], body_size: float) -> bool:
    """Lines of running text: set at the page's body size, with many letters ("по ширине полки
    ........" is long for its leaders, not its words)."""
    letters = sorted(sum(char.isalpha() for char in ln.text) for ln in column)
    return (
        len(column) >= ALIGNED_ROWS
        and letters[len(letters) // 2] >= PROSE_LETTERS
        and all(abs(ln.size - body_size) < SIZE_STEP for ln in column)
    )


def _grown(page: list[Line], region: Rule, columns: list[list[Line]], side: bool = False) -> Rule:
    """The table's region down to the lines a column runs on with below its last row (an amendment's
    "Напечатано" cell, three lines longer than its neighbours): each next line under the region, at
    most ``GROW_GAP`` em below it and within one column's span, not a title: a line larger than the
    cells and than the page's body by ``pdf_breaks.TITLE_STEP`` ("4 Univariate distributions" in
    14 pt under UrnTheory.pdf's 10 pt display, reaching across its left column) opens the next
    section. A cell a point larger than its 9 pt neighbours (diffcoeff.pdf's last "sub-nudge", at the
    body's size) is still the table's. A region within one column of the page (a ``side`` that
    ``_aligned`` judges alone) grows within it: the other column's prose beside the table's rows
    does not end it, a line may reach over the columns left of the last, short of it (an entry's
    first line over the leaders of its second; no prose line of the column's width), and a row of
    the table's first and last columns (a contents entry and its page number, the leaders between
    them) at most ``ROW_GAP`` em below goes on it over a gap (ltnews36.pdf's contents box, its
    sections' entries set apart, beside the right column's paragraph)."""
    from sloika.pipelines.formats.pdf_breaks import TITLE_STEP

    spans = [(min(ln.x0 for ln in column), max(ln.x1 for ln in column)) for column in columns]
    if side and len(spans) > 1:  # an entry's wrapped line reaches over its leaders, short of its number
        spans = [(spans[0][0], spans[-1][0] - columns[-1][0].size), spans[-1]]
    x0, top, x1, bottom = region
    title = max(_table_extent(page, top, bottom)[2] + SIZE_STEP, body_size([page]) + TITLE_STEP)
    lines = [ln for ln in page if x0 <= ln.x0 and ln.x1 <= x1]
    for line in sorted((ln for ln in lines if ln.top > bottom - 1.0), key=lambda ln: ln.top):
        within = any(left - line.size <= line.x0 and line.x1 <= right + line.size for left, right in spans)
        row = side and _table_row_of(lines, line, spans)  # an entry, its leaders and its page number
        if (
            line.top - bottom > (ROW_GAP if row else GROW_GAP) * line.size
            or not (within or row)
            or line.text.startswith(TABLE)
            or line.size > title
        ):
            break
        bottom = max(bottom, line.bottom)
    return (x0, top, x1, bottom)


def _table_row_of(lines: list[Line], line: Line, spans: list[tuple[float, float]]) -> bool:
    """``line``'s row among ``lines`` opens in a table's first column and closes in its last
    (``spans``, two at least) with a number: an entry and its page number, read apart or as one
    line ("Changes to packages in the amsmath category 4"), a row of the table, not a column's line
    running on."""
    row = sorted((ln for ln in lines if _same_row(ln, line)), key=lambda ln: ln.x0)
    (left, right), (last, end) = spans[0], spans[-1]
    return (
        len(spans) > 1
        and left - line.size <= row[0].x0 <= right
        and last - line.size <= row[-1].x1 <= end + line.size
        and row[-1].text.split()[-1].isdigit()
    )
