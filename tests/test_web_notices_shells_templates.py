"""A landing page's title in its ``<main>``'s ``<header>`` and a notice ``<aside>`` over it, a page
whose only text is a loading placeholder a script replaces, and a Jekyll source page (YAML front
matter, Liquid tags): the three Russian HTML pages of the twenty-eighth held-out check, rows 9, 10
and 11. Fixtures written for these tests; the expected values by hand."""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.base import FormatError
from sloika.pipelines.formats.web import parse_html

from conftest import removed_records

LANDING = """<!DOCTYPE html><html lang="ru"><head><title>Сводки погоды</title></head><body>
<nav class="nav"><a href="#features">Возможности</a> <a href="#install">Установка</a></nav>
<main class="wrap">
<aside style="padding:1rem">
<strong>Новая версия:</strong> единый сервер для всех станций описан в
<a href="deploy.md">инструкции по развёртыванию</a>.
Ниже сохранена страница прежнего выпуска.
</aside>
<header class="hero">
<h1 class="hero-title">Сводки погоды<span class="dim"> для метеостанций</span></h1>
<p class="hero-subtitle">Сервер собирает показания станций и строит сводки за сутки, неделю и месяц.</p>
<div class="hero-actions"><a class="btn btn-primary" href="#install">Установить</a></div>
</header>
<section id="features" class="section">
<h2>Что вы получаете</h2>
<p>Показания приходят раз в минуту и хранятся в одной базе, по станции на таблицу, сколько бы их ни было.</p>
<p>Сводки строятся по расписанию и выкладываются файлами, которые открывает любой браузер.</p>
</section>
<section id="install" class="section">
<h2>Установка</h2>
<p>Скачайте архив, распакуйте его в любой каталог и запустите сервер из этого каталога одной командой.</p>
</section>
</main>
<footer><p>Язык: Русский</p></footer>
</body></html>"""


def test_the_title_in_the_main_header_and_the_notice_over_it_stay():
    """The ``<h1>`` in the ``<header>`` of the page's ``<main>`` is the text's title, not a site's
    banner, and the ``<aside>`` of prose standing over it in ``<main>`` is a notice about the page:
    both are text (they went to ``removed`` as ``boilerplate``); the button stays out."""
    (parsed,) = parse_html(LANDING.encode())
    assert parsed.text == "\n\n".join(
        (
            "Новая версия: единый сервер для всех станций описан в инструкции по развёртыванию. "
            "Ниже сохранена страница прежнего выпуска.",
            "Сводки погоды для метеостанций",
            "Сервер собирает показания станций и строит сводки за сутки, неделю и месяц.",
            "Что вы получаете",
            "Показания приходят раз в минуту и хранятся в одной базе, по станции на таблицу, сколько бы их "
            "ни было.",
            "Сводки строятся по расписанию и выкладываются файлами, которые открывает любой браузер.",
            "Установка",
            "Скачайте архив, распакуйте его в любой каталог и запустите сервер из этого каталога одной "
            "командой.",
        )
    )
    headings = [
        (parsed.text[s.start : s.end], s.attrs["level"]) for s in parsed.spans if s.label == "heading"
    ]
    assert headings == [("Сводки погоды для метеостанций", 1), ("Что вы получаете", 2), ("Установка", 2)]
    assert ("navigation", "Установить") in removed_records(parsed)
    assert not any(
        label == "boilerplate" and "Сводки погоды" in text for label, text in removed_records(parsed)
    )


SIDEBAR = """<!DOCTYPE html><html lang="ru"><head><title>Статья</title></head><body>
<main>
<article>
<h1>Как хранить показания</h1>
<p>Показания приходят раз в минуту и хранятся в одной базе, по станции на таблицу, сколько бы их ни было.</p>
<p>Сводки строятся по расписанию и выкладываются файлами, которые открывает любой браузер.</p>
</article>
<aside><p>Подпишитесь на рассылку, чтобы получать новые статьи о погоде раз в неделю.</p></aside>
</main>
<header class="site"><h1>Сводки погоды</h1></header>
</body></html>"""


