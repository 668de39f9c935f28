"""A cue's lines and cues joined without a space inside Chinese and Japanese (issue 15, twenty-sixth check).

Cue lines and cues were joined with a space, which fell inside Chinese phrases. Chinese and Japanese
set no space between words: a line break between two wide characters (Han, kana, CJK punctuation,
full-width forms) is a layout break, and CSS Text's segment-break rule removes it without a space.
Korean (Hangul) puts spaces between words and keeps it; so does a file whose own lines set spaces
between wide characters (a machine translation's "レナード ・ アドキンス"). The fixtures are written here.
"""

from __future__ import annotations

from sloika.pipelines.formats.subtitles import parse_subtitles


def _text(srt: str) -> str:
    (doc,) = parse_subtitles(srt.encode(), 2.0, True, "srt")
    return doc.text


def test_chinese_lines_and_cues_join_without_a_space():
    srt = (
        "1\n00:00:01,000 --> 00:00:03,000\n今天天气很好，\n我们一起去公园\n\n"
        "2\n00:00:03,000 --> 00:00:05,000\n散步吧。\n"
    )
    assert _text(srt) == "今天天气很好，我们一起去公园散步吧。"


def test_japanese_lines_join_without_a_space_latin_and_hangul_keep_it():
    srt = (
        "1\n00:00:01,000 --> 00:00:03,000\n今日は\nいい天気ですね。\n\n"
        "2\n00:00:03,000 --> 00:00:05,000\n新しいPython\n入門書を読みます。\n\n"
        "3\n00:00:05,000 --> 00:00:07,000\n안녕하세요\n반갑습니다.\n"
    )
    assert _text(srt) == "今日はいい天気ですね。新しいPython 入門書を読みます。 안녕하세요 반갑습니다."


def test_a_file_that_spaces_its_wide_words_keeps_the_space_at_a_line_break():
    srt = (
        "1\n00:00:01,000 --> 00:00:03,000\nジョン ・ スミスが 話をしています\n分単位で\n\n"
        "2\n00:00:03,000 --> 00:00:05,000\n記録 されています。\n"
    )
    assert _text(srt) == "ジョン ・ スミスが 話をしています 分単位で 記録 されています。"
