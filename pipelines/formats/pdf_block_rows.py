"""Rows of an aligned block that are no table: running text, grammars, leader rows and listings.

``pdf_aligned`` finds blocks of side-by-side lines; before one is taken as a table, the rows here
are read as text: a row of text width or a display's lead-in (``_running_rows``,
``_text_width_rows``, ``_sentences_between``), a grammar's productions (``_read_grammar``), rows
split by leaders (``_read_through_leaders``), a program listing (``_listing``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.pdf_gutters import _parted_by, _prose_gutter_between
from sloika.pipelines.formats.pdf_line_ends import MATH_SIGN
from sloika.pipelines.formats.pdf_line_record import MARK, MARKED_ITEM, Line, Rule, enclosing
from sloika.pipelines.formats.pdf_listings import FIRST_INDENT
from sloika.pipelines.formats.pdf_page_rows import (
    ALIGNED_ROWS,
    LEADERS,
    PROSE_WORDS,
    SIZE_STEP,
    TABLE,
    WORD,
    _columns,
    _index,
    _inside,
    _page_rows,
    _prose_line,
    _prose_words,
    _rows,
    _same_row,
    _side_by_side,
    _without,
)
from sloika.pipelines.formats.pdf_pieces import _opens_with_word
from sloika.pipelines.formats.pdf_tables import ROW_GAP, _prose_columns
from sloika.text.sentences import SENTENCE_END

# A program's line: a statement's ";" or a brace ends it (its comment may follow), a brace opens it,
# or it is a comment ("case 1: n = n − 1; break;  /∗ round down ∗/", "{ int i;", "} Outline;")
PROGRAM_LINE = re.compile(r"(?:[;{}]\s*(?:/[∗*].*[∗*]/\s*)?$)|^\s*[{}]|^\s*/[∗*].*[∗*]/\s*$")
LEADER_RUN = re.compile(r"(?<=\s)(?:[.…·]\s)+")  # leaders between a row's words: " . . . . "
LEADER_LINE = re.compile(r"^\s*(?:[.…·]\s*)+$")  # a piece of leaders alone
CODE_MARK = re.compile(r"[(){}\[\]=<>_$#&|]")  # a bracket, a sign or an underscore: no prose line's end
LISTING_SHARE = 1 / 3  # rows of program lines, at least, that make an aligned block a listing
EQUATION_NUMBER = re.compile(r"^\(\d{1,3}(?:\.\d{1,3})?[a-z]?\)$")  # a display's number: "(5)", "(2.13b)"
TERM_HANG = 6.0  # em: a definition list's description starts at most this far right of its term's start
PIECE_GAP = 1.5  # em: pieces of one line of running text (an inline formula's) stand closer than this
RUN_IN_WORDS = 3  # words of a run-in heading ("Literals.") at most
# a production's sign: BNF's "::=", or the arrow a grammar set in math writes ("cid → letter {…}")
PRODUCTION_SIGN = r"(?:::=|→)"
# a grammar's production: "decl ::= function-decl ;", "specialid → export | safe"
PRODUCTION_HEAD = re.compile(rf"^[^\W\d][\w-]*\s*{PRODUCTION_SIGN}")
# a grammar's row: a production, its right side beside the head ("::= ident", "→ letter {…}") or an
# alternative ("| struct-decl ;", "|" alone beside it)
PRODUCTION = re.compile(rf"{PRODUCTION_HEAD.pattern}|^{PRODUCTION_SIGN}|^\|(?:\s|$)")
# what only a grammar's rows hold: BNF's sign, or an alternative's bar (an arrow alone maps: "a → b")
GRAMMAR_MARK = re.compile(r"::=|\|")
LEAD_IN_END = re.compile(r"[.,:;]\s*$")  # a lead-in between displays ends its clause (``_sentences_between``)
# ... or ends on a word that asks for what follows: "and hence is the isotonic regression of" (display)
LEAD_IN_WORD = re.compile(r"\b(?:of|the|an?|to|by|is|are|be|from|that|than)\s*$")
# ... or, a clause of symbols too, on "and"/"or" that join it to the next display: "for s ∈ S1 and"
CLAUSE_JOIN = re.compile(r"\S\s+(?:and|or)\s*$")
# ... or, however few its words, goes on a sentence and announces what is under it: "and let:", "where:"
ANNOUNCING = re.compile(r"^[a-z][^.;:]*:\s*$")
# the words (``WORD``) a sentence between two displays (``_formulas_around``) has at least ("Thus to
# solve"; a lone "dt" is a formula's piece)
SENTENCE_WORDS = 2


def _listing(lines: list[Line], marked: bool = False) -> bool:
    """Whether an aligned block is a program set in proportional fonts (a CWEB listing) with its
    comments or section numbers beside the statements: ``LISTING_SHARE`` of its rows, two at
    least, are program lines (``PROGRAM_LINE``). Taken as a table, its code left the text for
    the ``table`` span's cells, where no reader of the text finds it. ``marked``: a program line
    counts only with a program's mark in it (``CODE_MARK``), where the rows a table grew to may
    be a cell's run-on prose ending in ";" ("… особые отметки;")."""
    rows = [" ".join(row) for row in _rows(lines)]
    program = sum(bool(PROGRAM_LINE.search(row) and (not marked or CODE_MARK.search(row))) for row in rows)
    return program >= max(2, LISTING_SHARE * len(rows))