def test_an_aside_after_the_article_and_a_header_outside_main_stay_out():
    """An ``<aside>`` after the article's heading is a sidebar, not a notice over the page; a
    ``<header>`` outside ``<main>`` is the site's: neither comes into the text."""
    (parsed,) = parse_html(SIDEBAR.encode())
    assert parsed.text == "\n\n".join(
        (
            "Как хранить показания",
            "Показания приходят раз в минуту и хранятся в одной базе, по станции на таблицу, сколько бы их "
            "ни было.",
            "Сводки строятся по расписанию и выкладываются файлами, которые открывает любой браузер.",
        )
    )


SHELL = """<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Портфолио</title></head>
<body>
<div id="app">Загрузка...</div>
<script>window.$docsify = {name: 'Портфолио', homepage: 'README.md'};</script>
<script src="//unpkg.com/docsify/lib/docsify.min.js"></script>
</body></html>"""


def test_a_page_whose_only_text_is_a_loading_placeholder_has_no_main_text():
    """A single-page app's shell ("Загрузка..." in the ``<div>`` its script fills) has no text of its
    own: ``no_main_text``, the message saying that a script loads the content."""
    with pytest.raises(FormatError) as err:
        parse_html(SHELL.encode())
    assert err.value.reason == "no_main_text"
    assert "script" in err.value.detail


def test_a_short_text_ending_in_an_ellipsis_beside_prose_stays():
    """A line trailing off beside a paragraph of prose is the page's text, not a placeholder."""
    page = SHELL.replace(
        "Загрузка...</div>",
        "Загрузка...</div><p>Показания приходят раз в минуту и хранятся в одной базе данных.</p>",
    )
    (parsed,) = parse_html(page.encode())
    assert "Показания приходят" in parsed.text


JEKYLL = """---
layout: default
title: Главная
---
<section class="hero">
<h1>Поиск по архиву сводок.</h1>
<p class="subtitle">Архив хранит сводки всех станций за сорок лет и отвечает на запросы за секунды.</p>
<a href="{{ '/ru/start.html' | relative_url }}" class="btn">Начать</a>
</section>
<section class="features">
{% for feature in site.data.features %}
<div class="card"><h4>Быстрый поиск</h4>
<p>Индекс строится один раз и обновляется вместе с архивом, без остановки сервера.</p></div>
{% endfor %}
<p>Версия {{ site.version }} вышла весной, и с тех пор её поставили на сотни станций.</p>
</section>
"""


def test_a_jekyll_pages_front_matter_goes_to_fields_and_its_liquid_tags_out():
    """The YAML front matter at the file's start is metadata, as a Markdown page's (``title`` in
    ``fields.title``), not the text's first paragraph; Liquid tags in the text are template code,
    out of it and recorded as ``template_tag``."""
    (parsed,) = parse_html(JEKYLL.encode())
    assert parsed.fields["title"] == "Главная" and parsed.fields["layout"] == "default"
    assert parsed.text == "\n\n".join(
        (
            "Поиск по архиву сводок.",
            "Архив хранит сводки всех станций за сорок лет и отвечает на запросы за секунды.",
            "Быстрый поиск",
            "Индекс строится один раз и обновляется вместе с архивом, без остановки сервера.",
            "Версия вышла весной, и с тех пор её поставили на сотни станций.",
        )
    )
    templates = [text for label, text in removed_records(parsed) if label == "template_tag"]
    assert templates == ["{% for feature in site.data.features %}", "{% endfor %}", "{{ site.version }}"]


def test_liquid_in_code_stays():
    """A Liquid tag shown in a ``<pre>`` is the page's code, kept as written."""
    page = JEKYLL.replace("</section>\n<section", "<pre>{% include note.html %}</pre></section>\n<section", 1)
    (parsed,) = parse_html(page.encode())
    assert "{% include note.html %}" in parsed.text
