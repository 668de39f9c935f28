"""Settings set as a bold label alone on its line over a description that opens in lower case, and
an entry's sub-items each opening with a bold label (issue 15, the twenty-third held-out check's
row 10: every entry of a Russian manual ran label and description into one line). The page is
written here in that shape; the expected text is spelled out by hand."""

from __future__ import annotations

import pytest

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
        "кнопки в списке файлов\nopen открывает файл для чтения\nremove удаляет файл из списка, но не с диска\n\n"
        "Эта строка переносится вручную и продолжается с маленькой буквы."
    )
