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


def _example_labels(page: list[Line]) -> list[Line]:
    """The page with each bracketed label read onto the row of the typewriter example it stands
    beside (``_label_beside``), where ``LABELLED_ROWS`` examples or more have one: the example's line
    goes on to the label's column, the label's own line is gone."""
    labels = {id(line): label for line in page if line.mono and (label := _label_beside(line, page))}
    if len(labels) < LABELLED_ROWS:
        return page
    taken = {id(label) for label in labels.values()}
    return [
        _labelled(line, labels[id(line)]) if id(line) in labels else line
        for line in page
        if id(line) not in taken
    ]


def _label_beside(example: Line, page: list[Line]) -> Line | None:
    """The line of the page's prose font on ``example``'s row, right of it, that is a label in
    brackets alone (``LABEL``), or None."""
    for line in page:
        beside = line.page == example.page and line.x0 > example.x1 + LABEL_GAP * example.size
        if not line.mono and beside and _same_row(example, line) and LABEL.fullmatch(line.text.strip()):
            return line
    return None


def _labelled(example: Line, label: Line) -> Line:
    """``example``'s line with ``label`` after it, spaced out to the label's column in the example's
    character cells (two spaces at least, so that the two read apart)."""
    text = example.text.rstrip()
    cell = (example.x1 - example.x0) / max(len(text), 1)
    pad = max(2, round((label.x0 - example.x0) / cell) - len(text))
    return replace(example, text=f"{text}{' ' * pad}{label.text.strip()}", x1=label.x1)
