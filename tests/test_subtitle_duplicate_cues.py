"""Subtitles: two cues with the same words (spacing and case aside) on screen at once are one caption
written twice, read once, the copy in ``removed`` as ``duplicate_cue``; the same words again at a
later time that does not overlap are said again and stay (issue 15, forty-seventh check row 20: a
captions file's "A city with lots of buildings and trees." twice in a row, its cues 4–9 s and 6–11 s).
The cues are written for these tests; expected texts by hand."""

from sloika.pipelines.formats.subtitles import parse_subtitles


def srt(*cues: tuple[int, int, str]) -> str:
    """An SRT of ``(start, end, text)`` cues, times in whole seconds."""
    return "\n".join(
        f"{n}\n00:00:{start:02d},000 --> 00:00:{end:02d},000\n{text}\n"
        for n, (start, end, text) in enumerate(cues, 1)
    )


def read(text: str):
    [parsed] = parse_subtitles(text.encode(), 2.0, False, "srt")
    return parsed


def test_overlapping_cues_with_the_same_words_are_read_once_and_a_later_repeat_stays():
    parsed = read(
        srt(
            (0, 5, "A boat on a lake."),
            (2, 7, "A red house."),
            (4, 9, "A  red\nhouse."),  # the cue before's words, on screen with it
            (8, 12, "A boat on a lake."),  # the first cue's words, long after it: said again
            (10, 14, "a boat on a LAKE."),
        )
    )
    assert parsed.text == "A boat on a lake. A red house. A boat on a lake."
    records = [(span.label, span.attrs["text"], span.attrs["start_s"]) for span in parsed.layers["removed"]]
    assert records == [("duplicate_cue", "A red house.", 4.0), ("duplicate_cue", "a boat on a LAKE.", 10.0)]


def test_the_same_words_back_to_back_are_said_twice():
    """A cue that starts as the one before ends, the same words, is a repeat: nothing set aside."""
    parsed = read(srt((0, 2, "Again."), (2, 4, "Again.")))
    assert parsed.text == "Again. Again."
    assert "removed" not in parsed.layers
