"""Advanced SubStation Alpha (.ass) and SubStation Alpha (.ssa) subtitles.

The format fansubs and Aegisub write: an ``[Events]`` section whose ``Format:`` line names the
fields of each ``Dialogue:`` line, the text last (it may hold commas). The text carries override
blocks (``{\\an8}``, ``{\\pos(320,50)\\c&H00FFFF&}``, karaoke ``{\\k20}``) and escapes (``\\N`` a
line break, ``\\n`` a soft one, ``\\h`` a hard space); a block with ``\\p1`` switches to vector
drawing, whose "text" is path commands (``m 0 0 l 100 0``) until ``\\p0``. A reader wants the
words: overrides and drawings go, the escapes become spaces, a blank line (``\\N\\N``: a sign's
title over its body) ends a paragraph, a line placed by ``\\pos`` in the dialogue's style is a
paragraph of its own (a ``sign`` in ``removed`` where the line before says its words,
``_said_signs_apart``), and so is a caption in capitals among the speech (``cues.captions_apart``, as
in an SRT file), a speaker-change dash opening a line goes to ``removed`` as an SRT cue's does
(``cues.drop_speaker_dashes``), so do ``Comment:`` lines and the styles section, the same line
drawn twice on two layers (a glow under the text) counts once, and the events are read in time
order (typesetters group them by layer and style, not by time). A fansub sets each track in a
style of its own, so the speech is read from the dialogue's styles only; a song's line and a sign's
go to ``removed`` (``_track``). An event whose Start or End is garbled is handled as a damaged SRT
timing line is (``cues.placed_in_time``): kept from a readable Start, else in
``removed`` as ``unplaced_cue`` after the event above it in the file.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from sloika.pipelines.formats.base import FormatError, Parsed, decode_text, encoding_fields
from sloika.pipelines.formats.cues import (
    Cue,
    captions_apart,
    drop_speaker_dashes,
    end_after_start,
    merge_cues,
    on_speech,
    placed_in_time,
    without_later_dashes,
)

TIME = re.compile(r"^\s*(\d+):(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?\s*$")
OVERRIDE = re.compile(r"\{([^{}]*)\}")
DRAWING = re.compile(r"\\p([0-9]+)")
ESCAPES = re.compile(r"\\([Nnh])")  # a line break, a soft one, a hard space (SRT converted from .ass too)
# A sign (typesetting: a caption, a title card, a note, a notice on screen) is named so by its Style or its
# Name ("# Sign", "CAPTION", "TS", "Note", "Надпись"), or, in a style not the dialogue's, placed on screen
# by ``\pos``/``\move`` or set at the top (``\an7``-``\an9``): no speech (``_track``). A line placed in
# the dialogue's style is a paragraph of its own (``_signs_where_few``); a Name naming a sign is no speaker
SIGN_NAME = re.compile(
    r"\b(?:signs?|captions?|typeset\w*|titles?|notes?|text|ts|надпис\w*|титры?)\b", re.IGNORECASE
)
PLACED = re.compile(r"\\(?:pos|move)\s*\(")
AT_TOP = re.compile(r"\\an[789]")
# A song (the opening, the ending, an insert song, karaoke) is named so by its style ("OP", "ED_rus",
# "Insert", "Karaoke"), or timed syllable by syllable (``\k20``, ``\kf``, ``\ko``): sung, not spoken
SONG_STYLE = re.compile(
    r"(?<![^\W\d_])(?:op|ed|opening|ending|insert|songs?|karaoke|kara|lyrics?)(?![^\W\d_])", re.IGNORECASE
)
KARAOKE = re.compile(r"\\[kK][fo]?\d")
# Styles a fansub names for its speech beside the main one: a second speaker's, one set at the top,
# italics for a voice off, a flashback's; "Default1" is named like the main "Default" (``_track``)
DIALOGUE_STYLE = re.compile(
    r"(?<![^\W\d_])(?:default|main|dialog(?:ue)?|italics?|top|flashback|narrat\w*|thoughts?|alt)(?![^\W\d_])",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W_]+")  # a word of a sign's and a spoken line's, to tell a title said aloud
BLANK_LINE = re.compile(r"\n\s*\n")  # ``\N\N``: a block of an event's text set under another
# The keys of ``[Script Info]`` that set the script up for a renderer, saying nothing of its content
SET_UP_KEYS = frozenset(
    {
        "scripttype",
        "playresx",
        "playresy",
        "playdepth",
        "wrapstyle",
        "scaledborderandshadow",
        "ycbcr matrix",
        "collisions",
        "timer",
        "synch point",
        "layoutresx",
        "layoutresy",
        "kerning",
    }
)
# the title an editor writes for a script no one named (Aegisub's new file, others' "<untitled>")
UNTITLED = frozenset({"default aegisub file", "<untitled>", "untitled"})
SCRIPT_INFO = frozenset({"[script info]"})
STYLE_SECTIONS = frozenset({"[v4+ styles]", "[v4 styles]", "[v4 styles+]"})
ATTACHMENT_SECTIONS = frozenset({"[fonts]", "[graphics]"})
# the line naming an embedded file ("fontname: Roboto_0.ttf", "filename: logo.png"); the lines under it
# are the file's bytes, uuencoded
ATTACHMENT_NAME = re.compile(r"(?:font|file)name:", re.IGNORECASE)
COMMENT = "comment"  # the ``removed`` label of a ``Comment:`` event
DEFAULT_FIELDS = ["Layer", "Start", "End", "Style", "Name", "MarginL", "MarginR", "MarginV", "Effect", "Text"]


def parse_ass(data: bytes, pause_s: float) -> list[Parsed]:
    # older Aegisub and Windows tools save UTF-16 with a BOM, or the system's code page (cp1251)
    text, encoding = decode_text(data, "ASS/SSA subtitles")
    rows: list[tuple[dict[str, str], int, bool]] = []
    fields, section = DEFAULT_FIELDS, ""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped.lower()
        elif section == "[events]" and stripped.lower().startswith("format:"):
            fields = [name.strip() for name in stripped.split(":", 1)[1].split(",")]
        elif section == "[events]" and stripped.startswith(("Dialogue:", "Comment:")):
            values = dict(zip(fields, stripped.split(":", 1)[1].split(",", len(fields) - 1), strict=False))
            rows.append((values, number, stripped.startswith("Comment:")))
    styles = _styles_of([values for values, _, commented in rows if not commented])
    events = [
        event
        for values, number, commented in rows
        if (event := (_comment if commented else _event)(values, number, styles)).text
    ]
    if all(_commented(event) for event in events):
        raise FormatError(
            "no_cues", "no `Dialogue:` lines in an `[Events]` section: is this an ASS/SSA file?"
        )
    cues: list[Cue] = []
    for event in _in_time_order(_speech_somewhere(events)):
        if cues and _shown(cues[-1]) == _shown(event):
            continue  # the same line on another layer (a glow or border under the text)
        cues.append(event)
    signs = _said_signs_apart(_signs_where_few(cues))
    blocks = [block for cue in signs for block in ([cue] if cue.set_aside else _blocks(cue))]
    info = _script_info(text)
    ordered = [*info, *_styles(text), *_attachments(text), *on_speech(blocks, _read_speech)]
    fields = {**encoding_fields(encoding), **_script_title(info)}
    return [merge_cues(captions_apart(ordered), "transcript", pause_s, fields)]


def _script_info(text: str) -> list[Cue]:
    """The script's ``[Script Info]`` section as a set-aside ``header`` cue of its lines as written,
    where it says more than the format's set-up (``SET_UP_KEYS``): a title, credits ("Original
    Translation: …"), a comment. Never shown, yet the file's text, its title (``_script_title``)
    the document's; a section of "ScriptType: v4.00+" alone says only what the file's name does."""
    number, lines = _section(text, SCRIPT_INFO)
    if all(line.split(":", 1)[0].strip().lower() in SET_UP_KEYS for line in lines[1:]):
        return []
    why = f"line {number}: the `[Script Info]` section, the script's title and set-up, never shown as a cue"
    return [Cue(None, None, "\n".join(lines), set_aside=("header", why))]


def _styles(text: str) -> list[Cue]:
    """The script's styles section (``[V4+ Styles]``, ``[V4 Styles]``) as a set-aside ``style`` cue of
    its lines as written, where it defines a style: the events' fonts, colours and placement, as a
    WebVTT STYLE block is the cues' CSS. Never shown, yet the file's text (a style's name says which
    track a line is, ``_track``)."""
    number, lines = _section(text, STYLE_SECTIONS)
    if not any(line.lower().startswith("style:") for line in lines):
        return []
    why = f"line {number}: the `{lines[0]}` section, the events' fonts, colours and placement, never shown"
    return [Cue(None, None, "\n".join(lines), set_aside=("style", why))]


def _attachments(text: str) -> list[Cue]:
    """The script's embedded files (``[Fonts]``, ``[Graphics]``: a typesetter's fonts and pictures,
    uuencoded) as a set-aside ``attachment`` cue of the section headings and the files' names: never
    text, and the data, a font's megabytes of "M0!,0,-#!I`…" lines, is no one's words, so it is
    counted, not kept."""
    number, lines = _section(text, ATTACHMENT_SECTIONS)
    names = [line for line in lines if line.startswith("[") or ATTACHMENT_NAME.match(line)]
    if not names:
        return []
    why = (
        f"line {number}: files embedded in the script ({len(lines) - len(names)} lines of uuencoded data,"
        " not kept), never shown as text"
    )
    return [Cue(None, None, "\n".join(names), set_aside=("attachment", why))]


def _section(text: str, names: frozenset[str]) -> tuple[int, list[str]]:
    """The line number of the first section named one of ``names`` (lower case, brackets included)
    and the non-empty lines of every such section, each heading included, stripped; (0, []) where
    there is none."""
    lines, number, inside = [], 0, False
    for at, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            inside = stripped.lower() in names
            number = number or (at if inside else 0)
        if inside and stripped:
            lines.append(stripped)
    return number, lines


def _script_title(info: list[Cue]) -> dict[str, str]:
    """``{"title": …}`` where the script's ``[Script Info]`` names one ("Title: Fansub test"), not the
    placeholder an editor writes for an untitled script (``UNTITLED``); else {}."""
    lines = info[0].text.split("\n") if info else []
    title = next((line.split(":", 1)[1].strip() for line in lines if line.lower().startswith("title:")), "")
    return {"title": title} if title and title.casefold() not in UNTITLED else {}


def _read_speech(cues: list[Cue]) -> list[Cue]:
    """The dialogue's cues placed in time, the speaker-change dashes opening their lines out."""
    return drop_speaker_dashes([without_later_dashes(cue) for cue in placed_in_time(cues)])


