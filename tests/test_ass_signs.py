"""ASS/SSA: an on-screen sign is read alone, its title apart from its body (issue 15, pool subs12).

A fansub's sign event "Милитаризованная держава Марли\\N\\NМогучая военная держава…" read as one run-on
sentence, and a second sign shown at the same time ran on after it. A blank line inside an event
(``\\N\\N``) now ends a paragraph, and an event a sign's Style or Name names ("# Sign", "CAPTION") is no
speech, its Name no speaker: since the thirtieth check (row 19, a sign cutting a sentence typeset around
it) it goes to ``removed`` as a ``sign`` record, no longer a paragraph of the text. Where every event
is placed in the dialogue's style, the placing says nothing and speech runs across events as before.
Fixtures in Aegisub's layout, the expected texts written by hand from the events.
"""

from __future__ import annotations

from sloika.pipelines.formats.ass import parse_ass

HEADER = (
    "[Script Info]\nScriptType: v4.00+\n\n[Events]\n"
    "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
)


def _ass(*events: str) -> bytes:
    return (HEADER + "".join(f"Dialogue: 0,{event}\n" for event in events)).encode()


def _cues(doc) -> list:
    return [span for span in doc.spans if span.label == "cue"]


def test_a_signs_title_and_body_and_a_second_sign_go_to_removed_whole():
    data = _ass(
        "0:00:01.00,0:00:03.00,Default,Райнер,0,0,0,,а Райнер — его щитом.",
        "0:00:03.10,0:00:08.00,Main,CAPTION,0,0,0,,{\\an7\\pos(51,68)}Держава Марли{\\fs14}\\N\\N"
        "Могучая военная держава, \\Nвернувшая свою мощь.\\N\\NСемь титанов вручены «воинам».",
        "0:00:03.10,0:00:08.00,# Sign,CAPTION,0,0,0,,{\\fs14\\pos(132,50)}Сведения на данный момент",
        "0:00:08.10,0:00:10.00,Default,Кослоу,0,0,0,,Полегче!",
    )
    (doc,) = parse_ass(data, 2.0)
    assert doc.text.split("\n\n") == ["а Райнер — его щитом.", "Полегче!"]
    removed = doc.layers["removed"]
    assert [(span.label, span.attrs["text"]) for span in removed] == [
        (
            "sign",
            "Держава Марли Могучая военная держава, вернувшая свою мощь. Семь титанов вручены «воинам».",
        ),
        ("sign", "Сведения на данный момент"),
    ]
    assert [(span.attrs["start_s"], span.attrs["end_s"]) for span in removed] == [(3.1, 8.0)] * 2
    assert [cue.attrs.get("speaker") for cue in _cues(doc)] == ["Райнер", "Кослоу"]


def test_a_blank_line_in_a_dialogue_event_ends_its_paragraph_there():
    data = _ass(
        "0:00:01.00,0:00:02.00,Default,,0,0,0,,Мы пришли,",
        "0:00:02.10,0:00:04.00,Default,,0,0,0,,и нас ждали.\\N\\NНа следующий день",
        "0:00:04.10,0:00:06.00,Default,,0,0,0,,всё было иначе.",
    )
    (doc,) = parse_ass(data, 2.0)
    assert doc.text == "Мы пришли, и нас ждали.\n\nНа следующий день всё было иначе."


def test_where_every_event_is_placed_the_placing_makes_no_sign():
    data = _ass(
        "0:00:01.00,0:00:02.00,Default,,0,0,0,,{\\pos(320,340)}Я говорил тебе,",
        "0:00:02.10,0:00:04.00,Default,,0,0,0,,{\\pos(320,340)}что мы пойдём туда.",
        "0:00:04.10,0:00:06.00,Default,,0,0,0,,{\\pos(320,340)}Вот и пошли.",
    )
    (doc,) = parse_ass(data, 2.0)
    assert doc.text == "Я говорил тебе, что мы пойдём туда. Вот и пошли."
    assert not any(cue.attrs.get("sign") for cue in _cues(doc))
