"""A first cue that looks like a title card (capitalised, unpunctuated, before the first punctuated
cue) but runs on into the speech after it is the sentence it opens: its two lines are joined as every
other cue's are (issue 15, the thirty-sixth check's row 20: an ASR transcript's "Our company has a new
strategic" / "initiative to increase market" kept its line break before "penetration, maximise…").
A card standing apart keeps its lines. Cues written for this test; the expected text by hand."""

from sloika.pipelines.formats.subtitles import parse_subtitles


def _vtt(cues: list[tuple[str, str, str]]) -> bytes:
    body = "\n".join(f"{n}\n{start} --> {end}\n{text}\n" for n, (start, end, text) in enumerate(cues, 1))
    return f"WEBVTT\n\n{body}".encode()


def test_two_lines_of_a_first_cue_running_on_into_speech_are_joined():
    cues = [
        ("00:00:00.400", "00:00:04.100", "Our company has a new strategic\ninitiative to grow the market"),
        ("00:00:04.100", "00:00:09.300", "share, keep clients loyal and\nopen two new offices this year."),
    ]
    [parsed] = parse_subtitles(_vtt(cues), 2.0, False, "vtt")
    assert parsed.text == (
        "Our company has a new strategic initiative to grow the market share, keep clients loyal "
        "and open two new offices this year."
    )


def test_a_card_standing_apart_keeps_its_lines():
    cues = [
        ("00:00:00.400", "00:00:04.100", "Solar Days\nThe Next Decade"),
        ("00:00:06.100", "00:00:09.300", "Good morning, everyone. Today we talk about the sun."),
    ]
    [parsed] = parse_subtitles(_vtt(cues), 2.0, False, "vtt")
    assert parsed.text.split("\n\n") == [
        "Solar Days\nThe Next Decade",
        "Good morning, everyone. Today we talk about the sun.",
    ]
