"""Lines set apart by single ``<br>`` without bold labels, arrows to the previous, upper and next
page set as images, and a page in its declared windows-1251 (issue 15, left by the twenty-second
check's fixes, and the Russian HTML pool of html18): an address block and a poem keep their lines;
image-only links in a bar go with the navigation, their alt texts in its record; Amaya's cp1251
manual reads in Russian. The pages are written here in those shapes; the expected text is spelled
out by hand."""

from __future__ import annotations

import pytest

from conftest import removed_records

pytest.importorskip("trafilatura")

LINES_PAGE = (
    '<html lang="ru"><head><meta charset="utf-8"><title>Контакты</title></head><body>'
    "<h1>Контакты редакции</h1>"
    "<p>Мы рады письмам читателей и отвечаем на каждое из них в течение недели после получения.</p>"
    "<p>Редакция журнала «Наука и жизнь»<br>Москва, ул. Мясницкая, 24<br>"
    "Телефон: 8 (495) 123-45-67<br>Почта: info@example.org</p>"
    "<h2>Стихотворение</h2>"
    "<p>Я помню чудное мгновенье:<br>Передо мной явилась ты,<br>Как мимолётное виденье,<br>"
    "Как гений чистой красоты.</p>"
    "<p>Это длинная строка текста, которая переносится вручную<br>"
    "и продолжается на следующей строке с маленькой буквы.</p>"
    "</body></html>"
)


def test_lines_apart_by_single_breaks_stay_lines_without_bold_labels():
    """Each ``<br>`` of the address and of the poem ends a line of its paragraph; one before a line
    going on in lower case is a space."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(LINES_PAGE.encode())
    assert doc.text == (
        "Контакты редакции\n\n"
        "Мы рады письмам читателей и отвечаем на каждое из них в течение недели после получения.\n\n"
        "Редакция журнала «Наука и жизнь»\nМосква, ул. Мясницкая, 24\n"
        "Телефон: 8 (495) 123-45-67\nПочта: info@example.org\n\n"
        "Стихотворение\n\n"
        "Я помню чудное мгновенье:\nПередо мной явилась ты,\nКак мимолётное виденье,\n"
        "Как гений чистой красоты.\n\n"
        "Это длинная строка текста, которая переносится вручную и продолжается на следующей строке "
        "с маленькой буквы."
    )


ARROWS_PAGE = (
    '<html lang="ru"><head><meta charset="utf-8"><title>Установка</title></head><body>'
    '<table width="100%"><tr><td><a href="ch1.html"><img src="prev.png" alt="Назад"></a></td>'
    '<td><a href="index.html"><img src="up.png" alt="Наверх"></a></td>'
    '<td><a href="ch3.html"><img src="next.png" alt="Вперёд"></a></td></tr></table>'
    "<h1>Глава 2. Установка</h1>"
    "<p>Программа устанавливается из пакета дистрибутива или собирается из исходного кода.</p>"
    '<div class="body"><p>После установки запустите программу из меню приложений и откройте файл.</p>'
    '<p><a href="ch1.html"><img src="left.gif" alt="&larr;"></a> | '
    '<a href="ch3.html"><img src="right.gif" alt="Next"></a></p>'
    '<p><a href="shot.png"><img src="shot-small.png" alt="Окно программы"></a></p></div>'
    "<p>Подробнее о настройке рассказано в следующей главе руководства.</p>"
    "</body></html>"
)


def test_arrow_images_in_links_go_with_the_navigation():
    """The bar of arrows over the title and the one inside the text's ``<div>`` go to ``removed`` as
    ``navigation`` with their alt texts, not as ``image`` records; a thumbnail linked to its image
    file is no arrow and stays an ``image`` record."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(ARROWS_PAGE.encode())
    assert doc.text == (
        "Глава 2. Установка\n\n"
        "Программа устанавливается из пакета дистрибутива или собирается из исходного кода.\n\n"
        "После установки запустите программу из меню приложений и откройте файл.\n\n"
        "Подробнее о настройке рассказано в следующей главе руководства."
    )
    records = removed_records(doc)
    assert ("navigation", "Назад Наверх Вперёд") in records
    assert ("navigation", "← | Next") in records
    assert ("image", "Окно программы") in records
    assert not [text for label, text in records if label == "image" and text != "Окно программы"]


def test_a_break_in_a_table_cell_stays_a_space_but_a_headings_parts_its_lines():
    """A ``<br>`` inside a table's cell is a space: the row is one line of cells. One inside a
    heading parts its lines as the page shows them (issue-web64: a title over its subtitle read as
    one line, "…и их спутников Плюсы и минусы")."""
    from sloika.pipelines.formats.web import parse_html

    page = (
        '<html lang="ru"><body><h1>Первая строка<br>Вторая строка</h1>'
        "<p>Обычный абзац текста, в котором достаточно слов для того, чтобы страница была прочитана.</p>"
        "<table><tr><td>Ячейка<br>Вторая</td><td>Другая ячейка</td></tr></table></body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text == (
        "Первая строка\nВторая строка\n\n"
        "Обычный абзац текста, в котором достаточно слов для того, чтобы страница была прочитана.\n\n"
        "Ячейка Вторая | Другая ячейка"
    )


