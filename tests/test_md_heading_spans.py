"""Markdown headings are `heading` spans of `structure`, as HTML's and DokuWiki's are: the outline a
user queries, and what the purity trim keeps or cuts with its section instead of judging a title's
words (a Russian README's English section titles over Russian prose were cut one by one, leaving
its sections run together). Fixtures written for these tests; expected texts by hand."""

from __future__ import annotations

from sloika.pipelines.formats.markdown import parse_markdown

from conftest import rows

RUSSIAN_SECTIONS = (
    "## Configuration of the command line tool\n\n"
    "Настройки хранятся в файле конфигурации, который лежит рядом с проектом и читается при запуске.\n\n"
    "## Running the tests on your machine\n\n"
    "Тесты запускаются одной командой и не требуют доступа к сети, поэтому их можно гонять где угодно.\n\n"
    "## Frequently asked questions and answers\n\n"
    "Если что-то пошло не так, откройте задачу в трекере и приложите журнал сборки целиком."
)
README = (
    "# Installation guide for developers\n\n"
    "Этот пакет помогает собирать корпуса текстов и проверять их качество перед обучением модели.\n\n"
    + RUSSIAN_SECTIONS
)
TRIM = {"language": {"purity": True, "purity_action": "trim"}}


def test_atx_headings_outside_code_are_heading_spans_with_their_level():
    source = (
        "# Заголовок\n\nТекст.\n\n```sh\n# не заголовок, а комментарий\n```\n\n"
        "### Третий уровень\n\nЕщё текст.\n"
    )
    (doc,) = parse_markdown(source.encode())
    headings = [(doc.text[s.start : s.end], s.attrs) for s in doc.spans if s.label == "heading"]
    assert headings == [("# Заголовок", {"level": 1}), ("### Третий уровень", {"level": 3})]


def test_english_titles_over_russian_sections_stay_under_the_purity_trim(build, tmp_path):
    (tmp_path / "readme.md").write_text(README + "\n", encoding="utf-8")
    corpus = build([tmp_path], **TRIM)
    [(text,)] = rows(corpus, "SELECT text FROM documents")
    assert text == README
