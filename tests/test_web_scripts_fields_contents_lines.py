"""Issue 15, check 63 rows 10–12 (hand-written and Nicepage pages): a superscript or subscript written
on the line, not glued to its base; a card's "Label: value" fields one a line however wide; a
contents list set as ``<br>`` lines of links to the page's headings; a site builder's closing credit.
The pages are written here; each expected text is what the page shows, read by hand."""

from __future__ import annotations

from sloika.pipelines.formats.web import parse_html

INTRO = (
    "<p>Луна является единственным естественным спутником Земли и самым ярким объектом ночного неба.</p>\n"
)


def _doc(body: str):
    page = f"<html><head><title>Луна</title></head><body><article>\n{INTRO}{body}</article></body></html>"
    (doc,) = parse_html(page.encode(), foreign="keep")
    return doc


def _removed(doc, label: str) -> list[str]:
    return [span.attrs["text"] for span in doc.layers.get("removed", []) if span.label == label]


def test_a_superscript_of_digits_is_written_raised_not_glued():
    doc = _doc(
        "<p>Масса Луны равна 7,3477 * 10<sup>22</sup> кг, а её средняя плотность 3,3464 г/см<sup>3</sup>,"
        " что меньше плотности Земли.</p>\n"
        "<p>Вода H<sub>2</sub>O найдена в кратерах у полюсов, где вечная тень и очень холодно.</p>\n"
    )
    assert "равна 7,3477 * 10²² кг, а её средняя плотность 3,3464 г/см³, что меньше" in doc.text
    assert "Вода H₂O найдена" in doc.text


def test_a_script_with_no_raised_forms_goes_after_a_caret_and_letters_alone_stay():
    doc = _doc(
        "<p>Число вариантов растёт как 2<sup>k+x</sup>, и перебор быстро становится невозможным.</p>\n"
        "<p>Это был 1<sup>st</sup> полёт, о котором писали все газеты мира в те годы.</p>\n"
    )
    assert "растёт как 2^(k+x), и перебор" in doc.text
    assert "Это был 1st полёт" in doc.text


def test_a_note_mark_linked_in_a_superscript_is_no_exponent():
    doc = _doc(
        '<p>Кратеры назвали в честь учёных<sup><a href="#n1">1</a></sup>'
        " и путешественников прошлого века.</p>\n"
        '<p id="n1">1. По решению Международного астрономического союза в прошлом веке.</p>\n'
    )
    assert "¹" not in doc.text


def test_fields_one_a_line_end_at_their_break_however_wide():
    doc = _doc(
        "<p>Сложность задач: высокая, нужно постоянно дополнительно обучаться новому<br>"
        "Зарплата: от 25 000 ₽ до 580 000 ₽<br>Основные задачи: программирует сайты, мобильные приложения,"
        " утилиты и микроконтроллеры. Чем больше сделал, тем больше заработал.</p>\n"
    )
    assert (
        "Сложность задач: высокая, нужно постоянно дополнительно обучаться новому\n"
        "Зарплата: от 25 000 ₽ до 580 000 ₽\nОсновные задачи: программирует"
    ) in doc.text


def test_a_prose_line_broken_by_hand_still_goes_on():
    """The field rule leaves a sentence broken by hand at a capital as it was: it goes on."""
    doc = _doc(
        "<p>Первые люди высадились на Луну в июле 1969 года во время полёта корабля<br>"
        "Аполлон-11, и с тех пор там побывали ещё десять астронавтов. Последний улетел в 1972 году.</p>\n"
    )
    assert "полёта корабля Аполлон-11, и с тех пор" in doc.text


def test_lines_of_links_to_the_pages_headings_in_a_table_are_contents():
    doc = _doc(
        '<table border="1"><tr><th><h2>Содержание</h2></th></tr><tr><td>\n'
        '<br><a href="#1">Первый интерес</a><br>\n<a href="#2">Сборная по гимнастике</a><br>\n'
        "</td></tr></table>\n"
        '<h3 id="1">Первый интерес</h3>\n'
        "<p>Пошла в танцевальный коллектив я с четвёртого класса и каждый год выступала на концертах.</p>\n"
        '<h3 id="2">Сборная по гимнастике</h3>\n'
        "<p>Поступая в университет, я также прошла отбор в команду по ритмической гимнастике.</p>\n"
    )
    assert "Содержание" not in doc.text
    assert doc.text.endswith(
        "Первый интерес\n\nПошла в танцевальный коллектив я с четвёртого класса и каждый год выступала на"
        " концертах.\n\nСборная по гимнастике\n\nПоступая в университет, я также прошла отбор в команду по"
        " ритмической гимнастике."
    )
    assert _removed(doc, "contents") == ["Содержание Первый интерес Сборная по гимнастике"]


