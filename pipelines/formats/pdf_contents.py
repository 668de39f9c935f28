"""Contents and index pages, contents lists without leaders and a determination key's leads.

Back matter is no prose: a contents page (dot leaders to page numbers), an index page (terms and
page numbers) and a contents list on a title page (headings repeated later, their numbers a column
apart) leave the text as a ``CONTENTS`` placeholder for the parser to record in ``removed``. A
determination key's lead, set with leaders too, is kept as text (``_leads_set``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from sloika.pipelines.formats.base import PAGE_FURNITURE
from sloika.pipelines.formats.pdf_line_record import MARK, Line
from sloika.pipelines.formats.pdf_page_rows import CONTENTS, DEBRIS, LEADERS, TABLE, TOUCH, Table

# a contents line's end without leaders: a dash and the page it points to ("Class GtArray — page 36")
PAGE_POINTER = re.compile(r"\s[—–]\s?(?:page|p\.)\s?\d{1,4}$", re.I)
CONTENTS_SHARE = 1 / 3  # of a page's lines ending in leaders make it a contents page
CONTENTS_LINES = 5  # ... and at least this many
# a contents list's heading, alone on its line
CONTENTS_HEADING = re.compile(r"^(?:содержание|оглавление|contents|table of contents)$", re.I)
# a list's own heading right over its first entry ("Table of Classes", "List of Figures"): the list's too
LIST_HEADING = re.compile(r"^(?:table|list) of [^\W\d_]+(?: [^\W\d_]+)?$", re.I)
# lines under it that repeat later lines in order, at least, make it a contents list (or one with its page
# number, ``_page_numbered``)
CONTENTS_ENTRIES = 2
# a contents entry without leaders: a section's number and a short title ("5 Index", "A Notes")
ENTRY_LINE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Z])\s+\S.{0,60}$")
SHORT_TITLE = re.compile(r"^\s*[^\W\d_][^.!?:;,]{0,38}$")  # an unnumbered entry ("Предметный указатель")
ENDS_IN_NUMBER = re.compile(r"\s\d{1,4}$")  # a contents entry's page number set on its line
# an entry's leaders, however few, and the page number they lead to, read onto its row ("II. 6",
# "Отбивки. . . .... 4."); not a section number's digits ("3.1")
ENTRY_TAIL = re.compile(r"(?<!\d)\s*(?:[.…·]\s*)+\d{1,4}\.?$")
# a numbered entry whose title filled its line, its leaders cut to a dot against the last word
# ("3.1 Effects of population structure on the standard tests for association. 16"): too long for
# ``ENTRY_LINE``, no leader line for ``LEADERS``
FULL_ENTRY = re.compile(rf"^\d{{1,3}}(?:\.\d{{1,3}})*\.?\s+\S.*{ENTRY_TAIL.pattern}")
# leaders of a dot or two ("… in text scripts .", "… Что делать? . 22"), no full stop (no space before it)
SHORT_LEADERS = re.compile(r"\s\.(?: ?\.)?(?:\s+\d{1,4})?$")
# an entry's leaders the line width cut to two dots or three, its page number read apart ("Dref ..",
# "4.3 Using constrain.."): under a contents heading only, elsewhere they may end prose in an ellipsis
CUT_LEADERS = re.compile(r"\S ?(?:[.…·] ?){2,3}$")
NUMBER_DOT = re.compile(r"(?<=\d)\.$")  # a dot read after a line's last number
ENTRY_LETTERS = 3  # letters and digits a contents entry has at least (not a lone "1")
ENTRY_WRAP = 3  # lines a contents entry without leaders may wrap onto, at most
# dot leaders that lead to words or to a numbered couplet ("… ....... Морозник кавказский (…)",
# "… ....... 3."): a determination key's lead, no contents line (whose leaders lead to a page number)
LEAD = re.compile(r"\s*(?:[.…·] ?){5,}\s*(?=[^\W\d_]|\(|\d{1,3}\.$)")
OPEN_LEADERS = re.compile(r"(?:[.…·] ?){5,}$")  # a line's leaders that go on on the next line
WRAPPED_LEADERS = re.compile(r"^(?:[.…·] ?){3,}")  # ... which starts with leaders
LEAD_DASH = " — "  # what stands for a lead's leaders in the text
INDEX_ENTRY = re.compile(
    r"^[^\d\s].{0,60}?,\s*\d{1,4}(?:\s*[–-]\s*\d{1,4})?(?:,\s*\d{1,4}(?:\s*[–-]\s*\d{1,4})?)*$"
)
# ... without the comma after its term, CWEB's and plain TeX's style ("atof 20", "argv 179–181, 217"),
# its last number's comma kept where the entry wraps ("buffer 103, 122,"): an index only under its cues
BARE_INDEX_ENTRY = re.compile(
    r"^[^\d\s].{0,60}?\s\d{1,4}(?:\s*[–-]\s*\d{1,4})?(?:,\s*\d{1,4}(?:\s*[–-]\s*\d{1,4})?)*,?$"
)
# ... and CWEB's, its term (an identifier, a string) and a colon before its section numbers and a stop
# ("chn: 25, 28.", "Cannot open input file: 48."), or a line of its list of section names, each name
# with where it is used ("⟨ Digest line break sequence 25 ⟩ Used in sections 20, 21, and 28.")
CWEB_INDEX_ENTRY = re.compile(
    r"^[^\d\s].{0,60}?:\s*\d{1,4}(?:,\s*\d{1,4})*\.$|^⟨[^⟨⟩]*\d\s*⟩\s+(?:Used|Cited) in sections?\s"
)
# an index entry set with leaders to its page or code-line numbers ("\\empty ....... 17, 18"), also
# two columns' entries read across as one line ("\\write ..... 23, 52 \\x ..... 14, 15,")
INDEX_LEADERS = re.compile(r"[^\d\s.…·][^.…·]*?\s*(?:[.…·] ?){3,}\s*\d{1,4}(?:,\s*\d{1,4})*,?(?=\s|$)")
OPEN_ENTRY = re.compile(r"^[^\d\s.…·][^.…·]*?\s*(?:[.…·] ?){3,}$")  # an index term and its leaders, no number
LETTER_HEADING = re.compile(r"^[A-ZА-ЯЁ]$")  # an index's letter heading, alone on its line
INDEX_LETTERS = 2  # letter headings that make a page of leader lines an index, not contents
# an index's heading: "Index", "7 Index", or an index of one kind named before the word, as Texinfo
# manuals title theirs ("Concept Index", "Function and Variable Index", "INTERFACE INDEX")
INDEX_HEADING = re.compile(
    r"^(?:\d{1,2}\.?\s+)?(?:(?:[A-Z][\w-]*\s+(?:(?:and|&)\s+)?){0,3}(?:Index|INDEX)|index"
    r"|(?:[Пп]редметный |[Аа]лфавитный )?[Уу]казатель|(?:ПРЕДМЕТНЫЙ |АЛФАВИТНЫЙ )?УКАЗАТЕЛЬ)$"
)
# ... or a literate program's last section, the index's head run in: "53. Index. The following is a
# cross-reference table for qprint." (CWEB's and WEB's "@* Index.", over the index cweave prints)
INDEX_SECTION = re.compile(r"^\d{1,4}\.\s+Index\.(?:\s|$)")
# a heading numbered with its title ("3 Results", "Chapter 3 Results"): a section of its own, whatever
# list stands under it; a bare label ("Chapitre 8") names a chapter whose title is elsewhere
TITLED_NUMBER = re.compile(r"^(?:[^\W\d_]+\s+)?\d+(?:\.\d+)*\.?\s+\S")
# a numbered heading run in before its section's first sentence, the head's stop after its title:
# "1.1. Cygwin preparation. Before installing Frobby, …", "1.2. Mac OS 10.5 preparation using Fink. If …"
RUN_IN_HEAD = re.compile(
    r"^(\d{1,3}(?:\.\d{1,3})*\.?\s+[^\W\d_](?:[^.!?:;]|(?<=\d)\.(?=\d)){0,58})\.\s+[A-ZА-ЯЁ]"
)
CHAPTER_LABEL = re.compile(r"^[^\W\d_]+\s+(?:\d{1,3}|[IVXLC]{1,6})$")  # "Chapitre 8", "Chapter 11", "Part IV"
HEADING_CHARS = 60  # a heading over a cut list is no longer than this
SAME_SIZE = 0.2  # pt: two lines this close in size are set in one size
SENTENCE_STOPS = (".", ":", "!", "?")  # a line ending in one ends its sentence
INDEX_TITLE_STEP = 1.0  # pt: an index's heading is set this much larger than its lines at least
INDEX_UNDER_HEADING = 2  # index entries under an index heading that make the lines from it an index


def _leads_set(page: list[Line]) -> list[Line]:
    """The page with a determination key's leads (``LEAD``: leaders to a species' name or to the
    next couplet's number, "2. Околоцветник простой ....... 3.") set as text: the leaders become
    " — " and the line ends its paragraph (``Line.lead``: two leads are two lines, not one
    sentence), a lead whose leaders wrap onto the next line ("… желтых ......" + "...... .Ветреница
    лютичная") joined into one first. A page with a contents heading keeps its leaders (a contents
    page whose page numbers end in a full stop, "Введение ..... 3.")."""
    if any(CONTENTS_HEADING.match(line.text.strip()) for line in page):
        return page
    joined: list[Line] = []
    for line in page:
        last = joined[-1] if joined else None
        text = f"{last.text.rstrip()} {line.text.lstrip()}" if last else ""
        if (
            last is not None
            and not (last.mono or line.mono)
            and OPEN_LEADERS.search(last.text.rstrip())
            and WRAPPED_LEADERS.match(line.text.lstrip())
            and LEAD.search(text)
        ):
            joined[-1] = replace(last, text=text, x1=max(last.x1, line.x1), bottom=line.bottom)
            continue
        joined.append(line)
    return [_lead_set(line) if not line.mono and LEAD.search(line.text) else line for line in joined]


def _lead_set(line: Line) -> Line:
    """The lead's line with its leaders as ``LEAD_DASH``, marked as a lead."""
    found = LEAD.search(line.text)
    return replace(line, text=line.text[: found.start()] + LEAD_DASH + line.text[found.end() :], lead=True)


