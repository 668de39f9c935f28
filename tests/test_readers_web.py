"""HTML pages: paragraphs kept whole, permalinks and boilerplate out, code marked, untranslated
paragraphs cut (or marked) as foreign to the page."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import DATA, rows

pytest.importorskip("trafilatura")

PAGE = DATA / "web" / "sphinx_page.html"
ENGLISH = (
    "If you are able to adopt the package, get the sources and examine them. This document "
    "unfortunately doesn't include comprehensive information about adopting packages."
)
HEAD = (
    "Установка пакетов\n\n"
    "Менеджер пакетов устанавливает программы вместе со всеми их зависимостями и следит за тем, "
    "чтобы обновления не ломали уже установленную систему.\n\n"
    "Заметим, что в именах файлов пакетов для разделения пакета и версии используется символ _ "
    "(подчёркивание), а не - (дефис)."
)
CODE = "$ apt-get source hello\n$ cd hello-2.10"
TAIL = (
    "Удаление пакетов\n\n"
    "Команда удаления оставляет файлы настройки на месте, а полная очистка удаляет и их, поэтому "
    "выбирайте её, только если настройки больше не нужны."
)


def layer(corpus, name: str) -> list[tuple]:
    return rows(
        corpus,
        "SELECT label, start, \"end\", json_extract_string(attrs, '$.text'), "
        "json_extract_string(attrs, '$.lang') "
        f"FROM read_parquet('{corpus}/layers/{name}/*.parquet') ORDER BY start",
    )


def test_page_is_its_paragraphs_without_permalinks_boilerplate_or_the_untranslated_one(build):
    """The untranslated paragraph goes, and so does the listing after it ("get the sources" +
    "$ apt-get source hello"): nothing of the page leads into it and the next heading ends its
    section, so kept it would stand unexplained (``foreign_paragraphs.companions``, as in the PDF
    reader, which has always given it the headings)."""
    corpus = build([PAGE])
    (text,) = rows(corpus, "SELECT text FROM documents")[0]
    assert text == f"{HEAD}\n\n{TAIL}"
    # both are recorded whole where they began (the next heading stands there now); the navigation
    # bar over the page where the text starts, the footer under it at the text's end
    where, end = len(HEAD) + 2, len(text)
    assert sorted(layer(corpus, "removed")) == [
        ("boilerplate", end, end, "© Copyright 2024, авторы руководства. Создано с помощью Sphinx.", None),
        ("foreign_companion", where, where, CODE, "en"),
        ("foreign_paragraph", where, where, ENGLISH, "en"),
        ("navigation", 0, 0, "Содержание Далее", None),
    ]
    structure = [(label, text[start:end]) for label, start, end, *_ in layer(corpus, "structure")]
    assert structure == [
        ("heading", "Установка пакетов"),
        ("code", "пакета"),  # inline <code> keeps its place as a code span
        ("code", "версии"),
        ("code", "_"),
        ("code", "-"),
        ("heading", "Удаление пакетов"),
    ]


def test_flag_keeps_the_foreign_paragraph_and_marks_it_in_lang_spans(build):
    corpus = build([PAGE], readers={"foreign_paragraphs": "flag"})
    (text,) = rows(corpus, "SELECT text FROM documents")[0]
    assert text == f"{HEAD}\n\n{ENGLISH}\n\n{CODE}\n\n{TAIL}"
    marked = [(label, text[start:end]) for label, start, end, *_ in layer(corpus, "lang_spans")]
    assert marked == [("en", ENGLISH)]
    assert {row[0] for row in layer(corpus, "removed")} == {"boilerplate", "navigation"}  # no cut


def test_keep_leaves_the_page_as_written(build):
    corpus = build([PAGE], readers={"foreign_paragraphs": "keep"})
    (text,) = rows(corpus, "SELECT text FROM documents")[0]
    assert text == f"{HEAD}\n\n{ENGLISH}\n\n{CODE}\n\n{TAIL}"


ENGLISH_MAJORITY = "".join(
    f"<p>{sentence} The maintainers have not translated this paragraph of the manual yet.</p>"
    for sentence in ("Packages are built from source.", "Uploads go to the archive.", "Bugs are tracked.")
)
RUSSIAN = "Пакеты собираются из исходного кода, а затем загружаются в архив дистрибутива."


@pytest.mark.parametrize(
    ("html", "config"),
    [
        ('<html lang="ru">', {}),  # the page declares Russian
        ("<html>", {"language": {"languages": ["ru"]}}),  # the build asks for Russian
    ],
)
def test_declared_or_target_language_decides_a_mostly_untranslated_page(tmp_path, build, html, config):
    """Three English paragraphs and one Russian: the page is Russian when it says so or the build
    asks for Russian (by the majority alone it would be English)."""
    page = f"{html}<body><article><p>{RUSSIAN}</p>{ENGLISH_MAJORITY}</article></body></html>"
    (tmp_path / "ru.html").write_text(page)
    corpus = build([tmp_path / "ru.html"], **config)
    (text,) = rows(corpus, "SELECT text FROM documents")[0]
    assert text == RUSSIAN
    assert len(layer(corpus, "removed")) == 3


def test_markdown_page_loses_its_untranslated_paragraph(build):
    corpus = build([DATA / "markup" / "untranslated.md"])
    (text,) = rows(corpus, "SELECT text FROM documents")[0]
    code = "```js\nconst id = useId();\n```"
    assert text == (
        "Хуки позволяют использовать состояние и другие возможности React без написания классов.\n\n"
        f"{code}\n\n"
        "Вызывайте хуки только на верхнем уровне компонента, а не внутри условий и циклов."
    )
    english = (
        "You do not need to pass `identifierPrefix` if you only have one React app on the page, "
        "because the ids stay unique anyway."
    )
    where = text.index("\n\n") + 2  # where the paragraph began, before the code block
    assert layer(corpus, "removed") == [("foreign_paragraph", where, where, english, "en")]
    structure = [(label, text[start:end]) for label, start, end, *_ in layer(corpus, "structure")]
    assert structure == [("code", code)]  # the fence's span moved with the cut


def test_generator_navigation_and_br_paragraphs():
    """A DocBook page with a texinfo-style header: the navigation table, the "Далее: … Назад: …"
    bar, the contents list with its title and the footer go; a README set as <br> lines reads as
    its two paragraphs; the two variants Node.js docs put in one <pre> (<code mjs><code cjs>) stay
    two lines apart."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html((DATA / "web" / "docbook_nav.html").read_bytes(), foreign="keep")
    assert doc.text == (
        "4. Прочтите меня\n\n"
        "Если вы собираете двоичный пакет для дистрибутива, прочтите сначала заметки для сборщиков. "
        "В них есть важные сведения.\n\n"
        "Если вы разрабатываете саму программу, прочтите заметки для разработчиков: там описано, как "
        "запускать тесты.\n\n"
        "Пример подключения модуля в двух вариантах:\n\n"
        "import { EventEmitter } from 'node:events';\n\nconst EventEmitter = require('node:events');\n\n"
        "Вариант выбирается переключателем над примером, поэтому на странице виден только один из них."
    )
    (code,) = [span for span in doc.spans if span.label == "code"]
    assert (
        doc.text[code.start : code.end].startswith("import {") and doc.text[code.end - 3 : code.end] == "');"
    )


