"""The hang a list sets its entries' wrapped lines at, and the lines that go on an entry there.

A description list or a reference list opens each entry with a term or a label and wraps the entry's
text at one hanging indent, whatever the first line ends with. A line at that hang under the entry's
first line is the entry going on, no paragraph indented under a sentence's end: the Glimmer release
notes' "InFrm Score The normalized … in its reading frame." over "This is just the appropriate-frame
value …", "-p Was used to specify … their lengths." over "This is problematic …", "[DHK+99] A.
Delcher, … Improved" over "microbial gene identification …" over "27(23):4636–4641, 1999." were torn
apart. The list shows its hang itself: another entry, apart from the line over it, whose next two lines
stand at one indent right of its start (``list_hangs``); a paragraph's first-line indent holds for one
line, and the line under it is back at the margin.

A list may set its entries at the leading with no label, each opening at the list's edge and wrapping
at the hang (MNRAS's references: "Ashton G., … arXiv:1811.02042" over "Betancourt M., …" over "Blei D.
M., … arXiv e-prints," over "Blitzstein J., … Introduction to Probability." over "Chapman & Hall/CRC
Texts …" at the hang): there no gap and no label parts two entries, and the hang alone tells them apart
(``hanging_lists``)."""

from __future__ import annotations

from sloika.pipelines.formats.pdf_breaks import (
    HANGING,
    SAME_INDENT,
    _at_hanging_indent,
    _entry_label,
    _same_start,
    _word_fits,
)
from sloika.pipelines.formats.pdf_glyphs import PRIVATE_USE
from sloika.pipelines.formats.pdf_line_record import MARK, Line
from sloika.pipelines.formats.pdf_measures import INDENT, PARAGRAPH_GAP

SIZE_STEP = 0.5  # pt: lines this close in size are set in one size
WRAPPED_ENTRIES = 2  # entries wrapping at an unlabelled list's hang, at least, that show the list


def list_hangs(lines: list[Line], usual_gap: float) -> dict[int, list[tuple[float, Line]]]:
    """Each page's hanging indents: where a prose line stands right under an entry's first line (set
    apart from the line over it by more than a paragraph's line gap, or opening its page), more than
    ``HANGING`` em right of its start, and the line under it, right under it, starts there too (the
    entry wraps at its hang twice), with that first line. ``usual_gap``: the document's gap between a
    paragraph's lines, in em."""
    hangs: dict[int, list[tuple[float, Line]]] = {}
    for at in range(1, len(lines) - 1):
        head, line, under = lines[at - 1], lines[at], lines[at + 1]
        above = lines[at - 2] if at > 1 else None
        em = head.size
        if not (_prose(head) and _prose(line) and _prose(under)) or head.x0 + HANGING * em >= line.x0:
            continue
        apart = above is None or above.page != head.page or head.top - above.bottom > _gap(usual_gap, em)
        wraps = _next_line(head, line, usual_gap) and _next_line(line, under, usual_gap)
        if apart and wraps and abs(under.x0 - line.x0) <= SAME_INDENT * em:
            hangs.setdefault(line.page, []).append((line.x0, head))
    return hangs


def at_list_hang(
    opener: Line | None,
    previous: Line,
    line: Line,
    hangs: dict[int, list[tuple[float, Line]]],
    usual_gap: float,
    right: float,
) -> bool:
    """``line`` goes on the entry ``opener`` opened and ``previous`` ends: it stands right under
    ``previous`` at a hang another entry of its page shows (``list_hangs``), right of the entry's first
    line, under that first line or under a line at the same hang, opening no label of its own; and
    ``previous`` stopped for want of room (``line``'s first word would not have fitted after it: a term
    alone on its line, or an entry's last line, stops short by choice) and leads in to nothing (a line
    ending in a colon over a block set in: an address under "… at her office:")."""
    em = previous.size
    return (
        opener is not None
        and opener.page == previous.page == line.page
        and _prose(previous)
        and _prose(line)
        and MARK.sub("", line.text)[:1].isalnum()
        and _entry_label(line.text) is None
        and _next_line(previous, line, usual_gap)
        and not MARK.sub("", previous.text).rstrip().endswith(":")
        and any(
            abs(line.x0 - hang) <= SAME_INDENT * em and head is not opener
            for hang, head in hangs.get(line.page, ())
        )
        and opener.x0 + HANGING * em < line.x0
        and (previous is opener or abs(previous.x0 - line.x0) <= SAME_INDENT * em)
        and not _word_fits(previous, line, right)
    )


