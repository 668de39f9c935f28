"""A subtitle file with one damaged timing line keeps its other cues (issue 15, sixteenth check).

An ASR export cut one cue's end ("0:00:05.850 --> 0:00") and the whole 86-cue file was rejected.
Now a cue whose start reads is kept, its end taken from the next cue's start and its defect on the
``cue`` span (``bad_timing``); a cue no time of which reads goes to ``removed`` as ``unplaced_cue``;
the file is rejected only when no cue can be placed. The fixtures are written here.
"""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.base import FormatError
from sloika.pipelines.formats.subtitles import parse_subtitles

# one-digit hours and a dot, as the ASR tool writes them; cue 2's end is cut
CUT_END = (
    "1\n0:00:03.540 --> 0:00:04.100\nДверь заело.\n\n"
    "2\n0:00:05.850 --> 0:00\nНе открывается.\n\n"
    "3\n0:00:06.060 --> 0:00:07.240\nПопробуйте ещё раз.\n"
)


def _cues(doc):
    return [(doc.text[s.start : s.end], s.attrs) for s in doc.spans if s.label == "cue"]


def test_a_cut_end_time_keeps_the_cue_and_ends_it_at_the_next_cue():
    (doc,) = parse_subtitles(CUT_END.encode(), 2.0, True, "srt")
    assert doc.text == "Дверь заело. Не открывается. Попробуйте ещё раз."
    assert [(text, attrs["start_s"], attrs["end_s"]) for text, attrs in _cues(doc)] == [
        ("Дверь заело.", 3.54, 4.1),
        ("Не открывается.", 5.85, 6.06),
        ("Попробуйте ещё раз.", 6.06, 7.24),
    ]
    assert [attrs.get("bad_timing") for _, attrs in _cues(doc)] == [
        None,
        "line 6: `0:00:05.850 --> 0:00` is not `HH:MM:SS,mmm --> HH:MM:SS,mmm`",
        None,
    ]
    assert "removed" not in doc.layers


def test_a_last_cue_ending_before_it_starts_ends_where_it_starts():
    srt = "1\n00:00:01,000 --> 00:00:02,000\nА.\n\n2\n00:00:05,000 --> 00:00:01,000\nБ.\n"
    (doc,) = parse_subtitles(srt.encode(), 2.0, True, "srt")
    assert [(text, attrs["start_s"], attrs["end_s"]) for text, attrs in _cues(doc)] == [
        ("А.", 1.0, 2.0),
        ("Б.", 5.0, 5.0),
    ]
    assert _cues(doc)[1][1]["bad_timing"] == "line 6: the cue ends (00:00:01,000) before it starts"


def test_times_without_their_fraction_are_read():
    srt = "1\n00:00:01,000 --> 00:00:02,000\nА.\n\n2\n00:00:03 --> 00:00:04\nБ.\n"
    (doc,) = parse_subtitles(srt.encode(), 2.0, True, "srt")
    assert [(attrs["start_s"], attrs["end_s"]) for _, attrs in _cues(doc)] == [(1.0, 2.0), (3.0, 4.0)]
    assert "line 6" in _cues(doc)[1][1]["bad_timing"]


def test_a_cue_no_time_of_which_reads_goes_to_removed_where_it_stood():
    # a cue whose end reads is placed by its order (test_subtitle_near_miss_timings); this one's does not
    srt = (
        "1\n00:00:01,000 --> 00:00:02,000\nПервая реплика.\n\n"
        "2\n00:00:7x,000 --> 00:00:0y,000\nПотерянная реплика.\n\n"
        "3\n00:00:05,000 --> 00:00:06,000\nТретья реплика.\n"
    )
    (doc,) = parse_subtitles(srt.encode(), 2.0, True, "srt")
    assert doc.text == "Первая реплика.\n\nТретья реплика."
    assert [attrs["index"] for _, attrs in _cues(doc)] == [0, 1]
    (record,) = doc.layers["removed"]
    assert (record.start, record.end, record.label) == (15, 15, "unplaced_cue")
    assert record.attrs == {
        "text": "Потерянная реплика.",
        "why": "line 6: `00:00:7x,000 --> 00:00:0y,000` is not `HH:MM:SS,mmm --> HH:MM:SS,mmm`: "
        "the cue cannot be placed in time",
    }


def test_a_block_without_a_timing_line_between_good_cues_goes_to_removed():
    srt = (
        "1\n00:00:01,000 --> 00:00:02,000\nА.\n\nпотерянная строка\n\n2\n00:00:03,000 --> 00:00:04,000\nБ.\n"
    )
    (doc,) = parse_subtitles(srt.encode(), 2.0, True, "srt")
    assert doc.text == "А. Б."
    (record,) = doc.layers["removed"]
    assert (record.start, record.label, record.attrs["text"]) == (2, "unplaced_cue", "потерянная строка")
    assert record.attrs["why"].startswith("line 5: cue `потерянная строка` has no `start --> end` line")


def test_a_file_where_no_cue_can_be_placed_is_rejected_with_the_first_line():
    srt = "1\nsoon --> 00:00:02,000\nА.\n\n2\n99:99:99,999 --> 99:99:99,999\nБ.\n"
    with pytest.raises(FormatError) as err:
        parse_subtitles(srt.encode(), 2.0, True, "srt")
    assert err.value.reason == "bad_timestamp"
    assert err.value.detail == (
        "line 2: `soon --> 00:00:02,000` is not `HH:MM:SS,mmm --> HH:MM:SS,mmm`; fix that cue"
    )


# A hand-written file (nineteenth check, row 11) types some seconds with a decimal point and keeps
# SRT's comma tail: "00:00:19.5,00" is plainly 19.5 s; "00:00:15,00" (two-digit milliseconds) reads
DECIMAL_SECONDS = (
    "1\n00:00:15,00 --> 00:00:16,00\nI put the envelope down.\n\n"
    "2\n00:00:19.5,00 --> 00:00:21.5,00\nBetter safe than sorry.\n\n"
    "3\n00:00:22,00 --> 00:00:26.5,00\nThis banana is Web 2.0.\n\n"
    "4\n00:00:27.5,30 --> 00:00:29,00\nURGH!\n"
)


def test_seconds_with_a_decimal_point_and_a_zero_comma_tail_are_read_and_marked():
    (doc,) = parse_subtitles(DECIMAL_SECONDS.encode(), 5.0, True, "srt")
    assert doc.text == "I put the envelope down. Better safe than sorry. This banana is Web 2.0. URGH!"
    read = [(text, attrs["start_s"], attrs["end_s"], attrs.get("bad_timing")) for text, attrs in _cues(doc)]
    assert read[:3] == [
        ("I put the envelope down.", 15.0, 16.0, None),
        (
            "Better safe than sorry.",
            19.5,
            21.5,
            "line 6: `00:00:19.5,00`, `00:00:21.5,00` has a decimal point in its seconds and a comma tail;"
            " read without the tail",
        ),
        (
            "This banana is Web 2.0.",
            22.0,
            26.5,
            "line 10: `00:00:26.5,00` has a decimal point in its seconds and a comma tail;"
            " read without the tail",
        ),
    ]
    # "27.5,30" is 27.53 s or 27.5 s and 30 ms: ambiguous, the start does not read; the end does,
    # after the cue before it, so the cue starts where that one ended
    assert read[3:] == [
        (
            "URGH!",
            26.5,
            29.0,
            "line 14: `00:00:27.5,30 --> 00:00:29,00` is not `HH:MM:SS,mmm --> HH:MM:SS,mmm`;"
            " its start taken as the end of the cue before",
        )
    ]
    assert "removed" not in doc.layers
