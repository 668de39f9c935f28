"""PDF lines → paragraphs: reflow from geometry, de-hyphenation and letter-spaced words checked
against word frequencies.

A PDF has lines, not paragraphs; pdfminer's boxes are a guess that glues a heading to its first
clause in one document and makes every line a paragraph in another. Here each pair of lines that
follow each other decides on its own whether a paragraph ends between them:

* a new page continues the paragraph only when the text runs on (no sentence end, lower case next);
* on a page, a vertical gap wider than the gap between a paragraph's lines there by ``PARAGRAPH_GAP``
  em (``_line_pitches``: a double-spaced page's prose measures by its own pitch, not its listings'; up
  to ``RUN_ON_GAP`` when the text runs on: a scan's OCR sets some lines wider apart than others), a
  line that is not below the previous one (another column, a table cell), a list item or a
  numbered clause ("4.5.1 Если …", "• пакет", "а) …") ends it, and so does a line opening with a
  standard's designation in a paragraph that opened with one (a list of normative references whose
  entry filled its line: "ГОСТ 2.503—90 … Правила внесения изменений" + "ГОСТ 6.38—90* …");
* a line that stops short of the right edge (its column's, or its own block's where a quotation or
  a verse is indented on both sides) ends it when the next starts in upper case or the line
  ends a sentence (a heading, a paragraph's last line) or starts ``CENTRED`` em right of the next
  (a centred line: a title), and so does a first-line indent after a sentence end or a short line
  (a list's entries in lower case: "…, разработавшая документ;" + "поле 2 — …"); a definition
  list's term of typewriter commands run past the right margin ends it before a capital;
* otherwise the lines are one paragraph. A hyphen at the join follows the document's own spelling
  first (the hyphenated or the joined form written elsewhere in its lines), else is dropped when the
  joined word is a word wordfreq knows ("докумен-" + "тации"), kept when both halves are words and
  the whole is not ("северо-" + "западный") but for Russian compounds of "много" or a numeral, which
  are written solid ("много-" + "строчные"), dropped otherwise (a rare word's syllable break), and
  dropped inside a capitalised surname in a reference list ("De-" + "moulin, V."), and kept with a
  space before a conjunction (a suspended hyphen: "двух-" + "и многоколонном"); a soft hyphen is
  always a break inside a word. A word set in capitals is checked the same way ("ΠΑ-" + "ΡΑΡΤΗΜΑ",
  "INTRO-" + "DUCTION": the joined word, case-folded). Else a hyphen before a capital, a digit or a
  bracket is a compound's ("Build-" + "Depends", "<НомерВерсии>-" + "<НомерРевизииDebian>") and the
  halves are joined without a space, as after a letter or a number alone ("x-" + "location", "3-" +
  "dimensional": TeX breaks no word after its first letter); a hyphen after a slash is the
  typesetter's break mark ("…debian.org/-" + "doc/…", "GNU/-" + "Linux", dblatex) and goes, one
  after a letter inside a bracketed URL is the URL's ("ch-" + "controlfields") and stays.

A word broken at the line end joins its rest even across a wider gap (the next line holds a
formula's tall glyphs). Lines set in a monospaced font (``Line.mono``) are not reflowed: a run of
them is one code paragraph laid out as the page draws it (``code_block``), unless a line without
spaces runs on a sentence (a URL's end wrapped onto a line of its own). A .dtx margin name runs on
nothing: a stack of them read inside a sentence goes before the sentence's paragraph. Markup a
converter printed as text (``<i>пакет</i>``) is taken off.

Words typed letter by letter ("П р и м е р ы", "М Е Ж Г О С У Д А Р С Т В Е Н Н Ы Й С Т А Н Д А Р Т")
are joined and, when wordfreq can cut the letters into known words, cut there.

This module gathers a document's lines into paragraphs, floats and verse; the rules it weighs live
by concern in ``pdf_breaks`` (whether a paragraph goes on between two lines), ``pdf_measures`` (line
pitch, paragraph skip, margins), ``pdf_joins`` (hyphens and words at the join, letter-spaced words)
and ``pdf_code_blocks`` (code blocks and listings).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice, takewhile

from sloika.pipelines.formats.pdf_breaks import (
    AUTHOR_YEAR,
    BRACKET_LABEL,
    ENTRY_LABEL,
    LIST_ITEM,
    NUMBERED,
    SPACE,
    STOPS,
    TITLE_STEP,
    UNMAPPED_RUN,
    _at_label_text,
    _continues,
    _formula_cut,
    _heading_out_of_item,
    _item_opens,
    _mid_sentence_at_end,
    _next_dash_item,
    _next_hanging_item,
    _next_run_in_entry,
    _out_of_hanging_dash_list,
    _out_of_indented_block,
    _paragraph_out_of_item,
    _phrase_overleaf,
    _same_start,
    _term_heads_entry,
    _term_under_one_line,
    _title_wraps,
    _word_fits,
    block_full,
    display_closes_page,
    name_broken_at_hyphen,
    next_column,
    quantity_goes_on,
    stops_open,
    turned_to,
)
from sloika.pipelines.formats.pdf_code_blocks import (
    CODE,
    MARGIN,
    Listing,
    _block_paragraph,
    _code,
    _ends_short,
    _figure_overleaf,
    _flushed,
    _names,
    code_groups,
)
from sloika.pipelines.formats.pdf_joins import (
    NAME_HEAD,
    NUMERAL_STEMS,
    URL_OPENS,
    _code_after_prose,
    _join,
    _prose_after_code,
    _typed_across,
    abbreviation,
    clean_line,
    document_spellings,
    function_word,
)
from sloika.pipelines.formats.pdf_line_ends import bracket_goes_on
from sloika.pipelines.formats.pdf_line_record import (
    LONG_WORD,
    MARK,
    RELATIONS,
    RUN_IN,
    Line,
    body_size,
    on_row,
)
from sloika.pipelines.formats.pdf_list_hangs import (
    at_list_hang,
    hanging_entry_goes_on,
    hanging_lists,
    list_hangs,
)
from sloika.pipelines.formats.pdf_measures import (
    ALIGNED_END,
    INDENT,
    INLINE_SIZE,
    LONG_LINE,
    PARAGRAPH_GAP,
    _column_edges,
    _column_lefts,
    _column_rights,
    _indented_blocks,
    _left_edges,
    _line_pitches,
    _margins,
    _measure,
    _paragraph_skip,
    _prose_margins,
    _right_edges,
    _usual_gap,
    fills_measure,
)
from sloika.pipelines.formats.pdf_page_rows import CONTENTS, DEBRIS, DISPLAY, TABLE
from sloika.pipelines.formats.pdf_tables import FIGURE_CAPTION, FLOAT_CAPTION, FLOAT_LABEL, SUBCAPTION
from sloika.pipelines.formats.pdf_title_lines import title_page_lines, title_sentence_goes_on
from sloika.text.sentences import SENTENCE_END

DBLATEX_WRAP = re.compile(r" ?←- ?")  # dblatex's mark of a wrapped code line (the next line continues it)
# while reading: stands before a float met inside a sentence (on its page, atop the next, or a page of
# floats), with the number of its paragraphs after it, whether the sentence ran past a page of floats
# and the paragraph's opening (``_float_mark``)
FLOAT_MOVED = "\ue00b"
FLOAT_LABEL_WORDS = 3  # words a figure's label left in the text has at most ("Hzl Grn Brw", "Level 4")
OPENING = 40  # characters of a paragraph's start a float's mark keeps to find it (a join may mend its end)
FIGURE_TEXT = 0.5  # pt: a line set this much smaller than the text over it, at least, is a figure's own
FLOAT_SKIP = 1.0  # em: the text under a float stands this far under its caption, at least
FLOAT_REACH = 2  # pages a sentence may go on past floats: a page of floats, then floats atop the next
SENTENCE_GOES_ON = ").,;"  # a line starting so goes on with the sentence before it
NEXT_SENTENCE = re.compile(r"([).,;]+)\s+(?=[A-ZА-ЯЁ])")  # ... and, so, ends it where a new one starts
URL_START = re.compile(r"https?:|/|www\.")
# a session's prompt opening a line, a displayed command (``_runs_on``): Sweave's "R> ", Python's ">>> "
SESSION_PROMPT = re.compile(r"^(?:R>|>>>)\s")
LEAKED_ITALIC = re.compile(r"<i>(.*?)</i>", re.S)  # markup a converter printed as text ("<i>пакет</i>")
BYTES_REPR = re.compile(r"b’(?:\n\n)?’(\S)b’(?:\n\n)?’")  # "b’’дb’’b’’вb’’": letters as bytes reprs
LEADERS_ONLY = re.compile(r"^[.\s·…]*\.[.\s·…]*\d*$")  # a table-of-contents line of dot leaders
# a line opening with an acronym and a lower-case word ("PMML description and …"): a sentence that
# goes on, not one that opens, where the page before it broke off mid-sentence
ACRONYM_GOES_ON = re.compile(r"[A-Z][A-Z0-9]+ [a-z]")
NUMERAL_STEMS += ("девяти", "десяти")
VERSE_LINES = 3  # lines a block of verse has at least
VERSE_CHARS = 60  # characters: a verse line is shorter than a prose line
RAGGED = 2.0  # em between the ends of a verse block's lines, at least
VERSE_CAPITALS = 0.75  # share of a verse block's lines (the first aside) that open with a capital
HAND_WORDS = 3  # words at most on every line of a block of names set one a line
FULL = 1.0  # em short of the column's right edge: a line ending nearer fills the column
HANGING_ALIGN = 0.5  # em: a prose line starting this near a monospaced line's start hangs with it
BLOCK_INDENT = 0.5  # em: a listing's next line set at least this far right of its first is the block's body
DISPLAY_SKIP = 0.15  # em over the usual line gap a displayed command stands under its lead-in, at least
COMMAND_CLOSED = re.compile(r"[.,;:!?]$")  # a monospaced line ending so ends or goes on a sentence
COMMAND_INDENT = 1.5  # em past the margin a monospaced line under prose starts, at least: a command
# a line opening with a call, a name glued to its bracket, maybe after a keyword: "detach()", "static
# load(file): Object", "[[<-(name, value)"
SIGNATURE = re.compile(r"^(?:static |abstract |public |private |protected )?[^\s(]+\(")
# "начало —половина": a dash spaced before and not after (dblatex sets the dash in a fallback font
# whose glyph swallows the space after it); between words a dash is spaced on both sides, in a
# range ("1941—1945") on neither
OPEN_DASH = re.compile(r"(?<=\s)—(?=[^\W_])")
ITEM_NUMBER = re.compile(r"^(\d{1,2})\.\s")  # an enumeration's item: "2. Intermediate: Land reallocation, …"
# a standard's designation with its year opening a line: "ГОСТ 6.38—90*", "ГОСТ Р 6.30—2003", "ISO 214:1976"
DESIGNATION = re.compile(r"^[A-ZА-ЯЁ]{2,}(?: [A-ZА-ЯЁ]{1,4})* ?\d+(?:[.-]\d+)* ?(?:[—–-] ?|:)\d{2,4}\*? ")


def paragraphs(pages: list[list[Line]]) -> list[str]:
    """The lines of all pages, cleaned and reflowed into paragraphs; a run of monospaced lines on a
    page is one code paragraph or more (``CODE`` and its lines, each where it stood: see ``code_blocks``)."""
    lines = []
    for line in (line for page in pages for line in page):
        if not (_code(line) or line.text.startswith(DISPLAY)):
            line.text = clean_line(line.text, line.letters_apart)
        if line.text and (_code(line) or not LEADERS_ONLY.match(line.text)):
            lines.append(line)
    if not lines:
        return []
    usual_gap = _usual_gap(lines)
    right = _right_edges(lines)
    body = body_size([lines])
    lines = _typewriter_in_titles(lines, body, right, usual_gap)
    spelled = document_spellings(lines)
    verse = verse_lines(lines, usual_gap, _column_rights(lines))
    pitch = _line_pitches(lines, usual_gap, right)
    skip = _paragraph_skip(lines, right)
    column = _column_edges(lines, right)
    blocks = _indented_blocks(lines, column, usual_gap)
    left = _left_edges(lines)
    columns = _column_lefts(lines)
    margins = _prose_margins(lines, {line.page for line in lines})
    hangs = list_hangs(lines, usual_gap)
    hanging = hanging_lists(lines, usual_gap, column)
    foot = max((ln.bottom for ln in lines if not ln.text.startswith(DEBRIS)), default=0.0)
    title = title_page_lines(lines, lines[0].page)
    result: list[str] = []
    run: list[Line] = []  # the code lines read last
    debris: list[str] = []  # debris placeholders read since the last text line: placed by the next one
    previous: Line | None = None  # the last text line
    opener: Line | None = None  # the line the last paragraph of text opened with
    over: Line | None = None  # the line read before ``opener`` (a definition list's term over it)
    beside: Line | None = None  # the prose line read before ``run``, when one was
    ran_on = False  # it was a monospaced one the prose ran on to (a URL's first piece)
    listing: Listing | None = None  # a listing the last page ended with, which the next may go on
    held: tuple[int, Line] | None = None  # a paragraph a page ended mid-sentence (a float page may follow)
    shown: tuple[int, Line] | None = None  # the paragraph and line a kept display formula followed
    cut: tuple[int, Line] | None = None  # a paragraph a page's last line left open, full or short
    # what parted ``held``: "page" its page's end, "float" a float met on its page (``_interrupting``),
    # "code" a listing closing its page inside the sentence (``_listing_in_sentence``), "display" a kept
    # display formula closing its page inside the sentence
    met = "page"
    for at, line in enumerate(lines):
        if previous is None and shown is not None and line.page != shown[1].page:
            if display_closes_page(lines, at, shown[1]):
                held, met = shown, "display"
            shown = None
        turned = previous is not None and turned_to(previous, line)
        if previous is not None and turned and not _code(previous):
            cut = _left_open(result, previous, over)
            edge = column[id(previous)] if line.page == previous.page else right[previous.page]
            if _mid_sentence_at_end(previous, edge) or display_closes_page(lines, at, previous):
                held, met = (_last_paragraph(result), previous), "page"
            elif held is not None and line.page > held[1].page + 2:
                held = None
        elif previous is not None and line.page != previous.page and _listing_in_sentence(beside, previous):
            held, met = (_last_paragraph(result), beside), "code"
        if line.text.startswith(DEBRIS) and run:  # a listing ends at debris, but at its page's foot and
            # overleaf (a figure's labels atop the next page): there it may go on, past the float
            overleaf = line.page > run[-1].page or _page_ends_in_debris(lines, at)
            ended = not overleaf or _ends_short(run, foot)
            listing = _flushed(result, run, listing, margins, ended, _caption_next(lines, at, run))
            result.append(line.text)
            run, previous = [], None
            continue
        if _drawing_glyphs(line.text):  # a figure's glyphs of no character, written as a display
            debris.append(line.text)  # part no sentence, as a drawing's marks do
            continue
        if line.text.startswith(DISPLAY):  # a display formula kept: a paragraph of its own where it stood
            if run:
                listing = _flushed(result, run, listing, margins, ended=True)
            elif previous is not None:
                shown = (_last_paragraph(result), previous)
            result += [*debris, line.text]
            run, debris, previous = [], [], None
            continue
        if line.text.startswith(DEBRIS):
            debris.append(line.text)  # a drawing's mark between two lines of a paragraph parts nothing
            continue
        after_prose = previous is not None and (not _code(previous) or ran_on)
        ran_on = (
            _code(line)
            and not line.name
            and after_prose
            and _runs_on(previous, line, usual_gap, right, _listing_goes_on(lines, at), result)
            and not _set_apart(previous, line, _measure(previous, line, (column, blocks)))
            and not _command_indented(previous, line, left, _prose_after(lines, at))
            and not _command_displayed(
                previous,
                line,
                _prose_after(lines, at),
                _measure(previous, line, (column, blocks)),
                usual_gap,
            )
            and not _block_head(lines, at, previous)
            and not _code_beside(lines, at)
        )
        if _code(line) and not ran_on:
            if run and line.page != run[-1].page:
                listing = _flushed(result, run, listing, margins, ended=_ends_short(run, foot))
                run = []
            beside = beside if run else previous if after_prose else None
            if not run and _code_after_float(cut, line, result):
                at, _ = cut  # the float reads first, then the sentence and the code it runs on to
                result[at:] = [*result[at + 1 :], result[at]]
                cut = None
            result += debris
            debris, previous = [], line
            run.append(line)
            continue
        last = _last_paragraph(result)  # what a line joins: debris placeholders after it stay after it
        if (
            run
            and beside is not None
            and _names_inside_sentence(run, beside, line, usual_gap, right, body, left)
        ):
            result[last] = _join(result[last], line.text, spelled)
            result[last:last] = [_block_paragraph(group) for group in code_groups(run)]  # the names before it
            result += debris
            run, debris, previous = [], [], line
            continue
        if run and _inside_sentence(result[: last + 1], run, line):
            closing = NEXT_SENTENCE.match(line.text)  # ") If you’d like …": the sentence ends at ")"
            rest = line.text[closing.end() :] if closing else ""
            result[last] = f"{result[last]} {run[0].text}{closing.group(1) if closing else line.text}"
            result += [*debris, rest] if rest else debris  # "(например" + "2005-… hello" + "), и"
            run, debris, previous = [], [], line
            continue
        flushed = bool(run)
        if run:
            overleaf = _figure_overleaf(run, line) and not _ends_short(run, foot)
            listing = _flushed(result, run, listing, margins, not overleaf, _caption_next(lines, at, run))
            run = []
        through = held is not None and _float_read(result[held[0] + 1 :], lines, held[1], at)
        floated = held is not None and _after_float(
            held, line, previous, result, (left, right), through, (columns, column)
        )
        hung = None if previous is None else hanging_entry_goes_on(hanging, previous, line)
        if (  # only a float's code and caption read since the held paragraph: it goes on there
            not flushed
            and not (floated and through)
            and previous is not None
            and (
                hung
                if hung is not None
                else _continues(
                    previous,
                    line,
                    pitch[line.page],
                    _measure(previous, line, (column, blocks)),
                    body,
                    _margins(previous, line, blocks, left),
                    _formula_cut(lines, at, previous),
                    spelled,
                    result[last] if last >= 0 else "",
                    skip,
                    _text_line_after(lines, at),
                    columns.get(id(line)),
                    over if opener is previous else None,
                )
                or at_list_hang(
                    opener,
                    previous,
                    line,
                    hangs,
                    pitch[line.page],
                    _measure(previous, line, (column, blocks)),
                )
                or title_sentence_goes_on(previous, line, title)
            )
            and not _display_piece_before_debris(result[last] if last >= 0 else "", debris)
            and id(line) not in verse
            and not _verse_ends_page(previous, line, verse)
            and not (DESIGNATION.match(line.text) and DESIGNATION.match(result[last]))
            and not _next_caption(result[last], previous, line, right)
            and not _caption_overleaf(held, previous, line)
            and not _next_dash_item(result[last], opener, line)
            and not _next_hanging_item(opener, previous, line)
            and not _out_of_indented_block(opener, previous, line, right, left)
            and not _heading_out_of_item(opener, previous, line, left)
            and not _paragraph_out_of_item(opener, previous, line, pitch[line.page], left)
            and not _out_of_hanging_dash_list(opener, line, lines, at, left)
            and not _term_under_one_line(over, opener, previous, lines, at, right)
            and not _term_heads_entry(previous, line, right)
            and not _next_run_in_entry(opener, previous, line, pitch[line.page])
        ):  # a list of standards ("ГОСТ 2.503—90 …" + "ГОСТ 6.38—90* …"), of captions (two figure
            # pages' "Figure 2: … at each lattice point" + "Figure 3: …"), of dash items: each opens an entry
            broken = ran_on and _name_broken(previous, line, right)  # "gentoo." + "manpages:"
            broken = broken and not URL_OPENS.match(line.text)  # "np." + "https://…": a URL after a space
            # "e.g." + "slides.pdf.info": an abbreviation's stops, then a name of its own
            broken = broken and not abbreviation(MARK.sub("", previous.text).split()[-1])
            joined = _join(
                result[last],
                line.text,
                spelled,
                _code_after_prose(previous, line),
                _prose_after_code(previous, line),
                _typed_across(previous, line),
            )
            result[last] = result[last] + line.text if broken else joined
            result += debris
            debris, previous = [], line
            continue
        if floated:
            at, _ = held
            moved = [*result[at + 1 :], *debris]
            if met == "code":
                result[at + 1 :] = _float_after_listing(moved, line.text)
            elif met == "display":  # the float before the lead-in, its display and the sentence going on
                shown_formulas = [p for p in moved if p.startswith(DISPLAY)]
                floats = [p for p in moved if not p.startswith(DISPLAY)]
                result[at:] = [*floats, result[at], *shown_formulas, line.text]
            else:
                mark = _float_mark(moved, result[at], line.page > held[1].page + 1)
                result[at:] = [mark, *moved, _join(result[at], line.text, spelled)]
            debris, previous, held = [], line, None
            continue
        if _interrupting(line, previous, (left, right)):
            held, met = (last, previous), "float"
        result += [*debris, line.text]
        debris, previous, opener, over = [], line, line, previous
    result += debris
    if run:
        _flushed(result, run, listing, margins, ended=True)
    result = _floats_past_runs(_floats_after(result))
    result = [p if p.startswith((CODE, MARGIN)) else OPEN_DASH.sub("— ", p) for p in result]
    text = BYTES_REPR.sub(r"\1", DBLATEX_WRAP.sub("", "\n\n".join(map(_term_apart, result, ["", *result]))))
    return [LEAKED_ITALIC.sub(r"\1", paragraph) for paragraph in text.split("\n\n")]


def _drawing_glyphs(text: str) -> bool:
    """``text`` is a display of glyphs that map to no character alone (``UNMAPPED_RUN``): a figure's
    mark the display writer took for a formula (maxmat3src.pdf's "(cid:98)" under Figure 2's caption
    atop p. 38), no formula a sentence stops at: the sentence the page ended inside goes on past
    the float (``_after_float``). The parser records its glyphs as ``unreadable``."""
    return text.startswith(DISPLAY) and bool(UNMAPPED_RUN.fullmatch(text[1:].strip()))


def _text_line_after(lines: list[Line], at: int) -> Line | None:
    """The first line after ``lines[at]`` that is no debris placeholder: the line under it in the text."""
    return next((lines[k] for k in range(at + 1, len(lines)) if not lines[k].text.startswith(DEBRIS)), None)


def _caption_next(lines: list[Line], at: int, run: list[Line]) -> bool:
    """The first line from ``lines[at]`` that is neither a debris placeholder (a plot's labels) nor a
    table's (a plot's boxed legend) is a figure's caption on the page of the code ``run``: the code is
    the figure's."""
    line = next((ln for ln in lines[at:] if not ln.text.startswith((DEBRIS, TABLE))), None)
    return line is not None and line.page == run[-1].page and bool(FIGURE_CAPTION.match(line.text))


