"""Page furniture: running headers and footers, folios, a journal's colophon, found on lines.

A line near the page's top or bottom edge whose text (digits, spacing and case aside) comes back at
the edge on several pages is a running header or footer, and a bare page number there is a folio;
both go to ``removed`` (``page_furniture``), as does the colophon box that repeats page 1's masthead.
Only a page's outermost rows are weighed. This is one decision over all of a document's pages, apart
from how each line is written or ordered, and it runs once the pages' lines are read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from sloika.pipelines.formats.pdf_line_record import (
    MARK,
    Line,
    Rule,
    _box_gap,
    _spans_overlap,
    body_size,
    on_row,
    rows_of,
)

BLOCK_GAP = 0.3  # em between two lines' boxes within a text block (TeX's 12 pt skip for 10 pt type: 0)
REPEATS = 3  # pages on which an edge line must come back to be a running header or footer
FOOT_GAP = 1.5  # its size, at least, between a running foot over the page's edge and the text over it
RUNNING_TITLE_PAGES = 2  # pages at the edge, at least, of a running header whose title changes
PHRASE_GAP = 0.5  # em between two pieces of one row's phrase, at most (a word space: 0.33)
TITLE_SIZE = 1.4  # times the body's size, at least, of a title page's title
MASTHEAD_ROWS = 2  # rows over the title, at least, of a masthead (a chapter's label over its title is one)
MASTHEAD_GAP = 2.0  # title lines of blank between a masthead and the title under it, at least
SIDE_COLUMN_ROWS = 4  # rows of a title page's side column, at least, and of the text beside it
SIDE_COLUMN_GAP = 5.0  # body sizes of blank, at most, between two rows of a side column
SIDE_COLUMN_EDGE = 0.2  # em: the text beside a side column starts this near the title's left edge
COLOPHON_REPEATS = 2  # of its lines, at least, repeating page 1's (the journal's name, issue, DOI)
HEAD_CELLS = 3  # lines side by side on a row, at least, that head a table's columns
HEAD_ALIGN = 0.1  # em: a header cell's edge this close to a cell's under it heads its column
BASELINE_SLIP = 0.05  # em: two lines' bottoms this close stand on one baseline
MISREAD_KEY = 5  # characters of a furniture key from which one misread character is allowed
HEADING_STEP = 1.0  # pt: a line set this much larger than the body's is a heading's or a title's
HEAD_TITLE = 1.2  # times a running head's size, more than which a line of its words is the title it repeats
HEAD_SKIP = 1.0  # em of blank under a running head, more than which sets it apart from the text block
WRAP_GAP = 0.5  # em between a wrapped heading's lines' boxes, at most (DocBook's 20.7 pt title: 0.3)
# em between a running head's words and the page number on its row, at least: the folio stands at a
# margin, the head centred or at the other ("2   Inserting figures …"); a heading's number an em from it
HEAD_APART = 3.0
# a page number at a line's start or end, apart from its words: "3 Sample Title", "… Is Used 13"
FOLIO_AT_END = re.compile(
    r"^\s*(?:(?P<head>\d{1,4})\s+(?P<tail>\D.*?)|(?P<words>.*?\D)\s+(?P<number>\d{1,4}))\s*$"
)
# a front matter's folio: a well-formed roman numeral ("xiv"), not a short name of those letters ("lc")
ROMAN = r"(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
PAGE_NUMBER = re.compile(
    rf"^(?:[-–—]\s*)?(?:(?:стр\.?|страница|page|p\.)\s*)?(?:\d{{1,4}}|{ROMAN})"
    r"(?:\s*(?:/|из|of)\s*\d{1,4})?(?:\s*[-–—])?$",
    re.I,
)
FOLIO = re.compile(r"\d{1,4}")  # an arabic page number alone
LETTERS = re.compile(r"[^\W\d_]{2}")  # a word's two letters
TITLE_GAP = 1.0  # em between a title and the paragraph under it that pdfminer read before it
# a table broken over pages: "continued...", "Table 4:... continued", "Continued on next page", and
# Sphinx's "continues on next page" and "Table 1 – continued from previous page"; in Russian "Продолжение
# таблицы 3" (or bare), "Продолжение на следующей странице", "Продолжение с предыдущей страницы"
CONTINUATION = re.compile(
    r"^(?:(?:table|figure|listing|таблица|рисунок)\s*[A-ZА-ЯЁ]?\d+(?:\.\d+)*\s*[:.–—-]?\s*(?:[.…]\s*)*)?"
    r"\(?(?:continue[ds]|cont['’]d)(?:\s+(?:on|from)\s+(?:the\s+)?(?:next|previous|following|preceding)\s+page)?"
    r"\s*(?:[.…]\s*)*\)?$"
    r"|^(?:продолжение|окончание)\s+таблицы(?:\s*[А-ЯЁ]?\d+(?:\.\d+)*)?$"
    r"|^продолжение\s+(?:на\s+следующей\s+странице|с\s+предыдущей\s+страницы)\s*(?:[.…]\s*)*$",
    re.I,
)
VERSO_TITLE = "verso_title"  # why the title page's title repeated overleaf left the text
ENTRY_HEADER = "entry_header"  # why an entry's template header under its title left the text
ENTRY_REPEATS = 5  # entries, at least, whose titles a template header follows word for word
ENTRY_ROWS = 2  # rows, at least, of a template header
ENTRY_ROWS_MOST = 6  # rows, at most, of a template header
ENTRY_WORDS = 8  # words, at least, of a row of prose, which no template header holds
LABEL_ALIGN = 2.0  # pt: a label set again at the body's left edge starts this near where it did
NUMBER_PITCH = 3.0  # a listing's line numbers' pitch at most, in their size (a 6 pt number every 9.4 pt)
LISTING_NUMBER = re.compile(r"[-−]?\d+(?:[.,]\d+)?")  # "15", "1.6", "-0.38": a listing row's number


def _title_masthead(pages: list[list[Line]]) -> set[int]:
    """The ids of the first page's masthead: its lines over the title (``_page_title``) on
    ``MASTHEAD_ROWS`` rows or more, none larger than the body, set apart from the title by a blank
    of ``MASTHEAD_GAP`` title lines or more. A proceedings volume or a journal prints its name,
    dates, ISSN, editors and address there in small type: front matter, not the paper's text (R.oo's
    Bengtsson.pdf opened on "Proceedings of the 3rd International Workshop … March 20–22, Vienna,
    Austria" and "ISSN 1609-395X Kurt Hornik, Friedrich Leisch & Achim Zeileis (eds.) http://…", the
    ISSN at the end of the date's row read onto the editors' line). A chapter's "CHAPTER 17" over its
    title is one row, its heading's."""
    first = next((page for page in pages if page), [])
    body = body_size(pages)
    title = _page_title(first, body)
    if title is None:
        return set()
    over = [line for line in first if line.bottom <= title.top]
    if (
        len(rows_of(over)) < MASTHEAD_ROWS
        or any(line.size > body for line in over)
        or title.top - max(line.bottom for line in over) < MASTHEAD_GAP * title.size
    ):
        return set()
    return {id(line) for line in over}


