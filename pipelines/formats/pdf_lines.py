"""PDF pages → text lines with their geometry, page furniture and watermarks left out.

pdfminer.six groups characters into lines and boxes; its spaces come from one fixed gap (a share of
a character's width), which kerned or letter-spaced PDFs break both ways: Word-made GOST standards
carry real space glyphs *and* wide kerning, so the default gap reads "П оправка к ГО С Т 2.105— 95"
and a wider one glues real words. Each line's text is therefore written here from its characters:
where the line has space glyphs they are the spaces (plus gaps wider than half an em, tab stops);
where it has none, a space is a gap clearly wider than the line's usual letter gap, so tracked
(letter-spaced) lines split between words and not between letters. A no-break space glyph is a
tie, not the line's way of spacing: DocBook/FO PDFs set "Раздел 2.2" with one and every other
space as a gap, and taking the tie for the rule read "(смотритеРаздел 2.2)". One pdfminer pass,
no retry.

Page furniture is found on lines, not boxes (pdfminer often glues a running header to the body
below it): a line near the top or bottom edge whose text, digits, spacing and case aside, comes
back at the page edge on three pages or more is a running header or footer ("ГО С Т 7 . 1 - 2 0 0 3"
and "ГОСТ 7.1—2003" are one), and a bare page number (arabic or roman) at the edge goes too. Both
go to ``removed`` (``page_furniture``), not away: a scanned standard's title page may hold its
designation only in the running header. Furniture stands outside the text block: only a page's
outermost rows are weighed, and a row inside them only while every row outside it is furniture (a
folio above a footer line); a body line under the running header is text, however near the edge.

A line that opens with a bold term and goes on in another font with a capital ("Политика Debian
В Debian есть …", a definition list set run-in) carries ``RUN_IN`` after the term, for the reflow to
make the term a paragraph of its own when the line starts one.

Two letters set in different fonts with no gap between them are parted when both sides are words
and the glued whole is not ("исполняемый" + italic "двоичный"), unless both fonts are monospaced
(a file name with a placeholder in italics, "lib" + "foo" + ".so.1"); a line whose letters are all in a
monospaced font is marked ``mono`` (code, a terminal session, an ASCII drawing).

A footnote mark (a superscript digit glyph, or a digit or asterisk set smaller and above the line's
baseline) is wrapped in ``MARK_OPEN``/``MARK_CLOSE`` so the reflow reads past it and the parser moves
it to the ``removed`` layer; ``read_lines`` also returns each page's ruling (drawn lines and stroked
rectangle edges) for ``pdf_layout`` to find tables by.
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from sloika.pipelines.formats.base import FormatError
from sloika.pipelines.formats.pdf_accents import (
    _accents_combined,
    _degree_signs,
    _tex_logos,
)
from sloika.pipelines.formats.pdf_fonts import (
    BOLD,
    ITALIC,
    MONOSPACED,
    SLANTED_TYPEWRITER,
    _at_listing_pitch,
    _fixed_pitch,
    _font,
    _keywords_unnamed,
    _letter_width,
    _listing_pitches,
    _rendered_formula,
)
from sloika.pipelines.formats.pdf_line_record import (
    MARK,
    Dropped,
    Line,
    Rule,
    enclosing,
    on_row,
    rows_of,
)
from sloika.pipelines.formats.pdf_math_pieces import (
    MARK_RISE,
    RADICAL,
    _numerators_apart,
    _radicals_joined,
    _superscripts_joined,
)
from sloika.pipelines.formats.pdf_spacing import TAB_GAP, _spaced_text

SMALL_CAPS_STEP = 0.5  # pt: capitals set this much under the lower-case letters are small capitals
BLOCK_GAP = 0.3  # em between two lines' boxes within a text block (TeX's 12 pt skip for 10 pt type: 0)
SMALLER_NAME = 0.95  # of the text's size: a margin name without a backslash is set smaller, at most
MARGIN_NAME_GAP = (
    0.8  # em between a margin name and its paragraph's first line, at least (a word space: 0.33)
)
FULL_LINE = 40  # glyphs a line has at least to show where the page's full lines end
FULL_LINES = 3  # lines ending on one point, at least, that make it the text column's right edge
FULL_SHARE = 0.5  # ... and this share of the lines ending on the commonest point, at least
COLUMN_SLACK = 1.0  # pt: a full line's text ends this close to the column's right edge
NAME_WORDS = 3  # words a right-margin name has at most (\\marginpar's "MtoXratio", "\\HPlabel")
REPEATS = 3  # pages on which an edge line must come back to be a running header or footer
RUNNING_TITLE_PAGES = 2  # pages at the edge, at least, of a running header whose title changes
PHRASE_GAP = 0.5  # em between two pieces of one row's phrase, at most (a word space: 0.33)
COLOPHON = "colophon"  # why a journal's colophon box at the last page's foot left the text
COLOPHON_REPEATS = 2  # of its lines, at least, repeating page 1's (the journal's name, issue, DOI)
HEAD_CELLS = 3  # lines side by side on a row, at least, that head a table's columns
HEAD_ALIGN = 0.1  # em: a header cell's edge this close to a cell's under it heads its column
MISREAD_KEY = 5  # characters of a furniture key from which one misread character is allowed
LINE_NUMBER_DIGITS = 5  # a code line's printed number has at most this many digits …
LINE_NUMBER_SIZE = 0.9  # … and is set at most this share of the code's font size
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
RULE = 2.0  # pt: a drawn line or rectangle edge thinner than this is a rule (a table's ruling)
TOUCH_PAGE = 1.0  # pt: a shape reaching further past the page's edge is drawn for a clip path to cut
DRAWING_REACH = 3.0  # em of a line's size: a drawing this near it is the drawing it stands in
DRAWING_SHAPES = 8  # a drawing holds this many marks at least (``_drawing_shape``: points, a map's cells)
DRAWING_CELL = 12.0  # pt: shapes within a cell of this grid of each other are one drawing
DRAWING_MARK = 15.0  # pt: a curve or a filled area smaller than this each way is a drawing's mark
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
NUMBERS_ONLY = re.compile(r"^[\d\s.,:;/()+−–—-]*$")
LISTING_NUMBER = re.compile(r"[-−]?\d+(?:[.,]\d+)?")  # "15", "1.6", "-0.38": a listing row's number
# a date is text, not numeric debris: "22.06.93" (a signature's date), "7.08.1993", "1993-06-22"; the day
# and month zero-padded unless the year has four digits, so a clause number ("4.1.12") is no date
DATE = re.compile(
    r"^\s*(?:(?:0[1-9]|[12]\d|3[01])([./])(?:0[1-9]|1[0-2])\1\d{2}"
    r"|(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\2(?:1[89]|20)\d{2}"
    r"|(?:1[89]|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))\s*$"
)
# a code is text too: a product's "31 1398" on a sample title page, a postal code "119991": digits
# (six or more, a run of four or more among them) in groups split by a space or a hyphen; a page
# number, a clause number, a drawing's size or a contents line's numbers read across have fewer
CODE = re.compile(r"^\s*(?=(?:[ -]*\d){6})(?=[\d -]*\d{4})\d+(?:[ -]\d+)*\s*$")
# a monospaced line's spacing circumflex and tilde, left over once the accents set over a letter are
# combined with it (``_accents_combined``), are the code's caret and tilde, which a Latin Modern
# typewriter font names "circumflex" and "tilde" (a knitr listing's "options(ffbatchbytes=1024ˆ3)")
CODE_ASCII = str.maketrans({"\u02c6": "^", "\u02dc": "~"})
LETTER_COLUMN_ITEM = re.compile(r"[^\W\d_]{1,2}")
TABLE_CELL_CHARS = 12  # characters: a table's cell beside a letter of its first column, at most
ROW_ALIGN = 0.2  # em: two lines whose baselines are this close stand on one row
STAIR_STEP = (0.2, 1.5)  # em: how far right of the piece above a word's next piece set as a stair steps
STAIR_EVEN = 0.2  # em: the steps of one stair differ by less than this
STEP_MAX = 6.0  # em: how far apart the starts of a line and the stepped line under it are at most
TURNED_SPACE = 0.2  # em between two pieces of a turned line: a word space
ROW_APART = 0.7  # share of the page's line pitch: two lines nearer in height than this share a row
PITCH_EVEN = 0.25  # share of the line pitch by which a stack's distances may exceed it
GAP_NEIGHBOUR = 2.5  # em: a line put in among a column's rows has one of them this near above or below
ROW_SHARE = 0.5  # em: a line whose top is this far above another's bottom or more is on its row
LABEL_GAP = 4.0  # em: a definition's category label stands at least this far right of its head
# em: a label the document sets LABEL_GAP apart elsewhere ("[Macro]") stands at least this far right of
# a head that fills its row (Texinfo narrows the gap down to two em before it wraps the signature)
KNOWN_LABEL_GAP = 1.5
SIZE_SAME = 0.2  # pt: two lines' font sizes this close are one size
# characters: a gap no monospaced line crosses at least this wide parts two listings set side by side
LISTING_GUTTER = 3.0
LONE_ROWS = 2  # rows each of two listings side by side holds with nothing of the other on them, at least
BASELINE_SLIP = 0.05  # em: two pieces' baselines this close are one row's


Candidates = dict[int, tuple[Line, Line]]  # a head's id to the head and the category label beside it


def read_lines(data: bytes) -> tuple[list[list[Line]], list[list[Rule]], Dropped]:
    """Every page's upright text lines in pdfminer's reading order, watermark columns and page
    furniture removed, every page's rules, and the lines taken out, each with why: a line set
    rotated (``rotated_text``: the reader reads upright lines only), a watermark's
    (``letter_column``), a figure's (``figure``, as ``pdf_debris`` names a drawing's labels: a plot's
    drawn in a Form XObject, a turned axis title whole) or page furniture (``page_furniture``: a
    running header, a page number), for the ``removed`` layer to keep (a running header may be all
    that holds a designation)."""
    read, rules, bars, figured = _pages(data)
    pages = [[line for line in page if not (line.rotated or line.name)] for page in read]
    turned: Dropped = [
        (line, "rotated_text") for line in _turned_runs([ln for pg in read for ln in pg if ln.rotated])
    ]
    named: Dropped = [
        (line, "margin_name") for page in read for line in page if line.name and not line.rotated
    ]
    candidates = [_labels_beside(page) for page in pages]
    known = _category_labels(pages, candidates)
    pages = [
        _stairs_joined(_displays_in_place(_gaps_filled(_steps_in_order(_labels_by_heads(page, near, known)))))
        for page, near in zip(pages, candidates, strict=True)
    ]
    kept = [_without_letter_columns(page) for page in pages]
    left = {id(line) for page in kept for line in page}
    dropped = (
        turned + named + [(line, "letter_column") for page in pages for line in page if id(line) not in left]
    )
    labels = [ln for ln in figured if not ln.rotated] + _turned_runs([ln for ln in figured if ln.rotated])
    dropped += [(line, "figure") for line in labels if line.text.strip()]
    body = _without_furniture([_titles_first(page) for page in kept], bars)
    there = {id(line) for page in body for line in page}
    dropped += [(line, "page_furniture") for page in kept for line in page if id(line) not in there]
    colophon = _colophon(body, bars)
    dropped += [(line, COLOPHON) for page in body for line in page if id(line) in colophon]
    return [[line for line in page if id(line) not in colophon] for page in body], rules, dropped


def masthead_key(text: str) -> str:
    """Letters and digits only, in lower case: the colophon's "October 2018, Volume 87, Issue 7" is
    the masthead's "October 2018, Volume 87, Issue 7.", "doi:10.18637/…" its "doi: 10.18637/…"."""
    return "".join(char for char in text.lower() if char.isalnum())