def test_list_item_repeated_in_a_second_list_is_kept():
    """trafilatura's recovery pass collapses blocks of identical text: the items the second list
    shares with the first ("очистку дерева (make clean)") were lost, with nothing in ``removed``."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html((DATA / "web" / "repeated_items.html").read_bytes(), foreign="keep")
    assert doc.text == (
        "Сборка пакета\n\n"
        "Первая команда делает всё, что нужно для пакета. Она выполняет:\n\n"
        "- очистку дерева (make clean)\n\n- сборку архива с исходным кодом\n\n"
        "- сборку программы (make all)\n\n"
        "Вторая команда делает почти то же самое, но только для одной архитектуры. А именно:\n\n"
        "- очистку дерева (make clean)\n\n- сборку программы (make all)\n\n- сборку двоичного пакета"
    )


def test_page_that_is_only_a_screen_keeps_it_as_drawn():
    """A ``<pre>`` trafilatura returns as a quote with its whitespace collapsed is a code block
    laid out as drawn again."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html((DATA / "web" / "screen_only.html").read_bytes(), foreign="keep")
    assert doc.text == (
        " Файл  Правка  Вид  Справка\n"
        "f1: Помощь  q: Выход\n"
        "--- Установленные пакеты\n"
        "\n"
        "  +------------------------------+\n"
        "  |Сохранить изменения в файле?  |\n"
        "  |Изменения будут записаны в файл настроек, который был открыт  |\n"
        "  |в начале работы; прежняя версия файла останется рядом с ним  |\n"
        "  |под тем же именем с тильдой в конце. Записать изменения сейчас|\n"
        "  |или вернуться к редактированию и проверить их ещё раз?        |\n"
        "  |Чтобы выйти без записи, выберите «Отмена» и нажмите q.        |\n"
        "  |" + " " * 73 + "|\n"
        "  |  [ Сохранить ]   [ Отмена ]  |\n"
        "  +------------------------------+"
    )
    assert [(span.label, span.start, span.end) for span in doc.spans] == [("code", 0, len(doc.text))]


def test_short_untranslated_lines_go_and_names_synopses_titles_stay():
    """A Russian page with the short English lines a translation leaves (the Debian FAQ's
    "To start or stop a service, run" between commands, an English list): each goes to ``removed``,
    and so do the "and" and the list item between them, and the lead-in left with nothing of its
    list ("Имена версий взяты из старого мультфильма:", ``orphaned_by_cut``); a synopsis, a list of
    names and an English talk title stay. A Cyrillic word glued to a Latin ``<strong>`` gets its
    space; the Latin prefix of a Cyrillic placeholder ("~a" + "действие") stays glued."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html((DATA / "web" / "short_untranslated.html").read_bytes())
    assert doc.text == (  # the <h2> repeating the <title> is the text's heading too
        "Службы\n\n"
        "После загрузки система запускает службы, перечисленные в файле цели по умолчанию; у каждой "
        "службы есть свой файл описания, который устанавливается вместе с пакетом.\n\n"
        "Второе число — количество уже найденных решений pkgtool. Шаблон ~aдействие выбирает пакеты "
        "по действию.\n\n"
        "Синтаксис команды:\n\npkgtool [ install | remove | purge ] пакет\n\n"
        "Авторы перевода:\n\nAnna Schmidt, Martin Quinn\n\n"
        "Доклад о сборке пакетов:\n\n- The Common Package Build System (CBS), FOSDEM 2009"
    )
    assert [span.attrs["text"] for span in doc.layers["removed"]] == [
        "You can check the status of any service by the command",
        "service foo status",
        ". To start or stop a service, run",
        "service foo start",
        "and",
        "service foo stop",
        "to get the same information on any system.",
        "Имена версий взяты из старого мультфильма:",
        "alpha (1.0) was the little toy robot,",
        "beta (1.1) was, of course, Mr. Beta,",
        "gamma (2.0) was the wooden toy horse with a red saddle.",
    ]
    labels = {"foreign_paragraph", "foreign_companion", "orphaned_by_cut"}
    assert {span.label for span in doc.layers["removed"]} == labels


def test_code_goes_with_the_untranslated_sentence_leading_into_it_unless_translated():
    """A ``<pre>`` an untranslated sentence leads into goes with it (``foreign_companion``), a
    translated placeholder in it ("ID_вашего_ключа") making no difference; a command the page goes
    on from in Russian ("а затем", "(запускайте эту команду …)") and a Makefile whose comments were
    translated stay, and nothing Russian goes."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html((DATA / "web" / "untranslated_leads_into_code.html").read_bytes())
    assert doc.text == (
        "Подпись пакета\n\n"
        "Когда пакет собран, его файлы нужно подписать вашим ключом перед отправкой в архив.\n\n"
        "Длинные строки цифр в файлах описания — это контрольные суммы упомянутых в них файлов.\n\n"
        "pkgtool refresh\n\nа затем\n\npkgtool upgrade\n\n"
        "pkgtool build-deps имя_пакета\n\n(запускайте эту команду перед каждой сборкой пакета)\n\n"
        "# Куда помещать исполняемые файлы по команде «make install»?\nBIN     = $(DESTDIR)/usr/bin\n\n"
        "Стандарт иерархии файловой системы описывает, где должны располагаться файлы пакета."
    )
    assert [(span.label, span.attrs["text"]) for span in doc.layers["removed"]] == [
        (
            "foreign_paragraph",
            "The signing command can be made to use your own secret key with the "
            "following in the ~/.buildrc file:",
        ),
        ("foreign_companion", "SIGN_KEYID=ID_вашего_ключа"),
        ("foreign_paragraph", "To refresh the list of packages known to your system, run"),
        ("foreign_paragraph", "To see which packages you need to build this one, you can run:"),
        (
            "foreign_paragraph",
            "As explained above, that directory is reserved for local use, so change those paths as follows:",
        ),
    ]


def test_texinfo_index_letter_bar_is_navigation():
    """texinfo's index pages open and close with a "Jump to: B C F" bar of letter links (GNU time's
    and Nettle's manuals): navigation, not text; the index entries stay."""
    from sloika.pipelines.formats.web import parse_html

    bar = (
        '<table><tr><th valign="top">Jump to: &nbsp; </th><td>'
        '<a class="summary-letter" href="#idx_B"><b>B</b></a> &nbsp; '
        '<a class="summary-letter" href="#idx_C"><b>C</b></a> &nbsp; '
        '<a class="summary-letter" href="#idx_F"><b>F</b></a></td></tr></table>'
    )
    page = (
        '<html lang="en"><body><div class="unnumbered"><h2>Concept index</h2>'
        "<p>Every option of the program is listed below with the section that describes it.</p>"
        f"{bar}<ul><li>bugs, reporting them to the authors of the program</li>"
        "<li>command line, the options the program accepts</li></ul>"
        f"{bar}</div></body></html>"
    )
    (doc,) = parse_html(page.encode(), foreign="keep")
    assert "Jump to" not in doc.text
    assert doc.text.endswith(
        "- bugs, reporting them to the authors of the program\n\n"
        "- command line, the options the program accepts"
    )


