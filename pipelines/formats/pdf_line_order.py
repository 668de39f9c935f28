"""A page's lines put back in reading order where pdfminer's boxes read them out of it.

pdfminer reads a page box by box, and some settings fool its boxes: a poem set in steps reads as two
columns, a line put in a gap of another column's rows, a display read after the sentence it stands
in, a word set as a stair of pieces, a table's column of single letters read as a column of text.
These rules each take one page's lines and give them back in reading order (or, for the letter
column, without it), before the layout (``pdf_layout``) groups them; they look at a page's lines
only, not at how a line's text was written.
"""

from __future__ import annotations

import itertools
import re
import statistics

from sloika.pipelines.formats.pdf_furniture import _labels_listing
from sloika.pipelines.formats.pdf_line_record import (
    Line,
    Rule,
    _boxes_overlap,
    _rows_shared,
    _spans_overlap,
    on_row,
)

NUMBERS_ONLY = re.compile(r"^[\d\s.,:;/()+−–—-]*$")
LETTER_COLUMN_ITEM = re.compile(r"[^\W\d_]{1,2}")
CELL_RULE_REACH = 2.0  # em between a ruled cell's text and the rule on either side of it, at most
TABLE_CELL_CHARS = 12  # characters: a table's cell beside a letter of its first column, at most
ROW_ALIGN = 0.2  # em: two lines whose baselines are this close stand on one row
STAIR_STEP = (0.2, 1.5)  # em: how far right of the piece above a word's next piece set as a stair steps
STAIR_EVEN = 0.2  # em: the steps of one stair differ by less than this
STEP_MAX = 6.0  # em: how far apart the starts of a line and the stepped line under it are at most
ROW_APART = 0.7  # share of the page's line pitch: two lines nearer in height than this share a row
PITCH_EVEN = 0.25  # share of the line pitch by which a stack's distances may exceed it
GAP_NEIGHBOUR = 2.5  # em: a line put in among a column's rows has one of them this near above or below
ROW_SHARE = 0.5  # em: a line whose top is this far above another's bottom or more is on its row
LEAD_LINES = 3  # lines of the sentence that announces a display, its last included, a display stands under
HEADING_LINES = 4  # lines a page's heading read after its text has at most ("CHAPTER" / "FOUR" / "LINKS")
LISTING_LABEL_WORDS = 3  # words of a label over a listing at most ("Example"), no sentence
LABEL_EDGE = 0.2  # em: a label and the block under it share a left or a right edge this close
KEY_EDGE = 1.0  # em: the descriptions beside a column of typewriter keys start within this of one edge
DESCRIPTION_WORD = re.compile(r"[^\W\d_]{3,}")  # a word: what a key's description has
LABEL_WIDTH = 4.0  # em: a label of a column of labels is this wide at most ("(c12)", "(%o3)")
COLUMN_LABELS = 2  # labels a column of labels read before its rows has at least
HEADING_STEP = 1.0  # pt: such a heading has a line set this much larger than most of the text under it
HEADING_REACH = 1.5  # of a heading's size: the first line under it starts this near its foot at most


def _steps_in_order(page: list[Line]) -> list[Line]:
    """The page with runs of lines that interleave as one column read top to bottom: a poem set in
    steps (each line followed by its answer line indented under it: "Я стар," / "я так устал," /
    "и я" / "не успеваю") whose short lines do not overlap across the step, so pdfminer boxes the
    margin's lines and the indented ones apart and reads them as two columns. A run read after
    another that goes back up is put in among it when ``_interleaved`` says the two are one column."""
    runs: list[list[Line]] = []
    for line in page:
        if runs and line.top > runs[-1][-1].top:
            runs[-1].append(line)
        else:
            runs.append([line])
    merged: list[list[Line]] = []
    for run in runs:
        if merged and _interleaved(merged[-1], run):
            merged[-1] = sorted(merged[-1] + run, key=lambda line: line.top)
        else:
            merged.append(run)
    return [line for run in merged for line in run]


