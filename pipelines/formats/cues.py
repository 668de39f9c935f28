"""Timed cues → readable paragraphs, each cue's time range kept as a span.

Subtitle and ASR cues break wherever the speaker breathed, mid-sentence more often than not. A
paragraph ends where a sentence ends *and* the speaker paused (``pause_s``), where a pause comes
before a cue that starts with a capital although the last one had no full stop (titles, credits,
unpunctuated ASR), or at a silence of three pauses; a title card before the speech or after it
(a cue without punctuation, ``_title_cards``) is a paragraph of its own, its lines kept as lines,
and so is an on-screen sign (a cue's ``sign``) and a block set under a blank line (``opens_paragraph``);
so a reader gets paragraphs while every cue stays addressable by its times in the ``structure``
layer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import groupby
from typing import Any

from sloika.pipelines.formats.base import FormatError, Parsed, TextBuilder
from sloika.text.cue_pauses import LEADING_TAGS, SENTENCE_OPENERS, opening_letter, pause_parts
from sloika.text.function_words import (
    ENGLISH_AUXILIARIES,
    ENGLISH_DANGLING,
    ENGLISH_FUNCTION_WORDS,
    ENGLISH_PREPOSITIONS,
    ENGLISH_SUBORDINATORS,
)
from sloika.text.scripts import LETTER_RUN
from sloika.text.sentences import SENTENCE_END
from sloika.text.spans import Span

# "- Where are you?" / "- Here.": a dash opening a line marks the turn of a second speaker in one cue
SPEAKER_DASH = re.compile(r"^[-–—‐]\s*(?=[^\W\d_]|[\"«¿¡])")
# A dash opening a cue after a cue with no end punctuation, before a lower-case word, is a dash inside
# the sentence ("Математика" / "— это не просто…": the copula dash), not a turn: it stays
IN_SENTENCE_DASH = re.compile(r"^[-–—‐]\s+(?=[^\W\d_])")
# "Izvolite, g. Webberu. -Zdravo, Covingtone.": a second speaker's turn set on the first one's line,
# its dash after a sentence's end and a space, glued to the word it opens. A dash between spaces
# ("a - b"; "Неправда! - Правда!", ``SPACED_TURN_DASH``), a minus before a number ("-5 °C") and a
# hyphen in a word stay
INNER_SPEAKER_DASH = re.compile(r"[.!?…][\"»”')\]]?[ \t]+([-–—‐])(?=[^\W\d_]|[\"«¿¡])")
# "Hofimeistere! - Molim?": the same turn with its dash set between spaces, before a capital (its
# letter, group 2). Between spaces a dash is as often the text's own ("Неправда! - Правда!" in a
# file that never marks a turn), so it is read as a turn only where the cue or a cue beside it lost
# a dialogue dash (``drop_spaced_turn_dashes``)
SPACED_TURN_DASH = re.compile(r"[.!?…][\"»”')\]]?[ \t]+([-–—‐])[ \t]+(?=[\"«„“¿¡]?([^\W\d_]))")
# "How many safes have been opened?" / "- 66.": a turn's spaced dash before a number, after a sentence's
# end on its line or the line before. A minus is glued to its number ("-5 °C") and follows no sentence's
# end; a dot after a number is an ordinal's ("Bio sam tu 1990. - 2000."), not one
NUMBER_TURN_DASH = re.compile(r"(?:[!?…]|(?<!\d)\.)[\"»”')\]]?(?:[ \t]+|[ \t]*\n)([-–—‐])[ \t]+(?=\d)")
SCENE_SOUND_S = 5.0  # a sound-only cue shown this long or longer parts scenes (``_scene_apart``)
# Rolling captions (YouTube's automatic ones) keep a line on screen until the next-but-one comes,
# so cues overlap and their end times say nothing of pauses: there the words of a cue are taken
# as spoken at this rate from its start (conversational Russian and English: 14-16 characters a
# second, spaces included), and a pause is the time from then to the next cue.
CHARACTERS_PER_SECOND = 15.0
# YouTube's automatic captions roll the other way in their WebVTT: each cue shows the line before it
# again above the new words ("the man who inspired the" / "character Gordon…"), and the cues do not
# overlap. A file where most cues open with the lines the cue before ended with is such a file:
# the carried lines are read once (``drop_carried_lines``); a subtitle saying "No." twice is not one.
MIN_CARRIED = 3
UNPUNCTUATED = 0.05  # fewer cues than this share ending a sentence: ASR without punctuation
# A chapters track (WebVTT's kind="chapters", though nothing in the file says so) or a list of title
# cards: every cue a few words shown for seconds, far longer than they take to read. Speech is read
# at 10-20 characters a second; a title track at 1 or less ("The woods" for 12.5 s).
TITLE_WORDS = 5
TITLE_CHARACTERS_PER_SECOND = 2.0
MIN_TITLES = 3
# punctuation that closes a word or a clause ("todos! Soy", "Wang,"); a dot inside a name is none
# ("nebulas.io"); CJK marks stand without a space after them
WORD_PUNCTUATION = re.compile(r"[.!?…,;:](?=\s|$)|[。！？、，]")
# Chinese and Japanese set no space between words: a line break or a cue's end between two of their
# characters (East Asian wide or full-width: Han, kana, CJK punctuation, full-width forms) is a layout
# break, joined without a space, as CSS Text's segment-break rule does. Hangul is wide too, but Korean
# spaces its words; a pictograph (an emoji, "So") is no script's
WIDE = frozenset({"W", "F", "H"})
HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff\uffa0-\uffdc]")
WIDE_GAP = re.compile(r"(\S)[ \t\u3000]+(?=(\S))")  # the characters either side of a space in a line
# a file whose lines set spaces between wide characters in this share of them or more spaces its
# words (a machine translation's "レナード ・ アドキンスが話を…"): its line breaks are spaces too
SPACED_WIDE_LINES = 1 / 3
# the languages sloika reads subtitles in, by script: Cyrillic, else Latin
SUBTITLE_LANGUAGES = (("ru", "uk"), ("en", "es", "de", "fr", "pt", "it"))
CARD_PAUSE = 0.5  # of ``pause_s``: an opening card stands this long apart from the speech after it
ASR_SCORES = frozenset({"no_speech_prob", "avg_logprob", "compression_ratio"})  # Whisper's, per segment
# a name in quotes, as a title card sets a project's or a sponsor's: 'Проект "Morevna"', «Моревна»
QUOTED_NAME = re.compile(r"[\"“«„][^\W\d_][^\"“”«»„\n]*[\"”»“]")

# An on-screen caption translated into a film's subtitles is set in capitals ("ЛОНДОН, 1939 ГОД",
# "ШТАБ-КВАРТИРА СЕКРЕТНОЙ РАЗВЕДСЛУЖБЫ МИ6", the title card "ИГРА В ИМИТАЦИЮ"): a line of two words
# or more, every letter a capital, opening with a letter or digit (not a bracketed sound tag), not
# ending on a shout's or a question's mark or mid-sentence ("НЕТ!", "СТОЙ, ПОДОЖДИ," are speech); or a
# place's name alone in its cue ("МАНЧЕСТЕР"): one word of ``CAPTION_WORD_LETTERS`` letters or more and
# no mark at all, where a shout ("НЕТ", "СТОЙ"), an abbreviation ("NASA", "ФСБ") or "GIMP..." is speech
CAPTION_WORDS = 2
CAPTION_WORD_LETTERS = 5
CAPTION_NOT_AFTER = "!?…,;:-–—"
# a file whose lines are in capitals this share or more writes its speech so: no line is a caption
CAPTION_SHARE = 0.5
# A file whose cues open with a capital in this share or more (``MIN_SENTENCE_CUES`` at least) writes
# a sentence a cue: where such a cue ends with no punctuation ("Первая строка тестовых субтитров" /
# "Вторая строка: …"), the sentence ended with it, and the next cue's capital opens the next one. A
# film's subtitler runs sentences across cues, so many of its cues open in lower case
CAPITALISED_CUES = 0.9
MIN_SENTENCE_CUES = 3  # two cues show no convention: "I told you that" / "Mary would go."
# Such a file whose cues end with no mark in this share or more writes a line a cue (a song's lyrics,
# verse): a cue ending on "?" or "," is a line too ("What are we hiding in the rain?" / "This is a
# prison for lost souls"), not a sentence for the next to run on after a space
LINE_CUES = 0.75
# Narration written a line a cue (a documentary's "The Amazon River itself" / "Is the world's largest
# by volume") ends its cues with no mark as lyrics do, but runs its sentences across them: a cue ends
# on an article, a preposition or a conjunction (``ENGLISH_DANGLING``), or the next opens with a preposition,
# an auxiliary or a subordinating conjunction (``GOES_ON``: the verb or the phrase the sentence goes on
# with). A file where this share of the seams or more runs on so, no cue said twice (a song repeats its
# chorus), is narration: there such a seam is a space, not a line
NARRATION_SEAMS = 0.25
GOES_ON = ENGLISH_PREPOSITIONS | ENGLISH_AUXILIARIES | ENGLISH_SUBORDINATORS
OPENING_WORD = re.compile(r"[\W_]*?([^\W\d_]+)")
# German capitalises its nouns ("…wie die Bienen zum" / "Honig!", "…des grullischen" / "Rätus ist…"):
# a file capitalising this share or more of the words inside its sentences (a sentence's first word
# and one-letter words such as "I" aside) opens no sentence with a capital
INNER_CAPITALS = 0.15
# Fewer such words than this in the cues beside a seam say nothing of the file's capitals ("Forest" /
# "Lake" / "Evening Walk" / "Good night!": one word, "night", beside the first seam): the whole file's
# share stands there
MIN_INNER_WORDS = 5
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+")
# A cue line of placeholder marks alone, no letter or digit: underscores, dashes, dots and ellipses
# ("_", "___", "-", "…", "...", "- -"), a stand-in for a line not written or not heard. A music note
# ("♪") is a song's mark, which ``transcript_junk`` takes as a sound tag; "?!" says something
PLACEHOLDER_LINE = re.compile(r"[ \t]*[_.…‐‑–—-]+(?:[ \t]+[_.…‐‑–—-]+)*[ \t]*")
PLACEHOLDER = ("placeholder_cue", 'placeholder marks alone ("_", "-", "…"): a stand-in for a line, no speech')
INNER_WORD = re.compile(r"[^\W\d_]{2,}")
# a cue opening with an item's number: "2. There's a population…" in a file of numbered sentences
ITEM_NUMBER = re.compile(r"\s*(\d{1,3})[.)]\s+\S")


@dataclass
class Cue:
    start_s: float | None
    end_s: float | None
    text: str
    attrs: dict[str, Any] = field(default_factory=dict)
    words: list[dict[str, Any]] = field(default_factory=list)  # {text, start_s, end_s, ...}
    dashes: list[tuple[int, str]] = field(default_factory=list)  # (line, dash) speaker dashes dropped
    bars: list[tuple[int, str]] = field(default_factory=list)  # (line, "|") line-break bars closing it
    # speaker labels taken out: (line, label as written "SPEAKER_00:", the speaker it names)
    labels: list[tuple[int, str, str]] = field(default_factory=list)
    # what is wrong with the cue's timing line, "" where nothing is; with ``start_s`` None it
    # cannot be placed in time and its text goes to ``removed`` (``unplaced_cue``)
    broken: str = ""
    # the cue opens a paragraph whatever came before: a block the file set under a blank line inside
    # one event (an .ass sign's body under its title, ``\N\N``)
    opens_paragraph: bool = False
    # a line opens with a change of speaker that names no one (a broadcast caption's bare ">>")
    unnamed_turn: bool = False
    # the narrator's: a story that labels only its dialogue's cues ("ZEI: One more look…") leaves
    # its narration's unlabelled, a voice of its own
    narrated: bool = False
    # no speech: a song's line or a sign's (an .ass event in a song's or a sign's style), as its
    # ``removed`` label and why; its text goes there, where it stood in time, and never into a sentence
    set_aside: tuple[str, str] | None = None

    @property
    def unplaced(self) -> bool:
        return bool(self.broken) and self.start_s is None


def captions_apart(cues: list[Cue]) -> list[Cue]:
    """The cues with each run of on-screen caption lines (``_is_caption``) a cue of its own at its
    cue's times, marked ``sign``: a paragraph of its own, as an .ass sign in the dialogue's style is,
    so "Объявлена война!" / "ЛОНДОН, 1939 ГОД" / "Эвакуировано…" reads as three, not one run-on
    sentence. A caption stands where the speech before it ended a sentence (or none came before): a
    line in capitals that ends what the line before began is a shout; a line in capitals under a
    caption is the caption's ("АЛАНА ТЬЮРИНГА" / "ОГРАБИЛИ."). A file that writes its lines
    in capitals (``CAPTION_SHARE``) holds none. A cue set aside (an .ass song's or sign's track)
    is no speech and stays as it is."""
    flags, before = [], ""
    for cue in cues:
        caption: list[bool] = []
        lines = cue.text.split("\n") if not cue.set_aside else []
        for line in lines:
            after_speech = not before.strip() or bool(SENTENCE_END.search(before))
            goes_on = bool(caption) and caption[-1] and _in_capitals(line)  # the caption's next line
            caption.append(_is_caption(line, alone=len(lines) == 1) and after_speech or goes_on)
            before = line if line.strip() else before
        flags.append(caption)
    if _speaks_in_capitals([cue for cue in cues if not cue.set_aside]):
        return cues
    return [
        piece for cue, caption in zip(cues, flags, strict=True) for piece in _caption_pieces(cue, caption)
    ]


def _speaks_in_capitals(cues: list[Cue]) -> bool:
    """Whether ``CAPTION_SHARE`` or more of the lines with letters are in capitals: a closed-captions
    file that writes its speech so, shouts and questions too ("LOOK AT MY COOL CAR!"), so its
    capitals tell no caption from speech. Counting only the lines that pass ``_is_caption`` would
    miss such a file whenever most of its lines end on "!", "?" or a comma."""
    lines = [line for cue in cues for line in cue.text.split("\n") if LETTER_RUN.search(line)]
    return sum(map(_in_capitals, lines)) >= CAPTION_SHARE * len(lines) > 0


def _is_caption(line: str, alone: bool) -> bool:
    """Whether a cue ``line`` reads as an on-screen caption: every letter a capital
    (``_in_capitals``), opening with a letter or digit, and ``CAPTION_WORDS`` words or more not
    ending on ``CAPTION_NOT_AFTER``, or, ``alone`` in its cue, one word of ``CAPTION_WORD_LETTERS``
    letters and no mark (a word over the rest of its sentence, "SPECTACULAR" / "SPELLING!", is none)."""
    line = line.strip()
    words = LETTER_RUN.findall(line)
    if not (_in_capitals(line) and line[:1].isalnum()):
        return False
    if len(words) >= CAPTION_WORDS:
        return line[-1:] not in CAPTION_NOT_AFTER
    return alone and len(words[0]) >= CAPTION_WORD_LETTERS and line == words[0]


def _in_capitals(line: str) -> bool:
    """Whether ``line`` has letters and every one of them is a capital."""
    words = LETTER_RUN.findall(line)
    return bool(words) and all(word.isupper() for word in words)


def _caption_pieces(cue: Cue, caption: list[bool]) -> list[Cue]:
    """``cue`` as one cue for each run of its lines that are captions or speech (``caption``, a flag
    a line), at its times; a caption's cue is ``sign`` and names no speaker."""
    return [
        replace(piece, attrs={"sign": True}, unnamed_turn=False) if sign else piece
        for sign, piece in _line_runs(cue, caption)
    ]


