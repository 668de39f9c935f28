"""Typewriter examples with their labels beside them: a language manual sets each example of a
construct in the typewriter font and, on its row in a column to the right, a label in brackets that
names what it is (GNU MathProg's "1.23" … "(numeric literal)", "j" … "(dummy index)"). pdfminer read
the example column whole, then the labels, so the text gave every example, then every label, each
alone a paragraph. Each label is read onto its example's row, at its column: the examples stay one
code block, a row an example and its label."""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import _same_row

LABEL = re.compile(r"\([^()]+\)")  # a label in brackets alone on its row: "(numeric literal)"
LABELLED_ROWS = 2  # examples with a label beside them that make such a column
LABEL_GAP = 1.0  # ems at least between an example's end and its label
EDGE_ALIGN = 0.5  # ems: the labels of one column start this close to one another


def _example_labels(page: list[Line]) -> list[Line]:
    """The page with each bracketed label read onto the row of the typewriter example it stands
    beside (``_label_beside``), where ``LABELLED_ROWS`` examples or more have one and the labels
    start at one left edge, a column, each naming its own example: the example's line goes on to the
    label's column, the label's own line is gone. A reference's category set flush right on its
    entries' rows ("(prefix operator)", "(Yacas internal)") starts where its width puts it or
    repeats, and a label that two lines of the row would take is neither's."""
    beside = [(line, label) for line in page if line.mono and (label := _label_beside(line, page))]
    claimed = [id(label) for _, label in beside]
    beside = [(line, label) for line, label in beside if claimed.count(id(label)) == 1]
    edges = [label.x0 for _, label in beside]
    if len(beside) < LABELLED_ROWS or max(edges) - min(edges) > EDGE_ALIGN * beside[0][1].size:
        return page
    if len({label.text.strip() for _, label in beside}) < len(beside):
        return page  # one category repeated on each entry's row ("(Yacas internal)") names no example
    labels = {id(line): label for line, label in beside}
    taken = {id(label) for label in labels.values()}
    kept = [line for line in page if id(line) not in taken]
    return [_labelled(line, labels[id(line)]) if id(line) in labels else line for line in kept]


def _label_beside(example: Line, page: list[Line]) -> Line | None:
    """The line nearest right of ``example`` on its row, if it is set in the page's prose font and is
    a label in brackets alone (``LABEL``), or None."""
    right = [
        line
        for line in page
        if line.page == example.page
        and line.x0 > example.x1 + LABEL_GAP * example.size
        and _same_row(example, line)
    ]
    nearest = min(right, key=lambda line: line.x0, default=None)
    if nearest is None or nearest.mono or not LABEL.fullmatch(nearest.text.strip()):
        return None
    return nearest


def _labelled(example: Line, label: Line) -> Line:
    """``example``'s line with ``label`` after it, spaced out to the label's column in the example's
    character cells (two spaces at least, so that the two read apart)."""
    text = example.text.rstrip()
    cell = (example.x1 - example.x0) / max(len(text), 1)
    pad = max(2, round((label.x0 - example.x0) / cell) - len(text))
    return replace(example, text=f"{text}{' ' * pad}{label.text.strip()}", x1=label.x1)