def title_side_column(pages: list[list[Line]]) -> set[int]:
    """The ids of the first page's side column: its lines under the title's top that end left of
    the title's column (``_page_title``), from the first down to a blank of ``SIDE_COLUMN_GAP`` body
    sizes, on ``SIDE_COLUMN_ROWS`` rows or more, none larger than the body, beside as many rows of
    text that start at the title's left edge and no line that crosses from the margin. A journal
    prints its editor, dates, reviewers and licence there beside the paper's opening (a JOSS paper's
    left column: "Submitted: 01 January 1970", "Creative Commons Attribution 4.0"), which read
    before the title; a page whose text runs under a title set in from the margin has lines that
    cross into its column, and a centred title's contact block (autobk.pdf's address left of its
    "e-mail:" labels) stands beside no text flush with the title."""
    first = next((page for page in pages if page), [])
    body = body_size(pages)
    title = _page_title(first, body)
    if title is None:
        return set()
    side = sorted((ln for ln in first if ln.x1 <= title.x0 and ln.top >= title.top), key=lambda ln: ln.top)
    ends = [at for at in range(1, len(side)) if side[at].top - side[at - 1].bottom > SIDE_COLUMN_GAP * body]
    side = side[: ends[0]] if ends else side
    if len(rows_of(side)) < SIDE_COLUMN_ROWS or any(line.size > body for line in side):
        return set()
    ids = {id(line) for line in side}
    top, bottom = side[0].top, max(line.bottom for line in side)
    beside = [ln for ln in first if ln.top < bottom and ln.bottom > top and id(ln) not in ids]
    flush = [ln for ln in beside if abs(ln.x0 - title.x0) <= SIDE_COLUMN_EDGE * ln.size]
    if len(rows_of(flush)) < SIDE_COLUMN_ROWS or any(ln.x0 < title.x0 - ln.size for ln in beside):
        return set()
    return ids


def _page_title(page: list[Line], body: float) -> Line | None:
    """The page's title: its first line set in the page's largest size, over ``TITLE_SIZE`` times
    the body's, in the page's upper half; None where no line is."""
    largest = max((line.size for line in page), default=0.0)
    titles = [line for line in page if line.size == largest and line.top < line.page_height / 2]
    if largest <= TITLE_SIZE * body or not titles:
        return None
    return min(titles, key=lambda line: line.top)


def verso_title(pages: list[list[Line]]) -> set[int]:
    """The ids of the lines of the page after the title page that repeat the title page's title in
    smaller type: a line whose letters and digits (``masthead_key``) are those of a run of the title
    page's rows read one after the other, each set ``TITLE_SIZE`` times its size or larger. DocBook's
    print styles set the title and version again over the copyright notice on the title page's
    verso, libraw1394.pdf's "libraw1394version 2.0.4" (no space in the text layer) under p. 1's
    "libraw1394" / "version 2.0.4": the text read the title twice. The copyright and the rest of
    the verso stay."""
    filled = [page for page in pages if page]
    if len(filled) < 2:
        return set()
    rows = rows_of(filled[0])
    runs = {
        "".join(masthead_key(line.text) for row in rows[start:end] for line in row): min(
            line.size for row in rows[start:end] for line in row
        )
        for start in range(len(rows))
        for end in range(start + 1, len(rows) + 1)
    }
    return {
        id(line)
        for line in filled[1]
        if masthead_key(line.text) and runs.get(masthead_key(line.text), 0.0) >= TITLE_SIZE * line.size
    }


def masthead_key(text: str) -> str:
    """Letters and digits only, in lower case: the colophon's "October 2018, Volume 87, Issue 7" is
    the masthead's "October 2018, Volume 87, Issue 7.", "doi:10.18637/…" its "doi: 10.18637/…"."""
    return "".join(char for char in text.lower() if char.isalnum())


def _colophon(pages: list[list[Line]], bars: list[list[Rule]]) -> set[int]:
    """The ids of the last page's colophon lines: a journal's box at the page's foot (every line
    under its lowest bar but one stands above its lowest, and there are some) of which
    ``COLOPHON_REPEATS`` lines or more repeat a line of page 1 (``masthead_key``): JSS closes a
    paper with its name, publisher, addresses, issue, DOI and dates ruled off at the foot, the
    furniture of its first page's masthead, which otherwise ended the text inside the references.
    A vignette's code box at its last page's foot repeats page 1's code ("> nextElem(it)"): no
    masthead (``_masthead``)."""
    last = max((at for at, page in enumerate(pages) if page), default=0)
    ruled = sorted(bars[last], key=lambda bar: bar[1]) if last else []
    if len(ruled) < 2:
        return set()
    upper, lower = ruled[-2:]
    under = [line for line in pages[last] if line.top >= upper[3]]
    if not under or any(line.bottom > lower[1] for line in under):
        return set()
    if sum(masthead_key(line.text) in _masthead(pages, last) for line in under) < COLOPHON_REPEATS:
        return set()
    return {id(line) for line in under}


def _masthead(pages: list[list[Line]], last: int) -> set[str]:
    """The ``masthead_key`` of page 1's masthead lines: with words (``LETTERS``), set once on
    page 1 and on no page before the ``last``, as a journal's name, issue and DOI are; a line of
    code or output that page 1 shows ("> nextElem(it)", "[1] 1") comes back all through the text."""
    first = Counter(masthead_key(line.text) for line in pages[0] if LETTERS.search(line.text))
    between = {masthead_key(line.text) for page in pages[1:last] for line in page}
    return {key for key, count in first.items() if count == 1 and key not in between} - {""}


def furniture_key(text: str) -> str:
    """Digits, spacing and case aside: "ГО С Т 7 . 1 - 2 0 0 3" on one page is "ГОСТ 7.1—2003" on the
    next (dashes are one dash, and a page number on either side does not count)."""
    return re.sub(r"[\d\s]+", "", re.sub(r"[-–—]", "-", text.lower()))