def hanging_lists(
    lines: list[Line], usual_gap: float, right: dict[int, float]
) -> dict[int, tuple[int, bool]]:
    """The lines of unlabelled hanging lists, by ``id``: the list's number and whether the line stands
    at the list's hang (it goes on the entry over it) or at its edge (it opens an entry). A run of text
    lines, each the next under the one before (``_next_line``: in one size, at the leading), that start
    at two places only, an edge and a hang right of it (``_at_hanging_indent``, ``2 * INDENT`` em at
    most), is such a list where ``WRAPPED_ENTRIES`` entries at least wrap at the hang, one of them
    twice (a paragraph's first-line indent holds for one line), every line at the hang stands under a
    line that stopped for want of room (``_word_fits``, ``right``: each line's column edge, by ``id``;
    a paragraph's indented first line stands under the last line of the one before, which stopped by
    choice), and no line at the edge opens with a label (a labelled list's labels part its items)."""
    found: dict[int, tuple[int, bool]] = {}
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and run and _text(line) and _next_line(run[-1], line, usual_gap):
            run.append(line)
            continue
        hung = _hang_of(run, right)
        for one, at_hang in zip(run, hung or (), strict=False):
            found[id(one)] = (id(run[0]), at_hang)
        run = [line] if line is not None and _text(line) else []
    return found


def _hang_of(run: list[Line], right: dict[int, float]) -> list[bool] | None:
    """Whether each line of ``run`` stands at its hang, where ``run`` is an unlabelled hanging list
    (``hanging_lists``); None where it is not."""
    if len(run) < 2 * WRAPPED_ENTRIES + 1:
        return None
    edge = min(run, key=lambda one: one.x0)
    at_hang = [_at_hanging_indent(edge, one, reach=2 * INDENT) for one in run]
    hang = next((one for one, hung in zip(run, at_hang, strict=True) if hung), None)
    if hang is None or any(
        not (_same_start(hang, one) if hung else _same_start(edge, one))
        for one, hung in zip(run, at_hang, strict=True)
    ):
        return None
    pairs = list(zip(run, run[1:], at_hang, at_hang[1:], strict=False))
    if any(not hung and _entry_label(one.text) for one, hung in zip(run, at_hang, strict=True)) or any(
        below_hung and _word_fits(above, below, right.get(id(above), above.x1))
        for above, below, _, below_hung in pairs
    ):
        return None
    wrapped = sum(not hung and below_hung for _, _, hung, below_hung in pairs)
    twice = any(hung and below_hung for _, _, hung, below_hung in pairs)
    return at_hang if wrapped >= WRAPPED_ENTRIES and twice else None


def hanging_entry_goes_on(lists: dict[int, tuple[int, bool]], previous: Line, line: Line) -> bool | None:
    """Within one unlabelled hanging list (``hanging_lists``), ``line`` goes on the entry ``previous``
    ends where it stands at the hang, and opens the next where it stands at the edge, however
    ``previous`` ends (a title's stop: "… Introduction to Probability." + "Chapman & Hall/CRC …"; a
    page's "p." + "arXiv:1812.08549") and ``line`` opens; None where the two stand in no one list."""
    above, below = lists.get(id(previous)), lists.get(id(line))
    if above is None or below is None or above[0] != below[0]:
        return None
    return below[1]


def _text(line: Line) -> bool:
    """``line`` holds text, monospaced or not (a reference's typewriter URL), no placeholder."""
    text = MARK.sub("", line.text)
    return bool(text) and not PRIVATE_USE.match(text)


def _prose(line: Line) -> bool:
    """``line`` is a line of text, no code's and no placeholder's (a table's, a display's, debris)."""
    text = MARK.sub("", line.text)
    return not line.mono and bool(text) and not PRIVATE_USE.match(text)


def _next_line(line: Line, under: Line, usual_gap: float) -> bool:
    """``under`` is the next line of ``line``'s paragraph by height: below it on its page, in its size,
    no wider apart than a paragraph's lines."""
    gap = under.top - line.bottom
    return (
        under.page == line.page
        and abs(under.size - line.size) <= SIZE_STEP
        and 0 <= gap <= _gap(usual_gap, line.size)
    )


def _gap(usual_gap: float, em: float) -> float:
    """The widest gap between a paragraph's lines, in points, at ``em``."""
    return (usual_gap + PARAGRAPH_GAP) * em