CP1251_PAGE = (
    '<?xml version="1.0" encoding="windows-1251"?>\n'
    '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />'
    "<title>О директории конфигурации</title></head><body>"
    "<h1>О директории конфигурации</h1>"
    "<p>Программа хранит пользовательские настройки и другие файлы конфигурации в домашней "
    "директории. Её местоположение можно переназначить переменной окружения.</p>"
    "</body></html>"
)


def test_a_page_in_its_declared_windows_1251_is_read_in_it():
    """A page whose bytes are windows-1251, as it declares, reads in Russian (it read as one
    replacement character a letter); the same page re-saved in UTF-8 under the old declaration
    reads the same."""
    from sloika.pipelines.formats.web import parse_html

    expected = (
        "О директории конфигурации\n\n"
        "Программа хранит пользовательские настройки и другие файлы конфигурации в домашней "
        "директории. Её местоположение можно переназначить переменной окружения."
    )
    (legacy,) = parse_html(CP1251_PAGE.encode("cp1251"))
    (resaved,) = parse_html(CP1251_PAGE.encode("utf-8"))
    assert legacy.text == expected
    assert resaved.text == expected


TEASERS_PAGE = (
    '<html lang="ru"><head><meta charset="utf-8"><title>Стихи классиков</title></head><body>'
    '<div id="content"><div class="node"><h2><a href="/poems/a">Стихи о любви.</a></h2>'
    '<div class="poem"><div class="poem-name">Дождь в лицо и ключицы...</div>'
    '<div class="poem-text">Дождь в лицо и ключицы,<br />\nИ над мачтами гром.<br />\n'
    "Ты со мной приключился,<br />\nСловно шторм с кораблём.\n"
    "<p>То ли будет, другое...<br />\nЯ и знать не хочу -<br />\nРазобьюсь ли о горе,<br />\n"
    "Или в счастье влечу.</p></div></div></div>"
    '<h2 class="element-invisible">Страницы</h2><div class="item-list"><ul class="pager">'
    '<li class="pager-current first">1</li><li><a href="/node?page=1">2</a></li>'
    '<li><a href="/node?page=2">3</a></li>'
    '<li class="pager-next"><a href="/node?page=1">следующая ›</a></li></ul></div></div>'
    "</body></html>"
)


def test_a_poems_first_stanza_before_its_paragraphs_is_kept():
    """The first stanza, set as the ``<div>``'s own lines before its ``<p>`` stanzas, is a paragraph
    of the text (it went to ``removed`` as ``boilerplate``), its lines kept; the pager under the
    teasers is navigation."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(TEASERS_PAGE.encode())
    assert doc.text == (
        "Стихи о любви.\n\n"
        "Дождь в лицо и ключицы...\n\n"
        "Дождь в лицо и ключицы,\nИ над мачтами гром.\nТы со мной приключился,\nСловно шторм с кораблём.\n\n"
        "То ли будет, другое...\nЯ и знать не хочу -\nРазобьюсь ли о горе,\nИли в счастье влечу."
    )
    assert ("navigation", "1 2 3 следующая ›") in removed_records(doc)


def test_visually_hidden_text_is_no_text_of_the_page():
    """Words a generator hides for screen readers (Drupal's ``element-invisible`` after a "read more"
    link, over the pager) go to ``removed`` as ``hidden``; the visible words stay, but for the "read
    more" link closing its paragraph, which is ``navigation``."""
    from sloika.pipelines.formats.web import parse_html

    page = (
        '<html lang="ru"><body><h2 class="element-invisible">Главное меню</h2>'
        "<h1>Новости библиотеки</h1>"
        "<p>Библиотека открыла новый читальный зал для студентов и преподавателей университета. "
        '<a href="/news/1">Подробнее<span class="element-invisible"> о новом читальном зале</span></a></p>'
        '<p>Зал работает по будням с девяти утра до восьми вечера.<span class="sr-only"> (конец '
        "новости)</span></p></body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text == (
        "Новости библиотеки\n\n"
        "Библиотека открыла новый читальный зал для студентов и преподавателей университета.\n\n"
        "Зал работает по будням с девяти утра до восьми вечера."
    )
    records = removed_records(doc)
    assert ("hidden", "Главное меню") in records
    assert ("hidden", "о новом читальном зале") in records
    assert ("hidden", "(конец новости)") in records
    assert ("navigation", "Подробнее") in records
