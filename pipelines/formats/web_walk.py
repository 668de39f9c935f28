"""trafilatura's XML read back as sloika's blocks.

Paragraphs, headings, code (verbatim, or as the ``<pre>`` drew it), table rows as cells joined by
" | ", list items with their cells; the marks sloika wrote into the page are read back here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from sloika.pipelines.formats.web_blocks import (
    BLOCK_TAGS,
    LINE_MARK,
    PARAGRAPH_MARK,
    REPEAT_MARK,
    ROW_MARK,
    Block,
    _lines,
    _prose,
    _without_marks,
)

BLANK_LINES_AT_START = re.compile(r"\A(?:[ \t]*\n)+")


def _screens(tree, marked: bool) -> dict[str, str]:
    """Each ``<pre>``'s text as drawn, by its text with whitespace collapsed."""
    screens = {}
    for pre in tree.iter("pre"):
        drawn = pre.text_content().replace(REPEAT_MARK, "") if marked else pre.text_content()
        if drawn.strip():
            screens.setdefault(_prose(drawn), _code_text(drawn))
    return screens


def _code_text(text: str) -> str:
    """A code block's text from its first line with a mark (its indent kept) to its last mark: the
    blank lines around it and the indent of the closing tag's line are the page's layout, no code
    (a sample indented in the HTML source, "});" over "                    </code></pre>")."""
    return BLANK_LINES_AT_START.sub("", text).rstrip()


def _as_drawn(block: Block, screens: dict[str, str]) -> Block:
    """A ``<pre>`` trafilatura returned as a paragraph or quote, its whitespace collapsed (a page
    that is only a ``<pre class="screen">``: aptitude's terminal drawings), as a code block again."""
    unmarked = _prose(_without_marks(block.text))  # a <dd>'s screen
    drawn = screens.get(unmarked) if block.kind == "p" else None
    return Block("code", drawn) if drawn is not None else block


def _walk(element) -> Iterator[Block]:
    """Blocks of trafilatura's XML: ``code`` verbatim, table rows as cells joined by " | ", every
    other element's text with its whitespace collapsed (wrapping in the source is not a line)."""
    for child in element:
        yield from _blocks_of(child)
        if child.tail and child.tail.strip():
            yield Block("p", _prose(child.tail))


def _blocks_of(child) -> Iterator[Block]:
    """The blocks of one element of trafilatura's XML, its tail aside (``_walk``)."""
    if child.tag == "code":
        yield Block("code", _code_text("".join(child.itertext())))
    elif child.tag == "row" and _layout_row(child):
        for cell in child:
            if (cell.text or "").strip():
                yield Block("p", _prose(cell.text))
            yield from _walk(cell)
    elif child.tag == "row":
        yield Block("p", _joined_cells([_cell_prose(" ".join(cell.itertext())) for cell in child]))
    elif child.tag == "item" and child.find("td") is not None:
        yield from _item_with_cells(child)
    elif any(grandchild.tag in BLOCK_TAGS for grandchild in child):
        yield from _with_blocks(child)
    else:
        level = child.get("rend", "")[1:] if child.tag == "head" else ""
        kind = "head" if child.tag == "head" else "p"
        level = int(level) if level.isdigit() else None
        yield Block(kind, _prose("".join(child.itertext())), level, item=int(child.tag == "item"))


def _with_blocks(element) -> Iterator[Block]:
    """An element holding blocks: its own text, then its blocks. In a list item, the text opens the
    item and a paragraph or table row inside it goes on in it (``Block.item``), so that the recall
    pass's item with a table (``_with_lost_items``) is put in whole, not left out as boilerplate."""
    item = element.tag == "item"
    yield Block("p", _prose(element.text or ""), item=int(item))
    for block in _walk(element):
        yield _inside_item(block) if item else block


def _inside_item(block: Block) -> Block:
    """A paragraph found inside a list item as one that goes on in it (``Block.item`` 2)."""
    return replace(block, item=2) if block.kind == "p" and not block.item else block


