"""SubRip (.srt, and the multi-language .msrt) and WebVTT (.vtt) cue files.

One small parser serves both: they differ in the timestamp's decimal mark and VTT's header,
and a hand-written one can name the exact line of a bad timestamp, which a user needs to fix
a file. Lines tagged ``[rus] …``/``[eng] …`` inside a cue (the .msrt convention) are split into
one document per language when ``split_languages`` is on.
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from dataclasses import replace

from sloika.pipelines.formats.ass import read_escapes
from sloika.pipelines.formats.base import (
    Failed,
    FormatError,
    Parsed,
    decode_text,
    encoding_fields,
    lf_line_ends,
)
from sloika.pipelines.formats.cue_readings import no_speech, readings_apart
from sloika.pipelines.formats.cues import (
    SUBTITLE_LANGUAGES,
    Cue,
    captions_apart,
    drop_carried_lines,
    drop_speaker_dashes,
    duplicates_apart,
    end_after_start,
    merge_cues,
    on_speech,
    placed_in_time,
    without_later_dashes,
)
from sloika.pipelines.formats.timestamp_lines import timestamped_cues
from sloika.text.sentences import SENTENCE_END

# seconds may come unpadded ("0:0:3.540 --> 0:1:5.2"): Microsoft Teams writes its transcripts so
STAMP = r"(?:\d+:)?\d{1,2}:\d{1,2}"
TIMING = re.compile(rf"^\s*(?P<start>{STAMP}[,.]\d{{1,3}})\s*-->\s*(?P<end>{STAMP}[,.]\d{{1,3}})")
# A damaged timing line read as far as it goes ("0:00:05.850 --> 0:00", cut by a converter;
# "00:00:03 --> 00:00:04" without fractions): each time, whole or without its fraction, or none
# ("00:00:7x,000 --> 00:00:04,000": an end that reads after a start that does not)
LOOSE_TIMING = re.compile(
    rf"^\s*(?:(?P<start>{STAMP}(?:[,.]\d{{1,3}})?(?=[\s-]))|\S*)\s*-->\s*(?P<end>{STAMP}(?:[,.]\d{{1,3}})?(?=\s|$))?"
)
# Seconds typed with a decimal point and SRT's comma tail after them ("00:00:19.5,00", hand-written
# files): a tail of zeros adds nothing, so the time is plainly 19.5 s and is read so, the cue marked
# ``bad_timing``; a tail with other digits ("19.5,30": 19.53 s, or 19.5 s and 30 ms?) stays unread
DECIMAL_SECONDS = re.compile(rf"(?<![\d:.,])(?P<time>{STAMP}\.\d{{1,3}}),0{{1,3}}(?![\d.,:])")
# A colon for SRT's comma before the milliseconds ("00:04:500", "00:00:04:500"; hand-typed files): a
# field of three digits after the seconds is milliseconds, as subtitle tools read it (seconds stop at
# 59, and a timecode's frames, "00:00:04:12", at 59 too, so two digits stay unread)
COLON_MILLISECONDS = re.compile(rf"(?<![\d:.,])(?P<time>{STAMP}):(?P<ms>\d{{3}})(?![\d.,:])")
# near misses of ``TIMING`` whose time is not in doubt: (pattern, what it is written as, the defect)
NEAR_MISSES = (
    (
        DECIMAL_SECONDS,
        r"\g<time>",
        "has a decimal point in its seconds and a comma tail; read without the tail",
    ),
    (COLON_MILLISECONDS, r"\g<time>,\g<ms>", "has a colon before its milliseconds; read as a comma"),
)
# ``fields.cue_form`` of a transcript copied from a video site: a bare time over each cue's words
STAMPED = "bare_timestamps"
# the defect a cue placed by its order has (``_placed_by_order``)
ORDER_PLACED = "its start taken as the end of the cue before"
# a line that starts as a timing does ("00:13.000 -->", "00:00:03 -->" with its fraction missing):
# it starts a cue wherever it stands; "Go --> there" in a cue's text does not
TIMING_START = re.compile(r"^\s*\d[\d:.,]*\s*-->")
LANG_TAG = re.compile(r"^\[(?P<lang>[a-z]{2,3}(?:-[A-Za-z]+)?)\]\s?(?P<text>.*)$")
TAGS = re.compile(r"</?(?:[ibu]|font|c|v|lang|ruby|rt)(?:[ .][^>]*)?>|<\d{2}:[\d:.]+>|\{\\[^}]*\}")
VOICE = re.compile(r"<v(?:\.[^ >]*)?\s+([^>]+)>")
# Broadcast (CEA-608) captions mark a change of speaker with ">>" at a line's start, the speaker's
# name in capitals with a colon after it where known (">> ALICE: Hi, my name is…"; ">>>" a change of
# story): the mark is markup like ``<v Alice>`` and the name the cue's ``speaker``. A name is one to
# three words in capitals; ">> So: the plan" keeps its "So:".
CAPTION_TURN = re.compile(r"^>{2,3}\s*(?:(?P<name>[^\W\d_][\w.'’-]*(?: [\w.'’-]+){0,2}):\s+)?")
# Diarization (WhisperX, pyannote, Otter, Zoom) opens each cue with the speaker's label, "SPEAKER_00: …",
# "[SPEAKER_01]: …", "Speaker 1: …": the pipeline's label for the voice, never speech
DIARIZED_LABEL = re.compile(r"^\[?((?:SPEAKER|Speaker|speaker|СПИКЕР|Спикер|спикер)[ _]?\d{1,3})\]?\s*:\s*")
# A transcript that names its speakers ("Иван: Вот представим…", "Dr Smith: …"): one to three words, each
# capitalised, and a colon at a line's start; a label only where the file labels its cues so
# (``_named_speakers``): "Внимание: поезд" in one cue of a film is the speaker's own
NAME_WORDS = r"[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2}"
NAMED_LABEL = re.compile(rf"^({NAME_WORDS}):\s+(?=\S)")
MIN_NAMED_LABELS = 3  # fewer labelled cues than this show no convention of the file
# A name in capitals ("ZEI: One more look…", "NARRATOR: …") is a label's own form: a story told over
# its dialogue labels only the dialogue's cues, far fewer than half, so such a name (one word of
# ``CAPITALS_NAME`` letters) is a label where ``MIN_NAMED_LABELS`` cues open so and a name recurs
CAPITALS_NAME = range(2, 21)
# A transcript may mark a turn with the name and a dash instead ("Dr. Janovitch -- Pour ce nouvel…",
# "ИВАН — Привет."): capitalised words, a spaced double hyphen or dash, and words opening with a
# capital; a copula's or an aside's dash runs on in lower case ("Москва — столица"). Such a file
# labels only the turns, so a name is a label where the file marks ``MIN_NAMED_LABELS`` lines so and
# a name recurs (``_dashed_speakers``), not where half its cues do
DASHED_LABEL = re.compile(rf"^({NAME_WORDS})\s+(?:--|[—–])\s+(?=[\"«“„¿¡]?[^\W\d_])")
# Dubbed films' subtitles and SDH captions name the speaker on a line of its own above the words
# ("[RAFIKI]" / "It's time to tell you a story.", "(Anna)"): one to three capitalised words in brackets
# heading the cue. A sound is written so too ("[LAUGHS]" / "Stop it!", "[Смеётся]"), so a tag is a
# name only where no word of it is a common word (``COMMON_WORD_ZIPF``) of its script's languages
# (``SUBTITLE_LANGUAGES``), and only in a file that heads its cues so (``_file_convention``)
BRACKETED_NAME = re.compile(rf"\[{NAME_WORDS}\]|\({NAME_WORDS}\)")
# the same, opening a line over the words (after a dialogue dash: "- [MARY] Yes.") or on the words' own
# line ("[JOHN] Hello there."); group "tag" the label as written, "words" what follows it on the line
HEADING_TAG = re.compile(rf"^(?:[-‐–—]\s*)?(?P<tag>{BRACKETED_NAME.pattern})(?:\s+(?P<words>\S.*))?$")
# words that are speech: a letter before any bracket or music note ("[MUSIC]" / "♪ la la ♪" is none)
SPEECH = re.compile(r"^[^\[(♪♫🎵🎶#]*?[^\W\d_]")
COMMON_WORD_ZIPF = 3.0  # "laughs" 4.1, "sighs" 3.4, "смеётся" 3.5; "Rafiki" 2.2, "Mufasa" 2.3, "Taka" 2.9
# a common word names a speaker only where it heads speech this many times and never stands alone
# ("[JOHN]", "[MOM]", "[NARRATOR]"); a sound heads speech once ("[APPLAUSE]" / "Thank you.")
COMMON_NAME_HEADS = 2
# An English verb's -s or -ing form, or a plural ("GASPS", "SNIFFLES", "SOBBING", "DOGS BARK"): a word
# ending so whose stem is a word (``STEM_ZIPF``) and, for a common word's -s, about as common as it
# (``STEM_ZIPF_DROP``: "laugh" 4.7, "laughs" 4.1); a name's stem is rarer ("James" 5.1, "jam" 4.2)
ENGLISH_INFLECTION = re.compile(r"(?P<stem>[a-z]{2,}?)(?P<end>ies|es|s|ing)$")
STEM_ZIPF = 2.0
STEM_ZIPF_DROP = 0.2
# A Russian or Ukrainian verb's present-tense third person or reflexive ending ("Смеётся", "Всхлипывает",
# "Кричит", "Плачут"): what someone does, not who; -ат/-ят stay out ("Марат", "Булат")
CYRILLIC_VERB = re.compile(r"[а-яёіїєґ]{2,}(?:ет|ёт|ит|ут|ют|ся|сь)$")
# A subtitler parts a cue's speech from the on-screen caption set on its line by " | " ("В ответе лишь
# вы. | АЛАНА ТЬЮРИНГА"): a line break, not text, where a sentence ends before it or a capital opens
# what follows; a shell's pipe in a screencast's line ("cat log | grep error") is neither
CAPTION_SEPARATOR = re.compile(r"[ \t]+\|[ \t]+")
CLOSING_BAR = re.compile(r"[ \t]*\|[ \t]*\Z")  # the same bar closing a line, nothing after it
# MicroDVD writes a cue's line break as "|" ("{0}{25}Pomozi mu!|Pazite!"), which a converter to SubRip
# may leave in: opening a line before a word ("| Pazite!": a break after nothing), or glued between a
# sentence's end and a capital ("mu!|Pazite"); a pipe between words ("a|b", "cat log | grep") stays
OPENING_BAR = re.compile(r"\A[ \t]*\|[ \t]*(?=[\"«„“¿¡]?[^\W\d_])")
GLUED_BAR = re.compile(r"(?<=[.!?…])\|(?=[\"«„“¿¡]?([^\W\d_]))")
# A caption converter that does not know a broadcast (CEA-608) row code prints it as its second byte's
# character, 0x7C, "÷" in that set, twice, as every control code is sent ("WHERE'S÷÷THE "I"?": row 14's
# "WHERE'S" over row 15's "THE "I"?"): a doubled division sign is no speech (a sum writes one, "6 ÷ 2")
# but the line break it stands for
ROW_CODE = re.compile(r"[ \t]*÷{2,}[ \t]*")
# What opens a block of a file that is no cue: (its first word, its ``removed`` label, what it is).
# WebVTT's header is the signature "WEBVTT" and metadata lines under it ("Kind: captions",
# "Language: ru"); a NOTE is the author's comment, STYLE and REGION the cues' CSS and placement
FILE_PARTS = (
    ("WEBVTT", "header", "the WebVTT header (the `WEBVTT` line and the metadata under it)"),
    ("NOTE", "note", "a WebVTT NOTE, the author's comment"),
    ("STYLE", "style", "a WebVTT STYLE block, the cues' CSS"),
    ("REGION", "style", "a WebVTT REGION block, where cues are placed"),
)
# The header's signature line: "WEBVTT", then a space or tab and the file's title, the separator a
# writer set between them ("WEBVTT - Тестовые субтитры") aside
# the early WebVTT drafts' signature "WEBVTT FILE", a form of the signature naming no title
LEGACY_SIGNATURE = "FILE"
VTT_SIGNATURE = re.compile(r"\A\s*WEBVTT(?:[ \t]+(?:[-–—:|][ \t]*)?(?P<title>[^\n]*?))?[ \t]*$", re.MULTILINE)
# A metadata line of the header ("Kind: captions", "Language: ru"): a key, a colon and a value; never a
# timing line, which holds "-->"
VTT_METADATA = re.compile(r"^[A-Za-z][\w-]*:[ \t]*[^\s-][^>]*$")
# A backslash of a Windows path is the path's own ("C:\new\notes.txt", "\\server\home", ".\nul",
# "%APPDATA%\h", "Users\nick\notes"): a drive, UNC, relative or variable prefix, or two folder
# separators between names of two characters or more
WINDOWS_PATH = re.compile(
    r"^(?:[A-Za-z]:\\|\\\\|\.{1,2}\\|~\\|%\w+%\\)|[^\\\s]{2,}\\[^\\\s]{2,}\\[^\\\s]{2,}"
)


def parse_subtitles(data: bytes, pause_s: float, split_languages: bool, fmt: str) -> list[Parsed | Failed]:
    text, encoding = decode_text(data, fmt)  # subtitles from the web often come in cp1251
    stamped = timestamped_cues(lf_line_ends(text).split("\n"))
    blocks = _stamped(stamped) if stamped else list(_cues(text, fmt))
    if all(block.set_aside for block in blocks):
        raise FormatError("no_cues", f"no timed cues found: is this really a {fmt.upper()} file?")
    cues = on_speech(blocks, _read_speech)
    fields = {
        **encoding_fields(encoding),
        **_header_title(blocks),
        **({"cue_form": STAMPED} if stamped else {}),
    }
    by_lang = _split_languages(cues) if split_languages else {}
    if not by_lang:
        return [_document(cues, pause_s, fields, 0)]
    return [
        _document(lang_cues, pause_s, {**fields, "subtitle_lang": lang}, index)
        for index, (lang, lang_cues) in enumerate(sorted(by_lang.items()))
    ]


def _read_speech(cues: list[Cue]) -> list[Cue]:
    """The file's cues placed in time, speaker labels and dashes out, rolled-up lines and duplicate
    cues read once."""
    return duplicates_apart(
        drop_carried_lines(drop_speaker_dashes(_take_speaker_labels(placed_in_time(_placed_by_order(cues)))))
    )


def _stamped(cues: list[tuple[float, list[tuple[int, str]]]]) -> list[Cue]:
    """The cues of a transcript copied from a video site (``timestamped_cues``: a bare time over the
    words), read as SubRip's are, each shown until the next starts (the last until its own start),
    a placeholder's too: the time it holds is no one's speech."""
    ends = [max(start, after) for (start, _), (after, _) in zip(cues, cues[1:], strict=False)]
    return [
        _spoken_cue(start, end, [line for _, line in words], "")
        for (start, words), end in zip(cues, [*ends, cues[-1][0]], strict=True)
    ]


def _header_title(blocks: list[Cue]) -> dict[str, str]:
    """``{"title": …}`` where the file's WebVTT header names one after its signature ("WEBVTT -
    Тестовые субтитры": the file's title, as a Markdown page's front matter names its own), else {}."""
    header = next((block for block in blocks if block.set_aside and block.set_aside[0] == "header"), None)
    found = VTT_SIGNATURE.match(header.text) if header else None
    title = found["title"] if found else None
    return {"title": title} if title and title != LEGACY_SIGNATURE else {}


