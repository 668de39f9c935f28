"""A figure whose text is content: a stack of phrases that the sentence over it announces.

Text drawn in a Form XObject is a drawing's labels (``pdf_lines.read_lines`` cuts it as ``figure``):
a plot's ticks and axis titles, a flow chart's node names. A boxed diagram that prints a short column
of phrases under a sentence ending in a colon is the sentence's matter, not a drawing's labels: yaws's
"… Say that the page is 400 bytes big and has the following layout:" over five boxes, "100 bytes of
HTML code" down to "140 bytes of HTML code", which the numbered list under them walks through. Cut,
the colon pointed at nothing. Such a stack is read as lines after the sentence, one line a box.

A form drawn tight round one line of words right under a code example is the example's output, not a
drawing: pmhanguljamo-doc's centred "안녕하세요" under ``\\jamoword{an/nyex/ha/sei/yo}``, set in a form of
its own, was cut as a figure's label. It is read after the code as a line of its own.
"""

from __future__ import annotations

from dataclasses import replace

from sloika.pipelines.formats.pdf_line_record import MARK, WORD, Line, _spans_overlap, rows_of

PHRASE_WORDS = 3  # words of two letters or more a phrase has at least: "100 bytes of HTML code"
STACK_LINES = (2, 10)  # lines a stack of phrases has, fewest and most: one phrase is a caption, many a page
ANNOUNCE_REACH = 4.0  # em of the sentence's size: the stack starts this near under the line announcing it
OUTPUT_HEIGHT = 2.0  # of its line's size: a form at most this tall holds that line alone, no drawing


def announced_stacks(
    lines: list[Line], forms: list[list[Line]], heights: list[float]
) -> tuple[list[Line], list[Line]]:
    """The page's lines with each form's stack of phrases (``_phrase_stack``) that the page's line
    right over it announces (``_announcing``), and each form's one line of words that a code line
    right over it printed (``_example_output``; ``heights``: the forms' heights), read after that
    line, and the forms' other lines, a drawing's labels, for ``removed`` (a turned one beside a
    stack too: a line of a form is never dropped unrecorded)."""
    labels = []
    for form, height in zip(forms, heights, strict=True):
        stack = _phrase_stack(form)
        before = _announcing(lines, stack) if stack else None
        if before is None and (output := _output_line(form, height)):
            stack, before = output, _example_output(lines, output)
        read = {id(line) for line in stack} if before is not None else set()
        labels += [line for line in form if id(line) not in read]
        if before is None:
            continue
        at = next(index for index, line in enumerate(lines) if line is before) + 1
        left = min(line.x0 for line in stack)
        lines = [*lines[:at], *(_phrase_line(line, left) for line in stack), *lines[at:]]
    return lines, labels


def _phrase_line(line: Line, left: float) -> Line:
    """A box's phrase as a line that ends its paragraph, one line a box, no heading however bold,
    standing at the stack's ``left`` edge: the phrases are centred in their boxes, and a centring is
    no indent (yaws's typewriter boxes, read as a listing, began " 80 bytes of HTML code")."""
    return replace(line, x0=left, bold=False, lead=True)


def _phrase_stack(form: list[Line]) -> list[Line]:
    """The form's lines top to bottom when they are a stack of phrases, else []: ``STACK_LINES``
    upright lines, each of ``PHRASE_WORDS`` words or more, each alone on its row and under the one
    before it in one column. A plot has tick values and one- or two-word axis titles, a flow chart
    one-word nodes side by side, a legend keys of a word or two."""
    upright = [line for line in form if not line.rotated and line.text.strip()]
    fewest, most = STACK_LINES
    rows = rows_of(upright)
    if not fewest <= len(upright) <= most or len(rows) != len(upright):
        return []
    stack = [row[0] for row in rows]
    phrases = all(len(WORD.findall(MARK.sub("", line.text))) >= PHRASE_WORDS for line in stack)
    column = all(_spans_overlap(above, under) for above, under in zip(stack, stack[1:], strict=False))
    return stack if phrases and column else []


def _output_line(form: list[Line], height: float) -> list[Line]:
    """The form's one upright line, as a stack, when it holds a word (``WORD``: two letters or more,
    of any script) and the form is drawn tight round it (``OUTPUT_HEIGHT``), else []: a drawing's
    form is as tall as the drawing its labels name."""
    upright = [line for line in form if not line.rotated and line.text.strip()]
    if len(upright) != 1 or len(form) != 1 or height > OUTPUT_HEIGHT * upright[0].size:
        return []
    return upright if WORD.search(MARK.sub("", upright[0].text)) else []


def _example_output(lines: list[Line], output: list[Line]) -> Line | None:
    """The code line (``Line.mono``) nearest over the form's line (``_over_stack``): the example
    that printed it, or None."""
    before = _over_stack(lines, output)
    return before if before is not None and before.mono else None


def _announcing(lines: list[Line], stack: list[Line]) -> Line | None:
    """The page's line that announces the stack (``_over_stack``) when it ends in a colon, or None."""
    before = _over_stack(lines, stack)
    return before if before is not None and MARK.sub("", before.text).rstrip().endswith(":") else None


def _over_stack(lines: list[Line], stack: list[Line]) -> Line | None:
    """The nearest line over the stack in its text column (``_column``), within ``ANNOUNCE_REACH``
    em, with no line of that column beside the stack (a figure the paragraph's lines wrap around is
    no display; another column's lines beside it are no matter), or None."""
    upright = [line for line in lines if not line.rotated]
    column = _column(upright, stack)
    if column is None:
        return None
    left, right = column
    inside = [line for line in upright if line.x0 < right and left < line.x1]
    top, bottom = stack[0].top, stack[-1].bottom
    if any(line.top < bottom and top < line.bottom for line in inside):
        return None
    before = max((line for line in inside if line.bottom <= top), key=lambda line: line.bottom, default=None)
    if before is None or top - before.bottom > ANNOUNCE_REACH * before.size:
        return None
    return before


def _column(lines: list[Line], stack: list[Line]) -> tuple[float, float] | None:
    """The left and right edge of the text column the stack stands in, or None: the span of the
    lines over it that cross its width. A paragraph's short last line ("following layout:", left of
    a centred figure) stands in it too; a column beside it does not."""
    across = [
        line
        for line in lines
        if line.bottom <= stack[0].top and any(_spans_overlap(line, ln) for ln in stack)
    ]
    if not across:
        return None
    return min(line.x0 for line in across), max(line.x1 for line in across)