def _floats_after(result: list[str]) -> list[str]:
    """``result`` with each float met inside a sentence (``FLOAT_MOVED`` and its paragraphs) after
    the paragraph the sentence goes on in, which reads whole before it: the sentence's lines after the
    float join that paragraph while it is read, so it stands last until the next one opens
    (RcppArmadillo-intro.pdf's "… In contrast" / Table 1 / "to brute-force evaluations …"). So for a
    float on the sentence's page, atop the next page or a page of floats (toolbox-simulation.pdf's "…
    version 1.31, psychotools" / Table 2 atop the next page / "Zeileis, Strobl, …"): a reader meets
    the float where the paragraph ends, as a float stands on a page between paragraphs. A paragraph
    parted again later (a float atop each of two pages) has each page's floats after it in their
    order. Where a listing stands right under that paragraph, the floats go after the listing too,
    and after the sentence's rest under it (lower case; ``_read_on``): Bengtsson.pdf's "… has the
    format:" stays over its "> throw(…)", HSAUR3's "… smaller than -8.859, is" over "R> greater <-
    …", and "… to fit the linear model … is:" / "R> studyweights <- …" / "and the results of the
    summary method are shown …" read on. But where the sentence ran past a page of floats and the
    paragraph ends it (no lead-in, ``_leads_in``), the listing under it is its next page's, printed
    after the floats: they go right after the paragraph, before it (dbscan.pdf's "… and minPts" /
    Figures 5 and 6's page / Figure 7 atop p. 15 / "mostly affects … of 10 points)." over "> res <-
    optics(…)" and its output). Where a later rule moved the
    paragraph from under its floats (a sentence left open at a page's foot that runs on to code past
    floats reads after them, by its code: ``_code_after_float``), the floats stay where they stand."""
    found: list[str] = []
    at = 0
    while at < len(result):
        if not result[at].startswith(FLOAT_MOVED):
            found.append(result[at])
            at += 1
            continue
        floats: list[str] = []
        start, paged = at, False
        while at < len(result) and result[at].startswith(FLOAT_MOVED):  # the floats of each page it ran over
            count, page_over, opening = result[at][1:].split(FLOAT_MOVED, 2)
            floats += result[at + 1 : at + 1 + int(count)]
            paged = paged or bool(page_over)
            at += 1 + int(count)
        if at == len(result) or not result[at].startswith(opening):  # a later rule moved the paragraph
            found += [paragraph for paragraph in result[start:at] if not paragraph.startswith(FLOAT_MOVED)]
            continue
        stays = at + 1 if paged and not _leads_in(result[at]) else _read_on(result, at)
        found += [*result[at:stays], *floats]
        at = stays
    return found


