"""Where a pause between two timed cues ends a paragraph: the rule the subtitle reader parts its
paragraphs by (``sloika.pipelines.formats.cues``), shared with the transcript filter, which measures
it again where it cut the cues that filled a pause (``sloika.filters.transcript_junk``)."""

from __future__ import annotations

import re

from sloika.text.sentences import SENTENCE_END

LEADING_TAGS = re.compile(r"^\s*(?:\[[^\]\n]*\]\s*)+")  # [зевает] before the words
# what may open a sentence before its first letter: a speaker's dash, quotes, Spanish ¡ and ¿
SENTENCE_OPENERS = "-—–«\"' ¡¿"
LONG_SILENCE = 3  # a pause this many times ``pause_s`` ends a paragraph whatever the punctuation


def opening_letter(text: str) -> str:
    """The character a cue's words open with, past bracketed tags, dashes, quotes, ¡ and ¿."""
    return LEADING_TAGS.sub("", text).lstrip(SENTENCE_OPENERS)[:1]


def pause_parts(before: str, after: str, gap_s: float, pause_s: float) -> bool:
    """Whether ``gap_s`` seconds of silence between a cue saying ``before`` and the next saying
    ``after`` end a paragraph: a pause of ``pause_s`` after a sentence's end or before a capital
    (a title card, unpunctuated speech), or a long silence (``LONG_SILENCE``) whatever the
    punctuation; never where a comma meets a word in lower case (one sentence, however long the pause)."""
    first = opening_letter(after)
    if before.rstrip().endswith(",") and first.isalpha() and first.islower():
        return False
    ends_sentence = bool(SENTENCE_END.search(before))
    return gap_s >= pause_s and (ends_sentence or first.isupper()) or gap_s >= LONG_SILENCE * pause_s