def _colophon(pages: list[list[Line]], bars: list[list[Rule]]) -> set[int]:
    """The ids of the last page's colophon lines: a journal's box at the page's foot (every line
    under its lowest bar but one stands above its lowest, and there are some) of which
    ``COLOPHON_REPEATS`` lines or more repeat a line of page 1 (``masthead_key``): JSS closes a
    paper with its name, publisher, addresses, issue, DOI and dates ruled off at the foot, the
    furniture of its first page's masthead, which otherwise ended the text inside the references."""
    last = max((at for at, page in enumerate(pages) if page), default=0)
    ruled = sorted(bars[last], key=lambda bar: bar[1]) if last else []
    if len(ruled) < 2:
        return set()
    upper, lower = ruled[-2:]
    under = [line for line in pages[last] if line.top >= upper[3]]
    if not under or any(line.bottom > lower[1] for line in under):
        return set()
    masthead = {masthead_key(line.text) for line in pages[0]} - {""}
    if sum(masthead_key(line.text) in masthead for line in under) < COLOPHON_REPEATS:
        return set()
    return {id(line) for line in under}


def _labels_by_heads(page: list[Line], candidates: Candidates, known: frozenset[str]) -> list[Line]:
    """The page with each definition's category label joined to its head (Texinfo's ``@deffn``: the
    name at the margin, "VSL Function" flush right on its row, the description indented under it),
    the label after two spaces, the line ending its paragraph (``Line.lead``): pdfminer read the
    labels as a column of their own, which stood as paragraphs away from their entries or made a
    table with the heads. Heads stacked one under the other (``@deffnx``) are one entry's: a run of
    them counts only where the line under it is indented past them (``_heads_over_description``).
    Of the page's ``candidates`` (``_labels_beside``), a label stands ``LABEL_GAP`` em or more right
    of its head, or ``KNOWN_LABEL_GAP`` where its text is ``known``; a signature wrapped onto the row
    under its head (``_continuation``) reads in one with it, before the label."""
    beside = {
        at: label
        for at, (head, label) in candidates.items()
        if _far(head, label) or label.text.strip() in known
    }
    heads = _heads_over_description(page, beside)
    if not heads:
        return page
    labels = {id(beside[at]) for at in heads}
    rest = [line for line in page if id(line) not in labels]
    wrapped = {id(head): under for head in rest if id(head) in heads and (under := _continuation(head, rest))}
    gone = labels | {id(under) for under in wrapped.values()}
    return [
        replace(line, text=_signature(line, wrapped.get(id(line)), beside[id(line)]), lead=True)
        if id(line) in heads
        else line
        for line in page
        if id(line) not in gone
    ]


def _signature(head: Line, wrapped: Line | None, label: Line) -> str:
    """A definition's head as one line: its name and arguments, their wrapped rest, its label."""
    return f"{head.text} {wrapped.text}  {label.text}" if wrapped else f"{head.text}  {label.text}"


def _category_labels(pages: list[list[Line]], candidates: list[Candidates]) -> frozenset[str]:
    """The texts the document sets as definitions' category labels at the full ``LABEL_GAP``
    ("[Macro]", "[User Option]"): a short line with one of these texts at the right edge is a label
    however near a head that fills its row."""
    found = set()
    for page, near in zip(pages, candidates, strict=True):
        beside = {at: label for at, (head, label) in near.items() if _far(head, label)}
        found.update(beside[at].text.strip() for at in _heads_over_description(page, beside))
    return frozenset(found)


def _labels_beside(page: list[Line]) -> Candidates:
    """The page's category labels that may be, by their heads' ids: each with its head, at least
    ``KNOWN_LABEL_GAP`` em apart (``_head_beside``), read once for both the document's known labels
    and the page's own."""
    return {id(head): (head, label) for label in page if (head := _head_beside(label, page)) is not None}


def _far(head: Line, label: Line) -> bool:
    """Whether ``label`` stands the full ``LABEL_GAP`` em right of its ``head``."""
    return head.x1 + LABEL_GAP * label.size <= label.x0


def _continuation(head: Line, page: list[Line]) -> Line | None:
    """The row under a definition's ``head`` when it is the head's wrapped signature: alone on its
    row, in the head's size, an em or more right of the head's start, over a row that starts left
    of it in another size (the description: Texinfo's "define-prefix-command name arglist
    [docstring] [keyword value]..." over "group... [body...]", both 12 pt, the 10.9 pt text under
    them). Where the description is set in the head's size, nothing tells a wrapped signature from
    it: none is taken."""
    under = _row_under(head, page)
    if under is None or abs(under.size - head.size) > SIZE_SAME or under.x0 < head.x0 + head.size:
        return None
    if sum(_rows_shared(line, under) for line in page) != 1:
        return None
    after = _row_under(under, page)
    if after is None or abs(after.size - head.size) <= SIZE_SAME or after.x0 > under.x0 - head.size:
        return None
    return under


def _head_beside(label: Line, page: list[Line]) -> Line | None:
    """The one line on ``label``'s row when ``label`` is a category label set flush right beside it:
    ``NAME_WORDS`` words at most with a letter, not monospaced, off the page's edge (a running
    head's title beside its page number is furniture), ending on the page's right edge (no line ends
    further right), ``KNOWN_LABEL_GAP`` em or more right of that line, which ends left of it (how far
    a label must stand is the caller's: ``_far``)."""
    words = label.text.split()
    if (
        not words
        or len(words) > NAME_WORDS
        or label.mono
        or label.at_edge
        or not any(c.isalpha() for c in label.text)
    ):
        return None
    if label.x1 < max(line.x1 for line in page) - COLUMN_SLACK:
        return None
    row = [line for line in page if line is not label and _rows_shared(line, label)]
    if len(row) != 1 or abs(row[0].bottom - label.bottom) > ROW_ALIGN * label.size:
        return None
    return row[0] if row[0].x1 + KNOWN_LABEL_GAP * label.size <= label.x0 else None


