"""Three defects of small hand-written and themed pages (issue 15, twenty-fourth held-out check,
rows 8 and 9 and the rejected page).

- A comment among an element's children is a node of lxml's tree but no element: a hand-written
  page with one after a ``<br>`` was rejected whole as ``unreadable_file`` ("Input object is not an
  XML element: HtmlComment"). Comments and processing instructions now leave the tree first, the
  text after each kept.
- A landing page's lead (a title and the sentence saying what the project is, in a block whose
  class names a look: "hero-overlay") was discarded by trafilatura's class tokens and went to
  ``removed`` as ``boilerplate``; it is kept.
- A Creative Commons notice (``rel="license"``) and a closing "hosted on …, theme …" line set as
  the page's last paragraphs were kept; they go to ``removed`` as ``legal_notice`` and ``credits``.

The pages are written here with text of our own."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

PROSE = (
    "<p>Этот инструмент собирает заметки из разных источников и складывает их в одну папку.</p>"
    "<p>Он умеет искать по тексту, по меткам и по датам, а найденное открывает в редакторе.</p>"
    "<p>Настройки хранятся в простом текстовом файле, который легко перенести на другой компьютер.</p>"
)


def _read(page: str):
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(page.encode(), targets=("ru",))
    return doc


def _removed(doc, label: str) -> list[str]:
    return [span.attrs["text"] for span in doc.layers["removed"] if span.label == label]


def test_comments_and_instructions_among_children_leave_the_text_whole():
    """Before: ``FormatError`` (``unreadable_file``) from the comment after the ``<br>``."""
    page = (
        "<!-- сохранено вручную --><html><!-- до заголовка --><head><title>Заметки</title></head>"
        "<body><!-- начало --><h1>Заметки</h1>"
        "<p>Первая строка описания.<br/><!-- примечание автора -->Вторая строка описания.<br/>"
        "<?php echo 1; ?>Третья строка описания.</p>"
        f"{PROSE}"
        "<p>Последний абзац <!-- внутри --> заканчивается здесь.</p>"
        "<!--<p>Старый абзац, который автор убрал из страницы.</p>--></body></html>"
    )
    doc = _read(page)
    assert doc.text == (
        "Заметки\n\n"
        "Первая строка описания.\nВторая строка описания.\nТретья строка описания.\n\n"
        "Этот инструмент собирает заметки из разных источников и складывает их в одну папку.\n\n"
        "Он умеет искать по тексту, по меткам и по датам, а найденное открывает в редакторе.\n\n"
        "Настройки хранятся в простом текстовом файле, который легко перенести на другой компьютер.\n\n"
        "Последний абзац заканчивается здесь."
    )


LANDING = (
    "<html><head><title>Сорока</title></head><body>"
    '<nav class="navbar"><a href="/">Сорока</a> <a href="/docs">Документация</a></nav>'
    '<section id="top" class="{look}"><div class="row"><h1 class="title">Сорока</h1>'
    '<p class="lead">Небольшая программа, которая переводит выделенный текст и читает его вслух.</p>'
    '<p><a class="btn" href="/download">Скачать</a></p></div></section>'
    '<section id="features" class="home-section"><h1>Возможности</h1>'
    "<div><h3>Быстрая</h3><p>Программа запускается за секунду и занимает мало памяти.</p></div>"
    "<div><h3>Свободная</h3><p>Исходный код открыт, его можно изменять и распространять.</p></div>"
    "<div><h3>Удобная</h3><p>Перевод появляется во всплывающем окне рядом с выделенным текстом.</p></div>"
    "<div><h3>Языки</h3><p>Поддерживается больше сотни языков, и список постоянно пополняется.</p></div>"
    "<div><h3>Терминал</h3><p>Переводить можно и из командной строки, не открывая окна.</p></div>"
    "<div><h3>Везде</h3><p>Работает в Linux и в Windows, настройки переносятся между ними.</p></div>"
    "</section></body></html>"
)


@pytest.mark.parametrize("look", ["hero-overlay", "hero slider", "page-banner"])
def test_a_landing_pages_lead_in_a_block_named_for_its_look_is_kept(look: str):
    """Before: the lead sentence was in ``removed`` as ``boilerplate``, the title straight over
    "Возможности"."""
    doc = _read(LANDING.format(look=look))
    assert doc.text.startswith(
        "Сорока\n\nНебольшая программа, которая переводит выделенный текст и читает его вслух.\n\n"
        "Возможности\n\nБыстрая\n\n"
    )
    assert "Скачать" not in doc.text


def test_a_pop_up_named_for_its_look_without_the_pages_title_stays_out():
    """An overlay without an ``<h1>`` (a subscription pop-up) keeps its class and stays boilerplate."""
    page = LANDING.format(look="hero").replace(
        "</section></body>",
        '</section><div class="modal-overlay"><p>Подпишитесь на рассылку, чтобы узнавать новости.</p>'
        "</div></body>",
    )
    assert "Подпишитесь" not in _read(page).text


SITE = (
    '<html><head><title>Генератор</title></head><body><div class="wrapper">'
    "<header><h1>Генератор</h1></header><section><h1>О программе</h1>"
    f"{PROSE}{{closing}}</section></div></body></html>"
)
NOTICE = (
    '<a rel="license" href="https://creativecommons.org/licenses/by/4.0/"><img alt="Лицензия" '
    'src="badge.png"/></a><br/>Эта страница доступна на условиях <a rel="license" '
    'href="https://creativecommons.org/licenses/by/4.0/">лицензии CC BY 4.0</a>.<br/>'
    "За иными разрешениями пишите автору."
)
CREDIT = (
    '<p>Страница размещена на <a href="https://example.org/pages">Example Pages</a> и оформлена '
    'темой <a href="https://example.org/theme">Simple</a>.</p>'
)
KEPT = (
    "О программе\n\n"
    "Этот инструмент собирает заметки из разных источников и складывает их в одну папку.\n\n"
    "Он умеет искать по тексту, по меткам и по датам, а найденное открывает в редакторе.\n\n"
    "Настройки хранятся в простом текстовом файле, который легко перенести на другой компьютер."
)


def test_a_licence_notice_and_a_closing_host_and_theme_credit_go_to_removed():
    """Before: both were kept as the page's last paragraphs."""
    doc = _read(SITE.format(closing=NOTICE + "<p></p>" + CREDIT))
    assert doc.text == KEPT
    assert _removed(doc, "legal_notice") == [
        "Эта страница доступна на условиях лицензии CC BY 4.0. За иными разрешениями пишите автору."
    ]
    assert _removed(doc, "credits") == ["Страница размещена на Example Pages и оформлена темой Simple."]


def test_a_closing_sentence_on_the_topic_with_a_link_stays():
    """A last paragraph whose link is not credited as a host or a theme is the article's."""
    closing = '<p>Подробнее на эту тему читайте в <a href="https://example.org/a">статье автора</a>.</p>'
    doc = _read(SITE.format(closing=closing))
    assert doc.text == KEPT + "\n\nПодробнее на эту тему читайте в статье автора."
    assert _removed(doc, "credits") == []