def _without_furniture(
    pages: list[list[Line]],
    bars: list[list[Rule]] | None = None,
    ruling: list[list[Rule]] | None = None,
    titles: set[int] | None = None,
) -> list[list[Line]]:
    """Drop page numbers, edge lines that come back at the edge of ``REPEATS`` pages or more, and edge
    lines standing where such repeated furniture stands on ``REPEATS`` pages or more (a running
    header that names the current chapter changes its text but not its place) whose own text
    stands at the edge of ``RUNNING_TITLE_PAGES`` pages or more, beside a page number or a
    repeated header on its row, with its page's number read into it (``_carries_folio``), or over a
    header rule: a chapter's title heads each of its pages,
    a section's changes with the page beside the folio, while a heading or a sentence alone on the
    row that opens one page only is the text block's first line (a Sphinx manual with no running
    header lost a page's first line on 130 pages to the place its longtables' continuation notes
    held). An edge line stands in the page's outer ``EDGE`` or on its first row: a book's running
    header sits above the text block, wherever its margins put it ("ГЛАВА 5. КЛАССЫ" 96 pt from an
    A4 page's top). A line inside a drawn frame (a page ``bars`` rule above it and one below it) is
    the page's text, not a header, wherever it stands: only its own words coming back make it
    furniture (ESKD's frame holds a continued table's label at the place where the body's first
    line stands elsewhere). A place where the text block's own lines (``_text_block_places``) stand
    on more pages than repeated words or furniture do is the block's first or last line, and a line
    there is text though its words come back at the edge of a few pages: gnuplot's manual lost the
    label "Syntax:" closing 10 pages (its block opening the next), a Sphinx manual "Methods
    Summary" opening 11, and with them every line at the places they held. An edge line in a ruled
    box that holds the text block's lines too (``_in_text_box``, by the page's ``ruling``) is the
    box's, never a folio. A slide's frame title (``titles``, ``pdf_frame_titles``) is its heading,
    never furniture, however many slides of a run repeat it."""
    body = body_size(pages)
    feet = _repeated_feet(pages)
    edges = [_edge_lines(page, body, feet) for page in pages]
    seen: Counter[str] = Counter()
    for page, edge in zip(pages, edges, strict=True):
        seen.update({furniture_key(line.text) for line in page if id(line) in edge})
    repeated = _repeated_keys(pages, edges)
    sizes = _head_sizes(pages, edges)
    offsets = _folio_offsets(pages, edges)
    block = _text_block_places(pages, edges, repeated)
    ends = _block_ends(pages, edges, repeated)
    naming = _lines_naming_headings(pages, edges, body)

    # a code listing's printed line numbers and its lines going on across a page break are text, on
    # the outermost rows and on the rows peeled inside them alike: a listing's closing "}" under its
    # last line comes back at one place over the folio of page after page, and aplpack's sliderfns.pdf
    # lost seven of them there as repeated footers, its functions left unbalanced
    code = {id(line) for page in pages for line in _listing_numbers(page)}
    code |= {id(line) for page in pages for line in page if _listing_at_edge(line, page)}
    code |= {id(line) for page in pages for line in _numbered_rows(page)}
    code |= {id(line) for page in pages for line in _column_heads(page)}
    code |= {id(line) for page in pages for line in _heading_numbers(page, body)}
    code |= _body_headings(pages, body)
    code |= _labels_of_the_body(pages, edges)
    titles = titles or set()
    code |= titles
    code |= {
        id(line)
        for page, edge, drawn in zip(pages, edges, ruling or [[]] * len(pages), strict=True)
        for line in page
        if id(line) in edge and _in_text_box(line, page, edge, drawn)
    }
    heads = {id(line) for page in pages for line in _running_head(page)}
    code |= {
        id(line) for page in pages for line in page if id(line) not in heads and _labels_listing(line, page)
    }

    def keyed(line: Line) -> bool:
        return not _inside_block(line, ends) and bool(
            PAGE_NUMBER.match(line.text)
            or (
                _misread(furniture_key(line.text), repeated)
                and _at_place(_place(line), block) <= seen[furniture_key(line.text)]
                and not _title_of_heads(line, sizes)
            )
        )

    phrases = [_phrases(page) for page in pages]

    def furniture(line: Line, edge: set[int], phrase: dict[int, list[Line]]) -> bool:
        return id(line) in edge and id(line) not in code and all(map(keyed, phrase[id(line)]))

    spots: Counter[tuple] = Counter()
    for page, edge, phrase in zip(pages, edges, phrases, strict=True):
        spots.update({_place(line) for line in page if furniture(line, edge, phrase)})
    held = {spot for spot, count in spots.items() if count >= REPEATS and _at_place(spot, block) <= count}
    # a taller glyph ("Й", "?") lifts a line's box by a point or two: 35.8 pt on one page, 38.2 on the others
    near = {(top + step, size) for top, size in held for step in (-1, 0, 1)}
    framed = {
        id(line)
        for page, drawn in zip(pages, bars or [[]] * len(pages), strict=True)
        for line in page
        if _framed(line, drawn)
    }

    def placed(
        line: Line, page: list[Line], edge: set[int], drawn: list[Rule], phrase: dict[int, list[Line]]
    ) -> bool:
        return (
            id(line) in edge
            and id(line) not in framed | code
            and _held_place(line, page, near)
            and (
                seen[furniture_key(line.text)] >= RUNNING_TITLE_PAGES
                or beside_furniture(line, page, edge, phrase)
                or _carries_folio(line, offsets)
                or _ruled_off(line, drawn)
                or id(line) in naming
            )
            and not _set_in_block(line, page)
            and not _inside_block(line, ends)
        )

    def beside_furniture(line: Line, page: list[Line], edge: set[int], phrase: dict[int, list[Line]]) -> bool:
        return any(
            other is not line
            and on_row(line, other)
            and (furniture(other, edge, phrase) or _place(other) in near)
            for other in page
        )

    outer = [
        {
            id(line)
            for line in page
            if furniture(line, edge, phrase) or placed(line, page, edge, drawn, phrase)
        }
        for page, edge, drawn, phrase in zip(pages, edges, bars or [[]] * len(pages), phrases, strict=True)
    ]
    outer = [
        gone | heads
        for gone, heads in zip(outer, _heads_naming_headings(pages, edges, bars, body), strict=True)
    ]
    few = _few_heads_naming_headings(pages, naming - code, body)
    outer = [
        gone | {id(line) for line in page if id(line) in few} for page, gone in zip(pages, outer, strict=True)
    ]
    again = _band_repeats(pages)

    def inner(row: list[Line]) -> bool:
        return code.isdisjoint(id(line) for line in row) and _inner_furniture(row, again)

    outer = [gone | _head_beside_folio(page, gone) for page, gone in zip(pages, outer, strict=True)]
    outer = [gone | _head_row_pieces(page, gone) for page, gone in zip(pages, outer, strict=True)]
    gone = [
        gone | _peeled(page, gone, inner, drawn)
        for page, gone, drawn in zip(pages, outer, bars or [[]] * len(pages), strict=True)
    ]
    gone = [(gone | _continuation_notes(page, gone)) - titles for page, gone in zip(pages, gone, strict=True)]
    return [[line for line in page if id(line) not in out] for page, out in zip(pages, gone, strict=True)]


def _labels_of_the_body(pages: list[list[Line]], edges: list[set[int]]) -> set[int]:
    """The ids of the edge lines whose words the text block sets again, opening a row inside it, in
    their size and at their left edge (``LABEL_ALIGN``), on as many pages as they stand at the edge
    or more: a label the body repeats ("Example:" over each example of a quick reference, a session's
    prompt "(c21)" before each input) opens a page now and then, while a running head never stands
    inside the text block. OaklispSummary.pdf lost the "Example:" opening 3 of its 13 pages, its
    format block and example read as one; pdiff-doc.pdf lost the prompts opening 5 of its 12 pages
    ("(c21)", "(c28)" …, one key with the digits aside) and four inputs beside them, each taken for
    a running head's title beside a repeated head."""
    at_edge: Counter[tuple] = Counter()
    inside: Counter[tuple] = Counter()
    for page, edge in zip(pages, edges, strict=True):
        opening = [min(row, key=lambda line: line.x0) for row in rows_of(page)]
        at_edge.update({_label_key(line) for line in opening if id(line) in edge})
        inside.update({_label_key(line) for line in opening if id(line) not in edge})
    labels = {key for key, count in at_edge.items() if key[0] and _label_count(key, inside) >= count}
    return {id(line) for page in pages for line in page if _label_key(line) in labels}


def _label_key(line: Line) -> tuple[str, int, int]:
    """A line's words (``furniture_key``), size to a point and left edge in ``LABEL_ALIGN`` steps."""
    return furniture_key(line.text), round(line.size), round(line.x0 / LABEL_ALIGN)


def _label_count(key: tuple[str, int, int], counts: Counter[tuple]) -> int:
    """The count ``counts`` holds at ``key`` (``_label_key``), its left edge a step aside included."""
    words, size, x = key
    return sum(counts[(words, size, x + step)] for step in (-1, 0, 1))


def _phrases(page: list[Line]) -> dict[int, list[Line]]:
    """Each line's phrase, by its id: the pieces of its row that follow one another a word space
    apart (``PHRASE_GAP``), itself among them. A link or a footnote mark splits a heading or a list
    item into pieces ("Version 0.5.0 – 2019-11-20 – PyPI" and "– diff"); a piece whose words come
    back at other pages' edges is furniture only with the whole phrase, while a running head's
    parts (a title, a folio) stand set apart on their row."""
    found: dict[int, list[Line]] = {}
    for row in rows_of(page):
        pieces = sorted(row, key=lambda line: line.x0)
        phrase = pieces[:1]
        for before, piece in zip(pieces, pieces[1:], strict=False):
            if piece.x0 - before.x1 > PHRASE_GAP * piece.size:
                found.update({id(line): phrase for line in phrase})
                phrase = []
            phrase.append(piece)
        found.update({id(line): phrase for line in phrase})
    return found


