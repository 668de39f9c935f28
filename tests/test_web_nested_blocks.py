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
    "- Листы: Перечень, в котором можно отметить один или несколько листов для выгрузки в файлы рисунков.\n\n"
    "- Формат: Можно выбрать PNG или JPEG; первый лучше подходит для чертежей.\n\n"
    "После нажатия кнопки OK редактор спросит, в какую папку положить файлы рисунков.\n\n"
)


PRINT = (  # the print dialog's heading, lead and first item: they open like the export dialog's
    "<h2>Окно печати</h2>\n"
    "<p>Когда вы выбираете Отправить на печать..., редактор показывает окно с двумя полями.</p>\n<ul>\n"
    "<li><b>Листы:</b> Перечень, в котором можно отметить один или несколько листов для печати, по "
    "листу на страницу.</li>\n"
)
PRINT_TEXT = (
    "Окно печати\n\n"
    "Когда вы выбираете Отправить на печать..., редактор показывает окно с двумя полями.\n\n"
    "- Листы: Перечень, в котором можно отметить один или несколько листов для печати, по листу на "
    "страницу.\n\n"
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
        MENU + EXPORT + PRINT + "<li><b>Поля:</b> Ширина пустых полей страницы в миллиметрах.</li>\n</ul>\n"
        "<p>После нажатия кнопки OK редактор покажет обычное окно настройки принтера.</p>\n"
    )
    assert doc.text == (
        MENU_TEXT + EXPORT_TEXT + PRINT_TEXT + "- Поля: Ширина пустых полей страницы в миллиметрах.\n\n"
        "После нажатия кнопки OK редактор покажет обычное окно настройки принтера."
    )
    assert not doc.layers.get("removed")


SIGNATURE_ITEM = (
    "<li><b>Подпись:</b> Строка, которая печатается вверху каждой страницы. В ней заменяются такие знаки:\n"
    "<center><table>\n"
    "<tr><td><tt>%d</tt></td><td>Дата печати</td></tr>\n"
    "<tr><td><tt>%s</tt></td><td>Номер листа</td></tr>\n"
    "</table></center></li>\n"
)
SIGNATURE_TEXT = (
    "- Подпись: Строка, которая печатается вверху каждой страницы. В ней заменяются такие знаки:\n\n"
    "%d | Дата печати\n\n"
    "%s | Номер листа\n\n"
)


def test_a_centred_table_in_a_list_item_is_kept_once_as_rows_after_the_items_text():
    """trafilatura's recall pass gives this item as its text and the table's bare cells ("…знаки:
    %dДата печати%sНомер листа"), its precise pass the table as rows: the item's text alone, then
    the rows once."""
    doc = parsed(
        "<h1>Подписи страниц</h1>\n"
        "<p>Редактор печатает подпись вверху каждой страницы, если она задана в окне печати.</p>\n<ul>\n"
        + SIGNATURE_ITEM
        + "<li><b>Поля:</b> Ширина пустых полей страницы в миллиметрах.</li>\n</ul>\n"
        "<p>После нажатия кнопки OK редактор покажет обычное окно настройки принтера.</p>\n"
    )
    assert doc.text == (
        "Подписи страниц\n\n"
        "Редактор печатает подпись вверху каждой страницы, если она задана в окне печати.\n\n"
        + SIGNATURE_TEXT
        + "- Поля: Ширина пустых полей страницы в миллиметрах.\n\n"
        "После нажатия кнопки OK редактор покажет обычное окно настройки принтера."
    )
    assert not doc.layers.get("removed")


def test_a_list_item_holding_a_table_keeps_its_text_in_place_under_a_second_alike_list():
    """On this page trafilatura's recall pass gives the item's table as a table inside the item: the
    item's text was read as no list item and left out (``boilerplate``); it stays, above its rows."""
    doc = parsed(
        MENU + EXPORT + PRINT + SIGNATURE_ITEM + "</ul>\n"
        "<p>После нажатия кнопки OK редактор покажет обычное окно настройки принтера.</p>\n"
    )
    assert doc.text == (
        MENU_TEXT
        + EXPORT_TEXT
        + PRINT_TEXT
        + SIGNATURE_TEXT
        + "После нажатия кнопки OK редактор покажет обычное окно настройки принтера."
    )
    assert not doc.layers.get("removed")


def test_the_text_after_a_centred_image_inside_a_paragraph_is_kept_as_a_paragraph_after_it():
    """``<center>`` inside a ``<p>`` closes the paragraph as the parser reads it, leaving the text
    after the image loose in ``<body>``; it was left out (``boilerplate``). It stays, after the
    image's ``figure`` span."""
    doc = parsed(
        "<h1>Окно анализа</h1>\n"
        "<p>Окно анализа схемы состоит из четырёх вкладок.\n"
        '<center><img src="tabs.png" width="380" height="330"></center>\n'
        "Здесь описаны первые две вкладки, <em>Входы</em> и Выходы; остальные описаны дальше.</p>\n"
        "<h2>Вкладка Входы</h2>\n"
        "<p>Вкладка показывает список входов схемы и позволяет добавлять новые входы.</p>\n"
    )
    assert doc.text == (
        "Окно анализа\n\n"
        "Окно анализа схемы состоит из четырёх вкладок.\n\n"
        "Здесь описаны первые две вкладки, Входы и Выходы; остальные описаны дальше.\n\n"
        "Вкладка Входы\n\n"
        "Вкладка показывает список входов схемы и позволяет добавлять новые входы."
    )
    assert not doc.layers.get("removed")
    (figure,) = [span for span in doc.spans if span.label == "figure"]
    assert doc.text[: figure.start].rstrip().endswith("четырёх вкладок.")
