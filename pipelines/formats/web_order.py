"""The page's own text, and the kept blocks put back in its order.

trafilatura returns blocks without their place; each is found in the page's text (``_page_text``) by
its search key, and the headings, figures and recalled blocks it dropped are put back before the
blocks they stood before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

from sloika.pipelines.formats.web_blocks import (
    BOILERPLATE_TAGS,
    HEADING_TAGS,
    Block,
    _heading_lines,
    _plain,
    _prose,
)
from sloika.pipelines.formats.web_figures import FIGURE_MARK, _figure_attrs


def _page_text(tree) -> tuple[str, list[tuple[int, Block]], list[tuple[int, Block]]]:
    """The page's text with whitespace collapsed, its ``<h1>``–``<h6>`` outside boilerplate as
    (offset in that text, heading), the page's title heading in its header too (``_header_title``),
    and its figures (``FIGURE_MARK``) as (offset, ``figure`` block)."""
    pieces, headings, figures = [], [], []
    title = _header_title(tree)
    for element, length, piece in _page_walk(tree):
        pieces += [piece] if piece else []
        if element is None:
            continue
        if element.get(FIGURE_MARK):
            figures.append((length, Block("figure", "", figure=_figure_attrs(element))))
        if element.tag in HEADING_TAGS:
            text = _heading_lines(element.text_content())
            if text and (
                element is title or not any(a.tag in BOILERPLATE_TAGS for a in element.iterancestors())
            ):
                headings.append((length, Block("head", text, int(element.tag[1]))))
    return " ".join(pieces), headings, figures


# A page's only ``<h1>`` is its title, also where the page sets it in its ``<header>`` (which
# trafilatura discards whole): a books page's "<header><h1>Книги и практические советы</h1></header>"
# over its ``<main>`` went to ``removed`` as ``boilerplate``, and the text opened on its first
# section, "Книга 1: …". A site's banner is no title: it links its name home or holds the site's menu,
# and its name or motto is the same over every page, so it shares no word with a page's ``<title>``
# ("Флористика - это исскуство." over a page titled "история"). A header holding no link and no
# ``<nav>`` whose ``<h1>`` shares a word (``TITLE_WORD`` letters or more) with the ``<title>`` is
# the page's title; one that says what the ``<title>`` says is, whatever else the header holds
# (acompleter's demo page: "<h1>acompleter</h1>" under "<title>Acompleter</title>"). Links are
# flattened and menus taken out before the page's text is walked, so the header is judged first and
# its title marked (``HEADER_TITLE``).
HEADER_TITLE = "data-sloika-header-title"
TITLE_WORD = 4


def _mark_header_title(tree) -> None:
    """Mark the page's only ``<h1>`` (``HEADER_TITLE``) where it stands in a ``<header>`` that holds
    no link and no ``<nav>`` and shares a word with the page's ``<title>``."""
    first = list(tree.iter("h1"))
    if len(first) != 1:
        return
    header = next((a for a in first[0].iterancestors() if a.tag == "header"), None)
    if header is None or next(header.iter("a", "nav"), None) is not None:
        return
    if _words_of(first[0].text_content()) & _words_of(" ".join(t.text_content() for t in tree.iter("title"))):
        first[0].set(HEADER_TITLE, "1")


def _words_of(text: str) -> set[str]:
    """The words of ``text`` of ``TITLE_WORD`` letters or more, case aside."""
    return {word for word in re.findall(r"[^\W\d_]+", text.casefold()) if len(word) >= TITLE_WORD}


def _header_title(tree):
    """The page's only ``<h1>`` where it stands in the page's ``<header>`` and is marked its title
    (``_mark_header_title``) or says what the ``<title>`` says: the page's title, not a site's
    furniture. None for a page without one."""
    titles = tree.findall(".//head/title")
    first = list(tree.iter("h1"))
    if len(first) != 1 or not any(a.tag == "header" for a in first[0].iterancestors()):
        return None
    said = _prose(_plain(first[0].text_content())).casefold()
    named = len(titles) == 1 and said == _prose(titles[0].text_content()).casefold()
    return first[0] if named or first[0].get(HEADER_TITLE) else None


