"""List items outside a list, in-page link lists whose items repeat the titles of the sections
below, a language switch of flag links, a back-to-top link and commands set on lines of their own
by ``<br>`` (the docline project page, the QuickTranslator help and the Russian git guide of the
twenty-fifth held-out check). Fixtures written for these tests; the expected text by hand."""

from __future__ import annotations

from sloika.pipelines.formats.web import parse_html

RESULTS = """<html lang="ru"><head><title>Проект</title></head><body>
<h1>Проект</h1>
<p><img src="/img/ru_flag.png"/><b>Русский</b> /
<a href="index.en.html"><img src="/img/en_flag.png"/>English</a></p>
<h2>Цели</h2>
<p>Цель проекта состоит в том, чтобы научиться находить повторы в больших документах и управлять
ими, поскольку без этого поддержка документации становится слишком дорогой для команды.</p>
<h2>Итоги</h2>
<li> Разработан способ хранения общих фрагментов текста. Он описан в нескольких статьях и
проверен на трёх промышленных проектах разного размера. </li>
<li> Написана программа для поиска похожих абзацев. Она показывает найденные группы и помогает
решить, что из них стоит объединить. </li>
<h2>Связь</h2>
<p>Руководитель проекта: Иван Петров, почта ivan [at] example.org, кабинет номер двенадцать.</p>
</body></html>"""


def test_list_items_without_a_list_are_their_sections_text():
    (parsed,) = parse_html(RESULTS.encode())
    first = "Разработан способ хранения общих фрагментов текста."
    second = "Написана программа для поиска похожих абзацев."
    assert f"Итоги\n\n- {first}" in parsed.text
    assert f"промышленных проектах разного размера.\n\n- {second}" in parsed.text  # an item each
    assert parsed.text.index(second) < parsed.text.index("Связь")
    assert not [s for s in parsed.layers.get("removed", []) if s.label == "boilerplate"]


def test_a_language_switch_of_flag_links_is_navigation():
    (parsed,) = parse_html(RESULTS.encode())
    assert "English" not in parsed.text
    navigation = [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "navigation"]
    assert navigation == ["Русский / English"]


def _title(anchor: str, title: str) -> str:
    return (
        f'<p style="margin-top:12px;"><a name="{anchor}"></a><span style="font-size:18pt;">{title}</span></p>'
    )


def _body(text: str) -> str:
    return f'<p style="margin-top:0px;"><span style="font-size:12pt;">{text}</span></p>'


def _item(anchor: str, text: str) -> str:
    return (
        f'<li style="font-size:12pt;"><a href="#{anchor}"><span style="color:#0000ff;">{text}</span></a></li>'
    )


HELP = "".join(
    [
        '<html><head><meta name="qrichtext" content="1" /></head><body>',
        _title("top", "Об устройстве"),
        _body("Блокнот — простое приложение для заметок на рабочем столе. Его главные возможности:"),
        "<ul>",
        _item("quick", "Быстрая запись мысли"),
        _item("search", "Поиск по всем заметкам с подсветкой"),
        _item("sync", "Обмен заметками"),
        "</ul>",
        _body(
            "Приложение запускается вместе с системой и почти не тратит память, поэтому"
            " его можно не закрывать."
        ),
        _title("quick", "Быстрая запись мысли"),
        _body(
            "Нажмите сочетание клавиш, и на экране появится окно, в котором можно сразу начать писать текст."
        ),
        _title("search", "Поиск по заметкам"),
        _body("Строка поиска находит слово во всех заметках сразу и подсвечивает каждое найденное место."),
        _title("sync", "Обмен заметками"),
        _body("Заметки можно отправить другому человеку по почте или сохранить в общую папку на сервере."),
        '<p align="center"><a href="#"><span style="color:#0000ff;">Вернуться к началу</span></a></p>',
        "</body></html>",
    ]
)


def test_items_of_an_in_page_list_that_repeat_section_titles_stay_and_so_do_the_titles():
    (parsed,) = parse_html(HELP.encode())
    expected = (
        "Его главные возможности:\n\n- Быстрая запись мысли\n\n- Поиск по всем заметкам с подсветкой\n\n"
        "- Обмен заметками\n\nПриложение запускается вместе с системой"
    )
    assert expected in parsed.text
    assert "память, поэтому его можно не закрывать.\n\nБыстрая запись мысли\n\nНажмите" in parsed.text
    assert "подсвечивает каждое найденное место.\n\nОбмен заметками\n\nЗаметки можно" in parsed.text
    assert not [s for s in parsed.layers.get("removed", []) if s.label == "boilerplate"]


def test_a_link_back_to_the_top_is_navigation_wherever_it_stands():
    (parsed,) = parse_html(HELP.encode())
    assert "к началу" not in parsed.text
    navigation = [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "navigation"]
    assert navigation == ["Вернуться к началу"]


GUIDE = """<html lang="ru"><head><title>Руководство</title></head><body><div class="block">
<h2>отмена изменений</h2>
<p>Если что-то пошло не так, можно вернуть файл к последнему коммиту, используя команду<br />
<code>git checkout -- файл</code><br />
правки в рабочем каталоге заменятся тем, что сейчас лежит в HEAD, а новые файлы сохранятся.<br />
Чтобы забыть все локальные коммиты, получите изменения с сервера и сбросьте ветку вот так<br />
<code>git fetch origin</code><br />
<code>git reset --hard origin/master</code></p>
<p>Эта строка написана от руки и разбита<br />
переносом посреди предложения, которое продолжается.</p>
</div></body></html>"""


def test_a_command_on_its_own_line_after_or_before_a_br_is_a_line_of_its_own():
    (parsed,) = parse_html(GUIDE.encode())
    expected = (
        "используя команду\ngit checkout -- файл\nправки в рабочем каталоге заменятся тем, что сейчас лежит"
        " в HEAD, а новые файлы сохранятся.\nЧтобы забыть все локальные коммиты, получите изменения с"
        " сервера и сбросьте ветку вот так\ngit fetch origin\ngit reset --hard origin/master"
    )
    assert expected in parsed.text
    assert "написана от руки и разбита переносом посреди предложения" in parsed.text
