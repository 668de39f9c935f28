"""HTML pages laid out with tables, page furniture and link hubs (issue 15, seventh held-out check,
findings 5 and 6: the Apache manual's index and its language bars). The pages are written here;
every expected text is spelled out by hand from the page."""

from __future__ import annotations

import pytest

from conftest import removed_records as removed

pytest.importorskip("trafilatura")

PROSE = (
    "<p>Сервер читает файлы настройки при запуске, поэтому после каждого изменения его нужно "
    "перезапустить, иначе новые значения не вступят в силу.</p>"
)


def parsed(body: str):
    from sloika.pipelines.formats.web import parse_html

    page = f'<html lang="ru"><head><title>Т</title></head><body><div id="content">{body}</div></body></html>'
    (doc,) = parse_html(page.encode())
    return doc


def labelled(doc, label: str) -> list[str]:
    return [doc.text[s.start : s.end] for s in doc.spans if s.label == label]


def test_headings_and_list_items_in_layout_table_cells_stay_blocks():
    """Two columns of a ``<table>``, each cell a ``<div>`` of an ``<h2>`` over a ``<ul>``: each heading
    is a ``heading`` span and each item a line of its own (it was one paragraph, cell by cell)."""
    doc = parsed(
        "<h1>Руководство</h1>" + PROSE + "<table><tr>"
        "<td><div><h2>Установка</h2><ul><li>Скачайте архив с сайта проекта.</li>"
        "<li>Распакуйте его в домашний каталог.</li></ul></div></td>"
        "<td><div><h2>Настройка</h2><ul><li>Откройте файл настройки в редакторе.</li></ul></div></td>"
        "</tr></table>"
    )
    assert doc.text == (
        "Руководство\n\n"
        "Сервер читает файлы настройки при запуске, поэтому после каждого изменения его нужно "
        "перезапустить, иначе новые значения не вступят в силу.\n\n"
        "Установка\n\n"
        "- Скачайте архив с сайта проекта.\n\n"
        "- Распакуйте его в домашний каталог.\n\n"
        "Настройка\n\n"
        "- Откройте файл настройки в редакторе."
    )
    assert labelled(doc, "heading") == ["Руководство", "Установка", "Настройка"]
    assert labelled(doc, "list_item") == [
        "- Скачайте архив с сайта проекта.",
        "- Распакуйте его в домашний каталог.",
        "- Откройте файл настройки в редакторе.",
    ]


def test_data_table_rows_stay_cells_joined():
    """A data table (no heading, no list in a cell) is still one line per row, cells joined by " | "."""
    doc = parsed(
        PROSE + "<table><tr><td>Порт</td><td>80</td></tr><tr><td>Каталог журналов</td>"
        "<td>/var/log/httpd</td></tr></table>"
    )
    assert "Порт | 80\n\nКаталог журналов | /var/log/httpd" in doc.text


LANGUAGES = (
    '<div class="{where}"><p><span>Языки: </span><a href="../de/a.html" hreflang="de">de</a> | '
    '<a href="../en/a.html" hreflang="en">en</a> | <a href="../ru/a.html">ru</a></p></div>'
)


def test_language_bar_breadcrumb_and_site_header_are_navigation_at_top_and_foot():
    """A page's header (its site name, a menu bar), a breadcrumb ("Главная > Документация", links with
    separators only) and a bar of links to the page in other languages (``hreflang``) at its top and
    its foot: each goes to ``removed`` as ``navigation``; the top language bar was kept as a
    paragraph under the title while the foot's was boilerplate."""
    from sloika.pipelines.formats.web import parse_html

    page = (
        '<html lang="ru"><head><title>Т</title></head><body>'
        '<div id="page-header"><p class="menu"><a href="m.html">Модули</a> | <a href="f.html">Вопросы</a></p>'
        '<p class="site">Сервер Пример</p></div>'
        '<div id="path"><a href="/">Главная</a> &gt; <a href="/doc/">Документация</a></div>'
        '<div id="content"><h1>Начало работы</h1>'
        + LANGUAGES.format(where="toplang")
        + PROSE
        + "<p>Журналы сервера лежат в отдельном каталоге, и их стоит просматривать после каждого "
        "перезапуска, чтобы вовремя заметить ошибки настройки.</p></div>"
        + LANGUAGES.format(where="bottomlang")
        + "</body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text == (
        "Начало работы\n\n"
        "Сервер читает файлы настройки при запуске, поэтому после каждого изменения его нужно "
        "перезапустить, иначе новые значения не вступят в силу.\n\n"
        "Журналы сервера лежат в отдельном каталоге, и их стоит просматривать после каждого "
        "перезапуска, чтобы вовремя заметить ошибки настройки."
    )
    assert sorted(removed(doc)) == [
        ("navigation", "Главная > Документация"),
        ("navigation", "Модули | Вопросы"),
        ("navigation", "Сервер Пример"),
        ("navigation", "Языки: de | en | ru"),
        ("navigation", "Языки: de | en | ru"),
    ]


