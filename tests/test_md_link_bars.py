"""A line that is only links joined by separators ("•", "|", "·") is a README's navigation bar, not
text: it goes to ``removed`` as ``navigation``; links inside a sentence, and a lone link, stay
(issue 15, twenty-sixth check row 12: a README's bar of in-page anchors and issue links under its
title stayed as a paragraph). Fixture written for this test; expected text by hand."""

from sloika.pipelines.formats.markdown import parse_markdown

TITLE = "# Аркады\n\n**Сборник простых аркадных игр для обучения программированию**\n\n"
BAR = (
    "[▶ Играть](#-установка) • [📖 Справка](#-справка) • "
    "[🐛 Ошибки](https://example.org/arcade/issues) | [💡 Идеи](https://example.org/arcade/issues)\n\n"
)
BODY = (
    "## Установка\n\n"
    "Скачайте архив со страницы [релизов](https://example.org/arcade/releases) и распакуйте его. "
    "Подробности в разделах [Справка](#справка) и [Ошибки](#ошибки).\n\n"
    "[Список изменений](CHANGELOG.md)\n"
)


def test_a_bar_of_links_between_separators_is_navigation():
    (parsed,) = parse_markdown((TITLE + BAR + BODY).encode())
    assert parsed.text.rstrip() == (TITLE + BODY).rstrip()
    removed = [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]]
    assert removed == [("navigation", BAR.strip())]


def test_links_in_a_sentence_and_a_lone_link_stay():
    (parsed,) = parse_markdown((TITLE + BODY).encode())
    assert parsed.text.rstrip() == (TITLE + BODY).rstrip()
    assert "removed" not in parsed.layers


SWITCHER = "**[English](README.en.md)** | **Русский**\n\n"  # thirty-eighth check row 15, c2pax's README


def test_a_language_switcher_naming_the_current_language_bare_is_navigation():
    """The switcher links the other language's file and names the page's own language bare, so
    it is no bar of links only; it went into the text as its first line."""
    (parsed,) = parse_markdown((TITLE + SWITCHER + BODY).encode())
    assert parsed.text.rstrip() == (TITLE + BODY).rstrip()
    removed = [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]]
    assert removed == [("navigation", SWITCHER.strip())]


def test_words_that_are_no_language_names_stay():
    """Two-letter words in a line with a link are no switcher ("Go | [Qt](qt.md)"), nor is a
    language's name in prose beside a link."""
    lines = "Go | [Qt](qt.md)\n\nДокументация: [English](README.en.md) | Русский язык\n\n"
    (parsed,) = parse_markdown((TITLE + lines + BODY).encode())
    assert parsed.text.rstrip() == (TITLE + lines + BODY).rstrip()
