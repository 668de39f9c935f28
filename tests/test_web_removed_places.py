"""What the HTML reader takes out of a page before extraction (navigation, contents lists, credits,
licence notices) and what trafilatura leaves out (``boilerplate``) is recorded in ``removed`` where
it stood, as the other readers record their cuts: a zero-width span at the start of the first kept
block after it, at the text's end after the last. They all stood at offset 0, so a cut could not be
read back in its context (issue 15). The page is written here; every expected offset is spelled
out by hand from its text."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

PAGE = """<html lang="ru"><head><title>Сборка пакета</title></head><body>
<div class="navheader"><a accesskey="p" href="prev.html">Пред.</a>
<a accesskey="n" href="next.html">След.</a></div>
<div class="chapter">
<h1 class="title">Сборка пакета</h1>
<div class="authorgroup"><div class="author"><h3 class="author">Иван Петров</h3></div></div>
<div class="legalnotice"><p>Разрешается копировать и распространять этот документ на условиях
лицензии GNU GPL версии 2 или более поздней.</p></div>
<p>Сборка начинается с распаковки исходного кода в отдельный каталог, где лежат все файлы пакета.</p>
<div class="toc"><p><b>Содержание</b></p><dl><dt><a href="#s1">1. Подготовка</a></dt>
<dt><a href="#s2">2. Проверка</a></dt></dl></div>
<p>This paragraph was never translated and stays in English, so the reader cuts it from the page.</p>
<h2 id="s1">1. Подготовка</h2>
<p>Перед сборкой установите все зависимости, перечисленные в управляющем файле пакета.</p>
<h2 id="s2">2. Проверка</h2>
<p>После сборки проверьте пакет программой lintian и исправьте найденные ею ошибки.</p>
</div>
<div class="navfooter"><a accesskey="u" href="index.html">Начало</a>
<a accesskey="n" href="next.html">След.</a></div>
</body></html>"""
TITLE = "Сборка пакета\n\n"
FIRST = "Сборка начинается с распаковки исходного кода в отдельный каталог, где лежат все файлы пакета.\n\n"
TEXT = (
    f"{TITLE}{FIRST}"
    "1. Подготовка\n\n"
    "Перед сборкой установите все зависимости, перечисленные в управляющем файле пакета.\n\n"
    "2. Проверка\n\n"
    "После сборки проверьте пакет программой lintian и исправьте найденные ею ошибки."
)


def test_what_leaves_the_page_is_recorded_where_it_stood():
    """The prev/next bar over the page stands where the text starts; the credits and the licence
    notice under the title before the first paragraph; the contents list, taken out right before
    the English paragraph the foreign cut took, where that cut stands (the next kept heading); the
    bar under the page at the text's end."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(PAGE.encode())
    assert doc.text == TEXT
    after_title, section, end = len(TITLE), len(TITLE) + len(FIRST), len(TEXT)
    records = [(s.label, s.attrs["text"][:24], s.start, s.end) for s in doc.layers["removed"]]
    assert records == [
        ("navigation", "Пред. След.", 0, 0),
        ("credits", "Иван Петров", after_title, after_title),
        ("legal_notice", "Разрешается копировать и", after_title, after_title),
        ("foreign_paragraph", "This paragraph was never", section, section),
        ("navigation", "Содержание 1. Подготовка", section, section),
        ("navigation", "Начало След.", end, end),
    ]


INLINE_CUT = (
    '<html lang="ru"><body><h1>Звук</h1><p>Громкость сигнала задаётся в меню <span class="switchinline">'
    '<span hidden="true" class="MAC">Офис - Настройки</span><span hidden="true">Сервис - Настройки</span>'
    "</span> - Звук, и там же его можно выключить совсем.</p>"
    "<p>Сигнал подаётся динамиком компьютера и длится долю секунды, поэтому его легко пропустить.</p>"
    "</body></html>"
)


def test_what_is_cut_from_inside_a_paragraph_is_recorded_inside_it():
    """LibreOffice's hidden variant of a menu path ("Офис - Настройки" beside the default "Сервис -
    Настройки") is cut from the middle of its sentence: its record stands where it stood, before the
    default, not at the start of the next paragraph (offset 105)."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(INLINE_CUT.encode())
    assert doc.text == (
        "Звук\n\nГромкость сигнала задаётся в меню Сервис - Настройки - Звук, и там же его можно выключить "
        "совсем.\n\nСигнал подаётся динамиком компьютера и длится долю секунды, поэтому его легко пропустить."
    )
    [record] = doc.layers["removed"]
    assert (record.label, record.attrs["text"]) == ("variant", "Офис - Настройки")
    assert record.start == len("Звук\n\nГромкость сигнала задаётся в меню ")  # 40
