"""A grid of cells read whole: the labels trafilatura's precise pass drops from a grid it keeps.

A page lays a small matrix out as a CSS grid of ``<div>`` cells, its axis labels cells like the
others ("Low Effort | High Effort" over "High Impact" / "Low Impact" and four quadrants, a system
analyst's cheat sheet). trafilatura's precise extraction discards an element classed as page chrome
(``matrix-header``: "header"), so it kept the quadrants and dropped the labels; the recall pass put
back those before the section's first kept block (``_filled``), and "Low Impact", after a kept
quadrant, went to ``removed`` as ``boilerplate``: the low-impact quadrants read as high-impact ones
(on a short page the recall pass gives the whole body as one block, and all four were lost). A grid
whose cells the precise pass kept is the page's content, and its other cells are too: each cell
with text it lacks goes in at its place, read off the page as a list item's line is (``_listed``).
"""

from __future__ import annotations

from typing import Any

from sloika.pipelines.formats.web_blocks import (
    INLINE_TAGS,
    LINE_MARK,
    PARAGRAPH_MARK,
    REPEAT_MARK,
    Block,
    _lines,
    _prose,
    _unmarked,
)
from sloika.pipelines.formats.web_order import _in_page_order, _offsets, _page_elements

GRID_MIN_CELLS = 4  # a grid's children at least (a 2×2 matrix); fewer are a box's parts
CELL_CHILDREN = frozenset(INLINE_TAGS) | {"br"}  # a cell holds a line of text, no block of its own


def grid_cells(tree) -> list[list[tuple[int, Any]]]:
    """Each grid's cells that hold text, with their offsets in the page's text (``_page_elements``):
    a ``<div>`` of ``GRID_MIN_CELLS`` or more children, all ``<div>``s holding text and inline
    markup alone."""
    found = []
    for element in tree.iter("div"):
        cells = [child for child in element if isinstance(child.tag, str)]
        if len(cells) >= GRID_MIN_CELLS and all(_is_cell(cell) for cell in cells):
            found.append([cell for cell in cells if _prose(cell.text_content())])
    if not found:  # most pages hold no grid: the page's offsets are not walked for them
        return []
    offsets = dict(_page_elements(tree))
    return [[(offsets[cell], cell) for cell in cells] for cells in found]


def _is_cell(element) -> bool:
    """Whether ``element`` is a ``<div>`` holding text and inline markup alone."""
    return element.tag == "div" and all(
        child.tag in CELL_CHILDREN for child in element.iterdescendants() if isinstance(child.tag, str)
    )


def with_grid_cells(page: str, blocks: list[Block], grids: list[list[tuple[int, Any]]]) -> list[Block]:
    """``blocks`` with the cells they lack of each grid they keep a cell of, each at its place."""
    offsets = set(_offsets(page, blocks))
    kept = {_prose(block.text) for block in blocks}
    added = [
        (at, block)
        for cells in grids
        if offsets & {at for at, _ in cells}
        for at, block in ((at, _cell_block(cell)) for at, cell in cells)
        if at not in offsets and _prose(block.text) not in kept
    ]
    return _in_page_order(page, blocks, sorted(added, key=lambda pair: pair[0])) if added else blocks


def _cell_block(cell) -> Block:
    """A grid's cell as the paragraph trafilatura would give of it, its ``<br>`` lines as "\\n"."""
    text = cell.text_content().replace(REPEAT_MARK, "").replace(PARAGRAPH_MARK, LINE_MARK)
    return _unmarked(Block("p", _lines(text)))
