"""A form beside its description: a quick reference's code set flush left in the text font over
several indented rows ("(block" / "exp1" / "exp2" / "...)"), its description a paragraph to its
right, both opening on one row ("Execute each expression and return the value of …").

pdfminer boxes the left column down to the next heading and reads the description after it, or
reads a page's heading after the first pair; the form's lines read as prose paragraphs and a pair
with several description lines beside several form rows looked like an unruled table.
``_read_form_pairs`` reads each pair in order where its form stood: the form's lines as code (its
rows as rows), then its description. A form with no description beside it ("(define name" /
"(lambda (arg1 …)" / "exp1" / "...))", a second way to write the form above it) reads as code too
where its brackets make one expression over its rows; its rows read as paragraphs before.
``pdf_code_comments`` does the like for monospaced code set flush right, one row a comment.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace

from sloika.pipelines.formats.pdf_block_rows import _index, _spliced
from sloika.pipelines.formats.pdf_gutters import _parted_by
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import ALIGN_EDGE, TABLE, _prose_words, _side_by_side

ROW_GAP = 0.5  # em: a form's or description's next line stands at most this far under the last
INDENT = 1.0  # em: a form's later row starts at least this far right of its first: code's indent
GUTTER = 1.0  # em: the description starts at least this far right of the form's widest row


def _read_form_pairs(page: list[Line], gutter: float | None = None) -> tuple[list[Line], frozenset[int]]:
    """The page with each form and its description, if it has one (``_form_pair``), read in
    order where the first of their lines stood, or after a line the page read later that stands
    over it and across it (a heading pdfminer read after the pair): the form's lines as code, then
    the description's; and the ids of the forms' lines, code in no column of the page
    (``_gutter_code``). A pair parted by the page's ``gutter`` (``_parted_by``) is the page's two
    columns, no pair: dynesty.pdf p. 16's numbered steps at the left column's foot, "its length." /
    "(iii) Sample a point …" set in by their labels, were read as a form beside the right column's
    last paragraph, and moved after it."""
    forms: set[int] = set()
    for form, description in _form_pairs(page):
        if _parted_by(form + description, gutter):
            continue
        code = [replace(ln, mono=True) for ln in form]
        forms.update(map(id, code))
        read = sorted(form + description, key=lambda ln: _index(page, ln))  # as the page read them
        page = _under_lines_above(_spliced(page, read, code + description), code + description)
    return page, frozenset(forms)


def _form_pairs(page: list[Line]) -> list[tuple[list[Line], list[Line]]]:
    """Each form with its description on the page, top first (``_form_pair``)."""
    text = [ln for ln in page if not ln.mono and not ln.text.startswith(TABLE)]
    pairs = []
    for first in sorted(text, key=lambda ln: ln.top):
        pair = _form_pair(text, first)
        if pair and not any(first in form for form, _ in pairs):
            pairs.append(pair)
    return pairs


def _form_pair(text: list[Line], first: Line) -> tuple[list[Line], list[Line]] | None:
    """``first`` opening a form beside a description, or alone (``_lone_form``): at most one
    line right of it on its row, the description's first; the description's lines at one left
    edge, each less than ``ROW_GAP`` em under the last; the form's rows under ``first`` likewise
    close, none left of it, each ending ``GUTTER`` em left of the description, one indented
    ``INDENT`` em or more (``_indented_rows``); the description two lines or more, each but its last
    of prose words (``_prose_words``: a contents list's leaders and page numbers, a formula's right
    side beside its operator's limits are none). No line stands at the form's or the description's
    edge right over its first (a paragraph or a column of prose going on), and no other line on
    the pair's rows (``_alone``)."""
    beside = [ln for ln in text if ln.x0 > first.x1 and _side_by_side(first, ln)]
    if len(beside) > 1 or _continued(text, first):
        return None
    if not beside:
        return _lone_form(text, first)
    edge = beside[0].x0
    description = _column(text, beside[0], lambda ln: abs(ln.x0 - edge) <= ALIGN_EDGE * ln.size)
    form = _column(
        text, first, lambda ln: ln.x0 >= first.x0 - ALIGN_EDGE * ln.size and ln.x1 < edge - GUTTER * ln.size
    )
    prose = len(description) >= 2 and all(map(_prose_words, description[:-1]))
    if (
        _continued(text, beside[0])
        or not _indented_rows(form)
        or not prose
        or not _alone(text, form + description)
    ):
        return None
    return form, description


def _lone_form(text: list[Line], first: Line) -> tuple[list[Line], list[Line]] | None:
    """``first`` opening a form with no description beside it (a quick reference's second way to
    write a form under the first, "(define name" / "(lambda (arg1 …)" / "exp1" / "...))"): its rows
    as a pair's form's, one line each (statements with comments beside them are a listing's, read
    by ``pdf_code_comments``), alone on their rows, in the left half of the page's text (the
    column a description stands right of: a list item's or a hanging paragraph's first line,
    "• the model only depends on a linear predictor (this cannot be easily checked by the" /
    "software, …)", runs to the right edge), and one bracketed expression over them
    (``_one_expression``), which no description vouches for here."""
    form = _column(text, first, lambda ln: ln.x0 >= first.x0 - ALIGN_EDGE * ln.size)
    middle = (min(ln.x0 for ln in text) + max(ln.x1 for ln in text)) / 2
    one_per_row = not any(_side_by_side(above, under) for above, under in itertools.pairwise(form))
    left = all(ln.x1 < middle for ln in form)
    if not (one_per_row and left and _indented_rows(form) and _one_expression(form) and _alone(text, form)):
        return None
    return form, []


def _indented_rows(form: list[Line]) -> bool:
    """Two rows at least, one indented ``INDENT`` em or more right of the first: code's indent, no
    paragraph's lines."""
    first = form[0]
    return len(form) >= 2 and any(ln.x0 - first.x0 >= INDENT * first.size for ln in form)


def _one_expression(form: list[Line]) -> bool:
    """The brackets the first row opens close on the last row and no sooner: one expression over the
    rows, as code's; an item "(a) …" of a list with hanging lines closes its bracket on its row."""
    depth, depths = 0, []
    for line in form:
        depth += sum(line.text.count(c) for c in "([{") - sum(line.text.count(c) for c in ")]}")
        depths.append(depth)
    return depths[-1] == 0 and all(d > 0 for d in depths[:-1])


def _column(text: list[Line], first: Line, fits: Callable[[Line], bool]) -> list[Line]:
    """``first`` and the lines under it that ``fits`` takes, each less than ``ROW_GAP`` em under the
    last."""
    lines = [first]
    for line in sorted((ln for ln in text if ln.top > first.top and fits(ln)), key=lambda ln: ln.top):
        if line.top - lines[-1].bottom >= ROW_GAP * line.size:
            break
        lines.append(line)
    return lines


def _alone(text: list[Line], pair: list[Line]) -> bool:
    """No line but the pair's stands on the rows from its top to its bottom: a page's two columns
    of prose, a description list's hanging lines beside the other column's, are no pair."""
    top, bottom = min(ln.top for ln in pair), max(ln.bottom for ln in pair)
    ids = set(map(id, pair))
    return not any(id(ln) not in ids and ln.top < bottom and ln.bottom > top for ln in text)


def _continued(text: list[Line], line: Line) -> bool:
    """A line stands at ``line``'s left edge less than ``ROW_GAP`` em over it: ``line`` goes on a
    paragraph, it opens nothing."""
    return any(
        abs(ln.x0 - line.x0) <= ALIGN_EDGE * ln.size and 0 <= line.top - ln.bottom < ROW_GAP * ln.size
        for ln in text
    )


def _under_lines_above(page: list[Line], lines: list[Line]) -> list[Line]:
    """The page with ``lines`` (read together) moved after the lines read after them that stand
    wholly over their top and across their width: a heading over the pair read after it."""
    start = _index(page, lines[0])
    rest = page[start + len(lines) :]
    top, x0, x1 = lines[0].top, min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    over = [ln for ln in rest if ln.bottom <= top and ln.x0 < x1 and x0 < ln.x1]
    if not over:
        return page
    last = _index(rest, over[-1]) + 1
    return page[:start] + rest[:last] + lines + rest[last:]