def _line_runs(cue: Cue, flags: list[bool]) -> list[tuple[bool, Cue]]:
    """``cue`` as one cue for each run of its lines with the same flag (``flags``, one a line), at its
    times, with that flag; each dropped dash, bar or label goes with its line."""
    if not any(flags):
        return [(False, cue)]
    lines, pieces = cue.text.split("\n"), []
    for flag, run in groupby(range(len(lines)), key=flags.__getitem__):
        numbers = list(run)
        within = range(numbers[0], numbers[-1] + 1)
        piece = replace(
            cue,
            text="\n".join(lines[number] for number in numbers),
            dashes=_on_lines(cue.dashes, within),
            bars=_on_lines(cue.bars, within),
            labels=_on_lines(cue.labels, within),
        )
        pieces.append((flag, piece))
    return pieces


def _on_lines(marks: list[tuple], within: range) -> list[tuple]:
    """The ``(line, …)`` marks of a cue that stand on the lines ``within``, numbered from its first."""
    return [(line - within.start, *rest) for line, *rest in marks if line in within]


def placeholders_apart(cues: list[Cue]) -> list[Cue]:
    """The cues with each run of placeholder lines (``PLACEHOLDER_LINE``: "_", "-", "…", no letter or
    digit) a cue of its own at its cue's times, set aside as ``placeholder_cue``: a subtitler's or a
    converter's stand-in for a line not written or not heard (dev2dy's twelve "_" cues), no speech.
    Read as speech, it stood in the dialogue ("They stole them from me. _ _ _ You understand this?");
    set aside, it goes to ``removed`` where it stood and the speech around it joins as if it were not
    there. A cue already set aside stays as it is."""
    return [
        replace(piece, set_aside=PLACEHOLDER) if placeholder else piece
        for cue in cues
        for placeholder, piece in _line_runs(cue, _placeholder_lines(cue))
    ]


