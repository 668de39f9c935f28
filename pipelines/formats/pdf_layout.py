"""PDF page layout: tables, side-by-side columns and footnotes taken out of the line order.

pdfminer reads a page box by box, so a table comes out cell by cell between two paragraphs ("Наименование
государства / Азербайджанская Республика / … / Азгосстандарт / …") and footnote bodies stand
wherever their page ends, often inside a paragraph that runs on to the next page. Here, per page:

* a **ruled table** is a group of touching rules (drawn lines, stroked rectangle edges, TeX's filled
  rules) with at least three distinct column or row rules; a code listing's frame (two of each) is
  not one;
* an **aligned block** is three or more rows in which lines stand side by side at one height
  (lines of numbers alone do not count: a clause number set apart by a tab is no column). It is a
  table when it has three columns or more, or its lines are short (cells); otherwise it is prose
  set in columns, and its lines are put in column order (left column top to bottom, then the next);
  rows pdfminer read as one line across the columns and labels centred over them carry a block on,
  and such labels right over or under it are the table's (``_rows_between``, ``_labels_taken``);
  a block of fewer rows, three cells each at least, is a table beside a table caption (``_captioned``);
* a table's lines leave the page; a placeholder line (``TABLE`` and the table's index) stands where
  it was, so the parser puts a ``table`` span with the cells' text in ``structure`` at that place;
* **footnotes** are the lines at a page's bottom, below the last line of body-size text, set
  smaller than the body (the prose's: a .dtx manual's code, set smaller, outweighs it), the first
  of them starting with a mark ("⁴С другой стороны", "11В aptitude", "∗e-mail: …" under a
  \\thanks; "5. Cette option …" when the page's text raises the 5), a page number set under
  them at the body's size notwithstanding: they leave the page and are reflowed apart, for the
  parser to put after the text;
* a **contents page** (a third of its lines or more, five at least, end in dot leaders) leaves the
  text whole: a placeholder line (``CONTENTS`` and the page's index in ``Layout.contents``) stands
  where it was, so the parser records it in ``removed`` (a list of headings with page numbers is
  not prose, and a TeX contents line is set too tight to read: "1.1 ОчёмданныеЧаВо?"); so does an
  **index page** (its lines a term and page numbers, "apt-doc, 38, 39", under an index's cues
  CWEB's "atof 20" too, the rows of the tables its columns were taken for included), back matter alike;
* a **contents list without leaders** (LaTeX article's, on the title page: "Содержание" / "1 Кодировка
  KOI8-R", its page numbers a column apart) leaves the text the same way: a contents heading and the
  lines under it that repeat, in order, lines found later (the sections' headings), with the numbers
  read on their rows;
* a **determination key's lead** (leaders to a species' name or to the next couplet's number:
  "2. Околоцветник простой ....... 3.") is no contents line: its leaders become " — " and the lead
  ends its paragraph, a lead whose leaders wrap onto the next line joined first (``_leads_set``);
* a footnote reference set as plain digits after a sentence's end ("… вручную. 12") is a mark
  when the page has a note with that number;
* a footnote row's pieces are joined left to right, however far apart pdfminer read them;
* a monospaced line on the row of one read earlier moves next to it (a screen's right column);
* then pieces of one line that pdfminer split ("государств: AZ, …, UA" | "[коды альфа-2 по МЭК")
  are joined left to right, and lines of digits and punctuation alone (a table of contents' page
  numbers read across, "5 5 5 6 6") leave the text, but for monospaced ones (a listing's line
  numbers): each stands as a debris placeholder (``numbers_only``), as does each watermark line
  and each line of page furniture ``pdf_lines`` took out (``letter_column``, ``page_furniture``,
  ``rotated_text``: a line set turned; ``figure``: a label drawn in a Form XObject),
  so the parser records it in ``removed``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from sloika.pipelines.formats.pdf_aligned import _aligned, _table_ending_page
from sloika.pipelines.formats.pdf_block_rows import TERM_HANG
from sloika.pipelines.formats.pdf_contents import (
    CONTENTS_LINES,
    _back_matter,
    _contents_block_out,
    _contents_list_out,
    _ends_in_contents_list,
    _entries_alone,
    _index_bounds,
    _leader_lines,
    _leads_set,
    _numbered,
    _tables_read,
)
from sloika.pipelines.formats.pdf_footnotes import (
    _foot_under_notes,
    _footnote_lines,
    _note_numbers_joined,
    _references_marked,
    _rows_joined,
)
from sloika.pipelines.formats.pdf_gutters import _apart_across, _columns_in_order, _gutter_span, _page_gutter
from sloika.pipelines.formats.pdf_line_ends import _entry_goes_on, _line_ends_joined
from sloika.pipelines.formats.pdf_lines import RUN_IN_GAP, Dropped, Line, Rule, rows_of
from sloika.pipelines.formats.pdf_listings import (
    MARGIN_ALIGN,
    _brackets_in_place,
    _listing_rows,
    _listings_read_whole,
    _margin_stacks_together,
    _marks_in_listing_rows,
)
from sloika.pipelines.formats.pdf_page_rows import (
    ALIGN_EDGE,
    ALIGNED_ROWS,
    CONTENTS,
    DEBRIS,
    SIZE_STEP,
    TABLE,
    Table,
    _numbers_only,
    _placed,
    _prose_size,
    _same_row,
    _without,
)
from sloika.pipelines.formats.pdf_pieces import _clause_numbers_joined, _joined_pieces, _justified_rows
from sloika.pipelines.formats.pdf_tables import (
    _booktabs_regions,
    _captioned_tables,
    _ruled_regions,
    _take_tables,
    _typewriter_tables,
)

DOT_RUN = re.compile(r"(?:[.…·] ?){4,}")  # dot leaders anywhere in a line: a contents entry's
KEY_CHARS = 20  # characters: a monospaced table key beside its description, at most (an R function name)
KEY_REACH = 6.0  # em: a key's description starts at most this far right of the key's end (CWEB: 5.4)
ROW_LEADING = 0.5  # em between a description's lines, at most


@dataclass
class Layout:
    pages: list[list[Line]]  # body lines in reading order, table placeholders among them
    tables: list[Table]
    footnotes: list[list[Line]]  # each page's footnote lines, top to bottom
    contents: list[tuple[str, str]] = field(default_factory=list)  # each contents or index page: label, lines
    debris: list[tuple[str, str]] = field(default_factory=list)  # text, why (``pdf_debris``)
    numbers: list[Line] = field(default_factory=list)  # lines of numbers alone taken out, where they stood


def lay_out(pages: list[list[Line]], rules: list[list[Rule]], dropped: Dropped = ()) -> Layout:
    """The pages laid out; each line of ``dropped`` and each line of numbers alone taken out here
    (``numbers_only``) stands as a debris placeholder in ``Layout.debris`` (``_placed``)."""
    dropped = list(dropped)
    tables: list[Table] = []
    body: list[list[Line]] = []
    spans: list[tuple[float, float] | None] = []  # each page's gutter (``_gutter_span``)
    for number, (page, ruling) in enumerate(zip(pages, rules, strict=True)):
        page = _marks_in_listing_rows(page)
        gutter = _page_gutter(page)
        spans.append(_gutter_span(page, gutter))
        page = _justified_rows(_brackets_in_place(_columns_in_order(page, gutter)), gutter)
        page = _take_tables(page, _ruled_regions(ruling), number, tables, ruled=True, rules=ruling)
        page = _take_tables(page, _booktabs_regions(page, ruling), number, tables, ruled=True, rules=ruling)
        page = _take_tables(page, _typewriter_tables(page), number, tables, ruled=False)
        page = _take_tables(page, _captioned_tables(page), number, tables, ruled=False)
        ended = _table_ending_page(body[-1], tables) if body else None
        page = _aligned(_clause_numbers_joined(page, gutter), number, tables, ended, gutter)
        body.append(page)
    size = _prose_size(body)
    body = [_note_numbers_joined(page, size) for page in body]
    footnotes: list[list[Line]] = []
    feet: list[list[Line]] = []
    for page in body:
        notes = _footnote_lines(page, size, after_notes=bool(footnotes and footnotes[-1]))
        feet.append(_foot_under_notes(notes))
        footnotes.append(_without(notes, feet[-1]))
        dropped += [(ln, "page_furniture") for ln in feet[-1]]
    kept = []
    for page, notes, foot, span in zip(body, footnotes, feet, spans, strict=True):
        page = _without(page, foot)
        lines = _key_rows(
            _definition_lists_in_order(
                _margin_stacks_together(
                    _terms_over_descriptions(_listings_read_whole(_listing_rows(_without(page, notes), span)))
                )
            ),
            span,
        )
        lines = _leads_set(_line_ends_joined(_joined_pieces(lines, span)))
        numbers = [
            ln for at, ln in enumerate(lines) if _numbers_only(ln) and not _entry_goes_on(lines[:at], ln)
        ]
        dropped += [(ln, "numbers_only") for ln in numbers if ln.text.strip()]
        kept.append(_references_marked(_without(lines, numbers), notes))  # a listing's line numbers stay
    body = kept
    footnotes = [_rows_joined(notes) for notes in footnotes]
    contents: list[tuple[str, str]] = []
    label = None
    for number, page in enumerate(body):
        previous = label
        whole = previous == "contents" and _entries_alone(page, _numbered(page, number, dropped)[1])
        label = _back_matter(page, after_index=previous == "index", after_contents=previous == "contents")
        label = "contents" if whole else label
        read, origins = _tables_read(page, tables)
        if label is None and read != page:
            label = "index" if _back_matter(read, after_index=previous == "index") == "index" else None
        if label == "contents":
            body[number], dropped = _contents_list_out(
                page, number, previous == "contents", dropped, contents, whole
            )
        elif label:
            start, end = _index_bounds(read, runs_on=previous == "index")
            first = origins.index(origins[start])  # a table's first row: the table goes whole
            contents.append((label, "\n".join(line.text for line in read[first:end])))
            placeholder = replace(page[origins[start]], text=f"{CONTENTS}{len(contents) - 1}", mono=False)
            body[number] = [*page[: origins[start]], placeholder]  # the index runs to the page's end
        else:
            run_on = number > 0 and _ends_in_contents_list(body[number - 1], contents)
            body[number], dropped = _contents_block_out(body, number, dropped, contents, run_on)
    debris: list[tuple[str, str]] = []
    for line, why in dropped:
        debris.append((line.text, why))
        body[line.page] = _placed(body[line.page], line, f"{DEBRIS}{len(debris) - 1}")
    # a plot's tick values among them, those at a page's top edge gone as furniture too
    numbers = [line for line, _ in dropped if line.text.strip() and _numbers_only(line)]
    return Layout(body, tables, footnotes, contents, debris, numbers)


def _key_rows(page: list[Line], span: tuple[float, float] | None) -> list[Line]:
    """A table of short monospaced keys beside their descriptions (``ALIGNED_ROWS`` keys or more, each
    of ``KEY_CHARS`` at most, on the row of a prose line that starts within ``KEY_REACH`` em right
    of it, ``ALIGNED_ROWS`` descriptions or more starting at one left edge; a page may hold tables of
    several edges) read as one line a row: the key, two spaces, its description with the lines that
    hang under it at that edge, a paragraph of its own (``Line.lead``). pdfminer read the key column
    whole before the descriptions (slovak.pdf's '"a', '^d', … and "\\glqq", "\\grqq", …; itfancyhdr.pdf's
    "arabic", "roman", … on a page whose other tables set their descriptions further right), and each
    key alone was a fragment, or the keys one code block and the descriptions a list after it. A
    key and its description stand in one column: a listing's comments set out towards the page's
    gutter ``span`` are no keys of the other column's prose beside them (``_apart_across``)."""
    described = {
        id(key): desc
        for key in page
        if (desc := _description_of(key, page)) is not None and not _apart_across(key, desc, span)
    }
    keys = {
        id(desc): key
        for key in page
        if (desc := described.get(id(key))) is not None
        and sum(abs(other.x0 - desc.x0) < MARGIN_ALIGN * desc.size for other in described.values())
        >= ALIGNED_ROWS
    }
    if not keys:
        return page
    taken = {id(key) for key in keys.values()}
    rests = {id(desc): _row_rest(desc, page, keys) for desc in page if id(desc) in keys}
    taken |= {id(piece) for rest in rests.values() for piece in rest}
    result: list[Line] = []
    rows: set[int] = set()  # the key rows' ids
    row: Line | None = None
    for line in page:
        if id(line) in taken:
            continue
        if id(line) in keys:
            key = keys[id(line)]
            text = " ".join([line.text, *(piece.text for piece in rests[id(line)])])
            # a bold word opening the description ("return") is no run-in term: it opens no paragraph
            text = RUN_IN_GAP.sub(" ", text)
            row = replace(line, text=f"{key.text.strip()}  {text}", x0=key.x0, mono=False, lead=True)
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


