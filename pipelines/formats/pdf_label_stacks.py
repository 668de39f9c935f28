"""Labels hung left of what they name, each read over it where it stands.

A list of named displays (a manual's test problems: "schwefel" over its inequality and its domain,
"rd" over the next) sets each name alone on its row, the names aligned at one edge in a column left
of the displays they name. pdfminer read that column as one box, ahead of the displays or behind
them, and the names stood together, each over the next name or over another's display ("caprasse" /
"lv" / lv's inequality / caprasse's, in hol-light's FormalVerifier.pdf).

An option table (a manual's dialog parameters, a library's functions) sets each label on the
baseline of its description's first line, the description a block of lines right of the labels.
pdfminer read two or three labels far apart as one box, and they stood together, each over the
next label's description (the CTSim manual's "Filter Method" / "Interpolation" / "Selects the
filtering method. …").
"""

from __future__ import annotations

from sloika.pipelines.formats.pdf_furniture import BASELINE_SLIP
from sloika.pipelines.formats.pdf_gutters import _apart_across
from sloika.pipelines.formats.pdf_line_record import WORD, Line, _spans_overlap
from sloika.pipelines.formats.pdf_listings import _terms_in_place
from sloika.pipelines.formats.pdf_page_rows import (
    ALIGN_EDGE,
    ALIGNED_ROWS,
    CONTENTS,
    DEBRIS,
    TABLE,
    _index,
    _same_row,
)

LABEL_WORDS = 3  # a label's words at most: a name, not a line of prose
LABEL_STOPS = (".", ",", ";", ":")  # a label ends on none: a line ending so is a sentence's or a list's
LABEL_GAP = 1.0  # em: a description starts this far right of its label's end at least
BLOCK_GAP = 0.5  # em: a description's first line stands this far under the line over it at least


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
    """A line that may be a label (``_label_text``), not monospaced (a typewriter term is
    ``pdf_terms``'s), alone on its row."""
    return (
        not line.mono
        and _label_text(line)
        and not any(other is not line and _same_row(line, other) for other in page)
    )


def _label_text(line: Line) -> bool:
    """The line's text may be a label's: a few words (``LABEL_WORDS``) with a letter or a digit,
    ending on no stop (``LABEL_STOPS``), no placeholder."""
    text = line.text.strip()
    return (
        not text.startswith((TABLE, CONTENTS, DEBRIS))
        and 0 < len(text.split()) <= LABEL_WORDS
        and any(char.isalnum() for char in text)
        and not text.endswith(LABEL_STOPS)
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


def labels_by_descriptions(page: list[Line], span: tuple[float, float] | None) -> list[Line]:
    """The page with each run of labels read together though each stands beside its own description
    (``_runs_read_apart``) read label by label, each right before the description's first line on
    its baseline. ``span``: the page's gutter (``_gutter_span``)."""
    before = {id(first): label for run in _runs_read_apart(page, span) for label, first in run}
    if not before:
        return page
    moved = {id(label) for label in before.values()}
    lines: list[Line] = []
    for line in page:
        if id(line) in before:
            lines.append(before[id(line)])
        if id(line) not in moved:
            lines.append(line)
    return lines


def _runs_read_apart(page: list[Line], span: tuple[float, float] | None) -> list[list[tuple[Line, Line]]]:
    """The runs of two labels or more read one after another, flush at one edge, each with its
    description's first line (``_description_beside``), every one of those read after the run:
    pdfminer read the label column as one box, and each label stood over another's description."""
    runs: list[list[tuple[Line, Line]]] = []
    run: list[tuple[Line, Line]] = []
    for line in [*page, None]:
        first = _description_beside(line, page, span) if line is not None else None
        if line is not None and first is not None and run and _stacked([label for label, _ in run], line):
            run.append((line, first))
            continue
        if len(run) >= 2 and all(_index(page, described) > _index(page, run[-1][0]) for _, described in run):
            runs.append(run)
        run = [(line, first)] if line is not None and first is not None else []
    return runs


def _description_beside(label: Line, page: list[Line], span: tuple[float, float] | None) -> Line | None:
    """The first line of what ``label`` describes: the nearest line right of it by ``LABEL_GAP`` em
    or more, on its side of the gutter, on its baseline (the bottoms within ``BASELINE_SLIP`` em: a
    bold label's top may stand higher), opening a block (``_opens_block``), with a word in it (a
    contents page's page numbers right of its chapters' titles describe nothing). None where
    ``label`` is no label (``_label_text``)."""
    if not _label_text(label):
        return None
    beside = [
        line
        for line in page
        if line.page == label.page
        and line.x0 >= label.x1 + LABEL_GAP * label.size
        and abs(line.bottom - label.bottom) <= BASELINE_SLIP * label.size
        and not line.text.startswith((TABLE, CONTENTS, DEBRIS))
        and WORD.search(line.text)
        and not _apart_across(label, line, span)
    ]
    first = min(beside, key=lambda line: line.x0, default=None)
    return first if first is not None and _opens_block(first, page) else None


def _opens_block(line: Line, page: list[Line]) -> bool:
    """No line over ``line`` across its width stands nearer than ``BLOCK_GAP`` em: it opens a block
    of its own, no line of a paragraph or a column of text running down beside the labels (the left
    column's short lines of a two-column page have the right column's lines on their baselines, each
    right under the one before)."""
    return not any(
        other is not line
        and other.page == line.page
        and _spans_overlap(other, line)
        and other.top < line.top
        and line.top - other.bottom < BLOCK_GAP * line.size
        for other in page
    )