def _placeholder_lines(cue: Cue) -> list[bool]:
    """A flag for each line of ``cue``: whether it is a placeholder (``PLACEHOLDER_LINE``); none in a
    cue set aside."""
    lines = cue.text.split("\n")
    return [not cue.set_aside and bool(PLACEHOLDER_LINE.fullmatch(line)) for line in lines]


def on_speech(cues: list[Cue], read: Callable[[list[Cue]], list[Cue]]) -> list[Cue]:
    """``cues`` with the speech among them (no cue ``set_aside``) as ``read`` gives it back, one cue
    for each, and each set-aside cue (a song's line, a sign's, a file's header or note, a placeholder:
    ``placeholders_apart``) where it stood: what reads speech (placing it in time, taking its dashes
    out) must not read those."""
    cues = placeholders_apart(cues)
    spoken = iter(read([cue for cue in cues if not cue.set_aside]))
    return [cue if cue.set_aside else next(spoken) for cue in cues]


def placed_in_time(cues: list[Cue]) -> list[Cue]:
    """The cues of a file whose timing lines may be damaged, ready to merge: one bad line must not
    cost the file, so the file is rejected (``bad_timestamp``, the first defect, for a user to fix)
    only when not one cue has a readable start; each end a damaged line lost is the start of the
    next cue that has one (the cue was shown until the next came), or its own start where none
    comes after."""
    if cues and all(cue.start_s is None for cue in cues):
        raise FormatError("bad_timestamp", f"{cues[0].broken}; fix that cue")
    closed: list[Cue] = []
    for index, cue in enumerate(cues):
        if cue.start_s is not None and cue.end_s is None:
            later = (after.start_s for after in cues[index + 1 :] if after.start_s is not None)
            cue = replace(cue, end_s=max(cue.start_s, next(later, cue.start_s)))
        closed.append(cue)
    return closed


def end_after_start(
    start: float | None, end: float | None, written: str, line: int
) -> tuple[float | None, str]:
    """A cue's end, None where it comes before its start (``written`` as the file has it), and that
    defect ("" where there is none): such an end is no time, and ``placed_in_time`` takes the next
    cue's start instead."""
    if start is not None and end is not None and end < start:
        return None, f"line {line}: the cue ends ({written}) before it starts"
    return end, ""


