"""A setext heading ("Установка" over "=========" or "---------") is a `heading` span as an ATX one is
(issue-text37's Left: the reader made spans of "#" headings only); its underline stays in the text
with it, no thematic break. markdown-it-py (CommonMark) is asked here what each block is; the
fixtures are written for these tests and every expected text and span by hand."""

from markdown_it import MarkdownIt

from sloika.pipelines.formats.markdown import parse_markdown

COMMONMARK = MarkdownIt("commonmark")


def _setext(source: str) -> list[tuple[int, str]]:
    return [(t.map[0], t.tag) for t in COMMONMARK.parse(source) if t.type == "heading_open"]


def _headings(source: str) -> tuple[str, list[tuple[str, dict]], list[str]]:
    (doc,) = parse_markdown(source.encode(), "trim", ("ru",))
    headings = [(doc.text[s.start : s.end], s.attrs) for s in doc.spans if s.label == "heading"]
    return doc.text, headings, [r.label for r in doc.layers.get("removed", [])]


def test_setext_headings_are_heading_spans_with_their_underlines():
    source = (
        "Руководство пользователя\n========================\n\n"
        "Этот пакет помогает собирать корпуса текстов и проверять их качество.\n\n"
        "Установка\n---------\n\n"
        "Пакет ставится из каталога одной командой и не требует настройки.\n\n"
        "```text\nне заголовок\n------------\n```\n"
    )
    assert _setext(source) == [(0, "h1"), (5, "h2")]
    text, headings, removed = _headings(source)
    assert text == source.rstrip()
    assert headings == [
        ("Руководство пользователя\n========================", {"level": 1}),
        ("Установка\n---------", {"level": 2}),
    ]
    assert removed == []


def test_a_setext_heading_over_a_section_the_trim_emptied_goes_with_it():
    """The heading is a heading to the trim too: over a section whose only paragraph was cut as
    untranslated it goes (``empty_section``), as "## Usage" would; an ATX heading after it stays."""
    source = (
        "Этот пакет помогает собирать корпуса текстов и проверять их качество перед обучением.\n\n"
        "Usage\n-----\n\n"
        "Run the command with the path to your corpus and it prints a report of every file it read.\n\n"
        "## Настройка\n\n"
        "Настройки хранятся в файле конфигурации, который лежит рядом с проектом.\n"
    )
    text, headings, removed = _headings(source)
    assert text == (
        "Этот пакет помогает собирать корпуса текстов и проверять их качество перед обучением.\n\n"
        "## Настройка\n\n"
        "Настройки хранятся в файле конфигурации, который лежит рядом с проектом."
    )
    assert headings == [("## Настройка", {"level": 2})]
    assert "thematic_break" not in removed and len(removed) == 2
