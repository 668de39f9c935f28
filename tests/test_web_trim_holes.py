"""Holes the foreign cut leaves in partly translated HTML pages (issue 15): lists whose lead-in or
items were cut, lists ending on a separator, sentences pointing at a cut folder. The pages are
written here; every expected text is spelled out by hand from the page."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

INTRO = (
    "<p>Программа показывает окно приветствия при каждом запуске, пока загружаются её модули и "
    "настройки пользователя.</p>"
)


def page(body: str, lang: str = "ru") -> bytes:
    head = f'<html lang="{lang}"><head><title>Т</title></head>'
    return f'{head}<body><div class="section">{body}</div></body></html>'.encode()


def parsed(body: str):
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(page(body))
    return doc


def orphaned(doc) -> list[tuple[str, str]]:
    return [
        (span.attrs["why"], span.attrs["text"])
        for span in doc.layers["removed"]
        if span.label == "orphaned_by_cut"
    ]


def test_items_without_their_cut_lead_in_go_translated_items_in_capitals_stay():
    """ "… depends on your system:" cut, the paths under it name nothing; "Сохраните … в эту папку"
    points at the cut folder. A list of translated commands ("Показать справку: tool --help") under
    a cut "Some common uses are:" reads whole and stays."""
    doc = parsed(
        "<h2>1. Своя заставка</h2>"
        + INTRO
        + "<p>You can also choose your own picture: create a folder named pictures in your profile. "
        "The location of this folder depends on your system:</p>"
        "<ul><li><p>Linux: <code>/home/user/.config/tool/</code></p></li>"
        "<li><p>Windows: <code>C:\\Users\\user\\tool\\</code></p></li></ul>"
        "<p>Сохраните ваши картинки в эту папку, и при следующем запуске программа выберет одну из них "
        "случайным образом.</p>"
        "<h2>2. Команды</h2>"
        "<p>This program handles the archives of the tool in many ways. Some common uses are:</p>"
        "<ul><li><p>Показать список всех параметров программы: <code>tool --help</code></p></li>"
        "<li><p>Распаковать архив в отдельный каталог: <code>tool --extract</code></p></li></ul>"
    )
    assert doc.text == (
        "1. Своя заставка\n\n"
        "Программа показывает окно приветствия при каждом запуске, пока загружаются её модули и "
        "настройки пользователя.\n\n"
        "2. Команды\n\n"
        "Показать список всех параметров программы: tool --help\n\n"
        "Распаковать архив в отдельный каталог: tool --extract"
    )
    assert orphaned(doc) == [
        ("item_of_cut_lead_in", "Linux: /home/user/.config/tool/"),
        ("item_of_cut_lead_in", "Windows: C:\\Users\\user\\tool\\"),
        (
            "points_back",
            "Сохраните ваши картинки в эту папку, и при следующем запуске программа выберет одну из них "
            "случайным образом.",
        ),
    ]


def test_a_list_whose_last_item_was_cut_loses_its_separator_and_a_lead_in_its_cut_list():
    """The last item cut, the kept one before it would end the list on ";": the ";" goes, the item
    stays. A kept lead-in whose every item was cut goes as ``lead_in_of_cut`` (its sentence)."""
    doc = parsed(
        "<h2>1. Возможности</h2>"
        "<p>Помимо основных функций программа предлагает несколько дополнительных возможностей:</p>"
        "<ul><li><p>обеспечивает лёгкий доступ ко всем сохранённым версиям документа;</p></li>"
        "<li><p>позволяет быстро находить устаревшие файлы и удалять их из каталога;</p></li>"
        "<li><p>The full screen mode has its own help system that can be opened by any normal user "
        "without special rights.</p></li></ul>"
        "<p>С программой можно работать как через окно, так и непосредственно из командной строки "
        "терминала.</p>"
        "<h2>2. Ограничения</h2>"
        "<p>Программа работает не везде. Известны следующие ограничения:</p>"
        "<ul><li><p>It does not run on systems without a graphical display of any kind at all.</p></li>"
        "<li><p>It cannot open files larger than four gigabytes on older file systems.</p></li></ul>"
        "<p>Эти ограничения будут сняты в следующих версиях программы, как только появится время.</p>"
    )
    assert doc.text == (
        "1. Возможности\n\n"
        "Помимо основных функций программа предлагает несколько дополнительных возможностей:\n\n"
        "обеспечивает лёгкий доступ ко всем сохранённым версиям документа;\n\n"
        "позволяет быстро находить устаревшие файлы и удалять их из каталога\n\n"
        "С программой можно работать как через окно, так и непосредственно из командной строки "
        "терминала.\n\n"
        "2. Ограничения\n\n"
        "Программа работает не везде."
    )
    assert ("end_of_cut_list", ";") in orphaned(doc)
    assert ("lead_in_of_cut", "Известны следующие ограничения:") in orphaned(doc)
