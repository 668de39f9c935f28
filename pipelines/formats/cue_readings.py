"""Cues that hold readings, not speech: a device's log written as subtitles.

A drone or a dash camera records its telemetry as SubRip beside the video, a cue a second or a
frame ("HOME(174.8943,-38.4271) 2017.07.23 11:46:08" / "GPS(174.8943,-38.4271,14) BAROMETER:0.0" /
"ISO:100 Shutter:50 EV: Fnum:2.2"): numbers, coordinates, times, keys before their values and
units after them, no language. What a cue holds decides, not a list of devices' keys: a cue with a
digit and a letter is a reading where under ``READING_WORDS`` of its characters are words (a run
of letters of one of wordfreq's lists, neither a key before its value, "ISO:100", "[iso : 100]",
"GPS (8.2", nor a unit or a name glued to a number, "40ms", "F2.8", "MI6"). A film says "Room
101.", "1999" or "3... 2... 1..." now and then: such a cue is a reading only where most of the
file's cues are (``READING_SHARE``), so a subtitler's file loses none.

A template or a test file numbers its cues instead of saying anything ("Тайм-код 1" / "Тайм-код 2" /
"Тайм-код 3", "Subtitle 1", "Cue #1"): every cue one label and a counter numbering the cues
(``counted_label``) is no speech either; speech that counts ("Раз", "Два"; "3", "2", "1") has no
label the counter runs in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.base import Failed
from sloika.pipelines.formats.cues import SUBTITLE_LANGUAGES, Cue
from sloika.text.scripts import LETTER_RUN

READING_WORDS = 0.25  # a reading's words: under this share of its characters (spaces aside)
READING_SHARE = 0.5  # readings are a device's log where over this share of the file's cues are
REMOVED_LABEL = "telemetry"
WHY = "a reading (numbers, times, keys and units), not speech: most of the file's cues are readings"
# what follows a key: a colon, "=" or a bracket, then a number ("ISO:100", "[iso : 100]", "GPS (8.2")
KEY_TAIL = re.compile(r"\s*[:=(]\s*[-+]?\.?\d")
DIGIT = re.compile(r"\d")
COUNTER = re.compile(r"\d+")
MIN_COUNTED = 2  # a counter runs over this many cues at least
MAX_UNIT = 3  # letters of a unit or a code glued to a number: "m", "ms", "fps", "MI6"
EXAMPLE_CHARACTERS = 80


def readings_apart(cues: list[Cue]) -> list[Cue]:
    """``cues`` with each reading (``is_reading``) set aside as ``telemetry`` where readings are
    over ``READING_SHARE`` of the cues with text; else ``cues`` as they are. Only a file where so
    many cues hold a digit and a letter is weighed (wordfreq's lists, loaded to judge a word, take
    a gigabyte: a film's "Room 101." loads none)."""
    spoken = [cue for cue in cues if cue.text.strip() and not cue.unplaced and not cue.set_aside]
    most = READING_SHARE * len(spoken)
    if sum(_digit_and_letter(cue.text) for cue in spoken) <= most:
        return cues
    readings = {id(cue) for cue in spoken if is_reading(cue.text)}
    if len(readings) <= most:
        return cues
    return [replace(cue, set_aside=(REMOVED_LABEL, WHY)) if id(cue) in readings else cue for cue in cues]


def no_speech(cues: list[Cue], position: int) -> Failed | None:
    """The rejection of a file whose cues with a letter are all readings set aside (``readings_apart``),
    or whose cues are all one label and a counter (``counted_label``), every cue's text as its text
    (a "1999" among the readings too); None where a cue says something."""
    with_text = [cue for cue in cues if cue.text.strip() and not _of_the_file(cue)]
    text = "\n\n".join(cue.text for cue in with_text)
    label = counted_label([cue.text for cue in with_text])
    if label is not None:
        first, last = _example(with_text[0]), _example(with_text[-1])
        detail = (
            f"no speech: all {len(with_text)} cues are the label {label!r} and a counter, {first!r} … "
            f"{last!r} (a template's or a test file's placeholders, not a transcript)"
        )
        return Failed(position, text, "no_speech", detail)
    readings = [cue for cue in with_text if cue.set_aside and cue.set_aside[0] == REMOVED_LABEL]
    left = [cue for cue in with_text if not cue.set_aside and LETTER_RUN.search(cue.text)]
    if not readings or left:
        return None
    detail = (
        f"no speech: {len(readings)} of {len(with_text)} cues are readings such as {_example(readings[0])!r} "
        "(numbers, times, keys and units: a device's log, not a transcript)"
    )
    return Failed(position, text, "no_speech", detail)


def counted_label(texts: list[str]) -> str | None:
    """The label every one of ``texts`` (``MIN_COUNTED`` at least) is, with one number in it that
    is the cue's own number, counted from 1 or 0 ("Тайм-код 1" / "Тайм-код 2", "Cue #0" / "Cue #1"),
    the number's place shown as "N"; None where the cues differ otherwise, a cue has no letter or no
    number, or the numbers do not count the cues: a countdown said aloud ("3", "2", "1"), "Раз" /
    "Два", "Apollo 11 lifts off." / "Apollo 12 lifts off."."""
    if len(texts) < MIN_COUNTED:
        return None
    labels, numbers = set(), []
    for text in texts:
        line = " ".join(text.split())
        found = COUNTER.findall(line)
        if len(found) != 1 or not LETTER_RUN.search(line):
            return None
        labels.add(COUNTER.sub("N", line))
        numbers.append(int(found[0]))
    counts = numbers[0] in (0, 1) and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    return labels.pop() if len(labels) == 1 and counts else None


def _of_the_file(cue: Cue) -> bool:
    """Whether ``cue`` is no cue but a block of the file set aside, a header or a note (set aside, not
    as a reading): neither a cue a rejection counts nor one it quotes."""
    return cue.set_aside is not None and cue.set_aside[0] != REMOVED_LABEL


def _example(cue: Cue) -> str:
    """A cue's lines parted by " / ", cut at ``EXAMPLE_CHARACTERS``, to quote in a rejection."""
    example = " / ".join(line.strip() for line in cue.text.split("\n") if line.strip())
    return example[:EXAMPLE_CHARACTERS] + "…" if len(example) > EXAMPLE_CHARACTERS else example


def is_reading(text: str) -> bool:
    """Whether a cue's text is a reading: a digit and a letter, and words (``_word_runs`` of
    ``_real_word``) under ``READING_WORDS`` of its characters, spaces aside; wordfreq is asked only
    where the runs of letters alone reach that share, and no further than the share."""
    if not _digit_and_letter(text):
        return False
    limit = READING_WORDS * len("".join(text.split()))
    runs = _word_runs(text)
    if sum(map(len, runs)) < limit:
        return True
    words = 0
    for run in runs:
        words += len(run) if _real_word(run) else 0
        if words >= limit:
            return False
    return True


def _digit_and_letter(text: str) -> bool:
    return DIGIT.search(text) is not None and LETTER_RUN.search(text) is not None


def _word_runs(text: str) -> list[str]:
    """The runs of letters of ``text`` that may be words: neither a unit or a code a digit touches
    ("221.21m", "40ms", "F2.8", "MI6": ``MAX_UNIT`` letters at most) nor a key (``KEY_TAIL``)."""
    runs = []
    for run in LETTER_RUN.finditer(text):
        glued = text[run.start() - 1 : run.start()].isdigit() or text[run.end() : run.end() + 1].isdigit()
        if not (glued and len(run.group()) <= MAX_UNIT) and not KEY_TAIL.match(text, run.end()):
            runs.append(run.group())
    return runs


def _real_word(run: str) -> bool:
    """A word of a language sloika reads subtitles in (``SUBTITLE_LANGUAGES``, by script), else of
    any of wordfreq's lists for its script (asked last: they take a gigabyte), or any run of a script
    whose lists give nothing here (none, or Chinese, Japanese and Korean without jieba and MeCab:
    "4人の若き魔女が"): unknown is no sign of a reading."""
    from sloika.pipelines.formats import pdf_ocr
    from sloika.text.frequency import SKIPPED, zipf
    from sloika.text.scripts import CYRILLIC, LATIN, script_of

    cyrillic, latin = SUBTITLE_LANGUAGES
    first = {CYRILLIC: cyrillic, LATIN: latin}.get(script_of(run[0]), ())
    if any(zipf(run.lower(), lang) > 0 for lang in first) or pdf_ocr.listed(run):
        return True
    languages = pdf_ocr.languages_by_script().get(pdf_ocr.script_of(run[0]), ())
    return all(lang in SKIPPED for lang in languages)
