"""A hand-written CV page's lists (issue 15, thirtieth held-out check, row 12): labelled ``<div>``s
("Проекты:") over ``<ul>``s of linked items with ``<br />`` lines. The items with a line break came
out twice, the first copy with the line mark "❢" left in place of each ``<br />``; a ``<br />``
before a date ("Инженер<br />25 августа 2024 - сейчас") was read as a sentence going on. The page is
written here; every expected text is spelled out by hand from the page."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")


def parsed(body: str):
    from sloika.pipelines.formats.web import parse_html

    page = f'<html lang="ru"><head><title>Домашняя страница</title></head><body>{body}</body></html>'
    (doc,) = parse_html(page.encode())
    return doc


def block(label: str, items: list[str]) -> str:
    lis = "".join(f"<li>{item}</li>" for item in items)
    return f'<div class="info_div">{label}<div class="data_div"><ul>{lis}</ul></div></div>'


PAGE = (
    '<div class="main"><div class="side"><div class="info_div"><p>Иван Петрович Сидоров</p></div>'
    + block(
        "Опыт работы:",
        [
            "<b>Завод</b><br />Отдел испытаний<br />Инженер по качеству<br />25 августа 2024 - сейчас",
            "<b>Бюро</b><br />Отдел разработки<br />Программист<br />13 апреля 2023 - 6 марта 2024",
        ],
    )
    + block("Языки:", ["Русский", "Английский"])
    + '</div><div class="side">'
    + block(
        "Проекты:",
        [
            '<a href="https://example.org/a">Альфа</a> - Быстрая сеть для вычислений;<br />Обеспечиваю '
            "качество продуктов\n автоматическим тестированием;",
            '<a href="https://example.org/b">Бета</a> - Сервис для создания текстов с помощью '
            "нейросетей;<br />Занимался разработкой логики и инструментов;",
            '<a href="https://example.org/c">Гамма</a> - Учебный проект;<br />Вычисления по блокам кода;',
        ],
    )
    + "</div></div>"
)


def test_list_items_with_line_breaks_are_in_the_text_once_without_marks():
    doc = parsed(PAGE)
    assert "❢" not in doc.text
    assert doc.text.count("Альфа") == 1
    assert doc.text.count("Бета") == 1
    assert (
        "Проекты:\n\n- Альфа - Быстрая сеть для вычислений;\nОбеспечиваю качество продуктов автоматическим "
        "тестированием;\n\n- Бета - Сервис для создания текстов с помощью нейросетей;\nЗанимался разработкой "
        "логики и инструментов;\n\n- Гамма - Учебный проект;\nВычисления по блокам кода;"
    ) in doc.text


def test_a_line_opening_with_a_number_after_a_br_is_a_line_of_its_own():
    doc = parsed(PAGE)
    assert "Завод\nОтдел испытаний\nИнженер по качеству\n25 августа 2024 - сейчас" in doc.text
    assert "Бюро\nОтдел разработки\nПрограммист\n13 апреля 2023 - 6 марта 2024" in doc.text


def test_a_sentence_broken_by_hand_before_a_lower_case_word_still_goes_on():
    doc = parsed("<p>Первая строка идет<br />дальше по тексту без разрыва строки.</p>")
    assert "Первая строка идет дальше по тексту без разрыва строки." in doc.text
