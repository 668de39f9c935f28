"""Definition lists' category labels (Texinfo's ``@deffn``) joined back to the heads they label.

Texinfo sets a definition's name at the margin and its category ("VSL Function", "[Macro]") flush
right on the same row; pdfminer reads the labels as a column of their own. Which lines are such
labels is a vote over the document (the label texts it sets at the full gap somewhere), and the
join is a rule of one page's rows; both stand apart from how a line is written.
"""

from __future__ import annotations

from dataclasses import replace

from sloika.pipelines.formats.pdf_line_order import ROW_ALIGN, ROW_SHARE
from sloika.pipelines.formats.pdf_line_record import Line, _rows_shared

COLUMN_SLACK = 1.0  # pt: a full line's text ends this close to the column's right edge
NAME_WORDS = 3  # words a right-margin name has at most (\\marginpar's "MtoXratio", "\\HPlabel")
LABEL_GAP = 4.0  # em: a definition's category label stands at least this far right of its head
# em: a label the document sets LABEL_GAP apart elsewhere ("[Macro]") stands at least this far right of
# a head that fills its row (Texinfo narrows the gap down to two em before it wraps the signature)
KNOWN_LABEL_GAP = 1.5
SIZE_SAME = 0.2  # pt: two lines' font sizes this close are one size
Candidates = dict[int, tuple[Line, Line]]  # a head's id to the head and the category label beside it


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
