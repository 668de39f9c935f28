"""Subtitles: a transcript copied from a video site's transcript panel ("00:00" / "(doorbell rings)" /
"00:02" / "WELL, SEYMOUR, I MADE IT"; "M:SS" or "H:MM:SS" alone on a line, then the words) saved under
.srt or .vtt is read as timed cues, each ending where the next starts (issue 15, thirty-ninth check:
OliverDeBrisbane's Steamed-Hams subtitles.srt was rejected `bad_timestamp`). A real SubRip file with a
broken timing line is still rejected as before. Whisper segments of placeholder marks alone ("...",
"…", "-") go to ``removed`` as ``placeholder_cue``, and an .ass file's embedded fonts and pictures
(``[Fonts]``, ``[Graphics]``: uuencoded data) are never text. The files are written for these tests,
after the real ones; expected texts by hand."""

from __future__ import annotations

import json

import pytest

from sloika.pipelines.formats.ass import parse_ass
from sloika.pipelines.formats.base import FormatError
from sloika.pipelines.formats.subtitles import parse_subtitles
from sloika.pipelines.formats.whisper import parse_whisper_json

from conftest import rows

STEAMED_HAMS = """00:00
(doorbell rings)
00:02
WELL, SEYMOUR, I MADE IT
00:03
DESPITE YOUR DIRECTIONS.
00:05
SUPERINTENDENT CHALMERS, WELCOME.
00:19
BUT WHAT IF...
00:21
I WERE TO PURCHASE FAST FOOD
00:22
AND DISGUISE IT AS MY OWN COOKING?
"""


def _cues(parsed) -> list[tuple[str, float, float]]:
    return [
        (parsed.text[span.start : span.end], span.attrs["start_s"], span.attrs["end_s"])
        for span in parsed.spans
        if span.label == "cue"
    ]


def _removed(parsed, label: str) -> list[dict]:
    return [span.attrs for span in parsed.layers.get("removed", []) if span.label == label]


@pytest.mark.parametrize("fmt", ["srt", "vtt"])
def test_bare_timestamps_over_their_words_are_read_as_timed_cues(fmt):
    [parsed] = parse_subtitles(STEAMED_HAMS.encode(), 2.0, False, fmt)
    assert parsed.text == (
        "(doorbell rings) WELL, SEYMOUR, I MADE IT DESPITE YOUR DIRECTIONS. SUPERINTENDENT CHALMERS, WELCOME."
        " BUT WHAT IF... I WERE TO PURCHASE FAST FOOD AND DISGUISE IT AS MY OWN COOKING?"
    )
    assert _cues(parsed)[:2] == [("(doorbell rings)", 0.0, 2.0), ("WELL, SEYMOUR, I MADE IT", 2.0, 3.0)]
    assert _cues(parsed)[-1] == ("AND DISGUISE IT AS MY OWN COOKING?", 22.0, 22.0)
    assert parsed.fields["cue_form"] == "bare_timestamps"


def test_hours_and_placeholder_lines_of_a_timestamped_transcript():
    """Hours read before minutes; a line of placeholder marks is a ``placeholder_cue`` as in SubRip."""
    data = b"0:59:58\nSo that was the plan.\n1:00:01\n...\n1:00:04\nAnd then it rained.\n"
    [parsed] = parse_subtitles(data, 2.0, False, "srt")
    assert parsed.text == "So that was the plan.\n\nAnd then it rained."
    assert _cues(parsed)[0] == ("So that was the plan.", 3598.0, 3601.0)
    assert [(r["text"], r["start_s"], r["end_s"]) for r in _removed(parsed, "placeholder_cue")] == [
        ("...", 3601.0, 3604.0)
    ]


def test_a_timestamped_transcript_saved_as_txt_is_a_transcript_and_prose_stays_text(build, tmp_path):
    """A .txt of such a transcript is read as its cues, a transcript, its sound descriptions cut by the
    transcript filter; a .txt of prose with a time in it stays an article."""
    (tmp_path / "hams.txt").write_text(STEAMED_HAMS, encoding="utf-8")
    (tmp_path / "notes.txt").write_text(
        "9:40\nДобавил путь.\nА потом ещё кое-что.\nИ ещё.\n", encoding="utf-8"
    )
    corpus = build([tmp_path])
    found = rows(corpus, "SELECT source, kind, text, metadata FROM documents ORDER BY source")
    assert [(source.rsplit("/", 1)[1], kind, text.strip()) for source, kind, text, _ in found] == [
        (
            "hams.txt",
            "transcript",
            "WELL, SEYMOUR, I MADE IT DESPITE YOUR DIRECTIONS. SUPERINTENDENT CHALMERS, WELCOME."
            " BUT WHAT IF... I WERE TO PURCHASE FAST FOOD AND DISGUISE IT AS MY OWN COOKING?",
        ),
        ("notes.txt", "article", "9:40\nДобавил путь.\nА потом ещё кое-что.\nИ ещё."),
    ]
    assert '"cue_form":"bare_timestamps"' in found[0][3]


@pytest.mark.parametrize(
    "text",
    [
        # a SubRip file whose timing lines are all broken stays rejected, naming its first line
        "1\n00:00:01 -> 00:00:02\nHello.\n\n2\n00:00:03 -> 00:00:04\nBye.\n",
        # times that run backwards are no transcript's
        "00:10\nOne.\n00:05\nTwo.\n00:01\nThree.\n",
        # words that do not alternate with times: a list of times, not a transcript
        "00:01\n00:02\n00:03\nHello there.\n",
    ],
)
def test_files_that_are_not_timestamped_transcripts_stay_rejected(text):
    with pytest.raises(FormatError) as error:
        parse_subtitles(text.encode(), 2.0, False, "srt")
    assert error.value.reason == "bad_timestamp"


