"""Raw HTML in Markdown is rendered as a page shows it: a README's HTML header (``<h1 align=…>``,
``<p align=…>`` of a logo and badges, a row of ``<a>`` links, ``<br>``, ``<details><summary>``) kept
its tags as text in the corpus (thirty-second held-out check, row 12; issue 15)."""

from __future__ import annotations

from sloika.pipelines.formats.markdown import parse_markdown

HEADER = (
    '<h1 align="center">Квадрат</h1>\n'
    '<p align="center">\n'
    '  <img src="logo.svg" width="200" alt="Логотип: синий квадрат" />\n'
    "  <br>\n"
    "  Библиотека для проверки схем данных\n"
    "  <br>\n"
    "  с выводом типов.\n"
    "</p>\n"
    '<p align="center">\n'
    '  <a href="https://ci.example.com"><img src="https://img.shields.io/ci.svg" alt="Сборка"></a>\n'
    '  <a href="https://npm.example.com"><img src="https://img.shields.io/npm.svg" alt="npm"></a>\n'
    "</p>\n"
    '<p align="center">\n'
    '  <a href="https://example.com/docs">Документация</a> &nbsp;•&nbsp;\n'
    '  <a href="https://example.com/chat">Чат</a> &nbsp;•&nbsp;\n'
    '  <a href="https://example.com/blog">Блог</a>\n'
    "</p>\n\n"
    "## Установка\n\n"
    'Поставьте пакет из <a href="https://npm.example.com">реестра</a>, затем нажмите <kbd>Enter</kbd>.\n'
)


def _removed(doc) -> list[tuple[str, str]]:
    return [(s.label, s.attrs["text"]) for s in doc.layers.get("removed", [])]


def test_an_html_header_reads_as_headings_and_paragraphs():
    """``<h1>`` is a heading (an ATX line, a ``heading`` span), ``<p>`` a paragraph, ``<br>`` a
    line break, a link its text; the logo is a figure out of the text's flow; no tag is left."""
    (doc,) = parse_markdown(HEADER.encode(), foreign="keep")
    assert doc.text == (
        "# Квадрат\n\n"
        "Библиотека для проверки схем данных\nс выводом типов.\n\n"
        "## Установка\n\n"
        "Поставьте пакет из реестра, затем нажмите Enter."
    )
    headings = [(doc.text[s.start : s.end], s.attrs) for s in doc.spans if s.label == "heading"]
    assert headings == [("# Квадрат", {"level": 1}), ("## Установка", {"level": 2})]
    figures = [s.attrs for s in doc.spans if s.label == "figure"]
    assert figures[0] == {"alt": "Логотип: синий квадрат", "src": "logo.svg"}
    assert figures[1] == {
        "alt": "Сборка",
        "src": "https://img.shields.io/ci.svg",
        "href": "https://ci.example.com",
    }


def test_nothing_the_header_held_is_lost():
    """Each tag is a ``removed`` record (``html_wrapper``), each image one (``image``: its tag, a
    badge's alt text with it), and the row of links with only separators between them a site's
    menu (``navigation``: what it showed)."""
    (doc,) = parse_markdown(HEADER.encode(), foreign="keep")
    removed = _removed(doc)
    assert ("navigation", "Документация • Чат • Блог") in removed
    images = [text for label, text in removed if label == "image"]
    assert images[1] == '<img src="https://img.shields.io/ci.svg" alt="Сборка">'
    assert len(images) == 3
    wrappers = [text for label, text in removed if label == "html_wrapper"]
    assert wrappers.count("<br>") == 2 and wrappers.count("</a>") == 6
    assert '<h1 align="center">' in wrappers and "<kbd>" in wrappers and "</kbd>" in wrappers


