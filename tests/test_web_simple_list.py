"""A DocBook ``simplelist`` is written as a table of one cell per row, a program's name in each
(KDE's help pages, the pim-data-exporter front page of the nineteenth held-out check): read as
``<div>``s, trafilatura left the one-word lines out as boilerplate and the sentence introducing
them stood over nothing. Fixture written for this test; the expected text by hand."""

from __future__ import annotations

from sloika.pipelines.formats.web import parse_html

PAGE = """<html lang="ru"><head><title>Руководство по экспорту</title></head><body>
<div class="sect1"><h2 class="title">Введение</h2>
<p>Средство экспорта позволяет сохранить параметры и локальную почту в архив и восстановить их позже
на другом компьютере. Функция доступна для следующих программ: </p>
<table border="0" summary="Simple list" class="simplelist">
<tr><td><span class="application">KMail</span></td></tr>
<tr><td><span class="application">KNotes</span></td></tr>
<tr><td><span class="application">Akregator</span></td></tr>
<tr><td><span class="application">KAlarm</span></td></tr>
</table>
<p>Резервное копирование — это неотъемлемая часть работы с системой для всех пользователей, и эта
программа делает его простым: достаточно выбрать пункт меню и указать имя файла архива.</p>
</div></body></html>"""


def test_a_simple_list_table_is_read_as_a_list_of_its_names():
    (parsed,) = parse_html(PAGE.encode())
    names = "KMail\n\nKNotes\n\nAkregator\n\nKAlarm"
    assert "Функция доступна для следующих программ:\n\n" + names + "\n\nРезервное копирование" in parsed.text
    assert not [s for s in parsed.layers.get("removed", []) if s.label == "boilerplate"]
