"""ASS/SSA: the speaker-change dashes of an event go as an SRT cue's do (issue 15, pool subs12).

Fansubs mark two speakers in one event with a dash at each line ("— Бронированный!\\N— Бей его!")
and overlapping lines of two speakers with a dash each; the .ass reader kept them, so a paragraph
read "Не надо… — Габи…" and "…то сами они не справятся! — Сволочи бесполезные!". They go to
``removed`` as one ``dialogue_dash`` record, as in the SRT reader; a dash inside a sentence that
runs on from the event before (the copula "Математика" / "— это наука.") and one at a line's end stay.
The fixtures are written here, in Aegisub's layout.
"""

from __future__ import annotations

from sloika.pipelines.formats.ass import parse_ass

HEADER = (
    "[Script Info]\nScriptType: v4.00+\n\n[Events]\n"
    "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
)


def _ass(*events: str) -> bytes:
    return (HEADER + "".join(f"Dialogue: 0,{event}\n" for event in events)).encode()


def _cues(doc) -> list[str]:
    return [doc.text[s.start : s.end] for s in doc.spans if s.label == "cue"]


def test_dashes_opening_an_events_lines_go_to_removed():
    data = _ass(
        "0:00:01.00,0:00:02.00,Default,Фалько,0,0,0,,Не надо…",
        "0:00:02.10,0:00:03.00,Default,Фалько,0,0,0,,— Габи…",
        "0:00:02.10,0:00:03.00,Default,Габи,0,0,0,,{\\i1}— Обещаю,{\\i0}",
        "0:00:03.50,0:00:05.00,Default,Габи,0,0,0,,я докажу делом!",
        "0:00:09.00,0:00:11.00,Default,Солдаты,0,0,0,,— Бронированный!\\N— Бей его!",
    )
    (doc,) = parse_ass(data, 2.0)
    assert doc.text == "Не надо… Габи…\n\nОбещаю, я докажу делом!\n\nБронированный! Бей его!"
    assert _cues(doc) == ["Не надо…", "Габи…", "Обещаю,", "я докажу делом!", "Бронированный! Бей его!"]
    (record,) = [span for span in doc.layers["removed"] if span.label == "dialogue_dash"]
    assert record.attrs["text"] == "————"
    assert record.attrs["count"] == 4
    assert record.attrs["cues"] == [1, 2, 4, 4]


def test_a_dash_inside_a_sentence_and_one_ending_a_line_stay():
    data = _ass(
        "0:00:01.00,0:00:02.00,Default,,0,0,0,,Математика",
        "0:00:02.10,0:00:04.00,Default,,0,0,0,,— это наука.",
        "0:00:05.00,0:00:07.00,Default,,0,0,0,,Неверно разыграем карты — \\Nи нам конец.",
    )
    (doc,) = parse_ass(data, 2.0)
    assert doc.text == "Математика — это наука. Неверно разыграем карты — и нам конец."
    assert "removed" not in doc.layers


def test_the_events_lines_still_read_as_one_cue_each():
    data = _ass("0:00:01.00,0:00:03.00,Default,,0,0,0,,Помнишь, что мы воюем\\N четвёртый\\hгод?")
    (doc,) = parse_ass(data, 2.0)
    assert doc.text == "Помнишь, что мы воюем четвёртый год?"
    assert _cues(doc) == ["Помнишь, что мы воюем четвёртый год?"]