def _repeated_keys(pages: list[list[Line]], edges: list[set[int]]) -> set[str]:
    """The keys (``furniture_key``) of edge lines that come back on ``REPEATS`` pages or more with
    their numbers the same but for one, the folio: a running head keeps its words and numbers page
    after page ("Release 2.1 – page 3"), while headings that differ in their numbers are text
    (a Sphinx manual's version history opened three pages with "Version 0.5.0 – 2019-11-20 – PyPI",
    "Version 0.3.0 – 2018-01-02 – PyPI" …, and lost them, and a list item at their place)."""
    found: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for number, (page, edge) in enumerate(zip(pages, edges, strict=True)):
        for line in page:
            if id(line) in edge:
                found.setdefault(furniture_key(line.text), []).append((number, _numbers(line.text)))
    return {key for key, lines in found.items() if key and _pages_alike(lines) >= REPEATS}


def _head_sizes(pages: list[list[Line]], edges: list[set[int]]) -> dict[str, float]:
    """The size (to a point) in which each edge line's key (``furniture_key``) stands at the edge of
    the most pages: a running head keeps its size on the pages it heads."""
    found: dict[str, Counter[float]] = {}
    for page, edge in zip(pages, edges, strict=True):
        for key, size in {(furniture_key(line.text), round(line.size)) for line in page if id(line) in edge}:
            found.setdefault(key, Counter())[size] += 1
    return {key: float(counts.most_common(1)[0][0]) for key, counts in found.items()}


def _title_of_heads(line: Line, sizes: dict[str, float]) -> bool:
    """The line is set larger than ``HEAD_TITLE`` times the size its words hold at the edge of most
    pages: the chapter's title that the running heads repeat, not one of them. libraw1394.pdf's
    20.7 pt bold "Chapter 2. Short Introduction into IEEE 1394" atop the chapter's opener went to
    ``removed`` with the 10 pt running heads of pp. 7-9, and so did chapters 3 and 5's titles. A
    title has words: a number alone keyed by its dashes ("10-1-1924") is no title."""
    return bool(LETTERS.search(line.text)) and line.size > HEAD_TITLE * sizes.get(
        furniture_key(line.text), line.size
    )


def _body_headings(pages: list[list[Line]], body: float) -> set[int]:
    """The ids of the lines set larger than the ``body`` text whose words (``_exact_key``) the text
    sets in their size away from the page's edges too: a section heading the document repeats
    ("Arguments", "Returns" in each entry of a function reference), which opens some pages under the
    running head, at one place and so like a second head line. libraw1394.pdf lost 28 of them
    there as ``page_furniture``; a running head never stands inside the text block."""
    inside = {(_exact_key(line.text), line.size) for page in pages for line in page if not line.at_edge}
    return {
        id(line)
        for page in pages
        for line in page
        if line.size > body + HEADING_STEP and line.at_edge and (_exact_key(line.text), line.size) in inside
    }


def _numbers(text: str) -> tuple[str, ...]:
    """The text's numbers, spacing aside ("7 . 1 - 2 0 0 3" has the numbers of "7.1–2003")."""
    return tuple(re.findall(r"\d+", re.sub(r"\s+", "", text)))


def _pages_alike(lines: list[tuple[int, tuple[str, ...]]]) -> int:
    """The most pages whose lines (page, numbers) have the numbers of one of them but for one."""
    return max(
        len({page for page, other in lines if len(other) == len(numbers) and _apart(numbers, other) <= 1})
        for _, numbers in lines
    )


def _apart(numbers: tuple[str, ...], other: tuple[str, ...]) -> int:
    """How many of two equally long runs of numbers differ."""
    return sum(a != b for a, b in zip(numbers, other, strict=True))


def _text_block_places(pages: list[list[Line]], edges: list[set[int]], repeated: set[str]) -> Counter[tuple]:
    """How many pages hold a line of the text block (``_block_lines``) at each place (``_place``) of
    their edge rows: the block's first or last line takes its place page after page."""
    places: Counter[tuple] = Counter()
    for page, edge in zip(pages, edges, strict=True):
        places.update({_place(line) for line in _block_lines(page, edge, repeated)})
    return places


def _block_lines(page: list[Line], edge: set[int], repeated: set[str]) -> list[Line]:
    """The page's edge lines of the text block: a line whose words do not come back at the edge of
    ``REPEATS`` pages, no page number, with no page number or repeated line on its row, set at the
    body's leading over the next line inward (``_set_in_block``). A running head stands outside the
    text block, set apart from it by a skip, where the body's lines never stand (a section's title
    heading one page is a head all the same)."""
    furniture = [
        line
        for line in page
        if id(line) in edge and (PAGE_NUMBER.match(line.text) or _misread(furniture_key(line.text), repeated))
    ]
    return [
        line
        for line in page
        if id(line) in edge
        and not any(on_row(line, other) for other in furniture)
        and _set_in_block(line, page)
    ]


def _block_ends(pages: list[list[Line]], edges: list[set[int]], repeated: set[str]) -> tuple[int | None, ...]:
    """Where the text block opens and closes on most pages, in ``_place``'s 2 pt steps: the top of
    its first line (``_block_lines`` in the page's upper half) and the bottom of its last (in the
    lower half), each when ``REPEATS`` pages or more agree on it, else None."""
    opens: Counter[int] = Counter()
    closes: Counter[int] = Counter()
    for page, edge in zip(pages, edges, strict=True):
        lines = _block_lines(page, edge, repeated)
        upper = [line.top for line in lines if line.top < line.page_height / 2]
        lower = [line.bottom for line in lines if line.top >= line.page_height / 2]
        opens.update({round(min(upper) / 2)} if upper else set())
        closes.update({round(max(lower) / 2)} if lower else set())
    return tuple(
        step if count >= REPEATS else None
        for step, count in (ends.most_common(1)[0] if ends else (None, 0) for ends in (opens, closes))
    )


def _inside_block(line: Line, ends: tuple[int | None, ...]) -> bool:
    """Whether ``line`` stands at or inside the place where the text block opens or closes on most
    pages (``_block_ends``, a step of 2 pt aside): a running header or footer stands in a band above
    or below the block, set apart from it, and a line inside is the block's own though its words
    come back at the first row of several pages. psychTools' omega.pdf cut the label "R code" over
    a code box as ``page_furniture`` on the two pages a box opened at the block's top (its words
    opened four pages), and kept it over the 31 other boxes."""
    top, bottom = ends
    if line.top < line.page_height / 2:
        return top is not None and round(line.top / 2) >= top - 1
    return bottom is not None and round(line.bottom / 2) <= bottom + 1


def _at_place(place: tuple[int, float], places: Counter[tuple]) -> int:
    """The count ``places`` holds at ``place`` (``_place``), a step (2 pt) up or down included."""
    top, size = place
    return sum(places[(top + step, size)] for step in (-1, 0, 1))


def _continuation_notes(page: list[Line], gone: set[int]) -> set[int]:
    """The ids of the text block's first and last row when it is a lone note that a table goes on
    over the page break (``CONTINUATION``): longtable's foot "continued..." and head "Table 4:...
    continued" stand inside the running header and footer, on every page a long table runs over
    (dynkin-diagrams.pdf kept both, 17 times each), so no edge rule takes them; they are the
    table's page furniture, not its text."""
    rows = rows_of([line for line in page if id(line) not in gone])
    ends = rows[:1] + rows[-1:] if len(rows) > 1 else []
    return {
        id(row[0]) for row in ends if len(row) == 1 and CONTINUATION.match(MARK.sub("", row[0].text).strip())
    }


def _listing_at_edge(line: Line, page: list[Line]) -> bool:
    """A monospaced line with a monospaced line of its size under it at the listing's leading
    (``BLOCK_GAP``), over it at the foot, wherever either starts, is a code listing's first or last
    line going on from the page before, not a running header: a header is set apart from the text
    by a skip. french_doc.pdf (french.sty printed whole) lost 15 code lines opening its pages, its
    "%#<" guard line coming back at four page tops and so holding the place
    ("\\def\\Huge{\\l@rger…}}{}%")."""
    if not line.mono:
        return False
    em = line.size
    for other in page:
        if other is line or not other.mono or abs(other.size - em) > 1.0:
            continue
        if _set_close_inward(line, other):
            return True
    return False


