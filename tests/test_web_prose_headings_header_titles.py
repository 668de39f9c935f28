"""Hand-written pages of check 58 (issue 15, rows 10–12 and a page rejected whole): a books page's
second ``<section>`` inside ``<main>`` cut as ``boilerplate`` while the first, built alike, was kept
(each book's text stood after ``<h1>…</h1><br>`` in no paragraph), its "(ПРОЧИТАТЬ)" links kept in
the prose; an essay that typed every paragraph as an ``<h1>`` (its titles closed with ``</h2>``)
rejected as a title alone; a page's only ``<h1>``, in its ``<header>``, cut; and a closing link to a
spreadsheet kept as the text's last line. The pages are written here after theirs (their licences
are not known); every expected text is spelled out by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")


def parsed(body: str, title: str = "Страница"):
    from sloika.pipelines.formats.web import parse_html

    page = f'<html lang="ru"><head><title>{title}</title></head><body>{body}</body></html>'
    (doc,) = parse_html(page.encode())
    return doc


def removed(doc) -> list[tuple[str, str]]:
    return [(span.label, span.attrs["text"]) for span in doc.layers.get("removed", [])]


def headings(doc) -> list[str]:
    return [doc.text[span.start : span.end] for span in doc.spans if span.label == "heading"]


def book(first: bool, title: str, text: str, href: str) -> str:
    frame = '<div class="book-description"><p>'
    if first:
        frame = '<div class="book-text"><p class="book-description">'
    return (
        f'<section class="book-block">{frame}<h1>{title}</h1> <br>\n{text}\n'
        f'<a href="{href}" target="_blank" class="read-link">(ПРОЧИТАТЬ)</a>\n</p></div>'
        '<div class="book-scroll"><img src="1.png"><img src="2.png"></div></section>'
    )


BOOKS = (
    '<header class="header"><div class="main-page"><a href="index.html"><h2>ARMOR.AMOUR</h2></a></div>'
    '<nav class="nav"><a href="space.html">Пространство</a> <a href="books.html">Книги</a></nav></header>'
    "<main>"
    + book(
        True,
        "Руководство к адаптации",
        "Это не просто книга. Это приглашение войти в новый опыт, где чувства становятся частью "
        "реальности. В ней собраны практические указания, которые помогут адаптироваться к жизни.",
        "https://www.calameo.com/read/1",
    )
    + book(
        False,
        "Визуальный гид по пространству",
        "Это система ориентиров, помогающая глубже понять атмосферу рефлектория. Это не о том, как "
        "просто попасть в пространство, а о том, как его почувствовать.",
        "https://www.calameo.com/read/2",
    )
    + '</main><footer class="footer"><p>ARMOR AMOUR © 2025</p></footer>'
)


def test_sibling_sections_built_alike_in_main_are_both_kept():
    """Row 10: the text after each ``<h1>…</h1><br>`` is a paragraph of its own, so both book blocks
    are read; each bracketed read-more link after the paragraph's sentence is navigation."""
    doc = parsed(BOOKS, "Книги")
    assert doc.text == (
        "Руководство к адаптации\n\n"
        "Это не просто книга. Это приглашение войти в новый опыт, где чувства становятся частью "
        "реальности. В ней собраны практические указания, которые помогут адаптироваться к жизни.\n\n"
        "Визуальный гид по пространству\n\n"
        "Это система ориентиров, помогающая глубже понять атмосферу рефлектория. Это не о том, как "
        "просто попасть в пространство, а о том, как его почувствовать."
    )
    assert headings(doc) == ["Руководство к адаптации", "Визуальный гид по пространству"]
    assert removed(doc) == [
        ("navigation", "ARMOR.AMOUR"),
        ("navigation", "Пространство Книги"),
        ("navigation", "(ПРОЧИТАТЬ)"),
        ("navigation", "(ПРОЧИТАТЬ)"),
        ("boilerplate", "ARMOR AMOUR © 2025"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        # a bracketed link inside the sentence is its words
        ("Книга вышла в 2020 году, её текст есть {} издателя.", "(на сайте)"),
        # a reference's number is no label
        ("Книга вышла в 2020 году и разошлась быстро. {}", "[1]"),
        # a bracketed label that is a sentence
        ("Книга вышла в 2020 году и разошлась быстро. {}", "(Это правда.)"),
    ],
)
def test_a_bracketed_link_that_is_no_closing_label_stays(paragraph, label):
    link = f'<a href="https://example.org/b">{label}</a>'
    doc = parsed(
        "<main><h1>Книга</h1><p>" + paragraph.format(link) + "</p>"
        "<p>Второе издание готовится к печати в этом году.</p></main>"
    )
    assert "navigation" not in [label for label, _ in removed(doc)]
    assert paragraph.format(label) in doc.text