# An element's tail follows everything the element holds. Measured right after the element's own
# text, the tail of a layout table (a link after ``</table>``, once inline markup is flattened) stood
# in the page's text before the table's last row; trafilatura's block of it, found nowhere after the
# blocks before it, was looked for from the page's start, found inside a cell's address of the same
# site, and ``_back_in_place`` moved it between the first cell's paragraphs. An item's words after
# the list it holds came before that list's items the same way.
def _page_walk(tree) -> Iterator[tuple[Any, int, str]]:
    """The page's body (scripts and styles aside) in document order: (element, length of the page's
    text before it, its text) where each element opens, and (None, length, its tail) where it
    closes, after everything it holds; each piece with whitespace collapsed ("" where it has none)."""
    import lxml.etree

    body = tree.find("body")
    length = 0
    for event, element in lxml.etree.iterwalk(tree if body is None else body, events=("start", "end")):
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        piece = _prose(_plain((element.text if event == "start" else element.tail) or ""))
        yield (element if event == "start" else None), length, piece
        length += len(piece) + 1 if piece else 0


def _page_elements(tree) -> Iterator[tuple[Any, int]]:
    """Each element of the page's body where it opens (``_page_walk``), with its offset in the page's text."""
    return ((element, at) for element, at, _ in _page_walk(tree) if element is not None)


def _search_key(block: Block) -> str:
    """What a block is looked for by in the page's text: its first 40 characters, of its first cell
    where it is a table row (the " | " between cells is not in the page)."""
    return _prose(block.text).split(" | ")[0][:40]


# A block is looked for by its first 40 characters, and a paragraph may open with the words of the
# title over it: an article's lead that opens with the place's name its ``<h1>`` opens with (the
# lead going on with an abbreviation in brackets, the title with a colon and a tagline) was found at
# the title, went above it, and the title, its place taken, was counted as kept. Where the block's
# whole text (a row's first cell) stands in the page, that is where it starts.
def _offset(page: str, block: Block, cursor: int = 0) -> int:
    """Where the block starts in the page's text from ``cursor`` on: where its whole text stands
    there, else where its first 40 characters do; -1 where it is not found."""
    text = _prose(block.text).split(" | ")[0]
    at = page.find(_search_key(block), cursor)
    whole = page.find(text, at) if at >= 0 and len(text) > 40 else -1
    return whole if whole >= 0 else at


# Blocks are looked for by their first 40 characters, which two blocks of a page may share: the
# Logisim guide's export and print dialogs are two lists whose first items both open "Схемы: Список,
# где вы можете выбрать одну или несколько схем", and two paragraphs open "После нажатия OK Logisim
# покажет диалоговое окно". Each found from the page's start, the print list's first item took the
# export one's place and went above the export section's closing paragraph, and the print section's
# closing paragraph took the export one's offset. Blocks come from trafilatura in page order, so each
# is looked for after the one before it, and from the page's start only where it is not found there.
def _offsets(page: str, blocks: list[Block], headings: list[tuple[int, Block]] | None = None) -> list[int]:
    """Each block's offset in the page's text (``_offset``; a heading's at the first of the page's
    ``headings`` of its text, ``_heading_at``), looked for after the previous found block's start,
    from the page's start where it is not found after it; -1 where not found at all."""
    offsets, cursor = [], 0
    for block in blocks:
        at = _heading_at(headings or [], block, cursor)
        at = at if at >= 0 else _offset(page, block, cursor)
        at = at if at >= 0 else _offset(page, block)
        offsets.append(at)
        cursor = at + 1 if at >= cursor else cursor
    return offsets


# trafilatura may give a block of the page after blocks that stand below it: an epigraph in a
# ``<div>`` above the page's content block came last in the text, after the content's closing
# label. A block found nowhere after the block before it, but before it in the page's text, goes
# back to its place: before the first block found after it there.
def _back_in_place(page: str, blocks: list[Block]) -> list[Block]:
    """``blocks`` with each one that stands in the page before the block given before it (and not
    after it) moved up to its place in the page's order."""
    placed: list[tuple[int, Block]] = []
    before = -1  # the furthest offset placed so far
    for at, block in zip(_offsets(page, blocks), blocks, strict=True):
        if 0 <= at < before and _offset(page, block, before) < 0:
            index = next(i for i, (spot, _) in enumerate(placed) if spot > at)
            placed.insert(index, (at, block))
        else:
            before = max(at, before)
            placed.append((before, block))
    return [block for _, block in placed]


def _section(headings: list[tuple[int, Block]], offset: int) -> int:
    """The index of the heading the page's text at ``offset`` is under, -1 before the first."""
    return bisect.bisect_right([at for at, _ in headings], offset) - 1


def _first_kept(page: str, headings: list[tuple[int, Block]], blocks: list[Block]) -> dict[int, int]:
    """Each section's first body block's offset where trafilatura's precise extraction kept one."""
    first: dict[int, int] = {}
    for at, block in zip(_offsets(page, blocks), blocks, strict=True):
        if block.kind != "head" and at >= 0:
            section = _section(headings, at)
            first[section] = min(first.get(section, at), at)
    return first


