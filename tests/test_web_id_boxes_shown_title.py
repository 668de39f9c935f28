"""Titles cut as boilerplate (issue 15, check 60 row 12): a hand-written festivals page sets each
section as a ``<div id="header_lower">`` opening on a ``<div id="header_content_boxline">`` title over
its text, the ids repeated as classes, and shows its ``<title>`` in a ``<div>`` over a lede, with no
``<h1>``. The middle section's title "Кепе (выпадение первого снега)" went to ``removed`` as
``boilerplate``, its paragraph read as the section's before it, and so did the page's title and lede.
The page is written here after that one; every expected text is spelled out by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")


def parsed(body: str, title: str = "Осенние события"):
    from sloika.pipelines.formats.web import parse_html

    page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    (doc,) = parse_html(page.encode())
    return doc


def headings(doc) -> list[tuple[str, int]]:
    return [(doc.text[s.start : s.end], s.attrs["level"]) for s in doc.spans if s.label == "heading"]


def removed(doc) -> list[tuple[str, str]]:
    return [(span.label, span.attrs["text"]) for span in doc.layers.get("removed", [])]


MENU = (
    '<div id="nav_block"><div class="nav_button"><p><a href="index1.html">Главная</a></p></div>'
    '<div class="nav_button"><p><a href="зима.html">Зима</a></p></div>'
    '<div class="nav_button"><p><a href="весна.html">Весна</a></p></div></div>'
)
HEADER = (
    '<div id="header"><div class="header_content_mainline">Осенние события </div>'
    '<div id="header_content_tagline">Здесь кратко рассказаны про самые главные осенние события</div></div>'
)
CHUKLEME = (
    '<div id="header_lower"><div id="header_content_boxline">Чуклеме'
    '<div id="header_content_boxcontent">Праздник нового урожая проводился в день осеннего '
    "солнцестояния. Подготавливаясь к празднику, пекли хлеба и варили пиво.</div></div></div>"
)
KEPE = (
    '<div id="header_lower"><div id="header_content_boxline">Кепе (выпадение первого снега) </div>'
    '<div id="header_content_boxcontent">Очевидно, что празднование Кепе приурочивалось к выпадению '
    "первого снега. Считалось, что с этого времени начинаются зимние холода.</div></div>"
)
CREDIT = '<div id="copywriteblock">Выполнил студент группы И5-15</div>'
PAGE = f'{MENU}<div id="content_container">{HEADER}{CHUKLEME}{KEPE}</div>{CREDIT}'

CHUKLEME_TEXT = (
    "Чуклеме\n\n"
    "Праздник нового урожая проводился в день осеннего солнцестояния. "
    "Подготавливаясь к празднику, пекли хлеба и варили пиво."
)
KEPE_TEXT = (
    "Кепе (выпадение первого снега)\n\n"
    "Очевидно, что празднование Кепе приурочивалось к выпадению первого снега. "
    "Считалось, что с этого времени начинаются зимние холода."
)


def test_a_box_titled_as_its_repeated_id_siblings_keeps_its_title_over_its_text():
    """Boxes alike by an id the page repeats are cards as boxes alike by a class are: the second
    section's title heads its own paragraph (was cut, the paragraph read as Чуклеме's)."""
    doc = parsed(f'{MENU}<div id="content_container">{CHUKLEME}{KEPE}</div>{CREDIT}')
    assert doc.text == f"{CHUKLEME_TEXT}\n\n{KEPE_TEXT}"
    assert ("Кепе (выпадение первого снега)", 6) in headings(doc)
    assert ("boilerplate", "Кепе (выпадение первого снега)") not in removed(doc)


def test_a_div_showing_the_title_on_a_page_without_h1_opens_the_text_with_its_lede():
    """The page's ``<title>`` shown in a ``<div>`` is its title, and the sentence under it (no stop)
    its lede: both open the text (both were cut as boilerplate)."""
    doc = parsed(PAGE)
    assert doc.text == (
        "Осенние события\n\n"
        "Здесь кратко рассказаны про самые главные осенние события\n\n"
        f"{CHUKLEME_TEXT}\n\n{KEPE_TEXT}"
    )
    assert headings(doc)[0] == ("Осенние события", 1)
    assert ("boilerplate", "Выполнил студент группы И5-15") in removed(doc)


def test_a_page_with_an_h1_keeps_it_as_its_title():
    """Where the page sets an ``<h1>``, a ``<div>`` repeating the title is no second one."""
    doc = parsed(f"<h1>Осень</h1>{PAGE}")
    assert ("Осенние события", 1) not in headings(doc)


def test_a_title_in_the_sites_header_or_linking_home_stays_out():
    """A banner (in a ``<header>``, or a link home) showing the title is the site's, not the text's."""
    for banner in (
        '<header><div class="logo">Осенние события</div></header>',
        '<div class="logo"><a href="index.html">Осенние события</a></div>',
    ):
        doc = parsed(f'{banner}<div id="content_container">{CHUKLEME}{KEPE}</div>')
        assert not doc.text.startswith("Осенние события"), banner


def test_one_box_of_its_id_is_no_card():
    """An id the page does not repeat names one box: its title stays trafilatura's to judge (here,
    left out as ever)."""
    doc = parsed(f'{MENU}<div id="content_container">{CHUKLEME}{KEPE.replace("header_lower", "lower")}</div>')
    assert "Кепе (выпадение первого снега)\n" not in doc.text