def _labels_listing(line: Line, page: list[Line]) -> bool:
    """A line over a monospaced line that shares width with it, the blank between them no more than
    ``TITLE_GAP`` em of its size, in the page's upper half, is a code listing's label ("Code", "Listing
    2"), not a running header: a header is set apart from the text by a skip. A manual whose listings
    often open a page has the label at the top of each of them, where a header stands, and lost it
    there (bclogo-doc.pdf's "Code" over its listings)."""
    return line.top < line.page_height / 2 and any(
        other.mono
        and other.top > line.top
        and _spans_overlap(line, other)
        and _box_gap(line, other) <= TITLE_GAP * line.size
        for other in page
        if other is not line
    )


def _running_head(page: list[Line]) -> list[Line]:
    """The page's first row when it holds words beside one page number (``_folio_beside_words``): a
    book's running head, not a listing's label, though a listing opening the page stands close under
    it (HSAUR3's "ANALYSIS USING R" / "7" over "R> layout(…)" was kept on the pages a listing opened,
    glued into the prose or code that followed)."""
    rows = rows_of(page)
    return rows[0] if rows and _folio_beside_words(rows[0], rows[1] if len(rows) > 1 else []) else []


def _head_beside_folio(page: list[Line], gone: set[int]) -> set[int]:
    """The ids of the words on the page's first row beside the page number cut there (in ``gone``),
    the row in the page's outer ``EDGE``, its words ``HEAD_APART`` em or more from the number and set
    apart from the text block under them (not ``_set_in_block``): a running head, though it comes back
    on too few pages for the repetition rule. A short JSS-style vignette sets its title over page 2
    and its author over page 3, each once: Rdpack's three pages kept "Inserting figures and evaluated
    examples" between a lead-in and its code, and the author's name twice over "Affiliation:", only
    the folios beside them cut. A heading's number stands an em from its words."""
    row = _running_head(page)
    folio = next((line for line in row if FOLIO.fullmatch(line.text.strip())), None)
    if folio is None or id(folio) not in gone or not all(line.at_edge for line in row):
        return set()
    words = [line for line in row if line is not folio]
    gaps = [max(line.x0 - folio.x1, folio.x0 - line.x1) for line in words]
    apart = bool(gaps) and min(gaps) >= HEAD_APART * folio.size
    if not apart or any(_set_in_block(line, page) for line in words):
        return set()
    return {id(line) for line in words}


def _head_row_pieces(page: list[Line], gone: set[int]) -> set[int]:
    """The ids of the other pieces on the page's first row where one piece of it is cut (in
    ``gone``): the row in the page's outer ``EDGE``, two pieces or more, each ``HEAD_APART`` em or
    more from the next, none set in the text block (``_set_in_block``). A journal's first-page head
    sets its issue line beside pieces the other pages never print: MNRAS's "MNRAS 000, 1–29 (2019)"
    (the running foot of every page) beside "Preprint 25 February 2020" and "Compiled using MNRAS
    LaTeX style file v3.0", which dynesty.pdf kept as its first two paragraphs."""
    rows = rows_of(page)
    row = sorted(rows[0], key=lambda line: line.x0) if rows else []
    if len(row) < 2 or not any(id(line) in gone for line in row) or not all(line.at_edge for line in row):
        return set()
    apart = all(b.x0 - a.x1 >= HEAD_APART * a.size for a, b in zip(row, row[1:], strict=False))
    if not apart or any(_set_in_block(line, page) for line in row if id(line) not in gone):
        return set()
    return {id(line) for line in row}


def _heads_naming_headings(
    pages: list[list[Line]], edges: list[set[int]], bars: list[list[Rule]] | None, body: float
) -> list[set[int]]:
    """Each page's ids of the edge lines in the page's outer ``EDGE`` over a header rule
    (``_ruled_off``), set no larger than the body and not bold, whose words (``furniture_key``) a
    heading or the title names: a bold line or one ``HEADING_STEP`` larger than the body. An R News
    article's running heads name the current section on the left and the article on the right
    ("SUMMARY" / "MAPPING LEVELS OF A FACTOR"), so they change from page to page and repeat too
    seldom on a three-page vignette for the repetition rule; gdata's mapLevels.pdf kept four of
    them as paragraphs, "BIBLIOGRAPHY" inside a reference entry torn across its columns."""
    named = {
        furniture_key(line.text)
        for page in pages
        for line in page
        if _heading_set(line, body) and LETTERS.search(line.text)
    }
    return [
        {
            id(line)
            for line in page
            if id(line) in edge
            and line.at_edge
            and not _heading_set(line, body)
            and furniture_key(line.text) in named
            and _ruled_off(line, drawn)
        }
        for page, edge, drawn in zip(pages, edges, bars or [[]] * len(pages), strict=True)
    ]


def _lines_naming_headings(pages: list[list[Line]], edges: list[set[int]], body: float) -> set[int]:
    """The ids of the edge lines, not set as headings are, whose words (``furniture_key``) are those
    of a heading set on their page or an earlier one, read whole (``_heading_titles``): a running
    head names the chapter or section it stands in, which has begun by then. At the place the
    heads hold, such a line is one though it stands at the edge of one page only: a chapter with
    one page after its opener, whose title wraps there (the WTLS guide's "Chapter 4. 4 Using Alligata
    Secure with" / "OpenSSL"), was kept as a second chapter heading inside a numbered step. A
    contents entry naming a heading still to come is text."""
    named: set[str] = set()
    found: set[int] = set()
    for page, edge in zip(pages, edges, strict=True):
        named |= _heading_titles(page, body)
        found |= {
            id(line)
            for line in page
            if id(line) in edge and not _heading_set(line, body) and furniture_key(line.text) in named
        }
    return found


def _few_heads_naming_headings(pages: list[list[Line]], naming: set[int], body: float) -> set[int]:
    """The ids of the ``naming`` lines (``_lines_naming_headings``) set as a running head is, at a
    place (``_place``) such lines hold on ``RUNNING_TITLE_PAGES`` pages or more, whatever heading
    each names: a head changes its words from chapter to chapter, not its place. A document of few
    pages has too few heads for the repetition rule, and no repeated furniture holds their place:
    tablix2-doc's DocBook HOWTOs (JadeTeX) set the title or the current chapter in 10 pt italic at
    the top right of each page after a chapter's opener, two or three times in all, and kept each as
    a heading ("See the first part of this HOW-TO" / "Chapter 2. Kernel API" / "for details."), one
    inside a C listing. The chapter's own title on its opener is the heading, bold and large."""
    heads = [line for page in pages for line in page if id(line) in naming and _head_set(line, page, body)]
    places: dict[tuple[int, float], set[int]] = {}
    for line in heads:
        places.setdefault(_place(line), set()).add(line.page)
    return {id(line) for line in heads if len(places[_place(line)]) >= RUNNING_TITLE_PAGES}


def _head_set(line: Line, page: list[Line], body: float) -> bool:
    """The line is set as a running head: in the outer ``EDGE`` at the page's top, italic or smaller
    than the ``body``, and set apart from every line under it by more than the text's leading
    (``HEAD_SKIP`` of its size), where a line of the text block stands at its leading over the next."""
    under = [other.top - line.bottom for other in page if other.top >= line.bottom]
    skip = min(under, default=float("inf"))
    top = line.at_edge and line.top < line.page_height / 2
    return top and (line.italic or line.size < body) and skip > HEAD_SKIP * line.size


