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
        "Старая | Новая\n\n"
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
    from sloika.pipelines.formats.web import _is_symbol

    assert _is_symbol(alt) is symbol