def _back_matter(page: list[Line], after_index: bool = False, after_contents: bool = False) -> str | None:
    """``contents`` for a page whose lines are mostly (a third, five at least) contents lines with
    dot leaders, or, after a contents page, one that opens with such lines (``_contents_run_on``);
    ``index`` for one whose index entries (five at least, one on a page after an index's page: its
    last column) and letter headings ("A", "C") are a third of its lines, or of the lines from an
    index heading on (an index opening under the last section's end, eledpar.pdf's "Index" under
    its "References"; under a heading ``INDEX_UNDER_HEADING`` entries are enough: pst-hsb-doc.pdf's
    index of two macros, "– \\pslineHSB, 2", was kept as text), else None. A page that opens with a
    list's heading needs fewer leader lines (``_contents_least``)."""
    if not page:
        return None
    if after_contents and _contents_run_on(page):
        return "contents"
    headings = [at for at, line in enumerate(page) if _index_heading(line.text)]
    least = 1 if after_index else CONTENTS_LINES
    under = min(least, INDEX_UNDER_HEADING)  # a short package's index, its heading over a few entries
    index = _index_share(page, least) or bool(headings and _index_share(page[headings[-1] :], under))
    cued = _index_share(page, least, bare=True) or bool(
        headings and _index_share(page[headings[-1] :], under, bare=True)
    )
    leaders = _leader_lines(page)
    # an index goes on over pages with one letter heading or none while most entries have several
    # numbers (eledpar.pdf's "E" page); a change history's entries after it have one each
    goes_on = after_index and 2 * leaders <= sum(_index_line(line.text, bare=True) for line in page)
    if cued and (goes_on or headings or _letter_headings(page) >= INDEX_LETTERS):
        return "index"  # an index whose entries end in one number each also ends lines in leaders
    if leaders >= max(_contents_least(page), CONTENTS_SHARE * len(page)):
        return "contents"
    return "index" if index else None


