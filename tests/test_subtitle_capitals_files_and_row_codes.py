"""Closed captions written in capitals (a children's programme's, shouts and questions and all) hold
no on-screen captions and no capital opens a sentence there; a caption converter's "÷÷" (a broadcast
row code printed as text) is a line break; a sound tag or music mark cut between two words leaves
them parted, and a paragraph of sound tags alone leaves no empty paragraph (issue 15, thirty-fourth
check row 20: node-captions' test.srt)."""

import json

from sloika.pipelines.formats.subtitles import parse_subtitles

from conftest import rows


def _srt(cues: list[tuple[str, str, str]]) -> bytes:
    return "\n".join(
        f"{n}\n{start} --> {end}\n{text}\n" for n, (start, end, text) in enumerate(cues, 1)
    ).encode()


def _parsed(cues: list[tuple[str, str, str]]):
    [parsed] = parse_subtitles(_srt(cues), 2.0, False, "srt")
    return parsed


def test_a_file_in_capitals_with_shouts_and_questions_has_no_captions():
    """Most lines end on "!" or "?", so few pass as captions, but every line is in capitals: the file
    writes its speech so, and "IN FACT, I WISH" is the sentence's start, not a sign. Expected: one
    paragraph, no cue marked ``sign``."""
    parsed = _parsed(
        [
            ("00:00:01,000", "00:00:02,000", "LOOK AT MY COOL CAR!"),
            ("00:00:02,100", "00:00:03,000", "IN FACT, I WISH"),
            ("00:00:03,000", "00:00:04,000", "THAT EVERYTHING I TOUCH\nTURNS TO GOLD!"),
            ("00:00:04,100", "00:00:05,000", "WHAT CAN I DO?"),
        ]
    )
    assert parsed.text.split("\n\n") == [
        "LOOK AT MY COOL CAR! IN FACT, I WISH THAT EVERYTHING I TOUCH TURNS TO GOLD! WHAT CAN I DO?"
    ]
    assert not [span for span in parsed.spans if span.label == "cue" and span.attrs.get("sign")]


def test_a_comma_runs_on_across_a_pause_in_a_file_in_capitals():
    """ "AND YOU," / 4 s / "SAY YOUR NAME.": in capitals the next cue's capital opens no sentence, so
    the comma's sentence goes on, as before a lower-case word; in mixed case a capital after the
    pause still starts a paragraph."""
    capitals = [
        ("00:00:01,000", "00:00:02,000", "AND YOU,"),
        ("00:00:06,000", "00:00:07,000", "SAY YOUR NAME."),
    ]
    assert _parsed(capitals).text.split("\n\n") == ["AND YOU, SAY YOUR NAME."]
    mixed = [(start, end, text.capitalize()) for start, end, text in capitals]
    assert _parsed(mixed).text.split("\n\n") == ["And you,", "Say your name."]


def test_a_converters_doubled_division_sign_is_a_line_break():
    """ "÷÷" is a broadcast row code a converter printed as text: between two words it parts them as
    the line break it stands for, opening a line it goes; a sum's single "÷" stays."""
    parsed = _parsed(
        [
            ("00:00:01,000", "00:00:02,000", 'Where\'s÷÷the "I"?'),
            ("00:00:02,100", "00:00:03,000", "÷÷Me, too!"),
            ("00:00:03,100", "00:00:04,000", "Six ÷ two is three."),
        ]
    )
    assert parsed.text == 'Where\'s the "I"? Me, too! Six ÷ two is three.'


def test_cut_music_marks_and_sound_tags_leave_words_and_paragraphs_whole(build, tmp_path):
    """ "♪♪ SUPER READERS ♪♪" over "♪♪<i>TO THE RESCUE!</i>♪♪": the marks go, the words stay two;
    a paragraph of sound tags alone goes whole, with no empty paragraph left; tags opening a
    paragraph leave it opening with its first word. Expected paragraphs written by hand."""
    srt = tmp_path / "captions.srt"
    cues = [
        ("00:00:01,000", "00:00:02,000", "♪♪ Super readers ♪♪\n♪♪<i>to the rescue!</i>♪♪"),
        ("00:00:05,000", "00:00:06,000", "[ Music ]\n[ Electronic beeps ]"),
        ("00:00:10,000", "00:00:11,000", "Okay, Pig..."),
        ("00:00:15,000", "00:00:16,000", "[ Giggles ] [ Gasp ] Spectacular spelling!"),
    ]
    srt.write_bytes(_srt(cues))
    corpus = build([srt])
    [(text,)] = rows(corpus, "SELECT text FROM documents")
    assert text.split("\n\n") == ["Super readers to the rescue!", "Okay, Pig...", "Spectacular spelling!"]
    removed = rows(
        corpus,
        f"SELECT label, attrs FROM read_parquet('{corpus}/layers/removed/*.parquet') ORDER BY start, \"end\"",
    )
    sounds = sorted(json.loads(attrs)["text"] for label, attrs in removed if label == "sound_tag")
    expected = ["[ Electronic beeps ]", "[ Gasp ]", "[ Giggles ]", "[ Music ]", *["♪♪"] * 4]
    assert sounds == sorted(expected)