def test_links_in_a_sentence_list_are_no_bar():
    """Two links joined by a comma and a word are a sentence's words, not a bar: kept."""
    doc = parsed(PROSE + '<p><a href="perl.html">Perl</a>, <a href="py.html">Python</a> и другие языки.</p>')
    assert doc.text.endswith("Perl, Python и другие языки.")


HUB = (
    "<h1>Документация</h1><table><tr>"
    '<td><div><h2>Установка</h2><ul><li><a href="install.html">Сборка и установка</a></li>'
    '<li><a href="start.html">Запуск и остановка</a></li></ul></div></td>'
    '<td><div><h2>Настройка</h2><ul><li><a href="conf.html">Файлы настройки</a></li>'
    '<li><a href="logs.html">Журналы</a></li></ul></div></td></tr></table>'
)


def test_a_page_of_headings_over_lists_of_links_is_rejected_no_main_text():
    """The Apache manual's index: headings, each over a list of links to other pages, nothing else.
    Like a page that is a title alone, it is rejected ``no_main_text`` (it was kept as one paragraph
    of link labels)."""
    from sloika.pipelines.formats.base import FormatError

    with pytest.raises(FormatError) as raised:
        parsed(HUB)
    assert raised.value.reason == "no_main_text"


def test_links_with_words_of_their_own_or_beside_prose_are_kept():
    """A list item with words around its link is text, and a page with a paragraph of prose besides
    its link lists is no hub: both kept, the link labels as lines."""
    described = parsed(
        "<h1>Модули</h1><ul>"
        '<li><a href="ssl.html">mod_ssl</a> — шифрование соединений по протоколу TLS</li>'
        '<li><a href="log.html">mod_log_config</a> — настройка формата журнала запросов</li></ul>'
    )
    assert described.text == (
        "Модули\n\n"
        "- mod_ssl — шифрование соединений по протоколу TLS\n\n"
        "- mod_log_config — настройка формата журнала запросов"
    )
    with_prose = parsed(HUB + PROSE)
    assert with_prose.text.startswith(
        "Документация\n\nУстановка\n\n- Сборка и установка\n\n- Запуск и остановка\n\n"
    )


NOTICE = '<div class="{where}"><p>Эта страница переведена с английского; перевод мог устареть.</p></div>'
SECOND = (
    "<p>Журналы сервера лежат в отдельном каталоге, и их стоит просматривать после каждого "
    "перезапуска, чтобы вовремя заметить ошибки настройки.</p>"
)


def test_a_block_repeated_at_the_top_and_the_foot_is_boilerplate_both_times():
    """A notice (no links) under the title and again below the main text: trafilatura left the foot's
    copy out and kept the top's; both now go to ``removed`` as ``boilerplate``."""
    from sloika.pipelines.formats.web import parse_html

    page = (
        '<html lang="ru"><head><title>Т</title></head><body><div id="content"><h1>Начало работы</h1>'
        + NOTICE.format(where="top")
        + PROSE
        + SECOND
        + "</div>"
        + NOTICE.format(where="bottom")
        + "<div id='footer'><p>Copyright 2026 Пример.</p></div></body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text == (
        "Начало работы\n\n"
        "Сервер читает файлы настройки при запуске, поэтому после каждого изменения его нужно "
        "перезапустить, иначе новые значения не вступят в силу.\n\n"
        "Журналы сервера лежат в отдельном каталоге, и их стоит просматривать после каждого "
        "перезапуска, чтобы вовремя заметить ошибки настройки."
    )
    assert sorted(removed(doc)) == [
        ("boilerplate", "Copyright 2026 Пример."),
        ("boilerplate", "Эта страница переведена с английского; перевод мог устареть."),
        ("boilerplate", "Эта страница переведена с английского; перевод мог устареть."),
    ]


