"""Cues opening with an item's consecutive numbers are a numbered list, an item a line (issue 15,
check 57 row 20: srt2lrc's input.srt of thirty numbered sentences read as one 2,973-character
paragraph, "…study overseas. 2. There's a population…"). Every expected text is written by hand."""

from sloika.pipelines.formats.subtitles import parse_subtitles


def _srt(*cues: str) -> bytes:
    timing = "00:00:{:02d},000 --> 00:00:{:02d},500"
    blocks = [f"{n}\n{timing.format(2 * n, 2 * n + 1)}\n{text}\n" for n, text in enumerate(cues, 1)]
    return "\n".join(blocks).encode()


def _text(*cues: str) -> str:
    [parsed] = parse_subtitles(_srt(*cues), 2.0, False, "srt")
    return parsed.text


def test_numbered_sentences_read_one_a_line():
    assert _text(
        " 1. I'm taking the test because I want to study overseas.",
        " 2. There's a population of 21 million in Beijing.",
        " 3. I was born and raised in a small town.",
    ) == (
        "1. I'm taking the test because I want to study overseas.\n"
        "2. There's a population of 21 million in Beijing.\n"
        "3. I was born and raised in a small town."
    )


def test_a_number_that_does_not_follow_on_is_speech_run_on():
    # "2." after a cue opening with no number, "5." after "3.": no list, sentences joined as speech
    assert (
        _text(
            "We counted them.",
            "2. That was the second.",
            "3. And that was the third.",
            "5. Then five came.",
        )
        == "We counted them. 2. That was the second.\n3. And that was the third. 5. Then five came."
    )