def _read_in_rows(page: list[Line], block: list[Line]) -> list[Line]:
    """``block``'s rows, each one line of its pieces left to right, where its first line stood: a
    statement and its comment beside it are one line of code, not a line and a paragraph apart."""
    return _spliced(page, block, [_row_line(row) for row in _page_rows(block)])


def _spliced(page: list[Line], block: list[Line], lines: list[Line]) -> list[Line]:
    """The page with ``block``'s lines replaced by ``lines``, standing where its first line stood:
    after the page's other lines read before it. Where ``block[0]`` is read after some of the block's
    lines (``pdf_tables._rows_in_text`` puts the lines read among them that stand over them first),
    those go from before it, and its place among the rest is that many lines earlier than on the
    page: fasta_guide.pdf's version history, its dates' column read first, had a group's table
    and its heading land four lines into the next group's entries."""
    ids = {id(line) for line in block}
    first = _index(page, block[0])
    rest = _without(page, block)
    first -= sum(id(line) in ids for line in page[:first])
    return rest[:first] + lines + rest[first:]


def _grammar(page: list[Line], lines: list[Line], region: Rule) -> list[list[Line]]:
    """The rows of an aligned block that is a grammar's display, none where it is not: each row a
    production ("decl ::= function-decl ;", "cid → letter {letter | ascDigit}") or an alternative
    under one ("| struct-decl ;"), and with the production rows right above and below it
    (``_grammar_rows``) two rows at least, one a production and one holding "::=" or a bar. LaTeX
    sets it as a ``tabular`` or an array (the nonterminal, the sign, the right side, a comment
    column), so it lines up like a table; read as one, its productions left the text (camlidl's
    ``lexpr``), and an alternative's bar was cut as debris, its comment as ``math`` (the Haskell 98
    FFI's "| " dynamic " (stub factory importing addresses)"). The rows are judged whole, with their
    typewriter pieces in ``region`` (``_typewriter_sides``)."""
    block = [_row_line(row).text for row in _page_rows(lines + _typewriter_sides(page, lines, region))]
    if not all(PRODUCTION.match(text) for text in block):
        return []
    rows = _grammar_rows(page, region)
    whole = [_row_line(row).text for row in rows]
    grammar = (
        len(whole) >= 2
        and any(re.search(PRODUCTION_SIGN, row) for row in whole)
        and any(GRAMMAR_MARK.search(row) for row in whole)
    )
    return rows if grammar else []