def _read_on(result: list[str], at: int) -> int:
    """The index after the paragraph ``result[at]`` and what reads on from it before a float may
    stand: the listing right under it, whatever the paragraph ends with (pls-manual's "… or
    summarised in numbers." / "> gas2.cv <- crossval(…)": the code shows what the paragraph says, and
    a float between them parts it from its example), and, opening in lower case, the sentence's rest
    under the listing; then, while that rest leads in to a listing (``_leads_in``), that listing and
    its rest too (HSAUR3's "… smaller than -8.859, is" / "R> greater <- …" / "with a confidence
    interval of" / "R> binom.test(…)"). Debris placeholders (a folio, a plot's labels) part nothing
    (blood_loss_report's "… test reports" / a folio's mark / "wilcox_test(…)"). A listing with a
    float's caption under it is that float's, not the paragraph's, unless the paragraph leads in to it
    (HSAUR3's "R> summary(epilepsy_gee1)" over "Figure 14.9 R output of …" stays with its figure)."""
    end, reads_on = at + 1, True
    while reads_on and (code := _past_debris(result, end)) < len(result) and result[code].startswith(CODE):
        if end == at + 1 and not _leads_in(result[at]) and _captioned(result, code):
            break
        end = code
        while end < len(result) and result[end].startswith(CODE):
            end += 1
        rest = end < len(result) and result[end][:1].islower()
        reads_on = rest and _leads_in(result[end])
        end += rest
    return end


def _captioned(result: list[str], at: int) -> bool:
    """The listing opening at ``result[at]`` has a float's caption under it, past debris
    placeholders (a plot's labels): a figure's code, its caption under its plot."""
    under = next((p for p in result[at:] if not p.startswith((CODE, DEBRIS))), "")
    return bool(FLOAT_CAPTION.match(under))


def _past_debris(result: list[str], at: int) -> int:
    """The index of the first paragraph from ``result[at]`` that is no debris placeholder."""
    return next((k for k in range(at, len(result)) if not result[k].startswith(DEBRIS)), len(result))


def _leads_in(paragraph: str) -> bool:
    """``paragraph`` ends in a colon or in no sentence's end: code under it is what it leads in to."""
    text = MARK.sub("", paragraph).rstrip()
    return text.endswith(":") or not SENTENCE_END.search(text)


def _floats_past_runs(result: list[str]) -> list[str]:
    """``result`` with each run of float captions (with a figure's labels and debris placeholders
    between them, ``_float_part``) that stands inside a run the reader reads on (``_run_end``) moved
    after that run: a float page met between two items of a bullet list or two entries of a reference
    list (strucplot.pdf's "• the spacing between the tiles" / Figures 1–4 / "• the labeling of the
    tiles"; Figures 33–34 between "Gilbert GN (1981). …" and "Hartigan JA, …"), or between a
    sentence that leads in and the code it leads in to ("… of the plot:" / Figures 25–26 / "> mosaic(…)";
    "The effect of" / Table 2 / Figure 5 / "> mosaic(HEC)" / "equivalent to" / …), or between that code
    and the sentence's rest in lower case ("> sieve(…)" / Figure 6 / "where spacing_dimequal …"). A
    reader meets a float where the block it interrupts ends, as the reader places a float met inside a
    paragraph (``_floats_after``)."""
    at = 0
    while at < len(result):
        if not FLOAT_CAPTION.match(result[at]):
            at += 1
            continue
        start, end = _float_run(result, at)
        if _heads_code(result, start, end):
            at = end
            continue
        rest = result[:start] + result[end:]
        stays = _run_end(rest, start)
        if stays is None:
            at = end
            continue
        result = [*rest[:stays], *result[start:end], *rest[stays:]]
        at = stays + end - start
    return result


def _heads_code(result: list[str], start: int, end: int) -> bool:
    """The float parts ``result[start:end]`` end in a caption set over its float's body
    (``_caption_over_body``: "Listing 3: …", "Algorithm 1: …"), debris placeholders after it, with
    code right under them: that code is the float, its caption heads it, and no float stands between
    the sentence leading in and its code (SDPB-Manual.pdf's "… The Mathematica code for this example
    is" / "Listing 3: …" / "Module[" read the caption after the code)."""
    last = next((k for k in range(end - 1, start - 1, -1) if not result[k].startswith(DEBRIS)), None)
    return (
        last is not None
        and end < len(result)
        and result[end].startswith(CODE)
        and _caption_over_body(result[last])
    )


