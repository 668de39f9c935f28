"""Layout tables of an HTML page rewritten as what they hold, before trafilatura reads it.

A table of bullet cells is a list, a one-column table is its cells, and so is a table setting code
samples beside their notes; a table of labels ("5.1.", "В:") beside blocks (DocBook's question set)
is those blocks, each opening with its label; a table inside a list item keeps its rows
(``ROW_MARK``); trafilatura otherwise reads each cell as a paragraph of its own or drops the rows.
The table helpers (rows, cells) the Doxygen rules and the navigation bars use live here too.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.web_blocks import HEADING_TAGS, ROW_MARK, _prose
from sloika.pipelines.formats.web_figures import ICON_PIXELS, _pixels
from sloika.pipelines.formats.web_paragraphs import SENTENCE_END
from sloika.pipelines.formats.web_removed import _taken

# Hand-written help pages (Sweet Home 3D's) lay their text out with tables. A list set as a table, a
# row per item, a bullet ("•", or a small image) in the first cell and the item's text in the second,
# read "• | Если каталог не содержит нужной мебели…": it is a ``<ul>`` (a step number, "1.", in
# the first cell stays before its step's text; Apple Help's template writes each step as a table of
# one such row, numbered or bulleted). Empty cells after the text (an unclosed ``<td>``) are no
# column. A table of one cell per row holds blocks, not data (the page's main cell of paragraphs and
# centred figures; a figure over its caption): trafilatura read the main cell as one paragraph and
# took its inner figure tables out and after it, so the captions moved; its cells are read as the
# ``<div>``s they are, in place.
BULLETS = frozenset("•·●○◦▪■□▸►–-*\x95")
STEP_NUMBER = re.compile(r"\d{1,2}[.)]")


def _bullet_tables_as_lists(tree) -> None:
    """Each table whose every row is a bullet cell and a cell of text made a ``<ul>`` of those texts."""
    import lxml.html

    for table in list(tree.iter("table")):
        rows = [_without_empty_tail(cells) for cells in _table_rows(table)]
        if not rows or not all(len(cells) == 2 and _item_mark(cells[0]) is not None for cells in rows):
            continue
        if not all(cells[1].text_content().strip() for cells in rows):
            continue
        listing = lxml.html.Element("ul")
        for mark, cell in rows:
            _label_text(cell, _item_mark(mark) or "")
            item = lxml.html.Element("li")
            item.text = cell.text
            item.extend(list(cell))
            listing.append(item)
        _replace_with(table, [listing])


# DocBook XSL prints a ``qandaset`` (a KDE handbook's FAQ, Boost's) as a table of two columns: a
# question's row has its number ("5.1.", or a label, "В:") in a narrow cell beside the question, an
# answer's row an empty cell (or "О:") beside the answer's paragraphs and lists. Read as a table, the
# question came out "5.1. | Когда я запускаю…" and the answer's ``<p>``s ran into one paragraph.
# Such a table is labelled blocks: each second cell is read as the ``<div>`` it is, its label before
# its text.
LABEL = re.compile(r"(?:\d{1,3}\.)+|\d{1,2}\)|\w{1,2}:")


def _labelled_tables_as_divs(tree) -> None:
    """Each table of two cells a row, the first empty or a label alone (``LABEL``) and one label at
    least, the second holding text, replaced by its second cells as ``<div>``s, each opening with its
    row's label."""
    for table in list(tree.iter("table")):
        rows = _table_rows(table)
        if not rows or not all(len(cells) == 2 and cells[1].text_content().strip() for cells in rows):
            continue
        labels = [_label(first) for first, _ in rows]
        if None in labels or not any(labels):
            continue
        for (_, cell), label in zip(rows, labels, strict=True):
            _label_text(cell, label)
            cell.tag = "div"
            cell.attrib.clear()
        _replace_with(table, [cell for _, cell in rows])