def _heads_over_description(page: list[Line], beside: dict[int, Line]) -> set[int]:
    """The ids of the heads in ``beside`` (a head's id to its label) that open a definition: the
    row right under a head, read from its left (``_row_under``), starts an em or more right of it
    (the description), or is the next head at its margin that does. A table's rows end at a line set
    back at their margin; a figure's panel labels ("(c) …", "(d) …" beside it) at none."""
    labels = {id(label) for label in beside.values()}
    rest = [line for line in page if id(line) not in labels]
    found: set[int] = set()
    for head in page:
        run = [head] if id(head) in beside else []
        while run:
            under = _row_under(run[-1], rest)
            if under is not None and id(under) in beside and abs(under.x0 - head.x0) < head.size:
                run.append(under)
                continue
            if under is not None and under.x0 >= head.x0 + head.size:
                found.add(id(head))
            break
    return found


def _row_under(line: Line, page: list[Line]) -> Line | None:
    """The leftmost line of the row right under ``line`` on the page, None where none is."""
    below = [other for other in page if other.top > line.bottom - ROW_SHARE * line.size]
    if not below:
        return None
    top = min(below, key=lambda other: other.top)
    return min((other for other in below if _rows_shared(other, top)), key=lambda other: other.x0)


def _turned_runs(lines: list[Line]) -> list[Line]:
    """Lines set turned by 90°, which pdfminer reads a glyph (or a few) to a line, joined into one
    line per run: pieces on one page that overlap across and follow each other along the run within
    an em, in reading order (bottom to top for text turned left, top to bottom for text turned right),
    a space where the pieces stand more than ``TURNED_SPACE`` em apart. Text set upside down stays in
    pdfminer's pieces."""
    runs: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: (ln.page, ln.top)):
        run = next((run for run in reversed(runs) if _continues(run[-1], line)), None)
        if run is None:
            runs.append([line])
        else:
            run.append(line)
    joined = []
    for run in runs:
        pieces = run[::-1] if run[0].upward else run
        text = pieces[0].text
        for before, piece in zip(pieces, pieces[1:], strict=False):
            gap = max(piece.top - before.bottom, before.top - piece.bottom)
            text += (" " if gap > TURNED_SPACE * piece.size else "") + piece.text
        joined.append(replace(run[0], text=text, top=run[0].top, bottom=max(ln.bottom for ln in run)))
    return joined


def _continues(last: Line, line: Line) -> bool:
    """``line`` is the next piece of a turned line after ``last``: one page, one way round, across
    from it and below it within an em."""
    return (
        (last.page, last.upward) == (line.page, line.upward)
        and min(last.x1, line.x1) > max(last.x0, line.x0)
        and line.top - last.bottom < line.size
    )


def _titles_first(page: list[Line]) -> list[Line]:
    """The page with each short line read after the lines right below it moved before them: a title
    centred over its paragraph that pdfminer's box order reads after it (debian-faq's "Аннотация"
    under its abstract). The line must stand over the first of those lines, within a line's gap and
    inside its width (a column beside it is no paragraph under it)."""
    lines = list(page)
    for index in range(1, len(lines)):
        title, first = lines[index], index
        while first and lines[first - 1].top >= title.bottom:  # read before it, standing below it
            first -= 1
        if first == index:
            continue
        under = lines[first]
        gap = under.top - title.bottom
        inside = (
            title.x0 > under.x0 and title.x1 < under.x1 and title.x1 - title.x0 < (under.x1 - under.x0) / 2
        )
        if under.page == title.page and 0 <= gap <= TITLE_GAP * under.size and inside:
            lines.insert(first, lines.pop(index))
    return lines


def _pages(data: bytes) -> tuple[list[list[Line]], list[list[Rule]], list[list[Rule]], list[Line]]:
    """Every page's text lines, its rules (``_rules``), its bars (``_bar``) and the lines of figures
    on pages with text of their own (``_page_lines``), read with overflowing octal escapes as the
    PDF reference reads them (``pdf_octal``)."""
    from pdfminer.layout import LAParams
    from pdfminer.pdfparser import PDFSyntaxError

    from sloika.pipelines.formats.pdf_octal import octal_overflow_ignored
    from sloika.pipelines.formats.pdf_pages import extract_pages  # pdfminer's, in the same order every run

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise FormatError("not_a_pdf", "the file does not start with %PDF: not a PDF (or a broken download)")
    pages: list[list[Line]] = []
    rules: list[list[Rule]] = []
    bars: list[list[Rule]] = []
    figured: list[Line] = []
    try:
        with octal_overflow_ignored():
            links = _footnote_links(data)
            pitches: set[tuple[float, float]] = set()  # the listing fonts read so far (``_listing_pitches``)
            for number, page in enumerate(extract_pages(data, LAParams(all_texts=True))):
                lines, drawn, across, labels = _page_lines(number, page, links.get(number, []), pitches)
                figured += labels
                pages.append(lines)
                rules.append(drawn)
                bars.append(across)
    except PDFSyntaxError as err:
        raise FormatError("broken_pdf", f"pdfminer: {err}; the PDF is damaged or truncated") from err
    except Exception as err:  # noqa: BLE001 - pdfminer raises many types on damaged files
        raise _unparsed(data, err, len(pages)) from err
    return pages, rules, bars, figured


def _page_lines(
    number: int, page, links: list[Rule], pitches: set[tuple[float, float]]
) -> tuple[list[Line], list[Rule], list[Rule], list[Line]]:
    """The laid-out page's text lines, its rules (``_rules``), its bars (``_bar``) and the lines of
    its figures (Form XObjects: a plot's labels) when it has text of its own, else none; the page's
    listing fonts are added to ``pitches``, those of the pages before it, so an output's rows at the
    top of a page ("[4,]    7    8") are known by the listing font they go on in."""
    from pdfminer.layout import LTCurve, LTFigure, LTTextContainer, LTTextLineHorizontal

    height = page.height or 1.0
    lines, drawn, across, items, shapes = [], [], [], [], []
    for box in page:
        if isinstance(box, LTCurve):  # LTLine and LTRect too
            drawn.extend(_rules(box, page.width, height))
            across.extend(_bar(box, page.width, height))
            shapes.extend(_drawing_shape(box, height))
        if not isinstance(box, LTTextContainer):
            continue
        items.extend(item for item in box if isinstance(item, LTTextLineHorizontal))
    joined = _numerators_apart(_radicals_joined(_superscripts_joined(items)))
    pitches |= _listing_pitches(joined)
    known = frozenset(pitches)
    right = _column_right(joined)
    for chars in joined:
        found = _lines(number, chars, height, links, known, right)
        if _right_margin_line(chars, joined, right):
            found = [replace(line, name=True) for line in found]
        lines.extend(found)
    lines = _names_wrapped_under(lines, right)
    forms = [box for box in page if isinstance(box, LTFigure)]
    figured = [line for item in _figure_lines(forms) for line in _lines(number, item, height, links, known)]
    if all(line.rotated for line in lines):  # its upright text all in forms: read them
        lines, figured = lines + figured, []
    drawings = _with_tick_labels(_drawings(shapes), lines)
    lines = [replace(line, drawing=_drawing_near(line, drawings)) for line in lines]
    return lines, drawn, across, figured


def _drawing_shape(shape, height: float) -> list[tuple[Rule, bool]]:
    """The shape's box, and whether it is a drawing's mark (a plot's point, a map's cell, an arrow's
    head: a curve or a filled area, under ``DRAWING_MARK`` each way) rather than ruling (a table's
    lines and cells) or a box the text stands in (a frame, a coloured background with rounded
    corners); [] for a long filled bar thinner than ``RULE``, how TeX sets a fraction's bar, a
    table's rule or an underline in the text."""
    from pdfminer.layout import LTLine, LTRect

    x0, top, x1, bottom = shape.x0, height - shape.y1, shape.x1, height - shape.y0
    small = max(x1 - x0, bottom - top) < DRAWING_MARK
    if not shape.stroke and not small and (x1 - x0 < RULE or bottom - top < RULE):
        return []
    drawn = small and (not isinstance(shape, (LTLine, LTRect)) or shape.fill)
    return [((x0, top, x1, bottom), bool(drawn))]