def test_a_heading_of_an_image_alone_is_no_empty_heading():
    """A heading that holds only a logo and line breaks (chalk's ``<h1>`` of ``<br>``s around an
    ``<img>``) shows no title: no "#" line is left, the logo is a figure."""
    source = (
        '<h1 align="center">\n\t<br>\n\t<img width="320" src="logo.svg" alt="Мел">\n\t<br>\n</h1>\n\n'
        "> Цвета в терминале\n"
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert doc.text == "> Цвета в терминале"
    assert [s.label for s in doc.spans] == ["figure"]


def test_folded_section_and_table_cells_read_as_text():
    """``<details><summary>`` leave their text; a ``<br>`` in a table row is a space, or the row
    would be split; a heading's ``<br>`` is a space too."""
    source = (
        "<details><summary>Подробнее о настройке</summary>\n\n"
        "Файл настроек лежит рядом с проектом.\n\n</details>\n\n"
        "| Ключ | Значение |\n|---|---|\n| порт<br>сервера | 8080 |\n\n"
        "<h2>Часто<br>задаваемые вопросы</h2>\n"
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert doc.text == (
        "Подробнее о настройке\n\nФайл настроек лежит рядом с проектом.\n\n"
        "| Ключ | Значение |\n|---|---|\n| порт сервера | 8080 |\n\n"
        "## Часто задаваемые вопросы"
    )


def test_code_capitalised_tags_placeholders_and_autolinks_stay_as_written():
    """Inside backticks or a fence HTML is the code's own; a capitalised tag with text after it is
    a type's name, an unknown tag a placeholder, ``<https://…>`` an autolink: all stay."""
    source = (
        'Тег `<p align="center">` и <Buffer> значение, файл <имя> или <name>, сайт <https://example.com>.\n\n'
        '```html\n<h1 align="center">Пример</h1>\n```\n'
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert doc.text == source.rstrip()
    assert "removed" not in doc.layers


def test_lists_scripts_and_struck_text_keep_their_meaning():
    """``<li>`` is a list item ("- ", numbered in an ``<ol>``); a superscript or subscript whose
    characters all have Unicode's forms takes them (the Rust book's "2<sup>n - 1</sup>" read "2n -
    1"); ``<s>`` is Markdown's ``~~``; a ``<p>`` inside a block quote's line stays on that line."""
    source = (
        "<ul>\n  <li>Доступность</li>\n  <li>Загрузка ресурсов</li>\n</ul>\n"
        "<ol><li>Один</li><li>Два</li></ol>\n\n"
        "Числа от −(2<sup>n - 1</sup>) до 2<sup>n</sup> − 1, вода H<sub>2</sub>O, сноска<sup>[1]</sup>.\n\n"
        "Пишите camelCase <s>всегда</s> почти везде.\n\n"
        "> <p>**Ключевые слова**</p>\n> <p>Набор слов языка.</p>\n"
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert doc.text == (
        "- Доступность\n- Загрузка ресурсов\n\n1. Один\n2. Два\n\n"
        "Числа от −(2ⁿ⁻¹) до 2ⁿ − 1, вода H₂O, сноска[1].\n\n"
        "Пишите camelCase ~~всегда~~ почти везде.\n\n"
        "> **Ключевые слова**\n> Набор слов языка."
    )


def test_a_markdown_link_around_an_html_image_goes_with_it():
    """``[<img alt="Live Demo" src=…>](https://…)``, a README's demo button: the image is a figure
    and the link, left with no text, is no "[](…)" in the text but an ``image`` record."""
    source = (
        '[<img width="250" alt="Live Demo" src="demo.png">](https://example.com/demo)\n\nТекст страницы.\n'
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert doc.text == "Текст страницы."
    assert [s.attrs for s in doc.spans if s.label == "figure"] == [{"alt": "Live Demo", "src": "demo.png"}]
    assert ("image", "[](https://example.com/demo)") in _removed(doc)


def test_names_parted_by_spaces_alone_are_no_menu():
    """Links with nothing but spaces between them are a list of names (webpack's sponsors under
    "we would like to acknowledge these sponsors"), not a site's menu: their text stays."""
    source = (
        "Мы благодарим тех, кто поддержал проект:\n\n"
        '<div align="center">\n\n'
        '<a href="https://a.example.com">Альфа</a>\n<a href="https://b.example.com">Бета</a>\n\n'
        "</div>\n"
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert doc.text == "Мы благодарим тех, кто поддержал проект:\n\nАльфа\nБета"
    assert "navigation" not in [label for label, _ in _removed(doc)]


def test_an_html_list_in_markdown_is_numbered_as_the_html_reader_numbers_it():
    """An ``<ol>`` in Markdown counts as the browser counts it, by the HTML reader's rule
    (``list_markers``): from its ``start``, down where it is ``reversed``, an item's ``value`` setting
    its number, in its ``type``'s style; an item numbered by hand keeps its own label alone (the
    renderer numbered every ``<ol>`` from 1 and put "1. " before "1. Скачайте")."""
    source = (
        '<ol start="3"><li>Соберите пакет</li><li>Опубликуйте его</li></ol>\n\n'
        "<ol reversed><li>Три</li><li>Два</li><li>Один</li></ol>\n\n"
        '<ol type="a"><li>Первый</li><li value="5">Пятый</li><li>Шестой</li></ol>\n\n'
        "<ol><li>1. Скачайте архив</li><li>2. Распакуйте его</li></ol>\n"
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert doc.text == (
        "3. Соберите пакет\n4. Опубликуйте его\n\n"
        "3. Три\n2. Два\n1. Один\n\n"
        "a. Первый\ne. Пятый\nf. Шестой\n\n"
        "1. Скачайте архив\n2. Распакуйте его"
    )
