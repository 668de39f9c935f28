"""Markdown code blocks found where CommonMark finds them (issue 15, leftovers of issue-misc40 and
issue-text33): a fence closed by a longer fence ("````" under "```js", the React 19 post), a fence
in a block quote ("> ```rust", the Rust book's listings inside its notes), a ``<pre>`` indented
under a list item, and the language a ``<pre>`` names in its class, as CommonMark's renderer writes a
fence's info string ("language-rust"); the purity judge's own fence finder takes indented fences
and longer closing fences too. markdown-it-py (CommonMark) reads each fixture the same way: it is
asked here as the reference. Fixtures written for this test."""

from markdown_it import MarkdownIt

from sloika.pipelines.formats.markdown import parse_markdown
from sloika.text.scripts import exempt_spans

COMMONMARK = MarkdownIt("commonmark")


def _code(source: str) -> list[tuple[str | None, str]]:
    parsed = parse_markdown(source.encode())[0]
    return [(s.attrs.get("lang"), parsed.text[s.start : s.end]) for s in parsed.spans if s.label == "code"]


def _commonmark_blocks(source: str) -> list[str]:
    return [t.content for t in COMMONMARK.parse(source) if t.type in ("fence", "code_block", "html_block")]


LONGER_CLOSE = (
    "Новый параметр:\n\n"
    "```js\nconst value = useDeferredValue(deferredValue, '');\n````\n\n"
    "## Метаданные документа\n\n"
    "Теги <Note>метаданных</Note> теперь можно писать прямо в компоненте.\n\n"
    "```js\nfunction BlogPost() {}\n```\n"
)


def test_a_longer_fence_closes_a_block():
    assert _commonmark_blocks(LONGER_CLOSE) == [
        "const value = useDeferredValue(deferredValue, '');\n",
        "function BlogPost() {}\n",
    ]
    parsed = parse_markdown(LONGER_CLOSE.encode())[0]
    assert _code(LONGER_CLOSE) == [
        ("js", "```js\nconst value = useDeferredValue(deferredValue, '');\n````"),
        ("js", "```js\nfunction BlogPost() {}\n```"),
    ]
    assert "Теги метаданных теперь можно писать прямо в компоненте." in parsed.text
    headings = [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "heading"]
    assert headings == ["## Метаданные документа"]


def test_a_fence_of_the_other_character_does_not_close_a_block():
    source = "```sh\nls\n~~~\nmore\n```\n\nТекст после блока.\n"
    assert _commonmark_blocks(source) == ["ls\n~~~\nmore\n"]
    assert _code(source) == [("sh", "```sh\nls\n~~~\nmore\n```")]


BLOCK_QUOTE = (
    "> ### Владение данными структуры\n>\n"
    "> Попробуем сохранить ссылку в структуре:\n>\n"
    "> ```rust,ignore\n> struct User {\n>     username: &str,\n> }\n> ```\n>\n"
    "> Компилятор потребует указать время жизни.\n\n"
    "Дальше обычный текст.\n"
)


def test_a_fence_in_a_block_quote_is_code():
    assert _commonmark_blocks(BLOCK_QUOTE) == ["struct User {\n    username: &str,\n}\n"]
    assert _code(BLOCK_QUOTE) == [
        ("rust,ignore", "> ```rust,ignore\n> struct User {\n>     username: &str,\n> }\n> ```")
    ]


def test_a_block_quote_fence_is_not_closed_outside_the_quote():
    source = "> ```rust\n> fn main() {}\n\nТекст вне цитаты.\n\n```\nfoo\n```\n"
    assert _commonmark_blocks(source) == ["fn main() {}\n", "foo\n"]  # the quote's end closes the first
    assert _code(source) == [("rust", "> ```rust\n> fn main() {}"), (None, "```\nfoo\n```")]


PRE_IN_LIST = "1. Соберите проект:\n\n    <pre>\n    cargo build --release\n    </pre>\n\n2. Запустите его.\n"


def test_a_pre_under_a_list_item_is_code():
    assert _commonmark_blocks(PRE_IN_LIST) == [" <pre>\n cargo build --release\n </pre>\n"]
    assert _code(PRE_IN_LIST) == [(None, "    cargo build --release")]


def test_a_pre_names_its_language_in_its_class_or_its_code_class():
    source = (
        'Пример:\n\n<pre class="language-rust">fn main() {}\n</pre>\n\n'
        'Ещё пример:\n\n<pre><code class="lang-python">print(1)\n</code></pre>\n\n'
        "Без языка:\n\n<pre>make all\n</pre>\n\n"
        "Ограда без языка:\n\n```\nmake all\n```\n"
    )
    assert _code(source) == [
        ("rust", "fn main() {}"),
        ("python", "print(1)"),
        (None, "make all"),
        (None, "```\nmake all\n```"),
    ]


def test_the_judge_takes_indented_fences_and_longer_closing_fences():
    text = (
        "1. Установите пакет:\n\n   ```bash\n   pip install utils\n   ```\n\n"
        "2. Подключите модуль.\n\n```js\nrun();\n````\n\nТекст после блока."
    )
    code = [text[s.start : s.end] for s in exempt_spans(text) if s.label == "code"]
    assert code == ["   ```bash\n   pip install utils\n   ```", "```js\nrun();\n````"]


PRE_UNDER_A_LINE = (
    "Установка стандартная, либо с использованием pip\n"
    "<pre>\nfor Linux: curl -sSL https://install.python-poetry.org | python3 -\npip install poetry\n</pre>\n"
    "После установки запустите сборку.\n"
)


def test_a_pre_that_interrupts_a_paragraph_is_a_block_of_its_own():
    """The dsm README's install commands (check 53 row 14): a ``<pre>`` right under a paragraph's
    line, its tags gone, read as the paragraph going on; CommonMark lets it interrupt the paragraph
    and ends it at its closing line, so the line after is a paragraph again."""
    assert [t.type for t in COMMONMARK.parse(PRE_UNDER_A_LINE) if t.type.endswith("_open") or t.block] == [
        "paragraph_open",
        "inline",
        "paragraph_close",
        "html_block",
        "paragraph_open",
        "inline",
        "paragraph_close",
    ]
    assert parse_markdown(PRE_UNDER_A_LINE.encode())[0].text == (
        "Установка стандартная, либо с использованием pip\n\n"
        "for Linux: curl -sSL https://install.python-poetry.org | python3 -\npip install poetry\n\n"
        "После установки запустите сборку."
    )
    assert _code(PRE_UNDER_A_LINE) == [
        (None, "for Linux: curl -sSL https://install.python-poetry.org | python3 -\npip install poetry")
    ]
