"""A hand-written essay page (issue 15, thirty-second check row 11): the site's brand link in the
page's ``<header>``, beside its ``<nav>``, was kept as the text's first line over the kicker and the
title; a box's own title over the article's list or paragraph ("Если коротко" over a summary list, a
caveat box's title over its paragraph) went to ``removed`` as ``boilerplate``; and an English entry
of the Russian page's reference list, "Surname I.I., Surname I.I. Title. Journal. 1998;44:1–2.", was
cut as a foreign paragraph while the entries like it stayed. The pages are written here; every
expected text is spelled out by hand from the page."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

HEADER = (
    '<header class="top"><div class="wrap"><a class="brand" href="index.html">Чага</a>'
    '<nav><a href="index.html">Главная</a><a href="history.html">История</a>'
    '<a href="about.html">О грибе</a><a href="science.html">Наука</a></nav></div></header>'
)
HERO = (
    '<div class="hero"><div class="wrap"><div class="kick">Очерк</div>'
    "<h1>Гриб, которого не заметили</h1>"
    '<p class="lead">История о том, как гриб с берёзы дважды теряли из виду.</p></div></div>'
)
OPENING = (
    "<p>Березовый гриб знали в деревнях задолго до того, как о нём написали учёные. Его заваривали "
    "вместо чая и брали с собой в дорогу.</p>"
    "<p>Потом о нём надолго забыли, и только в прошлом веке к нему вернулись химики.</p>"
)
SUMMARY = (
    '<div class="summary"><div class="t">Коротко о главном</div><ul>'
    "<li>Гриб растёт на старых берёзах и живёт на них десятки лет.</li>"
    "<li>Его настой пили как обычный чай в северных деревнях.</li>"
    "<li>Химики изучали его пигменты во второй половине века.</li></ul></div>"
)
CHEMISTS = (
    "<h2>Что нашли химики</h2><p>В тёмной коре гриба нашли пигменты, похожие на меланины, и описали "
    "их свойства в нескольких статьях [1].</p>"
)
CAVEAT = (
    '<div class="box note"><div class="t">Одна оговорка</div><p>Всё это описания свойств вещества, '
    "а не доказательства пользы для здоровья. Об этом нужно помнить, читая дальше.</p></div>"
)
LATER = (
    "<p>Работы о нём выходили и позже, но их почти никто не читал за пределами узкого круга "
    "специалистов [2].</p>"
)
REFERENCES = (
    '<h2>Литература</h2><ol class="refs">'
    "<li>Walker R.T., Young A.B. Pigments of wood fungi: a short review. Can J Bot. 1995;31:210–240.</li>"
    "<li>Kowalczyk U., Pöder R. Fungi of the northern forests. Mycological Notes. 1998;12(4):153–162.</li>"
    "</ol>"
)
FOOTER = (
    '<footer><div class="fnav"><a href="index.html">Главная</a><a href="history.html">История</a></div>'
    "<p>Сведения носят справочный характер.</p></footer>"
)


def parsed(body: str):
    from sloika.pipelines.formats.web import parse_html

    page = f'<html lang="ru"><head><title>Гриб</title></head><body>{body}</body></html>'
    (doc,) = parse_html(page.encode())
    return doc


def removed(doc) -> list[tuple[str, str]]:
    return [(span.label, span.attrs["text"]) for span in doc.layers.get("removed", [])]


def essay(summary: str = SUMMARY) -> str:
    frame = OPENING + summary + CHEMISTS + CAVEAT + LATER + REFERENCES
    return f'{HEADER}{HERO}<section><div class="wrap article">{frame}</div></section>{FOOTER}'


def test_the_essay_reads_without_its_brand_with_its_box_titles_and_every_reference():
    doc = parsed(essay())
    assert doc.text == (
        "Очерк\n\n"
        "Гриб, которого не заметили\n\n"
        "История о том, как гриб с берёзы дважды теряли из виду.\n\n"
        "Березовый гриб знали в деревнях задолго до того, как о нём написали учёные. Его заваривали "
        "вместо чая и брали с собой в дорогу.\n\n"
        "Потом о нём надолго забыли, и только в прошлом веке к нему вернулись химики.\n\n"
        "Коротко о главном\n\n"
        "- Гриб растёт на старых берёзах и живёт на них десятки лет.\n\n"
        "- Его настой пили как обычный чай в северных деревнях.\n\n"
        "- Химики изучали его пигменты во второй половине века.\n\n"
        "Что нашли химики\n\n"
        "В тёмной коре гриба нашли пигменты, похожие на меланины, и описали их свойства в нескольких "
        "статьях [1].\n\n"
        "Одна оговорка\n\n"
        "Всё это описания свойств вещества, а не доказательства пользы для здоровья. Об этом нужно "
        "помнить, читая дальше.\n\n"
        "Работы о нём выходили и позже, но их почти никто не читал за пределами узкого круга "
        "специалистов [2].\n\n"
        "Литература\n\n"
        "1. Walker R.T., Young A.B. Pigments of wood fungi: a short review. Can J Bot. 1995;31:210–240.\n\n"
        "2. Kowalczyk U., Pöder R. Fungi of the northern forests. Mycological Notes. 1998;12(4):153–162."
    )
    assert sorted(removed(doc)) == [
        ("boilerplate", "ГлавнаяИстория"),
        ("boilerplate", "Сведения носят справочный характер."),
        ("navigation", "Главная История О грибе Наука"),
        ("navigation", "Чага"),
    ]
    headings = [doc.text[s.start : s.end] for s in doc.spans if s.label == "heading"]
    assert headings == [
        "Гриб, которого не заметили",
        "Коротко о главном",
        "Что нашли химики",
        "Одна оговорка",
        "Литература",
    ]


def test_a_home_link_inside_a_sentence_of_the_header_stays_out_of_the_brand_rule():
    """Only a link home standing alone in the site's header is its brand: a header's sentence that
    links home is no banner (the header is left to trafilatura, as before)."""
    from sloika.pipelines.formats.web import _prepared_tree

    tree = _prepared_tree(
        '<html><body><header><p>Материалы сайта <a href="index.html">«Чага»</a> открыты для всех '
        "читателей.</p></header><main><p>Текст.</p></main></body></html>"
    )
    assert "«Чага»" in tree.find("body").text_content()


def test_a_widget_title_over_a_list_of_links_is_no_heading():
    """A sidebar's title over its links ("Рубрики" over a column of links) is the site's, not the
    article's: it stays out as before."""
    widget = (
        '<div class="widget"><div class="t">Рубрики</div><ul><li><a href="a.html">Грибы</a></li>'
        '<li><a href="b.html">Деревья</a></li><li><a href="c.html">Травы</a></li></ul></div>'
    )
    doc = parsed(essay(summary=widget))
    assert "Рубрики" not in doc.text
    assert "Потом о нём надолго забыли, и только в прошлом веке к нему вернулись химики.\n\nЧто нашли" in (
        doc.text
    )
