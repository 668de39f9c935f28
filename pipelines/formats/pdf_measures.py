"""The measures a page's lines are weighed by: line pitch, paragraph skip, right and left margins.

Whether a paragraph ends between two lines is read against what is usual on their page: the gap
between a paragraph's lines, the skip a paragraph break adds, where the column's full lines end and
where its lines start, and the edges of an indented block (a quotation, an abstract). These are
measured once per document from all its lines, apart from the rules that use them (``pdf_breaks``,
``pdf_reflow``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sloika.pipelines.formats.pdf_code_blocks import _code
from sloika.pipelines.formats.pdf_gutters import COLUMN_WIDTH, COLUMN_WORD, GUTTER_PROSE
from sloika.pipelines.formats.pdf_line_record import MARK, Line
from sloika.pipelines.formats.pdf_page_rows import CONTENTS, DEBRIS, SIZE_STEP, TABLE
from sloika.pipelines.formats.pdf_running_columns import running_column
from sloika.pipelines.formats.pdf_tables import FLOAT_CAPTION
from sloika.text.sentences import SENTENCE_END

PARAGRAPH_GAP = 0.3  # em above the page's usual gap between a paragraph's lines that makes a break
SKIP_SLACK = 0.1  # em: a pitch this close under the paragraph skip is that skip (a line's rounding)
PITCH_PAIRS = 3  # sure continuations a page (else the document) shows its own line pitch by
EDGE_LINES = 3  # long lines a page needs to show its own right margin when other pages show theirs
SHORT_LINE = 2.0  # em short of the right edge: the line ended before the margin (last line, heading)
INDENT = 1.0  # em of first-line indent
INLINE_SIZE = 0.5  # pt: a monospaced line set this close to the prose line's size may be inline code
# em: a line ending this close to where the long line under it ends is full in its own block (an
# abstract or a quotation justified to a narrower measure than the page's column)
ALIGNED_END = 0.1
LONG_LINE = 40  # characters: a line this long is a full line of its block, not a title or a last line
COLUMN_START = 2.0  # em: lines starting this near one another are one column's (indents, hanging items)


def fills_measure(line: Line, right: float, em: float | None = None) -> bool:
    """``line`` ends within ``SHORT_LINE`` em (of ``em``, its own size where not given) of the
    measure's right edge ``right``: it wrapped at the margin, its paragraph going on under it. A line
    ending sooner stopped short: a paragraph's last line, a heading, or a line broken for want of
    room for the next word."""
    return line.x1 >= right - SHORT_LINE * (line.size if em is None else em)


def _usual_gap(lines: list[Line]) -> float:
    """The most common gap between a line of prose and the next below it, in em. A listing's lines
    do not count: nbsphinx's notebook cells, set tighter than its prose and outnumbering it, made
    every line of prose set a little wider after a sentence's end open a paragraph."""
    gaps = Counter(
        round((b.top - a.bottom) / a.size, 1)
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page == b.page and b.top > a.top and not (_code(a) or _code(b))
    )
    return gaps.most_common(1)[0][0] if gaps else 0.2


def _line_pitches(lines: list[Line], usual_gap: float, right: dict[int, float]) -> dict[int, float]:
    """Each page's gap between two lines of one paragraph, in em, where that is wider than the
    document's ``usual_gap``: the most common gap under a full prose line that ends no sentence and
    whose next line opens in lower case (a sure continuation), on the page when it has
    ``PITCH_PAIRS`` of them, else in the document. A double-spaced vignette (MNP.pdf) sets its
    prose a line apart and its listings single-spaced; against the listings' gap every line of
    prose opening with a capital, a digit or "(" was a paragraph of its own ("…on Windows, Mac" +
    "OS X, and Linux/UNIX platforms.")."""
    gaps: dict[int, list[float]] = {}
    for above, below in zip(lines, lines[1:], strict=False):
        em = above.size
        sure = (
            _prose_pair(above, below)
            and fills_measure(above, right.get(above.page, above.x1))
            and not SENTENCE_END.search(MARK.sub("", above.text))
            and MARK.sub("", below.text)[:1].islower()
        )
        if sure:
            gaps.setdefault(above.page, []).append(round((below.top - above.bottom) / em, 1))
    every = [gap for page in gaps.values() for gap in page]
    usual = Counter(every).most_common(1)[0][0] if len(every) >= PITCH_PAIRS else usual_gap
    pitches = {}
    for page in {line.page for line in lines}:
        found = gaps.get(page, [])
        pitches[page] = max(
            usual_gap, Counter(found).most_common(1)[0][0] if len(found) >= PITCH_PAIRS else usual
        )
    return pitches


