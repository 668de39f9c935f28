"""A site's menu set as a list in its page ``<header>`` (issue 15, the sixtieth held-out check, row
11): a hand-made shop page's ``<header><ul>`` of links to its pages was kept as list items over its
price table. The pages are written here in that shape; the expected text and records are spelled out
by hand from what a browser shows."""

from __future__ import annotations

import pytest

from conftest import removed_records

pytest.importorskip("trafilatura")

PROSE = (
    "<p>Пластиковая опора поставляется в мешках по двести пятьдесят штук, в разобранном виде, чёрного "
    "цвета. Уголок пластиковый подходит для сборки корпусной мебели и продаётся упаковками.</p>"
    "<p>Обувной механизм собирается без инструмента и крепится к боковой стенке шкафа двумя "
    "шурупами, которые входят в комплект поставки вместе с инструкцией по сборке.</p>"
)


def _page(header: str) -> bytes:
    return (
        '<html><head><meta charset="UTF-8"><title>Фурнитура</title></head><body>'
        f'<p align="center"><b>ФУРНИТУРА</b></p><hr>{header}<br>{PROSE}</body></html>'
    ).encode()


MENU = (
    '<header align="left"><ul><li><a href="главная.html">ГЛАВНАЯ</a></li>'
    '<li><a href="Коммерческое предложение.html">КОММЕРЧЕСКОЕ ПРЕДЛОЖЕНИЕ</a></li>'
    '<li><a href="контакты.html">КОНТАКТЫ</a></li></ul></header>'
)

EXPECTED = (
    "ФУРНИТУРА\n\nПластиковая опора поставляется в мешках по двести пятьдесят штук, в разобранном виде, "
    "чёрного цвета. Уголок пластиковый подходит для сборки корпусной мебели и продаётся упаковками.\n\n"
    "Обувной механизм собирается без инструмента и крепится к боковой стенке шкафа двумя шурупами, "
    "которые входят в комплект поставки вместе с инструкцией по сборке."
)


def test_header_menu_of_page_links_is_navigation():
    """The three links go together to ``removed`` as ``navigation``; the text opens with the site's
    name over the prose (it read "- КОММЕРЧЕСКОЕ ПРЕДЛОЖЕНИЕ" / "- КОНТАКТЫ" under "ФУРНИТУРА")."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(_page(MENU))
    assert doc.text == EXPECTED
    assert not [span for span in doc.spans if span.label == "list_item"]
    assert ("navigation", "ГЛАВНАЯ КОММЕРЧЕСКОЕ ПРЕДЛОЖЕНИЕ КОНТАКТЫ") in removed_records(doc)


@pytest.mark.parametrize(
    "header",
    [
        # words beside a link: the item says something, no menu entry
        '<header><ul><li><a href="a.html">Опоры</a> — от 4 руб. за штуку</li>'
        '<li><a href="b.html">Уголки</a> — от 1 руб. за штуку</li></ul></header>',
        # links to other sites: a list of sources, not this site's pages
        '<header><ul><li><a href="https://example.org/a">Опоры</a></li>'
        '<li><a href="https://example.org/b">Уголки</a></li></ul></header>',
        # an article's own header: its list is the article's
        '<article><header><ul><li><a href="a.html">Опоры</a></li>'
        '<li><a href="b.html">Уголки</a></li></ul></header><p>Наш каталог.</p></article>',
    ],
)
def test_header_lists_that_are_no_menu_stay(header):
    """A list in a header is a menu only when each item is one link to another page of the site and
    the header is the page's, not an article's: none of these goes to ``removed`` as navigation
    (trafilatura may still judge a short header list boilerplate)."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(_page(header))
    assert not [text for label, text in removed_records(doc) if label == "navigation" and "Уголки" in text]