def _contents_least(page: list[Line]) -> int:
    """The leader lines that make a page contents, at least: ``CONTENTS_LINES``, or
    ``CONTENTS_ENTRIES`` on a page that opens with a list's own heading (``CONTENTS_HEADING``,
    ``LIST_HEADING``): a book's List of Figures holds a few entries, libtommath's manual four, and
    was kept with their page numbers ("3.1 Comparison Codes for a, b 21") while its Contents went."""
    first = page[0].text.strip()
    headed = CONTENTS_HEADING.match(first) or LIST_HEADING.match(first)
    return CONTENTS_ENTRIES if headed else CONTENTS_LINES


def _leader_lines(page: list[Line]) -> int:
    """The page's lines that end in dot leaders (``_contents_line``) and, under a contents heading,
    in leaders the line width cut short (``CUT_LEADERS``): gnmOverview.pdf's contents page read its
    page numbers and most leaders apart, and with ten full leader lines of 36 it stayed text."""
    headings = [at for at, line in enumerate(page) if CONTENTS_HEADING.match(line.text.strip())]
    under = headings[0] + 1 if headings else len(page)
    return sum(
        _contents_line(line.text) or (at >= under and bool(CUT_LEADERS.search(line.text.strip())))
        for at, line in enumerate(page)
    )


def _tables_read(
    page: list[Line], tables: list[Table], by_column: bool = False
) -> tuple[list[Line], list[int]]:
    """The page with each table's placeholder read as its rows, one line a row, its cells parted by
    spaces, and for each line the index of the page's line it comes from: a two-column index whose
    terms and numbers pdfminer read apart is taken for a table, page by page (hiformat.pdf's
    "argc" / "179, 217, 220"), and only its rows tell it is an index, and give the index its text.
    ``by_column``: one line a cell, column after column, for an index whose two columns of entries
    were taken for the table's columns (a Sphinx index, its long entries running into the next
    column: read across, each row joins two entries' pieces, "method), 25 _read_basic_header()")."""
    lines: list[Line] = []
    origins: list[int] = []
    for at, line in enumerate(page):
        rows = [line]
        if line.text.startswith(TABLE):
            cells = tables[int(line.text[1:])].rows
            texts = _column_cells(cells) if by_column else [" ".join(filter(None, row)) for row in cells]
            rows = [replace(line, text=text) for text in texts]
        lines += rows
        origins += [at] * len(rows)
    return lines, origins


def _table_index(
    page: list[Line], tables: list[Table], after_index: bool
) -> tuple[list[Line], list[int]] | None:
    """The page read from its tables (``_tables_read``) as an index, row by row or else column by
    column, or None where neither reading makes it one."""
    for by_column in (False, True):
        read, origins = _tables_read(page, tables, by_column)
        if _back_matter(read, after_index=after_index) == "index":
            return read, origins
    return None


def _column_cells(rows: list[list[str]]) -> list[str]:
    """The table's filled cells, down its first column, then down the next."""
    width = max(map(len, rows), default=0)
    return [row[at] for at in range(width) for row in rows if at < len(row) and row[at].strip()]


def _index_share(lines: list[Line], least: int, bare: bool = False) -> bool:
    """``least`` index entries or more, which with the letter headings are a third of ``lines``;
    ``bare``: entries without a comma after the term count too (``_index_line``)."""
    entries = sum(_index_line(line.text, bare) for line in lines)
    return entries >= least and entries + _letter_headings(lines) >= CONTENTS_SHARE * len(lines)


def _letter_headings(lines: list[Line]) -> int:
    """An index's letter headings ("A", "C") among ``lines``."""
    return sum(bool(LETTER_HEADING.match(line.text.strip())) for line in lines)


def _contents_run_on(page: list[Line]) -> bool:
    """The page opens with the rest of the contents list the page before holds: ``CONTENTS_LINES``
    leader lines or more before its first line that is no entry (neither leaders nor an entry's
    numbered title, ``ENTRY_LINE``). The list's end on a page of text is less than a third of its
    lines: itfancyhdr's entries 15 to 23 over its first section were kept as paragraphs."""
    leaders = 0
    for line in page:
        text = line.text.strip()
        if _contents_line(text):
            leaders += 1
        elif not ENTRY_LINE.match(text):
            break
    return leaders >= CONTENTS_LINES


