"""A gallery's heading and its "see more" button kept as the text's first lines (issue 15, check 61
row 10): a student's page opens its content on a Bootstrap gallery, "<h3>Галерея</h3>" over four
images without captions and ``<a …>Посмотреть больше</a>`` (no ``href``: the page's script works it),
then the page's ``<h2>`` and prose. The kept text opened "Галерея" / "Посмотреть больше" / "Лабрадорское
море (Labrador Sea)" / …. The page is written here after that one; every expected text is spelled out
by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")


def parsed(body: str):
    from sloika.pipelines.formats.web import parse_html

    page = f"<html><head><title>index</title></head><body>{body}</body></html>"
    (doc,) = parse_html(page.encode())
    return doc


def removed(doc) -> list[tuple[str, str]]:
    return [(span.label, span.attrs["text"]) for span in doc.layers.get("removed", [])]


def headings(doc) -> list[tuple[str, int]]:
    return [(doc.text[s.start : s.end], s.attrs["level"]) for s in doc.spans if s.label == "heading"]


ITEM = (
    '<div class="col-sm-6 col-lg-3"><div class="gallery-item text-right padding-x2">'
    '<a href="images/sea{n}.png" class="image-popup">'
    '<img src="images/sea{n}.png" alt="" class="item-img"></a>'
    '<div class="item-title">\n\n</div><div class="item-icon"></div></div></div>'
)
GALLERY = (
    '<section id="gallery-4col" class="gallery pb-0 light"><div class="container-fluid">'
    '<h3 class="text-center light mt-30 mb-20"><strong>Галерея</strong></h3>'
    f'<div class="row no-gutters">{"".join(ITEM.format(n=n) for n in range(1, 5))}</div>\n'
    '<a class="text-end text-right mt-10 mb-20 light" style="display: block;">{more}</a></div></section>'
)
PROSE = (
    '<section id="text-1col"><div class="container"><div class="row"><div class="col-md-9">'
    '<h2 class="text-center mb-20"><b>Лабрадорское море (Labrador Sea)<br></b></h2>'
    '<p class="text-center">Лабрадорское море - часть Атлантического океана между полуостровом Лабрадор и '
    "островом Ньюфаундленд. Название связано с именем португальского мореплавателя.</p>"
    '<p class="text-center">Главные порты: Ивигтут (Гренландия), Холтон-Харбор (Канада).</p>'
    "</div></div></div></section>"
)
PROSE_TEXT = (
    "Лабрадорское море (Labrador Sea)\n\n"
    "Лабрадорское море - часть Атлантического океана между полуостровом Лабрадор и островом "
    "Ньюфаундленд. Название связано с именем португальского мореплавателя.\n\n"
    "Главные порты: Ивигтут (Гренландия), Холтон-Харбор (Канада)."
)


def test_a_gallery_of_uncaptioned_images_and_its_see_more_button_are_no_text():
    """The button's label (an ``<a>`` with no ``href``, a read-more phrase alone in its paragraph) is
    navigation, and the gallery's heading, its section holding nothing kept, stays out: the text
    opens on the page's ``<h2>`` (it opened "Галерея" / "Посмотреть больше")."""
    doc = parsed(GALLERY.format(more="Посмотреть больше") + PROSE)
    assert doc.text == PROSE_TEXT
    assert headings(doc) == [("Лабрадорское море (Labrador Sea)", 2)]
    assert ("navigation", "Посмотреть больше") in removed(doc)
    assert ("boilerplate", "Галерея") in removed(doc)


@pytest.mark.parametrize("label", ["Показать ещё", "Просмотреть больше", "Show more", "View more"])
def test_a_show_more_link_alone_in_its_paragraph_is_navigation(label):
    """Other calls to see more, to another page or none, alone in their paragraph, go as "Далее..."
    and "Read more" do."""
    doc = parsed(f'{PROSE}<p><a href="gallery.html">{label}</a></p><p><a>{label}</a></p>')
    assert doc.text == PROSE_TEXT
    assert [text for label_, text in removed(doc) if label_ == "navigation"] == [label, label]


def test_a_placeholder_link_with_words_around_it_or_a_named_anchor_stays():
    """A placeholder link inside a sentence is the sentence's words, and an ``<a name>`` (a place
    the page names, no control) is the page's text, whatever it says."""
    doc = parsed(
        f"{PROSE}<p>Фотографии можно <a>посмотреть больше</a> на странице экспедиции.</p>"
        '<h3><a name="more">Подробнее</a></h3><p>Море покрыто льдом с декабря по июнь.</p>'
    )
    assert doc.text == (
        f"{PROSE_TEXT}\n\nФотографии можно посмотреть больше на странице экспедиции.\n\n"
        "Подробнее\n\nМоре покрыто льдом с декабря по июнь."
    )
    assert not [text for label, text in removed(doc) if label == "navigation"]


def test_a_heading_keeps_its_place_over_a_subsection_or_a_figure():
    """A heading over a subsection's heading and text holds that text; one over a captioned figure
    holds the figure: both stay where a gallery's heading goes."""
    doc = parsed(
        "<h2>Климат</h2><h3>Зима</h3>"
        "<p>Зимой море покрыто льдом, и температура воздуха опускается до минус двадцати градусов.</p>"
        '<h3>Карта</h3><figure><img src="map.png" alt="Карта моря"><figcaption>Карта Лабрадорского моря'
        "</figcaption></figure><h2>Течения</h2><p>Летом лёд тает, и в море заходят айсберги из Гренландии, "
        "которые несёт Лабрадорское течение.</p>"
    )
    assert [text for text, _ in headings(doc)] == ["Климат", "Зима", "Карта", "Течения"]
    assert [s.attrs["caption"] for s in doc.spans if s.label == "figure"] == ["Карта Лабрадорского моря"]
