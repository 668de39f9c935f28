"""Subtitles: a WebVTT header with its first cue right under it, an .ass file's comments and styles
(issue 15, left by the thirty-seventh check's header fix).

A header written with no blank line before the first cue ("WEBVTT - Тестовые субтитры" /
"00:00.500 --> …") was read as one block with the cue, its line taken for the cue's identifier:
the title was lost without a record. An .ass script's ``Comment:`` events (a translator's note, a
line taken out) and its ``[V4+ Styles]`` section were skipped without a record. Fixtures written
for these tests; expected values by hand.
"""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.ass import parse_ass
from sloika.pipelines.formats.base import FormatError
from sloika.pipelines.formats.subtitles import parse_subtitles


def _records(parsed) -> list[tuple[int, str, str]]:
    return [(span.start, span.label, span.attrs["text"]) for span in parsed.layers.get("removed", [])]


def test_a_titled_header_over_its_first_cue_is_the_title_and_the_cue_is_read():
    data = (
        "WEBVTT - Тестовые субтитры\n"
        "00:00:00.500 --> 00:00:03.000\n"
        "Первая строка тестовых субтитров.\n"
        "\n"
        "00:00:03.500 --> 00:00:06.000\n"
        "Вторая строка.\n"
    )
    [parsed] = parse_subtitles(data.encode(), 2.0, False, "vtt")
    assert parsed.text == "Первая строка тестовых субтитров. Вторая строка."
    assert parsed.fields["title"] == "Тестовые субтитры"
    assert _records(parsed) == [(0, "header", "WEBVTT - Тестовые субтитры")]


def test_a_headers_metadata_stays_in_it_and_a_cue_identifier_stays_the_cues():
    """ "Kind: captions" is the header's; "1" over the timing line is the cue's identifier, as ever."""
    data = "WEBVTT - Урок\nKind: captions\n1\n00:00:00.500 --> 00:00:03.000\nНачнём.\n"
    [parsed] = parse_subtitles(data.encode(), 2.0, False, "vtt")
    assert parsed.text == "Начнём."
    assert parsed.fields["title"] == "Урок"
    assert _records(parsed) == [(0, "header", "WEBVTT - Урок Kind: captions")]


ASS = """[Script Info]
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize
Style: Default,Arial,60

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,Привет.
Comment: 0,0:00:02.50,0:00:03.00,Default,,0,0,0,,{\\i1}Оригинал: Hello there.{\\i0}
Dialogue: 0,0:00:03.00,0:00:04.00,Default,,0,0,0,,Как дела?
Comment: 0,0:00:05.00,0:00:06.00,Default,,0,0,0,,Как дела?
Dialogue: 0,0:00:05.00,0:00:06.00,Default,,0,0,0,,Как дела?
"""


def test_an_ass_comment_is_recorded_where_it_stood_in_time_and_never_read():
    """The comment at 2.5 s is recorded after "Привет." (7 characters), its words out of the text; a
    comment repeating the line under it is no layer's copy: both stay, one read, one recorded (after
    "Привет. Как дела?", 17 characters: the comment comes first in the file). The styles section is
    recorded at the start, as a WebVTT STYLE block is."""
    [parsed] = parse_ass(ASS.encode(), 2.0)
    assert parsed.text == "Привет. Как дела? Как дела?"
    assert _records(parsed) == [
        (0, "style", "[V4+ Styles] Format: Name, Fontname, Fontsize Style: Default,Arial,60"),
        (7, "comment", "Оригинал: Hello there."),
        (17, "comment", "Как дела?"),
    ]
    comment = parsed.layers["removed"][1].attrs
    assert (comment["start_s"], comment["end_s"]) == (2.5, 3.0)
    assert comment["why"].startswith("line 11: a `Comment:` event")


def test_a_script_of_comments_alone_has_no_cues():
    data = ASS.split("Dialogue:", 1)[0] + "Comment: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Черновик.\n"
    with pytest.raises(FormatError) as error:
        parse_ass(data.encode(), 2.0)
    assert error.value.reason == "no_cues"
