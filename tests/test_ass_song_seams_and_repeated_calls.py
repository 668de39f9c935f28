"""A fansub's song beside its dialogue, a line raised to the top, names called again (issue 15, check 63
row 20).

A Russian fansub of an anime episode: the opening's Russian lines (style "ОпРус", shown at the very
times of the karaoke romaji in "ОпРом") were read as speech, rightly, but glued to the dialogue at both
seams: "…привязавшим нас ко сну Элизабет!" after the opening, and "Да! Мы засияем в ночи" before the
ending, so the characters seemed to sing. The narrator style's "{\\an8}А меня за что?" (a reply raised
to the top over another line) went to ``removed`` as a ``sign``, and four of five villagers' calls
"Мид." "Мид!" "Мид." "Мид." "Мид." (cues of their own, at their own times) as a ``decoding_loop``.
Now a song's lines and speech are paragraphs apart, a top line in a style the file speaks in is
speech, and a short run of calls a subtitler timed one by one stays, while a loop of cues back to back
still goes. Fixtures in Aegisub's layout and SRT, the expected texts written by hand from the events.
"""

from __future__ import annotations

import json

from sloika.pipelines.formats.ass import parse_ass

from conftest import rows

HEADER = (
    "[Script Info]\nScriptType: v4.00+\n\n[Events]\n"
    "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
)


def _ass(*events: str) -> bytes:
    return (HEADER + "".join(f"Dialogue: 0,{event}\n" for event in events)).encode()


def _srt(*cues: tuple[str, str, str]) -> bytes:
    return "\n".join(
        f"{n}\n{start} --> {end}\n{text}\n" for n, (start, end, text) in enumerate(cues, 1)
    ).encode()


def _removed(doc) -> list[tuple[str, str]]:
    return [(span.label, span.attrs["text"]) for span in doc.layers.get("removed", [])]


def test_a_songs_translation_and_the_dialogue_around_it_are_paragraphs_apart():
    data = _ass(
        "0:22:10.00,0:22:12.00,Default,,0,0,0,,Идём! Найдём товарища!",
        "0:22:13.00,0:22:15.70,Default,,0,0,0,,Да!",
        "0:22:15.71,0:22:19.00,ЭндРом,,0,0,0,,{\\kf40}yo{\\kf30}ru {\\kf50}ni",
        "0:22:15.71,0:22:19.00,ЭндРус,,0,0,0,,Мы засияем в ночи",
        "0:22:19.00,0:22:22.00,ЭндРом,,0,0,0,,{\\kf40}so{\\kf30}ra {\\kf50}e",
        "0:22:19.00,0:22:22.00,ЭндРус,,0,0,0,,Готовься озарить небеса!",
        "0:22:22.50,0:22:24.00,Default,,0,0,0,,Элизабет!",
        "0:22:24.50,0:22:26.00,Default,,0,0,0,,Да?",
    )
    (doc,) = parse_ass(data, 2.0)
    assert doc.text == (
        "Идём! Найдём товарища! Да!\n\nМы засияем в ночи\nГотовься озарить небеса!\n\nЭлизабет! Да?"
    )
    assert [label for label, _ in _removed(doc)] == ["song", "song"]


def test_a_line_raised_to_the_top_in_the_narrators_style_is_speech_but_one_in_a_signs_style_is_not():
    data = _ass(
        "0:07:40.00,0:07:42.00,Default,,0,0,0,,Мы тебя тоже ненавидим!",
        "0:07:44.00,0:07:45.00,м\\п,,0,0,0,,Такова сила Семи Смертных Грехов?..",
        "0:07:45.50,0:07:47.00,м\\п,,0,0,0,,Никто не знал.",
        "0:07:48.00,0:07:49.50,Default,,0,0,0,,Заткнись, козёл!",
        "0:07:49.26,0:07:50.64,м\\п,,0,0,0,,{\\an8}А меня за что?",
        "0:07:52.00,0:07:53.00,Default,,0,0,0,,Похоже, мы не вовремя.",
        "0:07:52.00,0:07:55.00,Style1,,0,0,0,,{\\an8}Таверна",
    )
    (doc,) = parse_ass(data, 2.0)
    assert "Заткнись, козёл! А меня за что?" in doc.text
    assert _removed(doc) == [("sign", "Таверна")]