def _label(cell) -> str | None:
    """What a labelled table's first cell holds: its label (``LABEL``), "" where it is empty, None
    for anything else (a word, a picture)."""
    text = cell.text_content().strip()
    if not text:
        return "" if cell.find(".//img") is None else None
    return text if LABEL.fullmatch(text) else None


def _label_text(cell, label: str) -> None:
    """``label`` put before the first text in ``cell`` (none where it is ""), in reading order: an
    element's own text, or the text after an empty one (a question after its anchors,
    ``<a name="…"></a>Где…``)."""
    import lxml.etree

    for event, part in lxml.etree.iterwalk(cell, events=("start", "end")):
        where = "text" if event == "start" else "tail"
        text = getattr(part, where) or ""
        if label and text.strip() and (part is not cell or where == "text"):
            setattr(part, where, f"{label} {text.lstrip()}")
            return


def _one_column_tables_as_divs(tree) -> None:
    """Each table of one ``<td>`` per row (no header cell) replaced by its cells as ``<div>``s, or
    as the items of a ``<ul>`` styled with no marker where every cell is a line of inline text
    (``_is_line_cell``)."""
    import lxml.html

    for table in list(tree.iter("table")):
        rows = _table_rows(table)
        if not rows or not all(len(cells) == 1 and cells[0].tag == "td" for cells in rows):
            continue
        items = all(_is_line_cell(cell) for (cell,) in rows)
        for (cell,) in rows:
            cell.tag = "li" if items else "div"
            cell.attrib.clear()
        if items:  # lines, not bullets, as the page shows them (``web_list_labels``: no marker)
            listing = lxml.html.Element("ul", style="list-style: none")
            listing.extend([cell for (cell,) in rows])
            _replace_with(table, [listing])
        else:
            _replace_with(table, [cell for (cell,) in rows])


def _code_tables_as_divs(tree) -> None:
    """Each table with a ``<pre>`` in a cell of a row of two cells or more replaced by its cells, row
    by row, as ``<div>``s: a demo page lays out its notes beside their samples (acompleter's
    "Совсем без стилей список выглядит ужасно…" | "CSS:" over a ``<pre>`` of rules), a layout, not
    data; read as a table, each row was one paragraph "note | code" with the code's lines run
    together. As blocks, each note is a paragraph and the sample under it a ``code`` block with its
    lines."""
    for table in list(tree.iter("table")):
        rows = _table_rows(table)
        if not any(
            len(cells) > 1 and any(cell.find(".//pre") is not None for cell in cells) for cells in rows
        ):
            continue
        for cells in rows:
            for cell in cells:
                cell.tag = "div"
                cell.attrib.clear()
        _replace_with(table, [cell for cells in rows for cell in cells])


# A page laid out as a table of columns (a hand-written site's menu column, article column and a
# right-hand column of two animated GIFs around a label "Луна", ``<p class="sist">``) had the side
# column's label kept as the text's last line, after the article's conclusion. A cell of a layout row
# (another cell of the row holds the page's headings and sentences, ``_article_cell``, as a data
# table's cells and an admonition's body do not) that holds images and a label of at most
# ``DECORATION_MAX_WORDS`` words besides (no sentence, no heading) is the page's decoration beside the
# article, not its text: ``boilerplate``. A cell of running text beside the article (a side note)
# stays; a cell of images alone leaves no text and is the image rules' (``_taken_images``).
DECORATION_MAX_WORDS = 3


def _decorative_cells(tree) -> list[tuple[str, str, str]]:
    """The cells of images and a label beside a page's article column out of the page; each one's
    (``boilerplate``, text, key of its place: ``_take_out``)."""
    cells = [
        cell
        for row in tree.iter("tr")
        if any(_article_cell(cell) for cell in _row_cells(row))
        for cell in _row_cells(row)
        if _decoration(cell)
    ]
    return _taken(tree, cells, "boilerplate")


def _article_cell(cell) -> bool:
    """Whether a table cell holds a page's article: headings and sentences."""
    return _holds_heading(cell) and bool(SENTENCE_END.search(cell.text_content()))