def _typewriter_sides(page: list[Line], lines: list[Line], region: Rule) -> list[Line]:
    """The monospaced lines in ``region`` on the rows of ``lines``: a production's right side set
    all in typewriter ("::=  ’%charset’ (’ASCII7’ | ’UTF8’)") is no cell of an aligned block, so its
    row read its head alone ("directive"), no production, and smlnj's ml-ulex grammar went whole
    into a table. A monospaced row with no piece in the block is not one of its rows."""
    typewriter = [ln for ln in page if ln.mono and TABLE not in ln.text and _inside(ln, region)]
    return [ln for ln in typewriter if any(_same_row(ln, other) for other in lines)]


def _read_grammar(page: list[Line], rows: list[list[Line]]) -> list[Line]:
    """The grammar's rows (``_grammar``), each one line of text that ends its paragraph
    (``Line.grammar``), where its first line stood: its monospaced keywords ("|  void") no listing,
    its math-font bars ("|") no formula."""
    taken_ids = {id(ln) for row in rows for ln in row}
    block = [ln for ln in page if id(ln) in taken_ids]  # in the page's order: the rows stand at the first
    return _spliced(page, block, [_grammar_line(_row_line(row)) for row in rows])


def _grammar_rows(page: list[Line], region: Rule) -> list[list[Line]]:
    """The page's rows with a line in ``region``, and the production rows right above and below them
    (a head set in typewriter, "type-spec ::= [unsigned | signed] …", an alternative alone on its
    row, a production pdfminer read as one line: "specialid → export | safe | unsafe | ccall" over
    the block of its alternatives' bars beside their right sides)."""
    rows = _page_rows([ln for ln in page if not ln.text.startswith(TABLE)])
    taken = [at for at, row in enumerate(rows) if any(_inside(ln, region) for ln in row)]
    first, last = taken[0], taken[-1]
    while first > 0 and _grammar_row_next(rows[first - 1], rows[first]):
        first -= 1
    while last + 1 < len(rows) and _grammar_row_next(rows[last], rows[last + 1]):
        last += 1
    return rows[first : last + 1]


def _grammar_line(row: Line) -> Line:
    """A grammar's row as a line of text: its typewriter pieces' wide spaces one space."""
    return replace(row, text=" ".join(row.text.split()), mono=False, formula=False, grammar=True, lead=True)


def _grammar_row_next(upper: list[Line], lower: list[Line]) -> bool:
    """Two rows of one grammar display: both productions or alternatives, the lower at most
    ``ROW_GAP`` em under the upper."""
    texts = (_row_line(upper).text, _row_line(lower).text)
    gap = min(ln.top for ln in lower) - max(ln.bottom for ln in upper)
    return all(PRODUCTION.match(text) for text in texts) and gap < ROW_GAP * lower[0].size


def _prose_through_leaders(lines: list[Line], gutter: float | None = None) -> bool:
    """Whether an aligned block is a paragraph's lines broken by leaders or white space (a manual's
    demonstration of leaders: "some sort of repeated . . . . . content."): each row of more than
    one piece, ``ALIGNED_ROWS`` at least, opens with a prose line's words (``PROSE_WORDS``) and
    goes on mid-sentence at each break, the piece before ending on no stop and the one after
    starting in lower case. A table's key stands short of that; its cells start anyhow. A row whose
    pieces stand on both sides of the page's ``gutter`` (``_parted_by``) is the two columns' lines,
    whatever their words: Scipy2009Nitime.pdf p. 5's last five rows, "… such as UniformTimeSeries,
    one" beside "that is readable and compact. …", "… multiple such properties" beside "needed. …",
    were read across as one paragraph."""
    broken = [row for row in _page_rows(lines) if len(_leader_free_pieces(row)) > 1]
    return (
        len(broken) >= ALIGNED_ROWS
        and all(_sentence_through(_leader_free_pieces(row)) for row in broken)
        and not any(_parted_by(row, gutter) for row in broken)
    )