def test_a_site_banner_in_a_header_navigation_block_is_navigation():
    """Sphinx's Ubuntu theme sets the site's banner heading ("Packaging Guide", a link home) in
    ``<div class="header-navigation">`` beside its ``<nav>``, over every page: a class word built on
    "navigation" is a bar too, so the banner goes; a section's heading stays."""
    from sloika.pipelines.formats.web import parse_html

    page = (
        '<html lang="ru"><body><div class="header-navigation"><div><nav role="navigation"><ul>'
        '<li><a href="index.html">Содержание</a></li></ul></nav>'
        '<a href="http://packaging.example.com/"><h2>Packaging Guide</h2></a></div></div>'
        '<div class="body"><section><h1>1. Коммуникация при разработке</h1>'
        "<p>В проекте, где сотни людей должны договариваться каждый день, важно иметь хорошую связь "
        "между всеми участниками разработки.</p>"
        "<h2>1.1. Почтовые рассылки</h2><p>Почтовые рассылки удобны, когда команда живёт в разных "
        "часовых поясах и обсуждает идеи неторопливо.</p></section></div></body></html>"
    )
    (doc,) = parse_html(page.encode(), foreign="keep")
    assert doc.text == (
        "1. Коммуникация при разработке\n\n"
        "В проекте, где сотни людей должны договариваться каждый день, важно иметь хорошую связь "
        "между всеми участниками разработки.\n\n"
        "1.1. Почтовые рассылки\n\n"
        "Почтовые рассылки удобны, когда команда живёт в разных часовых поясах и обсуждает идеи "
        "неторопливо."
    )


def test_a_page_the_foreign_cut_empties_is_rejected_with_its_text(build, tmp_path):
    """GIMP's Russian help keeps some pages untranslated under a translated heading: the cut takes
    everything, and the empty page reached the length filter as "no text after repair", its cut
    text in no table. It is rejected by the reader instead, ``all_text_removed``, the cause in the
    detail and the text as read in ``rejected.text``."""
    page = tmp_path / "stuck.html"
    page.write_text(
        '<html lang="ru"><body><div class="section"><h2>2.5. Активный слой стал прозрачным</h2>'
        "<p>How to tell: when the opacity of a layer is zero, you cannot see anything you draw on it. "
        "Look at the Opacity slider in the Layers dialog.</p>"
        "<p>How to fix: move or click on the slider to change it to the desired value, and your "
        "drawing shows again.</p></div></body></html>"
    )
    corpus = build([page])
    ((step, reason, detail, text),) = rows(corpus, "SELECT step, reason, detail, text FROM rejected")
    assert (step, reason) == ("read", "all_text_removed")
    assert detail == (
        "the reader removed all of it: orphaned_by_cut ×2, foreign_paragraph ×1 "
        "(readers.foreign_paragraphs: keep keeps untranslated text)"
    )
    assert text.startswith("2.5. Активный слой стал прозрачным\n\nHow to tell:")
    assert text.endswith("your drawing shows again.")


