"""A contents heading goes with its cut list however it is written (issue 15, thirty-fifth check:
pyspeller's MIGRATION.md cut its contents list but kept "## 📋 Содержание" over nothing, the emoji
before the name defeating the heading's rule; the same heading over a list of the page's own
anchors with one link to another file stayed too). Fixtures written for this test; expected texts
by hand."""

from sloika.pipelines.formats.markdown import parse_markdown

TITLE = (
    "# 🔄 Миграция на вторую версию\n\n"
    "Руководство поможет быстро и безболезненно перевести ваш проект на новую версию библиотеки.\n\n"
)
BODY = (
    "## ✨ Зачем обновляться\n\n"
    "Новая версия строже проверяет типы и работает с асинхронным кодом.\n\n"
    "## 🔍 Ключевые различия\n\n"
    "Опции передаются одним объектом, а ответы стали моделями.\n"
)
OWN = "- [Зачем обновляться](#-зачем-обновляться)\n- [Ключевые различия](#-ключевые-различия)\n"


def _contents(source: str) -> tuple[str, list[str]]:
    (parsed,) = parse_markdown(source.encode())
    return parsed.text, [r.attrs["text"] for r in parsed.layers["removed"] if r.label == "contents"]


def test_a_contents_heading_with_an_emoji_goes_with_its_list():
    for heading in ("## 📋 Содержание", "## **Оглавление:**", "### 📑 Table of contents ✨"):
        text, cut = _contents(TITLE + f"{heading}\n\n{OWN}\n" + BODY)
        assert text == (TITLE + BODY).rstrip()
        assert cut == [heading, OWN.rstrip()]


def test_a_contents_heading_goes_with_a_list_of_own_anchors_and_a_link_elsewhere():
    listing = OWN + "- [Справочник API](API.md)\n"
    text, cut = _contents(TITLE + "## Содержание\n\n" + listing + "\n" + BODY)
    assert text == (TITLE + BODY).rstrip()
    assert cut == ["## Содержание", listing.rstrip()]


def test_a_heading_that_only_mentions_contents_stays():
    heading = "## Содержание пакета"
    text, cut = _contents(TITLE + f"{heading}\n\n{OWN}\n" + BODY)
    assert text.startswith(TITLE + heading) and cut == [OWN.rstrip()]
