"""Images that stand for a character are text (issue 15, the twentieth held-out check, row 10:
LDYOM's MkDocs Material docs, whose comparison table marks its cells with emoji images). The page is
written here in that shape; the expected text is spelled out by hand."""

from __future__ import annotations

import pytest

from conftest import removed_records

pytest.importorskip("trafilatura")

EMOJIONE = "https://cdnjs.cloudflare.com/ajax/libs/emojione/2.2.7/assets/png/"


def _emoji(alt: str, code: str) -> str:
    return f'<img alt="{alt}" class="emojione" src="{EMOJIONE}{code}.png" title=":{code}:" />'


PAGE = (
    '<html lang="ru"><head><title>Обзор</title></head><body><div class="md-content"><article>'
    "<h1>Обзор</h1>"
    "<p>Пример — это модификация для игры, написанная заново на другом языке. Она гибче старой и "
    "позволяет расставлять элементы в любом порядке.</p>"
    "<h2>Различия</h2>"
    '<table><thead><tr><th></th><th align="center">Старая</th><th align="center">Новая</th></tr></thead>'
    '<tbody><tr><td align="center">Расстановка элементов</td><td align="center">Линейная</td>'
    '<td align="center">Нелинейная</td></tr>'
    f'<tr><td align="center">Мультиязычность</td><td align="center">{_emoji("❌", "274c")}</td>'
    f'<td align="center">{_emoji("✅", "2705")}</td></tr></tbody></table>'
    '<p>Поддержка геймпада отмечена знаком <img alt="★" src="star.png"> в списке возможностей, а '
    "снимок окна настроек показан ниже.</p>"
    '<p><img alt="Окно настроек" src="settings.png"></p>'
    "<p>Настройки сохраняются в папке игры и переносятся вместе с ней на другой компьютер.</p>"
    "</article></div></body></html>"
)


def test_emoji_and_symbol_images_keep_their_alt_text_in_place():
    """The table's emoji cells read as their characters (the row was "Мультиязычность" alone); a
    symbol image inside a sentence is its character; a picture with words for alt text stays a
    ``figure`` span, its alt text out of the text."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(PAGE.encode())
    assert doc.text == (
        "Обзор\n\n"
        "Пример — это модификация для игры, написанная заново на другом языке. Она гибче старой и "
        "позволяет расставлять элементы в любом порядке.\n\n"
        "Различия\n\n"
        "| Старая | Новая\n\n"
        "Расстановка элементов | Линейная | Нелинейная\n\n"
        "Мультиязычность | ❌ | ✅\n\n"
        "Поддержка геймпада отмечена знаком ★ в списке возможностей, а снимок окна настроек показан "
        "ниже.\n\n"
        "Настройки сохраняются в папке игры и переносятся вместе с ней на другой компьютер."
    )
    figures = [span.attrs for span in doc.spans if span.label == "figure"]
    assert figures == [{"alt": "Окно настроек", "src": "settings.png"}]
    assert removed_records(doc) == []


@pytest.mark.parametrize(
    ("alt", "symbol"),
    [
        ("❌", True),
        ("✔️", True),
        ("→", True),
        ("🇷🇺", True),
        ("Окно", False),
        (":smile:", False),
        ("*", False),
        ("1", False),
    ],
)
def test_a_symbol_is_an_emoji_or_a_pictograph_not_a_word_or_punctuation(alt: str, symbol: bool):
    from sloika.pipelines.formats.web_figures import _is_symbol

    assert _is_symbol(alt) is symbol


ICON_PAGE = (
    '<html lang="ru"><head><title>Сборка</title></head><body><article><h1>Сборка</h1>'
    '<p>Сборка прошла успешно <img class="emoji" alt=":smile:" src="smile.png"> и все проверки '
    "зелёные, можно выпускать новую версию программы.</p>"
    "<table><tr><th>Проверка</th><th>Итог</th></tr>"
    '<tr><td>Сборка на Linux</td><td><img alt=":white_check_mark:" class="emoji" src="check.png"></td>'
    "</tr></table>"
    '<p>Откройте настройки кнопкой <img src="icon.png" alt="Settings icon" width="16"> в правом '
    "верхнем углу главного окна программы.</p>"
    "</article></body></html>"
)


def test_an_image_that_is_no_character_and_no_figure_goes_to_removed_with_its_alt_text():
    """An emoji by its short code (GitHub's ":smile:") and a small icon were in neither the text nor
    ``removed`` nor ``structure``: each is an ``image`` record holding its alt text, inside the
    sentence it stood in (at the next block's start from a cell without words)."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(ICON_PAGE.encode())
    first = "Сборка прошла успешно "
    setting = "Откройте настройки кнопкой "
    assert doc.text == (
        "Сборка\n\n"
        f"{first}и все проверки зелёные, можно выпускать новую версию программы.\n\n"
        "Проверка | Итог\n\n"
        "Сборка на Linux\n\n"
        f"{setting}в правом верхнем углу главного окна программы."
    )
    assert removed_records(doc) == [
        ("image", ":smile:"),
        ("image", ":white_check_mark:"),
        ("image", "Settings icon"),
    ]
    places = [span.start for span in doc.layers["removed"]]
    table_end = doc.text.index(setting)
    assert places == [doc.text.index(first) + len(first), table_end, table_end + len(setting)]
    assert [span for span in doc.spans if span.label == "figure"] == []
