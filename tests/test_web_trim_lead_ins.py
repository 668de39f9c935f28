"""Holes the foreign cut left in lists of steps and of files on partly translated HTML pages
(issue 15, the Debian maint guide's A.2, A.4 and A.5): a listing whose English lead-in, its list
item's first paragraph, was cut. The pages are written here; every expected text is spelled out by
hand from the page."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

INTRO = (
    "<p>Программа показывает окно приветствия при каждом запуске, пока загружаются её модули и "
    "настройки пользователя.</p>"
)


def page(body: str, lang: str = "ru", title: str = "Т") -> bytes:
    head = f'<html lang="{lang}"><head><title>{title}</title></head>'
    return f'{head}<body><div class="section">{body}</div></body></html>'.encode()


def parsed(body: str, **kwargs):
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(page(body, **kwargs))
    return doc


def removed(doc, label: str) -> list[str]:
    return [span.attrs["text"] for span in doc.layers["removed"] if span.label == label]


def test_a_listing_of_a_cut_list_item_goes_with_it_though_the_next_item_is_kept():
    """The second step's English paragraph is cut; its listing, left, would stand under the first
    step without a word of what it does (the maint guide's A.2 "$ cd .." / "$ dpkg-deb -R …"). It
    goes with the item as ``foreign_companion``; the next step, kept, keeps its own listing."""
    doc = parsed(
        "<h2>1. Сборка модуля</h2>"
        + INTRO
        + "<ul><li><p>Распакуйте исходный архив модуля в отдельный каталог.</p></li>"
        "<li><p>If the build prints a list of new symbols, extract the updated symbols file from the "
        "generated package.</p>"
        '<pre class="screen">$ cd ..\n$ unpack foo_1.3.pkg foo-tmp</pre></li>'
        "<li><p>Соберите окончательные пакеты обычными средствами.</p>"
        '<pre class="screen">$ cd foo-1.3\n$ build</pre></li></ul>'
    )
    assert doc.text == (
        "1. Сборка модуля\n\n"
        "Программа показывает окно приветствия при каждом запуске, пока загружаются её модули и "
        "настройки пользователя.\n\n"
        "- Распакуйте исходный архив модуля в отдельный каталог.\n\n"
        "- Соберите окончательные пакеты обычными средствами.\n\n"
        "$ cd foo-1.3\n$ build"
    )
    assert removed(doc, "foreign_companion") == ["$ cd ..\n$ unpack foo_1.3.pkg foo-tmp"]


def test_a_file_of_a_list_whose_description_was_cut_goes_with_it():
    """A list of the files a build leaves, each over what it is: the second file's description is
    English and cut; the file name, left, would stand over nothing (A.5's "mypackage_1.0.dsc"). It
    goes with its description as ``foreign_companion``; the files described in Russian stay."""
    doc = parsed(
        "<h2>2. Родной пакет</h2>"
        + INTRO
        + "<p>После сборки в родительском каталоге появятся следующие файлы:</p>"
        "<ul><li><p><code>foo_1.0.tar.gz</code></p>"
        "<p>Это сжатый архив с исходным кодом, созданный из каталога сборки.</p></li>"
        "<li><p><code>foo_1.0.dsc</code></p>"
        "<p>This is a summary of the contents of the source code, as in any other package of the "
        "archive.</p></li>"
        "<li><p><code>foo_1.0.changes</code></p>"
        "<p>Содержит описание всех изменений, сделанных в текущей версии пакета.</p></li></ul>"
    )
    assert doc.text == (
        "2. Родной пакет\n\n"
        "Программа показывает окно приветствия при каждом запуске, пока загружаются её модули и "
        "настройки пользователя.\n\n"
        "После сборки в родительском каталоге появятся следующие файлы:\n\n"
        "- foo_1.0.tar.gz\n\n"
        "Это сжатый архив с исходным кодом, созданный из каталога сборки.\n\n"
        "- foo_1.0.changes\n\n"
        "Содержит описание всех изменений, сделанных в текущей версии пакета."
    )
    assert removed(doc, "foreign_companion") == ["foo_1.0.dsc"]


def test_a_file_of_a_counted_list_stays_though_its_description_was_cut():
    """The text after the list counts its files ("эти три файла"): the file whose description was cut
    stays, or the count would be false."""
    doc = parsed(
        "<h2>2. Пакет</h2>" + INTRO + "<p>После сборки в родительском каталоге появятся следующие файлы:</p>"
        "<ul><li><p><code>foo_1.0.orig.tar.gz</code></p>"
        "<p>This is the original source tarball, merely renamed so that it follows the standard of "
        "the archive.</p></li>"
        "<li><p><code>foo_1.0-1.dsc</code></p>"
        "<p>Этот файл описывает содержимое пакета с исходным кодом.</p></li>"
        "<li><p><code>foo_1.0-1.debian.tar.gz</code></p>"
        "<p>В этом архиве находится содержимое каталога debian.</p>"
        "<p>Чтобы пересоздать пакет, достаточно скопировать эти три файла в пустой каталог.</p></li></ul>"
    )
    assert "появятся следующие файлы:\n\n- foo_1.0.orig.tar.gz\n\n- foo_1.0-1.dsc\n\n" in doc.text
    assert removed(doc, "foreign_companion") == []


def orphaned(doc) -> list[tuple[str, str]]:
    return [
        (span.attrs["why"], span.attrs["text"])
        for span in doc.layers["removed"]
        if span.label == "orphaned_by_cut"
    ]


def test_a_closed_list_the_cut_took_an_item_from_goes_with_its_lead_in():
    """The heading names the four modes; the lead-in's list lost "quiet" (English, cut). What is left
    would answer the heading with three of four (the Debian FAQ's 7.11 without "remove"): the
    lead-in's sentence, the kept items and the further paragraph of one go as
    ``rest_of_cut_list``, as the PDF reader does with a marked list."""
    doc = parsed(
        "<h2>3. Что значат режимы normal, verbose, quiet и debug?</h2>"
        "<p>Режим задаётся ключом командной строки или в файле настроек. Их значения:</p>"
        "<ul><li><p>обычный (normal) — программа сообщает только об ошибках;</p></li>"
        "<li><p>подробный (verbose) — программа сообщает о каждом шаге;</p>"
        "<p>Этот режим удобен при поиске неполадок.</p></li>"
        "<li><p>quiet - the program prints nothing at all, not even the errors it meets;</p></li>"
        "<li><p>отладка (debug) — программа выводит всё, что знает.</p></li></ul>"
        "<h2>4. Как сменить режим?</h2>" + INTRO
    )
    assert doc.text == (
        "3. Что значат режимы normal, verbose, quiet и debug?\n\n"
        "Режим задаётся ключом командной строки или в файле настроек.\n\n"
        "4. Как сменить режим?\n\n"
        "Программа показывает окно приветствия при каждом запуске, пока загружаются её модули и "
        "настройки пользователя."
    )
    assert orphaned(doc) == [
        ("rest_of_cut_list", "Их значения:"),
        ("rest_of_cut_list", "обычный (normal) — программа сообщает только об ошибках;"),
        ("rest_of_cut_list", "подробный (verbose) — программа сообщает о каждом шаге;"),
        ("rest_of_cut_list", "Этот режим удобен при поиске неполадок."),
        ("rest_of_cut_list", "отладка (debug) — программа выводит всё, что знает."),
    ]


def test_a_closed_definition_list_goes_whole_a_list_of_independent_items_stays():
    """A ``<dl>`` of the scripts the heading names, two of them English and cut: the lead-in, the
    kept terms and their definitions go (the FAQ's 7.6). Under a heading that names none of them,
    a list of documents to read keeps its Russian items though one was cut."""
    doc = parsed(
        "<h2>5. Зачем нужны сценарии preload, postload, preexit и postexit?</h2>"
        + INTRO
        + "<p>Более подробно:</p><dl>"
        "<dt>preload</dt><dd><p>This script runs before the module is loaded from its archive and "
        "stops the services the module replaces.</p></dd>"
        "<dt>postload</dt><dd><p>This script completes the configuration of the module once it has "
        "been loaded and asks the user for the values it needs.</p></dd>"
        "<dt>preexit</dt><dd><p>Этот сценарий останавливает все службы модуля перед выгрузкой.</p></dd>"
        "<dt>postexit</dt><dd><p>Этот сценарий удаляет файлы, созданные модулем.</p></dd></dl>"
        "<h2>6. Что почитать?</h2>"
        "<p>Перед началом работы полезно прочитать следующие документы:</p>"
        "<ul><li><p>Руководство пользователя, глава о настройке модулей.</p></li>"
        "<li><p>The developers' reference, with its chapter on the archive layout.</p></li>"
        "<li><p>Справочник по командам, раздел о режимах работы.</p></li></ul>"
    )
    assert doc.text == (
        "5. Зачем нужны сценарии preload, postload, preexit и postexit?\n\n"
        "Программа показывает окно приветствия при каждом запуске, пока загружаются её модули и "
        "настройки пользователя.\n\n"
        "6. Что почитать?\n\n"
        "Перед началом работы полезно прочитать следующие документы:\n\n"
        "- Руководство пользователя, глава о настройке модулей.\n\n"
        "- Справочник по командам, раздел о режимах работы."
    )
    assert [why for why, _ in orphaned(doc)] == ["rest_of_cut_list"] * 5
