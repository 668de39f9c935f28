"""Transcripts copied from a video site's transcript panel and saved as subtitles.

YouTube's "Show transcript" panel (and the sites that copy it) prints a time alone on a line, "00:02"
or "1:02:03", and the words said from then on under it: "00:00" / "(doorbell rings)" / "00:02" / "WELL,
SEYMOUR, I MADE IT". Saved under .srt or .vtt such a file holds no ``start --> end`` line, yet every
cue's start is plain: the file is read as timed cues, each shown until the next starts.
"""

from __future__ import annotations

import re

# a time alone on its line: minutes and seconds, hours before them where the video runs that long
BARE_STAMP = re.compile(r"[ \t]*(?:(?P<hours>\d{1,2}):)?(?P<minutes>\d{1,2}):(?P<seconds>\d{2})[ \t]*")
MAX_WORD_LINES = 3  # the words under one time: the panel's line, wrapped at most so by an editor
MIN_CUES = 2  # one time over words is a note, not a transcript
# a transcript's times run forward; a copy pasted out of order may step back now and then, a list of
# times in no order (a log, a timetable) is no transcript
IN_ORDER_SHARE = 0.9


def is_timestamped_transcript(text: str) -> bool:
    """Whether ``text`` is such a transcript (``timestamped_cues``); a page of prose answers at its
    first line."""
    return timestamped_cues(text.splitlines()) is not None


def timestamped_cues(lines: list[str]) -> list[tuple[float, list[tuple[int, str]]]] | None:
    """The file's cues where its non-empty ``lines`` alternate a bare time (``BARE_STAMP``) and the
    words under it (one to ``MAX_WORD_LINES`` lines), the times mostly in order (``IN_ORDER_SHARE``):
    (start in seconds, [(line number, words)]) for each; None where the file is not such a transcript
    (a SubRip file with broken timing lines opens with its cue number, not a time, and a line with
    SubRip's ``-->`` is never a transcript's)."""
    cues: list[tuple[float, list[tuple[int, str]]]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if "-->" in line:
            return None
        start = _seconds(line)
        if start is not None:
            cues.append((start, []))
        elif not cues or len(cues[-1][1]) == MAX_WORD_LINES:
            return None
        else:
            cues[-1][1].append((number, line))
    if len(cues) < MIN_CUES or any(not words for _, words in cues):
        return None
    starts = [start for start, _ in cues]
    forward = sum(a <= b for a, b in zip(starts, starts[1:], strict=False))
    return cues if forward >= IN_ORDER_SHARE * (len(starts) - 1) else None


def _seconds(line: str) -> float | None:
    """The time a ``BARE_STAMP`` line gives, None for any other line or minutes or seconds beyond 59."""
    found = BARE_STAMP.fullmatch(line)
    if not found or int(found["seconds"]) > 59 or (found["hours"] and int(found["minutes"]) > 59):
        return None
    return int(found["hours"] or 0) * 3600.0 + int(found["minutes"]) * 60.0 + int(found["seconds"])
