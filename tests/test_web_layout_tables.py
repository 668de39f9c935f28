"""HTML pages laid out with tables, page furniture and link hubs (issue 15, seventh held-out check,
findings 5 and 6: the Apache manual's index and its language bars). The pages are written here;
every expected text is spelled out by hand from the page."""

from __future__ import annotations

import pytest

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
        "Скачайте архив с сайта проекта.\n\n"
        "Распакуйте его в домашний каталог.\n\n"
        "Настройка\n\n"
        "Откройте файл настройки в редакторе."
    )
    assert labelled(doc, "heading") == ["Руководство", "Установка", "Настройка"]
    assert labelled(doc, "list_item") == [
        "Скачайте архив с сайта проекта.",
        "Распакуйте его в домашний каталог.",
        "Откройте файл настройки в редакторе.",
    ]


def test_data_table_rows_stay_cells_joined():
    """A data table (no heading, no list in a cell) is still one line per row, cells joined by " | "."""
    doc = parsed(
        PROSE + "<table><tr><td>Порт</td><td>80</td></tr><tr><td>Каталог журналов</td>"
        "<td>/var/log/httpd</td></tr></table>"
    )
    assert "Порт | 80\n\nКаталог журналов | /var/log/httpd" in doc.text