def _contents_line(text: str) -> bool:
    """A contents line: its end dot leaders to a page number, or a dash to the page's number and
    the word "page" (``PAGE_POINTER``: a generated API manual's table of classes). A leader dot read
    after the number (``NUMBER_DOT``) is the leaders' too: aunit_cb.pdf's "3.1
    AUnit.Simple_Test_Cases. . . . ....... 13." was kept in the text, over the title page's."""
    return bool(LEADERS.search(NUMBER_DOT.sub("", text)) or PAGE_POINTER.search(text))


def _index_line(text: str, bare: bool = False) -> bool:
    """An index line: a term and its page numbers ("apt-doc, 38, 39"), or a term with leaders to
    them, one entry or two read across a two-column index; ``bare``: or a term and its numbers
    without a comma ("atof 20", ``BARE_INDEX_ENTRY``) or after a colon ("chn: 25, 28.", a line of
    CWEB's list of section names too: ``CWEB_INDEX_ENTRY``), which alone would take a page of short
    lines ending in numbers ("Figure 12", a year, "Total: 25.") for an index, so it counts only
    under an index's cues (its heading, letter headings, the index's page before)."""
    cued = bare and (BARE_INDEX_ENTRY.search(text) or CWEB_INDEX_ENTRY.search(text))
    return bool(INDEX_ENTRY.search(text) or cued or INDEX_LEADERS.match(text.strip()))


def _index_heading(text: str) -> bool:
    """An index's heading (``INDEX_HEADING``), or a literate program's index section run in before
    its note (``INDEX_SECTION``): the index runs from it, the note on its numbers with it."""
    return bool(INDEX_HEADING.match(text.strip()) or INDEX_SECTION.match(text.strip()))


def _index_bounds(page: list[Line], runs_on: bool = False) -> tuple[int, int]:
    """Where an index page's index starts and ends (line indices, the end excluded): at the index
    heading over its first entry ("5 Index", and the note on its numbers under it), or without one
    at that entry, to the page's end (back matter); the last section's end over it is text. Without
    a heading, the entries with leaders but no numbers (read apart), letter headings and entries
    without a comma ("atof 20", an index known by its cues) right over the first entry are the
    index's: a page that runs an index on opens with them. The first entry is one with a comma
    where the page has one, so that no line of text ending in a number ("… see Section 3") over
    the heading starts the index. A page that ``runs_on`` the index of the page before, without a
    heading, is the index's from its top: its first lines may be an entry's name and its numbers
    read apart ("REF" / "155, 163–165")."""
    entries = [at for at, line in enumerate(page) if _index_line(line.text)]
    first = (entries or [at for at, line in enumerate(page) if _index_line(line.text, bare=True)])[0]
    headings = [at for at in range(first) if _index_heading(page[at].text)]
    if headings:
        return headings[-1], len(page)
    if runs_on:
        return 0, len(page)
    while first > 0 and (
        OPEN_ENTRY.match(page[first - 1].text.strip())
        or LETTER_HEADING.match(page[first - 1].text.strip())
        or BARE_INDEX_ENTRY.search(page[first - 1].text)
    ):
        first -= 1  # an entry whose numbers pdfminer read apart ("\\unexpanded ..." / "51, 56, 66"), a letter
    return (0 if _title_alone_over(page, first) else first), len(page)


def _title_alone_over(page: list[Line], first: int) -> bool:
    """The page's one line over its index (from line ``first``) is set larger than every line of
    the index: the index's heading under a name ``INDEX_HEADING`` does not know ("Index of
    Functions", "Register"), which would be left over nothing at the text's end."""
    return first == 1 and page[0].size >= max(line.size for line in page[1:]) + INDEX_TITLE_STEP


def _contents_list_out(
    page: list[Line],
    number: int,
    continued: bool,
    dropped: list[tuple[Line, str]],
    contents: list[tuple[str, str]],
    whole: bool = False,
    tail: int = 0,
    run_on: bool = False,
) -> tuple[list[Line], list[tuple[Line, str]]]:
    """Contents page ``number`` with its list's lines (``_contents_members``; all of them where the
    page is ``whole`` the list's, ``_entries_alone``; the first ``tail`` of a page the list runs onto,
    ``_contents_tail``) replaced by a ``CONTENTS`` placeholder where
    the list starts, its text appended to ``contents``: the page numbers read apart from their
    entries (taken out as ``numbers_only``, "\\symbol in math mode for large Unicode values" / "2",
    or as ``page_furniture`` beside an entry on the page's top or foot row: surf-alggeo.pdf's
    "4.10 … curve window ......" / "25" at its contents page's foot) go with their entries;
    ``dropped`` is returned without them. The lines read between the list's
    (a newsletter's first column beside a contents box) stay. The page before's entries count as
    listed (``earlier``) where the list is ``continued`` from a contents page, or where that page
    ended in a contents list (``run_on``: a title page's list under its abstract, too short on
    leaders for a contents page): the first section's heading under the list repeats one of them
    and is the body's. crc.pdf's
    "1 Deﬁnition of CRC", listed on p. 1 and set under the list's last entry on p. 2, went with the
    list, and its section read on from the abstract with no heading."""
    numbers, numbered = _numbered(page, number, dropped, furniture=True)
    earlier = _entries_listed(contents[-1][1]) if (continued or run_on) and contents else frozenset()
    members = (
        list(range(tail or len(page)))
        if whole or tail
        else _contents_members(page, continued, numbered, earlier)
    )
    text = [
        " ".join(
            [page[at].text] + [ln.text.strip() for ln, _ in numbers if _page_number_of(ln, page[at], page)]
        )
        for at in members
    ]
    contents.append(("contents", "\n".join(text)))
    placeholder = replace(page[members[0]], text=f"{CONTENTS}{len(contents) - 1}", mono=False)
    taken = set(members)
    kept = [
        placeholder if at == members[0] else ln
        for at, ln in enumerate(page)
        if at == members[0] or at not in taken
    ]
    placed = {id(ln) for ln, _ in numbers if any(_page_number_of(ln, page[at], page) for at in members)}
    return kept, [(ln, why) for ln, why in dropped if id(ln) not in placed]


