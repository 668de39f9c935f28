"""Advanced SubStation Alpha (.ass) and SubStation Alpha (.ssa) subtitles.

The format fansubs and Aegisub write: an ``[Events]`` section whose ``Format:`` line names the
fields of each ``Dialogue:`` line, the text last (it may hold commas). The text carries override
blocks (``{\\an8}``, ``{\\pos(320,50)\\c&H00FFFF&}``, karaoke ``{\\k20}``) and escapes (``\\N`` a
line break, ``\\n`` a soft one, ``\\h`` a hard space); a block with ``\\p1`` switches to vector
drawing, whose "text" is path commands (``m 0 0 l 100 0``) until ``\\p0``. A reader wants the
words: overrides and drawings go, the escapes become spaces, ``Comment:`` lines are skipped, the
same line drawn twice on two layers (a glow under the text) counts once, and the events are read
in time order (typesetters group them by layer and style, not by time).
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.base import FormatError, Parsed, decode_text, encoding_fields
from sloika.pipelines.formats.cues import Cue, merge_cues

TIME = re.compile(r"^\s*(\d+):(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?\s*$")
OVERRIDE = re.compile(r"\{([^{}]*)\}")
DRAWING = re.compile(r"\\p([0-9]+)")
ESCAPES = re.compile(r"\\([Nnh])")  # a line break, a soft one, a hard space (SRT converted from .ass too)
DEFAULT_FIELDS = ["Layer", "Start", "End", "Style", "Name", "MarginL", "MarginR", "MarginV", "Effect", "Text"]


def parse_ass(data: bytes, pause_s: float) -> list[Parsed]:
    # older Aegisub and Windows tools save UTF-16 with a BOM, or the system's code page (cp1251)
    text, encoding = decode_text(data, "ASS/SSA subtitles")
    events: list[tuple[float, float, str, str, int]] = []
    fields, section = DEFAULT_FIELDS, ""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped.lower()
        elif section == "[events]" and stripped.lower().startswith("format:"):
            fields = [name.strip() for name in stripped.split(":", 1)[1].split(",")]
        elif section == "[events]" and stripped.startswith("Dialogue:"):
            values = dict(zip(fields, stripped.split(":", 1)[1].split(",", len(fields) - 1), strict=False))
            start, end = _seconds(values.get("Start", ""), number), _seconds(values.get("End", ""), number)
            words = _plain(values.get("Text", ""))
            if words:
                events.append((start, end, words, values.get("Name", "").strip(), number))
    if not events:
        raise FormatError(
            "no_cues", "no `Dialogue:` lines in an `[Events]` section: is this an ASS/SSA file?"
        )
    cues: list[Cue] = []
    for start, end, words, name, _ in sorted(events):
        if cues and (cues[-1].start_s, cues[-1].end_s, cues[-1].text) == (start, end, words):
            continue  # the same line on another layer (a glow or border under the text)
        cues.append(Cue(start, max(start, end), words, {"speaker": name} if name else {}))
    return [merge_cues(cues, "transcript", pause_s, encoding_fields(encoding))]


def _plain(text: str) -> str:
    """The words of one event's text: override blocks out, drawings out, escapes as spaces."""
    pieces, drawing, cursor = [], False, 0
    for block in OVERRIDE.finditer(text):
        if not drawing:
            pieces.append(text[cursor : block.start()])
        modes = DRAWING.findall(block.group(1))
        if modes:
            drawing = modes[-1] != "0"
        cursor = block.end()
    if not drawing:
        pieces.append(text[cursor:])
    return " ".join(ESCAPES.sub(" ", "".join(pieces)).split())


def _seconds(stamp: str, number: int) -> float:
    match = TIME.match(stamp)
    if not match or int(match[2]) > 59 or int(match[3]) > 59:
        raise FormatError(
            "bad_timestamp", f"line {number}: `{stamp.strip()[:20]}` is not H:MM:SS.cc; fix that event"
        )
    fraction = match[4] or "0"
    return round(
        int(match[1]) * 3600 + int(match[2]) * 60 + int(match[3]) + int(fraction) / 10 ** len(fraction), 3
    )
