"""Subtitles: emoji music notes are the subtitler's ♪ and go as sound tags; a closing card that runs
on from the cue before joins its lines as a sentence does (issue 15, twenty-seventh check rows 18
and 19)."""

import json

from sloika.pipelines.formats.subtitles import parse_subtitles

from conftest import rows


def _srt(cues: list[tuple[str, str, str]]) -> str:
    return "\n".join(f"{n}\n{start} --> {end}\n{text}\n" for n, (start, end, text) in enumerate(cues, 1))


def test_emoji_music_notes_go_with_the_sound_tag_they_follow(build, tmp_path):
    """ "[MUSIC] 🎵🎵" cues: "[MUSIC]" went as a sound tag, "🎵🎵" stayed in the dialogue; 🎵, 🎶
    and 🎼 are the same mark as ♪ and go too, each recorded."""
    srt = tmp_path / "notes.srt"
    cues = [
        ("00:00:01,000", "00:00:02,000", "I am just lost."),
        ("00:00:02,100", "00:00:03,000", "[MUSIC] 🎵🎵"),
        ("00:00:03,100", "00:00:04,000", "We do not associate with outsiders."),
        ("00:00:04,100", "00:00:05,000", "🎶 La la la 🎼"),
    ]
    srt.write_text(_srt(cues), encoding="utf-8")
    corpus = build([srt])
    assert rows(corpus, "SELECT text FROM documents") == [
        ("I am just lost. We do not associate with outsiders. La la la",)
    ]
    removed = rows(
        corpus,
        f"SELECT label, attrs FROM read_parquet('{corpus}/layers/removed/*.parquet') ORDER BY start, \"end\"",
    )
    sounds = [json.loads(attrs)["text"] for label, attrs in removed if label == "sound_tag"]
    assert sounds == ["[MUSIC]", "🎵🎵", "🎶", "🎼"]


def test_a_closing_card_running_on_from_the_cue_before_joins_its_lines():
    """After the last punctuated cue, a two-line cue that runs on in the same paragraph (no sentence
    ended before it) was kept as lines mid-sentence ("…caption This is a multiline caption" /
    "that spans two lines"); it joins its lines. The cue standing apart after it is no card either:
    its second line opens in lower case, one sentence wrapped (the forty-third check's row 19), so
    its lines join too. Every cue of the file opens with a capital, so the unpunctuated first cue ended
    its sentence before "This is…": a line break, not a space (the thirty-seventh check's row 20)."""
    cues = [
        ("00:00:01,500", "00:00:04,000", "Hello, this is a test caption"),
        ("00:00:05,000", "00:00:10,000", "This is a multiline caption\nthat spans two lines"),
        ("00:00:12,500", "00:00:18,000", "And here is another caption\nwith timing information"),
    ]
    [parsed] = parse_subtitles(_srt(cues).encode(), 2.0, False, "srt")
    assert parsed.text.split("\n\n") == [
        "Hello, this is a test caption\nThis is a multiline caption that spans two lines",
        "And here is another caption with timing information",
    ]