def _float_run(result: list[str], at: int) -> tuple[int, int]:
    """The bounds of the float parts (``_float_part``) around the caption ``result[at]``: one page's
    floats, or a few pages' read together, with their labels before and after their captions."""
    start = at
    while start > 0 and _float_part(result[start - 1]):
        start -= 1
    end = next((k for k in range(at + 1, len(result)) if not _float_part(result[k])), len(result))
    return start, end


def _float_part(paragraph: str) -> bool:
    """``paragraph`` is a float's: its caption, a placeholder (a table's, debris), or a figure's label left
    as text: a few words (``FLOAT_LABEL_WORDS``), each opening with a capital or a digit, no sentence
    ("Level 4", "Hzl Grn Brw"), never a sentence's lower-case piece ("equivalent to")."""
    if paragraph.startswith((DEBRIS, TABLE)) or FLOAT_CAPTION.match(paragraph):
        return True
    words = paragraph.split()
    return (
        not paragraph.startswith((CODE, DISPLAY, MARGIN))
        and 0 < len(words) <= FLOAT_LABEL_WORDS
        and not SENTENCE_END.search(paragraph)
        and all(word[:1].isupper() or word[:1].isdigit() for word in words)
    )


def _run_end(rest: list[str], at: int) -> int | None:
    """Where a float that stood at ``rest[at]`` goes, or None where it parts no run there: after the
    list's items or the reference list's entries it fell between (``_entry_kind``), or after the code a
    sentence leads in to and that sentence's rest (``_read_on``), where it fell between the sentence
    and its code or between the code and the rest, that code right under a sentence ending in a colon
    (``_introduces``): a listing after another, debris between, may be a figure's own R output, its
    caption under it (HSAUR3's "R> summary(smokingOR)" over Figure 17.1, "R output of the summary
    method …")."""
    before = next((k for k in range(at - 1, -1, -1) if not rest[k].startswith(DEBRIS)), None)
    after = _past_debris(rest, at)
    if before is None or after == len(rest):
        return None
    if _next_entry(rest[before], rest[after]):
        end = after
        while (next_at := _past_debris(rest, end + 1)) < len(rest) and _next_entry(rest[end], rest[next_at]):
            end = next_at
        return end + 1
    if rest[before].startswith(CODE) and rest[after][:1].islower():
        lead = next((k for k in range(before, -1, -1) if not rest[k].startswith(CODE)), None)
        goes_on, leads = after, _introduces
    elif rest[after].startswith(CODE) and not rest[before].startswith(CODE):
        lead = goes_on = before
        leads = _leads_in
    else:
        return None
    placeholders = (DEBRIS, DISPLAY, MARGIN, TABLE, CONTENTS)
    if lead is None or rest[lead].startswith(placeholders) or not leads(rest[lead]):
        return None
    return _read_on(rest, goes_on)


def _introduces(paragraph: str) -> bool:
    """``paragraph`` ends in a colon: the code under it is what it introduces, though a float's caption
    stands under that code. A sentence a page broke with no colon is none: the code under it is a
    figure's own, its caption under it (HSAUR3's "… (for example, high j" / "R> plot(heptathlon…)" /
    Figure 19.1 / "event. An alternative …")."""
    return MARK.sub("", paragraph).rstrip().endswith(":")


def _next_entry(paragraph: str, following: str) -> bool:
    """``following`` is the entry after ``paragraph`` in one list: both entries of one kind
    (``_entry_kind``), or items numbered one after the other (``ITEM_NUMBER``: seriation.pdf's "2.
    Intermediate: …" at a page's foot, Figure 8 atop the next page, then "3. Urban: …"; the caption
    was read between the two items). A numbered label alone opens a heading as often as an item;
    two counting on from one another are an enumeration's."""
    kind = _entry_kind(paragraph)
    if kind is not None:
        return _entry_kind(following) == kind
    this, that = ITEM_NUMBER.match(paragraph), ITEM_NUMBER.match(following)
    return bool(this and that) and int(that.group(1)) == int(this.group(1)) + 1


def _entry_kind(paragraph: str) -> str | None:
    """What ``paragraph`` is an entry of: a bullet list's (its bullet: "•", "–"), an enumeration's
    labelled in brackets ("()": "(i) …", "(ii) …", the items of one sentence: dynesty.pdf's "(i)
    constructing … modes and" / Figure 4 atop the next page / "(ii) proposing …") or a reference
    list's ("reference": "Gilbert GN (1981). …", "[4] …"), else None. Numbered labels are left out:
    "2.1." opens a heading as often as an item."""
    label = LIST_ITEM.match(paragraph)
    if label and not label.group()[0].isalnum():
        return label.group().strip()
    if BRACKET_LABEL.match(paragraph):
        return "()"
    if AUTHOR_YEAR.match(paragraph) or ENTRY_LABEL.match(paragraph):
        return "reference"
    return None


def _float_mark(moved: list[str], paragraph: str, page_over: bool = False) -> str:
    """The mark set before the float ``moved`` that parted ``paragraph``: their number, for
    ``_floats_after`` to take them, whether the sentence ran past a page of floats (``page_over``),
    for it to place them before the listing under the paragraph, and the paragraph's opening, for it
    to tell the paragraph under them (one that a later rule moved away leaves them in place)."""
    paged = "page" if page_over else ""
    return f"{FLOAT_MOVED}{len(moved)}{FLOAT_MOVED}{paged}{FLOAT_MOVED}{paragraph[:OPENING]}"


def _typewriter_in_titles(
    lines: list[Line], body: float, right: dict[int, float], usual_gap: float
) -> list[Line]:
    """``lines`` with each row of monospaced pieces that a title wraps onto made the title's line, no
    code: its pieces joined, at the title's size. The row stands under a title's line (set larger
    than the ``body``) as close as a paragraph's lines are, its pieces set as large, where the title
    goes on (``_title_wraps``: at its hanging indent, after a word no title ends with), not centred
    under it (their middles a word space apart at most: a title block's e-mail address under the
    affiliation, e1071's svmdoc.pdf). nut-doc
    FAQ.pdf's heading "40 I get the following error while building: make[4]: don't know how to" over
    its typewriter "make HP-UX/nut-drvctl.sh.  Stop" was read as a heading and a code block."""
    result: list[Line] = []
    at = 0
    while at < len(lines):
        row = [lines[at]]
        while (
            at + len(row) < len(lines) and lines[at + len(row)].mono and on_row(row[0], lines[at + len(row)])
        ):
            row.append(lines[at + len(row)])
        title = result[-1] if result else None
        if title is not None and _title_words(title, row, body, right.get(row[0].page, row[0].x1), usual_gap):
            text = " ".join(word for piece in row for word in piece.text.split())  # prose: one space
            x1 = max(piece.x1 for piece in row)
            result.append(replace(row[0], text=text, x1=x1, size=title.size, mono=False))
            at += len(row)
            continue
        result.append(row[0])
        at += 1
    return result


def _title_words(title: Line, row: list[Line], body: float, right: float, usual_gap: float) -> bool:
    """The monospaced pieces of ``row`` go on the ``title`` line above them (``_typewriter_in_titles``)."""
    line = row[0]
    titles = not title.mono and title.size > body + TITLE_STEP and title.page == line.page
    gap = line.top - title.bottom
    middles = abs((title.x0 + title.x1) - (line.x0 + max(piece.x1 for piece in row))) / 2
    return (
        titles
        and all(piece.mono and piece.size > body + TITLE_STEP for piece in row)
        and 0 <= gap <= (usual_gap + PARAGRAPH_GAP) * title.size
        and middles > SPACE * title.size
        and _title_wraps(title, line, right)
    )