# trafilatura's precise extraction takes one frame for the main text and leaves the rest out as
# boilerplate; on a DocBook page of sections (aptitude's "Руководство по файлу настроек") it took the
# biggest one, a segmented list of options, and the bodies of "Формат файла настроек" and
# "Размещение файлов настройки" were lost with no trace. Where a heading of the page's own has no
# body block kept, the page is read again for recall, and what it adds to a section before the first
# block kept there (a bare section's body, a section's lead into the kept frame) is put in; inside a
# kept frame the precise extraction's choice stands (it leaves out image labels, link-only lines).
# On a short page the recall pass may fall back to the whole body's text as one paragraph
# (trafilatura's baseline rescue: FireNotes' help page of an ``<h1>``, two ``<section>``s of an
# ``<h2>`` and a ``<p>``): that block holds the kept paragraphs and the headings, and went in before
# them, so the page read run together and then again; a recall block that runs over a kept block
# is its container, not a lead, and stays out.
def _filled(
    page: str, headings: list[tuple[int, Block]], blocks: list[Block], more: list[Block]
) -> list[Block]:
    """The precise blocks with the recall ones that lead their section's kept ones, in page order."""
    first = _first_kept(page, headings, blocks)
    starts = sorted(at for at in _offsets(page, blocks) if at >= 0)
    titles = {heading.text for _, heading in headings}  # recall takes a heading for a paragraph
    kept = {_prose(block.text) for block in blocks}
    added = [
        (at, block)
        for at, block in zip(_offsets(page, more), more, strict=True)
        if block.kind != "head"
        and at >= 0
        and at < first.get(_section(headings, at), len(page))
        and _prose(block.text) not in titles | kept
        and not _runs_over(starts, at, len(_prose(block.text).replace(" | ", " ")))  # a row's cells
    ]
    return _in_page_order(page, blocks, added)


def _runs_over(starts: list[int], at: int, length: int) -> bool:
    """Whether a block at ``at`` in the page's text, ``length`` long, holds the start of a kept
    block (``starts``, sorted): it is that block's container."""
    inside = bisect.bisect_right(starts, at)
    return inside < len(starts) and starts[inside] < at + length


def _in_page_order(page: str, blocks: list[Block], added: list[tuple[int, Block]]) -> list[Block]:
    """``blocks`` with the ``added`` ones (offset in the page's text, block; in page order) put in,
    each before the first block found after it in the page."""
    result, found = [], zip(_offsets(page, blocks), blocks, strict=True)
    pending = next(found, None)
    for at, block in added:  # each added block before the first kept one found after it
        while pending is not None and pending[0] <= at:  # -1: not found, it follows the one before
            result.append(pending[1])
            pending = next(found, None)
        result.append(block)
    if pending is not None:
        result.append(pending[1])
    result.extend(block for _, block in found)
    return result


def _with_headings(
    page: str, headings: list[tuple[int, Block]], blocks: list[Block], pictures: tuple[list[int], list[int]]
) -> list[Block]:
    """The blocks with the page's ``<h1>``–``<h6>`` trafilatura dropped put back, each before the
    first kept block after it in the page. A page without an ``<article>``/``<main>``-like frame
    (DocBook's ``<div class="section">``) is read by trafilatura's recovery of wild paragraphs, which
    never takes headings ("13.2. Как помочь проекту Debian своими ресурсами?" was lost). A heading
    with no kept block after it stays out, but for those the last kept block introduces
    (``_introduced_headings``), and so does one that titles pictures alone (``_over_something``;
    ``pictures``: the offsets of the page's images that are no figure, and of its figures)."""
    result, cursor, waiting, end = [], 0, 0, -1
    for block in blocks:
        text = _prose(block.text)
        found = _heading_at(headings[waiting:], block, cursor)
        found = found if found >= 0 else _offset(page, block, cursor)
        if found < 0:
            result.append(block)
            end = -1
            continue
        end = found + len(text) if block.kind == "p" and not block.item and text.endswith(":") else -1
        run = []
        while waiting < len(headings) and headings[waiting][0] < found:
            run.append(headings[waiting])
            waiting += 1
        result += _over_something(run, block, found, pictures)
        cursor = found + len(_search_key(block))
        while waiting < len(headings) and (  # kept by trafilatura, or inside this block's text
            headings[waiting][0] < cursor
            or headings[waiting][0] < found + len(text)
            and headings[waiting][1].text in text
        ):
            waiting += 1
        result.append(block)
    return result + _introduced_headings(page, headings[waiting:], end)


