"""The HTML reader keeps a page's list items in source order where two lists of the page open alike,
and a table inside a list item once (issue 15, the twelfth held-out check's Logisim "Меню Файл":
the print dialog's first item went above the export section's closing paragraph, and the item
holding the substitution table kept the table's cells glued to its text besides the table's rows).
The pages are written here; every expected text is spelled out by hand from the page."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

MENU = (
    "<h1>Меню Документ</h1>"
    "<dl><dt><strong>Создать</strong></dt><dd><p>Создаёт новый документ в отдельном окне редактора.</p></dd>"
    "<dt><strong>Выгрузить...</strong></dt><dd><p>Записывает рисунки документа в файлы. Окно настройки "
    "описано ниже.</p></dd></dl>\n"
)
EXPORT = (
    "<h2>Окно выгрузки</h2>\n"
    "<p>Когда вы выбираете Выгрузить..., редактор показывает окно с двумя полями.</p>\n<ul>\n"
    "<li><b>Листы:</b> Перечень, в котором можно отметить один или несколько листов для выгрузки в файлы "
    "рисунков.</li>\n"
    "<li><b>Формат:</b> Можно выбрать PNG или JPEG; первый лучше подходит для чертежей.</li>\n</ul>\n"
    "<p>После нажатия кнопки OK редактор спросит, в какую папку положить файлы рисунков.</p>\n"
)
MENU_TEXT = (
    "Меню Документ\n\nСоздать\n\nСоздаёт новый документ в отдельном окне редактора.\n\n"
    "Выгрузить...\n\nЗаписывает рисунки документа в файлы. Окно настройки описано ниже.\n\n"
)
EXPORT_TEXT = (
    "Окно выгрузки\n\n"
    "Когда вы выбираете Выгрузить..., редактор показывает окно с двумя полями.\n\n"
    "Листы: Перечень, в котором можно отметить один или несколько листов для выгрузки в файлы рисунков.\n\n"
    "Формат: Можно выбрать PNG или JPEG; первый лучше подходит для чертежей.\n\n"
    "После нажатия кнопки OK редактор спросит, в какую папку положить файлы рисунков.\n\n"
)


def parsed(body: str):
    from sloika.pipelines.formats.web import parse_html

    page = f'<html lang="ru"><head><title>Меню Документ</title></head><body>{body}</body></html>'
    (doc,) = parse_html(page.encode())
    return doc


def test_a_list_whose_first_item_opens_like_an_earlier_lists_stays_after_the_paragraph_before_it():
    """Both dialogs' lists open "Листы: Перечень, в котором можно отметить один или несколько
    листов", and both sections close on "После нажатия кнопки OK редактор …": the print list's first
    item comes after the print section's lead, not above the export section's closing paragraph."""
    doc = parsed(
        MENU + EXPORT + "<h2>Окно печати</h2>\n"
        "<p>Когда вы выбираете Отправить на печать..., редактор показывает окно с двумя полями.</p>\n<ul>\n"
        "<li><b>Листы:</b> Перечень, в котором можно отметить один или несколько листов для печати, по "
        "листу на страницу.</li>\n"
        "<li><b>Поля:</b> Ширина пустых полей страницы в миллиметрах.</li>\n</ul>\n"
        "<p>После нажатия кнопки OK редактор покажет обычное окно настройки принтера.</p>\n"
    )
    assert doc.text == (
        MENU_TEXT + EXPORT_TEXT + "Окно печати\n\n"
        "Когда вы выбираете Отправить на печать..., редактор показывает окно с двумя полями.\n\n"
        "Листы: Перечень, в котором можно отметить один или несколько листов для печати, по листу на "
        "страницу.\n\n"
        "Поля: Ширина пустых полей страницы в миллиметрах.\n\n"
        "После нажатия кнопки OK редактор покажет обычное окно настройки принтера."
    )
    assert not doc.layers.get("removed")