def _after_float(
    held: tuple[int, Line],
    line: Line,
    previous: Line | None,
    result: list[str],
    edges: tuple[dict[int, float], dict[int, float]],
    through: bool,
    measures: tuple[dict[int, float], dict[int, float]],
) -> bool:
    """``line`` goes on the sentence a page ended inside, after a float set between its halves: a page of
    one float (a full-page figure and its caption, ``_float_met``: itfancyhdr.pdf's "… per decidere" /
    Figure 1 / "il loro posizionamento …"), or a float at the top of the next page (kernlab.pdf's "… a
    matrix created" / the figure's R code and "Figure 4: …" / "by some similarity measure"), or a float
    met inside the sentence on its page, at its foot or between its lines (``_interrupting``:
    RcppArmadillo-intro.pdf's "… In contrast" / Table 1 and its caption / "to brute-force evaluations
    …" overleaf; Bengtsson.pdf's "… The as.character() method for the" / Figure 2's diagram and
    caption / "Object class is overridden …" on one page), or floats
    filling the next page and opening the one after (``FLOAT_REACH``: Getting-Started-with-the-Rcmdr's
    "… do not include any embedded blanks in a" / Figure 4's page / Figure 5 / "data-set name."). ``line``
    starts in lower case (or with an acronym a lower-case word follows: "… are not part of the" /
    Figure 3 / "PMML description and hence …"; or with a capital, ``_capital_past_float``) at the
    page's left margin or left of it, atop the next column at that column's (``measures``: each line's
    column's left and right edges by ``id``, ``_column_lefts`` and ``_column_edges``) (``edges``: each
    page's left and right; a page of bullets has its margin at their text,
    and the sentence goes on flush left under its float: the Rcmdr guide's "These and other screen" / Figure 1
    / "images in this document …"; a bracket before the lower-case letter: clue.pdf's "… (GDP) in USD" /
    Figure 4 / "(converted to 1987 prices); …"), or where the sentence's last line starts (``_same_start``:
    a list item's text, indented past the page's margin, going on past a float: feynmf.pdf's "… (where n
    as an" / Figure 3 atop p. 10 / "integer). …"), the held paragraph was not gone on since, and only floats'
    code and captions were read since it (``through``: ``_float_read``), the last caption's last
    line short of its column's right edge or ending in a stop (a full one without goes on below: "Figure 1: …
    using" / "the plot function" is one caption; "Figure 3: … exported via PMML." is whole; minimap2.pdf's
    Fig. 1 caption atop the left column, its first line full to that column's edge, far short of the
    page's, read its next line "mapped to …" as the sentence going on) or, on
    one page, ``FLOAT_SKIP`` over ``line`` (hotos17.pdf's left column's foot "… and exhibit" / Figure
    1 atop the right column, its caption filling the column / "complex interactions …" under it).
    Where only a float was read since the held paragraph (``through``), this goes before
    ``_continues``: the caption's last line may end without a stop ("… using the plot function"), and the
    sentence goes on the held paragraph, not the caption. Otherwise ``_continues`` comes first
    (cnbwp-manual-en.pdf: a page whose last line "… requires in-" goes on overleaf with "stallation …",
    after a page that ended "… CD (Windows,").
    A held paragraph that is a float's caption (``FLOAT_CAPTION``) goes on past no float: LaTeX sets a
    float whole on one page, so a caption its page ended without a stop is whole (simToolManual.pdf's
    "Figure 1: … for alpha equals" took Figure 3's "totic 95% …" two pages on, when its "0.5" was cut)."""
    at, before = held
    left, right = edges
    lefts, rights = measures
    column = lefts.get(id(line))
    first = MARK.sub("", line.text).lstrip().lstrip("([")[:1]  # "(converted to 1987 prices); …"
    turned = column is not None and next_column(before, line)
    margin = column if turned else left.get(line.page, line.x0)
    if previous is None or not 0 <= at < len(result) or not result[at].endswith(before.text):
        return False
    if FLOAT_CAPTION.match(result[at]):  # a float is set whole on one page: its caption goes on past none
        return False
    float_page = line.page == before.page + 2 and previous.page == before.page + 1
    float_page = float_page and _float_met(result[at + 1 :])
    top_float = (
        line.page - before.page <= FLOAT_REACH
        and previous.page in (before.page, line.page)
        and line.page - previous.page <= 1
        and (
            not fills_measure(previous, rights.get(id(previous), right.get(previous.page, previous.x1)))
            or MARK.sub("", previous.text).rstrip().endswith(".")
            or (line.page == previous.page and _apart_under(previous, line))  # atop the next column
        )
        and through
    )
    # a capital goes on only past a float read (a page after a page ending "… for Bayesian Model" is no
    # float's page because its next page opens "Gronau QF, …": bridgesampling_paper_extended.pdf)
    capital = through and _capital_past_float(result[at], (before, previous), line, edges, lefts)
    return (
        (float_page or top_float)
        and (first.islower() or capital or bool(ACRONYM_GOES_ON.match(MARK.sub("", line.text).lstrip())))
        and (line.x0 - margin < INDENT * line.size or _same_start(before, line))
        and (not _item_opens(line.text) or quantity_goes_on(before, line, right.get(line.page, line.x1)))
    )


def _float_met(read: list[str]) -> bool:
    """The paragraphs ``read`` since a held sentence hold a float: a caption ("Figure 1: …",
    ``FLOAT_CAPTION``) or a table's placeholder. A page between the sentence's halves that holds
    none is a page of text, no float's, and the sentence ended with its page: libraw1394.pdf's
    Returns "… or 0 for success" took the title "raw1394_bandwidth_modify" opening the page after
    the next one."""
    return any(paragraph.startswith(TABLE) or FLOAT_CAPTION.match(paragraph) for paragraph in read)


def _capital_past_float(
    paragraph: str,
    around: tuple[Line, Line],
    line: Line,
    edges: tuple[dict[int, float], dict[int, float]],
    lefts: dict[int, float],
) -> bool:
    """``line`` goes on with a capital the sentence ``before`` ended inside, past a float, as a
    sentence goes on overleaf (``_phrase_overleaf``): ``before`` is a line of the running text
    (``_from_margin``), or of a list item's text at its hanging indent where ``line`` starts too
    (``_same_start``: the TREE-PUZZLE manual's "Consensus Step:" item, "… (M₅₀ consensus sensu" /
    Figures 6.1 and 6.2 / "McMorris and Neumann, 1983) is constructed."), not of a caption
    (``paragraph``, the held one, opens none: a page of one figure whose caption fills its line),
    ``line`` opens no caption (a float's under the one read:
    blood_loss_report.pdf's "Figure 1: …" under Table 1 atop a page) and stands apart from the
    float's last line (``around``: ``before`` and that line), on another page or ``FLOAT_SKIP``
    under it, for a caption's next sentence may open its next line ("Figure 6: … or 50 observations each." /
    "Regressor x1 is correlated …", sandwich-CL.pdf). toolbox-simulation.pdf's "… version 1.31,
    psychotools" / Table 2 / "Zeileis, Strobl, …"; Bengtsson.pdf's "… The as.character() method
    for the" / Figure 2 / "Object class is overridden …"."""
    left, right = edges
    before, last = around
    return (
        _apart_under(last, line)
        and not FLOAT_CAPTION.match(line.text)
        and (_from_margin(before, left) or _from_column(before, lefts) or _same_start(before, line))
        and not FLOAT_CAPTION.match(MARK.sub("", paragraph))
        and _phrase_overleaf(before, line, right.get(before.page, before.x1))
    )


def _left_open(result: list[str], previous: Line, over: Line | None) -> tuple[int, Line] | None:
    """The paragraph, and its last line, that a page left open (``stops_open``): the one ``previous``,
    the page's last text line, ends, or where that line ends a float's caption (``FLOAT_CAPTION``) at
    the page's foot, the one ``over`` it ends, the line read before the caption, on its page: a
    Sweave chunk's figure set under the sentence that runs on to the chunk overleaf
    (residual-shadings.pdf's "… both, the maximum test" / Figure 1 / "> set.seed(rseed)"), which
    ``_code_after_float`` reads as it reads a float atop the next page."""
    last = _last_paragraph(result)
    if stops_open(previous):
        return last, previous
    if (
        over is None
        or over.page != previous.page
        or not FLOAT_CAPTION.match(result[last])
        or not stops_open(over)
    ):
        return None
    before = _last_paragraph(result[:last])
    return (before, over) if before >= 0 and result[before].endswith(over.text) else None


def _apart_under(last: Line, line: Line) -> bool:
    """``line`` stands apart from ``last``, a float's line over it: on another page or ``FLOAT_SKIP``
    under it, where LaTeX sets the text after a float, not a caption's next line at the leading."""
    return line.page != last.page or line.top - last.bottom > FLOAT_SKIP * line.size


def _code_after_float(cut: tuple[int, Line] | None, line: Line, result: list[str]) -> bool:
    """``line`` opens code after a float atop the next page (``FLOAT_REACH``), and only the float's
    debris and caption (``_float_only``) were read since ``cut``, a paragraph its page's last line left
    open (``stops_open``; short, as LaTeX ends a paragraph before a Sweave chunk): the sentence runs
    on to the code (strucchange's "… a suitable subset chosen" / "by" / Figure 1 / "> library(…)"),
    so the float goes before the paragraph, not between it and its code. Code right under a caption
    that is no figure's is that float's own body, its caption over it (an algorithm's steps under
    "Algorithm 1: …", a listing's under "Listing 2: …"): the sentence goes on past it, not into it."""
    if cut is None:
        return False
    at, before = cut
    return (
        0 < line.page - before.page <= FLOAT_REACH
        and 0 <= at < len(result)
        and result[at].endswith(before.text)
        and _float_only(result[at + 1 :])
        and not _caption_over_body(result[-1])
    )


def _caption_over_body(paragraph: str) -> bool:
    """``paragraph`` is the caption of a float captioned over its body (``FLOAT_CAPTION``, no
    figure's, ``FIGURE_CAPTION``: a figure's caption stands under its figure)."""
    return bool(FLOAT_CAPTION.match(paragraph)) and not FIGURE_CAPTION.match(paragraph)


def _listing_in_sentence(beside: Line | None, last: Line) -> bool:
    """A listing closes the page (``last`` its last line) under a prose line ``beside`` on that page
    that stops inside a sentence (a lower-case letter at its end, no colon): the sentence runs through
    the listing and may go on past a float atop the next page (clue.pdf's "… of the ensemble, we
    obtain" / "> m2 <- cl_consensus(CKME)" / Figure 3 / "where here and below we set …")."""
    if beside is None or beside.page != last.page:
        return False
    text = MARK.sub("", beside.text).rstrip()
    return text[-1:].islower() and not SENTENCE_END.search(text)


def _float_after_listing(moved: list[str], text: str) -> list[str]:
    """The paragraphs after a held sentence that ran through a listing closing its page, when ``text``
    goes on past the float atop the next page: the listing's paragraphs (and the debris placeholders
    among them) stay where they stood, and the float (``FLOAT_MOVED``: its placeholders and caption
    after the listing's last paragraph) goes after the paragraph ``text`` opens."""
    ends = max((at + 1 for at, paragraph in enumerate(moved) if paragraph.startswith(CODE)), default=0)
    return [*moved[:ends], _float_mark(moved[ends:], text), *moved[ends:], text]


def _next_caption(paragraph: str, previous: Line, line: Line, right: dict[int, float]) -> bool:
    """``line`` opens a float's caption under another's (two figure pages' "Figure 2: … at each lattice
    point" + "Figure 3: …"), not the word a caption's sentence runs on with: a line filling its page's
    measure in mid-sentence goes on on the same page though the next opens "Listing 3. In all cases"
    (RcppArmadillo-intro.pdf's Table 2 caption: "… the original Matlab implementation shown in")."""
    if not (FLOAT_CAPTION.match(line.text) and FLOAT_CAPTION.match(paragraph)):
        return False
    return line.page != previous.page or not _mid_sentence_at_end(
        previous, right.get(previous.page, previous.x1)
    )