def _numbered(
    page: list[Line], number: int, dropped: list[tuple[Line, str]], furniture: bool = False
) -> tuple[list[tuple[Line, str]], set[int]]:
    """The lines of numbers taken out of page ``number`` (``numbers_only``; ``furniture``: and a
    number alone cut as ``page_furniture``, which only the page's top or foot row holds, where an
    entry there has it beside it) and the indices of the page's lines one of them is the page number of
    (``_page_number_of``)."""
    whys = ("numbers_only", PAGE_FURNITURE) if furniture else ("numbers_only",)
    numbers = [
        (ln, why)
        for ln, why in dropped
        if why in whys and ln.page == number and (why == "numbers_only" or ln.text.strip().isdigit())
    ]
    numbered = {
        at for at, line in enumerate(page) if any(_page_number_of(ln, line, page) for ln, _ in numbers)
    }
    return numbers, numbered


def _contents_tail(page: list[Line], number: int, dropped: list[tuple[Line, str]]) -> int:
    """How many lines open page ``number``, after a contents page, that are the list's last entries
    run on: each entry-shaped (a numbered title, ``ENTRY_LINE``, or a short one, ``SHORT_TITLE``)
    with its page number read apart beside it (``_numbered``, the top row's cut as furniture too),
    or ending in leaders to its page number (``_contents_line``). Too few to make a contents page
    (five leader lines), they were kept as headings over the text: the systemtap tutorial's "B
    Acknowledgments" / "18" over its "1 Introduction", aunit_cb.pdf's "A GNU Free Documentation
    License" / "41" and "Index" / "47"; and an entry with leaders stopped them, its title and number
    kept as a line of text once its leaders were cut: userguide_en.pdf's "A List of keyboard
    shortcuts" / "12" over "A.1 Menus ...... 12" … "A.3 Table ...... 13", surf-alggeo.pdf's one
    "4.10.1 Examples ...... 25" over "1 Overview". The first line that is neither (the first
    section's heading) ends them."""
    numbered = _numbered(page, number, dropped, furniture=True)[1]
    count = 0
    while count < len(page) and _run_on_entry(page[count].text.strip(), count in numbered):
        count += 1
    return count


def _run_on_entry(text: str, numbered: bool) -> bool:
    """A line opening the page after a contents page is one of the list's entries: it ends in
    leaders to its page number, or is entry-shaped with its page number read apart beside it. A
    chapter's bare label (``CHAPTER_LABEL``) is the chapter's own heading, its entry has a title:
    feffit.pdf's "Chapter 1" beside the page's number "1" went as the list's last entry."""
    entry = numbered and not CHAPTER_LABEL.match(text)
    return _contents_line(text) or (entry and bool(ENTRY_LINE.match(text) or SHORT_TITLE.match(text)))


def _entries_alone(page: list[Line], numbered: set[int]) -> bool:
    """Every line of the page is a contents entry, ``CONTENTS_ENTRIES`` at least: it ends in leaders
    or has its page number read apart beside it (``numbered``, a column of their own). After a
    contents page such a page goes on with the list whole: a manual's contents pages whose parts'
    entries have no leaders, and whose sections' leaders were read apart ("2D boxes" / "....."),
    have a third of their lines or fewer ending in leaders, and were kept as one-line paragraphs,
    their leaders and page numbers cut piecemeal."""
    entries = [at in numbered or _contents_line(line.text) for at, line in enumerate(page)]
    return len(numbered) >= CONTENTS_ENTRIES and all(entries)


def _entries_listed(text: str) -> frozenset[str]:
    """The entries of a contents record's ``text`` as compared (``_entry_key``), leaders and page
    numbers aside: what the list's pages before listed."""
    return frozenset(_entry_key(ENDS_IN_NUMBER.sub("", LEADERS.sub("", line))) for line in text.splitlines())


def _contents_members(
    page: list[Line], continued: bool, numbered: set[int], earlier: frozenset[str] = frozenset()
) -> list[int]:
    """The indices of a contents page's list lines: its bounds (``_contents_bounds``), less the
    lines read between its leader lines that are no entry of it. An entry ends in leaders (of a dot
    or two too: "… in text scripts .", "… Что делать? . 22"), has its page number beside it
    (``numbered``) or is numbered and ends in its page number ("3 Changes to the babel package
    7"); a line set close over an entry in its column is one too (an entry's first lines). A
    newsletter's contents box beside its first column reads that column's text between the box's
    two columns of entries: it is set apart from them (its heading a blank line under the box's
    last entry) and stays the body's. ``earlier``: the entries the list's pages before listed."""
    start, end = _contents_bounds(page, continued, numbered, earlier)
    leaders = [at for at in range(start, end) if _contents_line(page[at].text)]
    first, last = (leaders[0], leaders[-1]) if leaders else (end, end)

    def entry(at: int) -> bool:
        text = page[at].text.strip()
        numbered_entry = ENTRY_LINE.match(text) and ENDS_IN_NUMBER.search(text)
        return bool(_contents_line(text) or SHORT_LEADERS.search(text) or numbered_entry) or at in numbered

    inside = [at for at in range(first, last) if entry(at) or _set_close_over_entry(page, at, entry)]
    members = {*range(start, first), *inside, *range(last, end)}
    return sorted(members | _entries_read_apart(page, members, entry))