def test_a_title_alone_is_no_main_text_and_a_title_its_cut_emptied_goes_to_removed():
    """A contents page whose links are navigation keeps only its title: no text, rejected like an
    empty page (DocBook's chapter pages). A translated heading over a section that was all
    untranslated stands over nothing once the section is cut: it goes to ``removed`` as
    ``empty_section``, and the next heading and its Russian text stay."""
    from sloika.pipelines.formats.base import FormatError
    from sloika.pipelines.formats.web import parse_html

    with pytest.raises(FormatError, match="a title alone"):
        parse_html("<html><body><div><h2>Разрешение зависимостей пакетов</h2></div></body></html>".encode())
    english = (
        "The development of the project is open to all, and new users with the right skills are needed. " * 2
    )
    russian = (
        "Поскольку проект стремится сделать значительную часть программ доступной, нам нужны зеркала. " * 2
    )
    page = (
        f"<html><head><title>Глава 13</title></head><body><article><h2>13.1. Как стать разработчиком?</h2>"
        f"<p>{english}</p><h2>13.2. Как помочь ресурсами?</h2><p>{russian}</p><p>{russian}</p>"
        "</article></body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert "13.1" not in doc.text and "13.2. Как помочь ресурсами?" in doc.text
    removed = [(span.label, span.attrs["text"]) for span in doc.layers["removed"]]
    assert ("empty_section", "13.1. Как стать разработчиком?") in removed
    assert ("foreign_paragraph", english.strip()) in removed


def test_docbook_section_headings_are_kept_and_an_untranslated_one_goes_with_its_section():
    """trafilatura reads a DocBook page (no article frame) through its recovery of wild paragraphs,
    which takes no headings: "7.2. Как помочь проекту своими ресурсами?" was in no layer."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html((DATA / "web" / "docbook_sections.html").read_bytes())
    headings = [(doc.text[s.start : s.end], s.attrs["level"]) for s in doc.spans if s.label == "heading"]
    assert headings == [
        ("Глава 7. Как помочь проекту", 1),
        ("7.2. Как помочь проекту своими ресурсами?", 2),
        ("7.3. Как оказать проекту финансовую помощь?", 2),
        ("7.3.1. Software in the Public Interest", 3),
    ]
    assert doc.text.index("7.2. Как помочь") < doc.text.index("Проекту нужны зеркала")
    assert doc.text.index("7.3.1.") < doc.text.index("Software in the Public Interest является")
    removed = {(s.label, s.attrs["text"], s.attrs.get("lang")) for s in doc.layers["removed"]}
    assert ("foreign_paragraph", "7.1. How can I become a member of the project?", "en") in removed
    assert "How can I become" not in doc.text


def test_an_untranslated_heading_goes_to_removed_a_name_stays():
    """Headings go through the foreign cut as the PDF reader's do (judged as short lines, by their
    lower-case words): an English question left over its translated answer ("3.2. But what about
    Knoppix, …?" in the Debian FAQ) goes to ``removed`` as ``foreign_paragraph``; "7.3.1. Software in
    the Public Interest", an organisation's name the Russian text uses too, stays."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html((DATA / "web" / "docbook_sections.html").read_bytes())
    removed = [(s.label, s.attrs["text"], s.attrs.get("lang")) for s in doc.layers["removed"]]
    assert ("foreign_paragraph", "7.4. How can I help to translate the documentation?", "en") in removed
    assert "7.4." not in doc.text and "How can I help" not in doc.text
    assert "7.3.1. Software in the Public Interest\n\n" in doc.text


def test_a_page_without_a_language_is_in_its_headings_language_and_references_are_not_its_words():
    """A DocBook page that declares no language, its chapter mostly left in English under Russian
    headings (the Debian FAQ's ``kernel.ru.html``): the headings say it is Russian, so the English
    paragraphs go and the Russian stay (by letters alone English was the page's language and the
    Russian was cut). An English paragraph holding a generated cross-reference ("Раздел 4.1, «…»",
    DocBook's ``<a class="xref">``) is English: the reference's words are not judged."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html((DATA / "web" / "undeclared_language.html").read_bytes())
    assert doc.text == (
        "Глава 4. Ядро и модули\n\n"
        "4.1. Можно ли собрать ядро самостоятельно?\n\n"
        "Да, собрать ядро можно самостоятельно: исходный код лежит в отдельном пакете.\n\n"
        "4.3. Как удалить старое ядро из системы?\n\n"
        "Старое ядро удаляется как любой другой пакет, но работающее ядро удалить не получится."
    )
    removed = [(s.label, s.attrs["text"][:30], s.attrs.get("lang")) for s in doc.layers["removed"]]
    assert removed == [
        ("empty_section", "4.2. Какие инструменты есть дл", None),
        ("foreign_paragraph", "Users build a custom kernel wi", "en"),
        ("foreign_paragraph", "The new kernel package will be", "en"),
    ]


def test_definition_list_terms_are_kept_and_lists_of_links_are_navigation():
    """trafilatura keeps a ``<dd>`` and drops its ``<dt>``: an options list ("--help" over
    "Показать справку.", 59 of the 117 Debian pages have such lists) lost every option's name. The
    term is a paragraph before its definition now; a ``<dl>`` of links alone (a DocBook question
    set's list of its questions) and DocBook's generated lists of tables are contents, not text. A
    term whose definition was left untranslated goes with it ("preinst" in the Debian FAQ)."""
    from sloika.pipelines.formats.web import parse_html

    page = (
        '<html lang="ru"><body><div class="refsect1"><h2>Опции</h2>'
        "<p>Следующие опции можно указать в командной строке перед именем файла вывода.</p>"
        '<div class="variablelist"><dl class="variablelist">'
        '<dt><span class="term"><code class="literal">--help</code></span></dt>'
        "<dd><p>Показать краткую справку по использованию программы и выйти.</p></dd>"
        '<dt><span class="term"><code class="literal">--statedir</code></span></dt>'
        "<dd><p>Считать файл уже распакованным каталогом состояния программы.</p></dd>"
        '<dt><span class="term"><code class="literal">--verbose</code></span></dt>'
        "<dd><p>Print every step of the work to the terminal, so that you can follow what the program "
        "does and when.</p></dd>"
        "</dl></div>"
        '<div class="qandaset"><dl><dt>3.1. <a href="#q1">Как найти пакет по имени?</a></dt>'
        '<dt>3.2. <a href="#q2">Как найти сломанные пакеты?</a></dt></dl></div>'
        '<div class="list-of-tables"><p><b>Список таблиц</b></p><dl><dt>2.1. '
        '<a href="#t1">Базовые компоненты</a></dt></dl></div>'
        "<p>Остальные опции описаны в справочной странице программы.</p></div></body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text == (
        "Опции\n\n"
        "Следующие опции можно указать в командной строке перед именем файла вывода.\n\n"
        "--help\n\nПоказать краткую справку по использованию программы и выйти.\n\n"
        "--statedir\n\nСчитать файл уже распакованным каталогом состояния программы.\n\n"
        "Остальные опции описаны в справочной странице программы."
    )
    removed = [(s.label, s.attrs["text"][:20], s.start) for s in doc.layers["removed"]]
    last = doc.text.index("Остальные опции")  # what was cut or taken out stood before it
    assert removed == [
        ("foreign_companion", "--verbose", last),
        ("foreign_paragraph", "Print every step of ", last),
        ("contents", "3.1. Как найти пакет", last),  # a question set's list of its questions
        ("navigation", "Список таблиц 2.1. Б", last),  # DocBook's list of tables
    ]


def _docbook_note(label: str, body: str) -> str:
    """A DocBook admonition as its stylesheets write it with graphics: a table of an icon, the label
    in a ``<th>`` and the body in the next row."""
    return (
        '<div class="note"><table border="0" summary="Note"><tr>'
        f'<td rowspan="2" align="center" valign="top" width="25"><img alt="[{label}]" src="note.png"></td>'
        f'<th align="left">{label}</th></tr><tr><td align="left" valign="top"><p>{body}</p></td></tr>'
        "</table></div>"
    )


def test_an_admonitions_label_goes_with_its_body_cut_whole():
    """A note whose only paragraph was left untranslated is cut as English; its translated label
    ("Примечание") goes with it, or it would head the next, ordinary paragraph. A note whose body
    is Russian keeps its label; Sphinx's ``admonition-title`` is a label too."""
    from sloika.pipelines.formats.web import parse_html

    english = (
        "Which disks are searched depends on the architecture and on the stage of the installation, "
        "so a USB stick formatted as FAT is the safest choice."
    )
    page = (
        '<html lang="ru"><body><div class="section"><h2>Загрузка микропрограмм</h2>'
        "<p>Если драйверу нужна микропрограмма, программа установки предложит загрузить её с носителя.</p>"
        + _docbook_note("Примечание", english)
        + "<p>Загрузку можно пропустить, если устройство не нужно во время установки системы.</p>"
        + _docbook_note("Примечание", "Микропрограмма из отдельных файлов не обновляется сама по себе.")
        + '<div class="admonition warning"><p class="admonition-title">Предупреждение</p>'
        "<p>Do not unplug the stick while the files are being copied, or the firmware may be damaged.</p>"
        "</div><p>После установки проверьте, что устройство работает как ожидалось.</p>"
        "</div></body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text == (
        "Загрузка микропрограмм\n\n"
        "Если драйверу нужна микропрограмма, программа установки предложит загрузить её с носителя.\n\n"
        "Загрузку можно пропустить, если устройство не нужно во время установки системы.\n\n"
        "Примечание\n\nМикропрограмма из отдельных файлов не обновляется сама по себе.\n\n"
        "После установки проверьте, что устройство работает как ожидалось."
    )
    removed = [(s.label, s.attrs["text"][:20]) for s in doc.layers["removed"]]
    assert removed == [
        ("foreign_companion", "Примечание"),
        ("foreign_paragraph", "Which disks are sear"),
        ("image", "[Примечание]"),  # each note's icon, its alt text repeating the label
        ("image", "[Примечание]"),
        ("foreign_companion", "Предупреждение"),
        ("foreign_paragraph", "Do not unplug the st"),
    ]
    # DocBook without graphics: the label is the box's <h3 class="title">, a label and no heading
    plain = page.replace(
        _docbook_note("Примечание", english),
        (f'<div class="note"><h3 class="title">Примечание</h3><p>{english}</p></div>'),
    )
    (doc,) = parse_html(plain.encode())
    assert doc.text.startswith(
        "Загрузка микропрограмм\n\n"
        "Если драйверу нужна микропрограмма, программа установки предложит загрузить её с носителя.\n\n"
        "Загрузку можно пропустить"
    )
    assert [(s.label, s.attrs["text"][:20]) for s in doc.layers["removed"]][:2] == [
        ("foreign_companion", "Примечание"),
        ("foreign_paragraph", "Which disks are sear"),
    ]


def test_sections_outside_the_frame_trafilatura_kept_are_not_lost():
    """A DocBook page of three sections, the last a big segmented list (aptitude's "Руководство по
    файлу настроек"): trafilatura's precise extraction kept only that list, and the first two
    sections' bodies and the third one's lead were in neither the text nor ``removed``. A section
    the page heads is its own text: every body comes back, in page order, code still code."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html((DATA / "web" / "bare_sections.html").read_bytes())
    assert doc.text.startswith(
        "Руководство по файлу настроек\n\n"
        "Формат файла настроек\n\n"
        "Файл настроек представляет собой список опций и их значений, по одной опции в строке, например:\n\n"
        'Tool::Theme "Classic";\n\n'
        "Опция может содержать другие опции, записанные в фигурных скобках.\n\n"
        "Размещение файлов настройки\n\n"
        "Настройки считываются сначала из командной строки, затем из файла ~/.tool/config и из "
        "системного файла.\n\n"
        "Доступные опции настройки\n\n"
        "Следующие опции настройки используются программой.\n\n"
        "Опция: Tool::Cache-Limit\n\n"
    )
    assert doc.text.endswith("записывается в журнал вместе со временем и именем пользователя.")
    assert doc.text.count("Опция: Tool::") == 8
    assert 'Tool::Theme "Classic";' in [doc.text[s.start : s.end] for s in doc.spans if s.label == "code"]
    assert "Наверх" not in doc.text and "След." not in doc.text  # the navigation stays out


def test_a_footnote_mark_goes_with_its_cut_note():
    """A translated DocBook page whose second footnote was left in English (the maintainer guide's
    upload.ru.html, "[85] See Debian Developer's Reference 5.6 …"): the note is cut as foreign, and
    its mark "[2]" in the Russian sentence goes too (``removed``, ``footnote_mark``, ``note_cut``);
    the first note, translated, stays, a ``footnote`` span, its mark and number cut (``note_kept``)."""
    from sloika.pipelines.formats.web import parse_html

    def mark(n: int) -> str:
        return f'<a href="#ftn.f{n}" class="footnote" id="f{n}"><sup class="footnote">[{n}]</sup></a>'

    def note(n: int, text: str) -> str:
        return (
            f'<div id="ftn.f{n}" class="footnote"><p><a href="#f{n}" class="para"><sup class="para">[{n}] '
            f"</sup></a> {text}</p></div>"
        )

    page = (
        '<html lang="ru"><head><title>Отправка пакета</title></head><body><div class="chapter">'
        "<h2>Отправка пакета</h2>"
        f"<p>После того, как вы станете официальным разработчиком {mark(1)}, вы сможете отправлять пакеты в "
        "архив Debian. Это можно делать вручную, но легче воспользоваться готовыми инструментами.</p>"
        "<p>Параметр определяет, какая из очередей отправки будет использована по умолчанию, но возможно, "
        f"что вы захотите использовать другую {mark(2)}.</p>"
        "<p>Соединитесь с сервером и отправьте файлы, подписанные ключом, с помощью обычного клиента.</p>"
        '<div class="footnotes"><hr/>'
        + note(1, "Смотрите раздел о социальной динамике Debian в начале этого руководства.")
        + note(2, "See the Debian Developer's Reference, section 5.6, for how to upload a package there.")
        + "</div></div></body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text == (
        "Отправка пакета\n\n"
        "После того, как вы станете официальным разработчиком, вы сможете отправлять пакеты в архив "
        "Debian. Это можно делать вручную, но легче воспользоваться готовыми инструментами.\n\n"
        "Параметр определяет, какая из очередей отправки будет использована по умолчанию, но возможно, "
        "что вы захотите использовать другую.\n\n"
        "Соединитесь с сервером и отправьте файлы, подписанные ключом, с помощью обычного клиента.\n\n"
        "Смотрите раздел о социальной динамике Debian в начале этого руководства."
    )
    removed = [(s.label, s.attrs["text"], s.attrs.get("why")) for s in doc.layers["removed"]]
    assert removed == [
        ("footnote_mark", "[1]", "note_kept"),
        ("footnote_mark", "[2]", "note_cut"),
        ("footnote_mark", "[1]", "note_number"),
        (
            "foreign_paragraph",
            "[2] See the Debian Developer's Reference, section 5.6, for how to upload a package there.",
            None,
        ),
    ]


def test_a_kept_notes_mark_after_a_stop_goes_and_the_note_is_a_footnote():
    """A KDE glossary (the forty-eighth held-out check, row 12, kmenuedit's glossary.html) marks its
    note after the sentence's stop and stops again, "мыши.[1].": the text read "мыши.[1]." and "[1]
    Если …" at its end, the note unlabelled. The mark and the repeated stop go (``footnote_mark``,
    ``note_kept``), the note's number too, and the note is a ``footnote`` span (``mark`` "1")."""
    from sloika.pipelines.formats.web import parse_html

    page = (
        '<html lang="ru"><head><title>Глоссарий</title></head><body><div class="glossary">'
        "<h1>Глоссарий</h1><dl><dt>Консольное приложение</dt><dd><p>Чтобы вставить текст, перейдите в "
        "консольное приложение и нажмите среднюю кнопку мыши."
        '<a href="#ftn.idm597" class="footnote"><sup class="footnote">[1]</sup></a>.</p></dd></dl>'
        '<div class="footnotes"><br><hr width="100" align="left"><div id="ftn.idm597" class="footnote">'
        '<p><a href="#idm597" class="para"><sup class="para">[1] </sup></a>Если у мыши нет средней '
        "кнопки, нажмите левую и правую кнопки одновременно.</p></div></div></div></body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text == (
        "Глоссарий\n\nКонсольное приложение\n\nЧтобы вставить текст, перейдите в консольное приложение "
        "и нажмите среднюю кнопку мыши.\n\nЕсли у мыши нет средней кнопки, нажмите левую и правую "
        "кнопки одновременно."
    )
    (note,) = [span for span in doc.spans if span.label == "footnote"]
    assert doc.text[note.start : note.end].startswith("Если у мыши") and note.end == len(doc.text)
    assert note.attrs["mark"] == "1"
    marks = [(s.attrs["text"], s.attrs["why"]) for s in doc.layers["removed"] if s.label == "footnote_mark"]
    assert marks == [("[1]", "note_kept"), ("[1]", "note_number")]


def test_a_title_pages_credits_are_furniture_not_section_bodies():
    """A DocBook title page (the maintainer guide's index.ru.html): each author a name as an <h3>, a
    role and an e-mail address, the translators' credit in English. Headings without a body made the
    recall pass bring the roles back as their sections ("первоначальный вариант <joy-mg@…>",
    "Russian Translation <…>"); the credits are contact furniture: out of the text, each recorded in
    ``removed`` (``credits``), the copyright line too (a copyright line is no prose: the
    thirty-seventh check's row 11), the release line ("версия 1.2", DocBook's ``releaseinfo``, as KDE's
    "Издание KDE Gear 21.08") an ``edition`` record and ``fields.edition``, the notice kept."""
    from sloika.pipelines.formats.web import parse_html

    def credit(kind: str, name: str, role: str, mail: str) -> str:
        return (
            f'<div class="{kind}"><h3 class="{kind}">{name}</h3><span class="contrib">{role}</span> '
            f'<code class="email">&lt;<a class="email" href="mailto:{mail}">{mail}</a>&gt;</code></div>'
        )

    page = (
        '<html lang="ru"><head><title>Руководство</title></head><body>'
        '<div class="book"><div class="titlepage">'
        '<div><h1 class="title">Руководство начинающего разработчика</h1></div><div><div class="authorgroup">'
        + credit("author", "Иван Петров", "первоначальный вариант", "ivan@example.org")
        + credit("othercredit", "L10N-russian", "Russian Translation", "l10n@example.org")
        + '</div></div><div><p class="releaseinfo">версия 1.2</p></div>'
        '<div><p class="copyright">Авторские права © 1998-2002 Иван Петров</p></div>'
        "<div><p>Это руководство можно распространять на условиях лицензии GNU General Public License "
        "версии 2 или более поздней.</p></div></div></div></body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text == (
        "Руководство начинающего разработчика\n\n"
        "Это руководство можно распространять на условиях лицензии GNU General Public License версии 2 "
        "или более поздней."
    )
    assert [(s.label, s.attrs["text"]) for s in doc.layers["removed"]] == [
        ("credits", "Иван Петров первоначальный вариант <ivan@example.org>"),
        ("credits", "L10N-russian Russian Translation <l10n@example.org>"),
        ("edition", "версия 1.2"),
        ("credits", "Авторские права © 1998-2002 Иван Петров"),
    ]
    assert doc.fields == {"edition": "версия 1.2"}


def test_lists_of_a_page_without_an_article_frame_are_kept():
    """A help page of plain ``<div>`` sections (Double Commander's ``multirename.html``): trafilatura
    reads it through its recovery of wild text, which takes no lists, and all five of the page's
    lists were in neither the text nor ``removed``. Each item is a paragraph after its lead-in, in
    page order; the "(наверх)" back links and the navigation bar stay out."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html((DATA / "web" / "frameless_lists.html").read_bytes())
    assert doc.text == (
        "3.1. Пакетное копирование\n\n"
        "1. Описание\n\n"
        "Пакетное копирование позволяет скопировать выбранные файлы в несколько каталогов сразу.\n\n"
        "Открыть окно пакетного копирования можно одним из способов:\n\n"
        "- в главном меню Файлы > Копировать в несколько мест\n\n"
        "- с помощью внутренней команды cm_CopyMany\n\n"
        "2. Режимы\n\n"
        "Перед началом копирования выбирается режим обработки существующих файлов:\n\n"
        "- Пропустить\n\n- Заменить\n\n- Переименовать копию\n\n"
        "Выбранный режим запоминается до следующего запуска программы."
    )


ASCIIDOCTOR_PAGE = (
    '<!DOCTYPE html><html lang="{lang}"><head><meta name="generator" content="Asciidoctor 2.0.18">'
    '<title>Board Viewer</title></head><body class="book"><div id="content">'
    '<div class="sect1"><h2 id="_a">1. Знакомство с программой</h2><div class="sectionbody">'
    '<div class="paragraph"><p>Программа предназначена для просмотра файлов печатных плат и '
    "отображения файлов сверловки; одновременно можно открыть до тридцати файлов.</p></div>"
    '<div class="paragraph"><p>Формат файлов описан в спецификации, которую производитель '
    "публикует на своём сайте вместе с примерами.</p></div></div></div>"
    '<div class="sect1"><h2 id="_b">2. Команды главного меню</h2><div class="sectionbody">'
    '<div class="paragraph"><p>Export to Board Editor is a limited capability to export the loaded '
    "files into a board, with each layer mapped by hand.</p></div>"
    '<div class="paragraph"><p>Show Source displays the contents of the active layer in a text '
    "editor of your choice, so that it can be read.</p></div>"
    '<div class="paragraph"><p>Список слоёв показывает загруженные файлы и позволяет менять их '
    "цвет и порядок отображения.</p></div></div></div>"
    "</div></body></html>"
)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_generators_declared_language_gives_way_to_the_headings_and_prose(lang):
    """Asciidoctor writes ``<html lang="en">`` over KiCad's Russian manuals: ``gerbview.html`` (Russian
    headings, half its prose left in English) was trimmed as an English page, its Russian paragraphs
    cut and the English kept under Russian headings. Headings in Russian and prose not clearly
    English (here 3 Russian paragraphs of 5) make the page Russian, whatever it declares."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(ASCIIDOCTOR_PAGE.format(lang=lang).encode())
    assert doc.text == (
        "1. Знакомство с программой\n\n"
        "Программа предназначена для просмотра файлов печатных плат и отображения файлов сверловки; "
        "одновременно можно открыть до тридцати файлов.\n\n"
        "Формат файлов описан в спецификации, которую производитель публикует на своём сайте вместе "
        "с примерами.\n\n"
        "2. Команды главного меню\n\n"
        "Список слоёв показывает загруженные файлы и позволяет менять их цвет и порядок отображения."
    )
    removed = [(s.label, s.attrs["text"][:20], s.attrs["lang"]) for s in doc.layers["removed"]]
    assert removed == [
        ("foreign_paragraph", "Export to Board Edit", "en"),
        ("foreign_paragraph", "Show Source displays", "en"),
    ]


def test_a_declared_language_the_prose_is_mostly_in_stands_against_the_headings():
    """The headings overrule a declaration only where the prose does not side with it: the same
    page with one Russian paragraph of five is English as declared, its Russian paragraph cut."""
    from sloika.pipelines.formats.web import parse_html

    page = ASCIIDOCTOR_PAGE.format(lang="en")
    for russian in ("Программа предназначена", "Формат файлов описан"):
        start = page.index(russian)
        page = (
            page[:start]
            + "This paragraph was left in English by the translators of the manual."
            + (page[page.index("</p>", start) :])
        )
    (doc,) = parse_html(page.encode())
    removed = [(s.label, s.attrs.get("text", "")[:20]) for s in doc.layers["removed"]]
    assert ("foreign_paragraph", "Список слоёв показыв") in removed
    assert "Show Source displays the contents" in doc.text


def _body_words(html: str) -> Counter:
    """The words of a page's body as Python's own HTML parser reads them (scripts and styles out),
    its images' alt texts among them: a reference independent of lxml and trafilatura."""
    from html.parser import HTMLParser

    class Words(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.words: Counter = Counter()
            self.inside: list[str] = []

        def handle_starttag(self, tag, attrs):
            if tag in ("body", "script", "style"):
                self.inside.append(tag)
            if tag == "img":
                self.handle_data(dict(attrs).get("alt") or "")

        def handle_endtag(self, tag):
            if tag in self.inside:
                self.inside.remove(tag)

        def handle_data(self, data):
            if self.inside and self.inside[-1] == "body":
                self.words.update(re.findall(r"\w+", data))

    parser = Words()
    parser.feed(html)
    return parser.words


@pytest.mark.parametrize(
    "name", ["frameless_lists.html", "asciidoctor_toolbar.html", "sphinx_page.html", "help_page.html"]
)
def test_every_word_of_a_page_is_in_the_text_or_in_removed(name):
    """Nothing lost: the words of the page's body and its images' alt texts are the words of the
    kept text, of its figures' alt texts and of what ``removed`` holds (navigation, "(наверх)" back
    links among it, contents lists, what trafilatura judged boilerplate: a "Print" toolbar label, a
    footer's date; a toolbar legend's icons, "open_png"), each word once."""
    from sloika.pipelines.formats.web import parse_html

    html = (DATA / "web" / name).read_text()
    (doc,) = parse_html(html.encode())
    words = Counter(re.findall(r"\w+", doc.text))
    for span in doc.spans:
        words.update(re.findall(r"\w+", span.attrs.get("alt", "")) if span.label == "figure" else [])
    for span in doc.layers.get("removed", []):
        words.update(re.findall(r"\w+", span.attrs.get("text", "")))
        # an untranslated heading's place taken by the page's <title> (the head's words, not the body's)
        words.subtract(
            re.findall(r"\w+", span.attrs.get("title", "")) if span.label == "foreign_heading" else []
        )
    assert words == _body_words(html)


def test_what_trafilatura_leaves_out_goes_to_removed_with_its_reason():
    """KiCad's toolbar label "Print" was in neither the text nor ``removed``; a doublecmd page's
    contents list was kept as lines under the title. The header's author line (Asciidoctor's
    ``<span class="author">`` alone in its block) is a credit, as a DocBook title page's is."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html((DATA / "web" / "asciidoctor_toolbar.html").read_bytes())
    removed = [(s.label, s.attrs["text"], s.start) for s in doc.layers["removed"]]
    # each where it stood in the page: before the first kept block after it, the footer at the end
    after_title = len("Board Viewer\n\n")
    assert removed == [
        ("credits", "The Board Team", after_title),
        (
            "navigation",
            "Table of Contents 1. Знакомство с программой 2. Верхняя панель инструментов",
            after_title,
        ),
        ("image", "open_png", doc.text.index("Открыть файлы платы")),
        ("image", "print_png", doc.text.index("Масштабировать по размеру листа")),
        ("boilerplate", "Print", doc.text.index("Масштабировать по размеру листа")),
        ("image", "zoom_png", doc.text.index("Масштабировать по размеру листа")),
        ("boilerplate", "Last updated 2023-01-26 05:35:43 UTC", len(doc.text)),
    ]
    (doc,) = parse_html((DATA / "web" / "frameless_lists.html").read_bytes())
    removed = [(s.label, s.attrs["text"], s.start) for s in doc.layers["removed"]]
    assert removed == [
        ("navigation", "Начало | Пред.", 0),
        ("contents", "Содержание", doc.text.index("1. Описание")),
        ("contents", "1. Описание 1.1. Способы запуска 2. Режимы", doc.text.index("1. Описание")),
        ("navigation", "(наверх)", doc.text.index("2. Режимы")),
        ("navigation", "(наверх)", len(doc.text)),
    ]


HELP_PAGE = DATA / "web" / "help_page.html"


def test_a_help_pages_transcluded_passages_are_text_and_its_title_votes_for_its_language():
    """LibreOffice's help writes every passage it takes from another help file as ``<div
    class="embedded">``, which trafilatura discards as a social embed: "Коды ошибок:" stood over
    nothing, its codes in ``removed`` as ``boilerplate``. Kept, they bring in the untranslated note
    too, which with the untranslated ``<h1>`` made the page English; the translated ``<title>``
    votes for Russian, so the note is cut as foreign and the Russian stays. An ``embedded`` block
    holding a frame is still an embed."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(HELP_PAGE.read_bytes())
    assert (
        "Подаёт короткий звуковой сигнал через динамик компьютера.\n\n"
        "Громкость сигнала задаётся в меню Сервис - Настройки - Звук.\n\n"
        "Синтаксис:\n\n  Beep\n\n"
        "Коды ошибок:\n\n5 Неверный вызов\n\n7 Мало памяти\n\n"
        "Пример:\n\n  Sub ExampleBeep\n      Beep\n  End Sub"
    ) in doc.text
    removed = [(s.label, s.attrs["text"][:30]) for s in doc.layers["removed"]]
    assert ("foreign_paragraph", "Sound output depends on the de") in removed
    assert ("boilerplate", "Watch the video") in removed
    assert "Sound output" not in doc.text


def test_a_help_pages_banner_and_see_also_links_are_navigation():
    """The header logo ("Справка …", a link home) stayed as the page's first line, and under a "См.
    также" title cut as navigation its links stayed as the page's last paragraphs: the banner and the
    link-only blocks right after such a title are navigation too."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(HELP_PAGE.read_bytes())
    assert doc.text == (
        "Инструкция Beep\n\n"  # the <title>, over the untranslated <h1> "Beep Statement"
        "Подаёт короткий звуковой сигнал через динамик компьютера.\n\n"
        "Громкость сигнала задаётся в меню Сервис - Настройки - Звук.\n\n"
        "Синтаксис:\n\n  Beep\n\n"
        "Коды ошибок:\n\n5 Неверный вызов\n\n7 Мало памяти\n\n"
        "Пример:\n\n  Sub ExampleBeep\n      Beep\n  End Sub"
    )
    navigation = [(s.attrs["text"], s.start) for s in doc.layers["removed"] if s.label == "navigation"]
    end = len(doc.text)  # the banner where the text starts, the see-also links where it ends
    assert navigation == [
        ("Справка Офисного пакета 9.1", 0),
        ("См. также", end),
        ("Функция MsgBox", end),
        ("Sound Settings", end),
    ]


def test_a_link_in_prose_after_a_navigation_title_and_a_long_logo_block_stay():
    """Only link-only blocks go with a navigation title: a paragraph with words of its own ends the
    list; a "logo" block with more than a name's letters is no banner."""
    from sloika.pipelines.formats.web import parse_html

    page = (
        '<html lang="ru"><body><div class="logo"><p>Логотип проекта нарисовал художник, '
        "который живёт в небольшом городе у моря и любит рисовать маяки.</p></div>"
        "<h1>Звуковые сигналы</h1><p>Сигнал подаётся динамиком компьютера и длится долю секунды, "
        "поэтому его легко пропустить в шумной комнате.</p>"
        '<p class="related">См. также</p><p><a href="a.html">Функция MsgBox</a></p>'
        '<p>Подробнее о сообщениях написано в разделе <a href="b.html">Диалоги</a>.</p>'
        "</body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert "Логотип проекта нарисовал художник" in doc.text
    assert doc.text.endswith("Подробнее о сообщениях написано в разделе Диалоги.")
    assert "Функция MsgBox" not in doc.text


def test_hidden_alternatives_beside_a_hidden_default_leave_the_default():
    """LibreOffice's help writes a menu path per system as ``hidden`` siblings, the default last and
    unclassed: both were read glued ("LibreOffice - ПараметрыСервис - Параметры"). The default is
    the text, the other goes to ``removed`` as ``variant``; of alternatives that read the same (a
    heading for Impress and for Draw) one is. Hidden passages (a paragraph per module) all stay,
    beside a default or not, and so do differing alternatives without a default."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(HELP_PAGE.read_bytes())
    assert "Громкость сигнала задаётся в меню Сервис - Настройки - Звук." in doc.text
    assert [s.attrs["text"] for s in doc.layers["removed"] if s.label == "variant"] == ["Офис - Настройки"]
    page = (
        '<html lang="ru"><body><h1>Печать</h1><p>Перед печатью проверьте поля страницы и ориентацию '
        'листа в окне предварительного просмотра.</p><div><div hidden="true" class="WRITER"><p>Поля '
        'текстового документа задаются в стиле страницы.</p></div><div hidden="true" class="CALC">'
        "<p>Поля электронной таблицы задаются в диалоге печати.</p></div><div hidden>"
        "<p>В других модулях поля задаются в диалоге «Формат страницы».</p></div></div></body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert "Поля текстового документа задаются в стиле страницы." in doc.text
    assert "Поля электронной таблицы задаются в диалоге печати." in doc.text
    page = (
        '<html lang="ru"><body><h1>Маркеры</h1><h3><span><span hidden="true" class="IMPRESS">Размер'
        '</span><span hidden="true" class="DRAW">Размер</span></span></h3><p>Размер маркера задаётся в '
        'процентах от высоты строки.</p><p>Цвет задаётся в меню <span><span hidden="true" class="MAC">'
        'Офис</span><span hidden="true" class="WIN">Сервис</span></span>.</p></body></html>'
    )
    (doc,) = parse_html(page.encode())
    assert doc.text.startswith(
        "Маркеры\n\nРазмер\n\nРазмер маркера задаётся в процентах от высоты строки.\n\n"
    )
    assert "Офис" in doc.text and "Сервис" in doc.text  # no default to choose: both stay
    assert [s.attrs["text"] for s in doc.layers["removed"] if s.label == "variant"] == ["Размер"]


def test_a_picture_in_the_flow_is_a_figure_span_where_it_stood_and_its_alt_text_stays_out():
    """aptitude's manual leads into screenshots ("…у вас будет возможность прервать загрузку:") the
    text does not show: each picture that stands in the flow is a zero-width ``figure`` span at the
    start of the block after it (at the text's end after the last one), its alt text, caption and
    file in ``attrs``; navigation arrows in links, an admonition's icon beside its title, an icon
    16 pixels wide inside a sentence, a decorative spacer and an untitled ``<svg>`` are not figures."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html((DATA / "web" / "figures.html").read_bytes())
    lead_in = (
        "Перед загрузкой программа проверяет подписи всех выбранных пакетов. Если подпись не сходится, "
        "появится окно, в котором можно отменить загрузку:"
    )
    import_key = (
        "Новый ключ добавляется командой импорта, после чего его нужно отметить как доверенный "
        "в списке ключей."
    )
    paragraphs = [
        "Окно загрузки",
        lead_in,
        "Настройка ключей",
        "Примечание",
        "Ключи хранятся в каталоге настроек и читаются при каждом запуске программы.",
        import_key,
        "Значок рядом с ключом значит, что ключ доверенный.",
        "Схема проверки подписи выглядит так:",
    ]
    assert doc.text == "\n\n".join(paragraphs)
    screenshot = len("Окно загрузки\n\n") + len(lead_in) + 2  # where "Настройка ключей" starts
    keys = doc.text.index("Значок")  # the <figure> stood between the import paragraph and this one
    assert screenshot == 160 and keys == 371 and len(doc.text) == 459
    figures = [(s.start, s.end, s.attrs) for s in doc.spans if s.label == "figure"]
    assert figures == [
        (160, 160, {"alt": "[окно предупреждения о подписи]", "src": "images/warning.png"}),
        (371, 371, {"alt": "список ключей", "caption": "Рисунок 1. Список ключей", "src": "images/keys.png"}),
        (459, 459, {"alt": "Схема проверки подписи"}),  # the <svg>'s title; the page's last
    ]
    assert "окно предупреждения" not in doc.text and "замок" not in doc.text
    (toolbar,) = parse_html((DATA / "web" / "asciidoctor_toolbar.html").read_bytes())
    assert not [s for s in toolbar.spans if s.label == "figure"]  # a legend's icons in table rows


def test_each_definition_list_term_stays_before_its_definition_inside_a_main_frame():
    """A ``<dl>`` inside ``<main>``, whose ``<dd>`` holds a ``<p>`` (a Sphinx field list) or plain
    text: trafilatura reads the list's items, and the terms (``<dt>`` made paragraphs) came out after
    the whole list, "Описание…", "Кто написал…" and only then "Description", "Author". Each term
    is now the first paragraph of its definition's item; several terms over one definition stay
    in their order, and a definition's own text before its paragraph stays before it."""
    from sloika.pipelines.formats.web import parse_html

    page = (
        '<html lang="ru"><head><title>Патчи</title></head><body><main><h1>Заголовки патчей</h1>'
        "<p>У каждого патча в начале файла есть заголовок из нескольких полей, понятных людям.</p>"
        '<dl class="field-list simple">'
        '<dt class="field-odd">Description</dt>'
        '<dd class="field-odd"><p>Что делает этот патч и зачем он нужен пакету.</p></dd>'
        '<dt class="field-even">Author</dt>'
        '<dd class="field-even"><p>Кто написал этот патч, имя и адрес почты.</p></dd>'
        "</dl>"
        "<dl><dt>-q</dt><dt>--quiet</dt><dd>Ничего не печатать, кроме ошибок."
        "<p>Код выхода при этом остаётся прежним.</p></dd></dl>"
        "<p>Остальные поля заголовка необязательны, но помогают тем, кто читает патч.</p>"
        "</main></body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text == (
        "Заголовки патчей\n\n"
        "У каждого патча в начале файла есть заголовок из нескольких полей, понятных людям.\n\n"
        "Description\n\nЧто делает этот патч и зачем он нужен пакету.\n\n"
        "Author\n\nКто написал этот патч, имя и адрес почты.\n\n"
        "-q\n\n--quiet\n\nНичего не печатать, кроме ошибок.\n\n"
        "Код выхода при этом остаётся прежним.\n\n"
        "Остальные поля заголовка необязательны, но помогают тем, кто читает патч."
    )
    terms = [doc.text[s.start : s.end] for s in doc.spans if s.attrs.get("part") == "term"]
    assert terms == [  # a term's list item spans its definition
        "Description\n\nЧто делает этот патч и зачем он нужен пакету.",
        "Author\n\nКто написал этот патч, имя и адрес почты.",
        "-q",
        "--quiet\n\nНичего не печатать, кроме ошибок.\n\nКод выхода при этом остаётся прежним.",
    ]