def _interrupting(
    line: Line, previous: Line | None, edges: tuple[dict[int, float], dict[int, float]]
) -> bool:
    """``line`` opens a float, set right under a line of its page that fills the measure in
    mid-sentence: a table's placeholder, or a float's caption or a figure's own text (set smaller
    than the line over it: Bengtsson.pdf's UML box under "… The as.character() method for the")
    under a line of the running text (``_from_margin``; a plot's title centred over its plot ends no
    sentence). LaTeX set the float there, and the sentence goes on after it and its caption."""
    left, right = edges
    if previous is None or previous.page != line.page or _code(previous):
        return False
    text = FLOAT_CAPTION.match(line.text) or _smaller(line, previous)
    opens = line.text.startswith(TABLE) or bool(text) and _from_margin(previous, left)
    return opens and _mid_sentence_at_end(previous, right.get(previous.page, previous.x1))


def _from_margin(line: Line, left: dict[int, float]) -> bool:
    """``line`` starts at its page's left margin, or a paragraph's first-line indent right of it: a
    line of the running text, not a title or a label centred or set in."""
    return line.x0 - left.get(line.page, line.x0) <= 2 * INDENT * line.size


def _from_column(line: Line, lefts: dict[int, float]) -> bool:
    """``line`` starts at its column's left margin (``lefts``, by ``id``: ``_column_lefts``), or a
    paragraph's first-line indent right of it: a line of the running text in a page's right column."""
    return id(line) in lefts and line.x0 - lefts[id(line)] <= 2 * INDENT * line.size


def _caption_overleaf(held: tuple[int, Line] | None, previous: Line, line: Line) -> bool:
    """``line`` opens the next page with a float's caption ("Figure 1: Flow chart …", ``FLOAT_CAPTION``)
    after a page (or a column: ``next_column``) that ended inside a sentence (``held``): LaTeX set
    the float at the top of the page the sentence goes on to, so the caption opens a paragraph of
    its own, and the sentence goes on after the float (``_after_float``), not into the caption."""
    return held is not None and turned_to(previous, line) and bool(FLOAT_CAPTION.match(line.text))


def _float_read(read: list[str], lines: list[Line], before: Line, at: int) -> bool:
    """Only a float was read after the held line ``before`` and before ``lines[at]``: its paragraphs
    ``read`` are all a float's (``_float_only``), or its lines are (``_figure_lines``)."""
    return _float_only(read) or _figure_lines(lines, before, at)


def _figure_lines(lines: list[Line], before: Line, at: int) -> bool:
    """The lines between ``before`` and ``lines[at]`` are a figure with its caption: placeholders
    (debris, a table), lines set smaller than ``before`` (the figure's own text: a diagram's boxes and
    labels, Bengtsson.pdf's UML box of the Exception class), and runs of lines each opening with a
    float's caption, in the text's size or smaller ("Figure 2: UML representation …" and its next
    lines, each at the leading under the one before: the paragraph set a float's skip under the
    caption is the text going on, dbscan.pdf's "Table 2: …" / "2.5 GHz Intel Core i7 processor, …"
    under it), one at least; monospaced lines before the first caption are the listing the
    sentence runs through (``_listing_in_sentence``) or the float's code, as ``_float_only`` takes
    them: LatexStyle2.pdf's "… defines a macro" / ``\\incfig[…]{caption}`` closing p. 9 / Figure 4
    and its 8 pt caption / "which expects four arguments:" read the caption inside the sentence.
    Smaller is smaller than both ``before`` and ``lines[at]``: under a held heading set larger, the
    page's text is no figure's (dbscan.pdf's "2.1. DBSCAN: …" took "DBSCAN uses Nϵ(p) …" past a page
    of text and Figure 1's caption)."""
    back = (k for k in range(at - 1, -1, -1) if lines[k] is before)
    start = next(back, None)
    if start is None:
        return False
    between = lines[start + 1 : at]
    text = before if before.size <= lines[at].size else lines[at]  # a held heading's text is no figure's
    captions, caption = 0, None  # the captions met, and the caption's line read last (none: no caption's)
    for line in between:
        own = line.text.startswith((DEBRIS, TABLE)) or _smaller(line, text)  # the figure's own text
        if FLOAT_CAPTION.match(line.text):
            captions += 1
        elif own or (_code(line) and not captions):
            caption = None
            continue
        elif caption is None or line.mono or _apart_under(caption, line):
            return False
        caption = line
    return captions > 0


def _smaller(line: Line, over: Line | None) -> bool:
    """``line`` is set smaller than the text line ``over`` it, not monospaced: a figure's own text."""
    return over is not None and not line.mono and line.size < over.size - FIGURE_TEXT


def _float_only(read: list[str]) -> bool:
    """Paragraphs that are all a float's: code (an R session drawing the figure), its caption
    ("Figure 4: …", ``FLOAT_CAPTION``), its subfigures' ("(a) …", ``SUBCAPTION``), its table
    (``TABLE``, "Table 1: …" over its rows) or debris placeholders, the caption among them; a display
    formula kept where a page closed inside a sentence (``DISPLAY``) stays with that sentence."""
    caption = any(FLOAT_CAPTION.match(paragraph) for paragraph in read)
    return caption and all(
        paragraph.startswith((CODE, DEBRIS, TABLE, DISPLAY))
        or FLOAT_CAPTION.match(paragraph)
        or SUBCAPTION.match(paragraph)
        for paragraph in read
    )


def verse_lines(lines: list[Line], usual_gap: float, columns: dict[int, float]) -> set[int]:
    """The ids of lines that start a verse line: in a block of verse (``_verse_block``), each line
    that opens with a capital ("Постелите мне степь," + "Занавесьте мне окна туманом," + "В
    изголовье поставьте"), unless it goes on a name broken at its hyphen (``name_broken_at_hyphen``:
    "Ludwig-Maximilians-" + "Universität München"); a line in lower case is judged as before
    (``_continues``: a long verse line the column wrapped goes on, a stepped answer line indented
    under it stands apart); in a list of signatures (``_signature_list``), every line."""
    found: set[int] = set()
    for block in _blocks(lines, usual_gap):
        if _signature_list(block):
            found.update(id(line) for line in block[1:])
        elif _verse_block(block, columns.get(block[0].page, 0.0)):
            found.update(
                id(line)
                for above, line in zip(block, block[1:], strict=False)
                if _opens_capital(line.text)
                and not name_broken_at_hyphen(above, line)
                and not _fills_column(above, columns.get(above.page, 0.0))
            )
    return found | _steps_back(lines, usual_gap, columns)


def _fills_column(line: Line, column: float) -> bool:
    """``line`` ends within ``FULL`` em of the ``column``'s right edge: the column broke it, not its
    author, so the next line goes on it, whatever it opens with (a title page's centred title
    "V2.9.0~pre1+git20230208.f1270d6ed7, 28" over "Jun 2026", dblatex's date wrapped as the title's
    words are, where a block of short lines broken by hand reads as verse). A block set right of the
    column's edge (a title page's names at its foot, right of a note's lines) fills no column."""
    return bool(column) and abs(line.x1 - column) <= FULL * line.size


def _signature_list(block: list[Line]) -> bool:
    """A block of ``VERSE_LINES`` lines or more, nearly every one (``VERSE_CAPITALS``) opening with a
    call, a name glued to its bracket, maybe after a keyword, none ending on a stop: a class box's
    members or a list of signatures, each a line of its own however wide the next
    ("as.character(): character" over "attach(private=FALSE, pos=2)", "static getLastException():
    Exception" over "getMessage(): character", Bengtsson.pdf's UML boxes), as no paragraph's
    wrapped lines open."""
    texts = [MARK.sub("", line.text).strip() for line in block]
    calls = sum(bool(SIGNATURE.match(text)) for text in texts)
    ends = any(text.endswith(STOPS) for text in texts)
    return len(block) >= VERSE_LINES and calls >= VERSE_CAPITALS * len(block) and not ends


def _steps_back(lines: list[Line], usual_gap: float, columns: dict[int, float]) -> set[int]:
    """The ids of lines that step back to the margin after a stepped answer line, in lower case or
    not ("Врагу бог силы дал:" + indented "нас можно переплавить," + "на пушки перелить,"): the line
    two above starts at the same margin (within ``INDENT`` / 2 em), the line above is indented under
    it by ``INDENT`` em or more, and both end ``SHORT_LINE`` em short of the column. Wrapped prose
    does not do that: a paragraph's indented first line is full when its paragraph goes on, to the
    column or to its own block's measure (``_fills_block``: an abstract set narrower than the text,
    whose second paragraph's indented first line ends where the first paragraph's lines do), or
    ends short because the next line's first word did not fit (``_word_fits``: GyotoManual.pdf's
    "… ends up compiled with" over "lib/Minkowski.C (in this example) …", a typewriter name TeX
    cannot break)."""
    found: set[int] = set()
    filled = _fills_block(lines, usual_gap)
    for first, step, back in zip(lines, lines[1:], lines[2:], strict=False):
        em = step.size
        column = columns.get(step.page, 0.0)
        stacked = all(
            a.page == b.page
            and b.top > a.top + 0.5 * em
            and b.top - a.bottom <= (usual_gap + PARAGRAPH_GAP) * em
            and abs(a.size - b.size) <= INLINE_SIZE
            for a, b in ((first, step), (step, back))
        )
        short = column and not any(fills_measure(one, column, em) for one in (first, step))
        if (
            stacked
            and short
            and not block_full(step, back)
            and id(step) not in filled
            and _word_fits(step, back, column)
            and step.x0 >= first.x0 + INDENT * em
            and abs(back.x0 - first.x0) < INDENT * em / 2
            and not any(
                one.text.startswith((TABLE, CONTENTS, DEBRIS)) or _code(one) for one in (first, step, back)
            )
        ):
            found.add(id(back))
    return found


def _fills_block(lines: list[Line], usual_gap: float) -> set[int]:
    """The ids of lines that end where their block's widest lines end (within ``ALIGNED_END`` em) or
    past it, two ``LONG_LINE`` lines of the block ending there: they fill the block's measure, as the
    lines of a justified paragraph do, however short of the page's column that measure ends. A line
    that overhangs the margin alone (a typewriter word TeX could not break, gdata's "We need
    additional flexibility for list/data.frame") is no measure: taken for one, it left every other
    line of its block short, and the paragraphs it and the next opened were torn after their first
    line as verse steps (``_steps_back``)."""
    found: set[int] = set()
    for block in _blocks(lines, usual_gap):
        for measure in sorted({line.x1 for line in block}, reverse=True):
            ends = [line for line in block if line.x1 >= measure - ALIGNED_END * line.size]
            if sum(len(line.text) >= LONG_LINE for line in ends) >= 2:
                found.update(id(line) for line in ends)
                break
    return found