def test_a_paragraph_whose_words_recur_inside_a_longer_footer_text_stays():
    """Only a repeat of a whole element counts: a short paragraph whose words the footer's sentence
    holds among others is no repeat."""
    from sloika.pipelines.formats.web import parse_html

    page = (
        '<html lang="ru"><head><title>Т</title></head><body><div id="content"><h1>Начало работы</h1>'
        "<p>Сервер нужно перезапустить.</p>"
        + PROSE
        + SECOND
        + "</div><div id='footer'><p>Помните: сервер нужно перезапустить. Copyright 2026 Пример.</p></div>"
        "</body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text.startswith("Начало работы\n\nСервер нужно перезапустить.\n\n")


def test_bullet_cell_beside_text_cell_rows_are_list_items():
    """A hand-written help page's tips, a row each: a bullet ("&#149;", or a small image) in one cell,
    the tip in the next. Each tip is a list item, no "• |" before it (fourteenth check, rows 7–8)."""
    doc = parsed(
        PROSE + '<table border="0"><tr valign="top"><td><p>&#149;</p></td>'
        "<td><p>Если каталог не содержит нужной мебели, импортируйте её из внешней библиотеки.</p></td></tr>"
        '<tr><td><img src="dot.png" width="8" height="8"></td>'
        "<td>Двери и окна сами делают проёмы в стенах, на которые их ставят.</td></tr></table>"
    )
    tips = [
        "- Если каталог не содержит нужной мебели, импортируйте её из внешней библиотеки.",
        "- Двери и окна сами делают проёмы в стенах, на которые их ставят.",
    ]
    assert doc.text == (
        "Сервер читает файлы настройки при запуске, поэтому после каждого изменения его нужно "
        "перезапустить, иначе новые значения не вступят в силу.\n\n" + "\n\n".join(tips)
    )
    assert labelled(doc, "list_item") == tips


def test_one_cell_layout_table_keeps_its_paragraphs_and_captions_in_place():
    """The page's main text in one table cell: its paragraphs (``<p>``, a blank ``<br><br>``) stay
    apart, a figure set as a table of its image over its caption keeps the caption after the image,
    before the next paragraph, and a tool icon's caption stays (they ran together, and the captions
    moved after the cell's text; fourteenth check, rows 7–8)."""
    doc = parsed(
        '<table width="100%"><tr><td>'
        "<p>Каждый дом создаётся одноуровневым, но можно добавить и другие уровни через меню План.</p>"
        '<table align="center"><tr><td><img src="level.png" alt="Adding levels" width="416" height="234">'
        "</td></tr>"
        "<tr><td>На новом уровне стены предыдущего уровня показаны светлым цветом.</td></tr></table>"
        "<p>Стены нижнего уровня помогают найти нужное место.<br><br>Их можно скопировать и вставить.</p>"
        '<blockquote><p><img src="tool.png" alt="Add to home tool" width="24" height="24">&nbsp;'
        "Инструмент <i>добавить к плану</i></p></blockquote>"
        "<p>При добавлении уровня трёхмерный вид не меняется, пока на нём ничего нет.</p>"
        "</td></tr></table>"
    )
    assert doc.text == (
        "Каждый дом создаётся одноуровневым, но можно добавить и другие уровни через меню План.\n\n"
        "На новом уровне стены предыдущего уровня показаны светлым цветом.\n\n"
        "Стены нижнего уровня помогают найти нужное место.\n\n"
        "Их можно скопировать и вставить.\n\n"
        "Инструмент добавить к плану\n\n"
        "При добавлении уровня трёхмерный вид не меняется, пока на нём ничего нет."
    )
    (figure,) = [span for span in doc.spans if span.label == "figure"]
    assert doc.text[: figure.start].endswith("меню План.\n\n")
    assert doc.text[figure.start :].startswith("На новом уровне")
    assert removed(doc) == [("image", "Add to home tool")]  # the tool's icon


def test_numbered_step_tables_are_list_items_with_their_numbers():
    """Apple Help's task template: each step a one-row table, its number in the first cell; an
    unclosed ``<td>`` leaves an empty cell after the text. Each step is a list item opening with its
    number ("1. | Откройте…" before)."""
    step = (
        '<table border="0" cellpadding="4"><tr valign="top"><td width="16"><p>{n}.</p></td>'
        "<td><p>{text}</p></td><td> </td></tr></table>"
    )
    doc = parsed(
        PROSE
        + step.format(n=1, text="Откройте документ, который нужно сверстать.")
        + step.format(n=2, text="Выберите пункт «Вёрстка» в меню проекта.")
    )
    steps = ["1. Откройте документ, который нужно сверстать.", "2. Выберите пункт «Вёрстка» в меню проекта."]
    assert doc.text.endswith("вступят в силу.\n\n" + "\n\n".join(steps))
    assert labelled(doc, "list_item") == steps


def test_a_bullet_column_beside_several_data_cells_stays_a_table():
    """A bullet before a name, an arrow and a value is a data table's row, not a list item."""
    doc = parsed(
        PROSE + "<table><tr><td>&bull;</td><td>CLUB</td><td>&harr;</td><td>трефы</td></tr>"
        "<tr><td>&bull;</td><td>HEART</td><td>&harr;</td><td>червы</td></tr></table>"
    )
    assert doc.text.endswith("• | CLUB | ↔ | трефы\n\n• | HEART | ↔ | червы")
    assert labelled(doc, "list_item") == []
