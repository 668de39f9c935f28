"""Plain text: underscores drawn as a leader to a version or a value ("____0.1.0", "____ 0.0.2",
"Версия ______ 0.1.0") go to ``removed`` as ``decoration``, the number staying (issue 15, the
fortieth check's "apart": SaVok-gybe173 PyForge's readme_ru.txt headed each version "____0.1.0").
A name's underscores ("__init__", "snake_case") and a blank to fill in at a line's end stay. Texts
written for these tests, after the real one; expected texts by hand."""

from __future__ import annotations

from sloika.pipelines.formats.plain import parse_text


def test_underscores_leading_to_a_version_go_and_the_version_stays():
    text = (
        "Изменения в версиях\n\n"
        "____0.1.0\n"
        "Теперь у нас есть модуль для работы с кнопками.\n\n"
        "____ 0.0.2\n"
        "Переработка основного класса окна.\n\n"
        "Версия движка ______ 0.1.0\n"
    )
    parsed = parse_text(text)
    assert parsed.text.rstrip() == (
        "Изменения в версиях\n\n"
        "0.1.0\n"
        "Теперь у нас есть модуль для работы с кнопками.\n\n"
        "0.0.2\n"
        "Переработка основного класса окна.\n\n"
        "Версия движка 0.1.0"
    )
    removed = [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]]
    assert removed == [("decoration", "____"), ("decoration", "____"), ("decoration", "______")]


def test_a_names_underscores_and_a_blank_to_fill_in_stay():
    text = (
        "Файл __init__.py импортирует функцию add_scene из модуля window_tools.\n\n"
        "Подпись руководителя: ____________\n"
    )
    parsed = parse_text(text)
    assert parsed.text.rstrip() == text.rstrip()
    assert "removed" not in parsed.layers or not parsed.layers["removed"]