def _event(values: dict[str, str], number: int, styles: _Styles) -> Cue:
    """One ``Dialogue:`` line as a cue: its words, its speaker, its track where it is no speech
    (``_track``), and its times as far as they read, with what is wrong with them in ``broken`` (a
    garbled Start: no time; a garbled End, or one before the Start: none, ``placed_in_time`` takes the
    next event's start)."""
    written = {part: values.get(part, "").strip() for part in ("Start", "End")}
    times = {part: _seconds(stamp) for part, stamp in written.items()}
    bad = next((part for part, time in times.items() if time is None), None)
    broken = f"line {number}: {bad} `{written[bad][:20]}` is not H:MM:SS.cc" if bad else ""
    start = times["Start"]
    end, backwards = end_after_start(
        start, times["End"] if start is not None else None, written["End"], number
    )
    name, text = values.get("Name", "").strip(), values.get("Text", "")
    attrs: dict[str, object] = {"sign": True} if PLACED.search(text) else {}
    if name and not SIGN_NAME.search(name):
        attrs["speaker"] = name
    style = values.get("Style", "").strip()
    if style in styles.sung:
        attrs["sung"] = True
    track = _track(style, name, text, styles)
    return Cue(start, end, _plain(text), attrs, broken=broken or backwards, set_aside=track)


