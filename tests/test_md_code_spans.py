"""Markdown reader: MDX template strings never read across inline code spans (issue 15, tenth check M2)."""

from sloika.pipelines.formats.markdown import parse_markdown


def test_braces_inside_two_code_spans_are_not_a_template_string():
    """ "`{{` или `}}`" is two code spans; read as the template "{` или `}" it lost a brace and a
    backtick of each with no record. Expected text written by hand from the source."""
    source = "Если вы хотите использовать `{{` или `}}` внутри маски, экранируйте их.\n"
    parsed = parse_markdown(source.encode())[0]
    assert parsed.text == "Если вы хотите использовать `{{` или `}}` внутри маски, экранируйте их."
    assert [s for s in parsed.spans if s.label == "code"] == []


def test_a_template_string_outside_code_still_becomes_a_code_span():
    parsed = parse_markdown("Команда <Tab>{`npm install`}</Tab> ставит пакет, `{x}` — нет.\n".encode())[0]
    assert parsed.text == "Команда npm install ставит пакет, `{x}` — нет."
    code = [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "code"]
    assert code == ["npm install"]


def test_inline_html_bold_and_italics_become_markdown_emphasis():
    """A folded section's title "<summary><b>Базовые статистики</b></summary>" kept its ``<b>`` tags
    once ``<details>``/``<summary>`` went (tenth check M4): now Markdown's own ``**…**``, as written
    bold is kept; inside inline code the tags are the code's own and stay."""
    source = (
        "<details>\n<summary><b>Базовые статистики</b></summary>\n\n"
        "Библиотека <i>считает</i> слова, `<b>x</b>` не трогает.\n\n</details>\n"
    )
    parsed = parse_markdown(source.encode())[0]
    assert parsed.text == "**Базовые статистики**\n\nБиблиотека *считает* слова, `<b>x</b>` не трогает."
