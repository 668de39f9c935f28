"""Prev/next bars of hand-written and KDE DocBook pages, without DocBook's navheader/navfooter classes
(issue 15, thirteenth held-out check, rows 7–9). The pages are written here; every expected text is
spelled out by hand from the page."""

from __future__ import annotations

import pytest

from conftest import removed_records as removed

pytest.importorskip("trafilatura")

PROSE = (
    "<p>Программа рисует сеть на экране и показывает, как кадры идут от одного узла к другому, "
    "чтобы ученик видел работу каждого устройства.</p>"
    "<p>Её можно запускать в классе и дома, в любой распространённой операционной системе.</p>"
)
PROSE_TEXT = (
    "Программа рисует сеть на экране и показывает, как кадры идут от одного узла к другому, "
    "чтобы ученик видел работу каждого устройства.\n\n"
    "Её можно запускать в классе и дома, в любой распространённой операционной системе."
)


def parsed(body: str):
    from sloika.pipelines.formats.web import parse_html

    page = f'<html lang="ru"><head><title>Т</title></head><body>{body}</body></html>'
    (doc,) = parse_html(page.encode())
    return doc


def test_hand_written_docbook_bars_at_top_and_bottom_are_navigation():
    """A title row over "Пред. | След." at the top, "Пред. | Начало | След." over the pages' titles at
    the bottom: layout tables, no class, no rel or accesskey."""
    doc = parsed(
        '<table width="100%"><tr><th colspan="3">Руководство Сети</th></tr>'
        '<tr><td><a href="index.html">Пред.</a></td><td></td><td><a href="who.html">След.</a></td></tr>'
        "</table><hr><h1>Глава 1. Введение</h1>" + PROSE + "<hr>"
        '<table width="100%"><tr><td><a href="index.html">Пред.</a></td>'
        '<td><a href="index.html">Начало</a></td><td><a href="who.html">След.</a></td></tr>'
        "<tr><td>Руководство Сети</td><td>&nbsp;</td><td>Кому нужна эта программа?</td></tr></table>"
    )
    assert doc.text == "Глава 1. Введение\n\n" + PROSE_TEXT
    nav = [text for label, text in removed(doc) if label == "navigation"]
    assert "Руководство Сети Пред. След." in nav
    assert "Пред. Начало След. Руководство Сети Кому нужна эта программа?" in nav


def test_kde_bottom_bar_is_navigation():
    """KDE's ``bottom-nav`` table: "След." over the next chapter's title, the link without rel."""
    doc = parsed(
        "<h1>Руководство</h1>" + PROSE + '<table width="100%" class="bottom-nav"><tr>'
        '<td class="navLeft"></td><td class="navCenter"> </td>'
        '<td class="navRight"><a href="intro.html">След.</a></td></tr>'
        '<tr><td class="navLeft"> </td><td class="navCenter"> </td><td class="navRight"> Вступление</td></tr>'
        "</table>"
    )
    assert doc.text == "Руководство\n\n" + PROSE_TEXT
    assert ("navigation", "След. Вступление") in removed(doc)


def test_pager_paragraph_at_the_end_is_navigation():
    """ "Следующая" linked over the next page's title, the page's last block."""
    doc = parsed("<h1>Руководство</h1>" + PROSE + '<hr><p><a href="intro.html">Следующая</a><br>Введение</p>')
    assert doc.text == "Руководство\n\n" + PROSE_TEXT
    assert ("navigation", "Следующая Введение") in removed(doc)


def test_a_closing_data_table_and_a_closing_sentence_with_a_link_stay():
    """Not bars: a last table with a row of prose cells, a last paragraph that opens with words."""
    table = (
        "<table><tr><td>Параметр</td><td>Значение</td></tr>"
        '<tr><td><a href="ip.html">Адрес</a></td><td>192.168.0.1</td></tr></table>'
    )
    doc = parsed("<h1>Руководство</h1>" + PROSE + table)
    assert "Параметр | Значение" in doc.text
    doc = parsed("<h1>Руководство</h1>" + PROSE + '<p>Подробнее в <a href="faq.html">ответах</a>.</p>')
    assert doc.text.endswith("Подробнее в ответах.")


CONTENTS = (
    "<dl><dt><b>Содержание</b></dt>"
    '<dt><a href="intro.html">1. Введение</a><br></dt>'
    '<dd><a href="intro.html">О программе</a></dd><dd><a href="who.html">Кому она нужна?</a></dd>'
    '<dt><a href="net.html">2. Сети</a></dt><dd><a href="net.html">Основные сведения</a></dd>'
    '<dl><dt><a href="dev.html">Устройства</a></dt><dd><a href="hub.html">Концентратор</a></dd></dl>'
    '<dd><a href="ip.html">Адресация</a></dd></dl>'
)


def test_a_contents_list_of_linked_descriptions_goes_whole():
    """Chapters (<dt>) over their sections' links (<dd>), links to other pages: the whole list is
    ``contents``, not its first link per chapter kept and the rest cut as boilerplate."""
    doc = parsed("<h1>Руководство</h1>" + PROSE + CONTENTS)
    assert doc.text == "Руководство\n\n" + PROSE_TEXT
    assert removed(doc)[-1] == (
        "contents",
        "Содержание 1. Введение О программе Кому она нужна? 2. Сети Основные сведения Устройства "
        "Концентратор Адресация",
    )


