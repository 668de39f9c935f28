"""Subtitles: a sentence unended at a cue's comma goes on across a long pause (issue 15, tenth check S1)."""

from sloika.pipelines.formats.subtitles import parse_subtitles

SRT = """1
00:00:46,140 --> 00:00:48,040
Может, собака – не весь смысл,

2
00:00:54,860 --> 00:00:56,860
но с ней жизнь его находит.

3
00:01:10,000 --> 00:01:12,000
а дальше без знаков

4
00:01:20,000 --> 00:01:22,000
и снова тишина,

5
00:01:30,000 --> 00:01:32,000
Новая сцена.
"""


def test_a_comma_before_a_lower_case_cue_keeps_one_paragraph_over_a_long_pause():
    """6.8 s after "…смысл," (over three pauses of 2 s) "но…" goes on the sentence; a cue without
    punctuation ("а дальше без знаков") and a capital after a comma ("Новая сцена.") still end the
    paragraph at a long silence. Expected paragraphs written by hand from the cues."""
    [parsed] = parse_subtitles(SRT.encode(), 2.0, False, "srt")
    assert parsed.text.split("\n\n") == [
        "Может, собака – не весь смысл, но с ней жизнь его находит.",
        "а дальше без знаков",
        "и снова тишина,",
        "Новая сцена.",
    ]