def _prose_pair(above: Line, below: Line) -> bool:
    """Two lines of prose of one size, ``below`` under ``above`` on its page: a pair whose pitch
    tells a paragraph's line from the next paragraph's first."""
    return (
        above.page == below.page
        and below.top > above.top + 0.5 * above.size
        and abs(above.size - below.size) <= INLINE_SIZE
        and not any(_code(one) or one.text.startswith((TABLE, CONTENTS, DEBRIS)) for one in (above, below))
    )


def _paragraph_skip(lines: list[Line], right: dict[int, float]) -> float:
    """The pitch (top to top, in em) the document sets its paragraphs apart by, where it sets them
    apart by more than its lines (a parskip, pandoc's and LaTeX's ``parskip``); 0 where it does not.
    It is the most common pitch between a sure paragraph end (a sentence's end short of the margin)
    and the capital under it, taken only when no sure continuation (a full line, no sentence end,
    lower case next) is set that far apart: a scan's uneven lines show no such skip."""
    ends, goes_on = [], []
    for above, below in zip(lines, lines[1:], strict=False):
        if not _prose_pair(above, below):
            continue
        em, before, text = above.size, MARK.sub("", above.text), MARK.sub("", below.text)
        pitch = round((below.top - above.top) / em, 1)
        full = fills_measure(above, right.get(above.page, above.x1))
        if not full and SENTENCE_END.search(before) and text[:1].isupper():
            ends.append(pitch)
        elif full and not SENTENCE_END.search(before) and text[:1].islower():
            goes_on.append(pitch)
    if len(ends) < PITCH_PAIRS or len(goes_on) < PITCH_PAIRS:
        return 0.0
    skip = Counter(ends).most_common(1)[0][0]
    line = Counter(goes_on).most_common(1)[0][0]
    apart = skip >= line + PARAGRAPH_GAP and all(pitch < skip - SKIP_SLACK for pitch in goes_on)
    return skip if apart else 0.0


def _skip_apart(above: Line, below: Line, skip: float) -> bool:
    """``below`` is set the document's paragraph ``skip`` (``_paragraph_skip``) under ``above``,
    top to top, both of one size: a line holding an inline fraction set smaller ("… a more
    numerically stable version", its numerator over it and most of it in 8 pt) reached as far
    above "of Equation (6) is implemented …" without any skip between them."""
    pitch = round((below.top - above.top) / above.size, 1)
    return bool(skip) and _prose_pair(above, below) and pitch >= skip - SKIP_SLACK


