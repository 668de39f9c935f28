"""The hang a list sets its entries' wrapped lines at, and the lines that go on an entry there.

A description list or a reference list opens each entry with a term or a label and wraps the entry's
text at one hanging indent, whatever the first line ends with. A line at that hang under the entry's
first line is the entry going on, no paragraph indented under a sentence's end: the Glimmer release
notes' "InFrm Score The normalized … in its reading frame." over "This is just the appropriate-frame
value …", "-p Was used to specify … their lengths." over "This is problematic …", "[DHK+99] A.
Delcher, … Improved" over "microbial gene identification …" over "27(23):4636–4641, 1999." were torn
apart. The list shows its hang itself: another entry, apart from the line over it, whose next two lines
stand at one indent right of its start (``list_hangs``); a paragraph's first-line indent holds for one
line, and the line under it is back at the margin."""

from __future__ import annotations

from sloika.pipelines.formats.pdf_breaks import HANGING, SAME_INDENT, _entry_label, _word_fits
from sloika.pipelines.formats.pdf_glyphs import PRIVATE_USE
from sloika.pipelines.formats.pdf_line_record import MARK, Line
from sloika.pipelines.formats.pdf_measures import PARAGRAPH_GAP

SIZE_STEP = 0.5  # pt: lines this close in size are set in one size


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
