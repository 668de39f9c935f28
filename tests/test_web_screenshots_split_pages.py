"""KDE handbook pages from the fortieth held-out check (review C, row 10 and "apart", issue 15).

krfb's using-krfb.html: the section "Главное окно Desktop Sharing" shows a screenshot whose alt text
says the section's heading again, under the section's lead-in. It was taken for an icon labelling
that heading (an ``image`` record) while the page's other screenshots were ``figure`` spans. The
same file holds a second page after a ``<FILENAME filename="…">`` mark that KDE's split left in: the
mark is no text, and both pages' text is read in order. The pages are written here in those files'
shapes; the expected values are spelled out by hand."""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.web import parse_html

pytest.importorskip("trafilatura")

LEAD = "Программа очень удобна и имеет простой интерфейс, как показано на снимке экрана ниже."
AFTER = "Чтобы предоставить другому пользователю доступ к своему рабочему столу, установите флажок."
NETWORK = "Страница «Сеть» позволяет управлять тем, какой порт использует программа, как показано ниже."
PORT = "Если флажок установлен, программа определит подходящий порт сама, без вашего участия."


def _screenshot(src: str, alt: str) -> str:
    return f'<div class="screenshot"><div class="mediaobject"><img src="{src}" alt="{alt}"></div></div>'


def _page(title: str, body: str) -> str:
    return (
        f'<html><head><title>{title}</title></head><body><div id="content"><div id="contentBody">'
        f'<div class="chapter"><div class="titlepage"><h1 class="title">{title}</h1></div>{body}'
    )


FIRST = _page(
    "Глава 3. Использование Примера",
    '<div class="sect1"><div class="titlepage"><h2 class="title">Главное окно Примера</h2></div>'
    f"<p>{LEAD}</p><p></p>{_screenshot('screenshot.png', 'Главное окно Примера')}<p></p><p>{AFTER}</p></div>",
)
SECOND = (
    _page(
        "Настройка Примера",
        f"<p>{NETWORK}</p><p></p>{_screenshot('network.png', 'Настройка Примера (страница «Сеть»)')}"
        f"<p></p><p>{PORT}</p>",
    )
    + "</div></div></div></body></html>"
)


def test_a_screenshot_whose_alt_text_repeats_its_sections_heading_is_a_figure():
    (doc,) = parse_html((FIRST + "</div></div></div></body></html>").encode())
    assert doc.text == f"Глава 3. Использование Примера\n\nГлавное окно Примера\n\n{LEAD}\n\n{AFTER}"
    figures = [(s.start, s.attrs["alt"], s.attrs["src"]) for s in doc.spans if s.label == "figure"]
    assert figures == [(doc.text.index(AFTER), "Главное окно Примера", "screenshot.png")]
    assert not [s for s in doc.layers.get("removed", []) if s.label == "image"]


def test_an_icon_opening_the_label_it_stands_beside_is_still_an_image():
    page = (
        "<html><head><title>Кнопки</title></head><body><h1>Кнопки</h1><p>Панель держит две кнопки.</p>"
        '<p><img src="save.png" alt="Сохранить"> Сохранить: записать документ на диск.</p>'
        "</body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text == "Кнопки\n\nПанель держит две кнопки.\n\nСохранить: записать документ на диск."
    assert not [s for s in doc.spans if s.label == "figure"]
    assert [(s.label, s.attrs["text"]) for s in doc.layers["removed"]] == [("image", "Сохранить")]


def test_a_page_after_a_filename_mark_is_read_after_the_first_and_the_mark_is_no_text():
    data = (FIRST + '<FILENAME filename="configuration.html">' + SECOND).encode()
    (doc,) = parse_html(data)
    assert doc.text == (
        f"Глава 3. Использование Примера\n\nГлавное окно Примера\n\n{LEAD}\n\n{AFTER}\n\n"
        f"Настройка Примера\n\n{NETWORK}\n\n{PORT}"
    )
    removed = " ".join(s.attrs.get("text", "") for s in doc.layers.get("removed", []))
    assert "FILENAME" not in doc.text + removed and "configuration.html" not in doc.text + removed
    figures = [s.attrs["src"] for s in doc.spans if s.label == "figure"]
    assert figures == ["screenshot.png", "network.png"]