def _right_edges(lines: list[Line]) -> dict[int, float]:
    """Each page's right margin: where most of its long lines end; on a page without long lines
    (a page of verse, a title page) the median of the other pages' margins, so its short lines are
    short (a page's last line's end, as it was, made the stanza lines longer than it full lines and
    glued "Где сидит, глаза прикрыв," + "Старый ворон черный;"). A page with fewer than
    ``EDGE_LINES`` long lines takes that median too where other pages have that many: numberpt.pdf's
    last test page has one line of 40 characters, "2299: DOIS MIL DUZENTOS E NOVENTA E NOVE", which
    made the page's margin and so seemed to fill the column, and the next value joined it; so does a
    page whose long lines do not end together (``_ends_on``: dbscan.pdf's last page, an
    affiliation's three ragged lines, took the longest for its margin and joined "… Wright State
    University" + "3640 Colonel Glenn Hwy, …"). Where no page's long lines end together (ragged
    prose), the pages with ``EDGE_LINES`` long lines give the median still; a document without long
    lines keeps that end."""
    edges: dict[int, list[float]] = {}
    prose: dict[int, list[float]] = {}  # the long lines' ends, listings' aside
    for line in lines:
        if len(line.text) >= 40:
            edges.setdefault(line.page, []).append(line.x1)
            prose.setdefault(line.page, []).extend([] if _code(line) else [line.x1])
    right = {page: sorted(xs)[len(xs) * 3 // 4] for page, xs in edges.items()}
    enough = {page: edge for page, edge in right.items() if len(edges[page]) >= EDGE_LINES}
    shown = {page: edge for page, edge in enough.items() if _ends_on(edge, edges[page])} or enough or right
    usual = sorted(shown.values())[len(shown) // 2] if shown else None
    if usual is not None:
        shown = {page: _usual_reached(edge, prose[page], usual) for page, edge in shown.items()}
    return {line.page: shown.get(line.page, usual or max(line.x1, 0.0)) for line in lines}


def _ends_on(edge: float, ends: list[float]) -> bool:
    """Two or more of a page's long lines (their ``ends``) end on ``edge`` (within ``ALIGNED_END`` em
    of a 10 pt line), as a justified column's do: the page shows that margin."""
    return sum(abs(end - edge) <= ALIGNED_END * 10 for end in ends) >= 2


def _usual_reached(edge: float, ends: list[float], usual: float) -> float:
    """A page's right margin: the document's ``usual`` one where two or more of its long prose
    lines (``ends``) end on it (within ``ALIGNED_END`` em of a 10 pt line), else its own ``edge``.
    A page of short definitions ("Returns box in tiny roman …") under a paragraph that fills the
    column had an edge short of it, and its one-line paragraph was taken for full and run on into
    the next; a listing set past the margin (a licence notice's lines, 1–4 em over) had one past
    it, and "… such as the GNU General Public" ended a paragraph before "License, to permit …"."""
    return usual if _ends_on(usual, ends) else edge


def _column_edges(lines: list[Line], right: dict[int, float]) -> dict[int, float]:
    """Each line's column's right margin, by ``id``: where most long lines starting within
    ``COLUMN_START`` em of its start end together, two at least (a justified column's measure; a
    heading across both columns above it ends elsewhere), when another column's long lines start
    right of it and it is left of the page's margin (``right``); else the page's margin (a
    ragged-right column shows no measure, and two code lines that happen to end together on a
    one-column page are no column). Columns of prose side by side (an exam's English beside its Dutch) end
    well left of the page's long lines, so a line filling its column ("… laureates of the" +
    "VALTOP-bistro competition.") seemed short by the page's margin and ended its paragraph. A
    ragged column with no measure shown has its own lines' (``_ragged_edge``)."""
    long: dict[int, list[Line]] = {}
    prose: dict[int, list[Line]] = {}
    for line in lines:
        if not _code(line) and not line.text.startswith((TABLE, CONTENTS, DEBRIS)):
            prose.setdefault(line.page, []).append(line)
        if len(line.text) >= LONG_LINE and not _code(line):
            long.setdefault(line.page, []).append(line)
    edges = {}
    for line in lines:
        near = COLUMN_START * line.size
        ends = [other.x1 for other in long.get(line.page, []) if abs(other.x0 - line.x0) <= near]
        together = [(sum(abs(end - e) <= ALIGNED_END * line.size for end in ends), e) for e in ends]
        shown, edge = max(together, default=(0, right[line.page]))
        beside = any(other.x0 >= edge for other in long.get(line.page, []))  # a column right of it
        if shown >= 2 and beside:
            edges[id(line)] = min(edge, right[line.page])
            continue
        ragged = _ragged_edge(line, prose.get(line.page, []))  # only where no measure is shown
        edges[id(line)] = right[line.page] if ragged is None else min(ragged, right[line.page])
    return edges


def _ragged_edge(line: Line, page: list[Line]) -> float | None:
    """The right edge of ``line``'s column set ragged: where the rightmost of the lines starting
    within ``COLUMN_START`` em of it ends, when those lines span ``COLUMN_WIDTH`` em or more, a text
    column's width, and ``GUTTER_PROSE`` lines of words or more start right of that on its rows,
    from its column's first line to its last (another column beside it: a slide's list stands 0.3 pt
    over the paragraph beside it, its first item on that paragraph's first row); None on a page of
    one column, and for a table's key column beside its descriptions (feffit.pdf's "Guess" / "Set",
    each beside its description, would have run into one line). A two-column change log's bullets of
    under ``LONG_LINE`` characters show no justified measure, so the left column's lines
    were weighed against the page's right margin: every one of them was short, and a bullet whose
    next line opens in a capital or a digit at its hang was torn ("• Bug fix: Documentation bug
    fixed." / "The default for sort.key should be" / "%s($key). …", bibtool's Changes.pdf). A
    narrower column is a text column too where its lines, in its size, run down as one text
    (``running_column``: a slide's columns, 8–12 em wide, each a paragraph wrapped at its own edge);
    measured by the page's edge, every line of rst2beamer's 9.6 em column looked short and its
    paragraph was parted at a sentence's end ("… of the page in total." / "The ’width’ argument …").
    A table's key column or a list of short items breaks where its words stop and runs no sentence
    on in lower case: no such column."""
    column = [other for other in page if abs(other.x0 - line.x0) <= COLUMN_START * line.size] or [line]
    edge = max(other.x1 for other in column)
    top, bottom = min(other.top for other in column), max(other.bottom for other in column)
    beside = [
        other
        for other in page
        if other.x0 >= edge and other.bottom > top and other.top < bottom and COLUMN_WORD.search(other.text)
    ]
    wide = edge - min(other.x0 for other in column) >= COLUMN_WIDTH * line.size
    same = [other for other in column if abs(other.size - line.size) <= SIZE_STEP]
    text = wide or len(same) > 1 and running_column(same)
    return edge if text and len(beside) >= GUTTER_PROSE else None


def _indented_blocks(
    lines: list[Line], column: dict[int, float], usual_gap: float
) -> dict[int, tuple[float, float]]:
    """The lines of blocks indented on both sides (a quotation, a verse environment), by ``id``: the
    block's left and right edges. LaTeX sets a ``quote`` or ``verse`` with its own margins, so its
    full lines end ``SHORT_LINE`` em or more short of the column's right edge and read as short: a
    quotation's sentence was split before a capital ("…не представляет для" / "Вас никакого
    интереса."), a verse line from its hanging continuation. An edge is a block's when two lines or
    more end there (within ``ALIGNED_END`` em), each starting ``INDENT`` em or more right of the
    page's margin, and one of them runs on below (the next line, inside the block, opens in lower
    case, or the line ends on a comma, after no sentence end: altcdfenvs.pdf's indented citation
    "… Laurent Gautier," + "Morten Mooller, …"): a line broken at the block's measure. Two one-line
    paragraphs that end together are each followed by a capital, and a list's lines reach the
    column's edge. A line with a neighbour that starts where it starts and ends well right of it is
    a short line of a wider block (floatrow-rus.pdf's list descriptions "подпись снизу объекта;" +
    "подпись сбоку объекта.", which end together under a long one), not a measure."""
    margins: dict[int, float] = {}
    for line in lines:
        if len(line.text) >= LONG_LINE and not _code(line):
            margins[line.page] = min(margins.get(line.page, line.x0), line.x0)
    ends: dict[int, list[tuple[Line, bool]]] = {}
    for above, line, below in zip([None, *lines], lines, [*lines[1:], None], strict=False):
        em = line.size
        if line.page not in margins or _code(line) or line.text.startswith((TABLE, CONTENTS, DEBRIS)):
            continue
        if line.x0 < margins[line.page] + INDENT * em or line.x1 > column[id(line)] - SHORT_LINE * em:
            continue
        if any(_wider_beside(line, one, usual_gap) for one in (above, below)):
            continue
        runs_on = (
            _stacked(line, below, usual_gap)
            and below.x0 >= margins[line.page] + INDENT * em
            and (MARK.sub("", below.text)[:1].islower() or MARK.sub("", line.text).rstrip().endswith(","))
            and not SENTENCE_END.search(MARK.sub("", line.text))
        )
        ends.setdefault(line.page, []).append((line, runs_on))
    found: dict[int, tuple[float, float]] = {}
    for members in ends.values():
        for line, _ in members:
            near = [(one, on) for one, on in members if abs(one.x1 - line.x1) <= ALIGNED_END * line.size]
            if len(near) >= 2 and any(on for _, on in near):
                found[id(line)] = (min(one.x0 for one, _ in near), line.x1)
    return found


def _stacked(line: Line, below: Line | None, usual_gap: float) -> bool:
    """``below`` is the next line under ``line`` on its page, at the usual gap or little more."""
    em = line.size
    return (
        below is not None
        and below.page == line.page
        and below.top > line.top + 0.5 * em
        and below.top - line.bottom <= (usual_gap + PARAGRAPH_GAP) * em
    )


def _wider_beside(line: Line, neighbour: Line | None, usual_gap: float) -> bool:
    """``neighbour``, directly above or below ``line`` and starting where it starts (within
    ``INDENT`` em), ends ``SHORT_LINE`` em or more right of it: their block's measure lies further
    right than ``line``'s end."""
    if neighbour is None or _code(neighbour):
        return False
    upper, lower = (line, neighbour) if line.top < neighbour.top else (neighbour, line)
    return (
        _stacked(upper, lower, usual_gap)
        and abs(line.x0 - neighbour.x0) < INDENT * line.size
        and neighbour.x1 > line.x1 + SHORT_LINE * line.size
    )


def _measure(
    previous: Line, line: Line, edges: tuple[dict[int, float], dict[int, tuple[float, float]]]
) -> float:
    """The right margin ``previous`` is measured against: its indented block's when ``line`` stands
    in that block too (``_indented_blocks``), else its column's on its own page (``_column_edges``),
    where ``line`` is overleaf too. A two-sided layout shifts its odd and even pages' margins
    (nitime's SciPy paper by 34 pt): measured by the next page's margin, a page's last line that
    filled its right column looked short, and a short line right of the next line's start is a
    centred one, so "… (such as those used in finance), while the" ended a paragraph overleaf."""
    column, blocks = edges
    block = blocks.get(id(previous))
    if block is not None and line.page == previous.page and line.x0 >= block[0] - INDENT * line.size / 2:
        return block[1]
    return column[id(previous)]


def _margins(
    previous: Line, line: Line, blocks: dict[int, tuple[float, float]], left: dict[int, float]
) -> dict[int, float]:
    """The left margins a line's indent is measured from (``_entry_starts``): its indented block's
    left edge when ``previous`` and ``line`` stand in one (``_indented_blocks``), so an abstract's
    or a quotation's continuation line, at the block's edge, is no entry after a line ending in ":"
    ("… Four commands are provided:" + "\\nlAxisX, \\nlnuminf, … they were built around"); else the
    pages' margins."""
    block = blocks.get(id(previous))
    if block is None or line.page != previous.page or line.x0 < block[0] - INDENT * line.size / 2:
        return left
    return {**left, line.page: block[0]}


def _column_rights(lines: list[Line]) -> dict[int, float]:
    """Each page's right margin where its long lines show it (``_right_edges``), elsewhere the median
    of those margins (a page of verse, of short lines only, has no line that reaches it)."""
    edges: dict[int, list[float]] = {}
    for line in lines:
        if len(line.text) >= 40 and not line.text.startswith((TABLE, CONTENTS, DEBRIS)) and not _code(line):
            edges.setdefault(line.page, []).append(line.x1)
    found = {page: sorted(xs)[len(xs) * 3 // 4] for page, xs in edges.items()}
    usual = sorted(found.values())[len(found) // 2] if found else 0.0
    return {line.page: found.get(line.page, usual) for line in lines}


def _left_edges(lines: list[Line]) -> dict[int, float]:
    """Each page's left margin: where its long lines start, the indented first lines aside, a
    float's caption aside too (``_margin_line``); a page whose only long lines are a caption's takes
    the median of the other pages' margins, as ``_right_edges`` gives it (a float page's caption,
    centred under its figure, had its own start for the margin, so it stood off centre and its
    wrapped line was parted from it: test_report_elf.pdf's "Figure 1.2: … and ABINIT" + "ELF for an
    isolated H atom.")."""
    edges: dict[int, list[float]] = {}
    captioned = {line.page for line in lines if len(line.text) >= LONG_LINE and not _margin_line(line)}
    for line in lines:
        if len(line.text) >= LONG_LINE and _margin_line(line):
            edges.setdefault(line.page, []).append(line.x0)
    found = {page: sorted(xs)[len(xs) // 4] for page, xs in edges.items()}
    usual = sorted(found.values())[len(found) // 2] if found else None
    return {**{page: usual for page in captioned if usual is not None}, **found}


def _margin_line(line: Line) -> bool:
    """A long line that may show its column's left margin: no float's caption, which is centred."""
    return not FLOAT_CAPTION.match(MARK.sub("", line.text))


def _column_lefts(lines: list[Line]) -> dict[int, float]:
    """Each line's column's left margin, by ``id``: where the long lines over and under it start (the
    lower quartile, as ``_left_edges``), a column's beside it (none of its width over it) left out; on
    a page of one column that is the page's margin. A line with no long line over or under it has none
    (a float's caption is none: ``_margin_line``)."""
    long: dict[int, list[Line]] = {}
    for line in lines:
        if len(line.text) >= LONG_LINE and _margin_line(line):
            long.setdefault(line.page, []).append(line)
    edges = {}
    for line in lines:
        starts = sorted(one.x0 for one in long.get(line.page, []) if one.x0 < line.x1 and line.x0 < one.x1)
        if starts:
            edges[id(line)] = starts[len(starts) // 4]
    return edges


def _prose_margins(lines: list[Line], pages: Iterable[int]) -> dict[int, float]:
    """The left margin of each of ``pages`` as its side of a two-sided layout sets it, which a
    listing's edge is measured from overleaf: the margin most pages of its parity share
    (``_side_margin``), each by its prose lines alone (``_left_edges``); of all pages where its side
    has none. A page of short lines has its side's margin too: a listing's last printed value alone
    on a page after a figure page goes on there (clmm2_tutorial.pdf's "4.621893" under the call that
    ends p. 7). A page's own margin was taken where its code's long lines start (or a definition
    list's terms), and a listing going on flush left overleaf took an indent, or an indented one
    lost it. Sides apart only where each side's margin is its own (``_sides_apart``), else the margin
    most pages of all share."""
    prose = _left_edges([ln for ln in lines if not _code(ln)])
    every = list(prose.values())
    sides = [[edge for page, edge in prose.items() if page % 2 == parity] for parity in (0, 1)]
    if not _sides_apart(sides):
        sides = [every, every]
    return {page: _side_margin(sides[page % 2]) for page in pages} if every else {}


def _sides_apart(sides: list[list[float]]) -> bool:
    """Whether the pages of each parity share a margin (``_side_margin``) the other side's pages show
    less than half as often: a two-sided layout's. A one-sided manual whose pages start at 72, 97 or
    119 pt by what they hold (prose, indented API descriptions) had its odd side vote 97 against 119
    by 22 pages to 20, its even side 119: a listing going on overleaf moved 4 columns (mpi4py.pdf)."""
    if not all(sides):
        return False
    points = [round(_side_margin(side)) for side in sides]
    shown = [[sum(round(edge) == point for edge in side) for side in sides] for point in points]
    return all(2 * shown[parity][1 - parity] < shown[parity][parity] for parity in (0, 1))


def _side_margin(edges: list[float]) -> float:
    """The margin most of ``edges`` (pages' left margins) share, to the point, as their median there;
    the median of all where none is shared. A page mostly of indented text (a Texinfo manual's
    definitions, their descriptions 2 em in) has its long lines' start there, and the median of a side
    whose pages were half such took an indent: a diagram going on overleaf moved two columns right."""
    shared = Counter(round(edge) for edge in edges)
    point, count = max(shared.items(), key=lambda item: (item[1], -item[0]))
    near = sorted(edge for edge in edges if round(edge) == point) if count > 1 else sorted(edges)
    return near[len(near) // 2]
