"""A line of links to the same document in other languages is navigation, in Markdown and plain text
alike (issue 15, thirty-eighth check row 15: c2pax's README kept "**[English](README.en.md)** |
**Русский**"). Items joined by separators, each a language's name (in that language: English,
Русский, 中文, Deutsch) or its code, one linked at least; or a lone link naming a language whose
target is the document's translation ("README.en.md", "docs/en/…", "?lang=en"). It goes to
``removed`` as ``navigation``. Fixtures written for these tests; expected texts by hand."""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.markdown import parse_markdown
from sloika.pipelines.formats.plain import parse_text

TITLE = "# Аркады\n\n"
BODY = (
    "Сборник простых аркадных игр для обучения программированию. Скачайте архив со страницы "
    "релизов и распакуйте его в любую папку.\n"
)
SWITCHERS = (
    "[English](README.en.md)",
    "🇬🇧 [English](docs/en/README.md)",
    "**[English](https://example.org/arcade?lang=en)**",
    "[中文](README.zh-CN.md) · [Deutsch](README_de.md) · **Русский**",
)


def _navigation(parsed) -> list[str]:
    return [span.attrs["text"] for span in parsed.layers.get("removed", []) if span.label == "navigation"]


@pytest.mark.parametrize("switcher", SWITCHERS)
def test_a_markdown_switcher_line_is_navigation(switcher):
    (parsed,) = parse_markdown((TITLE + switcher + "\n\n" + BODY).encode())
    assert parsed.text.rstrip() == (TITLE + BODY).rstrip()
    assert _navigation(parsed) == [switcher]


@pytest.mark.parametrize(
    "switcher",
    (
        "[English](README.en.md) | Русский",
        "English: README.en.txt",
        "Русский | English (README.en.txt) | Deutsch (README.de.txt)",
    ),
)
def test_a_plain_text_switcher_line_is_navigation(switcher):
    parsed = parse_text("Аркады\n\n" + switcher + "\n\n" + BODY, "trim", ("ru",))
    assert parsed.text.rstrip() == ("Аркады\n\n" + BODY).rstrip()
    assert _navigation(parsed) == [switcher]


@pytest.mark.parametrize(
    "line",
    (
        "[English](https://en.wikipedia.org/wiki/English_language)",  # a lone link to no translation
        "Документация: [English](README.en.md) и русская версия ниже.",  # a sentence
        "English | Русский",  # names, no link
        "[Русский язык](README.ru.md)",  # no language's name
    ),
)
def test_lines_that_are_no_switcher_stay(line):
    (parsed,) = parse_markdown((TITLE + line + "\n\n" + BODY).encode())
    assert line in parsed.text
    assert _navigation(parsed) == []
    plain = parse_text("Аркады\n\n" + line + "\n\n" + BODY, "keep", ("ru",))
    assert line in plain.text
    assert _navigation(plain) == []