# A heading names the section under it, up to the next heading of its rank or higher. A student's page
# opened on a gallery, "<h3>Галерея</h3>" over four images without captions, then its "<h2>" and prose:
# both headings went back before the first paragraph, and the text opened "Галерея" / "Лабрадорское
# море (Labrador Sea)", the gallery's title over nothing of the text. Of the headings put back together
# before a kept block (nothing kept between them), one whose section closes there (a later heading of a
# higher rank follows it, or the kept block is one) and holds pictures the text does not show (an
# ``<img>`` that is no figure) and no figure titles those pictures alone: it stays out, as one with
# nothing after it does. A heading over a figure heads it; one over nothing at all may say a fact of
# its own ("<h3>Цена билета: 300₽</h3>" closing a card), and one of the same rank after it may follow a
# title set as a section (Pandoc's "<h1 class="title">" over its first "<h1>"): both stay.
def _over_something(
    run: list[tuple[int, Block]], block: Block, found: int, pictures: tuple[list[int], list[int]]
) -> list[Block]:
    """The headings of ``run`` (offset in the page's text, heading; put back together before
    ``block``, found at ``found``) but those that title pictures alone: a heading of a higher level
    follows them in the run, or ``block`` is one, and between them stand an image and no figure
    (``pictures``: the offsets of the page's images that are no figure, and of its figures)."""
    images, figures = pictures
    closers = [*run, *([(found, block)] if block.kind == "head" else [])]
    kept = []
    for index, (at, heading) in enumerate(run):
        ranks = (later_at for later_at, later in closers[index + 1 :] if (later.level or 7) < heading.level)
        close = next(ranks, None)
        if close is None or not _between(images, at, close) or _between(figures, at, close):
            kept.append(heading)
    return kept


def _between(offsets: list[int], start: int, end: int) -> bool:
    """Whether one of ``offsets`` (where an element opens in the page's text) lies after ``start``
    and up to ``end``: a picture holds no text, so one right before a heading opens where it does."""
    return any(start < spot <= end for spot in offsets)


# A kept heading is looked for among the page's headings, not by its text alone: a side menu's link to
# the page itself ("Описание" over the page's own ``<h1>`` "Описание") holds the same words earlier in
# the page's text. Found there, the heading took the link's place, its ``<h1>`` was left waiting, went
# in again before the first paragraph, and the text opened with the title twice ("Описание" /
# "Описание") while the menu's other links went to ``removed``.
def _heading_at(headings: list[tuple[int, Block]], block: Block, cursor: int) -> int:
    """Where the first of ``headings`` (not yet placed, in page order) at ``cursor`` or after with
    ``block``'s text stands in the page's text; -1 where ``block`` is no heading or none has it."""
    text = _prose(block.text)
    found = (at for at, heading in headings if at >= cursor and heading.text == text)
    return next(found, -1) if block.kind == "head" else -1


# A label ending in ":" over a column of headings that are links ("главные темы:" over an ``<h3>``
# per theme, each its page's title) introduces them as a lead-in does its list: where nothing was
# kept after them (a picture's captions beside them, the footer), they went to ``removed`` as
# ``boilerplate`` and the label was left over nothing.
def _introduced_headings(page: str, headings: list[tuple[int, Block]], end: int) -> list[Block]:
    """The headings of ``headings`` (after the last kept block) that follow one another in the page's
    text right from ``end``, where the last kept block, a paragraph ending in ":", ends (-1: none)."""
    found = []
    for at, heading in headings if end >= 0 else ():
        if at < end or page[end:at].strip():
            break
        found.append(heading)
        end = at + len(heading.text)
    return found


def _with_figures(page: str, figures: list[tuple[int, Block]], blocks: list[Block]) -> list[Block]:
    """The blocks with the page's figures put in, each before the first kept block found after it in
    the page's text, or after the last one. A figure before the first kept block (a logo, a banner over
    the text) stays out."""
    result, cursor, waiting = [], 0, 0
    for block in blocks:
        found = _offset(page, block, cursor)
        if found < 0:
            result.append(block)
            continue
        while waiting < len(figures) and figures[waiting][0] <= found:
            if result:
                result.append(figures[waiting][1])
            waiting += 1
        cursor = found + len(_search_key(block))
        result.append(block)
    return result + ([figure for _, figure in figures[waiting:]] if result else [])