def _run_in_terms(lines: list[Line]) -> bool:
    """Whether an aligned block is a definition list set run in (Texinfo's ``@table``, a grammar's
    summary: "include:" beside "include string ‘;’", "label:" beside "identifier"): each row of two
    pieces or more is a term ending in a colon and the text it names, starting at most ``TERM_HANG``
    em right of the term's start (farther, it is the page's other column: yacas' "Calling format:"
    beside "on the command line …"), ``ALIGNED_ROWS`` rows at least (a row of one piece is a
    description's wrapped line). A colon's label reads on into what follows
    it; a table's cell names no such label. Read as a table, the entries left the text."""
    rows = [sorted(row, key=lambda ln: ln.x0) for row in _page_rows(lines) if len(row) > 1]
    return len(rows) >= ALIGNED_ROWS and all(
        len(row) == 2
        and MARK.sub("", row[0].text).rstrip().endswith(":")
        and row[1].x0 <= row[0].x0 + TERM_HANG * row[0].size
        for row in rows
    )


def _list_items(lines: list[Line]) -> bool:
    """Whether an aligned block is a list whose items set a term and its description a tab apart
    ("– family" beside "typeface name", "– Math Letters" beside "(OML, 7m, cmmi, \\fam1)"): every row
    of two pieces or more opens with an item's mark and a word (``MARKED_ITEM``), ``ALIGNED_ROWS`` rows
    at least. A list is no table: taken for one, et99-font-tutorial.pdf's slides lost their lists,
    "… described by the following font attributes:" over nothing."""
    rows = [row for row in _page_rows(lines) if len(row) > 1]
    return len(rows) >= ALIGNED_ROWS and all(MARKED_ITEM.match(_row_line(row).text) for row in rows)


def _contents_rows(lines: list[Line]) -> bool:
    """Whether an aligned block is a contents list's entries, their labels or page numbers read
    apart from their titles (feffit.pdf's appendices: "B" | "Suggestions for … ::::::" | "31"): each
    row of more than one piece, ``ALIGNED_ROWS`` at least, ends in leaders to its page number
    (``LEADERS``). Taken for a table, the entries left too few leader lines on the page for a contents
    page (``pdf_contents._back_matter``), and the list stayed in the text, its entries as headings."""
    rows = [row for row in _page_rows(lines) if len(row) > 1]
    labelled = all(len(row) > 2 for row in rows)  # a label, a title with its leaders, a page number
    return len(rows) >= ALIGNED_ROWS and labelled and all(LEADERS.search(_row_line(row).text) for row in rows)


def _leader_free_pieces(row: list[Line]) -> list[str]:
    """A row's texts left to right, split at leaders (``LEADER_RUN``), leaders and empty pieces gone."""
    pieces = (LEADER_RUN.split(f" {ln.text} ") for ln in sorted(row, key=lambda ln: ln.x0))
    return [piece.strip() for split in pieces for piece in split if piece.strip()]


def _sentence_through(pieces: list[str]) -> bool:
    """The pieces read as one sentence's words: the first a prose line's, no break after a stop, each
    next piece opening in lower case."""
    prose = len(set(WORD.findall(pieces[0].lower()))) >= PROSE_WORDS
    return prose and all(
        not a.endswith((".", "!", "?", ":", ";")) and b[:1].islower()
        for a, b in zip(pieces, pieces[1:], strict=False)
    )


def _read_through_leaders(page: list[Line], block: list[Line]) -> list[Line]:
    """``block``'s rows as prose lines, each its pieces' words left to right, where its first line
    stood. A piece of leaders alone stays a line of its own (``lay_out`` cuts it as
    ``numbers_only``); the leaders cut from inside a piece follow the rows as one such line."""
    words = [ln for ln in block if not LEADER_LINE.match(ln.text)]
    rows = [_row_through_leaders(row) for row in _page_rows(words)]
    cut = [found.strip() for ln in words for found in LEADER_RUN.findall(f" {ln.text} ")]
    last = rows[-1]
    below = {"top": last.bottom, "bottom": 2 * last.bottom - last.top}
    leaders = [replace(last, text=" ".join(cut), **below)] if cut else []
    return _spliced(page, words, rows + leaders)


