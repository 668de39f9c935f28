"""A sentence broken by hand at prose width goes on over its ``<br>`` whatever the next line opens
with; stanzas set as ``<div>``s inside a heading of prose stay paragraphs of their own; a broken
tag's remnant ``">`` at a block's start is no text (Russian HTML pages of the sixty-first check, row
9, and the sixty-second, rows 9 and 10). The pages are written here in those shapes; the expected
text is spelled out by hand."""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.web import parse_html

pytest.importorskip("trafilatura")

MONUMENTS = """<html lang="ru"><body><h1>Памятники</h1>
<h2>Танк Т-34</h2>
<p>этот памятник посвящён боевым заслугам вологжан во время Великой<br>
Отечественной Войны. Этот памятник был возведён в честь <br>30-летия победы
на улице Мира командой скульпторов под руководством Н.Г. Луценко.</p>
<h2>Контакты</h2>
<p>Музей города, отдел памятников<br>Вологда, ул. Мира, 18<br>8 (8172) 72-22-83</p>
</body></html>"""


def test_a_line_of_prose_width_without_a_stop_goes_on_over_capitals_and_digits():
    """A line of prose width ending mid-sentence went on only to a lower-case word: "Великой" /
    "Отечественной Войны" and "в честь" / "30-летия" read as lines; an address's short lines stay
    lines, its telephone number opening one."""
    (parsed,) = parse_html(MONUMENTS.encode())
    assert parsed.text == "\n\n".join(
        (
            "Памятники",
            "Танк Т-34",
            "этот памятник посвящён боевым заслугам вологжан во время Великой Отечественной Войны."
            " Этот памятник был возведён в честь 30-летия победы на улице Мира командой скульпторов"
            " под руководством Н.Г. Луценко.",
            "Контакты",
            "Музей города, отдел памятников\nВологда, ул. Мира, 18\n8 (8172) 72-22-83",
        )
    )


LONG_VERSE = """<html lang="ru"><body><h1>Стихи</h1>
<p>По вечерам над ресторанами горячий воздух дик и глух<br>
И правит окриками пьяными весенний и тлетворный дух<br>
Вдали над пылью переулочной над скукой загородных дач<br>
Чуть золотится крендель булочной и раздаётся детский плач</p>
</body></html>"""


def test_long_lines_of_verse_without_a_sentence_in_them_stay_lines():
    """Lines of verse past prose width, none with a stop, are a poem's: no sentence ends inside one,
    so they stay lines."""
    (parsed,) = parse_html(LONG_VERSE.encode())
    assert parsed.text.split("\n\n")[1].count("\n") == 3


STANZAS = """<html lang="ru"><body><div class="line"><h1>Евгений Баратынский</h1>
<h2><div class="b"><br>Весна, весна! Как воздух чист!<br>Как ясен небосклон!
<br>Своей лазурию живой<br>Слепит мне очи он.</div>
<div class="c"><br>Весна, весна! Как высоко,<br>На крыльях ветерка,
<br>Ласкаясь к солнечным лучам,<br>Летают облака!</div>
<div class="d"><br>Шумят ручьи! Блестят ручьи!<br>Взревев, река несет
<br>На торжествующем хребте<br>Поднятый ею лед!</div></h2></div></body></html>"""


def test_stanzas_as_divs_in_a_heading_stay_paragraphs():
    """A heading of prose holding a ``<div>`` a stanza was made one ``<p>``, and the stanzas ran
    together as one block; the browser shows each ``<div>`` a block of its own."""
    (parsed,) = parse_html(STANZAS.encode())
    assert parsed.text == "\n\n".join(
        (
            "Евгений Баратынский",
            "Весна, весна! Как воздух чист!\nКак ясен небосклон!\nСвоей лазурию живой\nСлепит мне очи он.",
            "Весна, весна! Как высоко,\nНа крыльях ветерка,\nЛаскаясь к солнечным лучам,\nЛетают облака!",
            "Шумят ручьи! Блестят ручьи!\nВзревев, река несет\nНа торжествующем хребте\nПоднятый ею лед!",
        )
    )


REMNANT = """<html lang="ru"><body><h1>Философия</h1><h2>Неомарксизм</h2>
<p>">История и авторы</p>
<p>Неомарксизм возник в середине XX века как развитие идей классического марксизма.</p>
<p>&quot;&gt; закрывает значение атрибута и сам тег в разметке страницы.</p>
</body></html>"""


def test_a_broken_tags_remnant_at_a_blocks_start_goes_written_brackets_stay():
    """The author's cut tag left «">» before a paragraph's text; the same characters written as
    entities are text the author meant."""
    (parsed,) = parse_html(REMNANT.encode())
    assert parsed.text == "\n\n".join(
        (
            "Философия",
            "Неомарксизм",
            "История и авторы",
            "Неомарксизм возник в середине XX века как развитие идей классического марксизма.",
            '"> закрывает значение атрибута и сам тег в разметке страницы.',
        )
    )