def _entries_read_apart(page: list[Line], members: set[int], entry: Callable[[int], bool]) -> set[int]:
    """Entries read outside the list's bounds (after the text read between its columns: a box's
    last entry, its second column's heading) set close over or under a line of the list in its
    column, at most a line's height apart."""
    found: set[int] = set()
    grown = True
    while grown:
        grown = False
        for at, line in enumerate(page):
            if at in members or at in found or not entry(at):
                continue
            if any(_close_in_column(line, page[other]) for other in members | found):
                found.add(at)
                grown = True
    return found


def _close_in_column(line: Line, other: Line) -> bool:
    """The two lines overlap left to right and stand at most a line's height apart, one over the other."""
    apart = max(other.top - line.bottom, line.top - other.bottom)
    return line.x0 < other.x1 and other.x0 < line.x1 and -TOUCH <= apart <= line.size


def _set_close_over_entry(page: list[Line], at: int, entry: Callable[[int], bool]) -> bool:
    """Line ``at`` and the lines under it in its column (overlapping it left to right), each at
    most a line's height under the one before, run down to an entry."""
    seen = {at}
    while True:
        line = page[at]
        below = [
            other
            for other, ln in enumerate(page)
            if other not in seen and ln.x0 < line.x1 and line.x0 < ln.x1 and ln.top >= line.bottom - TOUCH
        ]
        if not below:
            return False
        at = min(below, key=lambda other: page[other].top)
        if page[at].top - line.bottom > line.size:
            return False
        if entry(at):
            return True
        seen.add(at)


def _contents_bounds(
    page: list[Line],
    continued: bool = False,
    numbered: set[int] = frozenset(),
    earlier: frozenset[str] = frozenset(),
) -> tuple[int, int]:
    """Where a contents page's list starts and ends (line indices, the end excluded): a title page
    sets the title and abstract over the list and the first section under it, which are text. It
    starts at the contents heading over the first leader line (or a list's own right over it,
    ``LIST_HEADING``: "Table of Classes"), or without one at the first of the entry-shaped lines
    (``ENTRY_LINE``) just over that line (a list run on from the page before);
    it ends after the last leader line and the entry-shaped lines right under it that repeat no
    entry of the list (a numbered entry without leaders, "5 Index"; one whose title filled the line,
    its leaders cut to a dot, ``FULL_ENTRY``, last on a page, was read as a heading over the next
    page's text): the first section's heading
    repeats its entry, "1 User interface", and is the body's, also where the entry stands on the
    list's page before (``earlier``: a list over two pages, the first heading under it). A list run
    on from a contents page just before (``continued``) starts at the page's top (its first entry may
    wrap: "3.2.3 … How do I" / "migrate? ..... 13"); a short unnumbered line ending the list is its
    last entry."""
    leaders = [at for at, line in enumerate(page) if _contents_line(line.text)]
    first, last = leaders[0], leaders[-1]
    headings = [at for at in range(first) if CONTENTS_HEADING.match(page[at].text.strip())]
    headings += [first - 1] if first and LIST_HEADING.match(page[first - 1].text.strip()) else []
    start = headings[-1] if headings else 0 if continued else first
    while (
        not headings
        and start > 0
        and (ENTRY_LINE.match(page[start - 1].text.strip()) or start - 1 in numbered)
    ):
        start -= 1
    listed = {_entry_key(LEADERS.sub("", line.text)) for line in page[start : last + 1]} | earlier
    end = last + 1
    while end < len(page) and (
        ENTRY_LINE.match(page[end].text.strip())
        or FULL_ENTRY.match(page[end].text.strip())
        or _last_short_entry(page, end, listed)
        or end in numbered
    ):
        key = _entry_key(page[end].text)
        if key in listed:
            break
        listed.add(key)
        end += 1
    return start, end


def _last_short_entry(page: list[Line], at: int, listed: set[str]) -> bool:
    """Line ``at`` is a short unnumbered entry ending the list ("Index", "Предметный указатель"):
    the page ends after it, or the line after it repeats an entry (the body's first heading)."""
    if not SHORT_TITLE.match(page[at].text):
        return False
    return at + 1 == len(page) or _entry_key(page[at + 1].text) in listed


def _ends_in_contents_list(page: list[Line], contents: list[tuple[str, str]]) -> bool:
    """The page's last line is a contents list's placeholder: the page break may have cut the list."""
    last = page[-1].text if page else ""
    return last.startswith(CONTENTS) and contents[int(last[1:])][0] == "contents"