def _row_through_leaders(row: list[Line]) -> Line:
    """A row's pieces as one line of prose, its leaders gone."""
    return replace(_row_line(row), text=" ".join(_leader_free_pieces(row)))


def _row_line(row: list[Line]) -> Line:
    """A row's lines as one line, their texts left to right with a space between."""
    pieces = sorted(row, key=lambda ln: ln.x0)
    x0, top, x1, bottom = enclosing([(ln.x0, ln.top, ln.x1, ln.bottom) for ln in pieces])
    text = " ".join(ln.text.strip() for ln in pieces)
    return replace(pieces[0], text=text, x0=x0, x1=x1, top=top, bottom=bottom)


def _gutter_code(page: list[Line]) -> list[Line]:
    """Monospaced lines beside a line of the other column across the page's gutter
    (``_prose_gutter_between``): a column's code is its column's, and the columns are read one after
    the other through it. afex's right-column paragraph was read before the left column's listing,
    its last line after the other column's code."""
    return [
        line
        for line in page
        if line.mono
        and not line.text.startswith(TABLE)
        and any(
            other is not line and _side_by_side(line, other) and _prose_gutter_between(line, other, page)
            for other in page
        )
    ]


def _running_rows(page: list[Line], blocks: list[list[Line]]) -> frozenset[int]:
    """The ids of the lines of running text inside numbered displays read as one aligned block: a
    row that opens at the text's left margin with a line of prose (``_prose_words``, no formula
    glyphs, no relation sign) and the lines on it but a display's pieces (ellipticpaper.pdf's "and
    the relation" between displays (5) and (6), a formula's lowest piece beside it; "It may be seen
    that, provided |q| < 1, …" / "Indeed, the" under display (16)). A display is centred or set in,
    so a line at the margin in its band is a sentence between displays, and it stays in the text.
    Only in a block with an equation number ("(5)") at the right margin in its band (a line of
    numbers alone, it pairs with nothing): a table's first cells reach the margin too; and only
    where no such row holds a second line of prose: on a two-column page the other column's line
    stands beside it, and the columns are read as columns (afex's introduction-mixed-models.pdf)."""
    prose = [ln for ln in page if _prose_line(ln, MARK.sub("", ln.text).strip())]
    if not prose:
        return frozenset()
    left = min(ln.x0 for ln in prose)
    right = max(ln.x1 for ln in page)
    found: set[int] = set()
    for block in blocks:
        band = (0.0, min(ln.top for ln in block), float("inf"), max(ln.bottom for ln in block))
        numbers = [ln for ln in page if EQUATION_NUMBER.match(ln.text.strip()) and _inside(ln, band)]
        if not any(right - ln.x1 < ln.size for ln in numbers):
            continue
        opening = [
            line
            for line in block
            if line.x0 - left < 1.0
            and _prose_words(line)
            and not (line.formula or MATH_SIGN.search(MARK.sub("", line.text)))
        ]
        rows = {id(ln): ln for line in opening for ln in block if _same_row(ln, line) and not ln.formula}
        beside = [ln for ln in rows.values() if ln not in opening and _prose_line(ln, MARK.sub("", ln.text))]
        if not beside:
            found.update(rows.keys())
    return frozenset(found)


