"""An .ass file with one garbled event time keeps its other events (issue 15, left from the
sixteenth check): the same rule as a damaged SRT timing line (``cues.placed_in_time``). An event
whose Start reads is kept, its end the next event's start where its End is garbled, its defect on
the ``cue`` span (``bad_timing``); an event with no readable Start goes to ``removed`` as
``unplaced_cue`` where it stood; the file is rejected ``bad_timestamp`` only when no event can be
placed. The fixtures are written here, in Aegisub's layout.
"""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.ass import parse_ass
from sloika.pipelines.formats.base import FormatError

HEADER = (
    "[Script Info]\nScriptType: v4.00+\n\n[Events]\n"
    "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
)


def _ass(*events: str) -> bytes:
    return (HEADER + "".join(f"Dialogue: 0,{event}\n" for event in events)).encode()


def _cues(doc):
    return [(doc.text[s.start : s.end], s.attrs) for s in doc.spans if s.label == "cue"]


def test_a_garbled_end_keeps_the_event_and_ends_it_at_the_next_event():
    data = _ass(
        "0:00:01.00,0:00:02.50,Default,,0,0,0,,Дверь заело.",
        "0:00:03.00,0:0,Default,Анна,0,0,0,,Не открывается.",
        "0:00:04.20,0:00:05.00,Default,,0,0,0,,Попробуйте ещё раз.",
    )
    (doc,) = parse_ass(data, 2.0)
    assert doc.text == "Дверь заело. Не открывается. Попробуйте ещё раз."
    assert [(text, attrs["start_s"], attrs["end_s"]) for text, attrs in _cues(doc)] == [
        ("Дверь заело.", 1.0, 2.5),
        ("Не открывается.", 3.0, 4.2),
        ("Попробуйте ещё раз.", 4.2, 5.0),
    ]
    assert [attrs.get("bad_timing") for _, attrs in _cues(doc)] == [
        None,
        "line 7: End `0:0` is not H:MM:SS.cc",
        None,
    ]
    assert _cues(doc)[1][1]["speaker"] == "Анна"
    assert "removed" not in doc.layers


def test_an_end_before_the_start_is_replaced_by_the_next_start():
    data = _ass(
        "0:00:01.00,0:00:00.50,Default,,0,0,0,,Раз.",
        "0:00:02.00,0:00:03.00,Default,,0,0,0,,Два.",
    )
    (doc,) = parse_ass(data, 2.0)
    assert [(attrs["start_s"], attrs["end_s"], attrs.get("bad_timing")) for _, attrs in _cues(doc)] == [
        (1.0, 2.0, "line 6: the cue ends (0:00:00.50) before it starts"),
        (2.0, 3.0, None),
    ]


def test_an_event_without_a_readable_start_goes_to_removed_where_it_stood_in_the_file():
    # events out of time order, as typesetters leave them; the garbled one follows "Первая реплика."
    data = _ass(
        "0:00:05.00,0:00:06.00,Default,,0,0,0,,Третья реплика.",
        "0:00:01.00,0:00:02.00,Default,,0,0,0,,Первая реплика.",
        "0:00:7x.00,0:00:04.00,Default,,0,0,0,,Потерянная {\\i1}реплика{\\i0}.",
    )
    (doc,) = parse_ass(data, 2.0)
    assert doc.text == "Первая реплика.\n\nТретья реплика."
    assert [attrs["index"] for _, attrs in _cues(doc)] == [0, 1]
    (record,) = doc.layers["removed"]
    assert (record.start, record.end, record.label) == (15, 15, "unplaced_cue")
    assert record.attrs == {
        "text": "Потерянная реплика.",
        "why": "line 8: Start `0:00:7x.00` is not H:MM:SS.cc: the cue cannot be placed in time",
    }


def test_a_file_where_no_event_can_be_placed_is_rejected_with_the_first_line():
    data = _ass(
        "soon,0:00:02.00,Default,,0,0,0,,А.",
        "9:99:99.99,9:99:99.99,Default,,0,0,0,,Б.",
    )
    with pytest.raises(FormatError) as err:
        parse_ass(data, 2.0)
    assert err.value.reason == "bad_timestamp"
    assert err.value.detail == "line 6: Start `soon` is not H:MM:SS.cc; fix that cue"
