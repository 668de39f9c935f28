"""An HTML page's own contents list: a ``<ul>`` of links to its headings (issue 15, seventeenth check
row 10, a help page rendered from Markdown into a page template). The pages are written here."""

from __future__ import annotations

from sloika.pipelines.formats.web import parse_html

SECTIONS = (
    '<h2 id="top">Верхняя секция</h2>\n'
    "<p>Кнопка в верхней секции добавляет сайт в список исключений или достаёт его оттуда.</p>\n"
    "<p>Переключатель рядом с ней включает либо выключает расширение на всех сайтах сразу.</p>\n"
    '<h2 id="filter">Настройки фильтра</h2>\n'
    "<p>Яркость, контраст и сепия меняются ползунками, и страница сразу показывает результат.</p>\n"
    '<h2 id="%D0%B2%D0%BE%D0%BF%D1%80%D0%BE%D1%81%D1%8B">Вопросы</h2>\n'
    "<p>Если расширение не работает на странице, перезагрузите её и проверьте список сайтов.</p>\n"
)


def _page(listing: str, sections: str = SECTIONS) -> bytes:
    return (
        "<html><head><title>Справка</title></head><body><article>\n"
        "<p>Этот документ расскажет вам об основных возможностях расширения.</p>\n"
        f"{listing}\n{sections}</article></body></html>"
    ).encode()


def test_a_list_of_links_to_the_pages_headings_is_contents():
    listing = (
        '<ul>\n<li><a href="#top">Верхняя секция</a></li>\n<li><a href="#filter">Настройки фильтра</a></li>\n'
        '<li><a href="#вопросы">Вопросы</a></li>\n</ul>'
    )
    (doc,) = parse_html(_page(listing), foreign="keep")
    assert doc.text.startswith(
        "Этот документ расскажет вам об основных возможностях расширения.\n\nВерхняя секция\n\nКнопка"
    )
    contents = [(s.label, s.attrs["text"]) for s in doc.layers["removed"] if s.label == "contents"]
    assert contents == [("contents", "Верхняя секция Настройки фильтра Вопросы")]


def test_a_list_of_links_to_anchors_that_are_no_headings_stays_text():
    """Links into the page to terms, not headings (an API's list of its methods), are the text's."""
    listing = (
        '<ul>\n<li><a href="#get">get — читает запись</a></li>\n'
        '<li><a href="#put">put — пишет запись</a></li>\n</ul>'
    )
    sections = (
        SECTIONS + '<dl><dt id="get">get</dt><dd>Читает запись.</dd><dt id="put">put</dt><dd>Пишет.</dd></dl>'
    )
    (doc,) = parse_html(_page(listing, sections), foreign="keep")
    assert "- get — читает запись\n\n- put — пишет запись" in doc.text
    assert not [s for s in doc.layers.get("removed", []) if s.label == "contents"]
