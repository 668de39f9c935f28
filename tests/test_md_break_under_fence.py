"""A thematic break right under a code block's closing fence goes as one after a blank line does
(issue 15, the thirty-sixth check's row 13: cli_client's README drew 60 "-" after each example; the
eight standing right under a closing fence, over the next heading, stayed as text, the five after a
blank line went to ``removed``). markdown-it-py (CommonMark) is asked as the reference for what each
line is. Fixture written for this test; the expected text by hand."""

from markdown_it import MarkdownIt

from sloika.pipelines.formats.markdown import parse_markdown

RULE = "-" * 60
SOURCE = (
    "## Пример\n\n"
    "Клиент создаётся один раз и используется во всех запросах.\n\n"
    "```\nclient = Client()\n```\n"
    f"{RULE}\n"
    "## Дальше\n\n"
    "Ответ приходит в виде словаря с текстом и служебными полями.\n"
)


def test_a_break_under_a_closing_fence_goes_to_removed():
    assert [t.map[0] for t in MarkdownIt("commonmark").parse(SOURCE) if t.type == "hr"] == [7]
    (parsed,) = parse_markdown(SOURCE.encode())
    assert RULE not in parsed.text
    assert "```\nclient = Client()\n```\n## Дальше\n\n" in parsed.text
    assert [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "thematic_break"] == [RULE]