def _heading_read_last_first(page: list[Line]) -> list[Line]:
    """The page with the lines pdfminer read last put first where they stand above every line read
    before them and one of them is set larger than most of those: a heading flush right over lines
    that all end left of it, boxed apart and read after them (a Sphinx manual's chapter opener
    "FOUR" / "LINKS" read under the chapter's list, its "INDEX" under the index's entries). Only
    the page's last few lines move, so a column read after another keeps its place: its heading
    has the column's text under it."""
    for start in range(max(1, len(page) - HEADING_LINES), len(page)):
        before, heading = page[:start], page[start:]
        above = max(line.bottom for line in heading) <= min(line.top for line in before)
        text_size = statistics.median(line.size for line in before)
        if above and max(line.size for line in heading) >= text_size + HEADING_STEP:
            return heading + before
    return page


def _label_read_under(page: list[Line]) -> list[Line]:
    """The page with a label ending in a colon put first where pdfminer read it after the lines that
    open the page, all of them under it, the first right under it (less than an em between) and
    flush with it on the left or the right: a flush-right block's label boxed apart from it
    (et99-font-tutorial.pdf's "FAMOUS QUOTE:" read under its quotation, before "— LARRY WALL")."""
    for at, label in enumerate(page[1:], 1):
        before, first = page[:at], page[0]
        em = label.size
        flush = abs(label.x0 - first.x0) <= LABEL_EDGE * em or abs(label.x1 - first.x1) <= LABEL_EDGE * em
        if (
            label.text.rstrip().endswith(":")
            and all(line.top >= label.bottom for line in before)
            and 0 <= first.top - label.bottom < em
            and flush
        ):
            return [label, *before, *page[at + 1 :]]
    return page


def _headings_read_under(page: list[Line]) -> list[Line]:
    """The page with each heading that pdfminer read right after lines that all stand under it put
    before them (``_heading_alone_over``): a centred section heading over a short listing line at the
    margin, boxed apart and read after it (diptest-issues.pdf's "7. Session Info" after "R>
    toLatex(sessionInfo())", which the text then set under "6. Less Conservative Dip Testing")."""
    result: list[Line] = []
    for line in page:
        start = len(result)
        while start and result[start - 1].top >= line.bottom:
            start -= 1
        if start < len(result) and _heading_alone_over(line, result[start], page):
            result.insert(start, line)
        else:
            result.append(line)
    return result


def _heading_alone_over(line: Line, first: Line, page: list[Line]) -> bool:
    """``line`` heads ``first``: set ``HEADING_STEP`` larger than it, ``HEADING_REACH`` of its size
    over it at most, and alone on its row across the page. A heading of one column of two has the
    other column's lines on its row, which keep pdfminer's order of the columns."""
    return (
        line.size >= first.size + HEADING_STEP
        and 0 <= first.top - line.bottom <= HEADING_REACH * line.size
        and not any(other is not line and _rows_shared(line, other) for other in page)
    )


def _labels_over_listings(page: list[Line]) -> list[Line]:
    """The page with each short label (``LISTING_LABEL_WORDS`` words at most, not monospaced) that
    pdfminer read right after a listing's lines put before them, where it stands over them all, the
    listing's first line less than an em under it and starting at or right of it, and the line read
    before the listing stands over the label: Texinfo's bold "Example" over its indented session,
    boxed apart (quaternion.pdf's 1.2 qi and 1.3 qj; the session ran on from the formula over it,
    indented past it, and the label stood after it)."""
    result: list[Line] = []
    for line in page:
        start = len(result)
        while start and result[start - 1].mono and result[start - 1].top >= line.bottom:
            start -= 1
        listing = result[start:]
        if (
            listing
            and start
            and not line.mono
            and len(line.text.split()) <= LISTING_LABEL_WORDS
            and result[start - 1].bottom <= line.top
            and 0 <= listing[0].top - line.bottom < line.size
            and all(other.x0 >= line.x0 - LABEL_EDGE * line.size for other in listing)
        ):
            result.insert(start, line)
        else:
            result.append(line)
    return result


