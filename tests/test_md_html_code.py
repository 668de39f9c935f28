"""HTML code in Markdown is code, as Markdown's own is (issue 15, the "Markdown: raw HTML rendered as
a page shows it" section's leftover): the Rust book writes "<pre><code>match <em>VALUE</em> {" …
"}</code></pre>" in HTML to set its placeholders in italics, and the reader kept the lines as prose
("match *VALUE* {"), no ``code`` span, so the foreign cut judged them as English; inline
"<code>impl !Unpin for <em>SomeType</em></code>" was text ("impl !Unpin for *SomeType*"), not a
code span. A ``<pre>`` block is a ``code`` span as a fenced block is, its lines verbatim, the tags
inside out (each a ``removed`` record ``html_wrapper``) and their text kept; inline ``<code>`` is a
backtick code span whatever it holds. Fixtures written for these tests; expected values by hand."""

from __future__ import annotations

from sloika.pipelines.formats.markdown import parse_markdown

PATTERNS = (
    "Formally, `match` expressions are defined like this:\n\n"
    "<pre><code>match <em>VALUE</em> {\n"
    "    <em>PATTERN</em> => <em>EXPRESSION</em>,\n"
    "    <em>PATTERN</em> => <em>EXPRESSION</em>,\n"
    "}</code></pre>\n\n"
    "A `let` statement looks like this:\n\n"
    "<pre>\n"
    "<code>let <em>PATTERN</em> = <em>EXPRESSION</em>;</code>\n"
    "</pre>\n\n"
    "Here is the same in Markdown:\n\n"
    "```rust\nlet x = 5;\n```\n"
)


def _codes(doc) -> list[tuple[str, dict]]:
    return [(doc.text[s.start : s.end], s.attrs) for s in doc.spans if s.label == "code"]


def _removed(doc) -> list[tuple[str, str]]:
    return [(s.label, s.attrs["text"]) for s in doc.layers.get("removed", [])]


def test_a_pre_block_is_a_code_span_as_a_fence_is():
    (doc,) = parse_markdown(PATTERNS.encode(), foreign="keep")
    match = "match VALUE {\n    PATTERN => EXPRESSION,\n    PATTERN => EXPRESSION,\n}"
    assert _codes(doc) == [
        (match, {}),
        ("let PATTERN = EXPRESSION;", {}),
        ("```rust\nlet x = 5;\n```", {"lang": "rust"}),
    ]
    assert doc.text == (
        "Formally, `match` expressions are defined like this:\n\n"
        f"{match}\n\n"
        "A `let` statement looks like this:\n\n"
        "let PATTERN = EXPRESSION;\n\n"
        "Here is the same in Markdown:\n\n"
        "```rust\nlet x = 5;\n```"
    )


def test_a_pre_blocks_tags_are_removed_records_where_they_stood():
    """Each record stands right after the text before its tag ("match" before "<em>")."""
    (doc,) = parse_markdown(PATTERNS.encode(), foreign="keep")
    records = [(s.attrs["text"], doc.text[s.start : s.start + 5]) for s in doc.layers["removed"]]
    assert records[:4] == [("<pre>", "match"), ("<code>", "match"), ("<em>", " VALU"), ("</em>", " {\n  ")]
    assert [text for text, _ in records].count("<em>") == 7
    assert records[-2:] == [("</code>", "\n\nHer"), ("</pre>", "\n\nHer")]
    assert {label for label, _ in _removed(doc)} == {"html_wrapper"}


def test_a_pre_block_keeps_its_lines_verbatim_and_reads_references():
    source = "Код:\n\n<pre>if a &lt; b {\n\n\n        swap(a, b);   \n}</pre>\n\nДальше.\n"
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert _codes(doc) == [("if a < b {\n\n\n        swap(a, b);   \n}", {})]


def test_an_empty_pre_holds_no_code():
    (doc,) = parse_markdown(b'Output:\n\n<pre id="output"></pre>\n\nDone.\n', foreign="keep")
    assert doc.text == "Output:\n\nDone."
    assert _codes(doc) == []
    assert _removed(doc) == [("html_wrapper", '<pre id="output">'), ("html_wrapper", "</pre>")]


def test_inline_code_holding_tags_is_a_code_span():
    source = (
        "The notation for this is <code>impl !Unpin for <em>SomeType</em></code>, where\n"
        "<code><em>SomeType</em></code> is a type, as in <code>Pin<&mut\n"
        "<em>SomeType</em>></code>.\n"
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert doc.text == (
        "The notation for this is `impl !Unpin for SomeType`, where "  # one paragraph's lines
        "`SomeType` is a type, as in `Pin<&mut SomeType>`."
    )
    assert _removed(doc) == [("html_wrapper", tag) for tag in ["<em>", "</em>"] * 3]


def test_inline_code_with_attributes_is_a_code_span_its_tags_recorded():
    source = 'Превращение `Rc<T>` в <code data-md-type="raw_html">Weak&lt;T&gt;</code>.\n'
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert doc.text == "Превращение `Rc<T>` в `Weak<T>`."
    assert _removed(doc) == [("html_wrapper", '<code data-md-type="raw_html">'), ("html_wrapper", "</code>")]


def test_html_in_backticks_and_fences_stays_as_written():
    source = "A `<pre>` element, and `<code>x</code>`.\n\n```html\n<pre><code>x</code></pre>\n```\n"
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert doc.text == source.strip()
    assert _codes(doc) == [("```html\n<pre><code>x</code></pre>\n```", {"lang": "html"})]


def test_a_pre_block_in_a_russian_page_is_not_judged_as_english():
    """Pseudo-code of English words in a ``<pre>``: a paragraph of prose to the foreign cut before,
    cut as English; code now, as it would be in a fence."""
    source = (
        "# Обработка запросов\n\n"
        "Сервер принимает соединения по одному и обрабатывает каждый запрос в отдельном потоке, "
        "а ответ отправляет сразу после чтения файла.\n\n"
        "<pre>for each request in the queue\n"
        "    read the file named in the request\n"
        "    send the contents back to the client\n"
        "end</pre>\n\n"
        "Пул потоков ограничивает число потоков, чтобы сервер не исчерпал память при большом числе "
        "одновременных запросов.\n"
    )
    (doc,) = parse_markdown(source.encode(), foreign="trim", targets=("ru",))
    assert "for each request in the queue\n    read the file" in doc.text
    assert "foreign_paragraph" not in {label for label, _ in _removed(doc)}