def merge_cues(
    cues: list[Cue], kind: str, pause_s: float, fields: dict[str, Any], position: int = 0
) -> Parsed:
    """One document: cues joined by spaces (none between Chinese or Japanese characters,
    ``_Stream.joiner``) into paragraphs; spans for cues, words and paragraphs."""
    builder = TextBuilder()
    paragraph_start: int | None = None
    paragraph_times: list[float | None] = [None, None]
    previous: Cue | None = None
    spoken = [cue for cue in cues if cue.text.strip() and not cue.unplaced and not cue.set_aside]
    apart: list[Span] = []  # the unplaced cues' and the set-aside cues' records
    stream = _Stream.of(spoken)
    index = 0
    glued = False  # the last cue ended in a word's first part, which this one ends
    for cue in (cue for cue in cues if cue.text.strip()):
        if cue.unplaced:  # where it stood in the file, between the cues around it
            apart.append(_unplaced_record(builder.length, cue))
            continue
        if cue.set_aside:  # where it stood in time, between the speech around it
            apart.append(_set_aside_record(builder.length, cue))
            continue
        if previous is not None and _new_paragraph(previous, cue, pause_s, stream):
            _close_paragraph(builder, paragraph_start, paragraph_times)
            paragraph_start = None
        opens = paragraph_start is None
        if opens:
            builder.separate("\n\n")
            paragraph_start, paragraph_times = builder.length, [cue.start_s, cue.end_s]
        following = spoken[index + 1] if index + 1 < len(spoken) else None
        joins = following is not None and not _new_paragraph(cue, following, pause_s, stream)
        card = _card_apart(cue, previous, following if joins else None, opens, stream)
        text, glues = _word_across_cues(_cue_text(cue, stream, card), following.text if joins else "")
        opened_as = None
        if not opens and not glued:
            builder.append(stream.between_cues(previous, cue, builder.tail(1), text[:1]))
            if stream.continues(previous, cue):
                text, opened_as = _subtitlers_capital(text)
        glued = glues
        start, end = builder.append(text)
        builder.span(
            start,
            end,
            "cue",
            index=index,
            start_s=cue.start_s,
            end_s=cue.end_s,
            bad_timing=cue.broken or None,
            opened_as=opened_as,
            **cue.attrs,
        )
        _word_spans(builder, start, text, cue.words)
        paragraph_times[1] = cue.end_s
        previous = cue
        index += 1
    _close_paragraph(builder, paragraph_start, paragraph_times)
    dashes = [(index, dash) for index, cue in enumerate(spoken) for _, dash in cue.dashes]
    labels = [(index, label) for index, cue in enumerate(spoken) for _, label, _ in cue.labels]
    bars = [(index, bar) for index, cue in enumerate(spoken) for _, bar in cue.bars]
    records = [
        _dropped_record(
            dashes, "dialogue_dash", "", "speaker-change dashes opening cue lines or turns inside them"
        ),
        _dropped_record(
            labels, "speaker_label", " ", "speaker labels opening cue lines (the cues' `speaker`)"
        ),
        _dropped_record(
            bars,
            "line_break_bar",
            "",
            'line breaks written "|" opening or closing cue lines or between sentences',
        ),
    ]
    removed = [record for record in records if record] + apart
    return Parsed(
        builder.text, builder.spans, kind, position, fields, {"removed": removed} if removed else {}
    )


# a word hyphenated across two cues, "Bilanz-" / "gleichung immer noch…": one word, not "Bilanz- gleichung"
BROKEN_WORD_END = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-\Z")


def _card_apart(cue: Cue, previous: Cue | None, joined: Cue | None, opens: bool, stream: _Stream) -> bool:
    """Whether ``cue``, a title card (``_title_cards``), stands in a paragraph of cards: it opens its
    paragraph or follows a card, and the cue its paragraph goes on with (``joined``), if any, is a
    card too. One that runs on into speech is the sentence it opens, its lines joined: an ASR's
    first cue, "Our company has a new strategic" / "initiative to increase market", before
    "penetration, maximise…" kept its line break inside the sentence."""
    in_cards = opens or previous is not None and id(previous) in stream.cards
    return id(cue) in stream.cards and in_cards and (joined is None or id(joined) in stream.cards)


def _cue_text(cue: Cue, stream: _Stream, card: bool) -> str:
    """A cue's words as they go in: its lines joined by a space (none between Chinese or Japanese
    characters, ``_Stream.joiner``), a sentence's lines; a title card's lines each a line ("Nebulas
    NOVA" over its tagline), as they stand on screen, where the ``card`` stands in a paragraph of
    cards (one running on from the speech before it is read as the sentence it continues)."""
    lines = [" ".join(line.split()) for line in cue.text.split("\n") if line.strip()]
    if card:
        return "\n".join(lines)
    text = lines[0] if lines else ""
    for line in lines[1:]:
        text += stream.joiner(text[-1], line[0]) + line
    return text


def _word_across_cues(text: str, following: str) -> tuple[str, bool]:
    """(``text`` as it goes in, whether the ``following`` cue of the same paragraph goes on right
    after it): a cue ending in a word's first part and a hyphen before a cue opening in lower case
    is glued to it, without the hyphen where the joined word is a word of one of wordfreq's lists
    (``listed``: "Bilanzgleichung"), with it where not ("Zeit-xqz"). No next cue: ``following`` ""."""
    from sloika.pipelines.formats.pdf_ocr import listed

    head, tail = BROKEN_WORD_END.search(text), LETTER_RUN.match(following.lstrip())
    if head is None or tail is None or not tail[0][0].islower():
        return text, False
    return (text[:-1] if listed(head[1] + tail[0]) else text), True


def _unplaced_record(at: int, cue: Cue) -> Span:
    """A cue no time of which could be read, as a ``removed`` record where it stood: its text, and
    why (its timing line's defect, with the line, for a user to fix the file)."""
    why = f"{cue.broken}: the cue cannot be placed in time"
    return Span(at, at, "unplaced_cue", attrs={"text": " ".join(cue.text.split()), "why": why})


def _set_aside_record(at: int, cue: Cue) -> Span:
    """A cue that is no speech (``Cue.set_aside``: a song's line, a sign's, a file's header or note) as
    a ``removed`` record where it stood in time: its text, its times (where it has any), and why it is
    no speech."""
    label, why = cue.set_aside
    timed = cue.start_s is not None or cue.end_s is not None  # a file's header or note has no time
    times = {"start_s": cue.start_s, "end_s": cue.end_s} if timed else {}
    attrs = {"text": " ".join(cue.text.split()), **times, "why": why}
    return Span(at, at, label, attrs=attrs)


def _dropped_record(dropped: list[tuple[int, str]], label: str, joiner: str, why: str) -> Span | None:
    """The marks the cues lost (speaker-change dashes, speaker labels: ``(cue index, mark)``), as one
    ``removed`` record at the text's start: their count, the marks in order, and the ``index`` of each
    cue that lost one (its ``cue`` span's), so a user can put them back; a record per mark would be one
    for every other cue of a dialogue."""
    if not dropped:
        return None
    attrs = {
        "text": joiner.join(mark for _, mark in dropped),
        "why": f"{len(dropped)} {why}",
        "count": len(dropped),
        "cues": [index for index, _ in dropped],
    }
    return Span(0, 0, label, attrs=attrs)


def without_later_dashes(cue: Cue) -> Cue:
    """``cue`` without the speaker-change dash opening each line after its first (a second speaker's,
    "- Ты где?" / "- Дома.") and those inside any line (``_without_inner_dashes``), each kept in
    ``dashes`` for the ``removed`` record; the first line's opening dash waits for the cue before
    (``drop_speaker_dashes``)."""
    lines, dashes = [], []
    for number, line in enumerate(cue.text.split("\n")):
        line, opening = _without_speaker_dash(line) if number else (line, "")
        line, inner = _without_inner_dashes(line)
        lines.append(line)
        dashes += [(number, dash) for dash in [opening, *inner] if dash]
    if not dashes:
        return cue
    return replace(cue, text="\n".join(lines), dashes=[*cue.dashes, *dashes])