def _comment(values: dict[str, str], number: int, styles: _Styles) -> Cue:
    """One ``Comment:`` line as a set-aside ``comment`` cue at its times: an event the script keeps
    but never shows (a translator's note, a line's original, a line taken out), its words recorded
    where it stood in time, never read as speech."""
    why = f"line {number}: a `Comment:` event, kept in the script but never shown"
    return replace(_event(values, number, styles), set_aside=(COMMENT, why))


def _commented(event: Cue) -> bool:
    return bool(event.set_aside) and event.set_aside[0] == COMMENT


def _shown(event: Cue) -> tuple:
    """What an event puts on screen, and whether it is shown at all: an event equal to the one before
    in this is the same line drawn on another layer; a ``Comment:`` equal to a line is not."""
    return event.start_s, event.end_s, event.text, _commented(event)


def _main_style(rows: list[dict[str, str]]) -> str:
    """The style most of a file's lines are in, counting each text once per style (an animated sign
    drawn frame by frame is one line): the dialogue's, whatever its name ("Caption", "Text")."""
    texts = Counter((row.get("Style", "").strip(), _plain(row.get("Text", ""))) for row in rows)
    styles = Counter(style for style, words in texts if words)
    return styles.most_common(1)[0][0] if styles else ""


def _track(style: str, name: str, text: str, styles: _Styles) -> tuple[str, str] | None:
    """Why an event is no speech, as its ``removed`` label and reason (None for speech): a sign's line
    (its Name or Style naming one, ``SIGN_NAME``) or a song's (a song's style, ``SONG_STYLE``: the OP and
    ED come back verbatim every episode); outside the dialogue's styles, a line timed for karaoke
    (``KARAOKE``) is a song's and one placed on screen (``PLACED``, ``AT_TOP``) a sign's, except a line
    set at the top alone in a style the file speaks in (``_Styles.speaking``): a subtitler raises a
    line spoken over another to the top, and the narrator's "{\\an8}А меня за что?" is a reply. The
    ``main`` style is the dialogue's whatever its name, and so is a style named for speech
    (``DIALOGUE_STYLE``) or like the main one ("Default1")."""
    main = styles.main
    if SIGN_NAME.search(name):
        return "sign", f"Name `{name}` names a sign"
    if style == main:
        return None
    if SONG_STYLE.search(style):
        return "song", f"style `{style}` is a song's"
    if SIGN_NAME.search(style):
        return "sign", f"style `{style}` is a sign's"
    if DIALOGUE_STYLE.search(style) or style.casefold().startswith(main.casefold()):
        return None
    if KARAOKE.search(text):
        return "song", f"timed for karaoke in style `{style}`, not the dialogue's"
    if PLACED.search(text) or AT_TOP.search(text) and style not in styles.speaking:
        return "sign", f"placed on screen in style `{style}`, not the dialogue's"
    return None


