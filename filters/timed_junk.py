"""ASR junk that a cue's time gives away: a blip of a foreign script, a loop after the last silence.

A recogniser trained on many languages writes the noise between two voices as a character of
another script: «符» and «你» in an English transcript, each on screen for a fifth of a second
(check 54, an IELTS listening test). No subtitler times a cue so: a subtitle stays up long enough
to be read, five sixths of a second at least in Netflix's timed-text style guide. And over a long
silence before the end Whisper invents a sentence out of words it heard earlier and says it again
and again («In theory, some of these dark particles could even organize into forms of light that
light does not exist at all, …» twice, 24 s after a documentary's last line): a loop shorter
than ``decoding_loop``'s three repeats, which only the silence, the file's end and the mash of
earlier words set apart from a speaker who repeats a line.
"""

from __future__ import annotations

from statistics import median

from sloika.text.scripts import script_of
from sloika.text.spans import Span

BLIP_S = 0.5  # a cue shown shorter than this is read by no one: under the 5/6 s a subtitle stays up
# ... in a file whose cues stay up this long at the median: where they are a word each (a karaoke
# file, Whisper's words written as cues), a short cue is no sign of noise
MIN_MEDIAN_CUE_S = 1.0
MAX_BLIP_LETTERS = 2
# a silence this long before the last cues: half of Whisper's 30-second window heard no speech
TAIL_SILENCE_S = 15.0
MIN_LOOP_WORDS = 3  # as ``decoding_loop``'s long phrase: "Thank you. Thank you." is speech
MASH_SHARE = 0.9  # of the repeated sentence's words said before it: a mash of what was heard


def stray_script_cues(text: str, cues: list[Span]) -> list[Span]:
    """The cues of one or two letters of a script the rest of the transcript never writes, shown
    under ``BLIP_S`` in a file of longer cues (``MIN_MEDIAN_CUE_S``): a recogniser's noise, «符»
    between an English speaker's lines. A short word of the transcript's own script ("I", "OK"), a
    foreign word the speech uses elsewhere and a cue shown long enough to be read stay."""
    if not cues or median(map(_shown_s, cues)) < MIN_MEDIAN_CUE_S:
        return []
    letters = [[char for char in text[cue.start : cue.end] if char.isalpha()] for cue in cues]
    blips = {
        index
        for index, (cue, found) in enumerate(zip(cues, letters, strict=True))
        if 0 < len(found) <= MAX_BLIP_LETTERS
        and len({script_of(char) for char in found}) == 1
        and not any(char.isdigit() for char in text[cue.start : cue.end])
        and _shown_s(cue) < BLIP_S
    }
    written = {script_of(char) for index, found in enumerate(letters) if index not in blips for char in found}
    if not written:
        return []
    return [cues[index] for index in sorted(blips) if script_of(letters[index][0]) not in written]


def _shown_s(cue: Span) -> float:
    start, end = cue.attrs.get("start_s"), cue.attrs.get("end_s")
    return end - start if start is not None and end is not None else float("inf")


def silence_loop(cues: list[Span], words: list[tuple[str, ...]]) -> tuple[int, int] | None:
    """The first cue of the transcript's tail that is Whisper's loop after silence and how many
    times it says its sentence, else None. The tail is the cues after the last silence of
    ``TAIL_SILENCE_S`` or more (``words`` holds each cue's words; cues cut already are left out by
    the caller); it is a loop where its cues part into two groups or more with the same words, of
    ``MIN_LOOP_WORDS`` or more, which the speech before never said in a row (a song's chorus
    sung again stays) although nine in ten of them are its words: a mash of what was heard."""
    start = next(
        (
            index
            for index in range(len(cues) - 1, 0, -1)
            if gap_s(cues[index - 1], cues[index]) >= TAIL_SILENCE_S
        ),
        None,
    )
    if start is None:
        return None
    tail, before = words[start:], [word for cue in words[:start] for word in cue]
    said = set(before)
    for size in range(1, len(tail) // 2 + 1):
        groups = [sum(tail[at : at + size], ()) for at in range(0, len(tail), size)]
        if len(tail) % size or any(group != groups[0] for group in groups):
            continue
        unit = groups[0]
        mash = sum(word in said for word in unit) >= MASH_SHARE * len(unit)
        if len(unit) >= MIN_LOOP_WORDS and mash and not _said_in_a_row(unit, before):
            return start, len(groups)
        return None
    return None


def gap_s(previous: Span, cue: Span) -> float:
    """The silence between two cues, in seconds (0 where either has no time)."""
    end, start = previous.attrs.get("end_s"), cue.attrs.get("start_s")
    return start - end if start is not None and end is not None else 0.0


def _said_in_a_row(unit: tuple[str, ...], words: list[str]) -> bool:
    """Whether ``words`` hold ``unit`` word for word."""
    size = len(unit)
    return any(tuple(words[at : at + size]) == unit for at in range(len(words) - size + 1))
