"""Labels hung left of what they name, each read over it where it stands.

A list of named displays (a manual's test problems: "schwefel" over its inequality and its domain,
"rd" over the next) sets each name alone on its row, the names aligned at one edge in a column left
of the displays they name. pdfminer read that column as one box, ahead of the displays or behind
them, and the names stood together, each over the next name or over another's display ("caprasse" /
"lv" / lv's inequality / caprasse's, in hol-light's FormalVerifier.pdf).
"""

from __future__ import annotations

from sloika.pipelines.formats.pdf_gutters import _apart_across
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_listings import _terms_in_place
from sloika.pipelines.formats.pdf_page_rows import (
    ALIGN_EDGE,
    ALIGNED_ROWS,
    CONTENTS,
    DEBRIS,
    TABLE,
    _same_row,
)

LABEL_WORDS = 3  # a label's words at most: a name, not a line of prose
LABEL_STOPS = (".", ",", ";", ":")  # a label ends on none: a line ending so is a sentence's or a list's


def labels_in_place(page: list[Line], span: tuple[float, float] | None) -> list[Line]:
    """The page with each stack of labels (``_label_stacks``) read label by label, each before the
    highest line right of it at or under its top (``pdf_listings._terms_in_place``). ``span``: the
    page's gutter (``_gutter_span``); a short line of the left column has no label's place beside the
    right column's lines."""
    labels = [label for stack in _label_stacks(page, span) for label in stack]
    return _terms_in_place(page, labels) if labels else page


def _label_stacks(page: list[Line], span: tuple[float, float] | None) -> list[list[Line]]:
    """The runs of labels read one after another (``ALIGNED_ROWS`` or more: ``_label``), aligned at
    their left or right edge, with lines standing between them that pdfminer read elsewhere, every one
    right of the stack (``_named_between``): the run was read as one box, out of the page's order."""
    stacks: list[list[Line]] = []
    run: list[Line] = []
    for line in [*page, None]:
        if line is not None and _label(line, page) and (not run or _stacked(run, line)):
            run.append(line)
            continue
        if len(run) >= ALIGNED_ROWS and _named_between(run, page, span):
            stacks.append(run)
        run = [line] if line is not None and _label(line, page) else []
    return stacks


def _label(line: Line, page: list[Line]) -> bool:
    """A line that may be a label: a few words (``LABEL_WORDS``) with a letter or a digit, ending on
    no stop (``LABEL_STOPS``), not monospaced (a typewriter term is ``pdf_terms``'s), alone on its
    row, no placeholder."""
    text = line.text.strip()
    return (
        not line.mono
        and not text.startswith((TABLE, CONTENTS, DEBRIS))
        and 0 < len(text.split()) <= LABEL_WORDS
        and any(char.isalnum() for char in text)
        and not text.endswith(LABEL_STOPS)
        and not any(other is not line and _same_row(line, other) for other in page)
    )


def _stacked(run: list[Line], line: Line) -> bool:
    """``line`` goes on the ``run`` of labels: on its page, at its size, lower down, flush with its
    first label at the left edge or at the right."""
    first, em = run[0], run[0].size
    return (
        line.page == first.page
        and abs(line.size - first.size) <= ALIGN_EDGE * em
        and line.top > run[-1].bottom
        and (abs(line.x0 - first.x0) <= ALIGN_EDGE * em or abs(line.x1 - first.x1) <= ALIGN_EDGE * em)
    )


def _named_between(stack: list[Line], page: list[Line], span: tuple[float, float] | None) -> bool:
    """Lines stand between the ``stack``'s labels, from the first's top to the last's bottom, and every
    one starts right of the stack's right edge, on its side of the page's gutter: what the labels name."""
    ids = {id(label) for label in stack}
    edge = max(label.x1 for label in stack)
    between = [
        line
        for line in page
        if id(line) not in ids
        and line.page == stack[0].page
        and stack[0].top <= line.top
        and line.bottom <= stack[-1].bottom
        and not line.text.startswith((TABLE, CONTENTS, DEBRIS))
    ]
    return bool(between) and all(
        line.x0 >= edge and not any(_apart_across(label, line, span) for label in stack) for line in between
    )
