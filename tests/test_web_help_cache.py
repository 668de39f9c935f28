"""KDE help caches, DocBook entries holding a table, button links (issue 15, fifteenth held-out check,
rows 7 and 9: konsole's Russian help cache and a hand-written church site). The pages are written here
in the shapes those files have; every expected text is spelled out by hand from the page."""

from __future__ import annotations

import pytest

from conftest import build_checked, removed_records, rows

pytest.importorskip("trafilatura")

FOOTER = (
    '<div id="footer"><div id="footer_text">Вам есть что добавить на эту страницу?<br>Напишите '
    '<a href="mailto:kde-doc-english@kde.org" class="footer_email">команде документации KDE</a>'
    "</div></div></div></body></html>"
)


def _head(title: str, header: str, prev: str, next_: str) -> str:
    """A KDE DocBook page's opening: title, the header's short title, the prev/next bar."""
    return (
        f'<html><head><title>{title}</title></head><body><div id="content"><div id="header">'
        f'<div id="header_content"><div id="header_left"><div id="header_right">{header}</div></div>'
        '</div></div><div class="navCenter"><table class="navigation"><tr>'
        f'<td class="prevCell"><a accesskey="p" href="{prev}">Пред.</a></td><td class="upCell"> </td>'
        f'<td class="nextCell"><a accesskey="n" href="{next_}">След.</a></td></tr></table></div>'
        '<div id="contentBody">'
    )


# meinproc's cache: every page between <FILENAME> marks, a chapter's section pages nested inside the
# chapter page before its own closing tags and footer, the chapters inside the title page.
CACHE = (
    '<FILENAME filename="index.html">'
    + _head("Руководство пользователя Примера", "Руководство пользователя Примера", "", "intro.html")
    + '<div class="book"><div class="titlepage"><h1 class="title">Руководство пользователя Примера</h1>'
    '</div><div class="toc"><p><b>Содержание</b></p><dl class="toc"><dt><span class="chapter">'
    '<a href="intro.html">1. Введение</a></span></dt><dd><dl><dt><span class="sect1">'
    '<a href="terms.html">Термины</a></span></dt></dl></dd></dl></div>'
    '<FILENAME filename="intro.html">'
    + _head("Глава 1. Введение", "Введение", "index.html", "terms.html")
    + '<div class="chapter"><div class="titlepage"><h1 class="title">Глава 1. Введение</h1></div>'
    "<p>Пример — это программа для просмотра каталогов, которая показывает их содержимое в виде "
    "дерева и позволяет быстро переходить между ними.</p>"
    '<FILENAME filename="terms.html">'
    + _head("Термины", "Термины", "intro.html", "index.html")
    + '<div class="sect1"><div class="titlepage"><h2 class="title">Термины</h2></div>'
    "<p>Каталогом здесь называется любая папка файловой системы, в том числе скрытая или "
    "подключённая по сети.</p></div></div>" + FOOTER + "</FILENAME>"
    "</div></div>" + FOOTER + "</FILENAME>"
    "</div></div>" + FOOTER + "</FILENAME>\n"
)


def test_cache_pages_are_split_with_nested_pages_left_out():
    from sloika.pipelines.formats.kde_cache import cache_pages, is_help_cache

    pages = cache_pages(CACHE.encode())
    assert is_help_cache(CACHE.encode())
    assert not is_help_cache(b"<html><body><p>FILENAME</p></body></html>")
    assert [page.filename for page in pages] == ["index.html", "intro.html", "terms.html"]
    intro = pages[1].html.decode()
    assert intro.startswith("<html><head><title>Глава 1. Введение</title>")
    assert "Термины" not in intro  # the nested page is its own
    assert intro.endswith("</div></div>" + FOOTER)  # the chapter's closing tags after its nested page
    assert pages[2].html.decode().endswith("</div></div>" + FOOTER)


