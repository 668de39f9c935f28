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
  them at the body's size notwithstanding; on a two-column page whose foot holds none, each column's
  foot is asked alike (``column_notes``: a note at the left column's foot beside the right column's
  prose): they leave the page and are reflowed apart, for the parser to put after the text;
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

Each step lives in a module of its own, named for its concern (``pdf_page_rows``, ``pdf_line_ends``,
``pdf_gutters``, ``pdf_contents``, ``pdf_footnotes``, ``pdf_tables``, ``pdf_listings``, ``pdf_pieces``,
``pdf_block_rows``, ``pdf_aligned``, ``pdf_terms``: each imports only from those before it); this
module runs them in order (``lay_out``) and holds their result (``Layout``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from sloika.pipelines.formats.base import PAGE_FURNITURE
from sloika.pipelines.formats.pdf_algorithm_boxes import algorithm_steps
from sloika.pipelines.formats.pdf_aligned import _aligned, _display_line
from sloika.pipelines.formats.pdf_boxed_lines import (
    boxed_items_apart,
    diagram_boxes,
    lead_ins_over_boxed_code,
)
from sloika.pipelines.formats.pdf_brace_pieces import braces_joined
from sloika.pipelines.formats.pdf_comment_rows import commented_rows
from sloika.pipelines.formats.pdf_contents import (
    _back_matter,
    _contents_block_out,
    _contents_list_out,
    _contents_tail,
    _ends_in_contents_list,
    _entries_alone,
    _index_bounds,
    _leads_set,
    _numbered,
    _table_index,
    _tables_read,
)
from sloika.pipelines.formats.pdf_cweb_code import cweb_code_parts
from sloika.pipelines.formats.pdf_example_labels import _example_labels
from sloika.pipelines.formats.pdf_footnotes import (
    _foot_under_notes,
    _note_numbers_joined,
    _references_marked,
    _rows_joined,
    column_notes,
)
from sloika.pipelines.formats.pdf_gutter_pieces import columns_parted
from sloika.pipelines.formats.pdf_gutters import (
    _column_rule,
    _columns_in_order,
    _gutter_of_document,
    _gutter_span,
    _page_gutter,
    _usual_gutter,
    column_bands,
)
from sloika.pipelines.formats.pdf_keyword_listings import keyword_listings
from sloika.pipelines.formats.pdf_label_column import columns_read_down, labels_joined
from sloika.pipelines.formats.pdf_label_stacks import labels_by_descriptions, labels_in_place
from sloika.pipelines.formats.pdf_line_ends import _entry_goes_on, _line_ends_joined, announced_tuple
from sloika.pipelines.formats.pdf_line_record import Dropped, Line, Rule
from sloika.pipelines.formats.pdf_listings import (
    _blank_rows_over_listings,
    _brackets_in_place,
    _captions_over_listings,
    _chunk_lines_in_listings,
    _listing_rows,
    _listings_read_whole,
    _margin_stacks_together,
    _marks_in_listing_rows,
    _marks_inside_listings,
    numbered_listing_line,
    session_output,
)
from sloika.pipelines.formats.pdf_measures import _prose_margins
from sloika.pipelines.formats.pdf_page_rows import (
    CONTENTS,
    DEBRIS,
    Table,
    _numbers_only,
    _placed,
    _prose_size,
    _without,
    form_closers,
)
from sloika.pipelines.formats.pdf_pieces import _clause_numbers_joined, _joined_pieces, _justified_rows
from sloika.pipelines.formats.pdf_spaced_leaders import spaced_leaders_cut
from sloika.pipelines.formats.pdf_tables import (
    _booktabs_regions,
    _captioned_tables,
    _cell_grids,
    _heads_repeated_overleaf,
    _ruled_regions,
    _table_ending_page,
    _take_tables,
    _typewriter_tables,
    booktabs_heads,
    rows_ruled_down,
)
from sloika.pipelines.formats.pdf_terms import (
    _definition_lists_in_order,
    _key_rows,
    _terms_over_descriptions,
    numeric_key,
)


@dataclass
class Layout:
    pages: list[list[Line]]  # body lines in reading order, table placeholders among them
    tables: list[Table]
    footnotes: list[list[Line]]  # each page's footnote lines, top to bottom
    contents: list[tuple[str, str]] = field(default_factory=list)  # each contents or index page: label, lines
    debris: list[tuple[str, str]] = field(default_factory=list)  # text, why (``pdf_debris``)
    numbers: list[Line] = field(default_factory=list)  # lines of numbers alone taken out, where they stood
    taken: dict[int, Line] = field(default_factory=dict)  # each debris record's line, where it stood
    # the records of aligned blocks, their rows joined in one: each one's pieces, where they stood
    joined: dict[int, list[Line]] = field(default_factory=dict)

    def taken_on(self, number: int, why: str) -> list[Line]:
        """The lines of page ``number`` taken out of the text as ``why`` debris, where they stood."""
        return [line for at, line in self.taken.items() if line.page == number and self.debris[at][1] == why]


def _page_parts(
    pages: list[list[Line]], rules: list[list[Rule]]
) -> Iterator[tuple[int, list[Line], list[Rule]]]:
    """Each page's parts to lay out one by one, with its number and rules: the page whole, or a page
    set in three or four column bands, or a card's two, each band alone (``column_bands``), so that
    no step reads a row across the columns or takes them for one table's."""
    for number, (page, ruling) in enumerate(zip(pages, rules, strict=True)):
        for part in column_bands(page):
            yield number, part, ruling


def _parts_joined(
    numbers: list[int], parts: list[list[Line]], spans: list[tuple[float, float] | None]
) -> tuple[list[list[Line]], list[tuple[float, float] | None]]:
    """The laid-out ``parts`` (``_page_parts``) joined back into their pages, in order, each page
    with its first part's gutter span (None on a page of column bands: each band is one column)."""
    pages: dict[int, list[Line]] = {}
    gutters: dict[int, tuple[float, float] | None] = {}
    for number, part, span in zip(numbers, parts, spans, strict=True):
        pages.setdefault(number, []).extend(part)
        gutters.setdefault(number, span)
    return list(pages.values()), list(gutters.values())


def lay_out(pages: list[list[Line]], rules: list[list[Rule]], dropped: Dropped = ()) -> Layout:
    """The pages laid out; each line of ``dropped`` and each line of numbers alone taken out here
    (``numbers_only``) stands as a debris placeholder in ``Layout.debris`` (``_placed``)."""
    dropped = list(dropped)
    pages = cweb_code_parts(pages)  # a literate program's code, set in the text's fonts, is a listing
    # each page's text block starts at the document's prose margin: a name there is no margin name
    blocks = _prose_margins([line for page in pages for line in page], range(len(pages)))
    tables: list[Table] = []
    aligned: dict[int, list[Line]] = {}  # ``_aligned``'s display blocks, one line each: their pieces
    body: list[list[Line]] = []
    spans: list[tuple[float, float] | None] = []  # each page's gutter (``_gutter_span``)
    usual = _usual_gutter(pages)  # a two-column document's gutter, for a page of short lines
    parts: list[int] = []  # the page of each part laid out: a page set in column bands, band by band
    contents: list[tuple[str, str]] = []
    for number, page, ruling in _page_parts(pages, rules):
        parts.append(number)
        page = spaced_leaders_cut(page, contents)  # its dots would be a table's cells
        page = keyword_listings(braces_joined(page))  # an input file set in the text font is a listing
        page = _chunk_lines_in_listings(_marks_inside_listings(_marks_in_listing_rows(commented_rows(page))))
        gutter = _page_gutter(page) or _column_rule(page, ruling) or _gutter_of_document(page, usual)
        spans.append(_gutter_span(page, gutter))
        page = _brackets_in_place(_columns_in_order(labels_joined(columns_parted(page, spans[-1])), gutter))
        page = _justified_rows(page, gutter, booktabs_heads(page, ruling))
        page = _take_tables(page, _ruled_regions(ruling), number, tables, ruled=True, rules=ruling)
        page = _take_tables(page, _booktabs_regions(page, ruling), number, tables, ruled=True, rules=ruling)
        page = _take_tables(page, rows_ruled_down(page, ruling), number, tables, ruled=True, rules=ruling)
        page = _take_tables(page, _typewriter_tables(page), number, tables, ruled=False)
        page = _take_tables(page, _captioned_tables(page), number, tables, ruled=False)
        before = pages[number - 1] if number else []
        page = _take_tables(page, _cell_grids(page, before), number, tables, ruled=False)
        page = _take_tables(page, diagram_boxes(page, ruling), number, tables, ruled=False)
        page = algorithm_steps(page, ruling)  # an algorithm's box: a float, its steps a listing
        page = lead_ins_over_boxed_code(boxed_items_apart(page, ruling), ruling)
        ended = _table_ending_page(body[-1], tables) if body else None
        page = _key_rows(_clause_numbers_joined(page, gutter), spans[-1], italic=True, rules=ruling)
        displays: list[list[Line]] = []
        page = _aligned(page, number, tables, ended, gutter, blocks.get(number), ruling, displays)
        for display in displays:
            line = _display_line(display)
            aligned[id(line)] = display
            dropped.append((line, "math"))
        body.append(page)
    body, spans = _parts_joined(parts, body, spans)
    for number in range(1, len(body)):
        repeats = _heads_repeated_overleaf(body[number - 1], body[number], tables)
        dropped += [(line, "repeated_head") for line in repeats]
        body[number] = _without(body[number], repeats)
    size = _prose_size(body)
    body = [_note_numbers_joined(page, size) for page in body]
    footnotes: list[list[Line]] = []
    feet: list[list[Line]] = []
    noted: list[list[list[Line]]] = []  # each page's notes column by column, for their rows to join
    rulings = [rules[number] for number in dict.fromkeys(parts)]  # each laid-out page's rules
    for page, ruling, span in zip(body, rulings, spans, strict=True):
        # a page its title block spans finds no gutter of its own: the document's gutter parts its columns
        gutter = span or ((usual, usual) if usual is not None else None)
        columns = column_notes(page, size, gutter, bool(footnotes and footnotes[-1]), ruling)
        feet.append([line for notes in columns for line in _foot_under_notes(notes)])
        noted.append([_without(notes, feet[-1]) for notes in columns])
        footnotes.append([line for notes in noted[-1] for line in notes])
        dropped += [(ln, PAGE_FURNITURE) for ln in feet[-1]]
    kept = []
    listed = [line for line, why in dropped if why == "line_numbers"]  # a numbered listing's rows
    for number, (page, notes, foot, span) in enumerate(zip(body, footnotes, feet, spans, strict=True)):
        page, block = _without(page, foot), blocks.get(number)
        lines = _listings_read_whole(_listing_rows(_example_labels(_without(page, notes)), span, block))
        lines = _captions_over_listings(lines)
        lines = _terms_over_descriptions(labels_in_place(labels_by_descriptions(lines, span), span))
        lines = _definition_lists_in_order(_margin_stacks_together(lines, block))
        lines = _key_rows(lines, span)
        lines = _leads_set(_line_ends_joined(columns_read_down(_joined_pieces(lines, span, block))))
        lines = _blank_rows_over_listings(lines)
        closers = form_closers(lines)
        numbers = [
            ln
            for at, ln in enumerate(lines)
            if _numbers_only(ln)
            and at not in closers
            and not _entry_goes_on(lines[:at], ln)
            and not announced_tuple(lines[:at], ln)
            and not numeric_key(ln, lines)
            and not session_output(ln, lines)
            and not numbered_listing_line(ln, listed)
        ]
        dropped += [(ln, "numbers_only") for ln in numbers if ln.text.strip()]
        kept.append(_references_marked(_without(lines, numbers), notes))  # a listing's line numbers stay
    body = kept
    footnotes = [[line for notes in columns for line in _rows_joined(notes)] for columns in noted]
    label = None
    for number, page in enumerate(body):
        previous = label
        if any(line.text.startswith(CONTENTS) for line in page):  # its list cut already (spaced leaders)
            label = "contents"
            continue
        whole = previous == "contents" and _entries_alone(page, _numbered(page, number, dropped)[1])
        label = _back_matter(page, after_index=previous == "index", after_contents=previous == "contents")
        label = "contents" if whole else label
        tail = _contents_tail(page, number, dropped) if previous == "contents" and label is None else 0
        read, origins = _tables_read(page, tables)
        indexed = _table_index(page, tables, previous == "index") if label is None and read != page else None
        if indexed:
            label, (read, origins) = "index", indexed
        run_on = number > 0 and _ends_in_contents_list(body[number - 1], contents)
        if label == "contents":
            body[number], dropped = _contents_list_out(
                page, number, previous == "contents", dropped, contents, whole, run_on=run_on
            )
        elif label:
            start, end = _index_bounds(read, runs_on=previous == "index")
            first = origins.index(origins[start])  # a table's first row: the table goes whole
            contents.append((label, "\n".join(line.text for line in read[first:end])))
            placeholder = replace(page[origins[start]], text=f"{CONTENTS}{len(contents) - 1}", mono=False)
            body[number] = [*page[: origins[start]], placeholder]  # the index runs to the page's end
        elif tail:
            body[number], dropped = _contents_list_out(page, number, True, dropped, contents, tail=tail)
        else:
            body[number], dropped = _contents_block_out(body, number, dropped, contents, run_on)
    debris: list[tuple[str, str]] = []
    taken: dict[int, Line] = {}
    for line, why in dropped:
        taken[len(debris)] = line
        debris.append((line.text, why))
        body[line.page] = _placed(body[line.page], line, f"{DEBRIS}{len(debris) - 1}")
    # a plot's tick values among them, those at a page's top edge gone as furniture too
    numbers = [line for line, _ in dropped if line.text.strip() and _numbers_only(line)]
    joined = {at: aligned[id(line)] for at, line in taken.items() if id(line) in aligned}
    return Layout(body, tables, footnotes, contents, debris, numbers, taken, joined)