def _heading_titles(page: list[Line], body: float) -> set[str]:
    """The ``furniture_key`` of each heading on the page with words, its lines one by one and read
    together where its title wraps: a heading's line with the lines of its size stacked under it,
    each within ``WRAP_GAP`` of its size of the one over it and across from it."""
    runs: list[list[Line]] = []
    for line in sorted((ln for ln in page if _heading_set(ln, body)), key=lambda ln: ln.top):
        if runs and _wraps_on(runs[-1][-1], line):
            runs[-1].append(line)
        else:
            runs.append([line])
    texts = [line.text for run in runs for line in run] + [" ".join(ln.text for ln in run) for run in runs]
    return {furniture_key(text) for text in texts if LETTERS.search(text)}


def _wraps_on(over: Line, line: Line) -> bool:
    """``line`` goes on the heading line ``over``: set in its size, under it within ``WRAP_GAP`` of
    that size, across from it."""
    gap = line.top - over.bottom
    same_size = abs(line.size - over.size) < 0.5
    return same_size and 0 <= gap <= WRAP_GAP * line.size and _spans_overlap(over, line)


def _heading_set(line: Line, body: float) -> bool:
    """The line is set as a heading or a title is: bold, or ``HEADING_STEP`` larger than the body."""
    return line.bold or line.size > body + HEADING_STEP


def _set_in_block(line: Line, page: list[Line]) -> bool:
    """A line of another size or one set close (at the body's leading, ``BLOCK_GAP``) to a line of
    the same size under it, over it at the foot, is the text block's first or last line, not a
    header or footer standing at the place repeated furniture holds: a running header is set apart
    from the text by a skip. mpman-ru's continued-table captions at the top of five pages held
    the spot of every other page's first body line ("операций из более простых.")."""
    em = line.size
    for other in page:
        if other is line or abs(other.size - em) > 1.0 or not (other.x0 < line.x1 and line.x0 < other.x1):
            continue
        if _set_close_inward(line, other):
            return True
    return False


def _set_close_inward(line: Line, other: Line) -> bool:
    """Whether ``other`` stands at the body's leading (``BLOCK_GAP``) on the page's inner side of
    ``line``: under it in the upper half of the page, over it in the lower half."""
    em = line.size
    if line.top < line.page_height / 2:
        return other.top >= line.top + 0.5 * em and other.top - line.bottom <= BLOCK_GAP * em
    return other.top <= line.top - 0.5 * em and line.top - other.bottom <= BLOCK_GAP * em


def _band_repeats(pages: list[list[Line]]) -> dict[str, list[tuple[int, float]]]:
    """The texts (spacing, case and dashes aside, digits kept) that stand in the outer ``EDGE`` of
    ``REPEATS`` pages or more, each with the pages and tops where it stands there: a second header
    or footer line, the same on every page ("ГОСТ 2.105-95" under a scan's top line). Digits count
    here: subsection headings opening three pages ("9.1.1. Wydanie 2003", "9.1.8. Wydanie 2011")
    differ in them and are text."""
    seen: dict[str, list[tuple[int, float]]] = {}
    for number, page in enumerate(pages):
        for line in page:
            if line.at_edge:
                for key in {_exact_key(line.text), _folio_key(line)} - {None, ""}:
                    seen.setdefault(key, []).append((number, line.top))
    return {key: places for key, places in seen.items() if len({at for at, _ in places}) >= REPEATS}


def _exact_key(text: str) -> str:
    return re.sub(r"\s+", "", re.sub(r"[-–—]", "-", text.lower()))


def _folio_offsets(pages: list[list[Line]], edges: list[set[int]]) -> set[int]:
    """How far the document's page numbers stand from their pages' indexes: the distances that bare
    arabic folios (``FOLIO``) on the outermost rows keep ``REPEATS`` times or more."""
    found = Counter(
        int(line.text) - line.page
        for page, edge in zip(pages, edges, strict=True)
        for line in page
        if id(line) in edge and FOLIO.fullmatch(line.text.strip())
    )
    return {offset for offset, count in found.items() if count >= REPEATS}


def _carries_folio(line: Line, offsets: set[int]) -> bool:
    """The line's words open or end with its page's number (``FOLIO_AT_END``), one standing from the
    page's index as the document's bare folios do (``_folio_offsets``): a running head pdfminer read
    with its folio as one line, "40  CHAPTER 6. EXPONENTIATION", beside no folio of its own to cut.
    A chapter of two pages names its head once, too seldom to repeat, and libtommath's manual kept
    three of them, two inside code listings. A heading's number is no page number."""
    found = FOLIO_AT_END.match(line.text)
    if not found or not LETTERS.search(line.text):
        return False
    return int(found["head"] or found["number"]) - line.page in offsets


def _folio_key(line: Line) -> str | None:
    """A line with a page number at either end keyed by its other words and how far the number is
    from the page's index: the second line of a two-line running header carries the folio ("… a
    Long Title Is Used 3", "… Used 9"), the number advancing with the page, while a heading's year
    ("Wydanie 2003", "Wydanie 2011") does not keep one distance to its page."""
    found = FOLIO_AT_END.match(line.text)
    if not found:
        return None
    number, words = (found["head"], found["tail"]) if found["head"] else (found["number"], found["words"])
    return f"{_exact_key(words)}#{int(number) - line.page}"


def _inner_furniture(row: list[Line], again: dict[str, list[tuple[int, float]]]) -> bool:
    """A row inside the page's outermost one is furniture when it holds a bare page number alone (a
    folio above a footer line) or only lines repeated word for word at their own place at the edge of
    other pages (``_repeated_in_place``); a number beside other text on its row is a contents
    entry's, and a body line repeats nowhere."""
    if len(row) == 1 and PAGE_NUMBER.match(row[0].text):
        return True
    return all(
        _repeated_in_place(line, _exact_key(line.text), again)
        or _repeated_in_place(line, _folio_key(line), again)
        for line in row
    )


def _repeated_in_place(line: Line, key: str | None, again: dict[str, list[tuple[int, float]]]) -> bool:
    """Whether ``key`` stands at the page edge within an em of ``line``'s top on ``REPEATS`` pages: a
    second header line keeps its place. A section heading at the top of a page's text ("1 Examples")
    whose words the running heads of later pages repeat stands under them, at no place of theirs: it
    is the page's text (pst-hsb-doc.pdf lost its headings "1 Examples" and "1.2 Parametric plot")."""
    places = again.get(key or "", [])
    return len({at for at, top in places if abs(top - line.top) <= line.size}) >= REPEATS


def _peeled(
    page: list[Line], gone: set[int], inner: Callable[[list[Line]], bool], bars: list[Rule]
) -> set[int]:
    """The ids of the rows in the page's outer ``EDGE``, top and bottom, that ``inner`` finds to be
    furniture, taken from the edge inward while every row outside them is furniture (in ``gone``)
    and no drawn rule parts them from it (``_ruled_apart``)."""
    peeled: set[int] = set()
    for rows in (rows_of(page), rows_of(page)[::-1]):
        for outside, row in zip(rows, rows[1:], strict=False):
            if not all(id(line) in gone | peeled for line in outside):
                break
            if not all(line.at_edge for line in row) or _ruled_apart(outside, row, bars) or not inner(row):
                break
            peeled.update(id(line) for line in row)
    return peeled


def _ruled_apart(outside: list[Line], row: list[Line], bars: list[Rule]) -> bool:
    """A drawn rule spanning ``row`` stands between it and the ``outside`` row nearer the page's
    edge: a header rule closes the running head and a footer rule opens the foot, so a row past it
    is the text block's, though its words come back there on other pages. A Sphinx manual's API
    reference lost its bold field label "Return type" under the head's rule on the three pages it
    opened, at one place each time, as a second head line."""
    upper = min(line.top for line in outside) < row[0].page_height / 2
    near = max(line.bottom for line in outside) if upper else min(line.top for line in outside)
    far = min(line.top for line in row) if upper else max(line.bottom for line in row)
    low, high = sorted((near, far))
    return any(low <= bar[1] and bar[3] <= high for bar in _spanning(bars, row))