def test_a_page_of_a_title_and_its_contents_alone_has_no_main_text():
    """The contents page itself: its title, the list and a pager; no text of its own."""
    from sloika.pipelines.formats.base import FormatError

    with pytest.raises(FormatError) as error:
        parsed(
            "<h1>Руководство пользователя</h1><hr>" + CONTENTS + '<hr><p><a href="intro.html">Далее</a></p>'
        )
    assert error.value.reason == "no_main_text"


def test_a_glossary_with_linked_terms_stays():
    """A <dl> whose terms are links but whose descriptions are words is text."""
    doc = parsed(
        "<h1>Словарь</h1>" + PROSE + '<dl><dt><a href="hub.html">Концентратор</a></dt>'
        "<dd>Устройство, повторяющее кадр на все порты.</dd></dl>"
    )
    assert "Устройство, повторяющее кадр на все порты." in doc.text


def test_a_bar_naming_a_long_next_title_is_navigation():
    """KDE's bar under a chapter: the next chapter's title is 51 letters, longer than a link bar's
    text outside links may be; the bar's layout decides."""
    doc = parsed(
        "<h1>Глава 1. Вступление</h1>" + PROSE + '<table width="100%" class="bottom-nav"><tr>'
        '<td><a href="index.html">Пред.</a></td><td><a href="index.html">Начало</a></td>'
        '<td><a href="internals.html">След.</a></td></tr><tr><td>Руководство Пользователя </td>'
        '<td><a href="index.html">Уровень выше</a></td>'
        "<td> Отличие KSquirrel от других просмотрщиков. Свои библиотеки</td></tr></table>"
    )
    assert doc.text == "Глава 1. Вступление\n\n" + PROSE_TEXT
    assert (
        "navigation",
        "Пред. Начало След. Руководство Пользователя Уровень выше Отличие KSquirrel от других "
        "просмотрщиков. Свои библиотеки",
    ) in removed(doc)


def _synopsis(name: str, params: list[tuple[str, str]]) -> str:
    """A DocBook funcsynopsis as the XSL stylesheets write it: a layout table, a row per parameter."""
    head = f'<code class="funcdef">boolean <strong>{name}</strong>(</code>'
    rows = "".join(
        f"<tr><td>{head if i == 0 else ' '}</td>"
        f"<td><var>{param}</var>{'<code>)</code>;' if i == len(params) - 1 else ', '}</td><td> </td></tr>"
        for i, (_, param) in enumerate(params)
    )
    types = "<br />".join(f"<code>{kind} <var>{param}</var></code>;" for kind, param in params)
    return (
        f'<div class="funcsynopsis"><table class="funcprototype-table">{rows}</table>'
        f'<div class="paramdef-list">{types}</div><div class="funcprototype-spacer"> </div></div>'
    )


def test_function_synopses_are_code_one_prototype_per_line():
    """Each prototype on one line over its parameters' types, as code; the type lines two synopses
    share ("int32 tagMask;") are not cut as repeated boilerplate."""
    doc = parsed(
        "<h1>Программный интерфейс</h1>"
        + PROSE
        + "<h2>Установка значения</h2>"
        + _synopsis("setFrame", [("int32", "tagMask"), ("string", "name"), ("string", "value")])
        + "<p>Возвращает true, если выполнено успешно.</p><h2>Снятие тегов</h2>"
        + _synopsis("removeTags", [("int32", "tagMask")])
        + "<p>Возвращает true, если выполнено успешно.</p>"
    )
    first = "boolean setFrame(tagMask, name, value);\nint32 tagMask;\nstring name;\nstring value;"
    second = "boolean removeTags(tagMask);\nint32 tagMask;"
    assert doc.text == (
        "Программный интерфейс\n\n"
        + PROSE_TEXT
        + "\n\nУстановка значения\n\n"
        + first
        + "\n\nВозвращает true, если выполнено успешно.\n\nСнятие тегов\n\n"
        + second
        + "\n\nВозвращает true, если выполнено успешно."
    )
    assert labelled(doc, "code") == [first, second]
    assert [label for label, _ in removed(doc)] == []


def labelled(doc, label: str) -> list[str]:
    return [doc.text[s.start : s.end] for s in doc.spans if s.label == label]


def test_rows_of_a_table_in_a_definition_are_marked_as_rows():
    """trafilatura keeps a <dd> as a list item; a table in one (kid3's rating table in a variable list's
    entry) gets the row marks a table in a <li> gets, so that the recall pass's copy of the item reads
    back as rows ("POPM | 1 | 64"), equal to the kept table's, and is not added a second time as one
    glued line ("POPM | 1 | 64 | Диапазон | 1-31 | 32-95")."""
    from sloika.pipelines.formats.web import _prepared_tree
    from sloika.pipelines.formats.web_blocks import ROW_MARK

    tree = _prepared_tree(
        "<html><body><dl><dt>Рейтинг</dt><dd><p>Таблица сопоставляет звёзды со значениями.</p>"
        "<table><tr><th>Имя</th><th>1</th><th>2</th></tr><tr><td>POPM</td><td>1</td><td>64</td></tr>"
        "<tr><td>Диапазон</td><td>1-31</td><td>32-95</td></tr></table></dd></dl></body></html>"
    )
    rows = ["".join(row.itertext()) for row in tree.iter("tr")]
    assert rows == ["Имя12" + ROW_MARK, "POPM164" + ROW_MARK, "Диапазон1-3132-95" + ROW_MARK]