def _gaps_filled(page: list[Line]) -> list[Line]:
    """The page with lines that pdfminer boxed apart from the rest of their column (a listing's
    indented code lines, read before or after its line numbers, its other code and the prose around
    it, in three sizes) put back in the rows they stand in (``_one_column``, ``_rows_merged``). A run
    goes on while no line goes back up by more than ``ROW_SHARE`` em, so a row's pieces (a line
    number and its code) stay in one run; a run goes into the latest run read before it (a note in
    the margin may stand between) that it makes one column with."""
    merged: list[list[Line]] = []
    for run in _runs_down(page):
        at = next((at for at in range(len(merged) - 1, -1, -1) if _one_column(merged[at], run)), None)
        if at is None:
            merged.append(run)
        else:
            merged[at] = _rows_merged(merged[at], run)
    return [line for run in merged for line in run]


def _runs_down(page: list[Line]) -> list[list[Line]]:
    """The page's lines in runs read down the page: a run goes on while no line goes back up by more
    than ``ROW_SHARE`` em, so a row's pieces (a line number and its code) stay in one run."""
    runs: list[list[Line]] = []
    for line in page:
        if runs and line.top > runs[-1][-1].top - ROW_SHARE * line.size:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _displays_in_place(page: list[Line]) -> list[Line]:
    """The page with each code display that pdfminer read after a line under it put back, each of its
    lines before the first line of text (no ``_mark``) of the run read before it that stands lower:
    a display centred between two sentences read after the second, a display over the next
    section's heading read under it, a listing opening a page read after the "Result:" under it
    (``_display_in_free_rows``); two displays with a line of that run between them stand on either
    side of it (4ti2_manual.pdf p. 19's box over "and call" and the command under it). The run's
    lines below that run's last one stay where they were read."""
    placed: list[list[Line]] = []
    for run in _runs_down(page):
        at = next(
            (at for at in range(len(placed) - 1, -1, -1) if _display_in_free_rows(run, placed[at])), None
        )
        if at is None:
            placed.append(run)
            continue
        display = _within_height(run, placed[at])
        for shown in display:
            lower = next(
                (index for index, line in enumerate(placed[at]) if line.top > shown.top and not _mark(line)),
                len(placed[at]),
            )
            placed[at].insert(lower, shown)
        rest = [line for line in run if not any(line is shown for shown in display)]
        placed.extend([rest] if rest else [])
    return [line for run in placed for line in run]


def _within_height(run: list[Line], other: list[Line]) -> list[Line]:
    """The lines of ``run`` that stand within ``other``'s height, from its first line's top to its
    last's, its first and last rows included: a code line set beside its line number in another
    font stands a little higher or lower than the number (``ROW_SHARE``)."""
    return [
        line
        for line in run
        if other[0].top - ROW_SHARE * line.size < line.top < other[-1].top + ROW_SHARE * line.size
    ]


def _one_column(first: list[Line], then: list[Line]) -> bool:
    """Two runs read one after the other are one column's lines: the lines of one run that stand
    within the other's height (from its first line's top to its last's) are code lines boxed apart
    from the rest of the listing (``_strays_in_rows``). The other run's lines there may stand beside
    them (a listing's line numbers left of its code). A column beside another shares no width with
    it; a note in the margin stands beside the text; a float or a note set below or above the column
    is outside its height; prose is left in pdfminer's order. A listing's right column read whole
    before or after its left one is one with it too (``_listing_column_beside``)."""
    return (
        _strays_in_rows(then, first)
        or _strays_in_rows(first, then)
        or _listing_column_beside(first, then)
        or _listing_column_beside(then, first)
    )


def _listing_column_beside(run: list[Line], other: list[Line]) -> bool:
    """Each line of ``run`` is monospaced and stands on the row of a monospaced line of ``other`` left
    of it, and ``other`` holds the listing's lines and labels between them (ending in a colon) only:
    a listing's right column, read apart from its left one, whose rows it shares. c90.pdf p. 7 sets
    glyph names two a row in groups under italic labels ("base_desc:"); pdfminer read the right
    column whole first, so the left column's lines and the labels between its groups followed, each
    label under all the lists. A run that holds prose is left in pdfminer's order (an R printout's
    "AnnotatedDataFrame" beside its ":Formal class" lines, the prose under them in the same run)."""
    labels = [ln for ln in other if not ln.mono]  # where none stands between, a code block lays out the rows
    return (
        bool(labels)
        and all(ln.text.rstrip().endswith(":") for ln in labels)
        and all(
            line.mono and any(near.mono and near.x1 < line.x0 and on_row(line, near) for near in other)
            for line in run
        )
    )