def _blocks(lines: list[Line], usual_gap: float) -> list[list[Line]]:
    """The text lines in runs set at one size and the usual line gap, each under the one before
    on one page (a stanza, a paragraph, a list): code and placeholders part runs."""
    blocks: list[list[Line]] = []
    previous: Line | None = None
    for line in lines:
        text = line.text.startswith((TABLE, CONTENTS, DEBRIS)) or _code(line)
        em = line.size
        joined = (
            previous is not None
            and not text
            and line.page == previous.page
            and abs(line.size - previous.size) <= INLINE_SIZE
            and line.top > previous.top + 0.5 * em
            and line.top - previous.bottom <= (usual_gap + PARAGRAPH_GAP) * em
            and line.x0 < previous.x1
            and line.x1 > previous.x0
        )
        if joined:
            blocks[-1].append(line)
        elif not text:
            blocks.append([line])
        previous = None if text else line
    return blocks


def _verse_block(block: list[Line], column: float) -> bool:
    """A block of ``VERSE_LINES`` lines or more whose breaks were the author's, not the column's:
    either no line of it reaches within ``FULL`` em of the ``column``'s right edge (a justified
    paragraph's lines do) and most lines ended though the next line's first word would have fitted
    after them, short of where the block's longest line ends (a ragged-right paragraph breaks where
    the next word would not fit), or the block is verse by its look (a page of verse has no other
    column than its own lines): short lines (``VERSE_CHARS`` at most), ragged right (their ends
    ``RAGGED`` em apart or more, the last line aside) and nearly every line opening with a capital
    (``VERSE_CAPITALS``), as wrapped prose lines seldom do. A block of short lines broken by hand
    (an address, a title page's lines) is verse too, and its lines stay lines, as is one of a few
    words a line, each opening with a capital (``_names_by_hand``: a title page's names)."""
    if len(block) < VERSE_LINES:
        return False
    narrow = not column or all(line.x1 < column - FULL * line.size for line in block)
    right = max(line.x1 for line in block)
    fitting = sum(_word_fits(above, line, right) for above, line in zip(block, block[1:], strict=False))
    if narrow and fitting * 2 > len(block) - 1:
        return True
    if _names_by_hand(block):
        return True
    ends = [line.x1 for line in block[:-1]]
    capitals = sum(_opens_capital(line.text) for line in block[1:])
    return (
        max(len(line.text) for line in block) <= VERSE_CHARS
        and max(ends) - min(ends) >= RAGGED * block[0].size
        and capitals >= VERSE_CAPITALS * (len(block) - 1)
    )


def _names_by_hand(block: list[Line]) -> bool:
    """Every line of the block holds a few words (``HAND_WORDS`` at most) and every line after the
    first opens with a capital: a title page's names set one a line ("Package author(s):" / "Denis
    Girout" / "Manuel Luque", pst-hsb-doc.pdf), in a block so narrow, or so far right of the
    column's edge, that no next name fits after a line, as in wrapped prose; prose wrapped that
    narrow seldom opens every line with a capital."""
    return all(len(line.text.split()) <= HAND_WORDS for line in block) and all(
        _opens_capital(line.text) for line in block[1:]
    )


def _verse_ends_page(previous: Line, line: Line, verse: set[int]) -> bool:
    """``previous`` ends a page on a line broken by hand (``verse_lines``) and ``line`` opens the next
    page with a capital: a new line, not the sentence going on overleaf (pst-hsb-doc.pdf's last
    author "Herbert Voß" and the abstract overleaf, "This package defines …", were one paragraph)."""
    return id(previous) in verse and line.page != previous.page and _opens_capital(line.text)


def _opens_capital(text: str) -> bool:
    """The line's first letter, after opening punctuation («, —, a bracket), is a capital."""
    letter = next((char for char in MARK.sub("", text) if char.isalnum()), "")
    return letter.isupper()


def _last_paragraph(result: list[str]) -> int:
    """The index of the last paragraph read that is not a debris placeholder (-1 when none is): a
    placeholder stands where a dropped line stood (a running header between two pages of one
    paragraph) and is never a paragraph a line joins onto."""
    return next((at for at in range(len(result) - 1, -1, -1) if not result[at].startswith(DEBRIS)), -1)


def _term_apart(paragraph: str, over: str = "") -> str:
    """A run-in term that opens the paragraph becomes a paragraph of its own ("Политика Debian" +
    "В Debian есть …": a term and its definition, not one sentence), ending in ``RUN_IN`` for the
    parser to judge its language with the definition's; ``_join`` drops the mark of a line joined to
    the one before. A float's label (``FLOAT_LABEL``) is no term: it and its text are one caption
    (HSAUR3's "**Figure 6.1**  Scatterplot of velocity and distance." stood as two paragraphs); nor
    is a bold lead that restates the heading right ``over`` it (``_restates``): it stays run in."""
    head, mark, rest = paragraph.partition(RUN_IN)
    if not mark:
        return paragraph
    if FLOAT_LABEL.match(MARK.sub("", head).strip()) or _restates(head, over):
        return f"{head.rstrip()} {rest.lstrip()}"
    return f"{head.rstrip()}{RUN_IN}\n\n{rest.lstrip()}"


def _restates(head: str, heading: str) -> bool:
    """``head``, a bold lead run in before a paragraph's text, repeats the words of ``heading``, the
    paragraph over it, its section number aside: an FAQ restating its question at the answer's
    start, no definition list's term. The page sets it run in, as it does the questions that end in
    "?" (no term: ``pdf_spacing._run_in_term``), which read run in: problems.pdf's "1.11 My Windows
    Client Immediately Dies When I Start It" stood alone over its answer, 1.1–1.10 ran in."""
    words = re.findall(r"\w+", MARK.sub("", head).casefold())
    return bool(words) and words == re.findall(r"\w+", NUMBERED.sub("", heading, count=1).casefold())


def _runs_on(
    previous: Line, line: Line, usual_gap: float, right: dict[int, float], goes_on: bool, result: list[str]
) -> bool:
    """A monospaced line inside a prose sentence is the paragraph's, not a code block: one without
    spaces (a long URL or path the paragraph wrapped onto a line of its own, or the next piece of
    one: "…users=hardening-discuss@" + "lists.alioth.debian.org)."), unless set both smaller than
    the prose and a paragraph's gap under it, as a manual sets a listing apart (gp2c.pdf's "… a
    simple program fact.gp that reads" over "install(…);" / "fact_mersenne(p)=squfof(2^p-1)" in
    cmtt9, one em under the cmr10 line), or one set at the prose line's
    size at its usual line gap (a command set inline that the line broke: "…, можно выполнить
    aptitude" + "install foo."; a listing is set apart, and smaller in a manual). A lead-in ending in
    a colon, or in a comma over a listing that ``goes_on`` past this line (``_lead_in``), starts it,
    and so does a line opening with a session's prompt (``SESSION_PROMPT``): a displayed command,
    though set at the prose's size close under it (HSAUR3's "… we had used the code" + "R>
    summary(aov(…))" + "instead of …" read as one sentence). A line that closes a bracket the prose
    line left open goes on its expression whatever that line ends with (``bracket_goes_on``);
    ``result``, the paragraphs read so far, tells a list item's wrapped lines (``_continues``)."""
    before = MARK.sub("", previous.text)
    last = _last_paragraph(result)
    if SESSION_PROMPT.match(MARK.sub("", line.text)):
        return False
    in_url = bool(URL_START.search(before.rsplit(" ", 1)[-1]))  # "(https://www.", "(https:": no end
    same_size = abs(line.size - previous.size) < INLINE_SIZE
    at_gap = _at_line_gap(previous, line, usual_gap, goes_on)
    return (
        (" " not in line.text and (same_size or at_gap) or same_size and at_gap)
        and (
            in_url
            or _name_broken(previous, line, right)
            or bracket_goes_on(before, line.text)
            or not (SENTENCE_END.search(before) or _lead_in(before, goes_on))
            or _item_wrapped(previous, line, right[line.page])
        )
        and _continues(
            previous, line, usual_gap, right[line.page], paragraph=result[last] if last >= 0 else ""
        )
    )


def _at_line_gap(previous: Line, line: Line, usual_gap: float, goes_on: bool) -> bool:
    """The monospaced ``line`` stands at the prose's line gap under ``previous``, no display's skip
    between them. Past a break (overleaf or atop the next column: ``turned_to``) no gap shows, for
    TeX drops the skip over a listing at a page's top: there a listing that ``goes_on`` under
    ``line`` opens with it, and a lone line is the sentence's name or command wrapped (phylobase.pdf's
    "… (useful for various checks) is" closing p. 4 over the chunk "nodeLabels(g1) <- paste(…)" /
    "head(g1, 5)" atop p. 5, its first line read as the sentence's last words)."""
    if turned_to(previous, line):
        return not goes_on
    return line.top - previous.bottom <= (usual_gap + PARAGRAPH_GAP) * previous.size


def _item_wrapped(previous: Line, line: Line, right: float) -> bool:
    """The monospaced ``line`` is the wrapped rest of the list item ``previous`` opens, whatever that
    line ends with: it starts at the item's text after its label (``_at_label_text``), and its word,
    a path or a name, would not have fitted after ``previous`` (``_word_fits``), so LaTeX broke the
    line for room, not to set a listing apart (MALDIquantForeign-intro.pdf's sessionInfo item
    "• LAPACK:" + "/usr/lib/x86_64-linux-gnu/lapack/liblapack.so.3.9.0")."""
    return (
        _item_opens(MARK.sub("", previous.text))
        and _at_label_text(previous, line)
        and not _word_fits(previous, line, right)
    )