def _text_width_rows_joined(
    page: list[Line], blocks: list[list[Line]], gutter: float | None = None
) -> tuple[list[Line], list[list[Line]], frozenset[int]]:
    """The page and its blocks with each row of running text in a block's band (``_text_width_rows``)
    as one line where its first piece stood, and the ids of those lines: in the text, no cells."""
    rows = _text_width_rows(page, blocks, gutter)
    if not rows:
        return page, blocks, frozenset()
    joined: dict[int, Line] = {}
    for row in rows:
        body = next(ln for ln in row if not ln.formula)  # the prose piece, not a variable's scripts
        line = replace(body, text=" ".join(ln.text.strip() for ln in row), x0=row[0].x0, x1=row[-1].x1)
        joined.update((id(ln), line) for ln in row)
    page = list({id(line): line for line in (joined.get(id(ln), ln) for ln in page)}.values())
    blocks = [
        list({id(ln): ln for ln in (joined.get(id(ln), ln) for ln in block)}.values()) for block in blocks
    ]
    return page, blocks, frozenset(id(line) for line in joined.values())


def _text_width_rows(
    page: list[Line], blocks: list[list[Line]], gutter: float | None = None
) -> list[list[Line]]:
    """The rows in a block's band set as running text, each its pieces left to right. Such a row
    opens with a word at the text's left margin or paragraph indent, in a piece of prose words (no
    formula) or a variable with its scripts before one (``_scripted_opening``); its pieces make a
    line of prose (``_prose_line``, ``PROSE_WORDS`` words at least) that reaches the text's right
    edge, with no gap in it wider than ``PIECE_GAP`` em but where a stacked fraction stands
    (``_covered``). An inline formula's subscripts and fraction bars break such a
    line into pieces (dylp's "choosing a leaving variable … the largest |βib/∥βi∥|, effectively
    calcu-" beside a display), but a line set at the text width is a paragraph's, never a table's
    row: a display is centred or set in, a table's cells stand apart. A row opened by a run-in
    heading (``_run_in_head``) whose sentence ends on it is a paragraph of one line, however short of
    the edge (camlidl's "Literals." + "Integer literals, … as in C." went into the table of the
    display under it). Only blocks of a table's ``ALIGNED_ROWS`` rows or more, not columns of prose
    (two text columns a gutter apart), and no row with pieces on both sides of the page's ``gutter``
    (``_parted_by``): those are the two columns' lines (intro.book.pdf's "path – a string containing
    a full path where yacas script files" beside the right column's "it returns an empty string if
    …", a gap of 1.1 em). The margin is the block's where its lines start left of the prose (a
    column of keys, each a date or a term beside its entry): a description's full line with no key
    beside it is its entry's, no running text (fasta_guide.pdf's version history, "of [26] for
    Smith-Waterman only. …", read after the table as a line of its own)."""
    prose = [ln for ln in page if _prose_line(ln, MARK.sub("", ln.text).strip())]
    if not prose:
        return []
    left = min(ln.x0 for ln in prose)
    right = max(ln.x1 for ln in prose)
    found: dict[int, list[Line]] = {}
    table_blocks = [b for b in blocks if len(_rows(b)) >= ALIGNED_ROWS and not _prose_columns(_columns(b))]
    for block in table_blocks:
        band = (0.0, min(ln.top for ln in block), float("inf"), max(ln.bottom for ln in block))
        inside = [ln for ln in page if _inside(ln, band) and not ln.text.startswith(TABLE)]
        margin = min(left, *(ln.x0 for ln in block))
        for first in inside:
            if first.formula or not _prose_words(first):
                continue
            row = sorted((ln for ln in inside if _same_row(ln, first)), key=lambda ln: ln.x0)
            text = MARK.sub("", " ".join(ln.text for ln in row))
            before = row[: row.index(first)]
            run_in = _run_in_head(before, first) and SENTENCE_END.search(text)
            if (
                row[0].x0 - margin < FIRST_INDENT * first.size
                and (_scripted_opening(before, first) or _worded_opening(before) or run_in)
                and _opens_with_word(text)  # no step's number, no table's key
                and len(text.split()) >= PROSE_WORDS  # no URL alone
                and _prose_line(first, text)
                and (right - row[-1].x1 < first.size or run_in)
                and not _parted_by(row, gutter)
                and _covered(
                    first, [ln for ln in inside if min(ln.bottom, first.bottom) > max(ln.top, first.top)]
                )
            ):
                found[id(first)] = row
    return list(found.values())