ESSAY = (
    '<div id="about" class="about">'
    '<section class="banner_main"><h1 align="center"><b>Экология</b></h1><br><br></section>'
    '<h2 style="font-size: 250%"><b>Веганство и природный баланс</b></h2>'
    '<h1 align="justify">Под развитие животноводства осваиваются новые территории, сокращается количество '
    "лесов, меняется состав атмосферы. По выводам учёных, действия человека привели к шестому массовому "
    "вымиранию диких животных.</h1><br><br>"
    '<div id="left"><h1 align="left" style="font-size: 250%"><b>Водные затраты</b></h2>'
    '<h1 align="justify">1 кг пшеницы = 1300 л воды, 1 кг мяса = до 15 500 литров. Для сравнения: расход '
    "воды человеком = 100 — 250 литров в день.</h1><br>"
    '<p class="aligncenter"><img src="wheat.jpg" width="90%"/></p></div>'
    "</div>"
)


def test_headings_that_hold_paragraphs_are_paragraphs():
    """A page that set its paragraphs as ``<h1>``s (two sentences each) is kept, not rejected as a
    title alone; its real titles stay headings, and the paragraph a wrongly closed title
    (``<h1>…</h2>``) swallowed stands after it, as a browser shows it."""
    doc = parsed(ESSAY, "Веганство")
    assert doc.text == (
        "Экология\n\n"
        "Веганство и природный баланс\n\n"
        "Под развитие животноводства осваиваются новые территории, сокращается количество лесов, меняется "
        "состав атмосферы. По выводам учёных, действия человека привели к шестому массовому вымиранию "
        "диких животных.\n\n"
        "Водные затраты\n\n"
        "1 кг пшеницы = 1300 л воды, 1 кг мяса = до 15 500 литров. Для сравнения: расход воды человеком "
        "= 100 — 250 литров в день."
    )
    assert headings(doc) == ["Экология", "Веганство и природный баланс", "Водные затраты"]


TIMELINE = (
    '<h1 style="color: white">1946 - Клуб основан под названием ЦДКА (Центральный дом Красной Армии).</h1>'
    '<h1 style="color: white">1950-е - Армейцы шесть раз становились чемпионами страны. В те годы за них '
    "выступало множество игроков, ставших легендами.</h1>"
)


def test_a_one_sentence_heading_built_as_a_prose_heading_is_a_paragraph_too():
    """A timeline's entries are all ``<h1>``s of one style: the longer ones hold two sentences, and
    the first, one sentence ending in a full stop, is built alike: all are paragraphs."""
    doc = parsed(TIMELINE, "История клуба")
    assert doc.text == (
        "1946 - Клуб основан под названием ЦДКА (Центральный дом Красной Армии).\n\n"
        "1950-е - Армейцы шесть раз становились чемпионами страны. В те годы за них выступало множество "
        "игроков, ставших легендами."
    )
    assert headings(doc) == []


@pytest.mark.parametrize(
    "heading",
    [
        "Как удалить старое ядро из системы?",
        "Что такое Git? Зачем он нужен?",
        "Глава 1. Введение в теорию графов и её приложения к задачам маршрутизации",
    ],
)
def test_a_heading_of_a_title_stays_a_heading(heading):
    doc = parsed(f"<h2>{heading}</h2><p>Ответ на этот вопрос занимает несколько абзацев текста ниже.</p>")
    assert headings(doc) == [heading]


SELF_HELP = (
    "<header><h1>Книги и практические советы</h1></header>"
    "<main><section><h2>Книга 1: «Думай медленно, решай быстро»</h2>"
    "<p>Книга разделяет наше мышление на две системы: быструю и медленную.</p></section></main>"
    "<footer><p>© 2024 Самопознание. Все права защищены.</p></footer>"
)


