"""A page's blocks as one document: text, ``structure`` spans, the foreign cut and ``removed``.

Builds the ``Parsed`` document from a ``Page``: headings, code, lists and note marks as spans, the
foreign paragraphs cut (``foreign_cut``), an untranslated title read in the page's language, and
what was taken out of the page (furniture, credits, text left out) recorded where it stood.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace

from sloika.pipelines.formats.base import Parsed, TextBuilder, cut_paragraphs
from sloika.pipelines.formats.foreign_paragraphs import Paragraph, foreign_cut
from sloika.pipelines.formats.foreign_pointers import without_pointers_to_cut
from sloika.pipelines.formats.foreign_sections import without_empty_sections
from sloika.pipelines.formats.foreign_text import CUT_LABELS, NUMBERED_TITLE
from sloika.pipelines.formats.web_blocks import Block, Page
from sloika.pipelines.formats.web_figures import CAPTION_PARTS
from sloika.pipelines.formats.web_list_labels import MARKER, with_item_markers
from sloika.text.spans import Span

# A footnote as DocBook and Sphinx print it: "[85]" in the sentence, "[85] See …" a paragraph at the end.
NOTE_MARK = re.compile(r" *\[(\d{1,3})\]")
NOTE = re.compile(r"(?:^|\n\n)\[(\d{1,3})\] ")


def page_document(page: Page, foreign: str = "trim", targets: tuple[str, ...] = ()) -> Parsed:
    """One document from the blocks: paragraphs separated by blank lines, ``code`` and ``heading``
    spans in ``structure``, foreign paragraphs and headings cut (``removed``) or marked (``lang_spans``);
    with ``trim``, an untranslated first heading under a translated ``<title>`` gives way to the title
    (``_with_translated_title``: read again with it in the heading's place)."""
    parsed = _page_document(page, None, foreign, targets)
    titled = _with_translated_title(page, parsed) if foreign == "trim" else None
    return _page_document(*titled, foreign, targets) if titled else parsed


def _page_document(page: Page, untranslated: dict | None, foreign: str, targets: tuple[str, ...]) -> Parsed:
    """``page_document`` of ``page``; ``untranslated``: the ``removed`` record's attrs of the heading
    whose place the page's title took."""
    builder = TextBuilder()
    paragraphs: list[Paragraph] = []
    code: list[Paragraph] = []  # what a cut sentence leads into goes with it (``companions``)
    figures: list[Block] = []  # figures waiting for the next block: they stand where it starts
    entry: Span | None = None  # the list entry a further paragraph extends (``_mark_list_item``)
    starts: list[Span] = []  # each block's start (``BLOCK_START``), moved by the cuts as records are
    for index, block in enumerate(page.blocks):
        if block.kind == "figure":
            figures.append(block)
            continue
        depth = 0 if block.term else 1 if block.definition else None  # ``terms``: a definition list
        builder.separate()
        start, end = builder.append(block.text)
        starts.append(Span(start, start, BLOCK_START, None, {"block": index}))
        for figure in figures:
            builder.span(start, start, "figure", **figure.figure)
        figures = []
        for code_start, code_end in block.code:
            builder.span(start + code_start, start + code_end, "code", inline=True)
        if block.kind == "code":
            builder.span(start, end, "code")
            code.append(Paragraph(block.text, start=start))
        elif block.kind == "head":
            builder.span(start, end, "heading", level=block.level)
            paragraphs.append(Paragraph(block.text, start=start, heading=True))
        else:
            paragraphs.append(
                Paragraph(
                    block.text,
                    (*block.code, *block.references),
                    start,
                    depth=depth,
                    item=block.item,
                    term=1 if block.term else 2 if block.definition else 0,
                    label=block.label,
                    card=block.card,
                )
            )
        entry = _mark_list_item(builder, block, start, end, entry)
    for figure in figures:  # after the last block: at the text's end
        builder.span(builder.length, builder.length, "figure", **figure.figure)
    paragraphs = _with_note_marks(
        builder.text, paragraphs, [(s.start, s.end) for s in builder.spans if s.label == "code"]
    )
    credits = _placed(page, [("credits", text, at) for text, at in page.credits], starts, builder.text)
    if untranslated:  # where it stood: the page opens with the title now in its place
        credits.append(Span(0, 0, "foreign_heading", None, untranslated))
    parsed = Parsed(builder.text, builder.spans, "article", layers={"removed": [*credits, *starts]})
    cut = foreign_cut(
        parsed,
        paragraphs,
        foreign,
        page.declared,
        targets,
        short=True,
        code=code,
        translated=True,
        foreign_titles=True,
        label_lists=True,
        marks_shown=True,
        whole_sections=_numbered_sections(paragraphs),
    )
    cut = _without_note_marks(cut)
    headings = _headings(cut)  # a title over sections that stay stays, its own introduction cut or not
    emptied = without_empty_sections(cut, [span for span, _ in headings], [level for _, level in headings])
    pointed = without_pointers_to_cut(emptied, [span for span, _ in _headings(emptied)])  # as the PDF reader
    return with_item_markers(_with_left_out(pointed, page))  # a pointer at a section cut whole goes


# LibreOffice's help leaves some ``<h1>`` untranslated over a translated page ("ChDrive Statement"
# over "Изменяет текущий диск.") while the page's ``<title>`` is translated ("Инструкция ChDrive"):
# 337 of its 2,560 Russian pages have a Russian title over an ``<h1>`` without a Cyrillic letter.
# Cut alone, the page would open on its first sentence with no name of what it describes (as it did
# where the heading's common words had it cut as ``title_over_own_text``); the title is the
# translator's name for the same page, so it takes the heading's place, and the English heading goes
# to ``removed`` (``foreign_heading``, ``why: title_in_page_language``, ``attrs.title`` the text put
# in its place). Where the kept prose is English (an untranslated page), the heading stays.
TITLE_IN_PAGE_LANGUAGE = "title_in_page_language"


def _with_translated_title(page: Page, parsed: Parsed) -> tuple[Page, dict] | None:
    """``page`` with its first heading replaced by its title, and the ``removed`` record's attrs of the
    heading, where the heading opens the page (``parsed``: the page read with it; kept as the text's
    first line, or cut there as foreign), has no letter of the script most of the kept prose is in
    (code aside) and the title has a word in it ("Инструкция ChDrive": a name beside it stays a
    name); None elsewhere. The kept text says the page's language: the declared one may be a guess
    from the very title ("aptitude-create-state-bundle" over "Название" and Russian text)."""
    from sloika.text.scripts import script_of

    blocks, title = page.blocks, page.title
    if not blocks or blocks[0].kind != "head" or not title or not _opens(parsed, blocks[0].text):
        return None
    heading = blocks[0].text
    script = _prose_script(parsed, len(heading) if parsed.text.startswith(heading) else 0)
    if script is None or not any(map(str.isalpha, heading)):
        return None
    if any(char.isalpha() and script_of(char) == script for char in heading):
        return None
    words = re.findall(r"[^\W\d_]{2,}", title)
    if not any(all(script_of(char) == script for char in word) for word in words):
        return None
    attrs = {"text": heading, "why": TITLE_IN_PAGE_LANGUAGE, "title": title}
    return replace(page, blocks=[replace(blocks[0], text=title, code=[], references=[]), *blocks[1:]]), attrs


def _prose_script(parsed: Parsed, start: int) -> str | None:
    """The script most letters of ``parsed``'s text from ``start`` on are in, code left out (a help
    page's Basic examples are English whatever the page's language); None without letters."""
    from sloika.text.scripts import script_of

    inside = [False] * len(parsed.text)
    for span in parsed.spans:
        if span.label == "code":
            inside[span.start : span.end] = [True] * (span.end - span.start)
    text = parsed.text
    scripts = Counter(
        script_of(text[at]) for at in range(start, len(text)) if text[at].isalpha() and not inside[at]
    )
    return scripts.most_common(1)[0][0] if scripts else None


def _opens(parsed: Parsed, heading: str) -> bool:
    """Whether ``heading`` opens ``parsed``: its text's first line, or cut as foreign where it starts."""
    if parsed.text.startswith(heading + "\n") or parsed.text == heading:
        return True
    cut = parsed.layers.get("removed", [])
    return any(s.start == 0 and s.label in CUT_LABELS and s.attrs.get("text") == heading for s in cut)


def _with_note_marks(text: str, paragraphs: list[Paragraph], code: list[tuple[int, int]]) -> list[Paragraph]:
    """``paragraphs`` with each footnote ("[91] Смотрите …") given where its mark ("… [91].") stands
    in ``text`` (``Paragraph.marked_at``, -1 when the page has no mark of its number), so that the
    cut judges a note whose mark went with cut text as it does in a PDF (``foreign_notes``). A note's
    own number and a mark in code are no mark; the first mark of a number is its note's. The
    paragraphs after a note up to the next note or heading are the note's (DocBook prints the notes
    last, a note's list in its ``<div class="footnote">``) and share its mark."""
    notes = {match.start(1) - 1 for match in NOTE.finditer(text)}
    marks: dict[str, int] = {}
    for match in NOTE_MARK.finditer(text):
        at = match.start(1) - 1
        if at not in notes and not any(a <= at < b for a, b in code):
            marks.setdefault(match.group(1), at)
    found, marked_at = [], None  # the note a paragraph goes on (a note's list: "[73] …ресурсов:" / items)
    for paragraph in paragraphs:
        note = None if paragraph.heading else NOTE.match(paragraph.text)
        marked_at = None if paragraph.heading else marks.get(note.group(1), -1) if note else marked_at
        found.append(paragraph if marked_at is None else replace(paragraph, marked_at=marked_at))
    return found


# Where a block of the page started in the text, carried through the cuts as a ``removed`` record
# (``cut_paragraphs`` moves those as the text they stand before: a cut block's to where its cut
# stands), so that what was taken out before extraction can be put before the first kept block
# after it; taken off the layer when they have been (``_with_left_out``).
BLOCK_START = "block_start"


def _placed(page: Page, taken: list[tuple[str, str, int]], starts: list[Span], text: str) -> list[Span]:
    """A zero-width ``removed`` record for each (label, text, offset in the page's text) taken out,
    inside the block it was cut from (``_inside``), else at the start of the first block found at or
    after that offset in the page (``starts``: each block's ``BLOCK_START`` record), at the end of
    ``text`` after the last; in the page's order."""
    blocks = sorted((page.at[span.attrs["block"]], span.start, span.attrs["block"]) for span in starts)
    records = []
    for label, cut, spot in sorted(taken, key=lambda record: record[2]):
        after = bisect.bisect_left(blocks, (spot, -1))
        at = blocks[after][1] if after < len(blocks) else len(text)
        if after and (inside := _inside(page, blocks[after - 1], spot, text)) is not None:
            at = inside
        records.append(Span(at, at, label, None, {"text": cut}))
    return records


def _inside(page: Page, block: tuple[int, int, int], spot: int, text: str) -> int | None:
    """Where ``spot`` (an offset in the page's text past ``block``'s start there) falls in the
    block's text as it stands in ``text`` (a button link, a span or a hidden variant cut from inside
    a paragraph stood there, not at the next block's start); inside a word at the word's start. None
    where the spot lies past the block's end, or the block does not read the same in the page's text
    and in ``text`` (a cut took part of it; code, whose spacing the page's text collapses; a block
    trafilatura spelled otherwise): its offsets in the one are not those in the other."""
    page_at, start, index = block
    words = page.blocks[index].text
    inside = spot - page_at
    same = text[start : start + len(words)] == words == page.text[page_at : page_at + len(words)]
    if not same or not 0 < inside < len(words):
        return None
    while inside > 0 and words[inside - 1].isalnum() and words[inside].isalnum():
        inside -= 1
    return start + inside


# trafilatura leaves out what it judges boilerplate without a trace: a link-dense block, a short
# line it takes for a share button (a toolbar label "Print" in a table of KiCad's ``gerbview.html``:
# its social-media filter drops "Print", "PDF", "Mail", "Google" lines), a back link "(наверх)". The
# page's own texts (``Page.texts``) are accounted for by their words: an element whose words are not
# all left in the text and ``removed`` goes to ``removed`` as ``boilerplate``; the navigation and
# contents lists sloika takes out go there too (``navigation``, ``contents``). Every word of the
# page's body then ends in the text or in ``removed``.
WORD = re.compile(r"\w+")


def _with_left_out(parsed: Parsed, page: Page) -> Parsed:
    """``parsed`` with the page's navigation, contents and the texts trafilatura left out in
    ``removed`` (zero-width spans before the first kept block after each, ``attrs.text`` the
    element's text; a figure's caption, in its ``figure`` span, as ``caption``, the rest as
    ``boilerplate``), the ``BLOCK_START`` records taken off."""
    starts = [span for span in parsed.layers.get("removed", []) if span.label == BLOCK_START]
    removed = [span for span in parsed.layers.get("removed", []) if span.label != BLOCK_START]
    available = Counter(WORD.findall(parsed.text))
    available.update(word for span in removed for word in WORD.findall(span.attrs.get("text", "")))
    missing = set()
    texts = [text for _, text in page.texts]
    # the longest first: a label ("Print") takes its word from a sentence only after the sentence did
    for index in sorted(range(len(texts)), key=lambda i: -len(WORD.findall(texts[i]))):
        words = Counter(WORD.findall(texts[index]))
        if all(available[word] >= count for word, count in words.items()):  # not ``<=``: it walks both
            available.subtract(words)
        else:
            missing.add(index)
    captions = {
        caption
        for block in page.blocks
        if block.kind == "figure" and (caption := block.figure.get("caption"))
    }
    captions |= {part for caption in captions for part in caption.split(CAPTION_PARTS)}
    left_out = [
        ("caption" if page.texts[i][1] in captions else "boilerplate", page.texts[i][1], page.texts[i][0])
        for i in sorted(missing)
    ]
    taken = _placed(page, [*page.furniture, *left_out], starts, parsed.text)
    records = sorted([*removed, *taken], key=lambda s: s.start)
    layers = {name: spans for name, spans in parsed.layers.items() if name != "removed"}
    return replace(parsed, layers=layers | ({"removed": records} if records else {}))


def _without_note_marks(parsed: Parsed) -> Parsed:
    """``parsed`` without the footnote marks of its text: a mark ("… другую [85].") whose note is not
    in the text (cut as foreign, "[85] See Debian Developer's Reference …", or lost on a page whose
    other notes are kept) and one whose note is, where DocBook's "мыши.[1]." sent the reader to the
    note at the page's end ("[1] Если …"), which becomes a ``footnote`` span (``mark``: its number,
    taken off its start as the PDF reader takes it). Each mark, with the spaces before it and the
    stop after it that repeats the one before it, goes to ``removed`` as ``footnote_mark`` (``why``:
    ``note_kept``, ``note_cut``, ``note_missing``; a note's number ``note_number``); a mark in code
    stays."""
    text = parsed.text
    kept = {match.group(1): match.start(1) - 1 for match in reversed(list(NOTE.finditer(text)))}
    gone = {
        match.group(1)
        for span in parsed.layers.get("removed", [])
        if span.label in CUT_LABELS and (match := NOTE.match(span.attrs.get("text", "")))
    }
    if not gone and not kept:
        return parsed
    code = [(s.start, s.end) for s in parsed.spans if s.label == "code"]
    notes = {match.start(1) - 1 for match in NOTE.finditer(text)}  # a note's own number
    marks, marked = [], set()
    for match in NOTE_MARK.finditer(text):
        number, at = match.group(1), match.start(1) - 1
        if at in notes or any(a <= at < b for a, b in code):
            continue
        why = "note_kept" if number in kept else "note_cut" if number in gone else "note_missing"
        marked.add(number)
        end = match.end() + _repeated_stop(text, match.start(), match.end())
        marks.append(Span(match.start(), end, "footnote_mark", None, {"text": f"[{number}]", "why": why}))
    footnotes = []
    for number in marked & kept.keys():
        at = kept[number]
        close = text.find("\n\n", at)
        footnotes.append(Span(at, close if close >= 0 else len(text), "footnote", None, {"mark": number}))
        attrs = {"text": f"[{number}]", "why": "note_number"}
        marks.append(Span(at, at + len(number) + 3, "footnote_mark", None, attrs))
    return cut_paragraphs(replace(parsed, spans=[*parsed.spans, *footnotes]), marks)


def _repeated_stop(text: str, start: int, end: int) -> int:
    """1 where a stop right after the mark at ``start``–``end`` of ``text`` repeats the one right
    before it ("мыши.[1]." reads "мыши."), else 0."""
    stop = text[end : end + 1]
    return int(bool(stop) and stop in ".,;:" and text[:start].endswith(stop))


# a page whose headings number its sections as a PDF's do ("3.2. Исправление ошибок …", "7.11 Что
# означают …"): this many numbered headings or more, so that the section is the unit of trimming
NUMBERED_SECTIONS = 2


def _mark_list_item(
    builder: TextBuilder, block: Block, start: int, end: int, entry: Span | None
) -> Span | None:
    """A ``list_item`` span in ``structure`` over each list entry: an ``<li>``'s first paragraph or a
    ``<dt>`` opens one (``part``: ``item`` or ``term``), the item's further paragraphs and a term's
    ``<dd>`` paragraphs extend the ``entry`` still open (over the code between them); any other text
    closes it (an admonition's label "Примечание" over its body is no list entry). The corpus then
    says what a lead-in ("Более подробно:") leads into after the cut took a list's first item: the
    rest of a list. An item's marker (``Block.marker``) rides in the span's attrs until the cuts are
    made (``with_item_markers``). Returns the entry open after ``block``."""
    listed = block.kind == "p" and not block.label
    if listed and (block.item == 1 or block.term):
        nested = {"depth": block.depth} if block.item == 1 and block.depth > 1 else {}
        marked = {MARKER: block.marker} if block.item == 1 and block.marker else {}
        return builder.span(
            start, end, "list_item", part="term" if block.term else "item", **nested, **marked
        )
    if listed and entry is not None and (block.item == 2 or block.definition):
        entry.end = end
        return entry
    return entry if _code_only(block) else None


def _code_only(block: Block) -> bool:
    """Whether ``block`` adds nothing but spaces and code to the text: a listing, or a paragraph
    whose every other character is inside its inline code."""
    if block.kind == "code":
        return True
    return all(
        char.isspace() or any(a <= at < b for a, b in block.code) for at, char in enumerate(block.text)
    )


def _numbered_sections(paragraphs: list[Paragraph]) -> bool:
    """Whether the page's headings number its sections (``NUMBERED_TITLE``, ``NUMBERED_SECTIONS`` of
    them): a manual or FAQ split into numbered pages, which the PDF build of the same text reads
    section by section. A section of it that opened on a cut lead-in and lost most of its prose goes
    whole as in the PDF build (``foreign_cut``'s ``whole_sections``). A page of unnumbered headings
    (a help page, a blog post) is not cut by section."""
    return (
        sum(bool(p.heading and NUMBERED_TITLE.match(p.text.strip())) for p in paragraphs) >= NUMBERED_SECTIONS
    )


# trafilatura's ``<head>`` with no ``rend`` (a ``<details>``' ``<summary>``) it writes out as an ``<h3>``
UNRANKED_HEADING_LEVEL = 3


def _headings(parsed: Parsed) -> list[tuple[tuple[int, int], int]]:
    """(start, end) and level of each heading in ``parsed``'s text (after the cut): ``<h1>``…``<h6>``,
    a bold or box title read as an ``<h6>``. A heading whose own text was cut stays over a lower
    level's sections that stay (``without_empty_sections``), as a Markdown page's does."""
    return sorted(
        ((s.start, s.end), s.attrs.get("level") or UNRANKED_HEADING_LEVEL)
        for s in parsed.spans
        if s.label == "heading" and s.end > s.start
    )
