"""Settings set as a bold label alone on its line over a description that opens in lower case, and
an entry's sub-items each opening with a bold label (issue 15, the twenty-third held-out check's
row 10: every entry of a Russian manual ran label and description into one line); and a help page's
closing link back to another page (row 9). The pages are written here in those shapes; the expected
text is spelled out by hand."""

from __future__ import annotations

import pytest

from conftest import removed_records

pytest.importorskip("trafilatura")

SETTINGS_PAGE = (
    '<html lang="ru"><head><meta charset="utf-8"><title>Настройки</title></head><body>'
    "<h1>Настройки программы</h1>"
    "<p>Панель настроек открывается кнопкой E в правом верхнем углу окна программы.</p>"
    "<p><b>auto save</b><br/> сохраняет документ каждые пять минут, если в нём есть изменения.</p>"
    "<p><strong>sound</strong><br/>\n  включает звуковой сигнал при новом сообщении.</p>"
    "<p><b>кнопки в списке файлов</b><br/>\n  <b>open</b> открывает файл для чтения<br/>\n"
    "  <b>remove</b> удаляет файл из списка, но не с диска</p>"
    "<p>Эта строка переносится <b>вручную</b><br/> и продолжается с маленькой буквы.</p>"
    "</body></html>"
)


def test_a_bold_label_alone_on_its_line_and_labelled_sub_items_end_their_lines():
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(SETTINGS_PAGE.encode())
    assert doc.text == (
        "Настройки программы\n\n"
        "Панель настроек открывается кнопкой E в правом верхнем углу окна программы.\n\n"
        "auto save\nсохраняет документ каждые пять минут, если в нём есть изменения.\n\n"
        "sound\nвключает звуковой сигнал при новом сообщении.\n\n"
        "кнопки в списке файлов\nopen открывает файл для чтения\n"
        "remove удаляет файл из списка, но не с диска\n\n"
        "Эта строка переносится вручную и продолжается с маленькой буквы."
    )


BACK_LINK_PAGE = (
    '<html lang="ru"><head><meta charset="utf-8"><title>Справка</title></head><body><div class="page">'
    "<h1>Справка по игре</h1>"
    "<p>Выберите дебют в списке и сделайте первый ход, программа ответит за соперника.</p>"
    "<p>Каждая ошибка отмечается красным цветом, а верный ход показывается стрелкой на доске.</p>"
    '<p><a href="start.html">Вернуться к игре</a></p>'
    '<div class="langs"><a href="help_en.html">🇬🇧</a> <a href="help_de.html">🇩🇪</a></div>'
    "</div></body></html>"
)

DOCUMENT_LINK_PAGE = BACK_LINK_PAGE.replace("start.html", "rules.pdf").replace(
    "Вернуться к игре", "Правила турнира"
)


def test_a_closing_paragraph_that_is_a_link_back_to_another_page_is_navigation():
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(BACK_LINK_PAGE.encode())
    assert doc.text == (
        "Справка по игре\n\n"
        "Выберите дебют в списке и сделайте первый ход, программа ответит за соперника.\n\n"
        "Каждая ошибка отмечается красным цветом, а верный ход показывается стрелкой на доске."
    )
    assert ("navigation", "Вернуться к игре") in removed_records(doc)


def test_a_closing_paragraph_that_links_a_document_is_navigation_too():
    """Check 58 row 11: a link's label alone closing the page is no text whatever it opens (a page,
    a PDF, a spreadsheet)."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(DOCUMENT_LINK_PAGE.encode())
    assert doc.text.endswith("верный ход показывается стрелкой на доске.")
    assert ("navigation", "Правила турнира") in removed_records(doc)