def _drawings(shapes: list[tuple[Rule, bool]]) -> list[Rule]:
    """The boxes of the page's drawings: shapes that touch within a ``DRAWING_CELL`` grid, joined,
    kept when ``DRAWING_SHAPES`` or more of them are marks (``_drawing_shape``): a plot's axes,
    ticks, points and curves, a map's cells; a table's ruling or a framed box alone is none."""
    cells: dict[tuple[int, int], list[int]] = {}
    for at, ((x0, top, x1, bottom), _) in enumerate(shapes):
        for cx in range(int(x0 // DRAWING_CELL), int(x1 // DRAWING_CELL) + 1):
            for cy in range(int(top // DRAWING_CELL), int(bottom // DRAWING_CELL) + 1):
                cells.setdefault((cx, cy), []).append(at)
    found, seen = [], set()
    for start in cells:
        if start in seen:
            continue
        seen.add(start)
        group, todo = set(), [start]
        while todo:
            cx, cy = todo.pop()
            group.update(cells[(cx, cy)])
            for near in ((cx + dx, cy + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)):
                if near in cells and near not in seen:
                    seen.add(near)
                    todo.append(near)
        boxes = [shapes[at] for at in group]
        if sum(drawn for _, drawn in boxes) >= DRAWING_SHAPES:
            found.append(enclosing(box for box, _ in boxes))
    return found


def _with_tick_labels(drawings: list[Rule], lines: list[Line]) -> list[Rule]:
    """Each drawing's box grown over the lines of numbers alone that stand by it (``_drawing_near``):
    a plot's tick values, set between its axis and the axis title, which an R graphic sets three
    lines of text under the axis, out of the drawing's reach but within the ticks' ("Theoretical
    quantiles" under "0 2 4 6 8")."""
    grown = []
    for box in drawings:
        edges = [box] + [
            ln.box
            for ln in lines
            if ln.text.strip() and NUMBERS_ONLY.match(ln.text) and _drawing_near(ln, [box])
        ]
        grown.append(enclosing(edges))
    return grown


def _drawing_near(line: Line, drawings: list[Rule]) -> Rule | None:
    """The box of the first drawing (``_drawings``) the line lies within ``DRAWING_REACH`` em of (an
    axis title under its ticks, a panel's title over its cells, a tick label beside its axis), or
    None."""
    reach = DRAWING_REACH * line.size
    return next(
        (
            (x0, top, x1, bottom)
            for x0, top, x1, bottom in drawings
            if x0 - reach < line.x1
            and line.x0 < x1 + reach
            and top - reach < line.bottom
            and line.top < bottom + reach
        ),
        None,
    )


def _unparsed(data: bytes, err: Exception, read: int) -> FormatError:
    """Why pdfminer could not read the PDF, having read ``read`` pages: "damaged or truncated" only
    when the file does not end as a PDF ends (``%%EOF`` after ``startxref``); a whole file that
    pdfminer fails on is pdfminer's limit, and the user is told the page and to report it."""
    what = f"{type(err).__name__}: {err}"
    if not _ends_whole(data):
        return FormatError("broken_pdf", f"{what}; the PDF is damaged or truncated (no %%EOF at its end)")
    return FormatError(
        "broken_pdf",
        f"pdfminer could not parse the PDF on page {read + 1} ({what}); the file ends whole "
        "(startxref, %%EOF), so this is a construct pdfminer does not read: report it with the PDF "
        "(pipelines/formats/pdf_lines.py), or rewrite the PDF (qpdf, Ghostscript) and read that",
    )


def _ends_whole(data: bytes) -> bool:
    """The file ends as a whole PDF does: ``startxref`` and ``%%EOF`` in its last kilobyte."""
    tail = data[-1024:]
    return b"startxref" in tail and b"%%EOF" in tail


def _figure_lines(container) -> list:
    """The text lines inside the container's figures (Form XObjects), nested ones too, in the order
    pdfminer laid each figure out: a page that draws all its text in forms (debian-refcard's boxes)
    has no text lines of its own. Read as text on such a page only: elsewhere a figure's text is a
    drawing's labels, for ``removed`` (``figure``)."""
    from pdfminer.layout import LTFigure, LTTextContainer, LTTextLineHorizontal

    found = []
    for box in container:
        if isinstance(box, LTFigure):
            found += _figure_lines(box)
        elif isinstance(box, LTTextContainer):
            found += [item for item in box if isinstance(item, LTTextLineHorizontal)]
    return found


def _bar(shape, width: float, height: float) -> list[Rule]:
    """The shape when it is a horizontal line across half the page or more, stroked or filled (TeX
    draws its rules as filled boxes): the edge of a drawn frame (ESKD's) or a header's or footer's rule."""
    x0, top, x1, bottom = shape.x0, height - shape.y1, shape.x1, height - shape.y0
    return [(x0, top, x1, bottom)] if bottom - top < RULE and x1 - x0 >= width / 2 else []


def _rules(shape, width: float, height: float) -> list[Rule]:
    """A stroked shape's edges that are rules: the shape itself when it is thin (a drawn line), else
    the four sides of its box (a cell's border). A filled shape thin one way is a rule too: TeX
    draws a ``tabular``'s rules, "|" and ``\\hline``, as filled boxes 0.4 pt thick (camlidl's
    attribute table, ruled all round, read as cells and code blocks for want of them). Other
    filled-only shapes are backgrounds, not ruling; nor is a shape that runs off the page: a plot's
    line or polygon that R draws past its box for the clip path to cut (pdfminer reads no clipping:
    logcondens.pdf's log-density panel "ran" to 1084 pt on an 842 pt page and made its plot a ruled
    region over the prose under it)."""
    x0, top, x1, bottom = shape.x0, height - shape.y1, shape.x1, height - shape.y0
    thin = x1 - x0 < RULE or bottom - top < RULE
    if not (shape.stroke or (shape.fill and thin)):
        return []
    if x0 < -TOUCH_PAGE or top < -TOUCH_PAGE or x1 > width + TOUCH_PAGE or bottom > height + TOUCH_PAGE:
        return []
    if thin:
        return [(x0, top, x1, bottom)]
    return [(x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)]


def _footnote_links(data: bytes) -> dict[int, list[Rule]]:
    """Each page's links to a footnote (hyperref's ``Hfootnote.N`` targets), as PDF boxes (x0, y0,
    x1, y1): a mark that a LaTeX manual sets in the body's size on its baseline is known by its link."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    found: dict[int, list[Rule]] = {}
    for number, page in enumerate(PDFPage.create_pages(PDFDocument(PDFParser(io.BytesIO(data))))):
        for annot in resolve1(page.annots) or []:
            annot = resolve1(annot)
            action = resolve1(annot.get("A")) if isinstance(annot, dict) else None
            target = resolve1(action.get("D")) if isinstance(action, dict) else None
            if isinstance(target, bytes) and target.startswith(b"Hfootnote"):
                x0, y0, x1, y1 = (float(v) for v in resolve1(annot.get("Rect")))
                found.setdefault(number, []).append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    return found


def _lines(
    page: int,
    item,
    height: float,
    links: list[Rule] = (),
    pitches: frozenset[tuple[float, float]] = frozenset(),
    right: float | None = None,
) -> list[Line]:
    """The pdfminer line as one line, or two where it opens with a drawing's mark (``_mark_apart``),
    a code line's printed number (``_line_number_apart``) or a .dtx margin name (``_margin_name_apart``);
    three where the rest after that opens with a code line's number: a margin name beside a listing's
    line ("\\list@pstartR@pc" + "745" + "\\list@create{…}%", eledpar.pdf). A name in the right
    margin past the column's ``right`` edge (``_right_margin_name_apart``) is a line of its own,
    marked ``Line.name``, for ``read_lines`` to take out."""
    from pdfminer.layout import LTChar

    chars = [c for c in item if isinstance(c, LTChar)]
    named = _right_margin_name_apart(chars, right)
    if named:
        name = _line(page, chars[named:], height, links, pitches)
        text = _lines(page, chars[:named], height, links, pitches)
        return text + ([replace(name, name=True)] if name is not None else [])
    apart = _mark_apart(chars) or _line_number_apart(chars) or _margin_name_apart(chars)
    rest = chars[apart:]
    number = _line_number_apart(rest) if apart else 0
    pieces = (
        [chars[:apart], rest[:number], rest[number:]]
        if number
        else [chars[:apart], rest]
        if apart
        else [chars]
    )
    return [
        line for line in (_line(page, piece, height, links, pitches) for piece in pieces) if line is not None
    ]


def _column_right(lines: list[list]) -> float | None:
    """The text column's right edge: the rightmost point on which ``FULL_LINES`` or more of the
    page's lines of ``FULL_LINE`` glyphs end, and at least ``FULL_SHARE`` as many as on the commonest
    (a justified column's full lines; a two-column page's right column), None on a page without. A
    line a margin name was read onto ends past it, and lines with names as wide ("X", "H", "K",
    makebarcode.pdf) end on one point too, but fewer. Fewer full lines make an edge too where they
    all start past the commonest point: a right column of short lines (gregmisc.pdf's description
    list, 4 full lines against the left column's 12), which no margin name's line does."""
    full = [chars for chars in lines if sum(not c.get_text().isspace() for c in chars) >= FULL_LINE]
    ends = Counter(round(max(c.x1 for c in chars)) for chars in full)
    if not ends:
        return None
    commonest, most = ends.most_common(1)[0]
    edges = [
        end
        for end, count in ends.items()
        if count >= FULL_LINES and (count >= FULL_SHARE * most or _column_beside(full, end, commonest))
    ]
    return float(max(edges)) if edges else None


def _column_beside(full: list[list], end: int, edge: int) -> bool:
    """The full lines ending on ``end`` all start past ``edge``: a column of their own right of
    the column that ends there, not lines a margin name was read onto."""
    return end > edge and all(
        min(c.x0 for c in chars) > edge for chars in full if round(max(c.x1 for c in chars)) == end
    )


def _right_margin_name_apart(chars: list, right: float | None) -> int:
    """Where a name set in the right margin starts in the line pdfminer read it onto, else 0: a
    \\marginpar beside its option's paragraph (makebarcode.pdf's "code" after "… will be given in",
    "\\HPlabel" after "Its parametr is"): the first glyph past the column's ``right`` edge opens a
    name (``_margin_name_beside``). A word set apart inside the column (a table's cell) stays."""
    glyphs = [c for c in chars if not c.get_text().isspace()]
    if right is None:
        return 0
    for before, name in zip(glyphs, glyphs[1:], strict=False):
        if name.x0 > right:
            at = chars.index(name)
            return at if _margin_name_beside(before, name, chars[at:], right) else 0
    return 0


def _right_margin_line(chars: list, page: list[list], right: float | None) -> bool:
    """The line is a name in the right margin that pdfminer read apart from the line beside it (the
    name set further off than its glyphs' reach): it starts past the column's ``right`` edge, and a
    line of the page ends on its row (``_margin_name_beside``)."""
    glyphs = [c for c in chars if not c.get_text().isspace()]
    if right is None or not glyphs or glyphs[0].x0 <= right:
        return False
    name = glyphs[0]
    for other in page:
        text = [c for c in other if not c.get_text().isspace() and c.x1 <= name.x0]
        if (
            other is not chars
            and text
            and min(c.y1 for c in text) > name.y0
            and max(c.y0 for c in text) < name.y1
        ):
            return _margin_name_beside(max(text, key=lambda c: c.x1), name, chars, right)
    return False


def _names_wrapped_under(lines: list[Line], right: float | None) -> list[Line]:
    """The page's lines, those a right-margin name (``Line.name``) wraps onto marked as names too: a
    line past the column's ``right`` edge, at most a line's height under a name and overlapping it,
    of ``NAME_WORDS`` words at most with a letter ("Add a" / "test im-" / "age …" beside a wrapped
    figure, luatodonotes.pdf: its last line stood beside no text and was left alone in the text)."""
    if right is None:
        return lines
    names = [line for line in lines if line.name]
    marked = {id(line) for line in names}
    while names:
        name = names.pop()
        for at, line in enumerate(lines):
            words = line.text.split()
            if (
                id(line) not in marked
                and line.x0 > right
                and line.x0 < name.x1
                and name.x0 < line.x1
                and 0 <= line.top - name.bottom <= line.size
                and len(words) <= NAME_WORDS
                and any(char.isalpha() for char in line.text)
            ):
                lines[at] = replace(line, name=True)
                marked.add(id(lines[at]))
                names.append(lines[at])
    return lines


def _margin_name_beside(before, name, chars: list, right: float) -> bool:
    """``chars`` from ``name`` on are a right-margin name after the glyph ``before`` on its row: the
    text before it ends inside the column (within ``COLUMN_SLACK`` of ``right``), the name starts
    past it an ``MARGIN_NAME_GAP`` or more later, and it has a letter and ``NAME_WORDS`` words at
    most (a paragraph's words run on past no column edge). A monospaced word after monospaced text
    is a printed output's last column (gnmOverview.pdf's summary's "NA" past the prose's edge)."""
    tail = "".join(c.get_text() for c in chars)
    return (
        not all(MONOSPACED.search(_font(c)) for c in (before, name))
        and before.x1 <= right + COLUMN_SLACK
        and name.x0 - before.x1 >= MARGIN_NAME_GAP * name.size
        and len(tail.split()) <= NAME_WORDS
        and any(char.isalpha() for char in tail)
    )


def _mark_apart(chars: list) -> int:
    """Where the text starts after a lone letter an em or more before it that is no word of the text's
    script ("I" + "Нумерация пунктов …": a brace the OCR read as a letter and put in the line of
    the label beside it), else 0."""
    from sloika.pipelines.formats.pdf_reflow import known_word  # the reflow reads these lines

    glyphs = [i for i, c in enumerate(chars) if not c.get_text().isspace()]
    if len(glyphs) < 3:
        return 0
    mark, first = chars[glyphs[0]], chars[glyphs[1]]
    letter, nxt = mark.get_text(), first.get_text()
    if not (letter.isalpha() and nxt.isalpha()) or first.x0 - mark.x1 < 2 * TAB_GAP * mark.size:
        return 0
    cyrillic = ["\u0400" <= char <= "\u04ff" for char in (letter, nxt)]
    return glyphs[1] if not known_word(letter) or cyrillic[0] != cyrillic[1] else 0


def _margin_name_apart(chars: list) -> int:
    """Where the prose starts after a monospaced control sequence opening the line an ``MARGIN_NAME_GAP``
    or more before it, else 0: a .dtx manual's margin name that pdfminer read into its paragraph's
    first line (czech.pdf's "\\captionsczech" ends 9.7 pt, about an em, left of "The macro …"; a word
    space is a third of that). The paragraph may open with the name itself in typewriter
    ("\\cs@tempdisable" + "\\cs@tempdisable disables …"): the name ends at the first gap that wide.
    An environment's name (doc.sty's \\DescribeEnv: "Rightside" + "wise in the Rightside environment",
    eledpar.pdf) has no backslash; doc.sty sets it smaller than the text (``SMALLER_NAME``), which
    tells it from a typewriter word opening a table's row in the text's size.
    Apart, the layout tells a name in the margin from a macro opening a line in the text column,
    which joins its line again (``_margin_names``)."""
    glyphs = [c for c in chars if not c.get_text().isspace()]
    opening = glyphs[0].get_text() if glyphs else ""
    if (
        len(glyphs) < 3
        or not (opening == "\\" or opening.isalpha())
        or not MONOSPACED.search(_font(glyphs[0]))
    ):
        return 0
    end = 1
    while (
        end < len(glyphs)
        and MONOSPACED.search(_font(glyphs[end]))
        and glyphs[end].x0 - glyphs[end - 1].x1 < MARGIN_NAME_GAP * glyphs[end].size
    ):
        end += 1
    if end == len(glyphs) or any(c.get_text().isspace() for c in chars[: chars.index(glyphs[end - 1])]):
        return 0
    name, prose = glyphs[end - 1], glyphs[end]
    at = chars.index(prose)
    if not (prose.get_text().isalpha() or prose.get_text() == "\\" or _line_number_apart(chars[at:])):
        return 0  # dot leaders ("\\usepackage .... 6"); a listing's numbered line beside the name
    if opening != "\\" and name.size >= SMALLER_NAME * prose.size:
        return 0  # a typewriter word opening a table's row ("markovchainFit" + "Function to return …")
    return at if prose.x0 - name.x1 >= MARGIN_NAME_GAP * prose.size else 0


def _line_number_apart(chars: list) -> int:
    """Where a code line starts after its printed line number, else 0: a few digits in a text font
    set smaller than the monospaced code after them, on its baseline (doc's listings: "32" in 7 pt
    roman, then "\\endgroup%" in 9 pt typewriter). Read apart, the number is a line of numbers
    alone, taken out like the listing's other numbers that pdfminer read as lines of their own, and
    the code line is monospaced code; read together, "32 \\endgroup%" was neither. A raised digit
    is a footnote's mark (``_raised_above``) and stays with its note."""
    glyphs = [c for c in chars if not c.get_text().isspace()]
    digits = 0  # the number's digits: a code line may start with digits of its own ("1\\or0\\or5%")
    while digits < len(glyphs) and _number_digit(glyphs[digits]):
        digits += 1
    if not 0 < digits <= LINE_NUMBER_DIGITS or digits == len(glyphs):
        return 0
    number, code = glyphs[:digits], glyphs[digits:]
    words = [c for c in code if c.get_text().isalnum()] or code
    if any(MONOSPACED.search(_font(c)) for c in number) or not all(
        MONOSPACED.search(_font(c)) for c in words
    ):
        return 0
    if max(c.size for c in number) > LINE_NUMBER_SIZE * min(c.size for c in words):
        return 0
    if _raised_above(number, words):
        return 0
    return chars.index(code[0])


def _number_digit(char) -> bool:
    """A digit of a printed line number: set in a text font, where the code's own digits are
    monospaced (codicefiscaleitaliano's "8" before "1\\or0\\or5…%" was read as the number "81")."""
    return char.get_text().isdigit() and not MONOSPACED.search(_font(char))


def _raised_above(number: list, words: list) -> bool:
    """The number's baseline sits above the words' by more than ``MARK_RISE`` of their size: a
    footnote mark ("¹http://…", a raised 7 pt digit before a typewriter URL), not a code line's
    number, which doc's listings set on the code's own baseline."""
    rise = min(c.matrix[5] for c in number) - statistics.median(c.matrix[5] for c in words)
    return rise > MARK_RISE * min(c.size for c in words)


def _prose_punctuation(glyphs: list) -> bool:
    """A comma, semicolon or full stop in a font not monospaced among typewriter words: names set in
    a sentence (``\\texttt{\\@Bcdash}, \\texttt{\\@Ccdash}.``, russianb.pdf), whose punctuation
    is the sentence's; a listing's punctuation is in the listing's font."""
    return any(c.get_text() in ",;." and not MONOSPACED.search(_font(c)) for c in glyphs)


def _line(
    page: int,
    chars: list,
    height: float,
    links: list[Rule] = (),
    pitches: frozenset[tuple[float, float]] = frozenset(),
) -> Line | None:
    """A line written from its characters; None for an empty one; marked ``rotated`` when most of
    its glyphs are (a vertical watermark, a turned table is not prose, but goes to ``removed``);
    ``pitches``: the page's listing pitches (``_listing_pitches``)."""
    chars = _degree_signs(_tex_logos(_accents_combined(chars)))
    glyphs = [c for c in chars if not c.get_text().isspace()]
    if not glyphs:
        return None
    rotated = sum(c.upright for c in glyphs) * 2 < len(glyphs)
    upward = rotated and sum(c.matrix[1] > 0 for c in glyphs) * 2 > len(glyphs)  # b > 0: runs up
    words = [c for c in glyphs if c.get_text().isalnum()] or glyphs  # punctuation may be in another font
    # its punctuation too: the listing's own
    fixed = _fixed_pitch(glyphs) or _at_listing_pitch(glyphs, pitches)
    keywords = _keywords_unnamed(glyphs, pitches) is not None
    typewriter = fixed or all(MONOSPACED.search(_font(c)) for c in words) or keywords
    size = _text_size(glyphs, typewriter)
    mono = typewriter and (fixed or not _prose_punctuation(glyphs))
    pitch = _letter_width(words, keywords) if mono else None
    text = _spaced_text(chars, size, links, pitch)
    if mono:
        text = text.translate(CODE_ASCII)
    if not text:
        return None
    x0, x1 = min(c.x0 for c in chars), max(c.x1 for c in chars)  # pdfminer's line box: its characters'
    # a radical sign set raised (``_radicals_joined``) reaches over the line: its height is the text's
    boxed = [c for c in chars if c.get_text() != RADICAL] or chars
    y0, y1 = min(c.y0 for c in boxed), max(c.y1 for c in boxed)
    letters = [c for c in glyphs if c.get_text().isalpha()]
    italic = bool(letters) and all(ITALIC.search(_font(c)) for c in letters)
    return Line(
        page,
        text,
        x0,
        x1,
        height - y1,
        height - y0,
        size,
        height,
        mono,
        italic,
        rotated=rotated,
        upward=upward,
        formula=_rendered_formula(glyphs),
        typewriter=typewriter,
        opens_typewriter=bool(MONOSPACED.search(_font(words[0]))),
        ends_typewriter=bool(MONOSPACED.search(_font(words[-1]))),
        opens_bold=bool(BOLD.search(_font(words[0])) and not MONOSPACED.search(_font(words[0]))),
        slanted=mono and all(SLANTED_TYPEWRITER.search(_font(c)) for c in words),
    )


def _text_size(glyphs: list, typewriter: bool) -> float:
    """The font size most of the line's glyphs have; in a line of prose, most of its text-font
    glyphs: a typewriter name set in a sentence is scaled down ("language.dat" at 7.3 pt in a 9 pt
    line), and a short last line that is mostly such names is still in the text's size."""
    text_font = [c for c in glyphs if not MONOSPACED.search(_font(c))]
    sized = glyphs if typewriter or not text_font else text_font
    size = Counter(round(c.size, 1) for c in sized).most_common(1)[0][0] or 1.0
    return _small_capitals_aside(sized, size)


def _small_capitals_aside(glyphs: list, size: float) -> float:
    """``size``, or the size of the line's lower-case letters where every letter set at ``size`` is a
    capital under them: small capitals ("by DYLP." at 8 pt in a 10 pt text, the name outnumbering the
    word before it) are no measure of the line's size, and the line is read as the text's."""
    lower = [round(c.size, 1) for c in glyphs if c.get_text().islower()]
    if not lower:
        return size
    common = Counter(lower).most_common(1)[0][0]
    letters = [c for c in glyphs if c.get_text().isalpha() and round(c.size, 1) == size]
    if common > size + SMALL_CAPS_STEP and all(c.get_text().isupper() for c in letters):
        return common
    return size


def _steps_in_order(page: list[Line]) -> list[Line]:
    """The page with runs of lines that interleave as one column read top to bottom: a poem set in
    steps (each line followed by its answer line indented under it: "Я стар," / "я так устал," /
    "и я" / "не успеваю") whose short lines do not overlap across the step, so pdfminer boxes the
    margin's lines and the indented ones apart and reads them as two columns. A run read after
    another that goes back up is put in among it when ``_interleaved`` says the two are one column."""
    runs: list[list[Line]] = []
    for line in page:
        if runs and line.top > runs[-1][-1].top:
            runs[-1].append(line)
        else:
            runs.append([line])
    merged: list[list[Line]] = []
    for run in runs:
        if merged and _interleaved(merged[-1], run):
            merged[-1] = sorted(merged[-1] + run, key=lambda line: line.top)
        else:
            merged.append(run)
    return [line for run in merged for line in run]


def _gaps_filled(page: list[Line]) -> list[Line]:
    """The page with lines that pdfminer boxed apart from the rest of their column (a listing's
    indented code lines, read before or after its line numbers, its other code and the prose around
    it, in three sizes) put back in the rows they stand in (``_one_column``, ``_rows_merged``). A run
    goes on while no line goes back up by more than ``ROW_SHARE`` em, so a row's pieces (a line
    number and its code) stay in one run; a run goes into the latest run read before it (a note in
    the margin may stand between) that it makes one column with."""
    merged: list[list[Line]] = []
    for run in _runs_down(page):
        at = next((at for at in range(len(merged) - 1, -1, -1) if _one_column(merged[at], run)), None)
        if at is None:
            merged.append(run)
        else:
            merged[at] = _rows_merged(merged[at], run)
    return [line for run in merged for line in run]


def _runs_down(page: list[Line]) -> list[list[Line]]:
    """The page's lines in runs read down the page: a run goes on while no line goes back up by more
    than ``ROW_SHARE`` em, so a row's pieces (a line number and its code) stay in one run."""
    runs: list[list[Line]] = []
    for line in page:
        if runs and line.top > runs[-1][-1].top - ROW_SHARE * line.size:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _displays_in_place(page: list[Line]) -> list[Line]:
    """The page with each code display that pdfminer read after a line under it put back, as one
    block, before the first line of text (no ``_mark``) of the run read before it that stands lower:
    a display centred between two sentences read after the second, a display over the next
    section's heading read under it, a listing opening a page read after the "Result:" under it
    (``_display_in_free_rows``). The run's lines below that run's last one stay where they were
    read."""
    placed: list[list[Line]] = []
    for run in _runs_down(page):
        at = next(
            (at for at in range(len(placed) - 1, -1, -1) if _display_in_free_rows(run, placed[at])), None
        )
        if at is None:
            placed.append(run)
            continue
        display = _within_height(run, placed[at])
        lower = next(
            (index for index, line in enumerate(placed[at]) if line.top > display[0].top and not _mark(line)),
            len(placed[at]),
        )
        placed[at][lower:lower] = display
        rest = [line for line in run if not any(line is shown for shown in display)]
        placed.extend([rest] if rest else [])
    return [line for run in placed for line in run]


def _within_height(run: list[Line], other: list[Line]) -> list[Line]:
    """The lines of ``run`` that stand within ``other``'s height, from its first line's top to its
    last's, its first and last rows included: a code line set beside its line number in another
    font stands a little higher or lower than the number (``ROW_SHARE``)."""
    return [
        line
        for line in run
        if other[0].top - ROW_SHARE * line.size < line.top < other[-1].top + ROW_SHARE * line.size
    ]


def _one_column(first: list[Line], then: list[Line]) -> bool:
    """Two runs read one after the other are one column's lines: the lines of one run that stand
    within the other's height (from its first line's top to its last's) are code lines boxed apart
    from the rest of the listing (``_strays_in_rows``). The other run's lines there may stand beside
    them (a listing's line numbers left of its code). A column beside another shares no width with
    it; a note in the margin stands beside the text; a float or a note set below or above the column
    is outside its height; prose is left in pdfminer's order."""
    return _strays_in_rows(then, first) or _strays_in_rows(first, then)


def _strays_in_rows(run: list[Line], other: list[Line]) -> bool:
    """The lines of ``run`` within ``other``'s height, one at least, are all monospaced, and each
    shares width with a line of ``other`` within ``GAP_NEIGHBOUR`` em above or below it that starts
    within ``STEP_MAX`` em of it, and overlaps no box of those lines."""
    strays = _within_height(run, other)
    return bool(strays) and all(
        line.mono
        and any(abs(near.x0 - line.x0) <= STEP_MAX * line.size for near in _near(line, other))
        and not any(_boxes_overlap(line, near) for near in _near(line, other))
        for line in strays
    )


def _display_in_free_rows(run: list[Line], other: list[Line]) -> bool:
    """The lines of ``run`` (read after ``other``) within ``other``'s height are a code display
    (typewriter lines, and the label over a listing, ``_labels_listing``) that pdfminer boxed with
    text below it: each of its lines has a row of its own, which no line of ``other`` with text
    reaches into (a mark beside it, ``_mark``, is none). A display centred under a short line
    starts far from it, so the step rule (``_strays_in_rows``) does not find it; a column beside
    another has the other's text on its rows; prose is left in pdfminer's order."""
    strays = _within_height(run, other)
    return any(line.typewriter for line in strays) and all(
        (line.typewriter or _labels_listing(line, run))
        and not any(_rows_shared(line, near) and not _mark(near) for near in other)
        for line in strays
    )


def _mark(line: Line) -> bool:
    """A line narrower than an em is a mark, not text: a glyph of a frame's drawn zigzag beside a
    listing, a bullet."""
    return line.x1 - line.x0 < line.size


def _rows_shared(a: Line, b: Line) -> bool:
    """The two lines' boxes share some height: they stand on one row, side by side or across."""
    return a.top < b.bottom and b.top < a.bottom


def _box_gap(a: Line, b: Line) -> float:
    """How far apart the two lines' boxes stand up and down: the blank between them, 0 when they
    share height."""
    return max(a.top - b.bottom, b.top - a.bottom, 0.0)


def _near(line: Line, run: list[Line]) -> list[Line]:
    """The lines of ``run`` that share width with ``line`` within ``GAP_NEIGHBOUR`` em above or below."""
    return [other for other in run if _near_over(line, other)]


def _near_over(line: Line, other: Line) -> bool:
    """``other`` shares width with ``line`` and stands within ``GAP_NEIGHBOUR`` em above or below it."""
    return _spans_overlap(line, other) and abs(other.top - line.top) <= GAP_NEIGHBOUR * line.size


def _boxes_overlap(a: Line, b: Line) -> bool:
    """The two lines' boxes share some area."""
    return _spans_overlap(a, b) and _rows_shared(a, b)


def _spans_overlap(a: Line, b: Line) -> bool:
    """The two lines share some width across the page."""
    return a.x0 < b.x1 and b.x0 < a.x1


def _rows_merged(first: list[Line], then: list[Line]) -> list[Line]:
    """The lines of two runs of one column in the order of their rows, each run's own order kept:
    the higher of the two next lines first, and of two on one row (a listing's line number and
    its code) the one further left."""
    out: list[Line] = []
    a, b = 0, 0
    while a < len(first) and b < len(then):
        if _before(then[b], first[a]):
            out.append(then[b])
            b += 1
        else:
            out.append(first[a])
            a += 1
    return out + first[a:] + then[b:]


def _before(line: Line, other: Line) -> bool:
    """``line`` reads before ``other``: it stands higher, or on its row and further left. Two lines
    share a row when the lower one's top lies more than ``ROW_SHARE`` em above the other's bottom."""
    upper, lower = (line, other) if line.top <= other.top else (other, line)
    if lower.top < upper.bottom - ROW_SHARE * lower.size:
        return line.x0 < other.x0
    return line is upper


def _interleaved(above: list[Line], run: list[Line]) -> bool:
    """``run`` (read after ``above``, starting higher up) fills the rows ``above`` left free, as one
    column: where the two overlap in height (and a line on either side), taken by their tops they are
    a stack at one line pitch (between one and two line heights; no distance under ``ROW_APART`` of it,
    as two columns side by side have on a shared row, or over it by more than ``PITCH_EVEN``), each line
    starting within ``STEP_MAX`` em of the line over it, two lines of each run or more. A column
    beside another, a float or a note read out of order has rows of its own or stands apart."""
    low, high = max(above[0].top, run[0].top), min(above[-1].top, run[-1].top)
    stack = sorted(above + run, key=lambda line: line.top)
    inside = [at for at, line in enumerate(stack) if low <= line.top <= high]
    if not inside:
        return False
    zone = stack[max(inside[0] - 1, 0) : inside[-1] + 2]
    ids = {id(line) for line in run}
    if sum(id(line) in ids for line in zone) < 2 or sum(id(line) not in ids for line in zone) < 2:
        return False
    distances = sorted(b.top - a.top for a, b in zip(zone, zone[1:], strict=False))
    pitch = distances[len(distances) // 2]
    size = zone[0].size
    return size <= pitch <= 2 * size and all(
        ROW_APART * pitch <= b.top - a.top <= (1 + PITCH_EVEN) * pitch
        and abs(b.x0 - a.x0) <= STEP_MAX * b.size
        and abs(b.size - a.size) < 1.0
        for a, b in zip(zone, zone[1:], strict=False)
    )


def _stairs_joined(page: list[Line]) -> list[Line]:
    """The page with each word set as a stair (a song's "во" / "ро" / "ны", each piece a line below
    the one before and an even step right of it) as one line of the word: no watermark, whose letters
    stand one under the other, and no text to lose as a letter column."""
    kept: list[Line] = []
    at = 0
    while at < len(page):
        end = at + 1
        while end < len(page) and _stair_step(page[at:end], page[end]):
            end += 1
        if end - at >= 3:
            stair = page[at:end]
            kept.append(
                Line(
                    stair[0].page,
                    "".join(line.text.replace(" ", "") for line in stair),
                    stair[0].x0,
                    stair[-1].x1,
                    stair[0].top,
                    stair[-1].bottom,
                    stair[0].size,
                    stair[0].page_height,
                    italic=all(line.italic for line in stair),
                )
            )
        else:
            kept.extend(page[at:end])
        at = end
    return kept


def _stair_step(stair: list[Line], line: Line) -> bool:
    """``line`` is the next piece of the ``stair`` read so far: a piece of one or two letters, as they
    are, under the last one (within two lines' height) and one step right of it, the step as wide as
    the stair's first one."""
    above = stair[-1]
    em = above.size
    step = line.x0 - above.x0
    first = stair[1].x0 - stair[0].x0 if len(stair) > 1 else step
    return (
        all(LETTER_COLUMN_ITEM.fullmatch(one.text.replace(" ", "")) for one in (above, line))
        and line.page == above.page
        and 0 < line.top - above.top <= 2 * em
        and STAIR_STEP[0] * em <= step <= STAIR_STEP[1] * em
        and abs(step - first) < STAIR_EVEN * em
    )


def _without_letter_columns(page: list[Line]) -> list[Line]:
    """A run of three or more lines of one or two letters each: a word written vertically letter by
    letter, such as a watermark down the margin, not text."""
    words = [line for line in page if not NUMBERS_ONLY.match(line.text)]  # a drawing's sizes between
    tiny = [bool(LETTER_COLUMN_ITEM.fullmatch(line.text.replace(" ", ""))) for line in words]
    gone: set[int] = set()
    start = 0
    while start < len(words):
        end = start
        while end < len(words) and tiny[end]:
            end += 1
        run = words[start:end]
        if (
            end - start >= 3
            and not _table_column(run, page)
            and not _printed_column(run, page)
            and not _rows_side_by_side(run)
        ):
            gone.update(id(line) for line in words[start:end])
        start = end + 1
    return [line for line in page if id(line) not in gone]


def _table_column(run: list[Line], page: list[Line]) -> bool:
    """Each line of the run stands on the row of a short cell right of it (``TABLE_CELL_CHARS`` at
    most, on its baseline): the run is a table's first column (codicefiscaleitaliano.pdf's letters
    A–Z beside their values "1", "0", "5"), not a word written down the margin, whose letters stand
    beside prose lines or nothing."""
    return all(
        any(
            other is not line
            and other.x0 > line.x1
            and abs(other.bottom - line.bottom) < ROW_ALIGN * line.size
            and len(other.text.strip()) <= TABLE_CELL_CHARS
            for other in page
        )
        for line in run
    )


def _rows_side_by_side(run: list[Line]) -> bool:
    """Each line of the run shares its baseline with another of the run: the pieces of a drawing's
    rows set side by side ("BC" beside "D" in a diagram of boxes drawn in letters), not a word
    written down the margin, whose letters stand one a row."""
    return all(
        any(other is not line and abs(other.bottom - line.bottom) < ROW_ALIGN * line.size for other in run)
        for line in run
    )


def _printed_column(run: list[Line], page: list[Line]) -> bool:
    """Each line of the run is monospaced and stands on the row of a monospaced line outside it: the
    run is a column of printed output (an R ``summary()``'s "NA" under "Std. Error", beside each
    coefficient's name and estimate), not a word written down the margin."""
    inside = {id(line) for line in run}
    return all(
        line.mono
        and any(
            other.mono and id(other) not in inside and abs(other.bottom - line.bottom) < ROW_ALIGN * line.size
            for other in page
        )
        for line in run
    )


def furniture_key(text: str) -> str:
    """Digits, spacing and case aside: "ГО С Т 7 . 1 - 2 0 0 3" on one page is "ГОСТ 7.1—2003" on the
    next (dashes are one dash, and a page number on either side does not count)."""
    return re.sub(r"[\d\s]+", "", re.sub(r"[-–—]", "-", text.lower()))


def _without_furniture(pages: list[list[Line]], bars: list[list[Rule]] | None = None) -> list[list[Line]]:
    """Drop page numbers, edge lines that come back at the edge of ``REPEATS`` pages or more, and edge
    lines standing where such repeated furniture stands on ``REPEATS`` pages or more (a running
    header that names the current chapter changes its text but not its place) whose own text
    stands at the edge of ``RUNNING_TITLE_PAGES`` pages or more, beside a page number or a
    repeated header on its row, or over a header rule: a chapter's title heads each of its pages,
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
    Summary" opening 11, and with them every line at the places they held."""
    sizes: Counter[float] = Counter()
    for page in pages:
        sizes.update({round(line.size, 1): len(line.text) for line in page})
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    edges = [_edge_lines(page, body) for page in pages]
    seen: Counter[str] = Counter()
    for page, edge in zip(pages, edges, strict=True):
        seen.update({furniture_key(line.text) for line in page if id(line) in edge})
    repeated = _repeated_keys(pages, edges)
    block = _text_block_places(pages, edges, repeated)

    # a code listing's printed line numbers and its lines going on across a page break are text
    code = {id(line) for page in pages for line in _listing_numbers(page)}
    code |= {id(line) for page in pages for line in page if _listing_at_edge(line, page)}
    code |= {id(line) for page in pages for line in _column_heads(page)}
    labels = {id(line) for page in pages for line in page if _labels_listing(line, page)}
    code |= labels

    def keyed(line: Line) -> bool:
        return bool(
            PAGE_NUMBER.match(line.text)
            or (
                _misread(furniture_key(line.text), repeated)
                and _at_place(_place(line), block) <= seen[furniture_key(line.text)]
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
            and _place(line) in near
            and (
                seen[furniture_key(line.text)] >= RUNNING_TITLE_PAGES
                or beside_furniture(line, page, edge, phrase)
                or _ruled_off(line, drawn)
            )
            and not _set_in_block(line, page)
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
    again = _band_repeats(pages)

    def inner(row: list[Line]) -> bool:
        return labels.isdisjoint(id(line) for line in row) and _inner_furniture(row, again, code)

    gone = [gone | _peeled(page, gone, inner) for page, gone in zip(pages, outer, strict=True)]
    gone = [gone | _continuation_notes(page, gone) for page, gone in zip(pages, gone, strict=True)]
    return [[line for line in page if id(line) not in out] for page, out in zip(pages, gone, strict=True)]


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
    """How many pages hold a line of the text block at each place (``_place``) of their edge rows:
    a line whose words do not come back at the edge of ``REPEATS`` pages, no page number, with no
    page number or repeated line on its row, set at the body's leading over the next line inward
    (``_set_in_block``). A running head stands outside the text block, set apart from it by a skip,
    where the body's lines never stand (a section's title heading one page is a head all the same);
    the block's first or last line takes its place page after page."""
    places: Counter[tuple] = Counter()
    for page, edge in zip(pages, edges, strict=True):
        furniture = [
            line
            for line in page
            if id(line) in edge
            and (PAGE_NUMBER.match(line.text) or _misread(furniture_key(line.text), repeated))
        ]
        places.update(
            {
                _place(line)
                for line in page
                if id(line) in edge
                and not any(on_row(line, other) for other in furniture)
                and _set_in_block(line, page)
            }
        )
    return places


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


def _inner_furniture(row: list[Line], again: dict[str, list[tuple[int, float]]], numbering: set[int]) -> bool:
    """A row inside the page's outermost one is furniture when it holds a bare page number alone (a
    folio above a footer line) or only lines repeated word for word at their own place at the edge of
    other pages (``_repeated_in_place``); a number beside other text on its row is a contents
    entry's, and a body line repeats nowhere."""
    if len(row) == 1 and id(row[0]) not in numbering and PAGE_NUMBER.match(row[0].text):
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


def _peeled(page: list[Line], gone: set[int], inner: Callable[[list[Line]], bool]) -> set[int]:
    """The ids of the rows in the page's outer ``EDGE``, top and bottom, that ``inner`` finds to be
    furniture, taken from the edge inward while every row outside them is furniture (in ``gone``)."""
    peeled: set[int] = set()
    for rows in (rows_of(page), rows_of(page)[::-1]):
        for outside, row in zip(rows, rows[1:], strict=False):
            if not all(id(line) in gone | peeled for line in outside):
                break
            if not all(line.at_edge for line in row) or not inner(row):
                break
            peeled.update(id(line) for line in row)
    return peeled


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


def _ruled_off(line: Line, bars: list[Rule]) -> bool:
    """A drawn rule spanning the line within an em on the page's inner side: a header rule sets a
    running header apart from the text block under it, a footer rule a footer from the text above."""
    spanning = [bar for bar in bars if bar[0] <= line.x0 + 1 and bar[2] >= line.x1 - 1]
    if line.top < line.page_height / 2:
        return any(0 <= bar[1] - line.bottom <= line.size for bar in spanning)
    return any(0 <= line.top - bar[3] <= line.size for bar in spanning)


def _framed(line: Line, bars: list[Rule]) -> bool:
    """A drawn horizontal rule spanning the line above it and another below it."""
    spanning = [bar for bar in bars if bar[0] <= line.x0 + 1 and bar[2] >= line.x1 - 1]
    return any(bar[3] <= line.top for bar in spanning) and any(bar[1] >= line.bottom for bar in spanning)


def _edge_lines(page: list[Line], body: float) -> set[int]:
    """The ids of the page's lines on its outermost rows, where furniture stands outside the text
    block: its first row (a line's top within half its size of the page's first top) when in the
    outer ``EDGE`` or set no larger than the ``body`` text (a chapter's title opening a page, "Глава
    2", is no running header), and its last row in the outer ``EDGE``. A line under the running
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
        or (last - ln.bottom < 0.5 * ln.size and ln.at_edge)
    }


def _misread(key: str, repeated: set[str]) -> bool:
    """The key is a repeated one, or one letter off it when it is at least ``MISREAD_KEY`` long: a
    scan's OCR misreads its running header now and then ("ГОСТ 2Л05-95" for "ГОСТ 2.105-95")."""
    if key in repeated:
        return True
    return len(key) >= MISREAD_KEY and any(
        len(other) == len(key) and sum(a != b for a, b in zip(key, other, strict=True)) == 1
        for other in repeated
    )


def _place(line: Line) -> tuple[int, float]:
    """Where a line stands: its top edge to 2 pt and its font size."""
    return round(line.top / 2), line.size


def listings_beside(lines: list[Line]) -> list[list[Line]]:
    """Monospaced lines as the listings they are: two listings set side by side (a cheat sheet's
    columns of code boxes, a C++ listing beside its R wrapper in the other column of the page) are
    parted by a gutter no line crosses, ``LISTING_GUTTER`` characters wide at least, stand beside
    each other (a line of each overlaps one of the other by a quarter of its height: not one under
    the other, as a menu's names over their indented items), and each holds ``LONE_ROWS`` rows or
    more that are its own (``_own_rows``): read left, then right. One listing
    with wide spaces in it (comments aligned beside the statements, an R printout's columns, a
    table's header over its cells) sets its right part on the baselines of its left part's rows."""
    gutter = _listing_gutter(lines)
    if gutter is None:
        return [lines]
    left = [ln for ln in lines if ln.x1 <= gutter]
    right = [ln for ln in lines if ln.x0 >= gutter]
    beside = any(
        min(a.bottom, b.bottom) - max(a.top, b.top) >= 0.25 * (a.bottom - a.top) for a in left for b in right
    )
    if beside and min(_own_rows(left, right), _own_rows(right, left)) >= LONE_ROWS:
        return [left, right]
    return [lines]


def _own_rows(side: list[Line], other: list[Line]) -> int:
    """The rows of ``side`` with no line of ``other`` on their baseline (within ``BASELINE_SLIP``
    em): a box of its own starting higher or ending lower, a blank line of the other, or a baseline
    of its own (two boxes each setting its lines from its own top)."""
    return sum(
        not any(abs(ln.bottom - row[0].bottom) <= BASELINE_SLIP * row[0].size for ln in other)
        for row in rows_of(side)
    )


def _listing_gutter(lines: list[Line]) -> float | None:
    """The middle of the widest gap between monospaced lines side by side that no line crosses,
    ``LISTING_GUTTER`` characters wide at least; None where there is none."""
    if not lines:
        return None
    width = sorted((ln.x1 - ln.x0) / max(len(ln.text), 1) for ln in lines)[len(lines) // 2]
    best, widest = None, LISTING_GUTTER * width
    ordered = sorted(lines, key=lambda ln: ln.x0)
    reach = ordered[0].x1
    for line in ordered[1:]:
        if line.x0 - reach >= widest:
            best, widest = (reach + line.x0) / 2, line.x0 - reach
        reach = max(reach, line.x1)
    return best