def _document(cues: list[Cue], pause_s: float, fields: dict, position: int) -> Parsed | Failed:
    """One document of ``cues``, a device's readings set aside (``readings_apart``); a file of
    readings alone is no transcript and is rejected, ``no_speech``, its cues' text as its text."""
    cues = readings_apart(cues)
    return no_speech(cues, position) or merge_cues(
        captions_apart(cues), "transcript", pause_s, fields, position
    )


def _cues(text: str, fmt: str):
    lines = lf_line_ends(text).split("\n")
    block: list[tuple[int, str]] = []
    for number, line in enumerate([*lines, ""], start=1):
        if not _ends_block(line, fmt):
            block.append((number, line))
        elif block:
            for piece in (piece for part in _header_apart(block) for piece in _split_at_timings(part)):
                cue = _cue(piece, fmt)
                if cue is not None:
                    yield cue
            block = []


def _ends_block(line: str, fmt: str) -> bool:
    """WebVTT ends a cue at an empty line only: a line of spaces is cue text (YouTube's automatic
    captions open each cue with one, " "); SubRip files are looser and end one at any blank line."""
    return line == "" if fmt == "vtt" else not line.strip()


def _header_apart(block: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """A block opening with the WebVTT signature (``VTT_SIGNATURE``) as the header (the signature and
    the metadata lines under it, ``VTT_METADATA``) and the cues after it, where the file sets its first
    cue right under the header with no blank line ("WEBVTT - Тестовые субтитры" / "00:00.500 --> …"):
    read as one block, the header line was taken for the cue's identifier and lost, title and all."""
    if not VTT_SIGNATURE.match(block[0][1]) or not any(TIMING_START.match(line) for _, line in block):
        return [block]
    end = 1
    while end < len(block) and VTT_METADATA.match(block[end][1]):
        end += 1
    return [block[:end], block[end:]]


def _split_at_timings(block: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """A block cut before each of its timing lines after the first (``TIMING_START``, with the cue
    number right above it): files written without blank lines between cues ("1" / "00:11.000 -->
    00:13.000" / "We are in…" / "2" / "00:13.000 --> …") hold several cues in one block, and a
    timing line is never cue text (WebVTT's parser, too, ends the cue text at a line holding ``-->``);
    a broken one is reported by ``_cue``."""
    timings = [i for i, (_, line) in enumerate(block) if TIMING_START.match(line)]
    starts = [0]
    for previous, timing in zip(timings, timings[1:], strict=False):
        numbered = timing - 1 > previous and block[timing - 1][1].strip().isdigit()
        starts.append(timing - 1 if numbered else timing)
    return [block[a:b] for a, b in zip(starts, [*starts[1:], len(block)], strict=False)]


def _cue(block: list[tuple[int, str]], fmt: str) -> Cue | None:
    """The cue a block holds; one whose timing is damaged keeps its text with ``broken`` saying
    what is wrong, its times those that could be read (``_timing``): one bad line of a long file
    must not cost the file."""
    timing_at = next((i for i, (_, line) in enumerate(block) if "-->" in line), None)
    if timing_at is None:
        part = _file_part(block)
        if part is not None:  # the bare signature says nothing but what the file's name does
            text = "\n".join(line for _, line in block)
            return None if text.strip() == "WEBVTT" else Cue(None, None, text, set_aside=part)
        number, line = block[0]
        start = end = None
        broken = f"line {number}: cue `{line.strip()[:60]}` has no `start --> end` line"
    else:
        start, end, broken = _timing(*block[timing_at])
    body_at = 0 if timing_at is None else timing_at + 1
    return _spoken_cue(start, end, [text for _, text in block[body_at:]], broken)


def _spoken_cue(start: float | None, end: float | None, lines: list[str], broken: str) -> Cue:
    """A cue of its text's ``lines`` as the file writes them: tags and escapes read, its speaker (a
    voice tag, a caption's named turn) in ``attrs``, a later line's speaker dash out."""
    body = [piece for text in lines for piece in _ass_escapes(text)]
    voice = next((m.group(1).strip() for text in body for m in [VOICE.search(text)] if m), None)
    marks = [_caption_turn(html.unescape(TAGS.sub("", text)).strip()) for text in body]
    voice = voice or next((name for _, name in marks if name), None)
    cleaned: list[str] = []
    bars: list[tuple[int, str]] = []
    for text in map(_plain, body):
        for part, count in _at_line_break_bars(text) if text else []:
            cleaned += _separated(part)
            bars += [(len(cleaned) - 1, "|")] * count
    attrs = {"speaker": voice} if voice else {}
    unnamed = any(length and not name for length, name in marks)  # ">> Hi": a turn, the voice unnamed
    cue = Cue(start, end, "\n".join(cleaned), attrs, bars=bars, broken=broken, unnamed_turn=unnamed)
    return without_later_dashes(cue)


def _separated(line: str) -> list[str]:
    """A cue line as the lines a converter's row codes (``ROW_CODE``) and a subtitler's " | " part it
    into (``_at_bars``)."""
    return [part for piece in ROW_CODE.split(line) if piece for part in _at_bars(piece)]


def _at_line_break_bars(line: str) -> list[tuple[str, int]]:
    """The line as the lines MicroDVD's "|" line breaks part it into, each with how many bars went
    with it: one glued between a sentence's end and a capital ("mu!|Pazite!", ``GLUED_BAR``), one
    opening the line before a word ("| Pazite!", ``OPENING_BAR``) and one closing it after a
    sentence's end ("Pomozi mu! |", a break to a line never written); read as text each stood in a
    sentence. A pipe after a word ("cat log |") or between words is a command's or a list's."""
    cuts = [bar.start() for bar in GLUED_BAR.finditer(line) if bar[1].isupper()]
    parts = [
        line[start:end]
        for start, end in zip([0, *(cut + 1 for cut in cuts)], [*cuts, len(line)], strict=True)
    ]
    counts = [1] * len(cuts) + [0]
    opening = OPENING_BAR.match(parts[0])
    if opening:
        parts[0], counts[0] = parts[0][opening.end() :], counts[0] + 1
    closing = CLOSING_BAR.search(parts[-1])
    if closing and SENTENCE_END.search(parts[-1][: closing.start()]):
        parts[-1], counts[-1] = parts[-1][: closing.start()], counts[-1] + 1
    return list(zip(parts, counts, strict=True))


def _at_bars(line: str) -> list[str]:
    """A cue line as the lines a subtitler's " | " parts it into (``CAPTION_SEPARATOR``), where a
    sentence ends before the bar or a capital opens what follows it."""
    parts = [line]
    for bar in reversed(list(CAPTION_SEPARATOR.finditer(line))):
        head, tail = parts[0][: bar.start()], parts[0][bar.end() :]
        if SENTENCE_END.search(head) or tail[:1].isupper():
            parts[:1] = [head, tail]
    return parts


def _timing(number: int, line: str) -> tuple[float | None, float | None, str]:
    """A timing line's start and end in seconds and what is wrong with it ("" where nothing is).
    A damaged line gives what can still be read (``LOOSE_TIMING``): the start where it is a time,
    the end where it is one and not before the start; ``placed_in_time`` fills a missing end,
    ``_placed_by_order`` a missing start."""
    line, odd = _near_misses(number, line)
    match = TIMING.match(line)
    if not match:
        problem = f"line {number}: `{line.strip()[:60]}` is not `HH:MM:SS,mmm --> HH:MM:SS,mmm`"
        match = LOOSE_TIMING.match(line)
    else:
        problem = next(
            (
                f"line {number}: `{stamp}` has minutes or seconds beyond 59"
                for stamp in match.groups()
                if not _valid_stamp(stamp)
            ),
            "",
        )
    start, end = (_readable(match[part]) if match else None for part in ("start", "end"))
    end, backwards = end_after_start(start, end, (match and match["end"]) or "", number)
    problem = "; ".join(filter(None, (problem or backwards, odd)))
    return start, end, problem


def _placed_by_order(cues: list[Cue]) -> list[Cue]:
    """The cues with each whose start does not read but whose end does, between the end of the cue
    before it and the end of the next placed one, starting where the cue before it ended: SubRip
    numbers its cues in the order they are shown, so that is where it stands (marked in
    ``broken``). One with no cue before it, or out of order, has no place (``unplaced_cue``)."""
    placed: list[Cue] = []
    for index, cue in enumerate(cues):
        before = placed[-1].end_s if placed and placed[-1].start_s is not None else None
        if cue.start_s is None and None not in (before, cue.end_s) and before <= cue.end_s:
            later = next((after.end_s for after in cues[index + 1 :] if after.start_s is not None), None)
            if later is None or cue.end_s <= later:
                cue = replace(cue, start_s=before, broken=f"{cue.broken}; {ORDER_PLACED}")
        placed.append(cue)
    return placed


def _near_misses(number: int, line: str) -> tuple[str, str]:
    """A timing line with its near-miss times (``NEAR_MISSES``: decimal seconds with a zero comma
    tail, "00:00:19.5,00"; a colon before the milliseconds, "00:04:500") written plainly, and what
    was odd ("" where nothing was): the time is not in doubt, so the cue keeps its place and a user
    still learns which line to fix."""
    found = []
    for pattern, plain, defect in NEAR_MISSES:
        odd = [match.group() for match in pattern.finditer(line)]
        if odd:
            found.append(f"line {number}: {', '.join(f'`{stamp}`' for stamp in odd)} {defect}")
            line = pattern.sub(plain, line)
    return line, "; ".join(found)


def _readable(stamp: str | None) -> float | None:
    """A time in seconds, None for a missing one or one with minutes or seconds beyond 59."""
    return _seconds(stamp) if stamp and _valid_stamp(stamp) else None


def _ass_escapes(line: str) -> list[str]:
    """A cue line with ASS's escapes (``ESCAPES``) read as what they mean: the lines ``\\N`` breaks
    it into, ``\\h`` (a hard space) and ``\\n`` (a soft break) spaces, runs of spaces one. An SRT or
    VTT converted from an .ass file carries them over ("Какая завтра \\h\\h\\hпогода?") and a player
    shows them as breaks and spaces; a word with a Windows path's backslashes (``WINDOWS_PATH``)
    keeps them."""
    if "\\" not in line:
        return [line]
    words = re.sub(r"\S+", lambda word: _unescaped(word.group()), line)
    return [" ".join(piece.split()) for piece in words.split("\n")]


def _unescaped(word: str) -> str:
    """One whitespace-delimited word of a cue line with its ASS escapes read, a path left alone."""
    if WINDOWS_PATH.search(word):
        return word
    return read_escapes(word)


def _caption_turn(line: str) -> tuple[int, str | None]:
    """The length of the broadcast speaker-change mark at the (stripped) line's start
    (``CAPTION_TURN``; 0 where there is none) and the speaker it names, a name only in capitals."""
    match = CAPTION_TURN.match(line)
    if not match:
        return 0, None
    name = match["name"]
    if name and name == name.upper():
        return match.end(), name
    return (match.start("name") if name else match.end()), None


def _plain(line: str) -> str:
    """A cue line as text: styling tags (``<i>``, ``<font>``, ``<c.yellow>``, karaoke times, ASS
    overrides ``{\\an8}``) out, entities (``&amp;``, ``&nbsp;``: VTT escapes them, SRT editors
    write them) decoded, a ">> NAME:" mark at the line's start dropped. A speaker-change dash
    stays here: whether it is one depends on the cue before (``cues.drop_speaker_dashes``)."""
    text = html.unescape(TAGS.sub("", VOICE.sub("", line))).replace("\u00a0", " ").strip()
    return text[_caption_turn(text)[0] :]


def _take_speaker_labels(cues: list[Cue]) -> list[Cue]:
    """The cues with the speaker label opening a line (``DIARIZED_LABEL``; a name where the file
    labels its cues with names, ``_named_speakers``, or heads its lines with bracketed names,
    ``_bracketed_speakers``; after an .msrt line's ``[xx]`` tag, which stays)
    taken out of the text, kept in the cue's ``labels`` (line, label, speaker) for the ``removed``
    record and the language split; the first label a cue has is its ``speaker``, unless a voice tag
    or a ">> NAME:" mark named one already. Where only a story's dialogue is labelled
    (``_narrated_speakers``), an unlabelled cue is the narrator's (``narrated``)."""
    names, narrated = _named_speakers(cues), frozenset[str]()
    if not names:
        names = narrated = _narrated_speakers(cues)
    heads, dashed = _bracketed_speakers(cues), _dashed_speakers(cues)
    taken: list[Cue] = []
    for cue in cues:
        lines, labels = [], []
        for line, under in _lines_over(cue.text):
            at = _text_start(line)
            head = _heading_tag(line[at:], under)
            if head and head["tag"][1:-1] in heads:
                labels.append((len(lines), head["tag"], head["tag"][1:-1]))
                if head["words"]:  # the words stay on their line, a dialogue dash before them too
                    lines.append(line[:at] + line[at:][: head.start("tag")] + head["words"])
                continue  # a name's own line goes whole
            found = _speaker_label(line[at:], names, dashed)
            lines.append(line[:at] + line[at + found.end() :] if found else line)
            if found:
                labels.append((len(lines) - 1, found[0].strip(), found[1]))
        if not labels:
            taken.append(replace(cue, narrated=True) if narrated else cue)
            continue
        attrs = {"speaker": labels[0][2], **cue.attrs}
        # a dash before a label on a later line ("- [MARY] No!") opens the words now
        taken.append(without_later_dashes(replace(cue, text="\n".join(lines), attrs=attrs, labels=labels)))
    return taken


def _lines_over(text: str) -> list[tuple[str, str]]:
    """Each line of a cue's ``text`` with the line under it ("" under the last)."""
    lines = text.split("\n")
    return list(zip(lines, [*lines[1:], ""], strict=True))


def _speaker_label(line: str, names: frozenset[str], dashed: frozenset[str]) -> re.Match | None:
    """The speaker label opening ``line`` (a cue line's words, after any language tag), colon or
    dash and spaces after it included, its group 1 the speaker it names: a diarizer's always, a name
    before a colon among the file's ``names``, one before a dash (``_dashed_label``) among its
    ``dashed``; None where there is none."""
    found = DIARIZED_LABEL.match(line) or NAMED_LABEL.match(line)
    if found is not None and (found.re is DIARIZED_LABEL or found[1] in names):
        return found
    found = _dashed_label(line)
    return found if found is not None and found[1] in dashed else None


def _dashed_label(line: str) -> re.Match | None:
    """The name and dash opening ``line`` (``DASHED_LABEL``) where each of the name's words and the
    words after the dash open with a capital, "Delphine -- Docteur, …"; None for "Москва — столица"."""
    found = DASHED_LABEL.match(line)
    if found is None or not all(word[:1].isupper() for word in found[1].split()):
        return None
    return found if line[found.end() :].lstrip('"«“„¿¡')[:1].isupper() else None


def _dashed_speakers(cues: list[Cue]) -> frozenset[str]:
    """The names a file marks its turns with before a dash (``_dashed_label``): only where it marks
    ``MIN_NAMED_LABELS`` lines so and a name recurs (a dialogue's turns come back to a speaker), else
    none: a sentence opening "Итак — Начнём" once is the speaker's own."""
    names = Counter(
        found[1]
        for cue in cues
        for line in cue.text.split("\n")
        if (found := _dashed_label(line[_text_start(line) :]))
    )
    if names.total() < MIN_NAMED_LABELS or max(names.values()) < 2:
        return frozenset()
    return frozenset(names)


def _text_start(line: str) -> int:
    """Where a cue line's words start: after the .msrt ``[xx]`` language tag opening it, else 0."""
    tagged = LANG_TAG.match(line)
    return tagged.start("text") if tagged else 0


def _named_speakers(cues: list[Cue]) -> frozenset[str]:
    """The names a file labels its cues with ("Иван: …", "Мария: …"): only where that is the file's
    convention, at least ``MIN_NAMED_LABELS`` cues and half of them open a line with a name in
    capitals and a colon, and the names recur (fewer names than half the labels); else none."""
    return _file_convention(_cue_names(cues), len(cues))


def _narrated_speakers(cues: list[Cue]) -> frozenset[str]:
    """The names in capitals (``_in_capitals``) a story told over its dialogue labels its dialogue's
    cues with ("ZEI: One more look…"), where the file does so ``MIN_NAMED_LABELS`` times and a name
    recurs, however few of its cues they are: "ZEI:" is no word of speech."""
    names = Counter(name for found in _cue_names(cues) for name in found if _in_capitals(name))
    recurs = names.total() >= MIN_NAMED_LABELS and max(names.values()) >= 2
    return frozenset(names) if recurs else frozenset()


def _cue_names(cues: list[Cue]) -> list[list[str]]:
    """The capitalised names opening a line before a colon (``_capitalised_label``), by cue."""
    return [[name for line in cue.text.split("\n") if (name := _capitalised_label(line))] for cue in cues]


def _in_capitals(name: str) -> bool:
    """Whether ``name`` is one word in capitals of a label's length (``CAPITALS_NAME``): "ZEI", "MU"."""
    return name.isalpha() and name.isupper() and len(name) in CAPITALS_NAME


def _file_convention(found: list[list[str]], cues: int) -> frozenset[str]:
    """The speakers ``found`` in each cue where labelling cues so is the file's convention: at least
    ``MIN_NAMED_LABELS`` cues and half of the ``cues`` carry one, and the names recur (fewer names
    than half the labels); else none."""
    names = [name for labels in found for name in labels]
    labelled = sum(1 for labels in found if labels)
    if labelled < MIN_NAMED_LABELS or labelled * 2 < cues or len(set(names)) * 2 > len(names):
        return frozenset()
    return frozenset(names)


def _bracketed_speakers(cues: list[Cue]) -> frozenset[str]:
    """The bracketed names heading speech in a file's cues (``_heading_tag``) where heading them so is
    the file's convention (``_file_convention``). A sound is written so too, so a tag is no name where
    a word of it is a verb's form (``_sound_verb``), where it also stands alone or after words in the
    file, or where it is a common word (``_common_words``) heading speech fewer than
    ``COMMON_NAME_HEADS`` times: "[JOHN] Hi." twice is a speaker, "[APPLAUSE]" / "Thank you." a sound."""
    heads = [
        [
            head["tag"][1:-1]
            for line, under in _lines_over(cue.text)
            if (head := _heading_tag(line[_text_start(line) :], under))
        ]
        for cue in cues
    ]
    tags = Counter(match[0][1:-1] for cue in cues for match in BRACKETED_NAME.finditer(cue.text))
    times = Counter(name for names in heads for name in names)
    names = {
        name
        for name, count in times.items()
        if count == tags[name]
        and not _sound_verb(name)
        and (count >= COMMON_NAME_HEADS or not _common_words(name))
    }
    return _file_convention([[name for name in found if name in names] for found in heads], len(cues))


def _heading_tag(line: str, under: str) -> re.Match | None:
    """The capitalised words in brackets opening ``line`` (``HEADING_TAG``; a cue line's words, after
    any language tag) where speech (``SPEECH``) follows them on the line ("[JOHN] Hello") or, the tag
    alone on its line, on the line ``under`` it ("[RAFIKI]" / "It's time…"); None for a tag over
    another tag (a sign's list of names), over a song's line, or alone in its cue."""
    head = HEADING_TAG.match(line)
    if head is None or not all(word[:1].isupper() for word in head["tag"][1:-1].split()):
        return None
    return head if SPEECH.match(head["words"] or under[_text_start(under) :]) else None


def _sound_verb(name: str) -> bool:
    """Whether a word of ``name`` is a verb's form or a plural (``ENGLISH_INFLECTION``,
    ``CYRILLIC_VERB``): "GASPS", "SOBBING", "Всхлипывает" describe what is heard, a name does not."""
    from sloika.text.frequency import zipf

    for word in re.findall(r"[^\W\d_]+", name.lower()):
        inflected = ENGLISH_INFLECTION.fullmatch(word)
        if CYRILLIC_VERB.fullmatch(word) or (
            inflected and _known_stem(inflected["stem"], inflected["end"], zipf(word, "en"))
        ):
            return True
    return False


def _known_stem(stem: str, ending: str, zipf_word: float) -> bool:
    """Whether ``stem`` (a word less its ``ending``: "laugh|s", "sniffl|es" with its silent e,
    "belch|es", "cr|ies" with its y, "sobb|ing" with its doubled consonant) is the English word it
    was made from: for -ing a word at all (``STEM_ZIPF``; names end so rarely), for -s about as
    common as the word (``STEM_ZIPF_DROP``) or, the word itself rare (``COMMON_WORD_ZIPF``), a word."""
    from sloika.text.frequency import zipf

    stems = {
        "s": [stem] if len(stem) > 2 else [],
        "es": [stem + "e", *([stem] if stem.endswith(("s", "x", "z", "ch", "sh")) else [])],
        "ies": [stem + "y"],
        "ing": [stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem],
    }[ending]
    best = max((zipf(candidate, "en") for candidate in stems), default=0.0)
    if ending == "ing" or zipf_word < COMMON_WORD_ZIPF:
        return best >= STEM_ZIPF
    return best >= zipf_word - STEM_ZIPF_DROP


def _common_words(name: str) -> bool:
    """Whether a word of ``name`` is common (``COMMON_WORD_ZIPF``) in a language of its script
    (``SUBTITLE_LANGUAGES``): a sound's description, "DOOR SLAMS", "Смеётся", not a name."""
    from sloika.text.frequency import zipf
    from sloika.text.scripts import CYRILLIC, script_of

    cyrillic, latin = SUBTITLE_LANGUAGES
    languages = cyrillic if any(script_of(char) == CYRILLIC for char in name) else latin
    words = re.findall(r"[^\W\d_]+", name.lower())
    return any(zipf(word, lang) >= COMMON_WORD_ZIPF for word in words for lang in languages)


def _capitalised_label(line: str) -> str | None:
    """The name ``line`` opens with before a colon (``NAMED_LABEL``) where each of its words is
    capitalised, "Анна Петрова: …"; None for "Итак, вот: …" and a line without one."""
    found = NAMED_LABEL.match(line[_text_start(line) :])
    return found[1] if found and all(word[:1].isupper() for word in found[1].split()) else None


def _file_part(block: list[tuple[int, str]]) -> tuple[str, str] | None:
    """A block that is no cue but a part of the file around its cues (``FILE_PARTS``), as its
    ``removed`` label and why; None for any other block. It is never shown, yet it is the file's
    text: the WebVTT header (its title in ``fields.title``, ``_header_title``), a NOTE (the author's
    comment), a STYLE or REGION block, the .msrt ``[*]`` credits."""
    number, first = block[0][0], block[0][1].strip()
    if first.startswith("[*]") or all(line.strip().startswith("[*]") for _, line in block):
        return "credits", f"line {number}: the .msrt credits and links (`[*]` lines), never shown as a cue"
    return next(
        (
            (label, f"line {number}: {what}, never shown as a cue")
            for opening, label, what in FILE_PARTS
            if first.startswith(opening)
        ),
        None,
    )


def _valid_stamp(stamp: str) -> bool:
    """Minutes and whole seconds below 60 (``99:99:99,999`` matches the pattern, but is no time)."""
    parts = stamp.replace(",", ".").split(":")
    return int(parts[-2]) < 60 and float(parts[-1]) < 60


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    hours = float(parts[0]) if len(parts) == 3 else 0.0
    return round(hours * 3600 + float(parts[-2]) * 60 + float(parts[-1]), 3)


def _split_languages(cues: list[Cue]) -> dict[str, list[Cue]]:
    """{language tag: its cues} when cues carry ``[xx]`` line prefixes; untagged lines follow the last
    tag. A set-aside block (the .msrt credits, a header) is every language's: it stands in each
    language's document where it stood in the file."""
    spoken = [cue for cue in cues if not cue.set_aside]
    if not any(LANG_TAG.match(cue.text.split("\n", 1)[0]) for cue in spoken):
        return {}
    parts = [{} if cue.set_aside else _language_parts(cue) for cue in cues]
    languages = {lang for part in parts for lang in part}
    by_lang: dict[str, list[Cue]] = defaultdict(list)
    for cue, part in zip(cues, parts, strict=True):
        for lang in languages if cue.set_aside else part:
            by_lang[lang].append(cue if cue.set_aside else part[lang])
    return dict(by_lang)


def _language_parts(cue: Cue) -> dict[str, Cue]:
    """{language tag: the cue's lines in it} for one cue of an .msrt, each dropped dash, bar and label
    with its line's language."""
    lines: dict[str, list[str]] = defaultdict(list)
    numbers: dict[str, list[int]] = defaultdict(list)  # a dropped dash, bar or label goes with its line
    current = None
    for number, line in enumerate(cue.text.split("\n")):
        tagged = LANG_TAG.match(line)
        if tagged:
            current = tagged["lang"]
            line = tagged["text"]
        if current is not None and line.strip():
            lines[current].append(line.strip())
            numbers[current].append(number)
    labels = {lang: _on_numbers(cue.labels, numbers[lang]) for lang in lines}
    return {
        lang: Cue(
            cue.start_s,
            cue.end_s,
            " ".join(texts),
            _language_speaker(cue, labels[lang]),
            dashes=_on_numbers(cue.dashes, numbers[lang]),
            bars=_on_numbers(cue.bars, numbers[lang]),
            labels=labels[lang],
            broken=cue.broken,
        )
        for lang, texts in lines.items()
    }


def _on_numbers(marks: list[tuple], numbers: list[int]) -> list[tuple]:
    """The ``(line, …)`` marks of a cue that stand on the lines ``numbers``."""
    return [mark for mark in marks if mark[0] in numbers]


def _language_speaker(cue: Cue, labels: list[tuple[int, str, str]]) -> dict:
    """``cue``'s attrs for one language's part of it: the ``speaker`` its own first label names where
    the cue's came from a label (a voice tag's or a ">> NAME:" mark's speaker stays for every part)."""
    attrs = dict(cue.attrs)
    if cue.labels and attrs.get("speaker") == cue.labels[0][2]:
        del attrs["speaker"]
    if labels:
        attrs.setdefault("speaker", labels[0][2])
    return attrs