def _without_inner_dashes(line: str) -> tuple[str, list[str]]:
    """The line without the dashes of the turns set inside it after a sentence's end
    (``INNER_SPEAKER_DASH``: "Je li g. Fallon ovdje? -Jest."), the sentences kept, and those dashes
    in order: a subtitler who puts two speakers on one line marks the second as one opening a line."""
    found = list(INNER_SPEAKER_DASH.finditer(line))
    for dash in reversed(found):
        line = line[: dash.start(1)] + line[dash.end(1) :]
    return line, [dash[1] for dash in found]


def drop_speaker_dashes(cues: list[Cue]) -> list[Cue]:
    """The cues with the speaker-change dash opening each dropped, except a dash inside a sentence
    that runs on from the cue before (``_dash_in_sentence``), which is the sentence's own; then the
    spaced dashes of the turns inside their lines (``drop_spaced_turn_dashes``)."""
    kept: list[Cue] = []
    for index, cue in enumerate(cues):
        if index and _dash_in_sentence(cues[index - 1].text, cue.text):
            kept.append(cue)
        else:
            text, dash = _without_speaker_dash(cue.text)
            kept.append(replace(cue, text=text, dashes=[(0, dash), *cue.dashes] if dash else cue.dashes))
    return drop_spaced_turn_dashes(kept)


def drop_spaced_turn_dashes(cues: list[Cue]) -> list[Cue]:
    """The cues without the spaced dash of a turn set inside a line after a sentence's end
    (``SPACED_TURN_DASH``: "Hofimeistere! - Molim?"), where the cue or the cue before or after it
    lost a dialogue dash: there the subtitler marks turns with dashes, and one between spaces is a
    turn too. A file (or a stretch of one) marking no turn keeps it, an author's dash ("Неправда! -
    Правда!"), as it keeps "a - b", "1990 - 2000" and a dash inside a sentence. A spaced dash before
    a number after a sentence's end (``NUMBER_TURN_DASH``: "opened?" / "- 66.") is a turn anywhere in
    a file that marks turns: nothing else reads so."""
    marked = [bool(cue.dashes) for cue in cues]
    kept: list[Cue] = []
    for index, cue in enumerate(cues):
        found = list(NUMBER_TURN_DASH.finditer(cue.text)) if any(marked) else []
        if any(marked[max(index - 1, 0) : index + 2]):
            found += [dash for dash in SPACED_TURN_DASH.finditer(cue.text) if dash[2].isupper()]
        kept.append(_without_turn_dashes(cue, sorted(found, key=lambda dash: dash.start())))
    return kept


def _without_turn_dashes(cue: Cue, found: list[re.Match[str]]) -> Cue:
    """``cue`` without the turn dashes ``found`` in its text (each with the spaces after it), each
    kept in ``dashes`` with its line."""
    if not found:
        return cue
    text = cue.text
    for dash in reversed(found):
        text = text[: dash.start(1)] + text[dash.end() :]
    dashes = [(cue.text.count("\n", 0, dash.start(1)), dash[1]) for dash in found]
    return replace(cue, text=text, dashes=sorted([*cue.dashes, *dashes], key=lambda mark: mark[0]))


def _without_speaker_dash(line: str) -> tuple[str, str]:
    """The line without the speaker-change dash opening it (``SPEAKER_DASH``) and that dash as it
    was written, spaces stripped ("" where the line opens with none), for its ``removed`` record."""
    dash = SPEAKER_DASH.match(line)
    if not dash:
        return line, ""
    return line[dash.end() :], dash.group(0).strip()


def _dash_in_sentence(before: str, text: str) -> bool:
    """A cue opening with a dash and a lower-case word after a cue with no end punctuation: the
    sentence goes on across the cues ("Математика" / "— это…"), so the dash is a copula's or an
    aside's, not a new speaker's."""
    dash = IN_SENTENCE_DASH.match(text)
    runs_on = before.rstrip()[-1:].isalnum()  # no full stop, comma, colon or quote ends the cue before
    return bool(dash) and runs_on and text[dash.end()].islower()


def drop_carried_lines(cues: list[Cue]) -> list[Cue]:
    """The cues with the lines each repeats from the end of the cue before taken out, when more than
    half of the cues (``MIN_CARRIED`` at least) open so: rolling captions, where those lines were
    spoken once, in the cue before."""
    carried = [_carried_lines(before, cue) for before, cue in zip(cues, cues[1:], strict=False)]
    rolled = sum(1 for count in carried if count)
    if rolled < MIN_CARRIED or rolled * 2 <= len(carried):
        return cues
    kept = [cues[0]]
    for cue, count in zip(cues[1:], carried, strict=True):
        kept.append(replace(cue, text="\n".join(cue.text.split("\n")[count:])))
    return kept


def duplicates_apart(cues: list[Cue]) -> list[Cue]:
    """The cues with each one whose words (spacing and case aside) are those of the cue before it with
    those words, still on screen when it starts, set aside as ``duplicate_cue``: one caption written
    twice (a subtitle file's duplicate events), read once. The same words at a time that does not
    overlap are said again, and stay."""
    shown: dict[str, Cue] = {}  # by its folded words, the last cue that showed them
    kept: list[Cue] = []
    for cue in cues:
        words = " ".join(cue.text.split()).casefold()
        earlier = shown.get(words)
        if words and earlier is not None and _overlap(earlier, cue):
            why = f"the words of the cue on screen from {earlier.start_s} s: one caption written twice"
            cue = replace(cue, set_aside=("duplicate_cue", why))
        shown[words] = cue
        kept.append(cue)
    return kept


def _overlap(first: Cue, second: Cue) -> bool:
    """Whether two cues are on screen at once for a while (a cue that starts as another ends follows it)."""
    times = (first.start_s, first.end_s, second.start_s, second.end_s)
    if any(time is None for time in times):
        return False
    return first.start_s < second.end_s and second.start_s < first.end_s


def _carried_lines(before: Cue, cue: Cue) -> int:
    """How many of ``cue``'s first lines are the last lines of ``before`` (spacing aside)."""
    ended = [" ".join(line.split()) for line in before.text.split("\n")]
    opens = [" ".join(line.split()) for line in cue.text.split("\n")]
    for count in range(min(len(ended), len(opens)), 0, -1):
        if opens[:count] == ended[-count:] and any(opens[:count]):
            return count
    return 0


