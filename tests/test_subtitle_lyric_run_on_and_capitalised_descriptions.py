"""Subtitles (issue 15, the fiftieth check's rows 19 and 20): a song's unpunctuated last line that
goes on with the sentence of the line before ("The day I stopped being scared of falling" / "Was the
day I chose what to fall for") was set apart as a closing card, a paragraph of its own; a capitalised
description opening a cue ("Lily: (Grunting) This one's heavy!") stayed in the speech, where a
lower-case one or one alone in its cue goes as a ``sound_tag``. The cues are written for these tests
after the real files; the expected texts by hand from the cues."""

import json

from sloika.pipelines.formats.subtitles import parse_subtitles

from conftest import rows


def _srt(cues: list[tuple[str, str, str]]) -> str:
    return "\n".join(f"{n}\n{start} --> {end}\n{text}\n" for n, (start, end, text) in enumerate(cues, 1))


def test_a_closing_line_running_on_from_the_line_before_shares_its_paragraph():
    """After the last punctuated cue ("Let him go, let him go") every line opens with a capital and ends
    with no mark; "Was the day…" (an auxiliary opening it) goes on with "The day I stopped…", 0.2 s
    before: one sentence, so one paragraph, a line a cue as the song's other lines."""
    cues = [
        ("00:00:00,600", "00:00:05,100", "I fell out of the sky on purpose."),
        ("00:00:05,600", "00:00:09,000", "They said I'd die on the parapet"),
        ("00:00:09,000", "00:00:12,500", "Wet stone, wind, and a name they'd forget"),
        ("00:00:12,600", "00:00:16,400", "Let him go, let him go"),
        ("00:00:16,500", "00:00:21,000", "The bronze cracked open in my hand"),
        ("00:00:22,100", "00:00:29,400", "The day I stopped being scared of falling"),
        ("00:00:29,600", "00:00:35,100", "Was the day I chose what to fall for"),
    ]
    [parsed] = parse_subtitles(_srt(cues).encode(), 2.0, False, "srt")
    assert parsed.text.split("\n\n")[-1] == (
        "The day I stopped being scared of falling\nWas the day I chose what to fall for"
    )


def test_capitalised_descriptions_opening_cues_go_as_sound_tags_and_speech_stays(build, tmp_path):
    """ "(Grunting)", "(Gasping)", "(Grinning):" open cues after a speaker's label, a new sentence after
    them: cut, each recorded as a ``sound_tag``. Capitalised words in parentheses that run on into the
    cue ("(Really) you think so?"), hold a speaker's word ("(I know)") or are a name ("(New York)")
    are speech and stay."""
    cues = [
        ("00:00:00,000", "00:00:02,000", "Lily: This is going to be the tallest tower ever!"),
        ("00:00:02,000", "00:00:04,000", "Lily: (Grunting) This one's heavy!"),
        ("00:00:04,000", "00:00:06,000", "Lily: (Gasping) Oh no!"),
        ("00:00:06,000", "00:00:08,000", "Lily: (Grinning): But I'm not giving up!"),
        ("00:00:08,000", "00:00:10,000", "(Really) you think so?"),
        ("00:00:10,000", "00:00:12,000", "(I know) It is late."),
        ("00:00:12,000", "00:00:14,000", "(New York) We landed at last."),
    ]
    srt = tmp_path / "tower.srt"
    srt.write_text(_srt(cues), encoding="utf-8")
    corpus = build([srt])
    assert rows(corpus, "SELECT text FROM documents") == [
        (
            "This is going to be the tallest tower ever! This one's heavy! Oh no! But I'm not giving up! "
            "(Really) you think so? (I know) It is late. (New York) We landed at last.",
        )
    ]
    removed = rows(
        corpus,
        f"SELECT label, attrs FROM read_parquet('{corpus}/layers/removed/*.parquet') ORDER BY start, \"end\"",
    )
    sounds = [json.loads(attrs)["text"] for label, attrs in removed if label == "sound_tag"]
    assert sounds == ["(Grunting)", "(Gasping)", "(Grinning):"]