def _strays_in_rows(run: list[Line], other: list[Line]) -> bool:
    """The lines of ``run`` within ``other``'s height, one at least, are all monospaced, and each
    shares width with a line of ``other`` within ``GAP_NEIGHBOUR`` em above or below it that starts
    within ``STEP_MAX`` em of it, and overlaps no box of those lines, or is the rest of a monospaced
    row of ``other`` (``_row_rest``)."""
    strays = _within_height(run, other)
    return bool(strays) and all(
        line.mono
        and (
            _row_rest(line, other)
            or (
                any(abs(near.x0 - line.x0) <= STEP_MAX * line.size for near in _near(line, other))
                and not any(_boxes_overlap(line, near) for near in _near(line, other))
            )
        )
        for line in strays
    )


def _row_rest(line: Line, other: list[Line]) -> bool:
    """``line`` goes on a monospaced line of ``other`` on its row that ends left of it: a printed
    matrix's row boxed apart from its first column. frobby's manual (p. 11) prints 4ti2's "1  0 0 0"
    under "to get"; pdfminer boxed "0 0 0" with the sentence over the matrix, which it tore, read
    after "… if it had a" and cut as a fragment, the row left "1"."""
    return any(near.mono and near.x1 <= line.x0 and on_row(line, near) for near in other)


def _display_in_free_rows(run: list[Line], other: list[Line]) -> bool:
    """The lines of ``run`` (read after ``other``) within ``other``'s height are a code display
    (typewriter lines, and the label over a listing, ``_labels_listing``) that pdfminer boxed with
    text below it: each of its lines has a row of its own, which no line of ``other`` with text
    reaches into (a mark beside it, ``_mark``, is none). A display centred under a short line
    starts far from it, so the step rule (``_strays_in_rows``) does not find it; a column beside
    another has the other's text on its rows; prose is left in pdfminer's order."""
    strays = _within_height(run, other)
    announced = (
        _announced_display(strays, other)
        or _display_in_sentence(strays, other)
        or _outputs_between_inputs(strays, other)
    )
    return (announced or any(line.typewriter for line in strays)) and all(
        (line.typewriter or announced or _labels_listing(line, run))
        and not any(_rows_shared(line, near) and not _mark(near) for near in other)
        for line in strays
    )


def _announced_display(strays: list[Line], other: list[Line]) -> bool:
    """``strays`` are a display a sentence announces, in whatever font (a manual's syntactic forms,
    "if b then f else g", keywords in typewriter and names in italic): the nearest line of
    ``other`` above the first of them ends in a colon ("… has one of the following two syntactic
    forms:"), a sentence, not code (a listing's comment "-- Declare wrapper for Test_P3:" over a
    Sphinx box's "(continues on next page)"), and each of them starts right of that line's start
    and shares width with one of the sentence's last ``LEAD_LINES`` lines, indented or centred
    under it. A float read late is announced by no colon right over it; the next column's lines
    beside a sentence ending in a colon (yacas' ref.book.pdf, "Parameters:" in one column, "list – a
    list of elements" in the other) share no width with it, and mostly its rows
    (``_display_in_free_rows``)."""
    above = [line for line in other if strays and line.top < strays[0].top]
    if not above:
        return False
    lines = sorted(above, key=lambda line: line.top)[-LEAD_LINES:]  # the announcing sentence's last lines
    lead = lines[-1]
    return (
        not lead.mono
        and lead.text.rstrip().endswith(":")
        and all(line.x0 > lead.x0 and any(_spans_overlap(line, over) for over in lines) for line in strays)
    )