def test_lines_of_links_to_other_anchors_stay_text():
    doc = _doc(
        '<p><a href="#a">Масса и плотность</a><br><a href="#b">Орбита и вращение</a></p>\n'
        '<p id="a">Масса Луны в восемьдесят раз меньше массы Земли, а плотность заметно ниже.</p>\n'
        '<p id="b">Луна всегда повёрнута к Земле одной стороной, так как её вращение синхронно.</p>\n'
    )
    assert "Масса и плотность" in doc.text
    assert not _removed(doc, "contents")


def test_a_site_builders_closing_credit_block_goes():
    page = (
        "<html><head><title>Профессии</title></head><body><section><h1>Профессии</h1>\n"
        f"{INTRO}</section>\n"
        '<section class="u-backlink"><a href="https://nicepage.com/website-templates"><span>Website'
        " Templates</span></a>\n<p><span>created with</span></p>\n"
        '<a href=""><span>Website Builder Software</span></a>.\n</section></body></html>'
    )
    (doc,) = parse_html(page.encode(), foreign="keep")
    assert "created with" not in doc.text and "Website" not in doc.text
    assert _removed(doc, "credits") == ["Website Templates created with Website Builder Software."]


def test_a_list_named_navbar_by_its_id_goes_whole():
    page = (
        "<html><head><title>Луна</title></head><body><table><tr><td>\n"
        '<ul id="navbar" class="top-menu-link"><li><a href="mars.html">Марс</a></li>\n'
        '<li class="current"><span>Луна</span></li>\n'
        '<li><a href="belt.html">Главный пояс астероидов</a></li>\n'
        '<li><a href="kuiper.html">Пояс Койпера и Облако Оорта</a></li></ul>\n'
        f"</td><td><h1>Луна</h1>\n{INTRO}"
        "<p>Колонизация Луны – один из самых исполнимых на данный момент проектов освоения космоса.</p>\n"
        "</td></tr></table></body></html>"
    )
    (doc,) = parse_html(page.encode(), foreign="keep")
    assert doc.text == (
        "Луна\n\n" + INTRO.removeprefix("<p>").removesuffix("</p>\n") + "\n\n"
        "Колонизация Луны – один из самых исполнимых на данный момент проектов освоения космоса."
    )
    assert _removed(doc, "navigation") == ["Марс Луна Главный пояс астероидов Пояс Койпера и Облако Оорта"]


def test_tab_labels_head_the_panes_they_name():
    """WAI-ARIA tabs (Nicepage's): each label, the only title of its pane, becomes the pane's heading."""
    tabs = "".join(
        f'<li role="presentation"><a href="#t{n}" role="tab" aria-controls="t{n}">{label}</a></li>'
        for n, label in ((1, "Программист Go"), (2, "Frontend-разработчик"))
    )
    page = (
        "<html><head><title>Профессии</title></head><body><section><h1>Профессии</h1>\n"
        f'<ul role="tablist">{tabs}</ul><div class="tab-content">\n'
        '<div id="t1" role="tabpanel"><p>Сложность задач высокая: нужно постоянно учиться новым языкам и'
        " библиотекам.</p></div>\n"
        '<div id="t2" role="tabpanel"><p>Фронтендер создаёт визуальную часть сайта, ту, что видит'
        " пользователь.</p></div>\n</div></section></body></html>"
    )
    (doc,) = parse_html(page.encode(), foreign="keep")
    assert doc.text == (
        "Профессии\n\nПрограммист Go\n\nСложность задач высокая: нужно постоянно учиться новым языкам и"
        " библиотекам.\n\nFrontend-разработчик\n\nФронтендер создаёт визуальную часть сайта, ту, что видит"
        " пользователь."
    )
    levels = [span.attrs["level"] for span in doc.spans if span.label == "heading"]
    assert levels == [1, 2, 2]