def test_help_cache_is_one_document_per_page_its_title_once():
    """Each page read as its own: the chapter title once (the nested pages' titles and headers made
    every title twice), the contents page rejected on its own, each page named in ``fields.page``."""
    from sloika.pipelines.formats.base import Failed
    from sloika.pipelines.formats.web import parse_html

    index, intro, terms = parse_html(CACHE.encode())
    assert isinstance(index, Failed) and index.reason == "no_main_text"
    assert index.position == 0 and index.detail.startswith("index.html: ")
    assert (intro.position, intro.fields) == (1, {"page": "intro.html"})
    assert intro.text == (
        "Глава 1. Введение\n\n"
        "Пример — это программа для просмотра каталогов, которая показывает их содержимое в виде "
        "дерева и позволяет быстро переходить между ними."
    )
    assert (terms.position, terms.fields) == (2, {"page": "terms.html"})
    assert terms.text == (
        "Термины\n\n"
        "Каталогом здесь называется любая папка файловой системы, в том числе скрытая или "
        "подключённая по сети."
    )
    assert ("boilerplate", "Вам есть что добавить на эту страницу? Напишите команде документации KDE") in (
        removed_records(terms)
    )


def test_help_cache_pages_are_documents_of_the_build(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "index.cache.html").write_text(CACHE, encoding="utf-8")
    corpus = build_checked(tmp_path / "out", [tmp_path / "in"])
    pages = rows(corpus, "SELECT json_extract_string(metadata, '$.fields.page') FROM documents ORDER BY 1")
    assert pages == [("intro.html",), ("terms.html",)]
    assert rows(corpus, "SELECT reason FROM rejected") == [("no_main_text",)]


# konsole's "Правка → Отправить сигнал": a variable list entry whose definition holds a paragraph, a
# table and a paragraph after it. In a page with DocBook's content frame, trafilatura gave the entry
# as its paragraphs and the table's bare cells; the paragraphs were lost and the rows hung under the
# entry before.
ENTRIES = (
    '<html><head><title>Меню</title></head><body><div id="content"><div id="contentBody">'
    '<div class="chapter"><div class="sect1"><h2 class="title">Меню «Правка»</h2>'
    '<div class="variablelist"><dl class="variablelist">'
    '<dt><span class="term">Правка → Копировать</span></dt>'
    "<dd><p>Копирует выделенный текст в буфер обмена.</p></dd>"
    '<dt><span class="term">Правка → Отправить сигнал</span></dt>'
    "<dd><p>Отправляет заданный сигнал процессу оболочки.</p><p>Сигналы, доступные сейчас:</p>"
    '<div class="informaltable"><table class="informaltable" border="1"><thead><tr><th>Сигнал</th>'
    "<th>Действие</th></tr></thead><tbody>"
    '<tr><td><span class="errorcode">STOP</span></td><td>приостановить процесс</td></tr>'
    '<tr><td><span class="errorcode">CONT</span></td><td>возобновить процесс</td></tr></tbody></table>'
    "</div><p>Подробно об этом рассказано на странице <code>man 7 signal</code>.</p></dd>"
    '<dt><span class="term">Правка → Вставить</span></dt>'
    "<dd><p>Вставляет текст из буфера обмена в место курсора.</p></dd>"
    "</dl></div></div></div></div></div></body></html>"
)


def test_definition_holding_a_table_keeps_its_term_and_paragraphs():
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(ENTRIES.encode())
    assert doc.text == (
        "Меню «Правка»\n\n"
        "Правка → Копировать\n\n"
        "Копирует выделенный текст в буфер обмена.\n\n"
        "Правка → Отправить сигнал\n\n"
        "Отправляет заданный сигнал процессу оболочки.\n\n"
        "Сигналы, доступные сейчас:\n\n"
        "Сигнал | Действие\n\n"
        "STOP | приостановить процесс\n\n"
        "CONT | возобновить процесс\n\n"
        "Подробно об этом рассказано на странице man 7 signal.\n\n"
        "Правка → Вставить\n\n"
        "Вставляет текст из буфера обмена в место курсора."
    )
    assert not [record for record in removed_records(doc) if record[0] == "boilerplate"]
    entries = [doc.text[s.start : s.end] for s in doc.spans if s.label == "list_item"]
    assert entries[1].startswith("Правка → Отправить сигнал\n\n")
    assert entries[1].endswith("man 7 signal.")