def _column_heads(page: list[Line]) -> list[Line]:
    """The lines of each row of ``HEAD_CELLS`` lines or more whose every line starts or ends where
    lines of ``HEAD_CELLS`` - 1 rows under it do (``HEAD_ALIGN`` em): a table's header over its
    columns, repeated at the top of each page the table runs on (ionumbers_test.pdf's "input |
    LaTeX | ionumbers | expected"), is the table's, not a running header, whose pieces (a title, a
    page number) stand over no columns. A row of words beside a page number (``_folio_beside_words``)
    is a running header, whatever lines under it its pieces meet: a code listing's or printout's lines
    start and end at every step of its pitch, and a book's head over one met them (its folio at the
    margin, its title's end at the measure's), kept on the pages a listing opened."""
    rows = rows_of(page)
    heads = []
    for at, row in enumerate(rows):
        under = rows[at + 1 :]
        if (
            len(row) >= HEAD_CELLS
            and not _folio_beside_words(row, under[0] if under else [])
            and all(
                sum(any(_edges_meet(line, other) for other in below) for below in under) >= HEAD_CELLS - 1
                for line in row
            )
        ):
            heads.extend(row)
    return heads


def _folio_beside_words(row: list[Line], next_row: list[Line]) -> bool:
    """Whether one line of the row is an arabic page number (``FOLIO``) and every other one holds a
    word: a running header's title beside its folio ("84" / "CHAPTER 4." / "INTRODUCTION …"). A
    table's head of column numbers ("1", "2", "3") has no words, and one of words no number. A number
    over another ending where it ends (``HEAD_ALIGN`` em) is a column's, not a folio: a contents
    section set at a column's top, its entries' page numbers one under the other."""
    numbers = [line for line in row if FOLIO.fullmatch(line.text.strip())]
    if len(numbers) != 1 or not all(LETTERS.search(line.text) for line in row if line is not numbers[0]):
        return False
    folio = numbers[0]
    return not any(
        FOLIO.fullmatch(other.text.strip()) and abs(other.x1 - folio.x1) < HEAD_ALIGN * folio.size
        for other in next_row
    )


def _edges_meet(line: Line, other: Line) -> bool:
    """The two lines start or end within ``HEAD_ALIGN`` em of each other."""
    reach = HEAD_ALIGN * line.size
    return abs(line.x0 - other.x0) < reach or abs(line.x1 - other.x1) < reach


def _heading_numbers(page: list[Line], body: float) -> list[Line]:
    """Numbers alone set larger than the body text, each opening a row of words in its own size: a
    section heading's number set apart from its title, not a folio (lavaSearch2 overview.pdf lost
    the "4" of "4 Information about the R session used for this document" atop its page as a page
    number). A page number is set in the body's size or smaller."""
    return [
        line
        for line in page
        if FOLIO.fullmatch(line.text.strip())
        and line.size > body + HEADING_STEP
        and any(
            on_row(line, other)
            and other.x0 > line.x1
            and abs(other.size - line.size) <= 1.0
            and LETTERS.search(other.text)
            for other in page
        )
    ]


def _listing_numbers(page: list[Line]) -> list[Line]:
    """The numbers of a listing's rows: a monospaced number on the row of another monospaced line, a
    line number left of its code (ESKDX's listing went on over a page break, its "15", "16" at the
    page's top) or a value among printed output's cells ("## [1,] 100     33    1.6", an R print
    opening a page, its cells set apart), no page number or tick value standing alone."""
    return [
        line
        for line in page
        if line.mono
        and LISTING_NUMBER.fullmatch(line.text.strip())
        and any(
            other is not line and other.mono and min(other.bottom, line.bottom) - max(other.top, line.top) > 0
            for other in page
        )
    ]


def _numbered_rows(page: list[Line]) -> list[Line]:
    """A number whose neighbour in its column (the same left edge, within ``NUMBER_PITCH`` of its size)
    reads one more under it or one less over it, and the monospaced lines on its row: a numbered
    listing's line number and its code, going on over a page break, not a folio and a running head.
    A numbered listing's line numbers are often set in the roman face; SimGUIDebug2_0.pdf lost
    "class EventWindow(GenericWindow):" (its number 170 over 171) opening p. 15 as ``page_furniture``,
    taken with its number for a head beside a folio, a blank listing line keeping the code under it
    apart."""
    numbers = [line for line in page if FOLIO.fullmatch(line.text.strip())]
    counted = [
        line
        for line in numbers
        if any(
            abs(other.x0 - line.x0) <= 1
            and 0 < abs(other.top - line.top) <= NUMBER_PITCH * line.size
            and int(other.text) - int(line.text) == (1 if other.top > line.top else -1)
            for other in numbers
        )
    ]
    return counted + [line for line in page if line.mono and any(on_row(line, number) for number in counted)]


def _ruled_off(line: Line, bars: list[Rule]) -> bool:
    """A drawn rule spanning the line within an em on the page's inner side: a header rule sets a
    running header apart from the text block under it, a footer rule a footer from the text above."""
    spanning = _spanning(bars, [line])
    if line.top < line.page_height / 2:
        return any(0 <= bar[1] - line.bottom <= line.size for bar in spanning)
    return any(0 <= line.top - bar[3] <= line.size for bar in spanning)


def _spanning(bars: list[Rule], lines: list[Line]) -> list[Rule]:
    """The drawn rules that run across each of ``lines``, a point short at either end allowed."""
    return [bar for bar in bars if all(bar[0] <= line.x0 + 1 and bar[2] >= line.x1 - 1 for line in lines)]


def _in_text_box(line: Line, page: list[Line], edge: set[int], ruling: list[Rule]) -> bool:
    """The line stands in a ruled box (``_ruled_box``) that holds a line off the page's ``edge`` rows
    too: a box of the text block running down to the page's foot, whose last row is the box's, not
    a folio or a footer (4ti2_manual.pdf's "4x4.mat" lost its last row's first "0" as the page's
    number). A running head or a title block's folio ruled in a cell of its own stays furniture."""
    box = _ruled_box(line, ruling)
    return box is not None and any(
        id(other) not in edge
        and box[0] <= other.x0
        and other.x1 <= box[2]
        and box[1] <= other.top
        and other.bottom <= box[3]
        for other in page
    )


def _ruled_box(line: Line, ruling: list[Rule]) -> Rule | None:
    """The box the nearest drawn rules round the line make, each spanning it (a point short
    allowed): one down on either side, one across over and under it; None if a side has none."""
    down = [r for r in ruling if r[2] - r[0] < 1 and r[1] <= line.top + 1 and r[3] >= line.bottom - 1]
    across = [r for r in ruling if r[3] - r[1] < 1 and r[0] <= line.x0 + 1 and r[2] >= line.x1 - 1]
    left = [r[2] for r in down if r[2] <= line.x0 + 1]
    right = [r[0] for r in down if r[0] >= line.x1 - 1]
    over = [r[3] for r in across if r[3] <= line.top + 1]
    under = [r[1] for r in across if r[1] >= line.bottom - 1]
    if not (left and right and over and under):
        return None
    return (max(left), max(over), min(right), min(under))


def _framed(line: Line, bars: list[Rule]) -> bool:
    """A drawn horizontal rule spanning the line above it and another below it."""
    spanning = _spanning(bars, [line])
    return any(bar[3] <= line.top for bar in spanning) and any(bar[1] >= line.bottom for bar in spanning)