@dataclass(frozen=True)
class _Stream:
    """What the whole list of cues says about reading its times and punctuation."""

    rolling: bool  # most cues overlap the next one: end times are display times, not speech
    unpunctuated: bool  # (almost) no cue ends a sentence: pauses are the only paragraph signal
    titles: bool = False  # every cue is a title (``_is_title``): one paragraph each, never joined
    # the title cards before and after the speech (``_title_cards``), by ``id``: paragraphs of their own
    opening_cards: frozenset[int] = frozenset()
    closing_cards: frozenset[int] = frozenset()
    named_card: int | None = None  # the file's first cue, where it is an opening card naming a title
    spaced_wide: bool = False  # the file spaces its Chinese or Japanese words (``_spaces_wide_words``)
    capitals: bool = False  # the file writes its speech in capitals (``_speaks_in_capitals``)
    # the file opens (almost) every cue with a capital (``_opens_cues_with_capitals``): a sentence a cue
    sentence_cues: bool = False
    # by ``id``: each cue's capitalised and all words inside its sentences (``_inner_capitals``)
    inner_words: dict[int, tuple[int, int]] = field(default_factory=dict)
    inner_total: tuple[int, int] = (0, 0)  # their sums over the file
    lines: bool = False  # a sentence a cue, most ending with no mark: a line a cue (``_ends_lines``)
    narration: bool = False  # such lines are sentences run across cues (``_narrates``)
    # by ``id``: the speaker last named up to the cue (``_voices``)
    voices: dict[int, str] = field(default_factory=dict)

    @property
    def cards(self) -> frozenset[int]:
        return self.opening_cards | self.closing_cards

    @classmethod
    def of(cls, cues: list[Cue]) -> _Stream:
        pairs = list(zip(cues, cues[1:], strict=False))
        timed = [(a, b) for a, b in pairs if a.end_s is not None and b.start_s is not None]
        overlapping = sum(b.start_s < a.end_s for a, b in timed)
        ends = sum(bool(SENTENCE_END.search(cue.text)) for cue in cues)
        opening = _title_cards(cues, closing=False)
        inner = {id(cue): _inner_capitals(cue) for cue in cues}
        return cls(
            rolling=bool(timed) and overlapping * 2 > len(timed),
            unpunctuated=len(cues) >= 20 and ends < UNPUNCTUATED * len(cues),
            titles=len(cues) >= MIN_TITLES and all(map(_is_title, cues)),
            opening_cards=opening,
            closing_cards=_title_cards(cues, closing=True),
            named_card=_named_first_card(cues, opening),
            spaced_wide=_spaces_wide_words(cues),
            capitals=_speaks_in_capitals(cues),
            sentence_cues=_opens_cues_with_capitals(cues),
            inner_words=inner,
            inner_total=(sum(pair[0] for pair in inner.values()), sum(pair[1] for pair in inner.values())),
            lines=_ends_lines(cues),
            narration=_ends_lines(cues) and _opens_cues_with_capitals(cues) and _narrates(cues),
            voices=_voices(cues),
        )

    def joiner(self, before: str, after: str) -> str:
        """What joins two lines or cues where ``before`` ends one and ``after`` opens the next: a
        space, none between two wide characters (``_wide``) unless the file spaces its words."""
        return "" if not self.spaced_wide and _wide(before) and _wide(after) else " "

    def between_cues(self, previous: Cue, cue: Cue, before: str, after: str) -> str:
        """What joins ``cue`` to the ``previous`` one in a paragraph, ``before`` its last character
        and ``after`` this one's first: a line break where the file writes a sentence a cue
        (``sentence_cues``), the cue before ends with no punctuation and this one opens with a
        capital that is no noun's or name's (it ended a sentence: joined by a space they read as one
        run-on sentence): the words inside the file's other sentences not capitalised (see
        ``capitalises_inner_words``), or the capital a function word's (``_opens_with_function_word``:
        "…your video channel" / "It's time…", in a file whose titles and names capitalise a share of
        its words as German does), or
        whatever it ends with where the file writes a line a cue (``lines``) unless it narrates and
        the sentence runs on here (``continues``), or where the two cues open with an item's
        consecutive numbers (``_next_item``); else ``joiner``."""
        if self.continues(previous, cue):
            return self.joiner(before, after)
        if _next_item(previous, cue):
            return "\n"
        ended = before.isalnum() or self.lines
        sentences = self.sentence_cues and (
            _opens_with_function_word(cue) or not self.capitalises_inner_words(previous, cue)
        )
        if sentences and ended and _first_letter(cue).isupper():
            return "\n"
        return self.joiner(before, after)

    def continues(self, previous: Cue, cue: Cue) -> bool:
        """Whether ``cue`` goes on with the sentence ``previous`` began in a file that narrates a
        line a cue (``narration``, ``_runs_on``): "The Amazon River itself" / "Is the world's…"."""
        return self.narration and _runs_on(previous, cue)

    def capitalises_inner_words(self, *pair: Cue) -> bool:
        """Whether ``INNER_CAPITALS`` or more of the words inside the sentences of the file's cues open
        with a capital (German's nouns), in the whole file and in its cues other than the ``pair`` a
        line break would part. The pair's own words are the ones in question: an acronym or a name at
        their seam ("…testing SRT File" / "Kem Cho Pratik Bhai.") is no sign of a language
        capitalising its nouns, and in a short file would carry the share by itself. Beside too few
        words (``MIN_INNER_WORDS``) the whole file's share stands."""
        capitalised, words = self.inner_total
        if not capitalised >= INNER_CAPITALS * words > 0:
            return False
        for cue in pair:
            capitalised -= self.inner_words.get(id(cue), (0, 0))[0]
            words -= self.inner_words.get(id(cue), (0, 0))[1]
        return words < MIN_INNER_WORDS or capitalised >= INNER_CAPITALS * words

    def end_of_speech(self, cue: Cue) -> float:
        if not self.rolling or cue.start_s is None:
            return cue.end_s
        return min(cue.end_s, cue.start_s + len(cue.text) / CHARACTERS_PER_SECOND)


def _next_item(previous: Cue, cue: Cue) -> bool:
    """``cue`` opens with the number after the one ``previous`` opens with ("1. I'm taking the IELTS
    test…" / "2. There's a population…"): items of a numbered list read a cue each, one a line, as the
    file numbers them, not run into one paragraph as "…overseas. 2. There's…"."""
    before, this = ITEM_NUMBER.match(previous.text), ITEM_NUMBER.match(cue.text)
    return bool(before and this) and int(this[1]) == int(before[1]) + 1


def _voices(cues: list[Cue]) -> dict[int, str]:
    """The speaker last named up to each cue, by ``id``: a subtitler names the speaker at a turn, so
    the cues after a named one that name none ("[RAFIKI]" / "It's time…", then "A story of a cub…",
    a "[MUSIC]" cue) are still that voice's until a cue names another, or marks a turn to a voice it
    does not name (a dropped speaker-change dash, a bare ">>"): from there the voice is unknown."""
    voices: dict[int, str] = {}
    speaker = None
    for cue in cues:
        if cue.attrs.get("speaker") or cue.dashes or cue.unnamed_turn or cue.narrated:
            speaker = cue.attrs.get("speaker")
        if speaker:
            voices[id(cue)] = speaker
    return voices


def _opens_cues_with_capitals(cues: list[Cue]) -> bool:
    """Whether ``CAPITALISED_CUES`` or more of the cues (``MIN_SENTENCE_CUES`` at least) open with a
    capital (``_first_letter``) in a file not written in capitals (``_speaks_in_capitals``); whether
    a capital there opens a sentence is judged at each seam (``_Stream.capitalises_inner_words``)."""
    opened = sum(_first_letter(cue).isupper() for cue in cues)
    enough = len(cues) >= MIN_SENTENCE_CUES and opened >= CAPITALISED_CUES * len(cues)
    return enough and not _speaks_in_capitals(cues)