def _site(hero: str) -> bytes:
    return (
        '<html lang="ru"><head><title>Храм</title></head><body><header class="site-header"><nav><ul>'
        '<li><a href="news/">Новости</a></li><li><a href="o-nas/">О нас</a></li></ul></nav></header>'
        f'<main class="container"><section class="hero-cover"><div class="hero-content">{hero}</div>'
        '</section><section class="section-white"><h2>Приветствуем вас</h2><p>Добро пожаловать на '
        "сайт нашей церкви! Здесь вы найдёте расписание богослужений, новости прихода и сведения о "
        "воскресной школе для детей и взрослых.</p></section></main></body></html>"
    ).encode()


def test_button_link_alone_in_a_hero_block_is_navigation():
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(
        _site('<h1>Храм Святого Александра Невского</h1><a href="o-nas/" class="btn-primary">О нас</a>')
    )
    assert doc.text == (
        "Храм Святого Александра Невского\n\n"
        "Приветствуем вас\n\n"
        "Добро пожаловать на сайт нашей церкви! Здесь вы найдёте расписание богослужений, новости "
        "прихода и сведения о воскресной школе для детей и взрослых."
    )
    assert ("navigation", "О нас") in removed_records(doc)


def test_button_link_inside_a_sentence_stays():
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(
        _site(
            "<h1>Храм Святого Александра Невского</h1><p>Расписание на неделю можно "
            '<a class="btn btn-link" href="r/">скачать здесь</a> в виде таблицы.</p>'
        )
    )
    assert "Расписание на неделю можно скачать здесь в виде таблицы." in doc.text


SCREENSHOT_PAGE = (
    '<html lang="ru"><head><title>Навигация</title></head><body><div class="sect1"><h2>Навигация</h2>'
    "<p>Программа запоминает историю просмотра папок. Для перемещения по ней служат кнопки на панели "
    "инструментов:</p>"
    '<div class="screenshot"><div class="mediaobject"><img src="toolbar-navigation.png" '
    'alt="Кнопки «Назад» и «Вперёд» на панели инструментов."><div class="caption"><p>Кнопки '
    '<span class="guibutton">Назад</span> и <span class="guibutton">Вперёд</span> на панели инструментов '
    "используются для перехода по истории.</p></div></div></div>"
    "<p>Щелчок средней кнопкой мыши открывает папку в новой вкладке, не закрывая текущую.</p>"
    "</div></body></html>"
)


def test_a_docbook_screenshot_is_a_figure_with_its_caption():
    """A KDE manual's screenshot (dolphin's, fifteenth check): DocBook sets the caption under the
    image in ``<div class="caption">``, and it says again what the alt text says. The image was taken
    for an icon labelling that text (no figure) and the caption went to ``removed`` as
    ``boilerplate``; it is the figure's ``caption``, and its record says so (``caption``), as a
    ``<figcaption>``'s does. The text is the page's two paragraphs, as before."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(SCREENSHOT_PAGE.encode())
    lead_in = (
        "Программа запоминает историю просмотра папок. Для перемещения по ней служат кнопки на панели "
        "инструментов:"
    )
    after = "Щелчок средней кнопкой мыши открывает папку в новой вкладке, не закрывая текущую."
    assert doc.text == f"Навигация\n\n{lead_in}\n\n{after}"
    caption = "Кнопки Назад и Вперёд на панели инструментов используются для перехода по истории."
    at = doc.text.index("Щелчок")
    figures = [(s.start, s.attrs) for s in doc.spans if s.label == "figure"]
    assert figures == [
        (
            at,
            {
                "alt": "Кнопки «Назад» и «Вперёд» на панели инструментов.",
                "caption": caption,
                "src": "toolbar-navigation.png",
            },
        )
    ]
    assert removed_records(doc) == [("caption", caption)]


TITLE_PAGE = (
    '<html lang="ru"><head><title>Руководство Примера</title></head><body><div class="book">'
    '<div class="titlepage"><div><div><h1 class="title">Руководство Примера</h1></div>'
    '<div><p class="copyright">Авторские права © 2021 Иван Петров</p></div>'
    '<div><p><a href="help:/kdoctools5-common/fdl-notice.html">Юридическое уведомление</a></p></div>'
    '<div><div class="abstract"><p>Пример — это программа для просмотра каталогов, простая и удобная в '
    'работе.</p><p>Подробнее о каталогах сказано в <a href="terms.html">главе о терминах</a>.</p>'
    "</div></div></div></div></div></body></html>"
)


def test_a_link_alone_on_a_title_page_is_navigation():
    """A KDE manual's title page (konsole's and dolphin's, fifteenth check) sets the link to its
    legal notice page under the copyrights, a paragraph of one link: a line "Юридическое
    уведомление" in the text. It goes to ``removed`` as ``navigation``, where it stood (after the
    copyright line); a link inside a sentence of the abstract stays."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(TITLE_PAGE.encode())
    assert doc.text == (
        "Руководство Примера\n\n"
        "Пример — это программа для просмотра каталогов, простая и удобная в работе.\n\n"
        "Подробнее о каталогах сказано в главе о терминах."
    )
    copyright, record = doc.layers["removed"]
    assert (copyright.label, copyright.attrs["text"]) == ("credits", "Авторские права © 2021 Иван Петров")
    assert (record.label, record.attrs["text"]) == ("navigation", "Юридическое уведомление")
    assert copyright.start == record.start == doc.text.index("Пример —")