def _set_apart(previous: Line, line: Line, measure: float) -> bool:
    """The prose line ``previous`` stops short of its ``measure`` though the first word of the
    monospaced ``line`` would have fitted after it (``_word_fits``): its paragraph ended there, and
    ``line`` is a listing set apart under it (bit-demo.pdf's "It costs only one bit per element" +
    "object.size(b1)/n"), not a name or a URL the sentence wrapped onto the next line."""
    return not fills_measure(previous, measure) and _word_fits(previous, line, measure)


def _command_indented(previous: Line, line: Line, left: dict[int, float], after: Line | None) -> bool:
    """The monospaced ``line`` starts ``COMMAND_INDENT`` em or more right of both its page's margin
    and the prose line ``previous``, under that line (left of its end), which opens no list item: a
    command set apart under the sentence that announces it (litl's user_manual.pdf: "…the following
    command should be run" over an indented "./bootstrap", read "…should be run ./bootstrap"). The
    words a sentence wraps start at the margin, or at a list item's indent, never right of the line
    they go on from; a piece past the line's end is on another row or column (Rcpp-package.pdf's
    reference "…Seamless R and C++" and the "doi:" of the entry beside it), and a paragraph whose
    next prose line ``after`` starts where ``line`` does hangs its lines there (a description list's
    URL wrapped under its term's line, GyotoManual.pdf's "…(see http://www.boost." / "org/doc/…"), or
    sets it on ``line``'s row (Rcpp-package.pdf's reference "…Seamless R and C++", its next row's
    "doi:" read before "Journal of Statistical Software …"). ``previous`` is a line of the running
    text (``_from_margin``): under an item set in from the margin, the indent is the item's hanging
    one (userguide_fr.pdf's "…Personnages et" / "Notes")."""
    indent = COMMAND_INDENT * previous.size
    hangs = after is not None and (
        abs(after.x0 - line.x0) < HANGING_ALIGN * line.size
        or after.top < line.bottom - HANGING_ALIGN * line.size
    )
    return (
        line.x0 - left.get(line.page, line.x0) >= indent
        and line.x0 - previous.x0 >= indent / 2
        and line.x0 < previous.x1
        and _from_margin(previous, left)
        and not hangs
        and not _item_opens(previous.text)
    )


def _command_displayed(
    previous: Line, line: Line, after: Line | None, measure: float, usual_gap: float
) -> bool:
    """The monospaced ``line`` under the prose line ``previous`` is a command displayed on a line of
    its own: it stands ``DISPLAY_SKIP`` em or more further under ``previous`` than the page's usual
    gap between a paragraph's lines (the skip a verbatim display adds), holds a command's words
    (a space between them), ends on no punctuation, and the prose line ``after`` it starts where it
    does though its first word would have fitted after it (``_word_fits``): the sentence did not go
    on there (frobby's manual: "… To get the irreducible decomposition, type" over "frobby irrdecom <
    input" over "which produces the output", all three flush left, the prose line over the command
    full or too short for its first word). A name or a URL a sentence wrapped is one word, stands at
    the paragraph's line gap (debdelta_suite.pdf's "… do not forget to move them in" over
    "/var/cache/apt/archives"), and is followed by the sentence's next words on its own line, or
    closes the sentence on its stop."""
    return (
        after is not None
        and line.top - previous.bottom >= (usual_gap + DISPLAY_SKIP) * previous.size
        and " " in line.text.strip()
        and not COMMAND_CLOSED.search(line.text)
        and _same_start(line, after)
        and _word_fits(line, after, measure)
    )


def _prose_after(lines: list[Line], at: int) -> Line | None:
    """The first line after ``lines[at]`` on its page that is no code and no placeholder, if any."""
    return next(
        (
            line
            for line in takewhile(lambda line: line.page == lines[at].page, islice(lines, at + 1, None))
            if not _code(line) and not line.text.startswith((DEBRIS, DISPLAY))
        ),
        None,
    )


def _block_head(lines: list[Line], at: int, previous: Line) -> bool:
    """The monospaced ``lines[at]`` heads a listing: the line after it is monospaced too, right under
    it and set in ``BLOCK_INDENT`` em or more right of it, the block's body (et99-font-tutorial.pdf's
    "\\setglyph{Asmall}" over "  \\movert{…}": read on the prose item over it, "… to fake unavailable
    glyphs \\setglyph{Asmall}", its block opening mid-way). A name or a URL the sentence wrapped is
    one line, or goes on at its start; so is one word of letters and digits only after a prose line
    ``previous`` that ends on a function word (dseriesReporting.pdf's "… 5 observations from 2000Y
    to" + "2004Y" over its example "ts=dseries(…)", read as the listing's first row)."""
    line = lines[at]
    if not _listing_goes_on(lines, at):
        return False
    words = previous.text.split()
    if line.text.strip().isalnum() and words and function_word(words[-1]):
        return False
    body = lines[at + 1]
    return body.x0 - line.x0 >= BLOCK_INDENT * line.size and 0 <= body.top - line.bottom < line.size


def _code_beside(lines: list[Line], at: int) -> bool:
    """The monospaced ``lines[at]`` has the monospaced line read next on its row, and the line after
    that is monospaced too: listings set side by side in columns, read row by row, each a command
    over its answer (dseriesReporting.pdf's ">> a == b" / ">> a > b" / ">> c < a" over their "ans ="
    and values, under "… and c=[1888w1 2020w3]. Then", whose first column was read on the
    sentence). A name or a URL a sentence wrapped stands alone on its row, or beside the sentence's
    words going on; a line of the page's other text column on its row is read after its own column
    (mapLevels.pdf's reference URL at its column's foot, an address in typewriter beside it)."""
    return (
        _listing_goes_on(lines, at) and on_row(lines[at], lines[at + 1]) and _listing_goes_on(lines, at + 1)
    )


def _lead_in(before: str, goes_on: bool) -> bool:
    """The prose line ``before`` a monospaced line announces a listing: it ends in a colon, or in a
    comma with more monospaced lines to come ("…using the following three commands," +
    "data(detergent)" + "res <- mnp(…", a double-spaced vignette that sets the listing's first line
    at the prose's line gap). A single monospaced line after a comma may be the sentence's own (a
    URL or a name it wrapped), so a comma alone announces nothing."""
    return before.endswith(":") or (before.endswith(",") and goes_on)


def _page_ends_in_debris(lines: list[Line], at: int) -> bool:
    """Whether ``lines[at]`` and every line after it on its page are debris placeholders: a page
    number read after the page's last listing row (irace-package.pdf p. 36, a page of printed
    matrix whose output goes on overleaf), which ends no listing the next page may go on."""
    page = lines[at].page
    rest = takewhile(lambda line: line.page == page, islice(lines, at, None))  # the lines run page by page
    return all(line.text.startswith(DEBRIS) for line in rest)


def _listing_goes_on(lines: list[Line], at: int) -> bool:
    """Whether the line after ``lines[at]`` is monospaced too, on the same page: a listing of more
    than one line."""
    return at + 1 < len(lines) and _code(lines[at + 1]) and lines[at + 1].page == lines[at].page


def _name_broken(previous: Line, line: Line, right: dict[int, float]) -> bool:
    """A file name the line broke after its dot onto a monospaced line of the prose's size ("…
    создайте следующий файл gentoo." + "manpages:"): the line before reaches the margin, so its dot
    ended no paragraph, and the monospaced piece is one word in lower case, not a sentence."""
    before = MARK.sub("", previous.text)
    return (
        abs(line.size - previous.size) < INLINE_SIZE
        and " " not in line.text
        and line.text[:1].islower()
        and before.endswith(".")
        and bool(NAME_HEAD.search(before))
        and fills_measure(previous, right[line.page])
    )


def _display_piece_before_debris(paragraph: str, debris: list[str]) -> bool:
    """The paragraph read so far holds no word (``LONG_WORD``) and debris was cut right after it: a
    piece left of a display whose other rows went as debris, which runs on into no sentence. afex's
    covariance display left its vector's "S_δ" by its cut row "0 ρ_(S_δ,S₀)…", and the sentence
    under the display read "S_δ where S_(0,i) is the displacement …"; alone, it is a fragment. A
    formula with its relation sign (``RELATIONS``: "S = ∑ w x", its limits cut) is a display, whole:
    it runs on into the clause under it, as before."""
    text = MARK.sub("", paragraph)
    return bool(debris) and not LONG_WORD.search(text) and not RELATIONS.intersection(text)


def _names_inside_sentence(
    run: list[Line],
    before: Line,
    line: Line,
    usual_gap: float,
    right: dict[int, float],
    body: float,
    left: dict[int, float],
) -> bool:
    """``run`` is a stack of .dtx margin names (``Line.name``) read between two lines of one
    sentence: doc.sty sets the names beside the line where ``\\DescribeMacro`` stood, which may be
    inside a paragraph ("…The following macros allow" / "\\greekscript" / "\\greektext" / "the use
    of Greek vs. Latin script …", babel-greek.pdf). The line before them ends no sentence and the
    line after goes on with it: the sentence is joined, and the names go before its paragraph, where
    a stack beside a paragraph's first line stands."""
    text = MARK.sub("", before.text).rstrip()
    return (
        _names(run)
        and not (SENTENCE_END.search(text) or text.endswith(":"))
        and _continues(before, line, usual_gap, right[line.page], body, left)
    )


def _inside_sentence(result: list[str], run: list[Line], line: Line) -> bool:
    """One monospaced line set on a row of its own inside a sentence: the paragraph before it ends
    no sentence and the line after it goes on with closing punctuation ("… вызовы dpkg (например" +
    "2005-12-30 18:10:33 install hello …" + "), и их результаты"): the sentence's words, no listing.
    Where the line then starts a new sentence (") If you’d like …") that one is a paragraph of its own."""
    if len(run) != 1 or not result or line.text[:1] not in tuple(SENTENCE_GOES_ON) or _code(line):
        return False
    before = MARK.sub("", result[-1])
    return not (
        before[:1] in (CODE, MARGIN, TABLE, CONTENTS, DEBRIS)
        or SENTENCE_END.search(before)
        or before.endswith(":")
    )
