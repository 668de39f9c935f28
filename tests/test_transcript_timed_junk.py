"""Transcript junk that a cue's time gives away (issue 15, check 54 rows 19 and 20).

Row 19, an automatic transcript of an English listening test, kept two cues of one Chinese
character each, «符» (0.17 s) and «你» (0.2 s), at paragraph starts: «符 before you hear the rest of
the conversation…». Row 20, a documentary's voice-over, kept after its last line and a 24-second
silence a mash of two earlier sentences said twice («In theory, some of these dark particles could
even organize into forms of light that light does not exist at all, …» ×2), cutting only the «Thank
you for watching.» after it. The first goes to ``removed`` as ``stray_script``, the second as
``silence_loop``; a short word of the transcript's own script, a foreign word the speech uses
elsewhere, a foreign character shown long enough to be read, a song's chorus sung again after a
break and a new line a speaker says twice stay. The cues are written for these tests after the two
files (their licence is unknown); expected texts by hand."""

from __future__ import annotations

import json

import pytest
from srt_cues import document_text as _text
from srt_cues import srt_from_seconds as _srt
from srt_cues import transcripts_built

from sloika.filters.timed_junk import silence_loop, stray_script_cues
from sloika.text.spans import Span

from conftest import rows

FILES = {
    # an unpunctuated listening test: «符» opens a paragraph after a silence, «你» sits inside one
    "blips.srt": _srt(
        (1.0, 3.0, "now turn to section one"),
        (3.1, 5.0, "you will hear a student asking about trips"),
        (13.0, 13.17, "符"),
        (13.17, 16.0, "before you hear the rest you have some time"),
        (16.1, 16.3, "你"),
        (16.3, 19.0, "to look at questions five to ten"),
    ),
    # a lesson that says the word elsewhere, and "OK" in the speech's own script: both stay
    "lesson.srt": _srt(
        (1.0, 3.0, "today we learn the word 你好 for hello"),
        (3.1, 3.4, "你"),
        (3.5, 5.0, "means you in this word"),
        (5.1, 5.4, "OK"),
        (5.5, 7.0, "now say it after me"),
    ),
    # a foreign character on screen long enough to be read is a subtitler's
    "board.srt": _srt(
        (1.0, 3.0, "the teacher writes one word on the board"),
        (3.1, 4.3, "你"),
        (4.4, 6.0, "and asks us to read it aloud"),
    ),
    # a voice-over, then a mash of its sentences said twice after a silence, then an outro
    "voice_over.srt": _srt(
        (1.0, 5.0, "The river starts high in the mountains."),
        (6.0, 10.0, "Its water feeds the valleys below, and the towns along its banks."),
        (11.0, 15.0, "Some say the river will run dry one day."),
        (16.0, 20.0, "For now, it carries life to the sea."),
        (40.0, 45.0, "Some say the water feeds the mountains,"),
        (45.0, 50.0, "and the towns along the sea."),
        (50.0, 55.0, "Some say the water feeds the mountains,"),
        (55.0, 60.0, "and the towns along the sea."),
        (70.0, 75.0, "Thank you for watching."),
    ),
    # a song's chorus, sung before, sung twice again after an instrumental break
    "song.srt": _srt(
        (1.0, 4.0, "Carry me home over the hill,"),
        (4.0, 7.0, "carry me home, the night is still."),
        (8.0, 11.0, "The road is long and the stars are cold,"),
        (11.0, 14.0, "I walk alone where the stories told."),
        (15.0, 18.0, "Carry me home over the hill,"),
        (18.0, 21.0, "carry me home, the night is still."),
        (41.0, 44.0, "Carry me home over the hill,"),
        (44.0, 47.0, "carry me home, the night is still."),
        (47.0, 50.0, "Carry me home over the hill,"),
        (50.0, 53.0, "carry me home, the night is still."),
    ),
    # a speaker's new line, said twice after a silence: no mash of what was said before
    "farewell.srt": _srt(
        (1.0, 5.0, "We came here to learn about the river."),
        (6.0, 10.0, "We saw where it starts and where it ends."),
        (30.0, 34.0, "Remember to come back next spring."),
        (34.0, 38.0, "Remember to come back next spring."),
    ),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return transcripts_built(tmp_path_factory, FILES, "timed_junk")


def _removed(corpus, name: str) -> list[tuple[str, dict]]:
    found = rows(
        corpus,
        f"SELECT r.label, r.attrs FROM read_parquet('{corpus}/layers/removed/*.parquet') r "
        f"JOIN documents d ON d.id = r.doc_id WHERE d.source LIKE '%/{name}' ORDER BY r.start, r.label",
    )
    return [(label, json.loads(attrs)) for label, attrs in found]


def test_a_blip_of_a_foreign_script_goes_and_its_paragraph_opens_with_the_speech(corpus):
    assert _text(corpus, "blips.srt") == (
        "now turn to section one you will hear a student asking about trips\n\n"
        "before you hear the rest you have some time to look at questions five to ten"
    )
    assert _removed(corpus, "blips.srt") == [
        ("stray_script", {"text": "符", "start_s": 13.0, "end_s": 13.17}),
        ("stray_script", {"text": "你", "start_s": 16.1, "end_s": 16.3}),
    ]


def test_a_word_of_the_speech_or_a_character_shown_long_enough_stays(corpus):
    assert _text(corpus, "lesson.srt") == (
        "today we learn the word 你好 for hello 你 means you in this word OK now say it after me"
    )
    assert (
        _text(corpus, "board.srt")
        == "the teacher writes one word on the board 你 and asks us to read it aloud"
    )
    assert _removed(corpus, "lesson.srt") == _removed(corpus, "board.srt") == []


def test_a_mash_said_twice_after_the_last_silence_goes_with_the_outro(corpus):
    assert _text(corpus, "voice_over.srt") == (
        "The river starts high in the mountains. Its water feeds the valleys below, and the towns along "
        "its banks. Some say the river will run dry one day. For now, it carries life to the sea."
    )
    (outro_label, outro), (loop_label, loop) = _removed(corpus, "voice_over.srt")  # both where the text ends
    assert loop_label == "silence_loop"
    assert loop == {
        "text": "Some say the water feeds the mountains, and the towns along the sea. "
        "Some say the water feeds the mountains, and the towns along the sea.",
        "repeated": "Some say the water feeds the mountains, and the towns along the sea.",
        "times": 2,
        "silence_s": 20.0,
        "start_s": 40.0,
        "end_s": 60.0,
    }
    assert (outro_label, outro["text"]) == ("hallucination_phrase", "Thank you for watching.")


def test_a_chorus_sung_again_and_a_new_line_said_twice_stay(corpus):
    chorus = "Carry me home over the hill, carry me home, the night is still."
    assert _text(corpus, "song.srt") == (
        f"{chorus} The road is long and the stars are cold, I walk alone where the stories told. {chorus}\n\n"
        f"{chorus} {chorus}"
    )
    assert _text(corpus, "farewell.srt") == (
        "We came here to learn about the river. We saw where it starts and where it ends.\n\n"
        "Remember to come back next spring. Remember to come back next spring."
    )
    assert _removed(corpus, "song.srt") == _removed(corpus, "farewell.srt") == []


def _cues(*timed: tuple[float, float, str]) -> tuple[str, list[Span]]:
    text, cues = "", []
    for start_s, end_s, words in timed:
        text += " " * bool(text)
        cues.append(
            Span(len(text), len(text) + len(words), "cue", attrs={"start_s": start_s, "end_s": end_s})
        )
        text += words
    return text, cues


def test_a_blip_needs_a_script_no_other_cue_writes_and_under_half_a_second():
    speech = ((0.0, 2.0, "привет всем"), (2.0, 4.0, "как дела"), (4.0, 6.0, "у нас"), (6.0, 7.0, "всё"))
    text, cues = _cues(*speech, (7.0, 7.3, "ok"), (8.0, 8.4, "Ж"), (9.0, 9.2, "中"))
    assert [text[cue.start : cue.end] for cue in stray_script_cues(text, cues)] == ["ok", "中"]
    text, cues = _cues(*speech, (7.0, 7.6, "中"), (8.0, 8.2, "7中"), (9.0, 9.2, "中文字"))
    assert stray_script_cues(text, cues) == []


def test_a_short_cue_is_no_blip_where_the_files_cues_are_a_word_each():
    text, cues = _cues((0.0, 0.4, "привет"), (0.4, 0.7, "ok"), (0.7, 1.0, "всем"))
    assert stray_script_cues(text, cues) == []


def test_a_loop_needs_the_silence_before_the_tail():
    words = [("some", "say", "the", "river"), ("runs", "dry"), ("some", "say", "the", "river", "runs", "dry")]
    loop = [("the", "river", "runs", "say"), ("the", "river", "runs", "say")]
    _, cues = _cues((0, 2, "a"), (2, 4, "b"), (4, 6, "c"), (21, 23, "d"), (23, 25, "e"))
    assert silence_loop(cues, words + loop) == (3, 2)
    _, cues = _cues((0, 2, "a"), (2, 4, "b"), (4, 6, "c"), (20, 23, "d"), (23, 25, "e"))
    assert silence_loop(cues, words + loop) is None  # 14 s: speech may pause so long
