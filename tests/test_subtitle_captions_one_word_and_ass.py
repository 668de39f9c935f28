"""On-screen captions in capitals: a place's name alone ("МАНЧЕСТЕР") is a caption too, and an .ass
file's captions in capitals among the dialogue's speech stand apart as an .srt file's do (issue 15,
leftovers of issue-text33, whose rule took lines of two words or more in .srt files only). Shouts,
abbreviations and a word with a mark stay speech; an .ass event in a sign's style still goes to
``removed``. Fixtures written for these tests, the expected paragraphs by hand from the cues."""

from sloika.pipelines.formats.ass import parse_ass
from sloika.pipelines.formats.subtitles import parse_subtitles


def _srt(cues: list[tuple[str, str, str]]) -> bytes:
    return "\n".join(
        f"{n}\n{start} --> {end}\n{text}\n" for n, (start, end, text) in enumerate(cues, 1)
    ).encode()


def _ass(*events: str) -> bytes:
    header = (
        "[Script Info]\nScriptType: v4.00+\n\n[Events]\n"
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
    )
    return (header + "".join(f"Dialogue: 0,{event}\n" for event in events)).encode()


def _signs(parsed) -> list[tuple[str, bool | None]]:
    return [(parsed.text[s.start : s.end], s.attrs.get("sign")) for s in parsed.spans if s.label == "cue"]


def test_a_place_name_alone_in_capitals_is_a_caption():
    cues = [
        ("00:00:01,000", "00:00:03,000", "Полиция уже выехала."),
        ("00:00:03,100", "00:00:04,000", "МАНЧЕСТЕР"),
        ("00:00:04,100", "00:00:06,000", "Окна выбиты, дверь открыта."),
    ]
    [parsed] = parse_subtitles(_srt(cues), 2.0, False, "srt")
    assert parsed.text.split("\n\n") == ["Полиция уже выехала.", "МАНЧЕСТЕР", "Окна выбиты, дверь открыта."]
    assert _signs(parsed)[1] == ("МАНЧЕСТЕР", True)


def test_shouts_abbreviations_and_marked_words_stay_speech():
    cues = [
        ("00:00:01,000", "00:00:02,000", "Ты пойдёшь с нами?"),
        ("00:00:02,100", "00:00:03,000", "НЕТ"),
        ("00:00:03,100", "00:00:04,000", "Тогда звони."),
        ("00:00:04,100", "00:00:05,000", "NASA"),
        ("00:00:05,100", "00:00:06,000", "Они уже знают."),
        ("00:00:06,100", "00:00:07,000", "ПОМОГИТЕ!"),
        ("00:00:07,100", "00:00:08,000", "Открой программу."),
        ("00:00:08,100", "00:00:09,000", "GIMP..."),
        (
            "00:00:09,100",
            "00:00:10,000",
            "ВЕЛИКОЛЕПНОЕ\nПРАВОПИСАНИЕ!",
        ),  # a shout wrapped after its first word
    ]
    [parsed] = parse_subtitles(_srt(cues), 2.0, False, "srt")
    assert all(sign is None for _, sign in _signs(parsed))
    assert "\n\n" not in parsed.text


def test_an_ass_caption_in_capitals_stands_apart_from_the_speech():
    data = _ass(
        "0:00:01.00,0:00:03.00,Default,,0,0,0,,Объявлена война!\\NЛОНДОН, 1939 ГОД",
        "0:00:03.10,0:00:05.00,Default,,0,0,0,,Купите газету!",
        "0:00:05.10,0:00:07.00,Default,,0,0,0,,БЛЕТЧЛИ",
        "0:00:07.10,0:00:09.00,Default,,0,0,0,,Нас здесь ждут.",
    )
    (doc,) = parse_ass(data, 2.0)
    assert doc.text.split("\n\n") == [
        "Объявлена война!",
        "ЛОНДОН, 1939 ГОД",
        "Купите газету!",
        "БЛЕТЧЛИ",
        "Нас здесь ждут.",
    ]
    assert [sign for _, sign in _signs(doc)] == [None, True, None, True, None]


def test_an_ass_sign_style_event_still_goes_to_removed():
    data = _ass(
        "0:00:01.00,0:00:03.00,Default,,0,0,0,,Мы пришли.",
        "0:00:01.00,0:00:03.00,Sign,,0,0,0,,{\\pos(960,100)}ПЕКАРНЯ",
        "0:00:03.10,0:00:05.00,Default,,0,0,0,,Купите хлеба.",
    )
    (doc,) = parse_ass(data, 2.0)
    assert doc.text == "Мы пришли. Купите хлеба."
    assert [(span.label, span.attrs["text"]) for span in doc.layers["removed"]] == [("sign", "ПЕКАРНЯ")]
