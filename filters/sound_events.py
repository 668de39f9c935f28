"""A sound's description that lost its brackets: "weird music", "Pistol shot" in a subtitle file.

A machine translation of a subtitle file drops the brackets round its sound tags ("[weird music]",
"[Pistol shot]") and keeps the words: a cue of its own "weird music" between two sentences, a cue
opening "Pistol shot It can also be…". Bracketed, they are ``transcript_junk``'s ``sound_tag``s;
bare, they are told by their shape in a file that punctuates its speech: a short phrase (one to
``MAX_WORDS`` words, letters and hyphens only, no mark) whose head noun names a sound (``SOUND_NOUNS``:
the last word, or in Russian the first one too, "стук в дверь"), no speaker's word in it, where a
sentence ended before it and a new one, or nothing, follows it. A whole cue so, in lower case or Title
Case ("weird music", "Weird Music"), goes; so does such a phrase opening a cue before a capitalised
word, a sentence the translation glued to it ("Pistol shot It…" keeps "It…"). A file whose cues end
their sentences without a mark (a song, unpunctuated captions) writes speech so too, and keeps them.
"""

from __future__ import annotations

import re

from sloika.text.spans import Span

MAX_WORDS = 4
# the nouns (and the few -ing forms captioners use as nouns) that name a sound, English and Russian
_SOUND_NOUNS = (
    "music gunshot gunshots shot shots gunfire laughter applause noise noises ringing knocking "
    "explosion explosions thunder siren sirens footsteps beeping doorbell "
    "музыка выстрел выстрелы смех хохот аплодисменты шум звонок стук взрыв взрывы гром сирена шаги"
)
SOUND_NOUNS = frozenset(_SOUND_NOUNS.split())
# words a speaker says and a caption does not: the first and second person, "it", determiners and
# negation ("my music", "no noise", "it's the music")
_SPEAKERS = (
    "i me my we us our you your he she it they his her their this that these those the a an no not "
    "я мне меня мой мы нас наш ты тебя твой вы вас ваш он она оно они это этот эта не нет"
)
SPEAKERS = frozenset(_SPEAKERS.split())
# Cues that end a sentence's last word without a mark, before a cue opening with a capital, above
# this share: the file does not punctuate its speech
UNPUNCTUATED_SHARE = 0.2
PHRASE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
ENDS_SENTENCE = re.compile(r"[.!?…:;\"»”)\]]\s*$")
WORD = re.compile(r"\S+")


def bare_sound_cuts(text: str, cues: list[Span]) -> list[tuple[int, int]]:
    """(start, end) of each bare sound description in ``text``'s ``cues``: a whole cue that is one,
    or the phrase opening a cue before a capitalised sentence; none where the file's other cues do
    not punctuate their speech (``_punctuates``)."""
    cuts: list[tuple[int, int]] = []
    for index, cue in enumerate(cues):
        if index and not ENDS_SENTENCE.search(text, cues[index - 1].start, cues[index - 1].end):
            continue
        found = list(WORD.finditer(text, cue.start, cue.end))
        words = [word.group() for word in found]
        after = text[cues[index + 1].start : cues[index + 1].end].lstrip() if index + 1 < len(cues) else ""
        if _sound_phrase(words) and _cased_as_caption(words) and (not after or after[0].isupper()):
            cuts.append((cue.start, cue.end))
            continue
        length = next((n for n in range(MAX_WORDS, 0, -1) if _opening_phrase(words, n)), 0)
        if length:
            cuts.append((cue.start, found[length - 1].end()))
    speech = [cue for cue in cues if (cue.start, cue.end) not in cuts]
    return cuts if cuts and _punctuates(text, speech) else []


def _sound_phrase(words: list[str]) -> bool:
    """Whether ``words`` are one to ``MAX_WORDS`` words, letters and hyphens only, no speaker's word
    among them, whose head names a sound: the last word, or a Russian phrase's first ("стук в дверь")."""
    if not 0 < len(words) <= MAX_WORDS or not all(PHRASE.fullmatch(word) for word in words):
        return False
    lowered = [word.lower() for word in words]
    if SPEAKERS.intersection(lowered):
        return False
    return lowered[-1] in SOUND_NOUNS or _cyrillic(lowered[0]) and lowered[0] in SOUND_NOUNS


def _cased_as_caption(words: list[str]) -> bool:
    """All in lower case, or every word capitalised (Title Case)."""
    title = all(word[0].isupper() and word[1:].islower() for word in words)
    return title or all(word.islower() for word in words)


def _opening_phrase(words: list[str], length: int) -> bool:
    """Whether the first ``length`` words of a cue are a sound's description (``_sound_phrase``), in
    lower case but for its first letter, before a capitalised word that opens the rest ("Pistol shot
    It…")."""
    phrase, rest = words[:length], words[length:]
    if not rest or not _sound_phrase(phrase) or not "".join(phrase)[1:].islower():
        return False
    return rest[0][0].isupper() and (len(rest[0]) == 1 or rest[0][1:].islower())


def _punctuates(text: str, cues: list[Span]) -> bool:
    """Whether the file closes its sentences with marks: of its cues before a cue opening with a
    capital, at most ``UNPUNCTUATED_SHARE`` end on a letter."""
    seams = [
        text[cue.start : cue.end].rstrip()
        for cue, following in zip(cues, cues[1:], strict=False)
        if text[following.start : following.end].lstrip()[:1].isupper()
    ]
    bare = sum(seam[-1:].isalpha() for seam in seams)
    return bool(seams) and bare <= UNPUNCTUATED_SHARE * len(seams)


def _cyrillic(word: str) -> bool:
    return "а" <= word[:1] <= "я" or word[:1] == "ё"