def _decoration(cell) -> bool:
    """Whether a table cell holds images and a label of at most ``DECORATION_MAX_WORDS`` words, no
    sentence and no heading."""
    words = len(_prose(cell.text_content()).split())
    labelled = 0 < words <= DECORATION_MAX_WORDS and not SENTENCE_END.search(cell.text_content())
    return labelled and cell.find(".//img") is not None and not _holds_heading(cell)


def _holds_heading(cell) -> bool:
    """Whether a table cell holds a heading (``<h1>``–``<h6>``) anywhere inside it."""
    return any(isinstance(part.tag, str) and part.tag in HEADING_TAGS for part in cell.iterdescendants())


# what a cell holding more than a line of text has inside: a block of its own or a figure
CELL_BLOCKS = frozenset(
    {"p", "div", "table", "ul", "ol", "dl", "pre", "blockquote", "img", "br", "h1", "h2", "h3"}
)


def _is_line_cell(cell) -> bool:
    """Whether a one-column table's cell is one line of inline text (a program's name, a term): a
    DocBook ``simplelist`` is such a table, and read as ``<div>``s its one-word lines
    ("KMail", "KNotes", "Akregator" under "Функция доступна для следующих программ:") were left
    out by trafilatura as boilerplate; as list items they are kept."""
    return bool(cell.text_content().strip()) and not any(
        isinstance(part.tag, str) and part.tag in CELL_BLOCKS for part in cell.iterdescendants()
    )


def _table_rows(table) -> list[list]:
    """The cells of each row of ``table`` (not of a table inside it); none where it has a caption."""
    if table.find("caption") is not None:
        return []
    rows = [row for row in table.iter("tr") if next(row.iterancestors("table"), None) is table]
    return [_row_cells(row) for row in rows]


def _row_cells(row) -> list:
    """A table row's own cells (``<td>``, ``<th>``), without its other children."""
    return [cell for cell in row if cell.tag in ("td", "th")]


def _without_empty_tail(cells: list) -> list:
    """A row's cells without the empty ones (no text, no image) after its last full one."""
    while cells and not cells[-1].text_content().strip() and cells[-1].find(".//img") is None:
        cells = cells[:-1]
    return cells


def _item_mark(cell) -> str | None:
    """What a list item's mark cell holds: "" for a bullet (one bullet character, or a small image
    and no text), the number for a step number ("1."), None for anything else."""
    text = cell.text_content().strip()
    if text:
        return "" if len(text) == 1 and text in BULLETS else text if STEP_NUMBER.fullmatch(text) else None
    images = list(cell.iter("img"))
    small = len(images) == 1 and any(
        _pixels(images[0].get(side)) <= ICON_PIXELS for side in ("width", "height")
    )
    return "" if small else None


def _replace_with(element, parts: list) -> None:
    """``element`` replaced in its parent by ``parts`` (elements), its tail kept."""
    parent = element.getparent()
    at = parent.index(element)
    tail = element.tail
    parent.remove(element)
    for offset, part in enumerate(parts):
        parent.insert(at + offset, part)
    if parts:
        parts[-1].tail = (parts[-1].tail or "") + (tail or "")
    elif tail:
        previous = parent[at - 1] if at else None
        if previous is None:
            parent.text = (parent.text or "") + tail
        else:
            previous.tail = (previous.tail or "") + tail


def _mark_rows_in_items(tree) -> None:
    """The last cell of each row of a table inside a ``<li>`` or a ``<dd>`` (which trafilatura keeps
    as a list item too: kid3's rating table in a variable list's entry) ends with ``ROW_MARK``."""
    for row in tree.xpath("//li//table//tr | //dd//table//tr"):
        cells = _row_cells(row)
        if not cells:
            continue
        last = cells[-1]
        if len(last):
            last[-1].tail = (last[-1].tail or "") + ROW_MARK
        else:
            last.text = (last.text or "") + ROW_MARK
