"""pdfminer's text-box grouping read in the same order on every run (pipelines/formats/pdf_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import form_pdf  # noqa: E402
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


def _ticks(rows: int, columns: int) -> bytes:
    """A plot's tick labels as a form draws them: digits in Helvetica 10 pt (boxes 5.56 by 10 pt)
    three widths apart across and three heights down, so a pair across and a pair down lie at the
    same distance (pdfminer's: 111.2 pt², the area between them), numbered in reading order."""
    return b" ".join(
        b"BT /F1 10 Tf %.2f %d Td (%d) Tj ET"
        % (100 + 16.68 * column, 500 - 30 * row, 1 + row * columns + column)
        for row in range(rows)
        for column in range(columns)
    )


def test_a_forms_text_boxes_group_the_same_whatever_their_addresses():
    """A figure (a Form XObject, read with ``all_texts``) breaks ties as a page does, by creation
    order: pdfminer's own ``LTFigure`` went by ``id()``, and gsubfn.pdf's plot listed its 92 tick
    labels in ``removed`` in an order that hung on what the process had parsed before."""
    from pdfminer.layout import LTFigure

    from sloika.pipelines.formats.pdf_pages import extract_pages

    (page,) = extract_pages(form_pdf(b"", _ticks(2, 3)), LAParams(all_texts=True))
    (figure,) = [item for item in page if isinstance(item, LTFigure)]
    rising = figure.group_textboxes(LAParams(), _grid(ids_ascending=True))
    falling = figure.group_textboxes(LAParams(), _grid(ids_ascending=False))
    assert _tree(rising[0]) == _tree(falling[0])


def test_a_plots_tick_labels_are_removed_in_one_order_whatever_was_parsed_before():
    """Parsing a plot's PDF, another PDF, then the plot's again gives the same ``removed`` records
    in the same order: the pdfminer order of its figure's boxes, ties broken by creation order (a
    build's output may not hang on what its worker read before)."""
    from sloika.pipelines.formats.pdf import parse_pdf

    prose = (
        b"BT /F1 11 Tf 72 700 Td (The readings were taken every morning at the station by the river.) Tj ET"
    )

    def removed(data: bytes) -> list[tuple[str, str, str]]:
        (parsed,) = parse_pdf(data)
        return [(span.label, span.attrs["why"], span.attrs["text"]) for span in parsed.layers["removed"]]

    first = removed(form_pdf(prose, _ticks(3, 3)))
    removed(form_pdf(prose, _ticks(4, 5)))
    assert removed(form_pdf(prose, _ticks(3, 3))) == first
    # pdfminer's merge order, equal distances taken in the order the boxes were made: the first two
    # columns pair up row by row, the third joins them last
    assert [text for _, _, text in first] == ["1", "2", "4", "5", "7", "8", "3", "6", "9"]