def _scripted_opening(before: list[Line], first: Line) -> bool:
    """The pieces of a row before its prose piece ``first`` are none, or a variable with its sub-
    and superscripts: set smaller than the prose ("x" with "lower" over "k") and within
    ``PIECE_GAP`` em of it, so that joined to their base they open the line of prose."""
    if not before:
        return True
    smaller = all(ln.size < first.size - SIZE_STEP for ln in before)
    return smaller and first.x0 - max(ln.x1 for ln in before) < PIECE_GAP * first.size


def _worded_opening(before: list[Line]) -> bool:
    """The row's first piece before its prose piece is words of the text, no formula, ending in a
    relation sign whose inline formula a root or script broke off the rest ("where ẑ and σ̂ =" |
    "√" | "σ̂² are taken from the equations …", tgp.pdf p. 10): the row opens its sentence at the
    margin. A table's key cell beside its row's cells ends in no relation."""
    if not before or before[0].formula:
        return False
    text = MARK.sub("", before[0].text).rstrip()
    return _opens_with_word(text) and bool(MATH_SIGN.fullmatch(text[-1:]))


def _numbered_display(lines: list[Line]) -> bool:
    """An aligned block that is one display: an equation number ("(10)") ends it at its right, and
    every other line is a formula's piece: a formula, a line with a relation or operator sign, or
    one of fewer than ``PROSE_WORDS`` words (tgp.pdf's model (1) in two columns, "τ² ∼ IG(ατ/2,
    qτ/2)", the stacked fractions of (8) and (10)). It is left to the display rules, never a table:
    a table's cells hold words and carry no equation number."""
    numbers = [ln for ln in lines if EQUATION_NUMBER.match(MARK.sub("", ln.text).strip())]
    rest = _without(lines, numbers)
    return (
        bool(numbers and rest)
        and max(ln.x1 for ln in numbers) >= max(ln.x1 for ln in rest)
        and all(ln.formula or MATH_SIGN.search(ln.text) or not _prose_words(ln) for ln in rest)
        and any(ln.formula or MATH_SIGN.search(ln.text) for ln in rest)
    )


def _run_in_head(before: list[Line], first: Line) -> bool:
    """The piece before the prose piece ``first`` is a run-in heading, ``RUN_IN_WORDS`` words at
    most ending in a stop or colon within ``PIECE_GAP`` em of it ("Literals." beside "Integer
    literals, … as in C."): with a sentence ending on its row, a paragraph of one line, not a
    table's key and cell."""
    if len(before) != 1:
        return False
    head = MARK.sub("", before[0].text).strip()
    return (
        len(head.split()) <= RUN_IN_WORDS
        and head.endswith((".", ":"))
        and first.x0 - before[0].x1 < PIECE_GAP * first.size
    )


def _covered(first: Line, pieces: list[Line]) -> bool:
    """The pieces beside ``first`` on its height leave no gap wider than ``PIECE_GAP`` em from its
    start to their end: one line's text and formulas, not a table's cells in columns."""
    reach = first.x1
    for piece in sorted(pieces, key=lambda ln: ln.x0):
        if piece.x0 - reach >= PIECE_GAP * first.size:
            return False
        reach = max(reach, piece.x1)
    return True