def _edge_lines(page: list[Line], body: float, feet: set[tuple] = frozenset()) -> set[int]:
    """The ids of the page's lines on its outermost rows, where furniture stands outside the text
    block: its first row (a line's top within half its size of the page's first top) when in the
    outer ``EDGE`` or set no larger than the ``body`` text (a chapter's title opening a page, "Глава
    2", is no running header), and its last row in the outer ``EDGE`` or where one of the document's
    running ``feet`` stands (``_repeated_feet``). A line under the running
    header is the text block's, however near the edge: texlive-pl's A4 pages start their text 70 pt
    from the top, inside ``EDGE``, and a subsection heading opening three pages ("9.1.8. Wydanie
    2011") or a contents page's numbers there were taken for furniture, and every body line at their
    place with them."""
    first = min((ln.top for ln in page), default=0.0)
    last = max((ln.bottom for ln in page), default=0.0)
    return {
        id(ln)
        for ln in page
        if (ln.top - first < 0.5 * ln.size and (ln.at_edge or ln.size <= body + 0.5))
        or (last - ln.bottom < 0.5 * ln.size and (ln.at_edge or _foot_key(ln) in feet))
    }


def _repeated_feet(pages: list[list[Line]]) -> set[tuple]:
    """The running feet of the document (``_foot_key``): the lines that end ``REPEATS`` pages or more
    with one text at one place, set apart from the line over them (``FOOT_GAP``), under different
    text (``_text_over``). alpha-persian-l.userguide.pdf's "By Shapour Madadpour" stands 87 pt over
    the foot of each Letter page, outside the outer ``EDGE``, 1.7 em or more under the text, and was
    kept 16 times inside the listings that run across the pages. A page's last line of prose or of a
    listing runs on at its leading from the line over it, a page's only line ("Текст страницы 0.")
    differs from page to page, and pages that repeat their text end on their own last line, no foot."""
    pages_over: dict[tuple, list[str]] = {}
    for page in pages:
        last = max((ln.bottom for ln in page), default=0.0)
        for ln in page:
            if last - ln.bottom < 0.5 * ln.size and _set_apart(ln, page):
                pages_over.setdefault(_foot_key(ln), []).append(_text_over(ln, page))
    return {foot for foot, over in pages_over.items() if len(over) >= REPEATS and len(set(over)) > 1}


def _text_over(line: Line, page: list[Line]) -> str:
    """The text of the page's nearest line over ``line`` ("" where none is)."""
    over = [other for other in page if other.bottom < line.top]
    return max(over, key=lambda other: other.bottom).text if over else ""


def _set_apart(line: Line, page: list[Line]) -> bool:
    """Nothing of the page ends within ``FOOT_GAP`` of its size over the line (a piece of its row
    ends with it, under its middle)."""
    over = line.bottom - 0.5 * line.size
    return not any(line.top - FOOT_GAP * line.size < other.bottom < over for other in page)


def _foot_key(line: Line) -> tuple:
    """A last row's line as a running foot is known: its text, digits and all (a page's only line
    "Текст страницы 0." is not the next page's "Текст страницы 1."), and its place."""
    return line.text.strip(), _place(line)


def _misread(key: str, repeated: set[str]) -> bool:
    """The key is a repeated one, or one letter off it when it is at least ``MISREAD_KEY`` long: a
    scan's OCR misreads its running header now and then ("ГОСТ 2Л05-95" for "ГОСТ 2.105-95")."""
    if key in repeated:
        return True
    return len(key) >= MISREAD_KEY and any(
        len(other) == len(key) and sum(a != b for a, b in zip(key, other, strict=True)) == 1
        for other in repeated
    )


def _held_place(line: Line, page: list[Line], near: set[tuple]) -> bool:
    """The line stands at a place repeated furniture holds (``near``), or shares its baseline
    (``BASELINE_SLIP`` em) with a line on its row that does: a glyph from a font with a shallower
    descent lifts a line's box, not its baseline (HSAUR3's running head "ANALYSIS USING R", its
    sans-serif "R" lifting it 2.5 pt over the folio beside it and the other pages' heads, was kept
    inside the text between a paragraph and the listing that opens the page)."""
    return _place(line) in near or any(
        other is not line
        and on_row(line, other)
        and abs(other.bottom - line.bottom) <= BASELINE_SLIP * line.size
        and _place(other) in near
        for other in page
    )


def _place(line: Line) -> tuple[int, float]:
    """Where a line stands: its top edge to 2 pt and its font size."""
    return round(line.top / 2), line.size


def entry_headers(pages: list[list[Line]]) -> set[int]:
    """The ids of the lines of each entry's template header: the rows that follow a title (a line set
    larger than the body, alone on its row) word for word, in one size and at one indent from it,
    up to a section heading (``_heading_styles``), the same ``ENTRY_ROWS`` rows or more under
    ``ENTRY_REPEATS`` titles of different words or more. DocBook's reference entries each open on
    the function's name over "LINUX" and "Kernel Hackers Manual August 2009" (the manual's volume
    and date): libraw1394.pdf kept them as paragraphs under 55 of 66 titles and cut the second as
    ``page_furniture`` where it opened a page. Under a title whose header a page break parted, the
    rows the template starts with go too."""
    body = body_size(pages)
    rows = [row for page in pages for row in rows_of(page)]
    headings = _heading_styles(pages, body)
    follows = {
        at: _follow(rows, at, headings)
        for at, row in enumerate(rows)
        if len(row) == 1 and row[0].size > body + HEADING_STEP
    }
    template = _template(follows, rows)
    found: set[int] = set()
    for at, keys in follows.items():
        shared = next(
            (n for n, (key, mine) in enumerate(zip(template, keys, strict=False)) if key != mine),
            min(len(template), len(keys)),
        )
        found |= {id(line) for row in rows[at + 1 : at + 1 + shared] for line in row}
    return found


def _follow(rows: list[list[Line]], at: int, headings: set[float]) -> list[tuple]:
    """The keys of the rows under the title ``rows[at]`` up to a row holding a section heading or
    another title, or a row of prose (``ENTRY_WORDS`` words or more, or a full stop at its end: a
    notice that a manual repeats under each chapter's title, maint-guide.ru.pdf's "The rewrite of
    this tutorial document …", is text), ``ENTRY_ROWS_MOST`` at most: each row's lines' words, sizes
    and indents from the title."""
    title = rows[at][0]
    keys = []
    for row in rows[at + 1 : at + 1 + ENTRY_ROWS_MOST]:
        words = " ".join(line.text for line in row).split()
        if (
            len(words) >= ENTRY_WORDS
            or words[-1].endswith(".")
            or any(line.bold and line.size in headings or line.size >= title.size for line in row)
        ):
            break
        keys.append(tuple((_exact_key(line.text), line.size, round(line.x0 - title.x0)) for line in row))
    return keys


def _template(follows: dict[int, list[tuple]], rows: list[list[Line]]) -> list[tuple]:
    """The longest run of row keys that opens the rows under ``ENTRY_REPEATS`` titles of different
    words or more, when it holds ``ENTRY_ROWS`` rows or more, else []."""
    template: list[tuple] = []
    while True:
        step = len(template)
        titles: dict[tuple, set[str]] = {}
        for at, keys in follows.items():
            if len(keys) > step and keys[:step] == template:
                titles.setdefault(keys[step], set()).add(_exact_key(rows[at][0].text))
        best = max(titles.items(), key=lambda item: len(item[1]), default=None)
        if best is None or len(best[1]) < ENTRY_REPEATS:
            return template if len(template) >= ENTRY_ROWS else []
        template.append(best[0])


def _heading_styles(pages: list[list[Line]], body: float) -> set[float]:
    """The sizes in which the text sets more than one heading in bold: bold lines of the body's size
    or larger in one size with other words ("Name", "Synopsis", "Arguments"; yacas's "Calling
    format:", "Parameters:"), where an entry's text starts. A template's line in a style of its own
    ("LINUX") sets no other words, and its plain lines are no heading."""
    texts: dict[float, set[str]] = {}
    for page in pages:
        for line in page:
            if line.bold and line.size >= body:
                texts.setdefault(line.size, set()).add(_exact_key(line.text))
    return {size for size, words in texts.items() if len(words) > 1}