def _item_with_cells(item) -> Iterator[Block]:
    """A list item trafilatura gave as its text and a table's bare cells (``<td>``, ``<th>``): the
    text as the item, then each row (cells up to one ending in ``ROW_MARK``) joined by " | " inside
    the item, then any text after the table. Its other blocks (a DocBook ``<dd>``'s term and paragraphs around
    the table: konsole's "Правка → Отправить сигнал" over "Сигналы, доступные на данный момент:")
    stay in their places inside the item."""
    yield Block("p", _prose(item.text or ""), item=1)
    row: list[str] = []
    after = []
    for cell in item:
        if cell.tag in ("td", "th"):  # a header row's cells too
            text = " ".join(cell.itertext())
            row.append(_cell_prose(text))
            if ROW_MARK in text:
                yield from _row(row)
                row = []
        else:
            yield from _row(row)
            row = []
            yield from (_inside_item(block) for block in _blocks_of(cell))
        after.append(cell.tail or "")
    yield from _row(row)
    if _prose(" ".join(after)):
        yield Block("p", _prose(" ".join(after)), item=2)


def _cell_prose(text: str) -> str:
    """A table cell's text without its marks, its lines (``LINE_MARK``) joined by a space: a row is
    one line of cells."""
    return _prose(text.replace(ROW_MARK, "").replace(LINE_MARK, " "))


def _row(cells: list[str]) -> Iterator[Block]:
    """A table row's cells joined by " | ", inside a list item; nothing when all are empty."""
    if any(cells):
        yield Block("p", _joined_cells(cells), item=2)


def _joined_cells(cells: list[str]) -> str:
    """A row's cells joined by " | ", an empty one between two with text kept as an empty place
    ("graph_vertex | | вершина графа"): dropped, the cells after it stood a column to the left, under
    the header of the one it left empty. So do empty cells at the start of a row of two filled
    cells or more (a table's empty top-left corner: "| Понедельник | Вторник" over "Утро | Лекция |
    Семинар"); one text beside empty cells (a DocBook note beside its icon's cell) is that text
    alone. Empty cells at a row's end are left out."""
    filled = [index for index, cell in enumerate(cells) if cell]
    if not filled:
        return ""
    return _prose(" | ".join(cells[filled[0] if len(filled) == 1 else 0 : filled[-1] + 1]))


# A table laid out for its columns, not its rows (the Apache manual's index: a ``<td>`` of ``<div>``s,
# each an ``<h2>`` over a ``<ul>``) was joined cell by cell into one paragraph of 1.3 K characters,
# its headings no ``heading`` spans and its items no lines. A data table's cell holds no heading and
# no list; a row with one in a cell is layout, and its cells are read as the blocks they hold.
LAYOUT_IN_CELL = ("head", "list")


def _layout_row(row) -> bool:
    """Whether a table row of trafilatura's XML holds a heading or a list in a cell (layout)."""
    return any(True for cell in row for _ in cell.iter(*LAYOUT_IN_CELL))


def _paragraphs(block: Block) -> list[Block]:
    """A paragraph with blank lines (``PARAGRAPH_MARK``) as several, its kept line breaks
    (``LINE_MARK``) as "\n"; a heading's breaks, blank or not, as "\n"; elsewhere the marks are a space."""
    if PARAGRAPH_MARK not in block.text and LINE_MARK not in block.text:
        return [block]
    if block.kind == "code":
        return [Block("code", block.text.replace(PARAGRAPH_MARK, "\n").replace(LINE_MARK, "\n"))]
    if block.kind == "head":  # its lines as the page shows them: a title over its subtitle
        return [replace(block, text=_lines(block.text.replace(PARAGRAPH_MARK, LINE_MARK)))]
    if block.kind != "p":
        spaced = block.text.replace(PARAGRAPH_MARK, " ").replace(LINE_MARK, " ")
        return [Block(block.kind, _prose(spaced), block.level)]
    if PARAGRAPH_MARK not in block.text:
        return [replace(block, text=_lines(block.text))]
    return [Block("p", _lines(piece)) for piece in block.text.split(PARAGRAPH_MARK) if piece.strip()]
