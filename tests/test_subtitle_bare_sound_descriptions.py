"""Subtitles (issue 15, the fifty-sixth check's row 20): a machine translation that lost the brackets of
its sound tags kept them as speech, "…graphical material. weird music You are player…" and a paragraph
opening "Pistol shot It can also be pacifist". In a file that punctuates its speech, a cue that is only
a short sound's description (its head noun a sound's name, lower case or Title Case) goes as a
``sound_tag``, and so does such a phrase opening a cue before a capitalised sentence; speech stays. The
cues are written for these tests after the real file; the expected texts by hand."""

import json

from conftest import rows


def _srt(cues: list[str]) -> str:
    return "\n".join(
        f"{n}\n00:00:{n:02},000 --> 00:00:{n + 1:02},000\n{cue}\n" for n, cue in enumerate(cues, 1)
    )


def _built(build, tmp_path, cues: list[str]) -> tuple[str, list[tuple[str, str]]]:
    srt = tmp_path / "report.srt"
    srt.write_text(_srt(cues), encoding="utf-8")
    corpus = build([srt])
    [(text,)] = rows(corpus, "SELECT text FROM documents")
    layer = corpus / "layers" / "removed"
    removed = (
        rows(corpus, f"SELECT label, attrs FROM read_parquet('{layer}/*.parquet')")
        if any(layer.glob("*.parquet"))
        else []
    )
    return text, sorted((label, json.loads(attrs)["text"]) for label, attrs in removed)


def test_bare_sound_descriptions_go_as_sound_tags(build, tmp_path):
    text, removed = _built(
        build,
        tmp_path,
        [
            "We present the history of the game",
            "and show you new material.",
            "weird music",
            "You are player and storyteller.",
            "Do they give Royce the money?",
            "Pistol shot It",
            "can also be pacifist.",
            "Дверь закрылась.",
            "стук в дверь",
            "Кто там?",
            "Tense Music",
        ],
    )
    assert text == (
        "We present the history of the game and show you new material. You are player and storyteller. "
        "Do they give Royce the money? It can also be pacifist. Дверь закрылась. Кто там?"
    )
    assert removed == [
        ("sound_tag", "Pistol shot"),
        ("sound_tag", "Tense Music"),
        ("sound_tag", "weird music"),
        ("sound_tag", "стук в дверь"),
    ]


def test_speech_naming_a_sound_stays(build, tmp_path):
    """A mark, a speaker's word or a determiner, a sentence's case on a cue of its own, or a phrase run
    on from a sentence not ended: speech."""
    cues = [
        "He scored.",
        "Nice shot!",
        "I love this music.",
        "Turn off the music",
        "What was that?",
        "Loud noise",
        "That was the",
        "last shot",
        "We ran.",
    ]
    text, removed = _built(build, tmp_path, cues)
    assert text == (
        "He scored. Nice shot! I love this music. Turn off the music What was that? Loud noise That was the "
        "last shot We ran."
    )
    assert removed == []


def test_a_file_that_does_not_punctuate_keeps_them(build, tmp_path):
    """Cues ending their sentences without a mark before a capital (unpunctuated captions): a lower-case
    "weird music" there is no sign of a tag."""
    cues = ["We present the game", "weird music", "You are the player", "This is the city", "Welcome home"]
    text, removed = _built(build, tmp_path, cues)
    assert "weird music" in text and removed == []