def _contents_block_out(
    body: list[list[Line]],
    number: int,
    dropped: list[tuple[Line, str]],
    contents: list[tuple[str, str]],
    run_on: bool = False,
) -> tuple[list[Line], list[tuple[Line, str]]]:
    """Page ``number`` with a contents list set without dot leaders (LaTeX article's
    \\tableofcontents: "Содержание" / "1 Кодировка KOI8-R", its page numbers read apart as a column)
    replaced by a ``CONTENTS`` placeholder, its text appended to ``contents``: a contents heading
    (``CONTENTS_HEADING``) and the lines under it that repeat, in order, lines found later in the
    document (its section headings: "1 Кодировка" for "1. Кодировка"), ``CONTENTS_ENTRIES`` at
    least. The numbers read on the entries' rows (taken out as ``numbers_only``) go with it;
    ``dropped`` is returned without them (a number on no entry's row stays debris). A list too short
    on leaders to be a contents page (tablists-rus.pdf: four of its six entries end in leaders, the
    page holds an abstract too) may have its leaders and numbers read onto the entries' rows
    (``ENTRY_TAIL``): "1.1 Отбивки. . . .... 4." repeats "1.1 Отбивки" all the same. A list the
    page before ended on (``run_on``) may go on at the page's top without a heading (combine.pdf's
    "6 Caveats" … "A Original code" over its first section). Under its heading a list of one entry is
    one too where the entry has its page number at its right (``_page_numbered``): bladderbatch.pdf's
    "Contents" / "1 Overview" / "1" over its one section was kept, its heading read twice."""
    page = body[number]
    headings = [at for at, line in enumerate(page) if CONTENTS_HEADING.match(line.text.strip())]
    for at in [-1, *headings] if run_on else headings:
        later = [_heading_key(line.text) for line in page[at + 1 :]]
        later += [_heading_key(line.text) for other in body[number + 1 :] for line in other]
        heads = [_run_in_key(line.text) for line in page[at + 1 :]]
        heads += [_run_in_key(line.text) for other in body[number + 1 :] for line in other]
        lines = page[at + 1 :]
        entries, seen = [], -1
        while len(entries) < len(lines):
            found, size = _entry_found(lines, len(entries), (later, heads), seen)
            if found < 0:
                break
            entries += lines[len(entries) : len(entries) + size]
            seen = found
        if not entries:
            continue
        heading = page[at] if at >= 0 else entries[0]  # the placeholder's place
        top, bottom = heading.top, entries[-1].bottom
        numbers = [(ln, why) for ln, why in dropped if _numbers_beside(ln, why, number, top, bottom)]
        if len(entries) < CONTENTS_ENTRIES and not (at >= 0 and _page_numbered(entries[-1], numbers)):
            continue
        text = [heading.text] if at >= 0 else []
        text += [
            " ".join([entry.text] + [ln.text.strip() for ln, _ in numbers if _beside_on_row(ln, entry)])
            for entry in entries
        ]
        contents.append(("contents", "\n".join(text)))
        taken = {id(line) for line in entries if line is not heading}
        placeholder = replace(heading, text=f"{CONTENTS}{len(contents) - 1}", mono=False)
        kept = [placeholder if ln is heading else ln for ln in page if id(ln) not in taken]
        placed = {id(ln) for ln, _ in numbers if any(_beside_on_row(ln, entry) for entry in entries)}
        return kept, [(ln, why) for ln, why in dropped if id(ln) not in placed]
    return page, dropped


def _page_numbered(entry: Line, numbers: list[tuple[Line, str]]) -> bool:
    """``entry`` has its page number at its right: read apart on its row (``numbers``, the lines of
    numbers cut beside the list) or after leaders on its line (``ENTRY_TAIL``). A line under
    "Contents" that merely repeats a later heading, with no page number, is no contents entry."""
    return bool(ENTRY_TAIL.search(entry.text)) or any(_beside_on_row(ln, entry) for ln, _ in numbers)


def _entry_key(text: str) -> str:
    """A contents entry or heading as compared: its letters and digits, lower case ("1. IBM866, или"
    and "1 IBM866, или" alike)."""
    return "".join(char for char in MARK.sub("", text).lower() if char.isalnum())


def _heading_key(text: str) -> str:
    """A later line as a contents entry is compared with it (``_entry_key``); a chapter's bare label
    ("Chapter 1", ``CHAPTER_LABEL``) as its number alone, which the entry sets before the title the
    label stands over (LaTeX report's "1 Introduction" in the list for "Chapter 1" over
    "Introduction": jags_developer_manual.pdf's list found no heading and was kept as text). A label's
    word opens in a capital: "ант II" is a wrapped heading's rest ("… вари-" / "ант II")."""
    label = CHAPTER_LABEL.match(text.strip()) and text.strip()[:1].isupper()
    return _entry_key(text.split()[-1] if label else text)


def _run_in_key(text: str) -> str:
    """A later line's numbered head run in before its section's first sentence (``RUN_IN_HEAD``) as
    an entry is compared with it, "" where it opens with none: frobby's manual lists "1.1. Cygwin
    preparation" for "1.1. Cygwin preparation. Before installing Frobby, …", and its list, found to
    its first entry only, was kept as twenty paragraphs over the text. The whole line is compared
    too: a heading may hold a stop ("2 The clients say access denied. The device …")."""
    run_in = RUN_IN_HEAD.match(text.strip())
    return _entry_key(run_in.group(1)) if run_in else ""


def _entry_found(
    lines: list[Line], offset: int, later: tuple[list[str], list[str]], seen: int
) -> tuple[int, int]:
    """Where the contents entry opening at ``lines[offset]`` stands in ``later`` (the later lines'
    keys, ``_heading_key``, and their run-in heads', ``_run_in_key``) after ``seen``
    (``_index_after``; -1 when nowhere) and how many lines it takes: one, or up to ``ENTRY_WRAP``
    where its title wrapped ("5 upsc, … port (serial, USB or network)" / "permissions are fine, so
    what gives?", its heading wrapped elsewhere, nut-doc's FAQ.pdf). Its leaders and page number
    (``ENTRY_TAIL``), or a page number alone read onto its end (``ENDS_IN_NUMBER``: "… my UPS! 3"),
    are no part of the title it repeats."""
    for size in range(1, min(ENTRY_WRAP, len(lines) - offset) + 1):
        text = " ".join(line.text for line in lines[offset : offset + size])
        for tail in (ENTRY_TAIL, ENDS_IN_NUMBER):
            key = _entry_key(tail.sub("", text))
            found = (
                _index_after(*later, key, max(seen, offset + size - 1) + 1)
                if len(key) >= ENTRY_LETTERS
                else -1
            )
            if found >= 0:
                return found, size
    return -1, 0