def _display_in_sentence(strays: list[Line], other: list[Line]) -> bool:
    """``strays`` are displays a sentence runs through, in whatever font (a formula, a ruled box of
    numbers, a command): under each of them the nearest line of ``other`` (a mark aside) starts in
    lower case, the sentence going on, an em or more left of it (the display set in or centred), and
    each lies within the width of ``other``'s lines (a page number's too), in its column; none is a
    float's caption (``FLOAT_CAPTION``: a float LaTeX set inside a paragraph is read after it) or a
    mark (a contents page's leader dots scattered over its rows).
    4ti2_manual.pdf p. 14's "1+3=2+2", centred between "… it contains the subidentity" and "which is in fact
    primitive.", read after the second; p. 19's box "4coins.feas" atop the page, its sentence begun
    overleaf, and "4ti2-normalform 4coins" under "and call", both read after "to produce the file"."""
    from sloika.pipelines.formats.pdf_tables import FLOAT_CAPTION  # pdf_tables imports this module

    text = [line for line in other if not _mark(line)]
    if not strays or not text:
        return False
    left, right = min(line.x0 for line in other), max(line.x1 for line in other)
    return all(
        left <= line.x0
        and line.x1 <= right
        and not _mark(line)
        and not FLOAT_CAPTION.match(line.text)
        and _sentence_under(line, text)
        for line in strays
    )


def _outputs_between_inputs(strays: list[Line], other: list[Line]) -> bool:
    """``strays`` are a session's typeset outputs, in whatever font and however short: the nearest
    line of ``other`` over each and the nearest under it are code (monospaced), both starting an em
    or more left of it, an input and the next input. SageTeX's sageexample centres "4" under
    "sage: 2+2" and "None" under "sage: print('middle')"; pdfminer boxed the outputs apart and read
    them after the last input, so "None" stood under "sage: factor(…)". A single digit is narrower
    than an em, a mark to ``_display_in_sentence``, and no colon announces an output."""
    return bool(strays) and all(code_over_and_under(line, other) for line in strays)


def code_over_and_under(line: Line, other: list[Line]) -> bool:
    """The nearest line of ``other`` over ``line`` and the nearest under it are monospaced and start
    an em or more left of it, each more than a number and alone on its row: ``line`` is set in between
    two code lines, an input's output. A list's typewriter numbers beside their items' text are no
    code (feffit.pdf p. 25's "3" and "4" beside "Lorentzian Window: …" and "Parzen Window: …", the
    display between)."""
    over = max((near for near in other if near.bottom <= line.top), key=lambda near: near.top, default=None)
    under = min((near for near in other if near.top >= line.bottom), key=lambda near: near.top, default=None)
    return all(
        near is not None
        and near.mono
        and near.x0 <= line.x0 - line.size
        and not NUMBERS_ONLY.match(near.text)
        and not any(_rows_shared(near, beside) and not beside.mono for beside in other)
        for near in (over, under)
    )


def _sentence_under(line: Line, text: list[Line]) -> bool:
    """The nearest line of ``text`` under ``line`` starts in lower case an em or more left of it:
    a sentence going on under a display set in from it."""
    under = min((other for other in text if other.top > line.top), key=lambda other: other.top, default=None)
    first = under.text.lstrip()[:1] if under is not None else ""
    return under is not None and first.islower() and under.x0 <= line.x0 - line.size


def _mark(line: Line) -> bool:
    """A line narrower than an em is a mark, not text: a glyph of a frame's drawn zigzag beside a
    listing, a bullet."""
    return line.x1 - line.x0 < line.size


def _near(line: Line, run: list[Line]) -> list[Line]:
    """The lines of ``run`` that share width with ``line`` within ``GAP_NEIGHBOUR`` em above or below."""
    return [other for other in run if _near_over(line, other)]


def _near_over(line: Line, other: Line) -> bool:
    """``other`` shares width with ``line`` and stands within ``GAP_NEIGHBOUR`` em above or below it."""
    return _spans_overlap(line, other) and abs(other.top - line.top) <= GAP_NEIGHBOUR * line.size


def _rows_merged(first: list[Line], then: list[Line]) -> list[Line]:
    """The lines of two runs of one column in the order of their rows, each run's own order kept:
    the higher of the two next lines first, and of two on one row (a listing's line number and
    its code) the one further left."""
    out: list[Line] = []
    a, b = 0, 0
    while a < len(first) and b < len(then):
        if _before(then[b], first[a]):
            out.append(then[b])
            b += 1
        else:
            out.append(first[a])
            a += 1
    return out + first[a:] + then[b:]