@dataclass(frozen=True)
class _Styles:
    """What a file's styles say of its tracks. ``main``: the dialogue's (``_main_style``). ``speaking``:
    the styles most of whose lines are read as speech (``_track``: a narrator's, a voice off's), where
    a line set at the top is speech too. ``sung``: the styles, not the main one, most of whose lines
    are shown at the very times of a song's lines (a karaoke line's): the song's translation under its
    romaji, read as the song's lines (its cues ``sung``), a paragraph apart from the dialogue."""

    main: str
    speaking: frozenset[str] = frozenset()
    sung: frozenset[str] = frozenset()


def _styles_of(rows: list[dict[str, str]]) -> _Styles:
    """The ``_Styles`` of a file's ``Dialogue:`` rows."""
    first = _Styles(_main_style(rows))
    read = [
        (
            row.get("Style", "").strip(),
            _track(row.get("Style", "").strip(), row.get("Name", "").strip(), row.get("Text", ""), first),
            (row.get("Start", "").strip(), row.get("End", "").strip()),
        )
        for row in rows
    ]
    song_times = {times for _, track, times in read if track and track[0] == "song"}
    lines, spoken, at_song = Counter(), Counter(), Counter()
    for style, track, times in read:
        lines[style] += 1
        spoken[style] += track is None
        at_song[style] += track is None and times in song_times
    return _Styles(
        first.main,
        speaking=frozenset(style for style in lines if spoken[style] * 2 > lines[style]),
        sung=frozenset(style for style in lines if style != first.main and at_song[style] * 2 > lines[style]),
    )


def _speech_somewhere(events: list[Cue]) -> list[Cue]:
    """The events, each a line of speech where none is (a file of a karaoke song, of signs alone):
    the track the file holds is then its text."""
    if any(not event.set_aside for event in events):
        return events
    return [event if _commented(event) else replace(event, set_aside=None) for event in events]