def _ends_lines(cues: list[Cue]) -> bool:
    """Whether ``LINE_CUES`` or more of the cues end with a letter or a digit, no mark: lines of a
    song or a poem, one a cue, where a sentence's cues end on one."""
    unmarked = sum(cue.text.rstrip()[-1:].isalnum() for cue in cues)
    return bool(cues) and unmarked >= LINE_CUES * len(cues)


def _narrates(cues: list[Cue]) -> bool:
    """Whether the cues are narration's sentences run across cues, not a song's lines: no cue said
    twice (a chorus), and ``NARRATION_SEAMS`` or more of the seams run on (``_runs_on``). The lyrics
    of "What are we hiding in the rain?" run on at one seam in eight ("…with the wolves" / "Are these
    our new messiahs?"), "Every creature plays a vital role" / "In this complex ecosystem" at one
    in three."""
    said = [" ".join(cue.text.split()).casefold() for cue in cues]
    seams = list(zip(cues, cues[1:], strict=False))
    running = sum(_runs_on(before, cue) for before, cue in seams)
    return len(set(said)) == len(said) and bool(seams) and running >= NARRATION_SEAMS * len(seams)


def _runs_on(previous: Cue, cue: Cue) -> bool:
    """Whether an English sentence runs on from ``previous``, ended with no mark, into ``cue``: the
    one ends on a word no sentence ends on (``ENGLISH_DANGLING``: "…in the" / "Amazon") or the other opens
    with one that goes on with a sentence (``GOES_ON``: "Is the world's largest", "For thousands
    of years", "If we act now")."""
    if not previous.text.rstrip()[-1:].isalnum():
        return False
    last = LETTER_RUN.findall(previous.text)[-1:]
    first = OPENING_WORD.match(cue.text)
    return bool(last) and last[0].lower() in ENGLISH_DANGLING or bool(first) and first[1].lower() in GOES_ON


def _opens_with_function_word(cue: Cue) -> bool:
    """Whether ``cue`` opens with a capitalised English function word but "I" ("It's", "In", "And"):
    a closed class holds no name, nor a noun German capitalises, so only a sentence's start
    capitalises it."""
    first = OPENING_WORD.match(LEADING_TAGS.sub("", cue.text))
    word = first[1] if first else ""
    return word != "I" and word.istitle() and word.lower() in ENGLISH_FUNCTION_WORDS


def _subtitlers_capital(text: str) -> tuple[str, str | None]:
    """(``text``, the word it opened with where lowered, else None) for a cue going on with the
    sentence before it: the capital every cue opens with is the subtitler's, not the sentence's.
    Only a function word is lowered ("Is" → "is", "For" → "for"): a closed class has no names, while
    "Amazon" or "Indigenous" keeps its capital, and "I" is always one."""
    first = OPENING_WORD.match(text)
    if first is None or first[1] == "I" or not first[1].istitle():
        return text, None
    if first[1].lower() not in ENGLISH_FUNCTION_WORDS:
        return text, None
    at = first.start(1)
    return text[:at] + text[at].lower() + text[at + 1 :], first[1]


def _inner_capitals(cue: Cue) -> tuple[int, int]:
    """(capitalised, all) of the words inside a cue's sentences (not opening a line or a sentence,
    two letters at least): German capitalises its nouns there, where a capital says nothing of
    where a sentence opens."""
    words = [
        word
        for line in cue.text.split("\n")
        for sentence in SENTENCE_BREAK.split(line)
        for word in INNER_WORD.findall(sentence)[1:]
    ]
    return sum(word[0].isupper() for word in words), len(words)


def _wide(char: str) -> bool:
    """A character of Chinese or Japanese (``WIDE``): East Asian wide or full-width, not Hangul, not
    a pictograph."""
    return (
        unicodedata.east_asian_width(char) in WIDE
        and not HANGUL.match(char)
        and unicodedata.category(char) != "So"
    )


def _spaces_wide_words(cues: list[Cue]) -> bool:
    """Whether the file's own lines set spaces between wide characters (``SPACED_WIDE_LINES`` of
    the lines holding any or more): then its line breaks, too, are spaces between words."""
    lines = [line for cue in cues for line in cue.text.split("\n") if any(map(_wide, line))]
    spaced = sum(1 for line in lines if any(_wide(a) and _wide(b) for a, b in WIDE_GAP.findall(line)))
    return bool(lines) and spaced >= SPACED_WIDE_LINES * len(lines)


def _is_title(cue: Cue) -> bool:
    """A cue of a few words shown far longer than they take to read (a chapter's title, a title
    card), not a line of speech: "The woods" for 12.5 s, "Bunny Sleeping" for 10.5 s."""
    if cue.start_s is None or cue.end_s is None or cue.end_s <= cue.start_s:
        return False
    text = " ".join(cue.text.split())
    shown = cue.end_s - cue.start_s
    return len(text.split()) <= TITLE_WORDS and len(text) / shown <= TITLE_CHARACTERS_PER_SECOND


def _title_cards(cues: list[Cue], closing: bool) -> frozenset[int]:
    """The ``id``s of the cues that open with a capital and stand before the first cue with any
    punctuation (or, ``closing``, after the last): a talk's title card (a name over its tagline)
    before "¡Hola a todos!", its closing card after "¡Gracias!". Joined to the speech they read as
    one run-on sentence. A speech recogniser's segments (word timings, Whisper's scores) hold no
    cards: there an unpunctuated segment is speech ("…des grullischen" / "Rätus ist…": a German
    noun's capital opens no sentence)."""
    if any(cue.words or ASR_SCORES & cue.attrs.keys() for cue in cues):
        return frozenset()
    punctuated = [index for index, cue in enumerate(cues) if WORD_PUNCTUATION.search(cue.text)]
    if not punctuated:
        return frozenset()
    around = cues[punctuated[-1] + 1 :] if closing else cues[: punctuated[0]]
    return frozenset(id(cue) for cue in around if _first_letter(cue).isupper() and not _runs_on_inside(cue))


def _runs_on_inside(cue: Cue) -> bool:
    """Whether a line of ``cue`` after its first opens in lower case: its lines are one sentence
    wrapped on screen ("And it's going to happen" / "again and again --"), speech, not a card's
    name over its tagline."""
    lines = [LEADING_TAGS.sub("", line).lstrip(SENTENCE_OPENERS) for line in cue.text.split("\n")]
    return any(line[:1].islower() for line in lines[1:])


def _named_first_card(cues: list[Cue], opening: frozenset[int]) -> int | None:
    """The ``id`` of the file's first cue where it is an opening card naming a title
    (``_names_a_title``), else None: only there is a name a title whatever follows, while "Forest"
    / "Evening Walk" / "Good night!" further on may be words said one after another."""
    first = cues[0] if cues else None
    named = first is not None and id(first) in opening and _names_a_title(first)
    return id(first) if named else None


