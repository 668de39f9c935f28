"""pdfminer's text-box grouping read in the same order on every run (pipelines/formats/pdf_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdfminer.layout import LAParams, LTTextBoxHorizontal, LTTextGroup  # noqa: E402

from sloika.pipelines.formats.pdf_pages import OrderedPage  # noqa: E402


def _tree(node) -> tuple | int:
    return tuple(_tree(child) for child in node) if isinstance(node, LTTextGroup) else node.label


def _grid(ids_ascending: bool, rows: int = 3, columns: int = 3) -> list[LTTextBoxHorizontal]:
    """Equal boxes 50 x 10 pt in rows and columns 10 pt apart, numbered in reading order: every
    neighbour is at the same distance. The boxes' addresses rise along the list, or fall."""
    boxes = [LTTextBoxHorizontal() for _ in range(rows * columns)]
    boxes.sort(key=id, reverse=not ids_ascending)
    for number, box in enumerate(boxes):
        row, column = divmod(number, columns)
        box.set_bbox((100 + 60 * column, 700 - 20 * row, 150 + 60 * column, 710 - 20 * row))
        box.label = number
    return boxes


def test_equal_distances_group_the_same_whatever_the_boxes_addresses():
    # pdfminer's own LTPage groups these two lists differently ((0, 1) first, or (4, 5) first: ties
    # go by id()), which is how churchslavonic-ru.pdf's contents page changed from run to run
    page = OrderedPage(1, (0, 0, 600, 800))
    rising = page.group_textboxes(LAParams(), _grid(ids_ascending=True))
    falling = page.group_textboxes(LAParams(), _grid(ids_ascending=False))
    assert _tree(rising[0]) == _tree(falling[0])
    for (group,) in (rising, falling):
        group.analyze(LAParams())
        assert [box.label for box in _leaves(group)] == list(range(9))  # row by row, left to right


def _leaves(node) -> list:
    return [leaf for child in node for leaf in _leaves(child)] if isinstance(node, LTTextGroup) else [node]