def _before(line: Line, other: Line) -> bool:
    """``line`` reads before ``other``: it stands higher, or on its row and further left. Two lines
    share a row when the lower one's top lies more than ``ROW_SHARE`` em above the other's bottom."""
    upper, lower = (line, other) if line.top <= other.top else (other, line)
    if lower.top < upper.bottom - ROW_SHARE * lower.size:
        return line.x0 < other.x0
    return line is upper


def _interleaved(above: list[Line], run: list[Line]) -> bool:
    """``run`` (read after ``above``, starting higher up) fills the rows ``above`` left free, as one
    column: where the two overlap in height (and a line on either side), taken by their tops they are
    a stack at one line pitch (between one and two line heights; no distance under ``ROW_APART`` of it,
    as two columns side by side have on a shared row, or over it by more than ``PITCH_EVEN``), each line
    starting within ``STEP_MAX`` em of the line over it, two lines of each run or more. A column
    beside another, a float or a note read out of order has rows of its own or stands apart."""
    low, high = max(above[0].top, run[0].top), min(above[-1].top, run[-1].top)
    stack = sorted(above + run, key=lambda line: line.top)
    inside = [at for at, line in enumerate(stack) if low <= line.top <= high]
    if not inside:
        return False
    zone = stack[max(inside[0] - 1, 0) : inside[-1] + 2]
    ids = {id(line) for line in run}
    if sum(id(line) in ids for line in zone) < 2 or sum(id(line) not in ids for line in zone) < 2:
        return False
    distances = sorted(b.top - a.top for a, b in zip(zone, zone[1:], strict=False))
    pitch = distances[len(distances) // 2]
    size = zone[0].size
    return size <= pitch <= 2 * size and all(
        ROW_APART * pitch <= b.top - a.top <= (1 + PITCH_EVEN) * pitch
        and abs(b.x0 - a.x0) <= STEP_MAX * b.size
        and abs(b.size - a.size) < 1.0
        for a, b in zip(zone, zone[1:], strict=False)
    )


def _labels_in_rows(page: list[Line]) -> list[Line]:
    """The page with each column of labels that pdfminer read whole before the lines on their rows
    put back in their rows (``_labels_placed``). A session's prompts set in a margin column left of
    its inputs and outputs (Maxima's "(c4)" / "(d4)", its inputs in typewriter beside them, its
    outputs centred under) are boxed apart from them: pdfminer read "(c4)" "(d4)" "(c5)" "(d5)", then
    the two inputs and their outputs, and a display written later goes after the prose line over it
    (``pdf_layout``'s ``_placed``: the label), so both outputs stood before both inputs
    (pdiff-doc.pdf pp. 2–11). A column is ``_label_column``: the line read right after it goes back
    up to its first label's row, right of it, so it was read before what its rows hold."""
    page = list(page)
    for at in range(len(page)):
        column = _label_column(page, at)
        if column:
            page[at:] = _labels_placed(column, page[at + len(column) :])
    return page


def _labels_placed(column: list[Line], rest: list[Line]) -> list[Line]:
    """The lines read after a column of labels with each label alone on its row (an output's "(d4)")
    put before the first of them that stands on its row or under it, the places rising down the
    column, so the labels keep their order; the display under such a label goes after it
    (``_placed``). A label with a line of ``rest`` on its row (an input's "(c55)") stays before them
    all: set right before that line it would be joined to it (``pdf_pieces``: "(c55) kill(rules)$",
    no longer a listing's row)."""
    rest = list(rest)
    alone = [label for label in column if not any(on_row(label, line) for line in rest)]
    places = [
        next((i for i, ln in enumerate(rest) if ln.top >= _row_top(label)), len(rest)) for label in alone
    ]
    for label, place in reversed(list(zip(alone, places, strict=True))):
        rest.insert(place, label)
    return [label for label in column if not any(label is other for other in alone)] + rest


def _row_top(label: Line) -> float:
    """The highest top a line on ``label``'s row or under it has: ``ROW_SHARE`` em over the label's."""
    return label.top - ROW_SHARE * label.size


def _label_column(page: list[Line], at: int) -> list[Line]:
    """The labels read from ``at`` on, one after another down the page: ``COLUMN_LABELS`` or more
    single words, each at most ``LABEL_WIDTH`` em wide and starting within ``LABEL_EDGE`` em of the
    first's left edge, and the line read right after them going back up to the first one's row,
    starting right of it: pdfminer read the column whole, then what its rows hold from its top (a
    column of equation numbers stands right of its displays; cddlib's file format, "begin" over "m" /
    "d + 1 numbertype", went on from "m"'s row, and "begin" was read in its place). Empty where there
    is none."""
    first = page[at]
    column: list[Line] = []
    for line in itertools.islice(page, at, None):
        label = (
            len(line.text.split()) == 1
            and line.x1 - line.x0 <= LABEL_WIDTH * line.size
            and abs(line.x0 - first.x0) <= LABEL_EDGE * line.size
            and (not column or line.top > column[-1].bottom)
        )
        if not label:
            break
        column.append(line)
    after = page[at + len(column)] if at + len(column) < len(page) else None
    read_later = bool(column) and after is not None and on_row(first, after) and after.x0 > first.x1
    return column if len(column) >= COLUMN_LABELS and read_later else []


def _stairs_joined(page: list[Line]) -> list[Line]:
    """The page with each word set as a stair (a song's "во" / "ро" / "ны", each piece a line below
    the one before and an even step right of it) as one line of the word: no watermark, whose letters
    stand one under the other, and no text to lose as a letter column."""
    kept: list[Line] = []
    at = 0
    while at < len(page):
        end = at + 1
        while end < len(page) and _stair_step(page[at:end], page[end]):
            end += 1
        if end - at >= 3:
            stair = page[at:end]
            kept.append(
                Line(
                    stair[0].page,
                    "".join(line.text.replace(" ", "") for line in stair),
                    stair[0].x0,
                    stair[-1].x1,
                    stair[0].top,
                    stair[-1].bottom,
                    stair[0].size,
                    stair[0].page_height,
                    italic=all(line.italic for line in stair),
                )
            )
        else:
            kept.extend(page[at:end])
        at = end
    return kept


def _stair_step(stair: list[Line], line: Line) -> bool:
    """``line`` is the next piece of the ``stair`` read so far: a piece of one or two letters, as they
    are, under the last one (within two lines' height) and one step right of it, the step as wide as
    the stair's first one."""
    above = stair[-1]
    em = above.size
    step = line.x0 - above.x0
    first = stair[1].x0 - stair[0].x0 if len(stair) > 1 else step
    return (
        all(LETTER_COLUMN_ITEM.fullmatch(one.text.replace(" ", "")) for one in (above, line))
        and line.page == above.page
        and 0 < line.top - above.top <= 2 * em
        and STAIR_STEP[0] * em <= step <= STAIR_STEP[1] * em
        and abs(step - first) < STAIR_EVEN * em
    )


def _without_letter_columns(page: list[Line], rules: list[Rule] = ()) -> list[Line]:
    """A run of three or more lines of one or two letters each: a word written vertically letter by
    letter, such as a watermark down the margin, not text; ``rules`` are the page's (``_ruled_column``)."""
    words = [line for line in page if not NUMBERS_ONLY.match(line.text)]  # a drawing's sizes between
    tiny = [bool(LETTER_COLUMN_ITEM.fullmatch(line.text.replace(" ", ""))) for line in words]
    gone: set[int] = set()
    start = 0
    while start < len(words):
        end = start
        while end < len(words) and tiny[end]:
            end += 1
        run = words[start:end]
        if (
            end - start >= 3
            and not _table_column(run, page)
            and not _ruled_column(run, page, rules)
            and not _ruled_cells(run, rules)
            and not _printed_column(run, page)
            and not _rows_side_by_side(run)
            and not _described_keys(run, page)
        ):
            gone.update(id(line) for line in words[start:end])
        start = end + 1
    return [line for line in page if id(line) not in gone]


def _table_column(run: list[Line], page: list[Line]) -> bool:
    """Each line of the run stands on the row of a short cell right of it (``TABLE_CELL_CHARS`` at
    most, on its baseline): the run is a table's first column (codicefiscaleitaliano.pdf's letters
    A–Z beside their values "1", "0", "5"), not a word written down the margin, whose letters stand
    beside prose lines or nothing."""
    return all(
        any(
            other is not line
            and other.x0 > line.x1
            and abs(other.bottom - line.bottom) < ROW_ALIGN * line.size
            and len(other.text.strip()) <= TABLE_CELL_CHARS
            for other in page
        )
        for line in run
    )


def _described_keys(run: list[Line], page: list[Line]) -> bool:
    """Each line of the run is a typewriter or italic key on the row of a description right of it:
    the next line there, not monospaced (nor italic beside an italic key), with words, all the
    descriptions starting at one edge. The run is a key table's first column (a manual's graphics
    keys "r", "T", "g" … beside "refresh the screen", "draw the sub-domain number" …; a Texinfo
    ``@table @var``'s outputs "n", "nx", "ny" beside "Number of rows." …), not a word written down
    the margin, whose letters are no such cells each beside a line starting at one edge; cut, the
    rows ran together."""
    edges = []
    for line in run:
        right = [o for o in page if o.x0 > line.x1 and abs(o.bottom - line.bottom) < ROW_ALIGN * line.size]
        cell = min(right, key=lambda other: other.x0, default=None)
        if not (line.mono or line.italic) or cell is None or cell.mono or (not line.mono and cell.italic):
            return False
        if not DESCRIPTION_WORD.search(cell.text):
            return False
        edges.append(cell.x0)
    return max(edges) - min(edges) < KEY_EDGE * run[0].size


def _ruled_column(run: list[Line], page: list[Line], rules: list[Rule]) -> bool:
    """Each line of the run has a rule down between it and a line on its row right of it: the run
    is a ruled table's first columns (a Doxygen "Parameters" table's names "q", "p", "bt" beside
    their wrapped descriptions, its "in" beside "x"), cut as a word written down the margin, which
    no rule parts from the text beside it; the descriptions stood without their names."""
    down = _down_rules(rules)
    return all(
        any(
            other.x0 > line.x1
            and _rows_shared(line, other)
            and any(line.x1 <= r[0] <= other.x0 and r[1] < (line.top + line.bottom) / 2 < r[3] for r in down)
            for other in page
        )
        for line in run
    )


def _ruled_cells(run: list[Line], rules: list[Rule]) -> bool:
    """Each line of the run stands between two rules down, one left of it and one right of it, each
    within ``CELL_RULE_REACH`` em and across its middle: the run is a ruled table's cells, however
    few letters they hold (a Lisp quick reference's "D" (destructive) column head over its "no"
    cells, the last beside a row with no example right of it), never a word written down the
    margin, which stands in no cell."""
    down = _down_rules(rules)

    def walled(line: Line, side: int) -> bool:
        middle, reach = (line.top + line.bottom) / 2, CELL_RULE_REACH * line.size
        edge = line.x1 if side > 0 else line.x0
        return any(0 <= side * (r[0] - edge) <= reach and r[1] < middle < r[3] for r in down)

    return all(walled(line, -1) and walled(line, 1) for line in run)


def _down_rules(rules: list[Rule]) -> list[Rule]:
    """The rules that run down the page: thin ones, taller than wide."""
    return [r for r in rules if r[2] - r[0] < r[3] - r[1]]


def _rows_side_by_side(run: list[Line]) -> bool:
    """Each line of the run shares its baseline with another of the run: the pieces of a drawing's
    rows set side by side ("BC" beside "D" in a diagram of boxes drawn in letters), not a word
    written down the margin, whose letters stand one a row."""
    return all(
        any(other is not line and abs(other.bottom - line.bottom) < ROW_ALIGN * line.size for other in run)
        for line in run
    )


def _printed_column(run: list[Line], page: list[Line]) -> bool:
    """Each line of the run is monospaced and stands on the row of a monospaced line outside it: the
    run is a column of printed output (an R ``summary()``'s "NA" under "Std. Error", beside each
    coefficient's name and estimate), not a word written down the margin."""
    inside = {id(line) for line in run}
    return all(
        line.mono
        and any(
            other.mono and id(other) not in inside and abs(other.bottom - line.bottom) < ROW_ALIGN * line.size
            for other in page
        )
        for line in run
    )