def test_the_pages_only_h1_in_its_header_opens_the_text():
    """Row 12: a header of the page's one ``<h1>``, no link and no menu, its words shared with the
    ``<title>``: the page's title, kept as its heading."""
    doc = parsed(SELF_HELP, "Книги — Полезные советы из книг")
    assert doc.text == (
        "Книги и практические советы\n\n"
        "Книга 1: «Думай медленно, решай быстро»\n\n"
        "Книга разделяет наше мышление на две системы: быструю и медленную."
    )
    assert headings(doc) == ["Книги и практические советы", "Книга 1: «Думай медленно, решай быстро»"]
    assert removed(doc) == [("boilerplate", "© 2024 Самопознание. Все права защищены.")]


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # a site's motto: no word of the page's title
        ("<header><h1>Флористика - это искусство.</h1></header>", "история"),
        # a banner linking its name home
        ('<header><h1>Книги и советы</h1><a href="index.html">Главная</a></header>', "Книги"),
    ],
)
def test_a_sites_name_in_its_header_stays_out(header, title):
    text = "<main><h2>История</h2><p>В мир флористики я попала совершенно случайно, пройдя курс.</p></main>"
    doc = parsed(header + text, title)
    assert doc.text == "История\n\nВ мир флористики я попала совершенно случайно, пройдя курс."


STRUGATSKY = (
    '<A HREF="index.html"><IMG src="back.jpg" alt="назад"></A>'
    "<CENTER><H1>Произведения братьев Стругацких:</H1></CENTER><BR>"
    "<H4>«Трудно быть богом»</H4> История землянина на планете, застрявшей в средневековье.\n<BR>"
    "<H4>«Пикник на обочине»</H4> История загадочной Зоны и лучшего из её сталкеров\n<BR><BR>"
    '<A HREF="список книг.xlsx"> все книги Стругацких</A> <BR>'
    '<IMG src="1.jpg" alt="книга"><IMG src="2.jpg" alt="книга">'
)


def test_a_lone_link_closing_the_page_is_navigation_whatever_file_it_opens():
    """Row 11: the page's last link, alone after a blank line (``<BR><BR>``), a label and no sentence,
    to a spreadsheet of the site."""
    doc = parsed(STRUGATSKY, "список книг")
    assert doc.text == (
        "Произведения братьев Стругацких:\n\n"
        "«Трудно быть богом»\n\n"
        "История землянина на планете, застрявшей в средневековье.\n\n"
        "«Пикник на обочине»\n\n"
        "История загадочной Зоны и лучшего из её сталкеров"
    )
    assert ("navigation", "все книги Стругацких") in removed(doc)


@pytest.mark.parametrize(
    "closing",
    [
        # a link inside the last line's words
        '<BR><BR>Список всех книг есть <A HREF="книги.xlsx">в таблице</A>',
        # the last entry of a list of links is the list's
        '<UL><LI><A HREF="a.html">Повести</A></LI><LI><A HREF="b.html">Романы</A></LI></UL>',
        # a label that is a sentence
        '<BR><BR><A HREF="книги.xlsx">Все книги братьев собраны в одной таблице.</A>',
    ],
)
def test_a_closing_link_that_is_no_lone_label_stays(closing):
    doc = parsed(STRUGATSKY.split("<BR><BR>")[0] + closing, "список книг")
    assert ("navigation", "все книги Стругацких") not in removed(doc)
    assert not any(label == "navigation" and "назад" not in text for label, text in removed(doc))


def test_a_closing_link_in_a_layout_tables_paragraph_is_navigation():
    """A ``<p>`` in a layout table's cell is a paragraph (libxslt's pages close on "<p><a
    href="bugs.html">Daniel Veillard</a></p>" in the cell of their text): the link is no cell's entry."""
    doc = parsed(
        "<table><tr><td><h1>Помощь проекту</h1><p>Лучше всего начать с подписки на список рассылки и чтения "
        'его архивов.</p><p><a href="bugs.html">Даниэль Вейяр</a></p></td></tr></table>',
        "Помощь",
    )
    assert doc.text == (
        "Помощь проекту\n\nЛучше всего начать с подписки на список рассылки и чтения его архивов."
    )
    assert removed(doc) == [("navigation", "Даниэль Вейяр")]
