"""An HTML list's items open with the marker the browser draws before them (issue 15): an ``<ol>``'s
steps read as bare paragraphs ("Открой html_generator.html …", "Перетащи .docx-файл …": the fifty-
fourth check's row 10, a hand-written instruction), so a step the prose names by its number pointed at
nothing, and a ``<ul>``'s items read as loose sentences, while the Markdown, reStructuredText, AsciiDoc
and DokuWiki readers write "1. " and a bullet. An ``<ol>`` item reads "1. " as the browser numbers it
(``start``, ``reversed``, ``value``, ``type``), any other list's item "- " as the Markdown reader
writes an HTML ``<li>``, a nested item indented two spaces a level; the ``list_item`` span starts at
the marker. A numbered list of references stays whole: "1. Walker R.T., …" is still a bibliography
entry, not an English paragraph of a Russian page (the marker is written after the foreign cut, and
the build's purity trim tells a list item's citation after its number). The pages are written here;
every expected text is spelled out by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")


def parsed(body: str):
    from sloika.pipelines.formats.web import parse_html

    page = f'<html lang="ru"><head><title>Инструкция</title></head><body><main>{body}</main></body></html>'
    (doc,) = parse_html(page.encode())
    return doc


def items(doc) -> list[tuple[str, dict]]:
    return [(doc.text[s.start : s.end], s.attrs) for s in doc.spans if s.label == "list_item"]


STEP = '<li><div class="body"><p>{}</p></div></li>'
STEPS = (
    "<h2>Как пользоваться</h2>"
    "<p>Всё делается в браузере, за пять шагов; на третьем шаге программа спросит цвет кнопок.</p>"
    '<ol class="steps">'
    + STEP.format("Открой <code>html_generator.html</code> в любом современном браузере.")
    + STEP.format("Перетащи <code>.docx</code>-файл в зону загрузки или выбери его вручную.")
    + STEP.format("Нажми <strong>«Конвертировать»</strong> и дождись окна настройки.")
    + "</ol>"
    "<p>После этого в нижней области появится готовый код письма, его остаётся скопировать.</p>"
)


def test_an_ordered_list_s_steps_open_with_their_numbers():
    doc = parsed(STEPS)
    assert doc.text == (
        "Как пользоваться\n\n"
        "Всё делается в браузере, за пять шагов; на третьем шаге программа спросит цвет кнопок.\n\n"
        "1. Открой html_generator.html в любом современном браузере.\n\n"
        "2. Перетащи .docx-файл в зону загрузки или выбери его вручную.\n\n"
        "3. Нажми «Конвертировать» и дождись окна настройки.\n\n"
        "После этого в нижней области появится готовый код письма, его остаётся скопировать."
    )
    assert items(doc) == [
        ("1. Открой html_generator.html в любом современном браузере.", {"part": "item"}),
        ("2. Перетащи .docx-файл в зону загрузки или выбери его вручную.", {"part": "item"}),
        ("3. Нажми «Конвертировать» и дождись окна настройки.", {"part": "item"}),
    ]
    code = [doc.text[s.start : s.end] for s in doc.spans if s.label == "code"]
    assert code == ["html_generator.html", ".docx"]  # inline code moved with the marker before it


def test_start_reversed_value_and_type_number_items_as_the_browser_does():
    doc = parsed(
        "<p>Порядок сборки стенда описан ниже, шаги продолжают прошлый раздел руководства.</p>"
        '<ol start="4"><li>Закрепите основание винтами.</li><li>Поставьте плату на стойки.</li></ol>'
        "<p>Обратный отсчёт перед запуском двигателя выглядит так, как показано ниже.</p>"
        "<ol reversed><li>Проверьте давление.</li><li>Откройте клапан.</li><li>Включите зажигание.</li></ol>"
        "<p>Пункты договора, на которые ссылается письмо, перечислены в своём порядке.</p>"
        '<ol><li>Срок поставки.</li><li value="7">Порядок оплаты.</li><li>Ответственность сторон.</li></ol>'
        "<p>Варианты ответа на вопрос анкеты отмечены буквами, как в бумажном бланке.</p>"
        '<ol type="a"><li>Каждый день.</li><li>Раз в неделю.</li></ol>'
        "<p>Разделы отчёта пронумерованы римскими цифрами, как принято в ведомстве.</p>"
        '<ol type="I"><li>Общие сведения.</li><li>Итоги года.</li><li>Планы.</li><li>Приложения.</li></ol>'
    )
    listed = [text for text, _ in items(doc)]
    assert listed == [
        "4. Закрепите основание винтами.",
        "5. Поставьте плату на стойки.",
        "3. Проверьте давление.",
        "2. Откройте клапан.",
        "1. Включите зажигание.",
        "1. Срок поставки.",
        "7. Порядок оплаты.",
        "8. Ответственность сторон.",
        "a. Каждый день.",
        "b. Раз в неделю.",
        "I. Общие сведения.",
        "II. Итоги года.",
        "III. Планы.",
        "IV. Приложения.",
    ]


def test_an_unordered_list_s_items_open_with_a_dash_and_nested_ones_are_indented():
    doc = parsed(
        "<p>Игровое поле хранится в папке, где лежат такие файлы и папки:</p>"
        "<ul><li><p><code>Data/</code> : данные игрового поля.</p>"
        "<ol><li><p><code>CMakeLists.txt</code> : описывает, что нужно установить.</p>"
        "<ul><li><p><code>[onu]</code> : группа с числом стран.</p></li></ul></li></ol></li>"
        "<li><strong>Sounds/</strong> : звуковые файлы игрового поля.</li></ul>"
    )
    assert doc.text == (
        "Игровое поле хранится в папке, где лежат такие файлы и папки:\n\n"
        "- Data/ : данные игрового поля.\n\n"
        "  1. CMakeLists.txt : описывает, что нужно установить.\n\n"
        "    - [onu] : группа с числом стран.\n\n"
        "- Sounds/ : звуковые файлы игрового поля."
    )
    assert items(doc) == [
        ("- Data/ : данные игрового поля.", {"part": "item"}),
        ("1. CMakeLists.txt : описывает, что нужно установить.", {"part": "item", "depth": 2}),
        ("- [onu] : группа с числом стран.", {"part": "item", "depth": 3}),
        ("- Sounds/ : звуковые файлы игрового поля.", {"part": "item"}),
    ]


def test_items_without_a_drawn_marker_or_with_their_own_keep_their_text():
    """``list-style: none`` hides the browser's marker; an item that opens with its own number or
    bullet was numbered by hand (its CSS hiding the browser's): neither gets a second one."""
    doc = parsed(
        "<p>Меню программы состоит из трёх пунктов, каждый открывает своё окно настроек.</p>"
        '<ul style="list-style: none"><li>Файл открывает и сохраняет проекты.</li>'
        "<li>Правка отменяет и повторяет действия.</li></ul>"
        "<p>Установка занимает несколько минут и требует прав администратора системы.</p>"
        "<ol><li>1) Скачайте архив с сайта проекта.</li><li>2) Распакуйте его в любую папку.</li></ol>"
        "<ul><li>• Пункт, отмеченный автором страницы вручную.</li></ul>"
    )
    assert doc.text == (
        "Меню программы состоит из трёх пунктов, каждый открывает своё окно настроек.\n\n"
        "Файл открывает и сохраняет проекты.\n\n"
        "Правка отменяет и повторяет действия.\n\n"
        "Установка занимает несколько минут и требует прав администратора системы.\n\n"
        "1) Скачайте архив с сайта проекта.\n\n"
        "2) Распакуйте его в любую папку.\n\n"
        "• Пункт, отмеченный автором страницы вручную."
    )


def test_a_numbered_list_of_english_references_stays_in_a_russian_page():
    doc = parsed(
        "<h2>Что нашли химики</h2><p>В тёмной коре гриба нашли пигменты, похожие на меланины, и описали "
        "их свойства в нескольких статьях, которые почти никто не читал за пределами узкого круга.</p>"
        '<h2>Литература</h2><ol class="refs">'
        "<li>Walker R.T., Young A.B. Pigments of wood fungi: a short review. Can J Bot. 1995;31:210–240.</li>"
        "<li>Kowalczyk U., Pöder R. Fungi of the northern forests. Mycological Notes. "
        "1998;12(4):153–162.</li></ol>"
    )
    assert doc.text.endswith(
        "Литература\n\n"
        "1. Walker R.T., Young A.B. Pigments of wood fungi: a short review. Can J Bot. 1995;31:210–240.\n\n"
        "2. Kowalczyk U., Pöder R. Fungi of the northern forests. Mycological Notes. 1998;12(4):153–162."
    )
    assert not [span for span in doc.layers.get("removed", []) if span.label == "foreign_paragraph"]


def test_a_navigation_list_that_is_cut_stays_cut_without_markers():
    doc = parsed(
        '<nav><ul><li><a href="index.html">Главная</a></li>'
        '<li><a href="about.html">О проекте</a></li></ul></nav>'
        "<p>Программа переводит документы Word в готовый код письма для рассылок за один шаг.</p>"
    )
    assert doc.text == "Программа переводит документы Word в готовый код письма для рассылок за один шаг."
    texts = [span.attrs["text"] for span in doc.layers.get("removed", []) if span.label == "navigation"]
    assert texts == ["Главная О проекте"]


def test_the_purity_trim_tells_a_numbered_list_item_s_citation_after_its_number():
    """The build's purity trim judges the kept text's lines: "1. Walker R.T., …" opening a list item
    is an entry cited (``cited_lines``), as "Walker R.T., …" was before the number; the same line
    opening no list item (a numbered paragraph of a paper's text) is judged as before."""
    from sloika.lang.purity import cited_lines

    text = (
        "Литература\n\n"
        "1. Walker R.T., Young A.B. Pigments of wood fungi: a short review. Can J Bot. 1995;31:210–240.\n\n"
        "  b. Kowalczyk U., Pöder R. Fungi of the northern forests. Mycological Notes. 1998;12(4):153–162."
    )
    first, second = text.index("1. Walker"), text.index("b. Kowalczyk")
    assert cited_lines(text, {first, second}) == [(first, text.index("\n\n  b.")), (second - 2, len(text))]
    assert cited_lines(text) == []
