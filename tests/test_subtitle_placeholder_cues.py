"""Subtitles: a cue, or a line of one, that is only placeholder marks ("_", "-", "…") is no speech
(issue 15, thirty-eighth check row 19: dev2dy's output.srt has twelve cues that are just "_"; nine
stayed in the text, "They stole them from me. _ _ _ You understand this?", "_ The egg? What egg? _",
and the last run of three went as `decoding_loop`). Each goes to ``removed`` as ``placeholder_cue``
where it stood, wherever it stands, and the speech around it joins as if it were not there. A music
note is a song's mark, not a placeholder: it stays for the sound-tag rule. The cues are written for
these tests, after the real file's; expected texts by hand."""

from __future__ import annotations

import json

from sloika.pipelines.formats.ass import parse_ass
from sloika.pipelines.formats.subtitles import parse_subtitles

from conftest import rows


def _srt(*cues: tuple[str, str, str]) -> bytes:
    return "\n".join(
        f"{n}\n{start} --> {end}\n{text}\n" for n, (start, end, text) in enumerate(cues, 1)
    ).encode()


def _placeholders(parsed) -> list[tuple[str, float, float]]:
    return [
        (span.attrs["text"], span.attrs["start_s"], span.attrs["end_s"])
        for span in parsed.layers.get("removed", [])
        if span.label == "placeholder_cue"
    ]


def test_cues_of_underscores_go_to_removed_and_the_dialogue_reads_without_them():
    data = _srt(
        ("00:23:41,252", "00:23:42,627", "They stole them from me."),
        ("00:23:44,350", "00:23:47,130", "_"),
        ("00:23:48,334", "00:23:49,635", "_"),
        ("00:23:49,753", "00:23:51,635", "_"),
        ("00:23:51,638", "00:23:53,471", "- You understand this?\n- No!"),
        ("00:24:06,611", "00:24:08,736", "Get away from it!"),
        ("00:24:11,254", "00:24:13,182", "_"),
        ("00:24:23,916", "00:24:26,048", "The egg? What egg?"),
        ("00:24:26,051", "00:24:28,947", "_"),
    )
    [parsed] = parse_subtitles(data, 2.0, False, "srt")
    assert parsed.text.split("\n\n") == [
        "They stole them from me.",
        "You understand this? No!",
        "Get away from it!",
        "The egg? What egg?",
    ]
    assert _placeholders(parsed) == [
        ("_", 1424.35, 1427.13),
        ("_", 1428.334, 1429.635),
        ("_", 1429.753, 1431.635),
        ("_", 1451.254, 1453.182),
        ("_", 1466.051, 1468.947),
    ]
    assert [span.attrs["index"] for span in parsed.spans if span.label == "cue"] == [0, 1, 2, 3]


def test_a_placeholder_line_of_a_cue_goes_and_its_sentence_joins_across_it():
    """A placeholder line in a cue with words goes alone; a placeholder cue inside a sentence
    ("I told you" / "…" / "that it works.") leaves the sentence whole, joined by one space."""
    data = _srt(
        ("00:00:01,000", "00:00:02,000", "_\nThe egg? What egg?\n_"),
        ("00:00:02,100", "00:00:03,000", "I told you"),
        ("00:00:03,100", "00:00:04,000", "…"),
        ("00:00:04,100", "00:00:05,000", "that it works.\n- -"),
        ("00:00:05,100", "00:00:06,000", "..."),
    )
    [parsed] = parse_subtitles(data, 2.0, False, "srt")
    assert parsed.text == "The egg? What egg? I told you that it works."
    assert [text for text, _, _ in _placeholders(parsed)] == ["_", "_", "…", "- -", "..."]
    removed = [span for span in parsed.layers["removed"] if span.label == "placeholder_cue"]
    assert [span.start for span in removed] == [0, 18, 29, 44, 44]


def test_words_digits_and_music_notes_are_not_placeholders():
    """A cue with a letter or a digit is speech ("3", "_Yes_"), a lone "?!" says something, and a
    music note is a song's mark, which the sound-tag rule takes (``transcript_junk``), not this one."""
    data = _srt(
        ("00:00:01,000", "00:00:02,000", "3"),
        ("00:00:02,100", "00:00:03,000", "_Yes_"),
        ("00:00:03,100", "00:00:04,000", "?!"),
        ("00:00:04,100", "00:00:05,000", "♪"),
    )
    [parsed] = parse_subtitles(data, 2.0, False, "srt")
    assert parsed.text == "3 _Yes_ ?! ♪"
    assert "removed" not in parsed.layers


def test_an_ass_event_of_underscores_is_a_placeholder_too():
    header = (
        "[Script Info]\nScriptType: v4.00+\n\n[Events]\n"
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
    )
    events = ("0:00:01.00,0:00:02.00,Default,,0,0,0,,Мы пришли,", "0:00:02.10,0:00:03.00,Default,,0,0,0,,___")
    events += ("0:00:03.10,0:00:04.00,Default,,0,0,0,,и нас ждали.",)
    (parsed,) = parse_ass((header + "".join(f"Dialogue: 0,{e}\n" for e in events)).encode(), 2.0)
    assert parsed.text == "Мы пришли, и нас ждали."
    assert _placeholders(parsed) == [("___", 2.1, 3.0)]


def test_a_run_of_placeholder_cues_is_recorded_as_placeholders_not_a_decoding_loop(build, tmp_path):
    """Three "_" cues in a row went as `decoding_loop` (the transcript filter's repeated cues): they
    are placeholders, each recorded so, and the build keeps the speech only."""
    srt = tmp_path / "output.srt"
    cues = [("00:00:01,000", "00:00:02,000", "I have spoken.")]
    cues += [(f"00:00:0{s},000", f"00:00:0{s},900", "_") for s in (3, 4, 5, 6)]
    cues += [("00:00:07,000", "00:00:08,000", "Mando!")]
    srt.write_bytes(_srt(*cues))
    corpus = build([srt])
    assert rows(corpus, "SELECT text FROM documents") == [("I have spoken.\n\nMando!",)]
    removed = rows(corpus, f"SELECT label, attrs FROM read_parquet('{corpus}/layers/removed/*.parquet')")
    assert (
        sorted((label, json.loads(attrs)["text"]) for label, attrs in removed)
        == [("placeholder_cue", "_")] * 4
    )