def _index_after(keys: list[str], heads: list[str], key: str, start: int) -> int:
    """The first index from ``start`` where ``key`` stands in ``keys`` (or is the line's run-in head,
    ``heads``), on one line or wrapped onto
    the lines after it (a heading too long for its line: "1.4 Команды …: второй уровень, вари-" /
    "ант II" under its contents entry's one line; "40 I get … don't know how to" / "make
    HP-UX/nut-drvctl.sh." / "Stop", its typewriter words set apart), -1 when none."""
    for at in range(start, len(keys)):
        if keys[at] and (heads[at] == key or _spelled_from(keys, at, key)):
            return at
    return -1


def _spelled_from(keys: list[str], at: int, key: str) -> bool:
    """``keys`` from ``at`` on, joined, make ``key`` up to the end of one of them."""
    joined = ""
    for part in keys[at:]:
        joined += part
        if joined == key:
            return True
        if not key.startswith(joined):
            return False
    return False


def _numbers_beside(line: Line, why: str, page: int, top: float, bottom: float) -> bool:
    """A line of numbers taken out of page ``page`` between ``top`` and ``bottom``: a contents
    entry's page number."""
    return why == "numbers_only" and line.page == page and top <= line.top and line.bottom <= bottom + 1


def _beside_on_row(line: Line, entry: Line) -> bool:
    """``line`` stands on ``entry``'s row, to its right. (Named apart from the rows' ``_same_row``
    below, which this one's old name was shadowed by: a contents entry's number was taken from
    anywhere on its row, a number to its left or another column's included.)"""
    middle = (line.top + line.bottom) / 2
    return entry.top <= middle <= entry.bottom and line.x0 >= entry.x1


def _page_number_of(number: Line, entry: Line, page: list[Line]) -> bool:
    """``number`` is ``entry``'s page number: beside it on its row, no line of the page between
    them (in a box of two columns of entries, the right column's numbers are no left entry's)."""
    if not _beside_on_row(number, entry):
        return False
    middle = (number.top + number.bottom) / 2
    return not any(
        ln.top <= middle <= ln.bottom and entry.x1 <= ln.x0 and ln.x1 <= number.x0
        for ln in page
        if ln is not entry
    )


def headings_over_cut_lists(
    pages: list[list[Line]], contents: list[tuple[str, str]], titled: Callable[[Line], bool]
) -> tuple[list[list[Line]], list[tuple[str, str]]]:
    """``pages`` less the heading that stands right over a cut contents or index list on its page
    (only page furniture between), its text put before the list's in ``contents``: a heading whose
    whole body is cut goes with it, for the same reason, not left over nothing ("Table des matières"
    over dblatex's contents pages; "Chapitre 8" over its "Index", the chapter's title cut with the
    index, under which the gathered footnotes then read as the chapter's text). The heading is one
    line set larger than the body (``titled``), short; one numbered with its title ("3 Usage") is a
    section of its own and stays, and over a list with a heading of its own only a chapter's bare
    label goes (``_heading_over``)."""
    contents = list(contents)
    result = []
    for page in pages:
        at = next((at for at, line in enumerate(page) if line.text.startswith(CONTENTS)), None)
        if at is not None:
            listed = int(page[at].text[1:])  # the placeholder's list in ``contents``
            label, text = contents[listed]
            head = _heading_over(page, at, titled, _headed(text))
            if head is not None:
                contents[listed] = (label, f"{page[head].text.strip()}\n{text}")
                page = page[:head] + page[head + 1 :]
        result.append(page)
    return result, contents


def _heading_over(page: list[Line], at: int, titled: Callable[[Line], bool], headed: bool) -> int | None:
    """The index of the heading line right over the cut list at ``at`` (page furniture between
    skipped), None where the line over it is no heading (``headings_over_cut_lists``). Over a list
    ``headed`` by its own heading ("Index", "Contents") only a chapter's bare label is its heading
    ("Chapitre 11"); a title over "Contents" on a title page is the document's."""
    above = next(
        (before for before in range(at - 1, -1, -1) if not page[before].text.startswith(DEBRIS)), None
    )
    if above is None:
        return None
    text = page[above].text.strip()
    if (
        page[above].text.startswith((CONTENTS, TABLE))
        or len(text) > HEADING_CHARS
        or TITLED_NUMBER.match(text)
        or _sentence_goes_on(page, above)
    ):
        return None
    if headed and not CHAPTER_LABEL.match(text):
        return None
    return above if titled(page[above]) else None


def _sentence_goes_on(page: list[Line], at: int) -> bool:
    """Line ``at`` opens in lower case under a line of its size and margin set a line's gap over
    it that ends in no stop: the last line of a sentence, no heading, however short and large
    (maxmat3src.pdf's "names, and typewriter font for macro names" under "We use emphasize mode
    for type names, sans serif font for function", over its index, went with the index)."""
    line = page[at]
    if not line.text.strip()[:1].islower():
        return False
    over = next((ln for ln in reversed(page[:at]) if not ln.text.startswith(DEBRIS)), None)
    return (
        over is not None
        and abs(over.size - line.size) < SAME_SIZE
        and abs(over.x0 - line.x0) < line.size
        and line.top - over.bottom < line.size
        and not over.text.rstrip().endswith(SENTENCE_STOPS)
    )


def _headed(text: str) -> bool:
    """A cut list's text opens with its own heading: "Contents", "Table of Classes", "Index"."""
    first = text.split("\n", 1)[0].strip()
    return any(rule.match(first) for rule in (CONTENTS_HEADING, LIST_HEADING, INDEX_HEADING))
