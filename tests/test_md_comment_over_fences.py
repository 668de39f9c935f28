"""An HTML comment in Markdown that comments out a whole section, its fenced code and blank lines
included, is no text: CommonMark reads it as one HTML block from the line opening "<!--" to the line
holding "-->", which a page never shows (the thirty-fourth check: mg-sql's README kept "<!-- ##
Использование в FastApi", its Python fence and " -->"). markdown-it-py (CommonMark) is asked as the
reference. Fixtures written for this test."""

from markdown_it import MarkdownIt

from sloika.pipelines.formats.markdown import parse_markdown

COMMONMARK = MarkdownIt("commonmark")

SECTION = "## Установка\n\n```bash\npip install mg-sql\n```\n\n"
COMMENTED = (
    "<!-- ## Использование в FastApi\n\n"
    '```python\n@router.api_route("/Путь", methods=["POST"])\n```\n\n'
    "- `raw_sql=''` - SQL запрос\n"
    " -->\n"
)
AFTER = "Готово: таблицы созданы.\n"


def test_a_comment_over_a_fence_goes_whole():
    """The comment is one HTML block for CommonMark, the fence inside it no code block; sloika drops
    it whole as one ``html_comment`` record, the fence before it still code, the text after it kept."""
    source = SECTION + COMMENTED + "\n" + AFTER
    blocks = [(t.type, t.content) for t in COMMONMARK.parse(source) if t.type in ("fence", "html_block")]
    assert blocks == [("fence", "pip install mg-sql\n"), ("html_block", COMMENTED)]
    [parsed] = parse_markdown(source.encode())
    assert parsed.text == "## Установка\n\n```bash\npip install mg-sql\n```\n\nГотово: таблицы созданы."
    code = [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "code"]
    assert code == ["```bash\npip install mg-sql\n```"]
    removed = [(r.label, r.attrs["text"]) for r in parsed.layers["removed"]]
    assert removed == [("html_comment", COMMENTED.rstrip("\n"))]


def test_a_comment_inside_a_fence_is_code():
    """A "<!--" line inside a fence is the code's, and a comment closed before a fence leaves it code."""
    source = "```html\n<!-- шапка\n-->\n```\n\n<!-- заметка -->\n\n```js\nlet a = 1;\n```\n"
    [parsed] = parse_markdown(source.encode())
    code = [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "code"]
    assert code == ["```html\n<!-- шапка\n-->\n```", "```js\nlet a = 1;\n```"]