def _row_read_whole(row: Line, line: Line) -> bool:
    """``line``, prose right under a key row and starting at its key's left edge, is the table's next
    row, its key too long to stand apart from its description ("confint.profile.gnm compute …")."""
    return (
        not line.mono
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


def _row_rest(desc: Line, page: list[Line], keys: dict[int, Line]) -> list[Line]:
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


def _description_of(key: Line, page: list[Line]) -> Line | None:
    """The prose line on ``key``'s row that starts right of it, within ``KEY_REACH`` em of its
    column's end (``_key_column_end``), where ``key`` is a short monospaced cell (``KEY_CHARS``)."""
    if not _short_key(key) or key.name:
        return None  # a margin name (``Line.name``) stands left of the column, a key inside it
    end = _key_column_end(key, page)
    return next(
        (
            line
            for line in page
            if not line.mono and _same_row(key, line) and key.x1 <= line.x0 < end + KEY_REACH * line.size
        ),
        None,
    )


def _short_key(line: Line) -> bool:
    """A monospaced line short enough to be a table's key (``KEY_CHARS``)."""
    return line.mono and len(line.text.strip()) <= KEY_CHARS


def _key_column_end(key: Line, page: list[Line]) -> float:
    """Where the column of keys set flush left with ``key`` ends: the widest one's right end. Its
    descriptions start past the widest key ("gnm" over "wedderburn", a vignette's table of functions),
    however far right of a short key."""
    return max(
        line.x1 for line in page if _short_key(line) and abs(line.x0 - key.x0) < MARGIN_ALIGN * key.size
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
    from sloika.pipelines.formats.pdf_reflow import join_lines  # the reflow reads the laid-out lines

    return join_lines(text, more)


def _terms_over_descriptions(page: list[Line]) -> list[Line]:
    """A definition list's monospaced terms, each alone on its row over its indented description
    (a manual's "-l" over "look for a configuration file …", "bool" over "This is a boolean type"),
    each read back over its description: pdfminer read a stack of them as one box, ahead of the
    descriptions between them, and they stood in the text as a run of terms, then a run of
    descriptions."""
    result = list(page)
    at = 0
    while at < len(result):
        end = at
        while end < len(result) and _alone_term(result[end], page):
            end += 1
        if end == at or end == len(result) or not _hangs_from(result[end], result[end - 1]):
            at = max(end, at + 1)
            continue
        terms, rest = result[at:end], result[:at] + result[end:]
        for term in sorted(terms, key=lambda ln: ln.top, reverse=True):  # the lowest first: places hold
            under = [i for i in range(at, len(rest)) if rest[i].top >= term.top]
            rest.insert(under[0] if under else len(rest), term)
        result, at = rest, end
    return result


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
    """A monospaced line with no other line on its row: a definition list's term, maybe."""
    return line.mono and not any(other is not line and _same_row(line, other) for other in page)


def _hangs_from(line: Line, term: Line) -> bool:
    """``line`` stands over ``term`` and starts right of its end, a few ems right of its start: a
    description indented under a term above it, read after a term below it."""
    return (
        line.page == term.page
        and line.bottom <= term.top
        and term.x1 <= line.x0 <= term.x0 + TERM_HANG * term.size
    )