def _signs_where_few(cues: list[Cue]) -> list[Cue]:
    """The cues, marked ``sign`` (placed on screen in the dialogue's style: a paragraph of its own) only
    where such cues are at most half of the speech: a file that places every line (``\\pos`` on each)
    holds speech, whose sentences run across events."""
    speech = [cue for cue in cues if not cue.set_aside]
    if sum(1 for cue in speech if cue.attrs.get("sign")) * 2 <= len(speech):
        return cues
    return [
        replace(cue, attrs={key: value for key, value in cue.attrs.items() if key != "sign"}) for cue in cues
    ]


def _said_signs_apart(cues: list[Cue]) -> list[Cue]:
    """The cues, a sign placed in the dialogue's style (``sign``) whose words the spoken cue before it
    says, in a row (``_said_in``), set aside as a ``sign``: the episode's title shown as the narrator
    says it ("В следующей серии…: «Грех спящего леса».", then ``{\\pos(…)}Грех спящего
    леса``) would be read twice; a title no one says stays, a paragraph of its own."""
    read, said = [], ()
    for cue in cues:
        if cue.set_aside:
            read.append(cue)
            continue
        words = tuple(WORD.findall(cue.text.casefold()))
        if cue.attrs.get("sign") and _said_in(words, said):
            cue = replace(cue, set_aside=("sign", "placed on screen, the words the line before it says"))
        elif not cue.attrs.get("sign"):
            said = words
        read.append(cue)
    return read


def _said_in(words: tuple[str, ...], said: tuple[str, ...]) -> bool:
    """Whether ``words`` (not none) stand in ``said`` in a row."""
    size = len(words)
    return bool(words) and any(said[at : at + size] == words for at in range(len(said) - size + 1))


def _blocks(event: Cue) -> list[Cue]:
    """The event as one cue a block of its text (``\\N\\N`` between them, ``BLANK_LINE``), at its
    times, each after the first opening a paragraph: a sign's title over its body ("Милитаризованная
    держава Марли" / "Могучая военная держава…") is no sentence of the body's."""
    blocks = BLANK_LINE.split(event.text)
    later = [replace(event, text=block, opens_paragraph=True) for block in blocks[1:]]
    return [replace(event, text=blocks[0]), *later]


def _in_time_order(events: list[Cue]) -> list[Cue]:
    """The events sorted by time (then end, words, speaker), as players show them; an event with no
    readable Start keeps its place after the event above it in the file."""
    keyed, anchor = [], -1.0
    for order, event in enumerate(events):
        if event.start_s is None:
            keyed.append(((anchor, True, order), event))
            continue
        anchor = event.start_s
        end = event.end_s if event.end_s is not None else anchor
        keyed.append(((anchor, False, end, event.text, event.attrs.get("speaker", ""), order), event))
    return [event for _, event in sorted(keyed, key=lambda pair: pair[0])]


def _plain(text: str) -> str:
    """The words of one event's text, a line each: override blocks out, drawings out, ``\\N`` a
    line break (a dash opening a line is a speaker's, ``cues.without_later_dashes``; two, a blank
    line, part blocks: ``BLANK_LINE``), ``\\n`` and ``\\h`` spaces."""
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
    blocks = BLANK_LINE.split(read_escapes("".join(pieces)))
    return "\n\n".join(filter(None, map(_lines, blocks)))


def _lines(block: str) -> str:
    """A block of an event's text a line each, spaces collapsed, empty lines out."""
    return "\n".join(" ".join(line.split()) for line in block.split("\n") if line.strip())


def read_escapes(text: str) -> str:
    """``text`` with ASS's escapes read: ``\\N`` a line break, ``\\n`` (a soft break) and ``\\h`` (a
    hard space) spaces."""
    return ESCAPES.sub(lambda escape: "\n" if escape.group(1) == "N" else " ", text)


def _seconds(stamp: str) -> float | None:
    """An event time in seconds, None for one that is no H:MM:SS.cc (or has minutes or seconds beyond 59)."""
    match = TIME.match(stamp)
    if not match or int(match[2]) > 59 or int(match[3]) > 59:
        return None
    fraction = match[4] or "0"
    return round(
        int(match[1]) * 3600 + int(match[2]) * 60 + int(match[3]) + int(fraction) / 10 ** len(fraction), 3
    )