def test_whisper_segments_of_placeholder_marks_are_placeholder_cues():
    segments = [
        {"start": 0.0, "end": 2.0, "text": " I told you"},
        {"start": 2.0, "end": 3.0, "text": " ..."},
        {"start": 3.0, "end": 4.0, "text": " that it works."},
        {"start": 4.0, "end": 5.0, "text": " …"},
        {"start": 5.0, "end": 6.0, "text": " -"},
    ]
    [parsed] = parse_whisper_json(json.dumps({"text": "", "segments": segments}).encode(), 2.0)
    assert parsed.text == "I told you that it works."
    assert [(r["text"].strip(), r["start_s"], r["end_s"]) for r in _removed(parsed, "placeholder_cue")] == [
        ("...", 2.0, 3.0),
        ("…", 4.0, 5.0),
        ("-", 5.0, 6.0),
    ]


ASS_WITH_FONTS = """[Script Info]
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize
Style: Default,Arial,20

[Fonts]
fontname: Roboto_0.ttf
M0!,0,-#!I`.<-\\`_,-T<0F7\\V;(9A.C-V+A!#1!1<&X?_2EL
P86:Y9FA.>2J[FK4.!L&*=^N#'T!H,W5:D\\@``

[Graphics]
filename: logo.png
B)5!.1TH*&@H````#4E(1%(```!````

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Hello there.
"""


def test_ass_embedded_fonts_and_pictures_are_never_text():
    [parsed] = parse_ass(ASS_WITH_FONTS.encode(), 2.0)
    assert parsed.text == "Hello there."
    [fonts] = _removed(parsed, "attachment")
    assert fonts["text"] == "[Fonts] fontname: Roboto_0.ttf [Graphics] filename: logo.png"
    assert fonts["why"].startswith("line 8: files embedded in the script (3 lines of uuencoded data")


def test_lower_case_descriptions_in_parentheses_opening_a_cue_or_line_are_sound_tags():
    """A captioner's "(doorbell rings)", "(laughing):", "(Whispers)" opening a cue (or a line, without
    cues) is no one's speech; speech in parentheses after words stays."""
    from sloika.filters.transcript_junk import sound_tag_cuts
    from sloika.text.spans import Span

    text = "(doorbell rings)\n(laughing): OH, NO.\nI said (and I mean it) no.\n"
    text += "(Whispers) Yes.\n(applause) Thanks."
    cut = [text[start:end] for start, end, reason, _ in sound_tag_cuts(text, [])]
    assert cut == ["(doorbell rings)", "(laughing):", "(Whispers)", "(applause)"]
    pieces = [
        "(theme music plays)",
        "SKINNER!",
        "I said (and I mean it) no.",
        "(the one which is opened by 't' key)",
        "(siren blaring)",
    ]
    text = " ".join(pieces)
    cues = [Span(text.index(piece), text.index(piece) + len(piece), "cue") for piece in pieces]
    cut = [text[start:end] for start, end, reason, _ in sound_tag_cuts(text, cues)]
    assert cut == ["(theme music plays)", "(siren blaring)"]


@pytest.mark.parametrize("kind", ["article", "paper"])
def test_a_kind_the_input_names_wins_over_the_transcript_sniff(build, tmp_path, kind):
    """An input that names `kind: article` (or paper) keeps it: the .txt is read as the plain text it
    is, its times and sound descriptions as written, not as a transcript's cues."""
    (tmp_path / "hams.txt").write_text(STEAMED_HAMS, encoding="utf-8")
    corpus = build([{"path": str(tmp_path), "kind": kind}])
    [(found_kind, text, metadata)] = rows(corpus, "SELECT kind, text, metadata FROM documents")
    assert found_kind == kind
    assert text.startswith("00:00\n(doorbell rings)\n00:02\nWELL, SEYMOUR, I MADE IT\n")
    assert "bare_timestamps" not in metadata


def test_a_long_lower_case_description_alone_in_its_cue_is_a_sound_tag_and_speech_stays():
    """A description of four words or more on a line of its own, "(dramatic music playing softly)",
    is the captioner's as much as "(doorbell rings)"; speech in parentheses or brackets stays: a mark
    inside, a capital, a speaker's own words, or a description run into a sentence."""
    from sloika.filters.transcript_junk import sound_tag_cuts

    srt = (
        "1\n00:00:01,000 --> 00:00:02,000\n(dramatic music playing softly)\n\n"
        "2\n00:00:03,000 --> 00:00:04,000\nWhere were you?\n(door creaks open very slowly)\n\n"
        "3\n00:00:05,000 --> 00:00:06,000\n(I told you so!)\n\n"
        "4\n00:00:07,000 --> 00:00:08,000\n[dramatic orchestral music playing in the background]\n\n"
        "5\n00:00:09,000 --> 00:00:10,000\n(you know what i mean)\n\n"
        "6\n00:00:11,000 --> 00:00:12,000\nwe went (and then some more) home\n"
    )
    [parsed] = parse_subtitles(srt.encode(), 2.0, False, "srt")
    cues = [span for span in parsed.spans if span.label == "cue"]
    cut = [parsed.text[start:end] for start, end, _, _ in sound_tag_cuts(parsed.text, cues)]
    assert cut == [
        "(dramatic music playing softly)",
        "(door creaks open very slowly)",
        "[dramatic orchestral music playing in the background]",
    ]
    lines = "(звонит телефон где-то в соседней комнате)\nНу что? (смеётся тихо и долго) Иди.\n"
    lines += "(а что ты хотел)"
    cut = [lines[start:end] for start, end, _, _ in sound_tag_cuts(lines, [])]
    assert cut == ["(звонит телефон где-то в соседней комнате)", "(смеётся тихо и долго)"]