def _names_a_title(cue: Cue) -> bool:
    """Whether a card's first line is a name rather than a sentence's first words: a name in quotes
    ('Проект "Morevna"', «Моревна») or two words or more, each capitalised ("Solar Days"); "I told
    you that", cut by the cue's end, is neither."""
    line = LEADING_TAGS.sub("", cue.text).split("\n", 1)[0]
    words = [word.lstrip(SENTENCE_OPENERS + "“«„") for word in line.split()]
    capitalised = len(words) >= 2 and all(word[:1].isupper() or word[:1].isdigit() for word in words)
    return capitalised or bool(QUOTED_NAME.search(line))


def _first_letter(cue: Cue) -> str:
    """The character a cue's words open with, past bracketed tags, dashes, quotes, ¡ and ¿."""
    return opening_letter(cue.text)


def _apart_as_card(previous: Cue, cue: Cue, pause_s: float, stream: _Stream) -> bool:
    """Whether a title card (``_title_cards``) ends its paragraph here: an opening card before a cue
    that opens with a capital (a new sentence, not the card's own words running on) where the card
    is the file's first cue and names a title (``named_card``: 'Проект "Morevna"' / "При
    поддержке…", no pause between) or after a pause of ``CARD_PAUSE`` (short words said one after
    another, "Forest" / "Evening Walk" / "Good night!", are speech), a closing card after a
    sentence's end or after another card, unless the card goes on with the sentence the cue before
    began (``_runs_on``: a song's unpunctuated last lines "The day I stopped being scared of falling"
    / "Was the day I chose what to fall for" are one sentence, no card's name over its tagline)."""
    gap = None if previous.end_s is None or cue.start_s is None else cue.start_s - previous.end_s
    opening = id(previous) in stream.opening_cards and _first_letter(cue).isupper()
    paused = gap is not None and gap >= CARD_PAUSE * pause_s
    if opening and (paused or id(previous) == stream.named_card):
        return True
    ends = bool(SENTENCE_END.search(previous.text)) or id(previous) in stream.closing_cards
    return id(cue) in stream.closing_cards and ends and not _runs_on(previous, cue)


def _new_paragraph(previous: Cue, cue: Cue, pause_s: float, stream: _Stream) -> bool:
    """In a track of titles (chapters) every cue; around an on-screen sign (a cue's ``sign``), between a
    song's lines (a cue's ``sung``: an .ass song's translation) and speech, and before a block set apart
    in its event (``opens_paragraph``); else a sentence end and a pause; or,
    without a sentence end, a pause before a capital (a title card such as 'Проект "Моревна"
    представляет' before the dialogue) or a long silence. In ASR without punctuation (a talk's
    automatic captions) a pause alone ends a paragraph."""
    if stream.titles:  # chapter titles back to back are no sentence: "The woods Water Title …"
        return True
    if cue.opens_paragraph or previous.attrs.get("sign") or cue.attrs.get("sign"):
        return True
    if bool(previous.attrs.get("sung")) != bool(cue.attrs.get("sung")):
        return True  # a song's lines and the scene's dialogue: "…ко сну" / "Элизабет!" is no one sentence
    if _turn(previous, cue, stream) or _scene_apart(previous, cue):
        return True
    if not stream.unpunctuated and _apart_as_card(previous, cue, pause_s, stream):
        return True
    if previous.end_s is None or cue.start_s is None:  # untimed lines (plain ASR text): every
        return bool(SENTENCE_END.search(previous.text))  # sentence-final line ends a paragraph
    gap = cue.start_s - stream.end_of_speech(previous)
    if _continues_sentence(previous, cue, stream.capitals):
        return False  # "…не смысл жизни," 6.8 s "но благодаря им…": one sentence whatever the pause
    if stream.unpunctuated:
        return gap >= pause_s
    return pause_parts(previous.text, cue.text, gap, pause_s)


def _scene_apart(previous: Cue, cue: Cue) -> bool:
    """Whether a paragraph ends between ``previous`` and ``cue``, the file marking a new scene there:
    either of them is a sound alone shown ``SCENE_SOUND_S`` or longer ("[Cat yawns and leaves the
    set]", 7.5 s, between a skit's dialogue and its narrator), which transcript_junk cuts, leaving
    the break. A speaker-change dash parts no paragraph: a film's dialogue marks every turn so."""
    return _sound_alone(previous) or _sound_alone(cue)


def _sound_alone(cue: Cue) -> bool:
    """Whether ``cue`` holds bracketed tags alone (``LEADING_TAGS``) and is shown ``SCENE_SOUND_S``
    or longer."""
    timed = cue.start_s is not None and cue.end_s is not None
    long = timed and cue.end_s - cue.start_s >= SCENE_SOUND_S
    return long and not LEADING_TAGS.sub("", cue.text).strip()


def _turn(previous: Cue, cue: Cue, stream: _Stream) -> bool:
    """The speaker changes between a cue that names its speaker (a voice tag, a label) and the voice
    last named before it (``_Stream.voices``: cues naming none between), where a sentence ends or a
    new one starts: a turn of the dialogue, a paragraph of its own. A sentence
    running on into the next speaker's cue ("…сравнительно мелководные" / "моря, Арктические…") is a
    diarizer's boundary put inside it, not a turn: a paragraph break there would cut the sentence.
    The narrator's cues (``narrated``) are a voice of their own: "…the final." / "ZEI: One more
    look…" / "Smoke rises…" turns twice."""
    before = stream.voices.get(id(previous)) or ("" if previous.narrated else None)
    after = cue.attrs.get("speaker") or ("" if cue.narrated else None)
    if before is None or after is None or before == after:
        return False
    first = _first_letter(cue)
    return bool(SENTENCE_END.search(previous.text)) or not first.islower()


def _continues_sentence(previous: Cue, cue: Cue, capitals: bool) -> bool:
    """A cue ending on a comma before one that starts lower-case (any letter in a file written in
    ``capitals``, where a capital opens nothing: "AND YOU," / "SAY YOUR NAME."): the sentence has
    not ended, so no pause splits it. A cue with no punctuation at the end (unpunctuated ASR, a new
    speaker) is not one: there the pause is all that tells where speech turned."""
    first = _first_letter(cue)
    return previous.text.rstrip().endswith(",") and first.isalpha() and (first.islower() or capitals)


def _close_paragraph(builder: TextBuilder, start: int | None, times: list[float | None]) -> None:
    if start is not None and builder.length > start:
        builder.span(start, builder.length, "paragraph", start_s=times[0], end_s=times[1])


def _word_spans(builder: TextBuilder, offset: int, text: str, words: list[dict[str, Any]]) -> None:
    """Words are found left to right in the cue text; one that isn't there gets no span."""
    cursor = 0
    for word in words:
        token = word["text"].strip()
        found = text.find(token, cursor) if token else -1
        if found < 0:
            continue
        cursor = found + len(token)
        attrs = {k: v for k, v in word.items() if k != "text"}
        builder.span(offset + found, offset + cursor, "word", **attrs)
