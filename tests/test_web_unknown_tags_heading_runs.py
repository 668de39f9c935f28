"""Hand-written pages of check 59 (issue 15, row 11 and two pages not drawn): an article's intro set
in a custom ``<p1>`` cut as ``boilerplate``; a poem whose ``<p>``s lost the space before their
attribute ("<Palign=left>", each stanza nested in the one before) read as its last stanza alone; and
a scale written as eleven sibling ``<h3>``s, none ending in a stop, rejected as a title alone
(``no_main_text``). The pages are written here after theirs (their licences are not known); every
expected text is spelled out by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")


def parsed(body: str, title: str = "Страница"):
    from sloika.pipelines.formats.web import parse_html

    page = f'<html lang="ru"><head><title>{title}</title></head><body>{body}</body></html>'
    (doc,) = parse_html(page.encode())
    return doc


def removed(doc) -> list[tuple[str, str]]:
    return [(span.label, span.attrs["text"]) for span in doc.layers.get("removed", [])]


INTRO = (
    "Кошки умеют спать по шестнадцать часов в сутки. Одни люди любят кошек, другие собак.\n"
    "В этой статье мы расскажем о кошках несколько интересных фактов.\n"
    "Факты о кошках, которых вы не знали"
)
FACT_TEXTS = [
    "Кошка слышит звуки, которые человек не слышит совсем: её уши поворачиваются на звук.",
    "Усы помогают кошке понять, пролезет ли она в узкую щель. Это её измерительный прибор.",
    "Кошки видят в темноте в шесть раз лучше человека. Зато мелкие детали вблизи они различают плохо.",
    "Нос кошки уникален, как отпечаток пальца у человека. Двух одинаковых носов не бывает.",
    "Кошка может прыгнуть в высоту на пять своих ростов. Для этого ей хватает одного толчка задними лапами.",
    "Мурлыканье кошки звучит на частоте, которая помогает заживлению костей. Так считают некоторые учёные.",
]
FACTS = "".join(f"<p>{fact}</p>\n" for fact in FACT_TEXTS)


def test_a_custom_tag_holding_prose_is_a_paragraph() -> None:
    from sloika.pipelines.formats.web import parse_html

    page = (  # the page's own misspellings: "<idoctype html>", "<neta charset>", a <head> after the title
        '<idoctype html>\n<neta charset="utf-8">\n<title>Мир</title>\n<head><img src="cat.jpg"></head>\n'
        '<header><nav><ul><li><a href="index.html">Главная</a></li><li><a href="dogs.html">Собаки</a></li>'
        "</ul></nav><h1>Кошки</h1></header>\n"
        f"<body><h2>Удивительные факты о кошках</h2>\n<p1>{INTRO}\n</p1>\n{FACTS}</body>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text == (
        "Удивительные факты о кошках\n\n"
        "Кошки умеют спать по шестнадцать часов в сутки. Одни люди любят кошек, другие собак. "
        "В этой статье мы расскажем о кошках несколько интересных фактов. "
        "Факты о кошках, которых вы не знали\n\n" + "\n\n".join(FACT_TEXTS)
    )
    assert not any("спать" in text for _, text in removed(doc))


STANZAS = (
    "<Palign=left><I>Буря мглою небо кроет,</I><BR>\nВихри снежные крутя;<BR>\n"
    "То, как зверь, она завоет,<BR>\nТо заплачет, как дитя.</P>\n\n"
    "<Palign=left><I>То по кровле обветшалой</I><BR>\nВдруг соломой зашумит,<BR>\n"
    "То, как путник запоздалый,<BR>\nК нам в окошко застучит.</P>\n\n"
    "<P align=left>Наша ветхая лачужка<BR>\nИ печальна и темна.</P>\n\n"
    "<P align=right>А.С.Пушкин</P>"
)


def test_stanzas_in_misspelt_paragraph_tags_are_all_read() -> None:
    doc = parsed(STANZAS)
    assert doc.text == (
        "Буря мглою небо кроет,\nВихри снежные крутя;\nТо, как зверь, она завоет,\nТо заплачет, как дитя.\n\n"
        "То по кровле обветшалой\nВдруг соломой зашумит,\n"
        "То, как путник запоздалый,\nК нам в окошко застучит.\n\n"
        "Наша ветхая лачужка\nИ печальна и темна.\n\n"
        "А.С.Пушкин"
    )


ENTRIES = [
    "0-ты совсем не спишь",
    "1-ты спишь так мало что днём глаза закрываются сами",
    "2-ты спишь меньше пяти часов и просыпаешься уставшим",
    "3-ты спишь шесть часов и к вечеру очень устаёшь",
    "4-ты спишь семь часов самочувствие почти всегда хорошее",
    "5-ты спишь восемь часов и утром встаёшь легко",
]


def test_a_run_of_sibling_headings_is_the_pages_entries() -> None:
    entries = "\n".join(f'<h3>{entry}<i class="fas fa-check"></i></h3>' for entry in ENTRIES)
    doc = parsed(f'<h1>Сон</h1>\n<div class="wrapper">\n{entries}\n</div>', title="Сон")
    assert doc.text == "Сон\n\n" + "\n\n".join(ENTRIES)
    headings = [doc.text[span.start : span.end] for span in doc.spans if span.label == "heading"]
    assert headings == ["Сон"]


def test_a_run_of_short_headings_stays_headings() -> None:
    doc = parsed(
        "<h2>Введение</h2><h2>Методы</h2><h2>Итоги</h2>"
        "<p>Эта страница описывает опыт с растениями, поставленный весной этого года в саду.</p>"
    )
    headings = [doc.text[span.start : span.end] for span in doc.spans if span.label == "heading"]
    assert headings == ["Введение", "Методы", "Итоги"]