# A KDE manual's front page (the twentieth held-out check, row 7: akonadi-import-wizard's Russian
# help): the header repeats the manual's title (51 letters, more than a banner's 40), over the same
# title as the page's <h2>; the translators' credits are inline <span class="othercredit"> inside the
# authorgroup, beside the author's <p class="author">. Names and title here are made up.
FRONT_PAGE = (
    _head(
        "Средство переноса данных Пример. Руководство пользователя",
        '<img src="help:/kdoctools5-common/top-kde.jpg" width="36" height="34"> Средство переноса данных '
        "Пример. Руководство пользователя",
        "",
        "credits.html",
    )
    + '<div lang="ru" class="article"><div class="titlepage"><div><div><h2 class="title">'
    '<a name="example"></a>Средство переноса данных Пример. Руководство пользователя</h2></div><div>'
    '<div class="authorgroup"><p class="author"><span class="firstname">Иван</span> '
    '<span class="surname">Петров</span> <code class="email">&lt;ivan@example.org&gt;</code></p>'
    '<span class="othercredit"><span class="contrib">Перевод на русский язык</span>: '
    '<span class="firstname">Анна</span> <span class="surname">Смирнова</span><br></span>'
    '<span class="othercredit"><span class="contrib">Рецензирование</span>: '
    '<span class="firstname">Пётр</span> <span class="surname">Сидоров</span><br></span>'
    '</div></div><div><p class="copyright">Авторские права © 2013 Иван Петров</p></div></div><hr></div>'
    '<div class="sect1"><div class="titlepage"><h2 class="title">Введение</h2></div>'
    "<p>Программа Пример переносит почту, адресные книги и календари из других почтовых клиентов в "
    "учётную запись пользователя.</p></div></div></div>" + FOOTER
)


def test_front_pages_header_repeating_its_title_is_navigation():
    """The header over the page's own title is the page's furniture, however long: the title once,
    as the heading, and the header in ``removed`` as ``navigation`` (as on the manual's other pages,
    whose shorter headers were already out)."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(FRONT_PAGE.encode())
    assert doc.text == (
        "Средство переноса данных Пример. Руководство пользователя\n\n"
        "Введение\n\n"
        "Программа Пример переносит почту, адресные книги и календари из других почтовых клиентов в "
        "учётную запись пользователя."
    )
    headings = [doc.text[s.start : s.end] for s in doc.spans if s.label == "heading"]
    assert headings == ["Средство переноса данных Пример. Руководство пользователя", "Введение"]
    assert ("navigation", "Средство переноса данных Пример. Руководство пользователя") in removed_records(doc)


def test_translators_inline_credits_are_each_a_credits_record():
    """Each ``othercredit`` span of the authorgroup is a ``credits`` record of its own, after the
    author's: flattened with the inline markup, they were in neither the text nor ``removed``."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(FRONT_PAGE.encode())
    assert [record for record in removed_records(doc) if record[0] == "credits"] == [
        ("credits", "Иван Петров <ivan@example.org>"),
        ("credits", "Перевод на русский язык: Анна Смирнова"),
        ("credits", "Рецензирование: Пётр Сидоров"),
        ("credits", "Авторские права © 2013 Иван Петров"),
    ]
