"""Small hand-written pages (issue 15, the thirty-first held-out check, rows 11 and 12): a side
menu whose first link names the page itself, over the page's ``<h1>`` of the same words, and a
``<header>`` written inside ``<head>``. The pages are written here in those shapes; the expected
text and records are spelled out by hand."""

from __future__ import annotations

import pytest

from conftest import removed_records

pytest.importorskip("trafilatura")

# A menu <ul> of four links, the first to the page itself ("Описание"), beside the content <div>
# that opens with its <h1> "Описание".
MENU_PAGE = (
    '<!DOCTYPE html><html lang="ru"><head><meta charset="UTF-8"><title>Document</title></head><body>'
    '<div class="header"><div class="header__text">Таксы</div></div>'
    '<div class="content"><div class="menu"><ul>'
    '<li><a href="opisanie.html">Описание</a></li><li><a href="uhod.html">Уход за собакой</a></li>'
    '<li><a href="sovety.html">Советы</a></li><li><a href="kupit.html">Где купить щенка</a></li>'
    '</ul></div><div class="content__text"><h1>Описание</h1>'
    "<p>Такса — небольшая охотничья собака с длинным телом и короткими лапами, выведенная в Германии "
    "для охоты на барсука и лису в норах. Она смелая, упрямая и очень привязана к хозяину.</p>"
    "<p>Шерсть у такс бывает гладкой, жёсткой или длинной, а окрас рыжим, чёрно-подпалым или "
    "мраморным. Живут они долго, до пятнадцати лет, если не перекармливать их и беречь спину.</p>"
    '</div></div><div class="footer">2021</div></body></html>'
)


def test_page_title_in_the_menu_is_not_a_second_heading():
    """The ``<h1>`` once, at the text's start (it read "Описание" / "Описание": the heading was
    found at the menu link's place and the ``<h1>`` went in again); the menu's four links go
    together to ``removed``."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(MENU_PAGE.encode())
    assert doc.text.startswith(
        "Описание\n\nТакса — небольшая охотничья собака с длинным телом и короткими лапами"
    )
    assert doc.text.count("Описание") == 1
    headings = [doc.text[span.start : span.end] for span in doc.spans if span.label == "heading"]
    assert headings == ["Описание"]
    records = removed_records(doc)
    for link in ("Описание", "Уход за собакой", "Советы", "Где купить щенка"):
        assert ("boilerplate", link) in records


# A <header> of a logo heading and a link written before </head>, then the body's menu and content.
HEAD_HEADER_PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>О классе</title>'
    '<header><div class="logotype"><h3>7в</h3></div><ul><li><a href="">Наша страница</a></li></ul>'
    '</header></head><body><div class="promo"><h1>О нашем классе</h1>'
    "<p>В седьмом «В» учатся двадцать восемь человек, и каждый год мы вместе ездим в поход на "
    "озеро, ставим спектакль к Новому году и выпускаем школьную газету.</p></div></body></html>"
)


def test_header_inside_head_is_read_as_the_bodys():
    """The ``<header>`` set inside ``<head>`` is read at the body's start, as a browser shows it:
    its heading and link go to ``removed`` (they were in no layer at all); the text is the body's."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(HEAD_HEADER_PAGE.encode())
    assert doc.text == (
        "О нашем классе\n\n"
        "В седьмом «В» учатся двадцать восемь человек, и каждый год мы вместе ездим в поход на "
        "озеро, ставим спектакль к Новому году и выпускаем школьную газету."
    )
    records = removed_records(doc)
    assert any(text == "7в" for _, text in records)
    assert any(text == "Наша страница" for _, text in records)