def _calls(*times: tuple[str, str]) -> list[tuple[str, str, str]]:
    """An SRT scene a subtitler timed (two lines on screen at once), then ``times`` cues "Мид."."""
    scene = [
        ("00:16:40,000", "00:16:42,000", "Он ушёл в лес."),
        ("00:16:42,500", "00:16:44,000", "Один?"),
        ("00:16:44,500", "00:16:46,000", "Да, ночью."),
        ("00:16:46,500", "00:16:48,000", "Там же опасно."),
        ("00:16:48,500", "00:16:50,500", "Иди за ним."),
        ("00:16:50,000", "00:16:53,000", "Зачем идти?.. Не понимаю..."),
    ]
    return scene + [(start, end, "Мид.") for start, end in times]


def test_names_called_again_in_cues_of_their_own_stay_but_a_loop_of_back_to_back_cues_goes(build, tmp_path):
    human = tmp_path / "calls.srt"
    human.write_bytes(
        _srt(
            *_calls(
                ("00:17:01,200", "00:17:01,920"),
                ("00:17:02,450", "00:17:03,000"),
                ("00:17:03,750", "00:17:04,470"),
                ("00:17:04,550", "00:17:05,220"),
                ("00:17:05,750", "00:17:06,750"),
            )
        )
    )
    loop = tmp_path / "loop.srt"
    loop.write_bytes(_srt(*_calls(*[(f"00:17:0{s},000", f"00:17:0{s + 1},000") for s in range(1, 6)])))
    corpus = build([human, loop])
    texts = dict(rows(corpus, "SELECT regexp_extract(source, '[a-z]+\\.srt'), text FROM documents"))
    scene = "Он ушёл в лес. Один? Да, ночью. Там же опасно. Иди за ним. Зачем идти?.. Не понимаю..."
    assert texts["calls.srt"] == f"{scene}\n\nМид. Мид. Мид. Мид. Мид."
    assert texts["loop.srt"] == f"{scene}\n\nМид."
    removed = rows(corpus, f"SELECT label, attrs FROM read_parquet('{corpus}/layers/removed/*.parquet')")
    assert (
        sorted((label, json.loads(attrs)["text"]) for label, attrs in removed)
        == [("decoding_loop", "Мид.")] * 4
    )


def test_a_credit_cut_between_a_song_and_the_next_scene_leaves_the_paragraph_break(build, tmp_path):
    """The credit filled the pause after the opening; cut, it took the break before it, and the song's
    last line ran into the scene: "…ко сну Элизабет!"."""
    sub = tmp_path / "opening.ass"
    sub.write_bytes(
        _ass(
            "0:03:00.00,0:03:02.00,Default,,0,0,0,,Сказ о давних временах начинается.",
            "0:03:06.81,0:03:11.99,ОпРом,,0,0,0,,{\\kf40}yu{\\kf30}me {\\kf50}wo",
            "0:03:06.81,0:03:11.99,ОпРус,,0,0,0,,Я переживу крах надежды с тобою",
            "0:03:11.99,0:03:27.75,Default,,0,0,0,,{\\an7}Переводчик: Anku. (Наша группа: http://vk.com/cafesubs)",
            "0:03:29.32,0:03:30.50,Default,,0,0,0,,Элизабет!",
            "0:03:31.00,0:03:32.00,Default,,0,0,0,,Да? Спустись ненадолго.",
        )
    )
    corpus = build([sub])
    assert rows(corpus, "SELECT text FROM documents") == [
        (
            "Сказ о давних временах начинается.\n\nЯ переживу крах надежды с тобою\n\n"
            "Элизабет! Да? Спустись ненадолго.",
        )
    ]


def test_a_title_placed_on_screen_as_the_narrator_says_it_goes_but_one_no_one_says_stays():
    data = _ass(
        "0:04:10.00,0:04:12.00,Default,,0,0,0,,Сказ о давних временах.",
        "0:04:14.67,0:04:17.63,Default,,0,0,0,,{\\pos(643.2,522.8)}Меч святого рыцаря",
        "0:04:20.00,0:04:22.00,Default,,0,0,0,,Ну как? Вкусно.",
        "0:24:28.80,0:24:30.22,Default,,0,0,0,,В следующей серии: «Грех спящего леса».",
        "0:24:30.30,0:24:33.31,Default,,0,0,0,,{\\fscx154\\pos(643.2,532.4)}Грех спящего леса",
    )
    (doc,) = parse_ass(data, 2.0)
    assert doc.text == (
        "Сказ о давних временах.\n\nМеч святого рыцаря\n\nНу как? Вкусно.\n\n"
        "В следующей серии: «Грех спящего леса»."
    )
    assert _removed(doc) == [("sign", "Грех спящего леса")]
