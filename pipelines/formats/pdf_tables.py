"""Tables found by their rules, or by a typewriter header or a caption: regions taken out whole.

A ruled table is a group of touching rules (``touching_groups``), a booktabs table a stack of rules
across (``_booktabs_regions``); unruled regions come from monospaced rows under a header
(``_typewriter_tables``) and rows over a "Table N:" caption (``_captioned_tables``). ``_take_tables``
puts each region's lines in a ``Table`` and a ``TABLE`` placeholder in their place, leaving a
listing's frame and prose columns in the text. Tables found by alignment alone are ``pdf_aligned``'s.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import replace
from functools import reduce

from sloika.pipelines.formats.pdf_line_order import NUMBERS_ONLY
from sloika.pipelines.formats.pdf_line_record import (
    MARK,
    RUN_IN,
    WORD,
    Line,
    Rule,
    boxed,
    enclosing,
    touching,
)
from sloika.pipelines.formats.pdf_page_rows import (
    ALIGN_EDGE,
    PROSE_LETTERS,
    SIZE_STEP,
    TABLE,
    TOUCH,
    Table,
    _columns,
    _index,
    _inside,
    _page_rows,
    _prose_line,
    _rows,
    _same_row,
    _without,
)
from sloika.pipelines.formats.pdf_running_columns import running_columns
from sloika.pipelines.formats.pdf_table_columns import (
    blank_pieces,
    booktabs_rows,
    cell_pieces,
    columns_under,
    hung_rows,
    parted,
)
from sloika.pipelines.formats.pdf_wrapped_descriptions import descriptions_unwrapped

R_COMMAND = re.compile(r"R?> \S")  # R's prompt and the command typed after it: "> plot(out2)"
TABLE_LABEL = re.compile(
    r"^(?:(?:Продолжение|Окончание)\s+таблицы|Таблица|Table)\s*(?:[A-ZА-ЯЁ]\.)?(?:\d+(?:\.\d+)*)?"
    r"\s*(?:\(continued\))?\s*(?:[.…]\s*)*$",
    re.I,
)  # bare: "Таблица 3", "Продолжение таблицы 3", "Table 2 (continued)", "Таблица..."
TABLE_CAPTION = re.compile(
    r"^(?:Таблица|Table|Tabla|Tabelle|Tableau|Tabella|Taula|Tabulka)\s*(?:[A-ZА-ЯЁ]\.)?\d+(?:\.\d+)*\s*[:.]\s+\w",
    re.I,
)  # titled: "Table 1: The extra definitions made by basque.ldf"
# a float's caption: "Figure 4: Clustering …", "Table 2. …", "Рис. 3 —" (numbered, then a colon, stop or
# dash), or its label set apart as a run-in term before the text (HSAUR3's "**Figure 6.3**  Boxplots …")
FIGURE_NAMES = r"Figure|Fig\.|Abbildung|Figura|Рис\.|Рисунок"
CAPTION_NUMBER = rf"\s+[A-Z]?\d+(?:\.\d+)*\s*(?:[:.—–-]|{RUN_IN})"
# a figure's caption, which stands under its figure: what follows it is never the figure's
FIGURE_CAPTION = re.compile(rf"^(?:{FIGURE_NAMES}){CAPTION_NUMBER}")
# a float's caption, a figure's (``FIGURE_CAPTION``) or a table's: "Table 2. …", a listing's or an
# algorithm's box's ("Algorithm 1: Static Nested Sampling", ``pdf_algorithm_boxes``)
TABLE_NAMES = r"Table|Listing|Algorithm|Tabelle|Tableau|Tabela|Таблица"
FLOAT_CAPTION = re.compile(rf"^(?:{FIGURE_NAMES}|{TABLE_NAMES}){CAPTION_NUMBER}")
SUBCAPTION = re.compile(r"^\([a-z]\) \S")  # a subfigure's caption over its float's: "(a) Fisher's method"
# a float's label alone, set bold before its caption's text on one line ("**Figure 6.2** Scatterplot …")
FLOAT_LABEL = re.compile(rf"^(?:{FIGURE_NAMES}|{TABLE_NAMES})\s+[A-Z]?\d+(?:\.\d+)*\s*[:.]?$")
BOOKTABS_RULES = 3  # rules across only, stacked, that rule a table (``_booktabs_regions``)
HEADER_ROWS = 3  # ... and the rows of its header band, at most
LINE_PIECES = 1.0  # em: pieces of a row this close or closer are one line's (``_one_line``), not cells
FIRST_INDENT = 2.0  # em: a paragraph's first-line indent, at most (``_under_indent``)
MEASURE_SHARE = 0.9  # ... a rule's width of the table's top rule's, at least
TABLE_RULE = 48.0  # pt: ... and the width of each, at least (a plot's marks drawn as tiny boxes are none)
GRID_NUMBERS = 3  # lines of numbers alone side by side on one row: a table's body
CELL_CHARS = 30  # an aligned block whose lines are shorter than this (median) is a table
PROSE_SHARE = 0.5  # of a column's characters in lines of prose, more: a column of running text
RUNS_ON = re.compile(r"(?:[^\W\d_]|[,-])$")  # a line that ends mid-sentence: a letter, a comma, a break
SENTENCE_STOP = re.compile(r"[^\W\d_][.!?](?:\s|$)")  # a sentence ends here (not a leader's dots)
# a text that ends a sentence: a word's last letter, its stop, closing quotes or brackets ("… the file.")
ENDS_SENTENCE = re.compile(r"[^\W\d_][.!?][\"')\]’”]*$")
CLAUSE_WORDS = 6  # words (``WORD``) of a sentence in a table's row: a clause, no table's cells
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")  # between two sentences of a cell
# a row of a data file's matrix: two or more whole numbers a space apart ("2 4", "1 1 1 1", "-1 0 2")
MATRIX_ROW = re.compile(r"\s*[-−]?\d+(?: +[-−]?\d+)+\s*")
# a row of an array in a data file's box: two whole numbers or relation signs or more ("1 −1", "< < >")
ARRAY_ROW = re.compile(r"\s*(?:[-−]?\d+|[<>=≤≥])(?: +(?:[-−]?\d+|[<>=≤≥]))+\s*")
ROW_GAP = 3.0  # em: rows of one aligned block are at most this far apart
TYPEWRITER_ROWS = 2  # typewriter rows under a roman header that make a table (``_typewriter_tables``)
TYPEWRITER_HEAD = 3  # ... and the header's cells, at least
KEY_HEAD = 2  # ... where each row opens with a typewriter key beside a roman description
HEAD_REACH = 2.0  # em: a table's head stands this near over its top and its left edge, at most
GRID_CELL_WORDS = 3  # a grid's cell: a line of this many tokens or fewer ("0025 %", "41 x29 )", "acute.dup")
GRID_COLUMNS = 3  # columns of ``GRID_ROWS`` cells or more that make a grid of cells (``_cell_grids``)
GRID_ROWS = 8
ONE_ROW = 1.5  # line heights: a lone rule down this high or less rules one row (``_rule_row``)
# two words of letters side by side, the second of three letters or more: a phrase ("No unicodes"),
# never a cell of a code table ("189 xBD łł": a code and its glyph)
PHRASE = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]{3,}")
# a tall bracket's pieces, stacked: Unicode's (⎛ ⎜ ⎝) or the Adobe list's private ones TeX's cmex
# draws (``parenlefttp`` U+F8EB … ``bracerightbt`` U+F8FE)
BRACKET_PIECES = re.compile(r"[\u239b-\u23ad\uf8eb-\uf8fe]+")
# a glyph as pdfminer reads it: one character and its accents, a ligature's letters, an unmapped "(cid:N)"
GLYPH = r"(?:\(cid:\d+\)|[^\W\d_]{1,3}|\S[\u0300-\u036f]*)"
# one glyph shown in a family's styles, three to six, its code before it and its name after it at most:
# a repertoire's cell ("3 3 3 3", "0021 !  !  !  !", "fk fkfk fk", "(cid:359) (cid:359) (cid:359) leaf");
# no leader's dots ("apply0 . . . . . . . . 10") nor a printed vector ("[1] 0.0003 0.0003 0.0003")
GLYPH_STYLES = re.compile(rf"(?:\S+\s+)?({GLYPH})(?:\s*\1){{2,5}}(?:\s+\S+)?")


def _ruled_regions(rules: list[Rule]) -> list[Rule]:
    """Bounding boxes of groups of touching rules that rule a table."""
    regions = []
    for group in touching_groups(rules):
        columns = {round(r[0] / TOUCH) for r in group if r[2] - r[0] < TOUCH}
        rows = {round(r[1] / TOUCH) for r in group if r[3] - r[1] < TOUCH}
        if len(columns) >= 2 and len(rows) >= 2 and max(len(columns), len(rows)) >= 3:
            regions.append(enclosing(group))
    return regions


def rows_ruled_down(page: list[Line], rules: list[Rule]) -> list[Rule]:
    """Regions of one-row tables ruled by rules down alone: two rules down or more of one height,
    touching no other rule, with a line left of the first (the row's name, on one row) and lines
    right of it, none across a rule, all within that height. DBLaTeX rules a gtk-doc table's
    columns with a segment per row and rules across only between rows, so a table of one row (an
    enum's one member "U2FH_DEBUG" beside "Print de-" / "bug mes-" / "sages.", a function's one
    parameter "req_version" beside "Required version number," / "or NULL.") is two rules down
    and no more: read as lines, the description stood after the next section's first lines, or
    under the "Returns" heading after it; a table of one row and two columns is one rule down
    (``_rule_row``). A frame's sides touch its rules across; a single rule down beside more than a
    row of two lines (a change bar, a column rule, a delimiter TeX draws) is none."""
    lone = [
        group[0] for group in touching_groups(rules) if len(group) == 1 and group[0][2] - group[0][0] < TOUCH
    ]
    heights: dict[tuple[int, int], list[Rule]] = {}
    for rule in lone:
        if rule[3] - rule[1] >= TOUCH:
            heights.setdefault((round(rule[1] / TOUCH), round(rule[3] / TOUCH)), []).append(rule)
    regions = []
    for group in heights.values():
        edges = sorted({round(r[0] / TOUCH) * TOUCH for r in group})
        top, bottom = min(r[1] for r in group), max(r[3] for r in group)
        lines = [
            ln for ln in page if top < (ln.top + ln.bottom) / 2 < bottom and not ln.text.startswith(TABLE)
        ]
        if (len(edges) >= 2 or _rule_row(lines, top, bottom)) and _one_row_cells(lines, edges):
            regions.append(enclosing([*group, *(ln.box for ln in lines)]))
    return regions


def _rule_row(lines: list[Line], top: float, bottom: float) -> bool:
    """A lone rule down from ``top`` to ``bottom`` parts one row of two lines, one a side, no higher
    than ``ONE_ROW`` of their height: gtk-doc's Functions table of one function, "const char *" |
    "u2fh_check_version ()", ruled between its two columns alone. A change bar has text on one side
    only, a column rule or a big delimiter stands beside more rows than one."""
    return (
        len(lines) == 2
        and len(_page_rows(lines)) == 1
        and bottom - top <= ONE_ROW * max(ln.bottom - ln.top for ln in lines)
    )


def _one_row_cells(lines: list[Line], edges: list[float]) -> bool:
    """``lines`` are a table row's cells beside rules down at ``edges``: a name left of the first on
    one row, a cell right of it, no line across the first (a line of prose). A cell's word wider
    than its column runs on past the next rule: DBLaTeX's 12 pt description column."""
    names = [ln for ln in lines if ln.x1 <= edges[0] + TOUCH]
    crossing = any(ln.x0 < edges[0] - TOUCH and ln.x1 > edges[0] + TOUCH for ln in lines)
    return bool(names) and len(_page_rows(names)) == 1 and len(names) < len(lines) and not crossing


def _booktabs_regions(page: list[Line], rules: list[Rule]) -> list[Rule]:
    """Regions of tables ruled across only (booktabs: a top rule, a rule under the header, a bottom
    rule; no rule down): ``BOOKTABS_RULES`` or more horizontal rules of one measure stacked with no
    gap between two of them holding only lines alone on their rows (a caption, prose between two
    tables), each band's lines within the measure, the top band a header of at most
    ``HEADER_ROWS`` rows, one of them of two cells or more. Its rules touch no rule down (a plot's
    panels stacked in their frames are none: zoo.pdf's), so it is no ``_ruled_regions`` region:
    RcppArmadillo-intro.pdf's timings (seven rows "KalmanCpp 0.73 1.0" …) were cut as
    ``numbers_only`` and its names kept as nine short paragraphs."""
    return [enclosing(stack) for stack in _booktabs_stacks(page, rules)]


def booktabs_heads(page: list[Line], rules: list[Rule]) -> list[Rule]:
    """The header bands of the page's booktabs tables (``_booktabs_regions``): from the top rule to
    the rule under the header, the measure's width. A head's row there is cells, however evenly
    its pieces stand (``pdf_pieces._justified_rows`` joins no row in one)."""
    stacks = _booktabs_stacks(page, rules)
    return [(stack[0][0], stack[0][1], stack[0][2], _head_rule(stack)[3]) for stack in stacks]


def _booktabs_stacks(page: list[Line], rules: list[Rule]) -> list[list[Rule]]:
    """The stacks of rules across that rule a booktabs table (``_booktabs_regions``), top to bottom."""
    return _stacks(page, sorted(free_rules_across(rules), key=lambda r: r[1]))


def _stacks(page: list[Line], across: list[Rule]) -> list[list[Rule]]:
    """The booktabs stacks of the rules ``across``, sorted top to bottom. The rules passed over as a
    stack's ``\\cmidrule`` (``_cmidrule``) where that stack rules no table are stacked again on their
    own: a running head's rule across the page is no table's top rule, and the rules of a table set in
    one column under it were taken for its cmidrules (minimap2.pdf's Table 1, its rows cut as
    ``numbers_only`` and ``figure``)."""
    stacks: list[list[Rule]] = []
    stack: list[Rule] = []
    passed: list[Rule] = []  # the rules passed over as the stack's cmidrules
    for at, rule in enumerate(across):
        if stack and _cmidrule(page, rule, stack):
            passed.append(rule)  # a \cmidrule under a header's group of columns: the table goes on past it
            continue
        band = _band(page, stack[-1], rule) if stack else []
        if stack and _same_measure(stack[0], rule) and _table_band(band, stack[0]):
            stack.append(rule)
            continue
        if stack and _group_head(page, stack, rule, across[at + 1 : at + 2]):
            stack.append(rule)  # "Sampling Method" ruled over and under: the table's next group of rows
            continue
        stacks += _ruling(page, stack, passed)
        stack, passed = [rule], []
    return stacks + _ruling(page, stack, passed)


def _ruling(page: list[Line], stack: list[Rule], passed: list[Rule]) -> list[list[Rule]]:
    """``[stack]`` where it rules a table (``_booktabs``), else the stacks of the rules ``passed``
    over as its cmidrules (``_stacks``)."""
    if _booktabs(page, stack):
        return [stack]
    return _stacks(page, passed) if passed else []


def _group_head(page: list[Line], stack: list[Rule], rule: Rule, after: list[Rule]) -> bool:
    """The band over ``rule`` is the head of the stack's table's next group of rows, ruled over and
    under as its header is: one line alone, bold as the header's first cell and starting where it
    does, over a band of the table's rows (``_table_band``, two cells on a row) closed by a rule of
    its measure. dynesty.pdf's Table 1 ("Bounding Method | Relevant Papers" … then "Sampling Method"
    and its four rows) was cut at that head, its second group read as eight short paragraphs."""
    band = _band(page, stack[-1], rule)
    if not (_booktabs(page, stack) and len(band) == 1 and band[0].bold and after):
        return False
    first = min(_page_rows(_band(page, stack[0], _head_rule(stack)))[0], key=lambda ln: ln.x0)
    rows = _band(page, rule, after[0])
    return (
        first.bold
        and abs(band[0].x0 - first.x0) <= TOUCH
        and _same_measure(stack[0], rule)
        and _same_measure(stack[0], after[0])
        and bool(rows)
        and _table_band(rows, stack[0])
    )


def free_rules_across(rules: list[Rule]) -> list[Rule]:
    """The rules across, ``TABLE_RULE`` wide at least, that touch no rule down: a table ruled across
    only (booktabs), not a frame's edge nor a plot's panel (zoo.pdf's panels stacked in their frames)."""
    down = [r for r in rules if r[2] - r[0] < TOUCH]
    return [
        r
        for r in rules
        if r[3] - r[1] < TOUCH and r[2] - r[0] >= TABLE_RULE and not any(touching(r, v, TOUCH) for v in down)
    ]


def _cmidrule(page: list[Line], rule: Rule, stack: list[Rule]) -> bool:
    """The rule is a ``\\cmidrule`` of the stack's table (``_partial``), not the top rule of a
    narrower table under it: the stack rules no whole table yet, or the band over the rule is a
    table's (``_table_band``). rgsepd.pdf's Table 2, under Table 1 and its caption, was ruled by
    rules within Table 1's measure, passed over as its rules, and its rows read with no columns."""
    if not _partial(rule, stack[0]):
        return False
    return not _booktabs(page, stack) or _table_band(_band(page, stack[-1], rule), stack[0])


def _booktabs(page: list[Line], stack: list[Rule]) -> bool:
    """The stacked rules rule a table: enough of them, under a header band of short height (down to
    the rule under it, ``_head_rule``: HSAUR3's rules are each stroked twice, and the band between a
    top rule and itself held no header, so its tables' heads stood as paragraphs)."""
    if len(stack) < BOOKTABS_RULES:
        return False
    header = _page_rows(_band(page, stack[0], _head_rule(stack)))
    return 0 < len(header) <= HEADER_ROWS and any(len(row) >= 2 for row in header)


def _head_rule(stack: list[Rule]) -> Rule:
    """The rule under a stack's header: the first below its top rule (one drawn again over the top
    rule is the top rule)."""
    return next((rule for rule in stack if rule[1] - stack[0][3] > TOUCH), stack[-1])


def _band(page: list[Line], upper: Rule, lower: Rule) -> list[Line]:
    """The lines standing between two rules, within the upper one's width."""
    return [
        ln
        for ln in page
        if upper[3] < (ln.top + ln.bottom) / 2 < lower[1] and ln.x1 > upper[0] and ln.x0 < upper[2]
    ]


def _same_measure(a: Rule, b: Rule) -> bool:
    """Two rules of one table: one starts or ends where the other does, the shorter at least
    ``MEASURE_SHARE`` of the longer (a midrule trimmed at one side)."""
    widths = sorted((a[2] - a[0], b[2] - b[0]))
    ends = abs(a[0] - b[0]) <= TOUCH or abs(a[2] - b[2]) <= TOUCH
    return ends and widths[0] >= MEASURE_SHARE * widths[1]


def _partial(rule: Rule, measure: Rule) -> bool:
    """A rule under some of a table's columns only: within its measure, shorter than ``_same_measure``
    takes (GenABEL-tutorial.pdf's Table 6.1 ruled under its thresholds' head, Table 6.2 between its
    "Observed", "Expected" and "Difference" rows: the table was cut there)."""
    within = measure[0] - TOUCH <= rule[0] and rule[2] <= measure[2] + TOUCH
    return within and not _same_measure(rule, measure)


def _table_band(band: list[Line], measure: Rule) -> bool:
    """The lines between two rules of one table: within its measure (an em of play), a row of two
    cells among them (a band of lines alone on their rows is a caption or prose between tables), or
    none (a doubled rule)."""
    within = all(measure[0] - ln.size <= ln.x0 and ln.x1 <= measure[2] + ln.size for ln in band)
    return within and (not band or any(len(row) >= 2 for row in _page_rows(band)))


def touching_groups(rules: list[Rule]) -> list[list[Rule]]:
    """The rules in groups that touch (``_touch``), directly or through others, each group ordered
    as the rules came, the groups by their last rule (the order tables are numbered in). Found on a
    grid of ``TOUCH`` cells: rules whose boxes share a cell touch, so a cell's rules are one group and
    a rule is compared with a neighbouring cell's rules only until one touches it, not with every
    group: a Ghostscript plot draws its points as thousands of tiny stroked paths, many on top of
    each other (r-cran-dimred's vignette, 73,688 objects on one page), and comparing each with all
    before it took the page past the reader's time limit and the document was lost."""
    parent = list(range(len(rules)))

    def root(at: int) -> int:
        while parent[at] != at:
            parent[at] = parent[parent[at]]
            at = parent[at]
        return at

    cells: dict[tuple[int, int], list[int]] = {}
    for at, rule in enumerate(rules):
        for cell in _cells(rule, TOUCH):
            for other in cells.get(cell, ()):
                if root(other) == root(at):
                    break  # the cell's rules are one group: already this rule's
                if touching(rule, rules[other], TOUCH):
                    parent[root(other)] = root(at)
                    break
        for cell in _cells(rule, 0.0):
            cells.setdefault(cell, []).append(at)
    groups: dict[int, list[int]] = {}
    for at in range(len(rules)):
        groups.setdefault(root(at), []).append(at)
    return [[rules[at] for at in group] for group in sorted(groups.values(), key=lambda group: group[-1])]


def _cells(rule: Rule, grown: float) -> list[tuple[int, int]]:
    """The ``TOUCH`` grid cells the rule's box, grown by ``grown``, lies in; none for a box with a
    coordinate that is no number (it touches nothing)."""
    if not all(math.isfinite(v) for v in rule):
        return []
    x0, y0 = int((rule[0] - grown) // TOUCH), int((rule[1] - grown) // TOUCH)
    x1, y1 = int((rule[2] + grown) // TOUCH), int((rule[3] + grown) // TOUCH)
    return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]


def _take_tables(
    page: list[Line],
    regions: list[Rule],
    number: int,
    tables: list[Table],
    ruled: bool,
    rules: list[Rule] = (),
    outside: frozenset[int] = frozenset(),
    running: frozenset[int] = frozenset(),
) -> list[Line]:
    """The page with each region's lines replaced by one placeholder where its first line stood; a
    ruled table's header cells read whole (``_header_joined``). Rules around lines of one column are
    no table (``_framed_lines``), nor are rules round columns of prose (``_prose_columns``): the
    lines stay in the text (``_aligned`` reads such columns in column order); unruled rows of
    sentences (``_sentence_rows``, a cell wrapped over lines judged whole: ``_entry_cells``) are no
    table either, whatever rule found the region: each entry
    is read into the text a line (``_rows_in_text``); so do the lines whose ids are
    ``outside`` (a .dtx manual's margin names beside an unruled table); the rows of running text
    among them (``running``, ``pdf_block_rows._text_width_rows``: a description's full line) are read
    in their entries. A table taken before (a
    ruled region inside another) stays its own: its placeholder is no line of the next one. A
    figure's caption in the region is the text's, never the table's cells (``_caption_lines``).
    Boxes ruled side by side whose rows stand on no common row are tables each (``_boxes_apart``)."""
    if ruled and rules:
        regions = [box for region in regions for box in _boxes_apart(page, region, rules)]
    for region in regions:
        inside = [
            line
            for line in page
            if _inside(line, region) and id(line) not in outside and not line.text.startswith(TABLE)
        ]
        inside = _without(inside, [*_caption_lines(inside), *_commands(inside)])
        if not inside or (ruled and (_framed_lines(inside) or _prose_columns(_columns(inside)))):
            continue
        if ruled and _framed_listing(inside, region, rules):
            continue
        rows = (
            _header_joined(inside, region, rules)
            if rules
            else _rows(descriptions_unwrapped(_read_across_parted(inside)))
        )
        if not ruled and (_sentence_rows(rows) or _sentence_rows(_entry_cells(inside))):
            texts = [ln for ln in page if id(ln) in running and _inside(ln, region)]
            page = _rows_in_text(page, sorted([*inside, *texts], key=lambda ln: _index(page, ln)))
            continue
        first = _index(page, inside[0])
        box = enclosing(ln.box for ln in inside)
        columns = tuple((min(ln.x0 for ln in c), max(ln.x1 for ln in c)) for c in _columns(inside))
        arrays = _arrays_by_column(rows) if ruled else [rows]
        tables += [Table(number, array, ruled, box, columns=columns) for array in arrays]
        placeholders = [
            replace(inside[0], text=f"{TABLE}{at}") for at in range(len(tables) - len(arrays), len(tables))
        ]
        page = [*_without(page[:first], inside), *placeholders, *_without(page[first:], inside)]
    return page


def _read_across_parted(lines: list[Line]) -> list[Line]:
    """An unruled table's ``lines``, each read across two of its columns parted at its blanks
    (``blank_pieces``) where its pieces stand each over another column the other rows' lines fill:
    pdfminer read libtommath's heads "bits" and "Rounds", 1.5 em apart over two columns of figures,
    as one line, one cell over both."""
    parted_lines = []
    for line in lines:
        pieces = blank_pieces(line)
        others = [ln for ln in lines if not _same_row(ln, line)] if len(pieces) > 1 else []
        parted_lines += pieces if others and _each_over_own_columns(pieces, _columns(others)) else [line]
    return parted_lines


def _each_over_own_columns(lines: list[Line], columns: list[list[Line]]) -> bool:
    """Each of ``lines`` stands over some of the ``columns`` (overlaps their lines' stretch), and no
    two of them over one: cells of one row, each in its own column or columns."""
    spans = [(min(ln.x0 for ln in column), max(ln.x1 for ln in column)) for column in columns]
    over = [{at for at, (x0, x1) in enumerate(spans) if line.x0 < x1 and x0 < line.x1} for line in lines]
    return all(over) and sum(map(len, over)) == len(set().union(*over))


def _arrays_by_column(rows: list[list[str]]) -> list[list[list[str]]]:
    """A ruled table's ``rows`` as a table per column where each column is an array of its own: a
    head with a word over cells each empty or a row of two whole numbers or relation signs or more
    (``ARRAY_ROW``), at least one: data files' boxes ruled side by side (4ti2_manual.pdf's
    "system.mat" beside "system.rel", "system.rhs" and "system.sign") set their rows level with one
    another's, and read across, the files' rows mixed, "1 −1 | < < > | 2 1 1 | 0 1". Each file is
    read whole, its name over its rows, left to right; a table's cells, a figure or a word each, are
    no such rows, and its rows stay across. ``[rows]`` otherwise."""
    heads, body = (rows[0], rows[1:]) if rows else ([], [])
    width = len(heads)
    arrays = [
        [[head], *([row[at]] for row in body if at < len(row) and row[at])] for at, head in enumerate(heads)
    ]
    if (
        width < 2
        or any(len(row) > width for row in body)
        or not all(WORD.search(head) for head in heads)
        or not all(
            len(array) > 1 and all(ARRAY_ROW.fullmatch(cell) for [cell] in array[1:]) for array in arrays
        )
    ):
        return [rows]
    return arrays


def _boxes_apart(page: list[Line], region: Rule, rules: list[Rule]) -> list[Rule]:
    """The region's ruled columns as regions of their own where each column's head stands over the
    first rule across and no line under it shares a row with a line of another column: boxes drawn
    side by side, each its own (4ti2_manual.pdf's "affine.lat" beside "affine.sign", whose matrices
    set their rows at heights of their own and read mixed, "1 4" / "2 4" / "1 2 2 0" / …). A table's
    cells stand on its rows across its columns; else the region whole."""
    x0, top, x1, bottom = region
    across = [r[1] for r in rules if r[3] - r[1] < TOUCH and r[0] <= x0 + TOUCH and r[2] >= x1 - TOUCH]
    across = sorted(y for y in across if top + TOUCH < y < bottom - TOUCH)
    edges = sorted(
        {round(r[0] / TOUCH) * TOUCH for r in rules if r[2] - r[0] < TOUCH and _inside_x(r, region)}
    )
    inside = [ln for ln in page if _inside(ln, region) and not ln.text.startswith(TABLE)]
    if not across or len(edges) < 3 or not inside:
        return [region]
    columns = [[ln for ln in inside if _ruled_column(ln, edges) == at] for at in range(1, len(edges))]
    heads = [[ln for ln in column if ln.bottom < across[0]] for column in columns]
    bodies = [_without(column, head) for column, head in zip(columns, heads, strict=True)]
    whole = sum(map(len, columns)) == len(inside)  # no line outside the rules down
    if not whole or not all(len(head) == 1 for head in heads) or not all(bodies):
        return [region]
    shared = any(
        _same_row(one, other)
        for at, body in enumerate(bodies)
        for one in body
        for rest in bodies[at + 1 :]
        for other in rest
    )
    return (
        [region]
        if shared
        else [(left, top, right, bottom) for left, right in zip(edges, edges[1:], strict=False)]
    )


def _sentence_rows(rows: list[list[str]]) -> bool:
    """A row of the candidate table holds a sentence (``_ends_sentence``), in one cell or running on
    across its cells read left to right. A table's cells are names, numbers and short phrases (a
    description "w, the k-weight factor for the Fourier transform." is a phrase); rows of sentences
    are prose or a list set in columns (a keyword and its description, an item's number and its
    text), and taken out as a table the text lost them: feffit.pdf's keyword descriptions ("… The
    choices are UWXAFS and ASCII."), diffkk.pdf's numbered steps ("2. Look up bare-atom …")."""
    return any(_ends_sentence(text) for row in rows for text in [*row, " ".join(row)])


def _ends_sentence(text: str) -> bool:
    """``text`` ends in a sentence: its last, after the stop before it, opens with a capital, holds
    ``CLAUSE_WORDS`` words (``WORD``) or more and ends in a stop (``ENDS_SENTENCE``)."""
    text = MARK.sub("", text).strip()
    last = SENTENCE_BREAK.split(text)[-1]
    return last[:1].isupper() and len(WORD.findall(last)) >= CLAUSE_WORDS and bool(ENDS_SENTENCE.search(last))


def _rows_in_text(page: list[Line], lines: list[Line]) -> list[Line]:
    """``lines`` left in the text where the first stood, an entry a line of its own (``Line.lead``):
    each row's pieces left to right (``_row_line``), and the rows under it that open where a later
    piece of its first row does (``_entries``: a description wrapped under its keyword), or where a
    lone piece over it that fills the lines' measure opens (``_wraps``: a paragraph's next line under
    a description's command), joined on as the reflow joins a paragraph's lines; a wrapped cell's
    short last line left alone was cut as a figure's label. The lines read among them that stand
    over them all (``_read_among_over``) go before them."""
    from sloika.pipelines.formats.pdf_block_rows import _row_line, _spliced  # a cycle: they import this
    from sloika.pipelines.formats.pdf_joins import join_lines

    joined = []
    for entry in _entries_wrapped(lines):
        rows = [_row_line(row) for row in entry]
        joined.append(boxed(rows[0], rows, text=reduce(join_lines, (ln.text for ln in rows)), lead=True))
    over = _read_among_over(page, lines)
    return _spliced(page, [*over, *lines], [*over, *joined])


def _entries_wrapped(lines: list[Line]) -> list[list[list[Line]]]:
    """``lines`` in entries (``_entries``), an entry's paragraph wrapped at its measure under a
    displayed line joined on it (``_wraps``)."""
    right = max(ln.x1 for ln in lines)
    entries: list[list[list[Line]]] = []
    for entry in _entries(lines):
        rows = [row for one in entries for row in one][-2:]  # the last row read and the one over it
        if entries and _wraps(rows, entry[0], right):
            entries[-1] += entry
        else:
            entries.append(entry)
    return entries


def _wraps(rows: list[list[Line]], row: list[Line], right: float) -> bool:
    """``row`` is the next line of the one piece ``above`` it (the last of ``rows``, the rows read
    before ``row``), a paragraph's full line (it fills the measure to ``right``): it opens where that
    one does (``ALIGN_EDGE``: the gap-guava manual's "which saves the automorphism group as the group
    B, either as a group on points" / "only, or as a group on points and blocks. …" under a command,
    read a line an entry), at the item's text where that one opens with a list label
    (``_at_label_text``: the item's hang, "• Since the conditional variance … we can" / "well
    precalculate it …"), or back at the margin under that one set in by a paragraph's indent, that
    one no item (``_under_indent``: "We can then construct … subject to" / "a_i ≤ x_i ≤ b_i. Let …").
    ``row`` is one piece, or pieces set close on one line (``_one_line``: a line of inline scripts
    pdfminer read in pieces, "density x^((j)) i |x^((j)) 1 ,…"). Inline matrices and stacked scripts
    pulled GibbsSampler.pdf's paragraph and bullet list into an aligned region; read back as prose a
    line an entry, each item's first line stood apart from its rest."""
    from sloika.pipelines.formats.pdf_breaks import _at_label_text, _entry_label  # a cycle: they import this

    *over, above = rows
    if len(above) != 1 or not _one_line(row):
        return False
    (line,), under = above, min(row, key=lambda ln: ln.x0)  # where the row's line starts
    edge = ALIGN_EDGE * line.size
    if line.x1 < right - edge:
        return False
    if abs(under.x0 - line.x0) <= edge or _at_label_text(line, under):
        return True
    return _entry_label(line.text) is None and _under_indent(line, under, over, right)


def _one_line(row: list[Line]) -> bool:
    """``row``'s pieces, left to right, each start within ``LINE_PIECES`` em of the pieces before
    it: one line's text and its scripts, where a table's cells stand a column's gap apart."""
    pieces = sorted(row, key=lambda ln: ln.x0)
    reach = pieces[0].x1
    for piece in pieces[1:]:
        if piece.x0 > reach + LINE_PIECES * piece.size:
            return False
        reach = max(reach, piece.x1)
    return True


def _under_indent(line: Line, under: Line, over: list[list[Line]], right: float) -> bool:
    """``under`` starts left of ``line`` by a paragraph's first-line indent at most (``FIRST_INDENT``):
    ``line`` opens its paragraph set in from the margin ``under`` is back at. Not where the row
    ``over`` ``line`` (if any) is a full line that starts left of it: ``line`` is then a hanging
    entry's wrapped line, and ``under`` at the margin opens the next entry."""
    edge = ALIGN_EDGE * line.size
    if not edge < line.x0 - under.x0 <= FIRST_INDENT * line.size:
        return False
    return not any(
        min(ln.x0 for ln in one) < line.x0 - edge and max(ln.x1 for ln in one) >= right - edge for one in over
    )


def _read_among_over(page: list[Line], lines: list[Line]) -> list[Line]:
    """The lines the page reads among ``lines`` that stand over them all, across their width: pdfminer
    boxed a definition list's terms as one column and read it before the descriptions, so the end of
    the description over the block came after the block's first term (the gap-guava manual's "which
    saves the automorphism group as the group A, …" read under the entries "qix", "vix", "di")."""
    ids = {id(ln) for ln in lines}
    at = [index for index, ln in enumerate(page) if id(ln) in ids]
    top, x0, x1 = min(ln.top for ln in lines), min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    return [
        ln
        for ln in page[at[0] : at[-1]]
        if id(ln) not in ids and ln.bottom <= top + 1.0 and ln.x0 < x1 and ln.x1 > x0
    ]


def _entries(lines: list[Line]) -> list[list[list[Line]]]:
    """``lines`` in entries, each its rows top to bottom: a row and the rows under it that go on it
    (``_goes_on``)."""
    entries: list[list[list[Line]]] = []
    for row in _page_rows(lines):
        if entries and _goes_on(entries[-1][0], row):
            entries[-1].append(row)
        else:
            entries.append([row])
    return entries


def _entry_cells(lines: list[Line]) -> list[list[str]]:
    """Each entry's cells (``_entries_wrapped``: the entries ``_rows_in_text`` would read), a cell
    wrapped over the rows under its first line joined as the reflow joins them: a line under the
    first row goes on the last of its pieces that starts left of it (within ``ALIGN_EDGE``). A
    description wrapped in its column holds a sentence no one line of it does (sagetex.pdf's Table 1,
    "⟨ltx options⟩" | "Any text here is passed directly into the optional" / "arguments (between the
    square brackets) of an" / "\\includegraphics command."); so does a description's paragraph
    going on under a command it displays (the gap-guava manual's "which saves the intersection as
    the group int. The file grpx contains a com-" / "ment giving the order of the intersection.",
    a table's two cells); a row of pieces set close on one line (``_one_line``, a line of inline
    scripts) is read as that line. A row of two pieces or more apart under an entry's first is no
    wrapped cell but a row whose first cell was not read (a typewriter key is no cell line): the rows
    are not told by their entries, and none is given (systemtap's langref.pdf, its printf specifiers
    "o", "s", "u" in typewriter, would have read its table as one entry, "d or i Signed decimal 392
    Unsigned octal 610 …")."""
    from sloika.pipelines.formats.pdf_block_rows import _row_line  # a cycle: they import this
    from sloika.pipelines.formats.pdf_joins import join_lines  # a cycle: the reflow reads tables

    entries = _entries_wrapped(lines)
    if not all(_one_line(row) for _, *rest in entries for row in rest):
        return []
    found = []
    for first, *rest in entries:
        pieces = sorted(first, key=lambda ln: ln.x0)
        cells = [[ln.text] for ln in pieces]
        edges = [piece.x0 - ALIGN_EDGE * piece.size for piece in pieces]
        for line in map(_row_line, rest):
            cells[max([0, *(at for at, edge in enumerate(edges) if edge <= line.x0)])].append(line.text)
        found.append([reduce(join_lines, cell) for cell in cells])
    return found


def _goes_on(first: list[Line], row: list[Line]) -> bool:
    """``row`` goes on the entry whose first row is ``first``: it opens where a piece of ``first``
    after its first opens (``ALIGN_EDGE``), a cell wrapped in its column; a row under a group's label
    ("Data Input and Output:" over its keywords) opens a row of its own."""
    opens = min(ln.x0 for ln in row)
    pieces = sorted(first, key=lambda ln: ln.x0)[1:]
    return any(abs(opens - piece.x0) <= ALIGN_EDGE * piece.size for piece in pieces)


def _commands(lines: list[Line]) -> list[Line]:
    """The monospaced lines among ``lines`` that open with R's prompt (``R_COMMAND``) and stand alone
    on their row: a listing's command, never a table's row. An R vignette sets a plot's command over
    its plot: tgp.pdf's "> plot(out.p)" between Figure 23's plots was read as a row of the plots' text
    grid (tick values, axis and main titles), out of the text with the grid."""
    return [
        line
        for line in lines
        if line.mono
        and R_COMMAND.match(line.text)
        and not any(other is not line and _same_row(line, other) for other in lines)
    ]


def _caption_lines(lines: list[Line]) -> list[Line]:
    """The lines of each figure caption among ``lines`` ("Figure 2: A “zoom in” of …"): its first
    line and those under it that go on its paragraph (its size, from its left edge, less than a line
    apart). A plot's frame drawn past its axis (log1mexp-note.pdf's Figure 2) made a ruled region
    that took the caption's first two lines as the legend's last rows, out of the text with no record,
    and left the rest a paragraph opening mid-sentence."""
    found: list[Line] = []
    for head in lines:
        if head in found or not FIGURE_CAPTION.match(MARK.sub("", head.text).strip()):
            continue
        last = head
        found.append(head)
        for line in sorted((ln for ln in lines if ln.top > head.top), key=lambda ln: ln.top):
            if (
                abs(line.size - head.size) > SIZE_STEP
                or abs(line.x0 - head.x0) > line.size
                or line.top - last.bottom > line.size
            ):
                break
            found.append(line)
            last = line
    return found


def _prose_columns(columns: list[list[Line]]) -> bool:
    """Columns of running text set side by side, not a table: two or more, each with most of its
    characters in lines of prose (``_prose_line``), a line that runs on to the next (a sentence
    wrapped at the column's edge) and a sentence's end. A bilingual exam sets its English left of
    its Dutch, ruled by the boxes round each question's weight and the answer grid under it (read
    as a table, the whole exam stood only in a table span's cells); a table's cells are names,
    numbers or short phrases, and a column of them beside wrapped descriptions keeps it a table. A
    slide's narrow columns, a paragraph or a list each, are told by how their lines break
    (``running_columns``)."""
    return len(columns) >= 2 and (all(map(_prose_column_text, columns)) or running_columns(columns))


def _prose_column_text(column: list[Line]) -> bool:
    """One column of ``_prose_columns``: prose by its share of characters, wrapped, with a sentence."""
    lines = sorted(column, key=lambda ln: ln.top)
    texts = [MARK.sub("", ln.text).strip() for ln in lines]
    prose = [text for ln, text in zip(lines, texts, strict=True) if _prose_line(ln, text)]
    if sum(map(len, prose)) <= PROSE_SHARE * sum(map(len, texts)):
        return False
    runs_on = any(
        _prose_line(ln, text) and RUNS_ON.search(text) and below.top - ln.bottom < ln.size
        for (ln, text), below in zip(zip(lines, texts, strict=True), lines[1:], strict=False)
    )
    return runs_on and any(SENTENCE_STOP.search(text) for text in texts)


def _framed_lines(lines: list[Line]) -> bool:
    """Rules around prose lines of one column, a line to a row, are no table: boxes drawn around
    text (a framed note, hyperref's link borders: in mdoccorr.pdf the boxes around three command
    names on two prose lines touch and made a "table" of one column that took ". . . chain starts
    here, and here …" / "a default variant …" out of the text). A table has two cells in a row at
    least; boxed labels of a word or two (chord names over diagrams) stay tables."""
    letters = sorted(sum(char.isalpha() for char in ln.text) for ln in lines)
    return letters[len(letters) // 2] >= PROSE_LETTERS and all(len(row) == 1 for row in _rows(lines))


def _framed_listing(lines: list[Line], region: Rule, rules: list[Rule]) -> bool:
    """A frame ruled at its two sides only (boxes stacked in it: a notebook cell's input over its
    output) round one column of lines is a framed listing or a boxed paragraph, not a table: its
    lines stay in the text. nbsphinx frames each cell "[2]: %time time.sleep(60 * 60)" / "6 * 7"
    over its output "CPU times: …" and the three rules across made a "table" that cut the example
    from the text. A table in such a frame has cells that line up in two columns or more, on two
    rows at least (a traceback's "ZeroDivisionError … Traceback" is one row); a listing's
    indentation, or its prompt in the margin, is no column; typewriter lines are a listing whatever
    their spacing (a program's output in columns). Typewriter lines a cell to a row are a listing
    whatever rules cross the frame: in psychTools omega.pdf p. 30 the sides of the next box's "R
    code" label, set on the frame's bottom rule, stood in it like a rule between columns and took a
    box's last lines "summary(dsl)" / "fa.congruence(…)" out of the text."""
    rows = _page_rows(lines)
    if all(ln.mono for ln in lines) and all(len(row) == 1 for row in rows):
        return True
    if _named_matrix(rows):
        return False
    sides = (region[0] + TOUCH, region[2] - TOUCH)
    inner = [r for r in rules if r[2] - r[0] < TOUCH and sides[0] < r[0] < sides[1] and _across(r, region)]
    if inner:
        return False
    side_by_side = [row for row in rows if len(row) > 1]
    return all(ln.mono for ln in lines) or len(side_by_side) < 2


def _named_matrix(rows: list[list[Line]]) -> bool:
    """A box holding a data file's name over its matrix, a line a row: the name a word (``WORD``),
    each row under it whole numbers (``MATRIX_ROW``), read across its pieces (affine.lat's "2   4", two
    lines to pdfminer). It is a table, its head over its rows, not a
    framed listing: its lines left in the text went as lines of numbers alone (4ti2_manual.pdf's
    "magic3x3.ray" over "4 9" / "0 2 1 2 1 0 1 0 2" / …, "4coins.min" over "1 4" / "4 1 4 2": the
    name kept, the file's rows cut)."""
    return (
        len(rows) > 1
        and len(rows[0]) == 1
        and bool(WORD.search(rows[0][0].text))
        and all(
            MATRIX_ROW.fullmatch(" ".join(ln.text for ln in sorted(row, key=lambda ln: ln.x0)))
            for row in rows[1:]
        )
    )


def _across(rule: Rule, region: Rule) -> bool:
    """The rule runs within the region's height (a rule of the region, not of one beside it)."""
    return region[1] - TOUCH <= rule[1] and rule[3] <= region[3] + TOUCH


def _header_joined(lines: list[Line], region: Rule, rules: list[Rule]) -> list[list[str]]:
    """The rows of a ruled table whose header band (above its first inner rule across the table)
    holds labels stacked over several lines ("№" / "выс" / "раст", "дл" / "сцв"): the header as one
    row, each cell's lines joined top to bottom in the column its vertical rules bound (in a table
    without any, the columns its rows fill, ``pdf_table_columns.booktabs_rows``: firehol-manual.pdf's
    "forbidden" / "params"),
    instead of a row per line whose shorter rows slide left; the rows below as ``_wrapped_rows``
    reads them, in the same columns. A line read across a rule down that runs through one of its
    blanks is cut there (``pdf_table_columns.blank_pieces``): OaklispSummary.pdf's "slow no" under
    "Sp" and "D" was one cell, and "length"'s row lost its blank comment's cell."""
    x0, top, x1, bottom = region
    across = sorted(
        r[1]
        for r in rules
        if r[3] - r[1] < TOUCH
        and r[0] <= x0 + TOUCH
        and r[2] >= x1 - TOUCH
        and top + TOUCH < r[1] < bottom - TOUCH
    )
    edges = sorted(
        {round(r[0] / TOUCH) * TOUCH for r in rules if r[2] - r[0] < TOUCH and _inside_x(r, region)}
    )
    bands = _segment_bands(region, rules)
    if edges and bands:
        pieces = [piece for line in lines for piece in blank_pieces(line, edges)]
        rows = _band_rows(pieces, edges, bands)
        if rows:
            return rows
    if not across:
        return _rows(lines)
    header = [ln for ln in lines if (ln.top + ln.bottom) / 2 < across[0]]
    if not edges:  # ruled across only (booktabs): the columns its rows fill part every row's cells
        return booktabs_rows(header, _without(lines, header), rules, across)
    lines = [piece for line in lines for piece in blank_pieces(line, edges)]  # a rule down in a line's blank
    header = [ln for ln in lines if (ln.top + ln.bottom) / 2 < across[0]]
    if len(_rows(header)) < 2:
        return _wrapped_rows(lines, edges, across)
    cells: dict[int, list[Line]] = {}
    for line in header:
        cells.setdefault(sum(edge <= (line.x0 + line.x1) / 2 for edge in edges), []).append(line)
    row = [
        " ".join(ln.text for ln in sorted(cell, key=lambda ln: ln.top)) for _, cell in sorted(cells.items())
    ]
    return [row, *_wrapped_rows(_without(lines, header), edges, across)]


def _segment_bands(region: Rule, rules: list[Rule]) -> list[tuple[float, float]]:
    """The rows a table's rules down mark, top to bottom, where each rule down is drawn a segment per
    row and all are broken at the same heights: the segments' heights (top, bottom). A TeX tabular
    (DBLaTeX's too) draws its rules down row by row, each the height of its row, wrapped cells and
    all; none where the rules down differ (a cell spanning columns) or one rule runs down the table."""
    heights: dict[int, list[tuple[float, float]]] = {}
    for rule in rules:
        if rule[2] - rule[0] < TOUCH and _inside_x(rule, region) and _across(rule, region):
            heights.setdefault(round(rule[0] / TOUCH), []).append((rule[1], rule[3]))
    columns = [sorted(set(segments)) for segments in heights.values()]
    if not columns or any(not _same_heights(column, columns[0]) for column in columns[1:]):
        return []
    return columns[0]


def _same_heights(one: list[tuple[float, float]], other: list[tuple[float, float]]) -> bool:
    """Two rules down broken into segments at the same heights (``TOUCH``)."""
    return len(one) == len(other) and all(
        abs(a[0] - b[0]) < TOUCH and abs(a[1] - b[1]) < TOUCH for a, b in zip(one, other, strict=True)
    )


def _band_rows(lines: list[Line], edges: list[float], bands: list[tuple[float, float]]) -> list[list[str]]:
    """A ruled table's rows read by the heights its rules down mark (``_segment_bands``): each
    band's lines by the column the rules down part, a column's lines joined top to
    bottom as the reflow joins a paragraph's ("er-" + "ror.": "error."). A cell set in a narrow column
    wraps over many lines, and a cell beside it centred in the row's height starts lower: read row
    by row, DBLaTeX's "enum u2fh_rc" members put "Memory" on a line before "U2FH_MEMORY_ERROR | er-"
    and "ror." after it. Where a line stands in no band, or a band's first column holds no line or
    lines on two rows (cells that are rows of their own), or a row two lines in one ruled column (a
    frame ruled at its sides round cells of unruled columns), none: the rows are not the bands. A line
    stands in the column it starts in (``_start_column``): DBLaTeX's description column is 12 pt
    wide, its words run on past its rule into the empty column after it, and maint-guide.ru.pdf's
    head "Мультиархитектурность:" over the next column's "Содержимое пакета": each line is its own
    cell's, never glued to a line it overprints."""
    from sloika.pipelines.formats.pdf_joins import join_lines  # a cycle: pdf_line_ends imports this

    first = min(_start_column(ln, edges) for ln in lines)
    held = [[ln for ln in lines if top < (ln.top + ln.bottom) / 2 < bottom] for top, bottom in bands]
    if sum(map(len, held)) != len(lines):
        return []
    read = [hung_rows(_page_rows(band)) for band in held if band]
    if any(sum(any(_start_column(ln, edges) == first for ln in row) for row in band) != 1 for band in read):
        return []
    rows: list[list[tuple[int, str]]] = []
    for band in read:
        cells: dict[int, list[str]] = {}
        for row in band:
            found = [(_start_column(ln, edges), ln.text) for ln in sorted(row, key=lambda ln: ln.x0)]
            if len({col for col, _ in found}) < len(found):
                return []  # two lines in one ruled column: its columns are not all ruled
            for col, text in found:
                cells.setdefault(col, []).append(text)
        rows.append([(col, reduce(join_lines, texts)) for col, texts in sorted(cells.items())])
    heads = sorted({col for col, _ in rows[0]})
    return [_in_columns(row, heads) for row in rows]


def _wrapped_rows(lines: list[Line], edges: list[float], across: list[float]) -> list[list[str]]:
    """A ruled table's rows as ``_rows`` reads them, but a row whose lines stand in one cell right of
    the table's first column, with no rule across over it, goes on that column's cell in the row
    above: a description wrapped inside its ruled row (a Doxygen "Parameters" table's "matchNA"
    beside "Should NAs be matched? … meaning" / "that NA matches NA …", "method"'s list of codes under
    its first line) was read as rows of their own, torn from their names; so was kedd.pdf's
    "Arguments | Description" tables' "The default are 4h outside of range(x).", under "y"'s first
    line, ruled across only (its columns those ``pdf_table_columns.booktabs_rows`` finds). The columns
    are those the table's rules down (``edges``, by ``round``ed x) part; with none, its rows stay as
    read. The lines join as
    the reflow joins a paragraph's ("cross-" + "validation.": one word)."""
    from sloika.pipelines.formats.pdf_joins import join_lines  # a cycle: pdf_line_ends imports this

    def middle(row: list[Line]) -> float:
        return sum(ln.top + ln.bottom for ln in row) / (2 * len(row))

    first = min((_ruled_column(ln, edges) for ln in lines), default=0)
    rows: list[list[tuple[int, str]]] = []
    above: list[Line] = []
    read = hung_rows(_page_rows(lines))
    headed = _one_head_columns(read[0], edges) if read else set()
    for row in read:
        row = sorted(row, key=lambda ln: ln.x0)
        cells = _ruled_cells(row, edges, headed)
        cell = {col for col, _ in cells}
        ruled = any(middle(above) < y < middle(row) for y in across) if above else True
        goes_on = [at for at, (col, _) in enumerate(rows[-1]) if {col} == cell] if rows else []
        if len(cell) == 1 and min(cell) > first and not ruled and goes_on:
            col, text = rows[-1][goes_on[-1]]
            rows[-1][goes_on[-1]] = (col, join_lines(text, " ".join(ln.text for ln in row)))
        else:
            rows.append(cells)
        above = row
    heads = sorted({col for col, _ in rows[0]}) if rows else []
    return [_in_columns(row, heads) for row in rows]


def _in_columns(row: list[tuple[int, str]], heads: list[int]) -> list[str]:
    """The row's cells (each with its ruled column) under the first row's columns (``heads``), an
    empty cell for each of them it skips before its last cell, as ``booktabs_rows`` keeps a booktabs
    row's: a cell that slid left stood under another column's head (4ti2_manual.pdf's "affine.sign"
    box, its rows "1 4" / "1 2 2 0" set higher than "affine.lat"'s, read under "affine.lat"). A rule
    down that parts no head's column (a table ruled inside a cell) makes no empty cell."""
    texts: list[str] = []
    for col, text in row:
        texts += [""] * (bisect_left(heads, col) - len(texts))
        texts.append(text)
    return texts


def _ruled_column(line: Line, edges: list[float]) -> int:
    """The column of a table ruled down (``edges``: its rules' x) the line's middle stands in."""
    return sum(edge <= (line.x0 + line.x1) / 2 for edge in edges)


def _start_column(line: Line, edges: list[float]) -> int:
    """The column of a table ruled down (``edges``) the line starts in: a cell's text set from its
    column's left rule and run on past its right one (a word wider than its column) is its column's."""
    return sum(edge < line.x0 for edge in edges)


def _one_head_columns(head: list[Line], edges: list[float]) -> set[int]:
    """The ruled columns (``_ruled_column``) that hold one cell of the table's first row, ``head``:
    a column under one head, its figures one cell (``_ruled_cells``)."""
    found = [_ruled_column(piece[0], edges) for piece in cell_pieces(sorted(head, key=lambda ln: ln.x0))]
    return {at for at in found if found.count(at) == 1}


def _ruled_cells(row: list[Line], edges: list[float], headed: set[int]) -> list[tuple[int, str]]:
    """The row's cells, each with its ruled column: its lines' pieces (``cell_pieces``), a piece of
    figures and marks that crosses a rule down parted there word by word (``pdf_table_columns.parted``:
    a rule down parts cells however near pdfminer read them; a phrase printed over a rule, zoo-faq's
    "PerformanceAnalytics Econometric tools for risk", is one cell that overflows), and the figures
    of one column under one head (``headed``) one cell. 4ti2_manual.pdf's boxes of input files side
    by side ("system.mat | system.rel | …") set each file's matrix rows in one ruled column, its
    figures an em or more apart: "3" and "2" of a row "3 2" were two cells, and "1 −1", "< < >",
    "2 1 1", "0 1" across four files one line in one cell, the table's rows no longer under its
    heads."""
    spans = list(zip(edges, edges[1:], strict=False))
    cells: list[tuple[int, str]] = []
    for piece in cell_pieces(row):
        whole = replace(piece[0], text=" ".join(ln.text for ln in piece), x1=max(ln.x1 for ln in piece))
        under = columns_under(whole, spans) if spans else []
        across = len(under) > 1 and not WORD.search(whole.text)  # a phrase over a rule overflows its cell
        words = parted(whole, under, spans) if across else [(-1, whole.text)]
        for at, text in words:
            col = at + 1 if at >= 0 else _ruled_column(piece[0], edges)
            figures = NUMBERS_ONLY.match(text) and cells and NUMBERS_ONLY.match(cells[-1][1])
            if figures and col in headed and cells[-1][0] == col:
                cells[-1] = (col, f"{cells[-1][1]} {text}")
            else:
                cells.append((col, text))
    return cells


def _inside_x(rule: Rule, region: Rule) -> bool:
    """A vertical rule standing within the region's width and reaching into its height."""
    return region[0] - TOUCH <= rule[0] <= region[2] + TOUCH and rule[1] < region[3] and rule[3] > region[1]


def _typewriter_tables(page: list[Line]) -> list[Rule]:
    """The regions of tables whose header is set in roman and whose rows in typewriter: a row of
    ``KEY_HEAD`` short header cells or more ("Key", "Type", "Default") over ``TYPEWRITER_ROWS`` rows
    or more (``_typewriter_row``), each row at most ``ROW_GAP`` em under the one above. Monospaced
    lines side by side are no table of ``_aligned``'s (a listing's, a drawing's), so pst-hsb-doc.pdf's
    options table read "Key" / "HueBegin ordinary [none]" / "Type" / "Default" / …; and a column of
    typewriter keys beside roman descriptions pairs no line with another, so ifeffit_tutorial.pdf's
    "Variable | Description" tables read "Variable e0  Energy Origin …" with "Description" after the
    rows, "$group.k" apart from its description, and the description cells "∆R" and "σ²" cut as math.
    A description wrapped onto lines of its own (``_wrapped_cells``) goes on in its row: feynmf.pdf's
    option tables ended at their first wrapped cell, their other rows left in the text ("angle from
    the vertex" inside "mech- … anism"), and one wrapped on its first row stayed in the text whole."""
    rows = _page_rows([ln for ln in page if not ln.text.startswith(TABLE)])
    regions = []
    for at, header in enumerate(rows):
        if len(header) < KEY_HEAD or not all(map(_roman_head, header)):
            continue
        starts = sorted(ln.x0 for ln in header)
        body: list[list[Line]] = []
        for row in rows[at + 1 :]:
            above = body[-1] if body else header
            if row[0].top - max(ln.bottom for ln in above) > ROW_GAP * row[0].size or not (
                _typewriter_row(row, starts) or (body and _wrapped_cells(row, starts))
            ):
                break
            body.append(row)
        if sum(_typewriter_row(row, starts) for row in body) >= TYPEWRITER_ROWS:
            lines = [*header, *(ln for row in body for ln in row)]
            regions.append(enclosing(ln.box for ln in lines))
    return regions


def _roman_head(line: Line) -> bool:
    """A header cell of a typewriter table: short (``CELL_CHARS``), with no typewriter at its start or
    end. An index's two columns of entries, "array-function, 3" beside "user, 29" (freefem.pdf), are no
    header over the typewriter entries under them, nor is a label ending in a colon over a list of
    codes ("some supplier codes:" over "a Autologic", ``pdf_aligned._labelled_lists``)."""
    return (
        len(line.text) <= CELL_CHARS
        and not (line.mono or line.opens_typewriter or line.ends_typewriter)
        and not line.text.rstrip().endswith(":")
    )


def _typewriter_row(row: list[Line], starts: list[float]) -> bool:
    """A row of a typewriter table under header cells starting at ``starts``: each of its lines starts
    where a header cell starts (``_under_head``) or right of the last one's start (a justified
    description read in pieces, feynmf.pdf's "scale factor" | "for crossing out" | "lines"), and either
    all of them are monospaced under ``TYPEWRITER_HEAD`` header cells or more (or one under each of
    fewer, ``_under_each_head``), or its first line opens
    in typewriter under the first header cell, a key beside its roman description (a description one
    line with its key, pdfminer's "kweight w, the k-weight factor …", too)."""
    if not all(_under_head(ln, starts) or ln.x0 > starts[-1] for ln in row):
        return False
    if all(ln.mono for ln in row):
        return len(starts) >= TYPEWRITER_HEAD or _under_each_head(row, starts)
    first = min(row, key=lambda ln: ln.x0)
    return (first.mono or first.opens_typewriter) and abs(first.x0 - starts[0]) <= ALIGN_EDGE * first.size


def _under_each_head(row: list[Line], starts: list[float]) -> bool:
    """The row holds one line under each header cell starting at ``starts`` (``_under_head``), no
    more: a typewriter table of two columns filled row by row under its two heads (the gap-guava
    manual's "command" | "contents of shell file" in italic over "setimage" | "setstab -image $*",
    …), where rows of typewriter cells under fewer than ``TYPEWRITER_HEAD`` heads could be a listing's."""
    if len(row) != len(starts):
        return False
    cells = sorted(row, key=lambda ln: ln.x0)
    return all(_under_head(ln, [x]) for ln, x in zip(cells, starts, strict=True))


def _under_head(line: Line, starts: list[float]) -> bool:
    """The line starts where a header cell starts (within ``ALIGN_EDGE`` em)."""
    return any(abs(line.x0 - x) <= ALIGN_EDGE * line.size for x in starts)


def _wrapped_cells(row: list[Line], starts: list[float]) -> bool:
    """A row that goes on with the cells of the row above: roman lines, none under the first header
    cell (no key of its own), the first starting under a later one: a description's next line."""
    first = min(row, key=lambda ln: ln.x0)
    roman = not any(ln.mono or ln.opens_typewriter for ln in row)
    return roman and first.x0 > starts[0] + ALIGN_EDGE * first.size and _under_head(first, starts[1:])


def _cell_grids(page: list[Line], before: list[Line] = ()) -> list[Rule]:
    """The regions of grids of short cells with no prose (``_grids``), each with the rows of cells
    pdfminer ran together into one line next to it (``_run_together``: "31 x1F Ø 66 x42 B 101 x65
    e", three columns' cells of an encoding table, parted its table in three and stayed in the text
    between them)."""
    grids = _grids(page, before)
    taken = {id(ln) for run in grids for ln in run}
    runs = _cell_runs(page, _starts(grids))
    return [
        enclosing(ln.box for ln in run)
        for run in runs
        if any(id(ln) in taken for ln in run) and not _grid_goes_on(page, run)
    ]


def _grid_goes_on(page: list[Line], run: list[Line]) -> bool:
    """The row right over or under the ``run`` of cells (``ROW_GAP`` em at most away) holds two
    lines or more, each over some of the run's columns and no two over one: the table goes on past
    the grid, in a row with a wider cell or a head read across two columns, and where it ends the
    grid does not know: ``_aligned`` reads the block whole. libtommath's Table 8.1 was read from its
    second row, its first, "80" | "-1" | "Use deterministic algorithm for size ¡= 80 bits", cut as
    numbers and a stray line, its heads "bits Rounds" and "Error" a loose line and a cut label."""
    top, bottom = min(ln.top for ln in run), max(ln.bottom for ln in run)
    rows = _page_rows([ln for ln in page if not ln.text.startswith(TABLE)])
    over = [row for row in rows if max(ln.bottom for ln in row) <= top][-1:]
    under = [row for row in rows if min(ln.top for ln in row) >= bottom][:1]
    next_to = [*over, *under]
    gaps = [max(top - max(ln.bottom for ln in row), min(ln.top for ln in row) - bottom) for row in next_to]
    return any(
        len(row) >= 2 and gap <= ROW_GAP * row[0].size and _each_over_own_columns(row, _columns(run))
        for row, gap in zip(next_to, gaps, strict=True)
    )


def _grids(page: list[Line], before: list[Line] = ()) -> list[list[Line]]:
    """The lines of each grid of short cells: runs of rows, each at most ``ROW_GAP`` em
    under the last, whose lines are all cells (``_cell_runs``), standing in ``GRID_COLUMNS`` columns
    of ``GRID_ROWS`` cells or more, not all set in typewriter (``_typewriter_only``); a shorter run of
    two rows or more is one too where ``GRID_COLUMNS`` of its columns start where such a grid's do on
    this page or the page ``before`` (a table's last rows overleaf, a short section of a repertoire
    set as the long ones). A font's
    glyph repertoire ("0029" | ")" | "parenright") and its encoding tables ("93 x5D ]", seven
    columns of 256 cells) set no rule round their rows, and their glyphs stand a point off their
    codes' baseline: qzc-info.pdf's tables were kept as shredded lines, codes apart from their names
    and two columns' names glued with 60 spaces between."""
    runs = _grid_runs(page)
    grids = [run for run in runs if _long_grid(run)]
    earlier = [run for run in _grid_runs(before) if _long_grid(run)]
    starts = _starts([*grids, *earlier])
    for run in runs:
        columns = [min(ln.x0 for ln in column) for column in _columns(run)]
        shared = sum(any(abs(x - start) <= ALIGN_EDGE * run[0].size for start in starts) for x in columns)
        if run not in grids and len(_page_rows(run)) >= 2 and shared >= GRID_COLUMNS:
            grids.append(run)
    return grids


def _grid_runs(page: list[Line]) -> list[list[Line]]:
    """The runs of cells (``_cell_runs``) that may be a grid: neither a listing
    (``_typewriter_only``) nor a display's matrix (``_bracketed``)."""
    return [run for run in _cell_runs(page) if not _typewriter_only(run) and not _bracketed(run)]


def _bracketed(lines: list[Line]) -> bool:
    """Some of ``lines`` are a tall bracket's pieces (``BRACKET_PIECES``): the numbers between are a
    matrix a display sets, math (``_aligned``), not a table (markovchain.pdf's "A_n = ( … )",
    4ti2_manual.pdf's A3×3 were taken for grids)."""
    return any(BRACKET_PIECES.fullmatch(line.text.strip()) for line in lines)


def _starts(grids: list[list[Line]]) -> list[float]:
    """Where each column of the ``grids`` starts."""
    return [min(ln.x0 for ln in column) for run in grids for column in _columns(run)]


def _long_grid(lines: list[Line]) -> bool:
    """``GRID_COLUMNS`` columns of ``GRID_ROWS`` cells or more among ``lines``, or ``GRID_ROWS`` lines
    showing a glyph in its styles (``GLYPH_STYLES``): pdfminer reads some of a repertoire's rows
    whole ("21BD ↽  ↽  ↽  ↽      uni21BD"), and their code, glyph and name columns are one."""
    columns = sum(len(column) >= GRID_ROWS for column in _columns(lines)) >= GRID_COLUMNS
    return columns or _glyph_rows(lines)


def _glyph_rows(lines: list[Line]) -> bool:
    """``GRID_ROWS`` lines or more showing a glyph in its styles (``GLYPH_STYLES``): a repertoire,
    whatever font pdfminer takes its glyphs to be set in."""
    return sum(GLYPH_STYLES.fullmatch(ln.text.strip()) is not None for ln in lines) >= GRID_ROWS


def _typewriter_only(lines: list[Line]) -> bool:
    """All ``lines`` set monospaced: the columns of a listing pdfminer parted at their gaps (feff6.pdf's
    input files, "-1.8050" | ".0000" | "1.8050" | "1"), which the listing rules read, never a table;
    a repertoire's rows (``_glyph_rows``) are no listing, though its glyphs' math font reads as
    monospaced (qag-info.pdf's "228B ⊋  ⊋  ⊋  ⊋")."""
    return all(line.mono for line in lines) and not _glyph_rows(lines)


def _cell_runs(page: list[Line], starts: list[float] = ()) -> list[list[Line]]:
    """The lines of each run of rows whose lines are all cells (``_grid_cell``) or cells of the
    columns that start at ``starts`` run together (``_run_together``), each row at most ``ROW_GAP``
    em under the last."""
    runs: list[list[list[Line]]] = []
    fresh = True
    for row in _page_rows([ln for ln in page if not ln.text.startswith(TABLE)]):
        if not all(_grid_cell(ln) or _run_together(ln, starts) for ln in row):
            fresh = True
            continue
        if fresh or row[0].top - max(ln.bottom for ln in runs[-1][-1]) > ROW_GAP * row[0].size:
            runs.append([])
        runs[-1].append(row)
        fresh = False
    return [[ln for row in run for ln in row] for run in runs]


def _run_together(line: Line, starts: list[float]) -> bool:
    """A line of cells of several columns that start at ``starts``: it starts where one does and
    runs past the next one's start, no two words side by side in it (``PHRASE``)."""
    edge = ALIGN_EDGE * line.size
    opens = any(abs(line.x0 - start) <= edge for start in starts)
    spans = any(line.x0 + edge < start < line.x1 for start in starts)
    return opens and spans and not PHRASE.search(line.text)


def _grid_cell(line: Line) -> bool:
    """A line that is a cell of a grid of codes: ``GRID_CELL_WORDS`` tokens or fewer, no two words
    side by side (``PHRASE``: a heading over the grid, "0. No unicodes", is the text's), or one
    glyph in its styles (``GLYPH_STYLES``: qag-info.pdf's repertoire shows each glyph four times,
    and its rows were read as code)."""
    text = line.text.strip()
    short = len(text.split()) <= GRID_CELL_WORDS and not PHRASE.search(text)
    return short or GLYPH_STYLES.fullmatch(text) is not None


def _captioned_tables(page: list[Line]) -> list[Rule]:
    """The regions of small unruled tables over their caption ("Table 5: …"): the rows stacked over
    it, each at most ``ROW_GAP`` em over the next, up to a table taken already or a line alone that
    is longer than a cell or stands at the text's left edge (a heading, a paragraph's last line),
    when ``TYPEWRITER_ROWS`` of them or more hold two cells or more. A row of a drawing's label or of
    a line longer than a cell beside others (a wide cell, two columns of prose) leaves the table to
    ``_aligned``: where it ends is not known. A tabular of R function names in typewriter beside two
    numbers a row is no listing nor a grid of figures: its names were read as code, its numbers cut
    as ``numbers_only`` and its header as a figure's labels, and the text citing "the values in
    Table 5" had none. Rows stacked so under a caption's paragraph are its table too when their
    figures stand fewer than ``GRID_NUMBERS`` a row, too few for ``_aligned`` (``_few_figures``):
    HSAUR3's smoking tables, "Nonsmoker" | "3" | "14" under "Table 18.1: …", stood as paragraphs of
    labels and heads, their figures cut."""
    prose = [ln.x0 for ln in page if _prose_line(ln, ln.text)]
    left = min(prose, default=None)
    rows = _page_rows(page)
    regions = []
    for at, row in enumerate(rows):
        if len(row) != 1 or not TABLE_CAPTION.match(MARK.sub("", row[0].text).strip()):
            continue
        end = at + 1
        while end < len(rows) and _caption_goes_on(rows[end - 1], rows[end]):
            end += 1
        above = _rows_stacked(list(reversed(rows[:at])), row, left)
        below = _rows_stacked(rows[end:], rows[end - 1], left)
        for taken in (above, below if _few_figures(below) else []):
            if sum(len(cells) >= 2 for cells in taken) >= TYPEWRITER_ROWS:
                regions.append(enclosing(ln.box for cells in taken for ln in cells))
    return regions


def _rows_stacked(rows: list[list[Line]], caption: list[Line], left: float | None) -> list[list[Line]]:
    """The ``rows`` (in order away from the ``caption``'s row) stacked against it, each at most
    ``ROW_GAP`` em from the one before, up to a table taken already or a line alone longer than a
    cell or at the text's ``left`` edge (``_captioned_tables``)."""
    taken: list[list[Line]] = []
    size = caption[0].size
    for row in rows:
        near = taken[-1] if taken else caption
        upper, lower = sorted((near, row), key=lambda cells: min(ln.top for ln in cells))
        if min(ln.top for ln in lower) - max(ln.bottom for ln in upper) > ROW_GAP * size:
            break
        if any(ln.text.startswith(TABLE) for ln in row):
            break
        if any(len(ln.text) > CELL_CHARS or ln.drawing is not None for ln in row):
            if len(row) == 1 and _row_read_whole(row[0], [ln for cells in taken for ln in cells]):
                return []  # the table goes on past a row read whole: ``_aligned`` finds its end
            return taken if len(row) == 1 else []
        if len(row) == 1 and left is not None and abs(row[0].x0 - left) <= ALIGN_EDGE * size:
            break
        taken.append(row)
    return taken


def _row_read_whole(line: Line, block: list[Line]) -> bool:
    """A row of the aligned ``block`` that pdfminer read as one line of words: where a column's widest
    cell fills it, the cells stand a word space apart (c90.pdf's Table 4, "base_desclike lower →
    base_descless lower" among rows of italic class names, was read as prose and cut its table in
    three). It starts at the block's first column's edge, is set in the face of all the block's
    lines (italic, bold), and holds no sentence's stop or comma: no prose line between two tables."""
    return (
        bool(block)
        and abs(line.x0 - min(ln.x0 for ln in block)) <= ALIGN_EDGE * line.size
        and all(ln.italic == line.italic and ln.bold == line.bold for ln in block)
        and not _clause_marks(line.text)
    )


def _clause_marks(text: str) -> bool:
    """``text`` holds a sentence's stop or a comma: a line of prose, where a row of cells or a
    display's pieces hold neither."""
    return "," in text or bool(SENTENCE_STOP.search(text))


def _caption_goes_on(row: list[Line], below: list[Line]) -> bool:
    """``below`` is the next line of the caption paragraph ``row`` holds: a line alone, at its left
    edge, less than an em under it."""
    line = row[0]
    return (
        len(below) == 1
        and abs(below[0].x0 - line.x0) <= ALIGN_EDGE * line.size
        and below[0].top - line.bottom < line.size
    )


def _few_figures(rows: list[list[Line]]) -> bool:
    """Some of the rows hold lines of figures alone, none ``GRID_NUMBERS`` of them or more: a table
    ``_aligned`` does not see (it pairs figures only in a grid's rows)."""
    counts = [
        sum(bool(NUMBERS_ONLY.match(ln.text)) and any(c.isdigit() for c in ln.text) for ln in row)
        for row in rows
    ]
    return any(counts) and max(counts) < GRID_NUMBERS


def _heads_repeated_overleaf(previous: list[Line], page: list[Line], tables: list[Table]) -> list[Line]:
    """The line over the table that opens ``page`` when it repeats, word for word, the line over the
    table that ends the ``previous`` page (no text under it there), the two tables starting at one
    edge (``HEAD_REACH`` em): Doxygen sets a table's head ("Parameters") again atop the page its table
    goes on to, the head of the continuation, not new text (stringdist's C API manual read
    "Parameters" / "Parameters" under a function whose parameters ran over a page break)."""
    ended = _table_ending_page(previous, tables)
    head = _line_over(previous, ended.box) if ended and ended.box else None
    if ended is None or ended.box is None or head is None:
        return []
    reach = HEAD_REACH * head.size
    placed = _placed_tables(page, tables)
    going_on = [table.box for table in placed if table.box and abs(table.box[0] - ended.box[0]) <= reach]
    if not going_on:
        return []
    box = min(going_on, key=lambda box: box[1])
    over = [line for line in page if not line.text.startswith(TABLE) and line.top < box[1]]
    repeated = len(over) == 1 and " ".join(over[0].text.split()) == " ".join(head.text.split())
    return over if repeated and _line_over(page, box) is over[0] else []


def _placed_tables(page: list[Line], tables: list[Table]) -> list[Table]:
    """The tables whose placeholders stand on ``page``."""
    return [tables[int(line.text[1:])] for line in page if line.text.startswith(TABLE)]


def _table_ending_page(page: list[Line], tables: list[Table]) -> Table | None:
    """The table of ``page`` that ends it: no line of the page's text stands under its box."""
    placed = _placed_tables(page, tables)
    last = max((table for table in placed if table.box), key=lambda table: table.box[3], default=None)
    if last is None or any(ln.top > last.box[3] for ln in page if not ln.text.startswith(TABLE)):
        return None
    return last


def _line_over(page: list[Line], box: Rule) -> Line | None:
    """The text line right over ``box``, ``HEAD_REACH`` em or less above its top and sharing its left
    part (a table's head, flush with it or set out from it by a cell's padding)."""
    over = [
        line
        for line in page
        if not line.text.startswith(TABLE)
        and 0 <= box[1] - line.bottom <= HEAD_REACH * line.size
        and abs(line.x0 - box[0]) <= HEAD_REACH * line.size
    ]
    return max(over, key=lambda line: line.bottom, default=None)