def _sentences_between(page: list[Line], block: list[Line], line: Line, pairs: set[int]) -> list[Line]:
    """The lines of prose standing alone between the block's last row and ``line``, each at the
    text's left margin or its paragraph indent (``FIRST_INDENT``) and an em or more left of every
    line of the block: lead-ins between two displays (expint.pdf's "The above two definitions are
    related as follows:" under Ei(x)'s display, "(2)"'s display under it). A display is centred or
    set in, so such a line is a sentence, no table row: it stays in the text. It ends its clause
    (``LEAD_IN_END``: a stop, colon or comma) or runs on into the display under it, its last word one
    that asks for what follows (``LEAD_IN_WORD``: r-cran-iso's "and hence is the isotonic regression
    of" between display (3) and h(s)'s cases was taken with them for a table), or joins the display
    over it to the one under it, prose or not (``CLAUSE_JOIN``: "for s ∈ S1 and" between two cases
    displays went into their `math` record); a bare line ("for all entries (i, j) in A ∩ B", "else")
    is a case's condition or a branch of pseudo-code, the display's own. Between two blocks of
    formula pieces only (``_formulas_around``) any line of words at the margin or indent is a
    sentence, however it ends and however far left the display over it reaches; so is a clause
    opening in lower case and ending in a colon (``ANNOUNCING``) an em or more left of ``line``, however
    few its words and however near the block's lines it starts (r-bioc-snpstats' Fst vignette: "and
    let:" between its list of symbols, set in by a tabular's column space, and the aligned display
    under it, all three taken for one table)."""
    prose = [ln for ln in page if _prose_line(ln, MARK.sub("", ln.text).strip())]
    if not prose:
        return []
    left = min(ln.x0 for ln in prose)
    top = max(ln.bottom for ln in block)
    edge = min(ln.x0 for ln in block)
    around = _formulas_around(block, line)
    return [
        ln
        for ln in page
        if id(ln) not in pairs
        and top - 1.0 < ln.top
        and ln.bottom < line.top + 1.0
        and not ln.formula
        and ln.x0 - left < FIRST_INDENT * ln.size
        and (
            (_lead_in(ln, ln in prose) and ln.x0 < edge - ln.size)
            or (ANNOUNCING.match(MARK.sub("", ln.text)) and ln.x0 < line.x0 - ln.size)
            or (around and not ln.mono and len(WORD.findall(ln.text)) >= SENTENCE_WORDS)
        )
    ]


def _formulas_around(block: list[Line], line: Line) -> bool:
    """The block over a lone line and the ``line`` under it are all a rendered formula's pieces
    (``Line.formula``): two displays, which hold no words, so the words between them are the text's.
    freefem.pdf p. 16 set "Thus to solve" at its paragraph indent between a display as wide as the
    text (the definition of ∂f/∂t + u∂f/∂x + v∂f/∂y, from the left margin) and the equation it
    solves: the two displays and the sentence were read as a table, gone from the text."""
    return line.formula and all(ln.formula for ln in block)


def _lead_in(line: Line, prose: bool) -> bool:
    """A line between two displays that is a sentence's: prose that ends its clause or runs on into
    the display under it, or any clause joined to that display by "and" or "or"
    (``_sentences_between``)."""
    ending = bool(LEAD_IN_END.search(line.text) or LEAD_IN_WORD.search(line.text))
    return (prose and ending) or bool(CLAUSE_JOIN.search(MARK.sub("", line.text)))


def _split_at(block: list[Line], running: frozenset[int], sentences: list[Line] = ()) -> list[list[Line]]:
    """The block's lines in parts cut at its rows of running text (``_running_rows``), which belong
    to none, and at the sentences between its displays (``_sentences_between``), which stay in the
    text: the displays above and under a sentence are read apart (r-cran-iso's display (3) and
    h(s)'s cases, "and hence is the isotonic regression of" between them, were one block that
    stood over the sentence, so neither could be written)."""
    parts: list[list[Line]] = [[]]
    cuts = sorted([*(ln.top for ln in block if id(ln) in running), *(ln.top for ln in sentences)])
    for line in sorted(block, key=lambda ln: ln.top):
        if id(line) in running:
            continue
        at = sum(cut <= line.top for cut in cuts)
        while len(parts) <= at:
            parts.append([])
        parts[at].append(line)
    return [part for part in parts if part]
