"""Markdown and MDX pages: front matter into metadata, MDX/JSX markup out, code blocks marked.

Documentation sites (the React docs, Docusaurus, Astro) write pages in MDX: YAML front matter,
``import`` lines, JSX components (``<Intro>``, ``<Sandpack>``, ``<InlineToc />``) and MDX comments
(``{/*anchor*/}``) around ordinary Markdown. A reader of the corpus wants the Markdown: the front
matter goes to ``metadata.fields`` (its ``title`` is what ``export sft`` asks about), component tags
and comments go (a component's children stay), and every fenced code block, indented code block
and HTML ``<pre>`` block, kept verbatim, is a ``code`` span (``lang`` from a fence's info string) in
the ``structure`` layer, so a query or a filter can tell code from prose. Raw HTML outside code (a
README's ``<h1 align="center">``, ``<p>`` of badges, ``<br>``, ``<details>``) is rendered as a page shows it
(``markdown_html``: a heading, paragraphs, line breaks, links' text, images as figures), bold and
italics (``<b>``, ``<em>``) as Markdown's ``**…**``/``*…*``; heading ids (``{#hooks}``) and
Docusaurus admonition fences (``:::tip``) go, as do GitHub alerts' markers ("> [!TIP]"), their text
staying.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any, NamedTuple
from urllib.parse import unquote

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from sloika.pipelines.formats.base import (
    PARAGRAPH,
    Parsed,
    TextBuilder,
    cut_paragraphs,
    decode_text,
    encoding_fields,
    lf_line_ends,
)
from sloika.pipelines.formats.broken_symbols import without_broken_symbols
from sloika.pipelines.formats.foreign_paragraphs import Paragraph, foreign_cut
from sloika.pipelines.formats.foreign_pointers import without_pointers_to_cut_titles
from sloika.pipelines.formats.foreign_sections import without_empty_sections
from sloika.pipelines.formats.markdown_fences import (
    LANGUAGE_NAME,
    THEMATIC_BREAK,
    code_label_cuts,
    mended_fences,
)
from sloika.pipelines.formats.markdown_html import code_text, render_html
from sloika.pipelines.formats.pasted_hyphens import pasted_hyphens_joined
from sloika.pipelines.formats.pdf_joins import function_word
from sloika.text.code_lines import TOKEN_EDGE, is_code_line, is_program_line, is_word
from sloika.text.language_names import language_switcher
from sloika.text.scripts import INLINE_CODE
from sloika.text.spans import Span

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n---[ \t]*(?:\n|\Z)", re.S)
# A fenced block, as CommonMark closes it: by a fence of the opening's character at least as long
# ("````" closes "```js": the React 19 post's), indented up to three spaces past the opening's
# container; the opening may stand in a list item (indented) or a block quote ("> ```rust": the Rust
# book's listings in its notes), whose "> " the closing line then carries too; a block-quoted fence
# holds quoted lines only and ends where the quote does when no closing fence comes before. A fence
# indented four spaces or more past its container is an indented code block to CommonMark: code all
# the same.
FENCE = re.compile(
    r"^(?P<indent>[ \t]*(?P<quote>(?:>[ \t]?)+)?[ \t]*)(?P<fence>(?P<mark>[`~])(?P=mark){2,})(?P<info>[^\n]*)"
    r"(?(quote)(?:\n[ \t]*>[^\n]*)*?|.*?)"
    r"(?:\n(?(quote)(?P=indent)|(?P=indent)?)[ \t]{0,3}(?P=fence)(?P=mark)*[ \t]*$"
    r"|(?(quote)(?=\n(?![ \t]*>)|\Z)|(?!)))",  # or, quoted, the quote's end
    re.M | re.S,
)
# A ``<pre>`` block (CommonMark's HTML block that a line opening with "<pre" starts and the line
# closing it ends: the Rust book's "<pre><code>match <em>VALUE</em> {" … "}</code></pre>", written
# in HTML to set the placeholders in italics): code, as a fence is (``_append_pre``), in a list item
# too (indented under its item; four spaces past a container it is CommonMark's indented code: code)
# and in a block quote (its lines keep their "> ")
PRE_BLOCK = re.compile(
    r"^[ \t]*(?P<pre_quote>(?:>[ \t]?)+)?[ \t]*(?P<pre><pre(?=[\s>])[^>]*>.*?</pre>)[ \t]*$", re.M | re.S
)
# the language a ``<pre>`` block names where CommonMark's renderer writes a fence's info string, in
# the class of the ``<pre>`` or of the ``<code>`` opening it ("language-rust"; "lang-rust")
PRE_LANG = re.compile(
    r"\A<pre\b[^>]*?(?:\bclass=[\"'][^\"']*?\blang(?:uage)?-(?P<pre>[\w+#.-]+)[^>]*)?>\s*"
    r"(?:<code\b[^>]*?\bclass=[\"'][^\"']*?\blang(?:uage)?-(?P<code>[\w+#.-]+))?",
    re.I,
)
CODE_BLOCK = re.compile(f"{FENCE.pattern}|{PRE_BLOCK.pattern}", re.M | re.S)  # whichever opens first
# MDX import/export blocks: JavaScript's own forms only, so a prose line a wrap begins with "export
# both `timeout.ref()` and …" (the Node.js docs) or "import the module" stays
ESM = re.compile(
    r"^(?:import\s+(?:[\w*{][^\n]*?\s+from\s+)?[\"'][^\n]*"
    r"|export\s+(?:(?:const|let|var|function|async|class|default)\b|[{*])[^\n]*)"
    r"(?:\n(?![ \t]*\n)[^\n]*)*",
    re.M,
)
MDX_COMMENT = re.compile(r"[ \t]*\{/\*.*?\*/\}", re.S)
MDX_COMMENT_OR_CODE = re.compile(
    rf"(?P<comment>{MDX_COMMENT.pattern})|(?<!`)(`+)(?!`)[^\n]+?(?<!`)\2(?!`)", re.S
)
# a component tag, with attributes whose JSX expressions may hold one level of nested braces; an
# opening tag glued to an identifier is a type parameter ("DaDataSuggestion<Type>", "Array<Item>" in
# a table cell or a sentence: TypeScript's generics) and stays text, as a component never follows a
# letter without a space in Markdown prose (after a digit it is a component: "y = 2<MathI>x</MathI>")
JSX_TAG = re.compile(
    r"(?:</|(?<![^\W\d]|\$)<)[A-Z][\w.]*(?:\s+(?:[^<>{}\"']|\"[^\"]*\"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*)?/?>"
)
BARE_TAG = re.compile(r"<[A-Z][\w.]*>")  # an opening tag without attributes
# a self-closing media component (``<YouTubeIframe src=… />``, ``<LazyVideo … />``): what it shows is
# no text, but a lead-in before it ("…see the talk here:") leads into it, so where it stood is kept as
# a zero-width ``figure`` span in ``structure`` (EMBED_MARK holds its place while the markup goes),
# the component's name and its ``alt``, ``caption``, ``title``, ``src`` and ``name`` (given as strings)
# in the span's ``attrs``. A media component with children (``<Diagram name=… alt=…>`` / caption /
# ``</Diagram>``) is one too where its opening tag names what it shows (``FIGURE_ATTRS``): its caption
# stays text after the span; a wrapper (``<DiagramGroup>``, ``<IllustrationBlock sequential>``) is not.
# A Markdown image, ``![alt](src "title")``, or an image that is a link's whole text (a README's
# badge, ``[![npm](https://img.shields.io/…)](https://npmjs.org/…)``): its alt text describes a
# picture, often in another language ("tic-tac-toe board filled with numbers" in a Russian page), so
# it leaves the text's flow for a zero-width ``figure`` span (``alt``, ``src``, ``title``, the
# link's ``href``) and the markup for a ``removed`` record (``image``). The source may be wrapped
# onto a second line, never over a blank one. A reference-style image (``![alt][ref]``, ``![alt][]``,
# ``![ref]``, and a badge ``[![CI][badge]][ci-link]``) is one too where its reference is defined
# (``[badge]: https://…svg "title"``, anywhere in the page): its ``src`` and ``title`` are the
# definition's; undefined, it is no image (CommonMark) and stays text as written ("vec![1, 2]").
_INLINE_IMAGE = (
    r"!\[(?P<alt{n}>[^\]\n]*)\]\([ \t]*\n?[ \t]*(?P<src{n}><[^>\n]*>|[^\s)]+)"
    r"(?:[ \t]*\n?[ \t]*(?:\"(?P<title{n}>[^\"\n]*)\"|'(?P<single{n}>[^'\n]*)'))?[ \t]*\n?[ \t]*\)"
)
_REFERENCE_IMAGE = r"!\[(?P<ref_alt{n}>[^\]\n]*)\](?:\[(?P<ref{n}>[^\]\n]*)\]|(?![\[(]))"
_IMAGE = f"(?:{_INLINE_IMAGE}|{_REFERENCE_IMAGE})"
# An image inside a line takes the spaces after it where a space stands before it: "сборки ![…](…)
# стоит" reads "сборки стоит".
MARKDOWN_IMAGE = re.compile(
    rf"(?:\[[ \t]*{_IMAGE.format(n=1)}[ \t]*\]"
    r"(?:\([ \t]*(?P<href>[^\s)]+)[^)\n]*\)|\[(?P<href_ref>[^\]\n]*)\])"
    rf"|{_IMAGE.format(n=2)})(?P<after>[ \t]*)"
)
MEDIA_NAME = r"(?P<name>(?=[A-Z])\w*?(?:Iframe|Video|Embed|Image|Illustration|Diagram|Player)\w*)"
EMBED = re.compile(
    f"<{MEDIA_NAME}" + r"(?:\s+(?:[^<>{}\"']|\"[^\"]*\"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*)?/>"
)
MEDIA_OPEN = re.compile(
    f"<{MEDIA_NAME}" + r"(?:\s+(?:[^<>{}\"'/]|\"[^\"]*\"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*)>"
)
FIGURE_ATTRS = ("alt", "caption", "title", "src", "name")
FIGURE_ATTR = re.compile(
    r"\b(?P<key>" + "|".join(FIGURE_ATTRS) + r")=(?:\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)')"
)
EMBED_MARK = "\ue001"
# markup taken out of the prose (a component tag, an import/export line, an HTML wrapper, a template
# tag): its place held by MARKUP_MARK around its index in the page's ``markup`` list while the prose is
# cleaned, then a ``removed`` record where it stood (``_markup_records``), so nothing the file held is
# lost; the kept text is what it was without the mark
MARKUP_MARK = "\ue003"
HELD_MARK = re.compile(f"{EMBED_MARK}(?P<figure>\\d+){EMBED_MARK}|{MARKUP_MARK}(?P<markup>\\d+){MARKUP_MARK}")
# an HTML comment's place while the prose is cleaned: its index in the page's comments between two
# marks, cut into ``removed`` once offsets are final (``_comment_cuts``)
COMMENT_MARK = "\ue002"
# (with the spaces before it where a space or the line's end follows: "word <!-- x --> word" keeps one)
HELD_COMMENT = re.compile(
    f"[ \\t]*{COMMENT_MARK}(?P<index>\\d+){COMMENT_MARK}(?=[ \\t\\n]|\\Z)"
    f"|{COMMENT_MARK}(?P<glued>\\d+){COMMENT_MARK}"
)
# a block quote's line that held only what was taken out ("> ![](https://…/icon)", "> <Listing …>"):
# a quote left empty by a cut, whose ">" would stand alone; it goes, its places kept (at the next
# line's start)
_PLACE = f"(?:{EMBED_MARK}\\d+{EMBED_MARK}|{MARKUP_MARK}\\d+{MARKUP_MARK})"
EMPTIED_QUOTE_LINE = re.compile(rf"^[ \t]*(?:>[ \t]*)+(?P<places>(?:{_PLACE}[ \t]*)+)(?:\n|\Z)", re.M)
# A run of a block quote's empty lines (">" alone, or holding only the places of what was taken out:
# markup, figures, HTML comments) is one line, as a run of blank lines is one blank line: a tag and a
# comment the author set between empty quote lines ("> this won't work:" / ">" / "> <Listing …>" /
# ">" / "> <!-- … -->" / ">" / "> ```rust", the Rust book) leave one ">", their places on it.
QUOTE_MARKS = re.compile(r"[ \t]*>[ \t>]*")
# a GitHub alert's marker alone on a block quote's line ("> [!TIP]" over "> Вы по-прежнему…"): GitHub
# renders it as the alert's icon and title, no text of the note's; the note under it is the text
ALERT_MARKER = re.compile(
    r"^[ \t]*(?:>[ \t]*)+(?P<marker>\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\])[ \t]*$", re.M | re.I
)
ANY_PLACE = re.compile(f"{_PLACE}|{COMMENT_MARK}\\d+{COMMENT_MARK}")
WHITESPACE = re.compile(r"\s")
NON_SPACE = re.compile(r"\S")
# a component that shows program output or a terminal (the React docs' ``<ConsoleBlock level="error">``,
# ``<ConsoleBlockMulti>`` of ``<ConsoleLogLine>``s, ``<TerminalBlock>``): told by the name's first word,
# as EMBED tells media, since the tag names its kind and no attribute is common to all of them. Its
# children are what the program printed, not prose: one ``code`` span, exempt from the language trim
OUTPUT_BLOCK = re.compile(
    r"<(?P<name>(?:Console|Terminal|Shell|Stdout|Stderr)(?:[A-Z]\w*)?)"
    r"(?:\s+(?:[^<>{}\"']|\"[^\"]*\"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*)?>(?P<body>.*?)</(?P=name)>",
    re.S,
)
OUTPUT_TAG = re.compile(
    r"</?(?:(?:Console|Terminal|Shell|Stdout|Stderr)\w*|[a-z][a-z0-9]*)"
    r"(?:\s+(?:[^<>{}\"']|\"[^\"]*\"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*)?/?>"
)  # inside output: the nested log lines' tags, an inline ``<span className=…>``
JSX_STRING = re.compile(r"\{(?:'(?P<single>[^'\n]*)'|\"(?P<double>[^\"\n]*)\"|`(?P<template>[^`]*)`)\}")
MARKDOWN_ESCAPE = re.compile(r"\\(?P<char>[!-/:-@\[-`{-~])")  # CommonMark: "\`value\`", "\<div\>"
# a backslash escape or a character reference ("&#x20;", "&amp;"), which Markdown renders as the
# character it stands for (CommonMark 2.4, 2.5)
ESCAPE_OR_REFERENCE = re.compile(
    rf"{MARKDOWN_ESCAPE.pattern}|(?P<reference>&(?:#[xX][0-9a-fA-F]{{1,6}}|#[0-9]{{1,7}}|[A-Za-z][A-Za-z0-9]{{1,31}});)"
)
# Emphasis around an escaped emphasis mark ("*Сноска \**", a footnote's label in italics: markdown-it
# shows "Сноска *" in italics): reading the escape while keeping the marks around it left
# "*Сноска **", and "*Сноска \*\*\**" read "*Сноска ****", the marks no longer told from the label's
# stars. There the emphasis is rendered away with the escape, its marks markup: "Сноска *".
ESCAPED_MARK_EMPHASIS = re.compile(
    r"(?<![\\*_\w])(?P<mark>\*{1,3}|_{1,3})(?![\s*_])"
    r"(?P<body>(?:\\.|[^*_\\\n])*?\\[*_](?:\\.|[^*_\\\n])*?)(?<!\s)(?P=mark)(?![*_\w])"
)
TEMPLATE_CODE = re.compile(r"\{`(?P<code>[^`]*)`\}")  # {`npm install`} inside a component
# a template string or an inline code span, whichever starts first: "`{{` или `}}`" is two code spans,
# never the template "{` или `}" read across them (that would drop a brace and a backtick of each)
TEMPLATE_OR_CODE = re.compile(rf"{TEMPLATE_CODE.pattern}|(?<!`)(`+)(?!`)[^\n]+?(?<!`)\2(?!`)")
BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
# CommonMark's reading of the kept text's blocks (markdown-it-py, which rich already brings in): where
# a setext heading ("Title" over "=====" or "-----") and a thematic break stand, in a block quote or a
# list item too, as no line-by-line pattern can tell ("---" under a paragraph's line underlines it)
COMMONMARK = MarkdownIt("commonmark")
# A run of spaces or tabs between two characters of a line (not its indent, not a hard break's at its end;
# after a list marker too: "-  **Report**" is "- **Report**")
SPACE_RUN = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
# a GFM table's delimiter row ("|---|:--:|", "--- | ---"): CommonMark reads a table as a paragraph,
# whose cells' spacing is the source's alignment and stays
TABLE_DELIMITER = re.compile(r"^(?=[^|]*\|)[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")  # an HTML tag, opening or closing
OPEN_TAG = re.compile(r"<[A-Za-z][^<>]*$")  # a tag going on past its line's end ('<img alt="…')
# a paragraph's line that ends in a hard break, which stays a line end: two spaces or more, a backslash
# (one not escaped), an HTML "<br>" closing it (CommonMark's hard line breaks; "<br>" the page's own)
HARD_BREAK = re.compile(r"(?: {2,}|(?<!\\)(?:\\\\)*\\|<br\s*/?>[ \t]*)$", re.I)
# a line that opens no wrapped sentence's rest but an item of its own, though CommonMark reads it on
# as the paragraph's text: a list's marker that cannot interrupt a paragraph ("2. …", "3) …"), a
# bullet or dash drawn by hand ("• …", "— …"), an emoji or symbol leading it ("✅ Готово"), a "<br>"
OWN_LINE = re.compile(r"(?:\d{1,9}[.)](?:[ \t]|$)|[^\w\s\"'«„“(\[*_`~\\<&$%\ue000-\uf8ff]|<br\b)", re.I)
WORD = re.compile(r"[^\W_]")  # a letter or a digit: a line with none is marks alone
CODE_INDENT = 4  # columns past a paragraph's text that make a line code's (CommonMark's indented code)
CLAUSE_END = re.compile(r"[.,;!?…–—-]$")  # a line's last mark where its sentence ends or goes on
# a line that may underline a heading or draw a break: marks alone ("=", "-", "*", "_", spaces between),
# in a block quote or after a list item's marker too; a page with none has neither, unparsed
MARKS_LINE = re.compile(r"^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*[-=*_](?:[ \t]*[-=*_])*[ \t]*$", re.M)
ATX_HEADING = re.compile(r"^(?P<marks>#{1,6})[ \t]+\S.*$", re.M)
HEADING_ID = re.compile(r"^(#{1,6}[ \t].*?)[ \t]*\{#[\w-]+\}[ \t]*$", re.M)  # "# Хуки {#hooks}"
# ":::tip Совет" … ":::": a Docusaurus admonition's fences
ADMONITION = re.compile(r"^[ \t]*:::[ \t]*[\w-]*[ \t]*(?P<title>[^\n]*?)[ \t]*(?:\n|\Z)", re.M)
# Hugo shortcodes ({{< figure src="a.png" >}}, {{% notice %}} … {{% /notice %}}) and Jinja/Liquid tags
# ({% include note.html %}, {%- raw -%}): template directives, not text; their children stay
TEMPLATE_TAG = re.compile(r"[ \t]*(?:\{\{[<%][^\n]*?[%>]\}\}|\{%-?[^\n]*?-?%\})")
# MkDocs (Material) admonitions: a '!!! note "Заголовок"' line ('???' folded) over a body indented
# four spaces, which Markdown would read as a code block once the marker is gone
MKDOCS_ADMONITION = re.compile(
    r'^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?)[ \t]*[\w-]+(?:[ \t]+"(?P<title>[^"\n]*)")?[ \t]*$'
)
FENCE_LINE = re.compile(r"^[ \t]*(?:`{3,}|~{3,})")
# an inline code span's place while the prose's HTML is rendered (``render_html``): its index in the
# piece's code spans between two marks, so that a tag inside backticks stays the code's own
CODE_MARK = "\ue004"
HELD_CODE = re.compile(f"{CODE_MARK}(\\d+){CODE_MARK}")
# a Markdown link whose text was an HTML image alone ("[<img alt=… src=…>](https://…)", a README's
# demo button): once the image is a figure, an empty link no page shows; out with the image
LINKED_PLACES = re.compile(
    f"\\[(?P<places>(?:{EMBED_MARK}\\d+{EMBED_MARK}|{MARKUP_MARK}\\d+{MARKUP_MARK})+)\\]\\((?P<target>[^)\\s]+)\\)"
)
# inline HTML code (``<code>cargo new</code>`` in a caption, ``<code>impl !Unpin for
# <em>SomeType</em></code>``, ``<code data-md-type="raw_html">``) as a Markdown code span, as
# ``<em>`` becomes ``*``: a caption reads as Markdown throughout, not half HTML ("*Cargo.toml* …
# <code>…"); the tags inside it go as a ``<pre>``'s do, and it may wrap, never over a blank line
# ("<code>Pin<&mut" / "<em>SomeType</em>></code>": ``_markdown_code``)
# (read in one pass with the Markdown code spans, whichever starts first: inside backticks it is text)
HTML_CODE_OR_CODE = re.compile(
    r"<code(?:\s[^<>\n]*)?>(?P<body>(?:[^\n]|\n(?![ \t]*\n))*?)</code>"
    r"|(?<!`)(?P<ticks>`+)(?!`)[^\n]+?(?<!`)(?P=ticks)(?!`)",
    re.I,
)
# inline HTML bold and italics ("<summary><b>Базовые статистики</b></summary>", "<i>sic</i>") and
# struck text ("camelCase <s>all</s> most", GFM's ``~~``) as Markdown's own emphasis, which the text
# keeps as written: the same meaning, no HTML left in prose
INLINE_EMPHASIS = re.compile(
    r"<(?P<tag>b|strong|i|em|s|del|strike)>(?P<body>[^<>\n]*?\S[^<>\n]*?)</(?P=tag)>", re.I
)
LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
EMPHASIS_MARK = {"b": "**", "strong": "**", "i": "*", "em": "*", "s": "~~", "del": "~~", "strike": "~~"}
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)[^\n]+?(?<!`)\1(?!`)")  # `x` or `` x`y `` (CommonMark)
# An HTML comment, unless inside inline code (the alternation takes whichever starts first):
# Node.js docs keep their API history in ``<!-- YAML added: v0.3.4 … -->`` blocks a page never shows.
# a comment that is a whole line, in a block quote too ("> <!-- CAN'T EXTRACT … -->"): the line goes
HTML_COMMENT = re.compile(r"<!--(?:(?!-->).)*-->", re.S)
# (the line break before it too, where a text line comes before: its place is held at that line's end)
COMMENT_LINE = re.compile(
    r"(?P<newline>(?<=[^\n])\n)?^[ \t>]*<!--(?:(?!-->).)*-->[ \t]*(?:\n|\Z)", re.M | re.S
)
# a line opening an HTML comment, as CommonMark's HTML block of comments opens (three spaces at most)
COMMENT_OPENING = re.compile(r"^ {0,3}<!--", re.M)
COMMENT_OR_CODE = re.compile(r"(?P<comment><!--(?:(?!-->).)*-->)|(?<!`)(`+)(?!`)[^\n]+?(?<!`)\2(?!`)", re.S)
# a heading that names a contents list (CONTENTS_TITLE: marks or an emoji around the name too, "##
# 📋 Содержание", "## **Contents:**"), a list item that is one in-page link
CONTENTS_TITLE = re.compile(
    r"#{1,6}[ \t]+[^\w\s]*[ \t]*(?:содержание|оглавление|contents|table of contents|toc)[^\w\n]*$", re.I
)
LINK_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[[^\]\n]+\]\((?P<target>[^)\s]+)\)[ \t]*$")
LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])[ \t]")
LIST_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?P<spaces> +|$)")  # CommonMark's bullet or number
# a README's navigation bar: a line that is only inline links joined by separators
# ("[🎯 Играть](#-установка) • [🐛 Баги](https://…/issues)"), out as ``navigation`` (the HTML reader's label)
_LINK = r"\[[^\]\n]+\]\([^)\s]+\)"
LINK_BAR = re.compile(rf"[ \t]*{_LINK}(?:[ \t]*[•|·∙][ \t]*{_LINK})+[ \t]*")
# A thematic break's line (CommonMark's: one of "-", "*" or "_" three times or more alone on a line,
# spaces between them allowed, indented three spaces at most): a line a page draws between its parts,
# no text, as HTML's ``<hr>`` (a paragraph's end) and reST's transition are none. Out, as a
# ``removed`` record ``thematic_break`` where markdown-it-py reads one, an ``hr`` at any depth
# (``_thematic_break_cuts``); a cut between two breaks left "---" / "---" over nothing (claros's
# README, its contents list cut). A line of "-" right under a paragraph's line underlines it (a
# setext heading) and stays with it. The pattern: ``markdown_fences.THEMATIC_BREAK``.
# a line after which an indented line opens code: an ATX heading, a setext heading's "=" underline, a
# thematic break (THEMATIC_BREAK, which a "---" underline is too; "-*-", marks mixed, is neither: a
# paragraph's line, which an indented line goes on)
BLOCK_END = re.compile(rf"#{{1,6}}(?:[ \t]|$)|=+[ \t]*$|{THEMATIC_BREAK.pattern}")
# a block quote's empty lines (">" alone) right after a point, and right before one: a break's cut
# in a quote takes them (``_break_cut``)
EMPTY_QUOTE_LINES_AFTER = re.compile(r"(?:\n[ \t]*>[ \t>]*(?=\n|\Z))+")
EMPTY_QUOTE_LINES_BEFORE = re.compile(r"(?:^[ \t]*>[ \t>]*\n)+\Z", re.M)
LINE = re.compile(r"[^\n]*")
# a line that opens a block of its own, whatever stands over it: an ATX heading, a list item, a code
# fence (CommonMark's blocks that interrupt a paragraph; not a quote's ">": "> a" / "> ***" / "> b"
# are one quote's lines)
BLOCK_OPENER = re.compile(r" {0,3}(?:#{1,6}(?:[ \t]|$)|(?:[-*+]|1[.)])[ \t]+\S|`{3,}|~{3,})")
# A link reference definition (``[`socket.unref()`]: net.md#socketunref "title"``), never shown: the
# link text stays where it is used, the targets go to ``metadata.fields.link_definitions``. Also the
# Markdown comment idiom ``[//]: # 'TODO: …'`` / ``[TODO]: <> (…)`` (the React docs), not recorded.
LINK_DEFINITION = re.compile(
    r"^ {0,3}\[(?P<label>[^\]\n]+)\]:[ \t]*(?:<(?P<bracketed>[^>\n]*)>|(?P<url>[^\s<>]+))"
    r"(?:[ \t]+(?:\"(?P<title>[^\"\n]*)\"|'(?P<single>[^'\n]*)'|\((?P<paren>[^)\n]*)\)))?[ \t]*$\n?",
    re.M,
)


def parse_markdown(data: bytes, foreign: str = "trim", targets: tuple[str, ...] = ()) -> list[Parsed]:
    text, encoding = decode_text(data, "Markdown")  # UTF-8, or a clean cp1251/KOI8-R file
    text = lf_line_ends(text)
    fields: dict[str, Any] = encoding_fields(encoding)
    meta, text = split_front_matter(text)
    fields.update(meta)
    text = _mkdocs_admonitions(text)
    builder = TextBuilder()
    links: dict[str, str] = {}
    references = _references(text)
    comments: list[str] | None = [] if COMMENT_MARK not in text else None  # None: dropped unrecorded
    markup: Markup | None = Markup() if MARKUP_MARK not in text else None  # None: dropped unrecorded
    cursor, column = 0, 0
    blocks = list(_code_blocks(text))
    # a chat answer pasted with its fences lost (one never closed) has the chat's lines as shown
    joins = not any(block.unclosed for block in blocks)
    for block in blocks:
        _append_prose(builder, text[cursor : block.start], links, references, comments, markup, column, joins)
        if block.pre:
            _pre_apart(builder)
            start, end = _append_pre(builder, block.text, markup)
        else:
            start, end = builder.append(block.text)
        builder.span(start, end, "code", lang=block.lang)
        if (block.unclosed or block.pre) and not text.startswith("\n\n", block.end):
            builder.append("\n")  # the prose after it is a paragraph of its own
        cursor, column = block.end, _item_column(text, block)
    _append_prose(builder, text[cursor:], links, references, comments, markup, column, joins)
    if links:
        fields.setdefault("link_definitions", links)
    body = builder.text
    stripped = body.rstrip()
    spans = [span for span in builder.spans if span.end <= len(stripped)]
    records = [span for span in markup.records if span.start <= len(stripped)] if markup else []
    parsed = Parsed(stripped, spans, "article", 0, fields, {"removed": records} if records else {})
    parsed = cut_paragraphs(parsed, _mdx_comment_cuts(parsed) + _comment_cuts(parsed, comments or []))
    parsed = cut_paragraphs(
        parsed,
        _contents_cuts(parsed)
        + _link_bar_cuts(parsed)
        + _thematic_break_cuts(parsed)
        + _alert_marker_cuts(parsed)
        + code_label_cuts(parsed),
    )
    parsed = pasted_hyphens_joined(without_broken_symbols(parsed))
    return [_with_heading_spans(_foreign_cut(parsed, foreign, targets))]


class _Code(NamedTuple):
    """A code block of the page: where it stands, its text as written (a ``<pre>``'s HTML when
    ``pre``), the language it names."""

    start: int
    end: int
    text: str
    pre: bool = False
    lang: str | None = None
    unclosed: bool = False  # a fence never closed (``mended_fences``)


def _code_blocks(text: str) -> Iterator[_Code]:
    """The page's fenced blocks and ``<pre>`` blocks (``CODE_BLOCK``) and its indented code blocks
    (``_indented_code``), but a ``<pre>`` that shows nothing (React's ``<pre id="output"></pre>``, a
    script's target), which holds no code: its tags go as any other HTML's; and but a block inside
    an HTML comment opened before it (``_comment_end``), which is the comment's: the page never
    shows it."""
    prose = 0  # where the prose before the next block starts
    for block in _blocks(text):
        if block.start < prose:
            continue
        hidden = _comment_end(text, prose, block.start)
        if hidden is not None:
            prose = hidden
            continue
        if not block.pre or code_text(block.text, _HtmlPlaces(None, None)).strip():
            yield block
        prose = block.end


def _blocks(text: str) -> list[_Code]:
    """Every fence (one never closed too: ``markdown_fences.mended_fences``), ``<pre>`` and indented
    code block of ``text``, in the page's order."""
    blocks = [
        _Code(match.start(), match.end(), match.group(0), lang=match["info"].strip().split(" ")[0] or None)
        if match["fence"]
        else _Code(_pre_start(match), match.end(), match["pre"], pre=True, lang=_pre_lang(match["pre"]))
        for match in CODE_BLOCK.finditer(text)
    ]
    taken = [(block.start, block.end) for block in blocks]
    blocks += [
        _Code(start, end, text[start:end], lang=lang, unclosed=True)
        for start, end, lang in mended_fences(text, taken)
    ]
    taken = [(block.start, block.end) for block in blocks]
    indented = [_Code(start, end, text[start:end]) for start, end in _indented_code(text, taken)]
    return sorted(blocks + indented)


def _pre_start(block: re.Match[str]) -> int:
    """Where a ``<pre>`` block's code starts: its line's start, but after the "> " of a block quote
    it stands in, which stays the quote's as a quoted fence's lines keep theirs."""
    return block.start("pre") if block["pre_quote"] else block.start()


def _indented_code(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of CommonMark's indented code blocks: lines indented four columns or more past
    their container (the page, or the list item they stand in: ``_content_column``), opening after
    a blank line, a heading or a rule (``BLOCK_END``; after text such a line goes on its paragraph),
    blank lines inside, up to a line indented less. A list item's further paragraph indented under
    its text is no code ("1. Шаг" / "" / "   Текст шага", four spaces under "- " too), nor is what a
    fence or ``<pre>`` (``taken``) holds. Block quotes are not looked into. A thematic break opens
    no list item ("* * *")."""
    openings = {start for start, _ in taken}
    blocks: list[tuple[int, int]] = []
    items: list[int] = []  # the content columns of the list items the line stands in
    code: list[int] | None = None  # the open block: its base column, start, end
    after_blank, cursor = True, 0
    for line in text.split("\n"):
        start, cursor = cursor, cursor + len(line) + 1
        if not line.strip() or any(a < start < b for a, b in taken):
            after_blank = not line.strip()  # a line inside a fence or <pre> is no blank
            continue
        expanded = line.expandtabs(4)
        indent = len(expanded) - len(expanded.lstrip(" "))
        if code is not None and indent >= code[0] + 4 and start not in openings:
            code[2] = start + len(line)
            continue
        if code is not None:
            blocks.append((code[1], code[2]))
            code = None
        if after_blank:
            items = [column for column in items if column <= indent]
        base = items[-1] if items else 0
        if after_blank and indent >= base + 4 and start not in openings:
            code = [base, start, start + len(line)]
            continue
        column = None if THEMATIC_BREAK.match(expanded) else _content_column(expanded, indent)
        if column is not None and indent < base + 4:
            items = [kept for kept in items if kept <= indent] + [column]
        after_blank = indent < base + 4 and bool(BLOCK_END.match(line.lstrip(" ")))
    if code is not None:
        blocks.append((code[1], code[2]))
    return blocks


def _item_column(text: str, block: _Code) -> int:
    """The content column of the list item a fence stands in (``_content_column``), 0 at the page's
    top level, or for a ``<pre>`` or an indented block: the prose lines under "   ```" that keep
    the fence's indent ("2. **Установите …:**" / "   ```bash" … "   ```" / "   Или используйте …")
    go on that item, and keep their indent (``_prose_lines``)."""
    indent = _indent(block.text)
    if block.pre or block.unclosed or not FENCE.match(block.text) or indent == 0:
        return 0
    for above in reversed(text[: block.start].split("\n")[:-1]):
        depth = _indent(above)
        if above.strip() and depth < indent:
            column = _content_column(above.expandtabs(4), depth)
            return column if column is not None and column <= indent else 0
    return 0


def _content_column(line: str, indent: int) -> int | None:
    """Where a list item's text starts ("- ", "10. " and the spaces after, four at most: CommonMark's
    content column, which its further paragraphs are indented to), or None for a line opening none."""
    marker = LIST_MARKER.match(line, indent)
    if marker is None:
        return None
    spaces = len(marker["spaces"])
    return marker.start("spaces") + (spaces if 0 < spaces <= 4 else 1)


def _comment_end(text: str, start: int, end: int) -> int | None:
    """Where the HTML comment a line of ``text[start:end]`` opens (``COMMENT_OPENING``) and does not
    close before ``end`` ends, past its "-->" (the text's end where none comes), or None: CommonMark
    reads such a comment as an HTML block running to the line holding "-->", blank lines and fences
    included (mg-sql's README comments out a section with its Python fence so)."""
    for opening in COMMENT_OPENING.finditer(text, start, end):
        if opening.start() < start:
            continue
        close = text.find("-->", opening.end())
        if close < 0 or close + 3 > end:
            return len(text) if close < 0 else close + 3
        start = close + 3
    return None


def _with_heading_spans(parsed: Parsed) -> Parsed:
    """``parsed`` with a ``heading`` span (``level``: its number of "#", or 1 and 2 for a setext
    heading's "=" and "-") over each heading outside code, as the HTML and DokuWiki readers mark
    theirs: the outline a user queries, and what the purity trim keeps or cuts with its section
    instead of judging its words."""
    headings = [
        Span(start, end, "heading", attrs={"level": level}) for (start, end), level in _headings(parsed)
    ]
    return replace(parsed, spans=sorted(parsed.spans + headings, key=lambda span: (span.start, span.end)))


def _references(text: str) -> dict[str, Reference]:
    """The page's link reference definitions outside code fences, by their label as CommonMark
    matches it (``_label``; the first of a label counts): what a reference-style image's ``[ref]``
    points at, wherever in the page it is defined."""
    references: dict[str, Reference] = {}
    for found in LINK_DEFINITION.finditer(CODE_BLOCK.sub("\n", text)):
        title = next((t for t in found.group("title", "single", "paren") if t is not None), None)
        src = found["bracketed"] if found["bracketed"] is not None else found["url"]
        references.setdefault(_label(found["label"]), Reference(src, title))
    return references


def _label(label: str) -> str:
    """A reference label as CommonMark matches it: case-folded, inner whitespace one space."""
    return " ".join(label.split()).casefold()


def _contents_cuts(parsed: Parsed) -> list[Span]:
    """A contents list as ``removed`` records ``contents`` (the PDF and HTML readers' label): a list
    whose every item is a link into the page itself (``- [Установка](#установка)``, nested too)
    under a heading that names contents (the heading goes with it), or right after the page's
    title; or, wherever it stands, a list of links most of which point at the page's own headings
    (``_own_contents``), unless a lead-in's colon opens it (a contents heading right over it goes
    too). A list with an entry that is no link, or a list mostly of links to other pages, is text
    and stays."""
    text, cuts = parsed.text, []
    blocks = [(s.start, s.end) for s in parsed.spans if s.label == "code"]
    headings = [m for m in ATX_HEADING.finditer(text) if not any(a <= m.start() < b for a, b in blocks)]
    for index, heading in enumerate(headings):
        named = CONTENTS_TITLE.match(heading.group(0)) is not None
        after_title = index == 0 and len(heading["marks"]) == 1
        if not (named or after_title):
            continue
        listing = _anchor_list(text, heading.end())
        if listing is None:
            continue
        if named:
            cuts.append(Span(*heading.span(), "contents", attrs={"text": heading.group(0)}))
        start, end = listing
        cuts.append(Span(start, end, "contents", attrs={"text": text[start:end]}))
    cut = {(span.start, span.end) for span in cuts}
    titles = {len(text[: h.end()].rstrip()): h for h in headings if CONTENTS_TITLE.match(h.group(0))}
    for start, end in _own_contents(text, blocks, {_slug(heading.group(0)) for heading in headings}):
        if (start, end) in cut:
            continue
        if title := titles.get(len(text[:start].rstrip())):  # the contents heading right over it
            cuts.append(Span(*title.span(), "contents", attrs={"text": title.group(0)}))
        cuts.append(Span(start, end, "contents", attrs={"text": text[start:end]}))
    return sorted(cuts, key=lambda span: span.start)


def _own_contents(text: str, blocks: list[tuple[int, int]], slugs: set[str]) -> list[tuple[int, int]]:
    """(start, end) of each list outside code whose items are all links, more than half of them,
    two at least, to anchors of the page's own headings (``slugs``): a README's contents under its
    tagline, its last item the API reference in another file, is the page's navigation. A list
    after a lead-in ending in a colon is that sentence's, its items what the sentence names."""
    found = []
    for line in LINE.finditer(text):
        before = text[text.rfind("\n", 0, line.start() - 1) + 1 : line.start() - 1] if line.start() else ""
        if not LINK_ITEM.match(line.group(0)) or LIST_ITEM.match(before) or before[:1] in (" ", "\t"):
            continue  # not a list's first line
        listing = _link_list(text, line.start())
        if listing is None or any(a <= line.start() < b for a, b in blocks):
            continue
        start, end, targets = listing
        if text[:start].rstrip().endswith(":"):
            continue  # the list completes its lead-in's sentence ("… in one of these ways:")
        own = sum(target.startswith("#") and _slug(unquote(target[1:])) in slugs for target in targets)
        if own >= 2 and 2 * own > len(targets):
            found.append((start, end))
    return found


def _slug(title: str) -> str:
    """A heading's anchor as GitHub makes it, and an anchor read the same way: lower case, marks
    other than "-" and "_" dropped, spaces made "-" ("Начало работы" → "начало-работы")."""
    kept = re.sub(r"[^\w\- ]", "", title.strip().strip("#").strip().casefold())
    return kept.replace(" ", "-")


def _link_bar_cuts(parsed: Parsed) -> list[Span]:
    """Each paragraph outside code that is one line of links joined by separators (``LINK_BAR``) or a
    language switcher (``language_names.language_switcher``) as a ``removed`` record ``navigation``:
    a site's menu under a README's title, which no reader reads as a sentence."""
    blocks = [(s.start, s.end) for s in parsed.spans if s.label == "code"]
    return [
        Span(*match.span(), "navigation", attrs={"text": match.group(0).strip()})
        for match in PARAGRAPH.finditer(parsed.text)
        if (LINK_BAR.fullmatch(match.group(0)) or language_switcher(match.group(0)))
        and not any(a <= match.start() < b for a, b in blocks)
    ]


def _thematic_break_cuts(parsed: Parsed) -> list[Span]:
    """Each thematic break outside code, in a block quote or a list item too (markdown-it-py's
    ``hr``, at any depth), as a ``removed`` record ``thematic_break`` (``text``: the line as
    written), but a break between two text lines (``_apart``; a code block's closing fence is none,
    ``_under_code``) and the lines of a front matter kept as text (no YAML mapping: its "---" lines
    are the block's own). A setext heading's underline is no ``hr`` (``_setext_headings``)."""
    text = parsed.text
    code = [(s.start, s.end) for s in parsed.spans if s.label == "code"]
    front = FRONT_MATTER.match(text)
    kept = code + [front.span()] if front else code
    starts = _line_starts(text)
    rules = [_lines_span(text, starts, t.map) for t in _block_tokens(parsed) if t.type == "hr" and t.map]
    return [
        Span(*_break_cut(text, start, end), "thematic_break", attrs={"text": text[start:end].strip()})
        for start, end in rules
        if not any(a <= start < b for a, b in kept)
        and (_apart(text, start, end) or _under_code(start, code) or _over_block(text, end))
    ]


def _alert_marker_cuts(parsed: Parsed) -> list[Span]:
    """Each GitHub alert's marker line outside code (``ALERT_MARKER``: "> [!NOTE]", "> [!TIP]",
    "> [!IMPORTANT]", "> [!WARNING]", "> [!CAUTION]"), as a ``removed`` record ``alert_marker``
    (``text``: the marker), with the empty quote lines right under it (``EMPTY_QUOTE_LINES_AFTER``):
    markup GitHub draws as an icon and a title, while the quote's lines under it, the alert's text,
    stay."""
    text = parsed.text
    code = [(s.start, s.end) for s in parsed.spans if s.label == "code"]
    return [
        Span(
            match.start(),
            _after_empty_quote_lines(text, match.end()),
            "alert_marker",
            attrs={"text": match["marker"]},
        )
        for match in ALERT_MARKER.finditer(text)
        if not any(a <= match.start() < b for a, b in code)
    ]


def _after_empty_quote_lines(text: str, end: int) -> int:
    """Where the empty quote lines (">" alone) right after ``end`` end; ``end`` without any."""
    after = EMPTY_QUOTE_LINES_AFTER.match(text, end)
    return after.end() if after else end


def _over_block(text: str, end: int) -> bool:
    """Whether the line right under a break's line (ending at ``end``) opens a block of its own
    (``BLOCK_OPENER``: an ATX heading, a list item, a fence), which no line over it
    runs on into: taking the break joins no two lines of text. monitoring2's README drew "---"
    right under a list item's last line, over the next "### ***`prodRf`***", and kept it as text
    while the "---" between blank lines went."""
    next_end = text.find("\n", end + 1)
    return bool(BLOCK_OPENER.match(text[end + 1 : len(text) if next_end < 0 else next_end]))


def _under_code(start: int, code: list[tuple[int, int]]) -> bool:
    """Whether the break's line at ``start`` stands right under a code block's last line (its
    closing fence): the block ends there whatever follows, so taking the break joins no two lines
    of text (cli_client's README drew 60 "-" right after eight of its fences, over the next
    heading, and kept them as text while the five after a blank line went)."""
    return any(end == start - 1 for _, end in code)


def _break_cut(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the cut of a break's line (``start``, ``end``) runs. In a block quote, under an empty
    line, it takes the empty quote lines (">" alone) right after it, or, at the quote's end, those
    right before it, so one is left between the quote's paragraphs and none at its end. It starts at
    the end of the line over it unless a blank line stands there (under a fence's closing, "- item",
    "> text"), so that the blank line under it still parts that line from the next block
    (``cut_paragraphs`` takes no blank line after a cut that starts after text)."""
    if text[start:end].lstrip().startswith(">") and _empty(_line_before(text, start)):
        after = EMPTY_QUOTE_LINES_AFTER.match(text, end)
        before = None if after else EMPTY_QUOTE_LINES_BEFORE.search(text, 0, start)
        end = after.end() if after else end
        start = before.start() if before else start
    after_text = start > 0 and text[start - 2 : start] != "\n\n"
    return (start - 1 if after_text else start), end


def _apart(text: str, start: int, end: int) -> bool:
    """Whether a blank line, an empty quote line (">" alone) or the text's edge stands on one side
    of a break's line at least: a break between two lines of text ("- item" / "---" / "text", "> a"
    / "> ***" / "> b") stays, as taking it would join them."""
    next_end = text.find("\n", end + 1)
    after = text[end + 1 : len(text) if next_end < 0 else next_end]
    return _empty(_line_before(text, start)) or end == len(text) or _empty(after)


def _line_before(text: str, start: int) -> str:
    """The line over the line starting at ``start`` ("" for the first)."""
    return text[text.rfind("\n", 0, start - 1) + 1 : start - 1] if start else ""


def _empty(line: str) -> bool:
    """Whether a line is blank or a block quote's empty line (">", "> >")."""
    return not line.strip(" \t>")


def _anchor_list(text: str, after: int) -> tuple[int, int] | None:
    """(start, end) of the list that follows ``after`` (blank lines between), if it has two items or
    more and every line of it, up to the next line that is no list item, is an in-page link item."""
    first = re.compile(r"\s*").match(text, after).end()
    if text.rfind("\n", after, first) < 0:  # the list must start on a line of its own
        return None
    listing = _link_list(text, first)
    if listing is None or len(listing[2]) < 2 or not all(t.startswith("#") for t in listing[2]):
        return None
    return listing[0], listing[1]


def _link_list(text: str, first: int) -> tuple[int, int, list[str]] | None:
    """(start, end) of the list starting at ``first`` and its links' targets, if every line of it,
    up to the next line that is no list item, is an item that is one link (``LINK_ITEM``)."""
    end, targets = first, []
    for line in LINE.finditer(text, first):
        if not line.group(0).strip():
            continue
        if item := LINK_ITEM.match(line.group(0)):
            targets.append(item["target"])
            end = line.end()
        elif LIST_ITEM.match(line.group(0)) or line.group(0)[:1] in " \t":
            return None  # another kind of item, or an item's continuation: a list with text
        else:
            break
    return (first, end, targets) if targets else None


def _comment_cuts(parsed: Parsed, comments: list[str]) -> list[Span]:
    """Each HTML comment the prose held a place for (``COMMENT_MARK``) as a ``removed`` record
    ``html_comment`` with its text ("<!-- omit in toc -->", a commented-out badge, Node.js's
    ``<!-- YAML … -->`` history): never shown, but what the file held."""
    return [
        Span(
            match.start(),
            match.end(),
            "html_comment",
            attrs={"text": comments[int(match["index"] or match["glued"])]},
        )
        for match in HELD_COMMENT.finditer(parsed.text)
    ]


def _mdx_comment_cuts(parsed: Parsed) -> list[Span]:
    """Each MDX comment (``{/*anchor*/}``, ``{/* TODO */}``) outside code as a ``removed`` record
    ``mdx_comment`` holding its text. It runs on .md files too, since React-style docs write MDX in
    them; inside backticks or a fence ``{/* [options] */}`` is JavaScript and stays, while backticks
    inside a comment ("{/* … edit `deployedTranslations` … */}") are the comment's own. Comments and
    code spans are read in one pass, whichever starts first, as HTML comments are (COMMENT_OR_CODE)."""
    blocks = [(s.start, s.end) for s in parsed.spans if s.label == "code"]
    return [
        Span(match.start(), match.end(), "mdx_comment", attrs={"text": match["comment"].strip()})
        for match in MDX_COMMENT_OR_CODE.finditer(parsed.text)
        if match["comment"] and not any(a < match.end() and match.start() < b for a, b in blocks)
    ]


def _mkdocs_admonitions(text: str) -> str:
    """Each MkDocs admonition's marker line becomes its title (a paragraph of its own; none without
    a title) and its body loses the four spaces of indentation; fenced code is left alone."""
    if "!!!" not in text and "???" not in text:
        return text
    lines, fenced, body_indent, indent = [], False, None, ""
    for line in text.split("\n"):
        if body_indent is not None and line.strip() and not line.startswith(body_indent):
            body_indent = None  # the body ended at a line indented less
        if body_indent is not None:
            lines.append(indent + line[len(body_indent) :] if line.strip() else "")
            continue
        marker = None if fenced else MKDOCS_ADMONITION.match(line)
        if FENCE_LINE.match(line):
            fenced = not fenced
        if marker:
            lines.append(marker["indent"] + marker["title"] if marker["title"] else "")
            lines.append("")
            indent = marker["indent"]
            body_indent = indent + "    "
        else:
            lines.append(line)
    return "\n".join(lines)


def _foreign_cut(parsed: Parsed, foreign: str, targets: tuple[str, ...]) -> Parsed:
    """Paragraphs foreign to the page (``foreign_paragraphs``) cut into ``removed`` or marked in
    ``lang_spans``; code blocks are not judged, inline code does not count; a block an
    untranslated sentence leads into goes with it, unless the translator touched it; a heading left
    over nothing, and a line or closing rule that only pointed at a section cut whole, go too."""
    text = parsed.text
    blocks = [(s.start, s.end) for s in parsed.spans if s.label == "code"]
    paragraphs: list[Paragraph] = []
    for match in PARAGRAPH.finditer(text):
        for start, end in _outside_blocks(text, match.span(), blocks):  # a fence itself is never cut
            code = tuple((m.start() - start, m.end() - start) for m in INLINE_CODE.finditer(text, start, end))
            paragraphs.append(Paragraph(text[start:end], code, start))
    code = [Paragraph(text[start:end], start=start) for start, end in blocks]  # ``companions``
    declared = parsed.fields.get("lang")
    cut = foreign_cut(parsed, paragraphs, foreign, declared, targets, code=code, translated=True)
    headings = _headings(cut)
    emptied = without_empty_sections(cut, [span for span, _ in headings], [level for _, level in headings])
    return without_pointers_to_cut_titles(emptied, [span for span, _ in _headings(emptied)])


def _outside_blocks(text: str, span: tuple[int, int], blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of a paragraph (``span``) outside its code blocks: a sentence written directly over
    a fence, no blank line between ("…if you slightly modify the code and use" over "```python"),
    is prose of its own and is judged; skipped with the fence, the English half of a bilingual
    README kept it under the wrong heading once the rest of that half was cut."""
    start, end = span
    pieces = []
    for a, b in sorted(block for block in blocks if block[0] < end and start < block[1]):
        pieces.append((start, min(a, end)))
        start = max(start, b)
    pieces.append((start, end))
    trimmed = [(a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip())) for a, b in pieces]
    return [(a, b) for a, b in trimmed if a < b]


def _headings(parsed: Parsed) -> list[tuple[tuple[int, int], int]]:
    """(start, end) and level of each ATX heading line outside code and each setext heading
    (``_setext_headings``): a heading whose section the cut emptied ("## Другие случаи" over a cut
    paragraph) goes too (``without_empty_sections``)."""
    blocks = [(s.start, s.end) for s in parsed.spans if s.label == "code"]
    atx = [
        (match.span(), len(match["marks"]))
        for match in ATX_HEADING.finditer(parsed.text)
        if not any(a <= match.start() < b for a, b in blocks)
    ]
    return sorted(atx + _setext_headings(parsed))


def _setext_headings(parsed: Parsed) -> list[tuple[tuple[int, int], int]]:
    """(start, end) and level of each setext heading at the page's own level, its lines and its
    underline ("Установка" / "---------", level 2; "=====", level 1): markdown-it-py's heading
    whose markup is the underline's character. The underline stays in the text, as an ATX
    heading's marks do."""
    lines = _line_starts(parsed.text)
    return [
        (_lines_span(parsed.text, lines, token.map), 1 if token.markup == "=" else 2)
        for token in _block_tokens(parsed)
        if token.type == "heading_open" and token.level == 0 and token.markup in ("=", "-") and token.map
    ]


def _block_tokens(parsed: Parsed) -> tuple[Token, ...]:
    """markdown-it-py's block tokens of the kept text with its code blanked (each ``code`` span's
    lines emptied, its line ends kept, so the tokens' line numbers are the text's): a ``<pre>``'s
    shown lines or a listing's "---" are no Markdown, nor may a fence inside one swallow the page.
    None where no line is marks alone (``MARKS_LINE``): no setext heading nor break to find."""
    text, pieces, cursor = parsed.text, [], 0
    for start, end in sorted((s.start, s.end) for s in parsed.spans if s.label == "code"):
        if start < cursor:
            continue
        pieces += [text[cursor:start], "\n" * text.count("\n", start, end)]
        cursor = end
    blanked = "".join([*pieces, text[cursor:]])
    return _commonmark_blocks(blanked) if MARKS_LINE.search(blanked) else ()


@lru_cache(maxsize=4)
def _commonmark_blocks(text: str) -> tuple[Token, ...]:
    """markdown-it-py's tokens of ``text``, kept for the next ask: a page's headings and breaks are
    looked for up to four times, on a text that no cut has changed most often."""
    return tuple(COMMONMARK.parse(text))


def _line_starts(text: str) -> list[int]:
    """The offset where each line of ``text`` starts."""
    return [0, *(match.end() for match in re.finditer("\n", text))]


def _lines_span(text: str, starts: list[int], lines: list[int]) -> tuple[int, int]:
    """(start, end) of a token's lines (its ``map``: first, past the last), the last one's line end
    left out."""
    first, past = lines
    end = starts[past] - 1 if past < len(starts) else len(text)
    return starts[first], end


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The YAML front matter opening ``text`` (``FRONT_MATTER``: a Markdown page's, a Jekyll page's)
    as fields, and the text after it; no fields and ``text`` whole where there is none or it is no
    YAML mapping (it stays text). The HTML reader reads a template source page's with it."""
    front = FRONT_MATTER.match(text)
    meta = _front_matter(front.group("yaml")) if front else None
    return (meta, text[front.end() :]) if front and meta is not None else ({}, text)


def _front_matter(source: str) -> dict[str, Any] | None:
    """The front matter as plain JSON-able values; None (kept as text) when it isn't a YAML mapping."""
    try:
        meta = yaml.safe_load(source)
    except yaml.YAMLError:
        return None
    return {str(k): _plain(v) for k, v in meta.items()} if isinstance(meta, dict) else None


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _append_prose(
    builder: TextBuilder,
    markdown: str,
    links: dict[str, str],
    references: dict[str, Reference],
    comments: list[str] | None = None,
    markup: Markup | None = None,
    column: int = 0,
    joins: bool = True,
) -> None:
    """Prose between code fences (``column``: the content column of the list item the fence before it
    stands in, ``_item_column``; ``joins``: whether its soft line breaks join, ``_append_clean``):
    HTML comments, link reference definitions (into ``links``),
    ESM lines and component tags removed (each a ``removed`` record, in ``markup``); {`code`} kept
    as a code span; reference-style images resolved by the page's ``references``. MDX comments stay
    here, to be cut into ``removed`` once offsets are final (``_mdx_comment_cuts``)."""
    markdown = COMMENT_LINE.sub(lambda m: _held_comment_line(m, comments), markdown)
    markdown = COMMENT_OR_CODE.sub(
        lambda m: _held_comment(m, comments) if m["comment"] else m.group(0), markdown
    )
    for definition in LINK_DEFINITION.finditer(markdown):
        url = definition["url"] or definition["bracketed"]
        if url and url != "#":
            links.setdefault(definition["label"], url)
    markdown = ESM.sub(lambda m: _held_markup(m, "mdx_esm", markup), LINK_DEFINITION.sub("", markdown))
    cursor = 0
    after = ""
    for block in OUTPUT_BLOCK.finditer(markdown):
        _append_templates(
            builder, after + markdown[cursor : block.start()], references, markup, column, joins
        )
        column = 0
        output = _program_output(block["body"])
        if output:
            _end_paragraph(builder)
            start, end = builder.append(output)
            builder.span(start, end, "code", component=block["name"])
        cursor, after = block.end(), "\n\n"  # what follows is a paragraph of its own too
    _append_templates(builder, after + markdown[cursor:], references, markup, column, joins)


class Reference(NamedTuple):
    """A link reference definition's target and title (``[ref]: src "title"``)."""

    src: str
    title: str | None


class Markup:
    """The markup a page's prose lost: its text by index while the prose is cleaned (``held``),
    then ``removed`` records where it stood in the kept text (``records``)."""

    def __init__(self) -> None:
        self.held: list[tuple[str, str]] = []  # (label, text)
        self.records: list[Span] = []


def _held_markup(match: re.Match[str], label: str, markup: Markup | None) -> str:
    """The markup's place (``MARKUP_MARK`` around its index in ``markup.held``); nothing where
    ``markup`` is None (a page that holds the mark character itself)."""
    return _held(label, match.group(0), markup)


def _held(label: str, text: str, markup: Markup | None) -> str:
    """The place of ``text``, markup taken out (``MARKUP_MARK`` around its index in
    ``markup.held``); nothing where ``markup`` is None."""
    if markup is None:
        return ""
    markup.held.append((label, text.strip()))
    return f"{MARKUP_MARK}{len(markup.held) - 1}{MARKUP_MARK}"


def _held_comment(match: re.Match[str], comments: list[str] | None) -> str:
    """An HTML comment's place (``COMMENT_MARK`` around its index in ``comments``); nothing where
    ``comments`` is None."""
    if comments is None:
        return ""
    comments.append(HTML_COMMENT.search(match.group(0)).group(0))
    return f"{COMMENT_MARK}{len(comments) - 1}{COMMENT_MARK}"


def _held_comment_line(match: re.Match[str], comments: list[str] | None) -> str:
    """A comment that is a whole line: its place held where removing it leaves the paragraphs as
    they were (``cut_paragraphs`` takes the blank lines after a place at a line's start): at the end
    of the text line before it; before the line after it, when that is text; alone on its line with
    the blank line after it, when it stands between blank lines (a paragraph of its own)."""
    held = _held_comment(match, comments)
    if match["newline"]:
        return held + "\n"
    if not held:
        return ""
    rest = match.string[match.end() :]
    whole_line = match.group(0).endswith("\n")
    between_blanks = whole_line and (not rest.strip(" \t") or rest.lstrip(" \t")[:1] == "\n")
    return held + "\n" if between_blanks else held


def _end_paragraph(builder: TextBuilder) -> None:
    """A blank line after the text so far: output is a block of its own, as a fence is, so that the
    label over it ("npm" over ``<TerminalBlock>``) stays a paragraph the trim can judge."""
    text = builder.text
    if text and not text.endswith("\n\n"):
        builder.append("\n" if text.endswith("\n") else "\n\n")


def _program_output(body: str) -> str:
    """An output component's children as the program printed them: nested tags out (outside inline
    code, where ``<ViewTransition name=%s>`` is the message's own), JSX strings (``{'  '}at App``)
    and Markdown escapes (``\\`value\\```) read, one line per printed line."""
    body = HELD_MARK.sub("", body)  # never an import line in program output; no place to hold
    pieces, cursor = [], 0
    for code in CODE_SPAN.finditer(body):
        pieces += [OUTPUT_TAG.sub("", body[cursor : code.start()]), code.group(0)]
        cursor = code.end()
    text = "".join([*pieces, OUTPUT_TAG.sub("", body[cursor:])])
    text = JSX_STRING.sub(lambda m: next(g for g in m.groups() if g is not None).replace("\\n", ""), text)
    text = MARKDOWN_ESCAPE.sub(r"\g<char>", text)
    return "\n".join(line.rstrip() for line in text.split("\n") if line.strip())


def _append_templates(
    builder: TextBuilder,
    markdown: str,
    references: dict[str, Reference],
    markup: Markup | None = None,
    column: int = 0,
    joins: bool = True,
) -> None:
    """Prose with {`code`} kept as a code span; inside inline code braces are the code's own;
    ``column`` for its first piece, ``joins`` for all (``_append_prose``)."""
    cursor = 0
    for template in TEMPLATE_OR_CODE.finditer(markdown):
        if template["code"] is None:
            continue  # an inline code span, left to _append_clean whole
        _append_clean(builder, markdown[cursor : template.start()], references, markup, column, joins)
        column = 0
        start, end = builder.append(template.group("code").strip("\n"))
        builder.span(start, end, "code")
        cursor = template.end()
    _append_clean(builder, markdown[cursor:], references, markup, column, joins)


def _markup_out(
    markdown: str,
    figures: list[dict[str, str]],
    references: dict[str, Reference],
    markup: Markup | None = None,
) -> str:
    """Component tags, template tags (Hugo, Jinja/Liquid), HTML block wrappers, heading ids and
    Docusaurus admonition fences (``:::tip Совет`` … ``:::``, whose title becomes a paragraph of its
    own) out of prose without code; each media component's place held by EMBED_MARK around its
    index in ``figures``, where its ``attrs`` are added; each tag's place held in ``markup``."""
    markdown = ADMONITION.sub(lambda m: f"{m['title']}\n\n" if m["title"] else "\n", markdown)
    markdown = TEMPLATE_TAG.sub(lambda m: _held_markup(m, "template_tag", markup), markdown)
    if EMBED_MARK not in markdown:  # a page holding the mark itself keeps no embeds' places
        markdown = EMBED.sub(lambda m: _figure_mark(m, figures), markdown)
        markdown = MARKDOWN_IMAGE.sub(lambda m: _image_mark(m, figures, references, markup), markdown)
        markdown = MEDIA_OPEN.sub(lambda m: _figure_mark(m, figures, named=True), markdown)
    markdown = INLINE_EMPHASIS.sub(_markdown_emphasis, markdown)
    markdown = JSX_TAG.sub(
        lambda m: m.group(0) if _is_bare_tag_in_text(m) else _held_markup(m, "mdx_component", markup),
        markdown,
    )
    return HEADING_ID.sub(r"\1", markdown)


def _is_bare_tag_in_text(tag: re.Match[str]) -> bool:
    """An opening tag with no attributes, text after it on its line and no closing tag after it
    ("<Buffer> -> [bucket-name]/test/x.png": a README's placeholder for a value): prose, not a
    component, which MDX would need to close. ``<Tabs>`` alone on its line and ``<Note>text</Note>``
    stay components."""
    whole = tag.group(0)
    if whole.startswith("</") or whole.endswith("/>") or not BARE_TAG.fullmatch(whole):
        return False
    text = tag.string
    line_end = text.find("\n", tag.end())
    rest = text[tag.end() : len(text) if line_end < 0 else line_end]
    return bool(rest.strip()) and f"</{whole[1:-1]}>" not in text[tag.end() :]


def _markdown_emphasis(tag: re.Match[str]) -> str:
    """``<b>text</b>`` as ``**text**``, ``<i>text</i>`` as ``*text*`` (spaces inside the tags moved
    outside, where Markdown's emphasis needs them)."""
    body = tag["body"]
    mark = EMPHASIS_MARK[tag["tag"].lower()]
    stripped = body.strip()
    lead, trail = body[: len(body) - len(body.lstrip())], body[len(body.rstrip()) :]
    return f"{lead}{mark}{stripped}{mark}{trail}"


def _markdown_code(tag: re.Match[str], holder: _HtmlPlaces) -> str:
    """``<code>x</code>`` as a Markdown code span of the body as shown (``code_text``: entities
    read, ``&lt;T&gt;`` is ``<T>``; a tag inside taken out, its place held in the span; a line end
    a space, as a browser shows it and Markdown's code span reads it), fenced by
    one backtick more than the longest run inside, spaced where the body starts or ends with one
    (CommonMark); a body that shows nothing stays as written. In a table row a ``|`` the source
    wrote as ``&vert;`` stays escaped (``\\|``, GFM's way), or it would split the cell. The tags
    themselves are what the backticks say, unless they carry attributes (``_code_tags``)."""
    body = LINE_BREAK.sub(" ", code_text(tag["body"], holder))
    shown = holder.places(body)[0]
    if not shown.strip():
        return tag.group(0)
    line_start = tag.string.rfind("\n", 0, tag.start()) + 1
    if tag.string[line_start : tag.start()].lstrip().startswith("|"):
        body = body.replace("|", "\\|")
    fence = "`" * (max((len(run) for run in re.findall(r"`+", shown)), default=0) + 1)
    pad = " " if shown.startswith("`") or shown.endswith("`") else ""
    opening, closing = _code_tags(tag, holder)
    return f"{opening}{fence}{pad}{body}{pad}{fence}{closing}"


def _code_tags(tag: re.Match[str], holder: _HtmlPlaces) -> tuple[str, str]:
    """The places of a ``<code>`` element's two tags, held for ``removed`` records ``html_wrapper``
    where the opening one carries attributes the backticks cannot say (the Russian Rust book's
    ``<code data-md-type="raw_html">``); none for a bare ``<code>``."""
    whole, start = tag.group(0), tag.start()
    opening, closing = whole[: tag.start("body") - start], whole[tag.end("body") - start :]
    if opening.lower() == "<code>":
        return "", ""
    return holder.markup("html_wrapper", opening), holder.markup("html_wrapper", closing)


def _figure_mark(tag: re.Match, figures: list[dict[str, str]], named: bool = False) -> str:
    """EMBED_MARK around the media component's index in ``figures`` (its name and string attributes
    added there); a component with children that names nothing it shows (``named``: a wrapper of
    figures) is left for JSX_TAG to take out."""
    attrs = {
        m["key"]: m["double"] if m["double"] is not None else m["single"]
        for m in FIGURE_ATTR.finditer(tag[0])
    }
    attrs = {key: value for key, value in attrs.items() if value.strip()}
    if named and not attrs.keys() & {"alt", "src", "name"}:
        return tag[0]
    figures.append({"component": tag["name"], **attrs})
    return f"{EMBED_MARK}{len(figures) - 1}{EMBED_MARK}"


def _image_mark(
    image: re.Match[str],
    figures: list[dict[str, str]],
    references: dict[str, Reference],
    markup: Markup | None,
) -> str:
    """A Markdown image's place (``MARKDOWN_IMAGE``): EMBED_MARK around its index in ``figures``
    (``alt``, ``src``, ``title``, ``href`` where given, a reference's from its definition) and its
    markup held for ``removed`` (``image``). An image whose reference is not defined is no image:
    the match stays as written."""
    n = "1" if image["src1"] is not None or image["ref_alt1"] is not None else "2"
    if image[f"src{n}"] is not None:
        alt, src = image[f"alt{n}"], image[f"src{n}"].strip("<>")
        title = image[f"title{n}"] if image[f"title{n}"] is not None else image[f"single{n}"]
    else:
        alt = image[f"ref_alt{n}"]
        reference = references.get(_label(image[f"ref{n}"] or alt))
        if reference is None:
            return image.group(0)
        src, title = reference
    href = image["href"]
    if image["href_ref"] is not None:
        linked = references.get(_label(image["href_ref"] or alt))
        href = linked.src if linked else None
    attrs = {"alt": alt.strip(), "src": src, "title": title, "href": href}
    figures.append({key: value for key, value in attrs.items() if value})
    spaced = image.start() > 0 and image.string[image.start() - 1] in " 	"
    mark = f"{EMBED_MARK}{len(figures) - 1}{EMBED_MARK}{_held_markup(image, 'image', markup)}"
    return mark if spaced else mark + image["after"]


def _append_clean(
    builder: TextBuilder,
    markdown: str,
    references: dict[str, Reference],
    markup: Markup | None = None,
    column: int = 0,
    joins: bool = True,
) -> None:
    """Component tags removed outside inline code: ``<ViewTransition>`` in backticks is the text's
    own name for the component and stays. A media component's ``figure`` span stands right after the
    text before it (the end of the lead-in's paragraph); the text is what it is without the tag.
    Each piece of markup taken out becomes a ``removed`` record in ``markup``, placed the same way.
    ``column``: the list item the text opens in (``_rendered_characters``). A paragraph's soft line
    breaks are spaces (``_soft_breaks_joined``) where ``joins``: not in a chat answer pasted with its
    fences lost, whose lines are the chat's as it showed them ("Использование" / "Простая
    клавиатура…", a heading's text over its paragraph)."""
    figures: list[dict[str, str]] = []
    figure_marks = EMBED_MARK not in markdown
    holder = _HtmlPlaces(figures if figure_marks else None, markup)
    markdown = HTML_CODE_OR_CODE.sub(
        lambda m: m.group(0) if m["ticks"] else _markdown_code(m, holder), markdown
    )
    rendered = CODE_MARK not in markdown  # a page holding the mark itself keeps its HTML as written
    pieces, cursor, spans = [], 0, []
    for code in CODE_SPAN.finditer(markdown):
        pieces += [_markup_out(markdown[cursor : code.start()], figures, references, markup)]
        pieces.append(f"{CODE_MARK}{len(spans)}{CODE_MARK}" if rendered else code.group(0))
        spans.append(code.group(0))
        cursor = code.end()
    cleaned = "".join([*pieces, _markup_out(markdown[cursor:], figures, references, markup)])
    if rendered:
        cleaned = render_html(_soft_breaks_joined(cleaned) if joins else cleaned, holder)
        cleaned = LINKED_PLACES.sub(lambda m: _image_link(m, markup), cleaned)
        cleaned = _rendered_characters(cleaned, column)
        cleaned = HELD_CODE.sub(lambda m: spans[int(m[1])], cleaned)
    cleaned = _one_empty_quote_line(EMPTIED_QUOTE_LINE.sub(lambda m: m["places"].rstrip(" \t"), cleaned))
    cleaned, places = _without_marks(cleaned, figure_marks)
    cleaned = re.sub(r"[ \t]+\n", "\n", cleaned)
    cleaned = BLANK_RUN.sub("\n\n", cleaned)
    if builder.length == 0:
        cleaned = cleaned.lstrip()
    start, _ = builder.append(cleaned)
    _place(builder, start, cleaned, places, figures, markup)


def _rendered_characters(text: str, column: int = 0) -> str:
    """``text`` (its code spans held apart) with its escapes and character references read as the
    characters they stand for ("\\[Flet]" → "[Flet]", "&#x20;" → " "), and the indent of a
    paragraph's lines of prose out (``_prose_lines``), a line's leading spaces being no content of a
    paragraph ("&#x20;   FtFastUI — это…", " solve_quadratic(…)", a continuation's "     Эта
    функция…"), and a run of spaces between the words of a paragraph's line one space, as Markdown
    renders it (``_spaced_lines``; code spans are held apart); ``column``: the list item ``text``
    opens in (``_prose_lines``). A backslash hard break ending a paragraph's line is read as the line
    end it makes (``_backslash_breaks``)."""
    lines = [_characters(line) for line in text.split("\n")]
    breaks = _backslash_breaks(text, lines)
    lines = [line[:-1] if number in breaks else line for number, line in enumerate(lines)]
    prose, spaced = _prose_lines(text, lines, column), _spaced_lines(text, lines)
    lines = [SPACE_RUN.sub(" ", line) if number in spaced else line for number, line in enumerate(lines)]
    return "\n".join(line.lstrip(" \t") if number in prose else line for number, line in enumerate(lines))


def _backslash_breaks(text: str, lines: list[str]) -> set[int]:
    """The numbers of ``lines`` (``text``'s, read) that end in a backslash hard break (``HARD_BREAK``,
    its backslash not escaped) inside a paragraph of prose (``_prose_paragraphs``) or a setext
    heading's text, its last line aside (a backslash ending a block is a character of it):
    CommonMark renders the break as a line end and no backslash, which the text kept ("Первая
    строка\\" / "вторая строка", check 58's leftovers). A line of code pasted without its fences
    (``is_code_line``: a shell command's continuation, "docker run -d \\") keeps it, as the reader
    keeps such lines as written."""
    source = text.split("\n")
    ends = {
        number
        for token in _commonmark_blocks(text)
        if token.type == "heading_open" and token.markup in ("=", "-") and token.map
        for number in range(token.map[0], token.map[1] - 2)  # its underline and last line aside
    }
    for first, past, quotes, _ in _prose_paragraphs(text, lines):
        margin = _quote_margin(quotes)
        ends |= {
            number
            for number in range(first, past - 1)
            if not is_code_line(margin.sub("", lines[number], count=1).removesuffix("\\").strip())
        }
    return {number for number in ends if source[number].endswith("\\") and HARD_BREAK.search(source[number])}


def _spaced_lines(text: str, lines: list[str]) -> set[int]:
    """The numbers of ``lines`` (``text``'s, read) in paragraphs of prose (``_prose_paragraphs``): a
    run of spaces between their words is one space to Markdown ("- **Request**   -  Реализован")."""
    return {number for first, past, *_ in _prose_paragraphs(text, lines) for number in range(first, past)}


def _prose_paragraphs(text: str, lines: list[str]) -> Iterator[tuple[int, int, int, bool]]:
    """Each paragraph of ``text`` at any depth, a list item's and a block quote's too, with no program
    statement (``is_program_line``) and no table's delimiter row (``TABLE_DELIMITER``): its first
    line, the line past its last, the block quotes it stands in, whether it stands in a list item."""
    depth = {"blockquote": 0, "list_item": 0}
    for token in _commonmark_blocks(text):
        kind, _, edge = token.type.rpartition("_")
        if kind in depth:
            depth[kind] += {"open": 1, "close": -1}[edge]
        if token.type != "paragraph_open" or not token.map:
            continue
        first, past = token.map
        held = lines[first:past]
        if not any(is_program_line(line.strip()) or TABLE_DELIMITER.match(line) for line in held):
            yield first, past, depth["blockquote"], depth["list_item"] > 0


def _soft_breaks_joined(text: str) -> str:
    """``text`` with each soft line break of its paragraphs of prose (``_prose_paragraphs``, read with
    the places of what was taken out left out: a comment's place before "## Раздел" hides no heading)
    read as Markdown renders it, a space, where it breaks a text (``_joins``): a README typed with a
    line end every 70–80 columns is one paragraph ("…для поиска утечек памяти в процессе выполнения
    тестов" / "в Chrome или Node.js", check 57 row 13), its next line's indent and block quote marks
    going with the break. A line of a list item's paragraph set left of the item's text (a lazy
    continuation line: "2. Создание окружения при помощи poetry" / "poetry позволяет…") stays a line
    of its own, as the author set it apart, and so does a line set ``CODE_INDENT`` columns deeper
    than the paragraph's text, as code pasted without its fences is ('with open(…) as f:' /
    '    f.write(blob)'). Headings, lists, code, tables and HTML blocks are no paragraphs and keep
    their lines."""
    lines = text.split("\n")
    joined = set()
    for first, past, quotes, in_item in _prose_paragraphs(ANY_PLACE.sub("", text), lines):
        margin = _quote_margin(quotes)
        opening = margin.sub("", lines[first], count=1)
        marker = LIST_MARKER.match(opening, _indent(opening)) if in_item else None
        column = marker.end() if marker else _indent(opening)  # where the item's text starts
        for number in range(first, past - 1):
            after = margin.sub("", lines[number + 1], count=1)
            deeper, lazy = _indent(after) >= column + CODE_INDENT, in_item and _indent(after) < column
            if not (deeper or lazy) and _joins(lines[number], after.lstrip(" \t"), number + 2 == past):
                joined.add(number)
                lines[number + 1] = after.lstrip(" \t")
    pieces = [line + (" " if number in joined else "\n") for number, line in enumerate(lines)]
    return "".join(pieces)[:-1]


def _quote_margin(quotes: int) -> re.Pattern[str]:
    """The block quote marks opening a line of a paragraph ``quotes`` block quotes deep."""
    return re.compile(rf"(?:[ \t]*>[ \t]?){{0,{quotes}}}")


def _joins(line: str, after: str, last: bool) -> bool:
    """Whether a paragraph's ``line`` goes on ``after`` (the next, its margin out; ``last``: the
    paragraph's last) as a text broken by its line's width does: not after a hard break
    (``HARD_BREAK``: two spaces, a backslash, "<br>"), nor before a line that opens an item of its
    own (``OWN_LINE``: "2. …", "• …", "✅ …"), nor where either line holds no letter or digit
    (``WORD``: a tag's or an image's place alone, "> <img src=…>", a line of marks, a string's
    quotes) or is code
    (``is_code_line``: unfenced "print(…)" lines), nor inside a tag (``OPEN_TAG``, its markup kept as
    written), nor before a chat UI's code label ending the paragraph ("Python"), nor where ``line``
    ends in no mark of punctuation and no function word (``function_word``: "…Distribution of" /
    "Creative Commons…" goes on), or in a colon, and ``after`` opens with a capital or a digit: lines
    written one an item ("Python 3.10+" / "Ollama + Qwen2.5-Coder 3B", "Количество клиентов по
    возрастным группам:" / "18-25: 1" / "26-35: 1", a bold title over its text)."""
    label = last and LANGUAGE_NAME.fullmatch(after.strip())
    if HARD_BREAK.search(line) or OWN_LINE.match(after) or label:
        return False
    if not all(WORD.search(TAG.sub("", ANY_PLACE.sub("", piece))) for piece in (line, after)):
        return False
    if is_code_line(line) or is_code_line(after) or OPEN_TAG.search(line):
        return False
    opening, last_word = after.lstrip("*_[(«\"'`"), line.rsplit(None, 1)[-1]
    goes_on = CLAUSE_END.search(line.rstrip()) or function_word(last_word)  # "…the" / "Licensed Material"
    return bool(goes_on) or not opening[:1].isupper() and not opening[:1].isdigit()


def _prose_lines(text: str, lines: list[str], column: int = 0) -> set[int]:
    """The numbers of ``lines`` (``text``'s, read) in its top-level paragraphs that read as prose: a
    word on the line (``is_word``), in a paragraph with no program statement (``is_program_line``).
    Code pasted without its fences ("try:" / "    plain_text = bob.decrypt_from(…)", "with open(…)
    as f:" / "    f.write(blob)") keeps its indent, the code's own. Where ``text`` follows a fence in
    a list item (``column``, its content column), the paragraphs opening on its first lines indented
    that far go on the item: not the page's top level, though ``text`` read alone has them there."""
    item = 0
    while column and item < len(lines) and (not lines[item].strip() or _indent(lines[item]) >= column):
        item += 1
    return {
        number
        for token in _commonmark_blocks(text)
        if token.type == "paragraph_open" and token.level == 0 and token.map and token.map[0] >= item
        if not any(is_program_line(line.strip()) for line in lines[token.map[0] : token.map[1]])
        for number in range(*token.map)
        if any(is_word(word.strip(TOKEN_EDGE)) for word in lines[number].split())
    }


def _indent(line: str) -> int:
    """The columns of ``line``'s leading spaces, a tab to the next multiple of four."""
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip(" "))


def _characters(line: str) -> str:
    """``line`` with each escape (``MARKDOWN_ESCAPE``) and character reference read, the emphasis
    around an escaped emphasis mark rendered away (``ESCAPED_MARK_EMPHASIS``)."""
    line = ESCAPED_MARK_EMPHASIS.sub(lambda m: m["body"], line)
    return ESCAPE_OR_REFERENCE.sub(lambda m: m["char"] or html.unescape(m["reference"]), line)


def _one_empty_quote_line(text: str) -> str:
    """``text`` with each run of a block quote's empty lines at one depth (``QUOTE_MARKS``, places
    aside) one line: the first, the places of the others after its marks, in their order."""
    lines: list[str] = []
    depth = None  # the quote depth of the line before, where it was an empty quote line
    for line in text.split("\n"):
        marks = ANY_PLACE.sub("", line)
        empty = QUOTE_MARKS.fullmatch(marks) is not None
        if empty and marks.count(">") == depth:
            lines[-1] += "".join(ANY_PLACE.findall(line))
            continue
        depth = marks.count(">") if empty else None
        lines.append(line)
    return "\n".join(lines)


def _place(
    builder: TextBuilder,
    start: int,
    text: str,
    places: list[tuple[int, str, int]],
    figures: list[dict[str, str]],
    markup: Markup | None,
) -> None:
    """Each held place (``_without_marks``) in ``text``, appended at ``start``: a figure's span, a
    ``removed`` record of markup taken out. Whitespace alone changed since the places were taken:
    the other characters place them."""
    for seen, kind, index in places:
        at = start + _after_non_space(text, seen)
        if kind == "figure":
            builder.span(at, at, "figure", **figures[index])
        elif markup is not None:
            label, held = markup.held[index]
            markup.records.append(Span(at, at, label, attrs={"text": held}))


def _append_pre(builder: TextBuilder, source: str, markup: Markup | None) -> tuple[int, int]:
    """A ``<pre>`` block (``PRE_BLOCK``) kept as a fenced block is: its lines verbatim as a browser
    shows them (``code_text``: "match VALUE {", the tags out, each a ``removed`` record
    ``html_wrapper`` where it stood; references read), the line end HTML drops after ``<pre>`` and
    the blank lines at its edges aside; (start, end) of the code appended."""
    shown, places = _without_marks(code_text(source, _HtmlPlaces(None, markup)), figure_marks=False)
    code = shown.lstrip("\n").rstrip()
    start, end = builder.append(code)
    _place(builder, start, code, places, [], markup)
    return start, end


def _pre_apart(builder: TextBuilder) -> None:
    """A blank line before a ``<pre>`` block that opens right under a paragraph's line (CommonMark lets
    it interrupt the paragraph): with its tags gone and no fence to show it, its code read as the
    paragraph going on ("…с использованием pip\nfor Linux: curl …"). In a block quote its line's "> "
    stays as it is."""
    if builder.text.endswith("\n") and not builder.text.endswith("\n\n"):
        builder.append("\n")


def _pre_lang(source: str) -> str | None:
    """The language a ``<pre>`` block's class names (``PRE_LANG``), or None, as for a fence with no
    info string."""
    named = PRE_LANG.match(source)
    return (named["pre"] or named["code"]) if named else None


def _image_link(link: re.Match[str], markup: Markup | None) -> str:
    """A link left with no text but an image's places (``LINKED_PLACES``): the places, and the
    link's markup held for ``removed`` (``image``, beside the image's own record)."""
    return link["places"] + _held("image", f"[]({link['target']})", markup)


class _HtmlPlaces:
    """The places ``render_html`` holds for the HTML it takes out of the prose: each tag a
    ``removed`` record in ``markup``, an ``<img>`` a figure in ``figures`` as a Markdown image is
    (``_image_mark``; none where ``figures`` is None: a page holding the figure mark itself)."""

    def __init__(self, figures: list[dict[str, str]] | None, markup: Markup | None) -> None:
        self.figures = figures
        self.markup_held = markup

    def markup(self, label: str, text: str) -> str:
        return _held(label, text, self.markup_held)

    def image(self, attrs: dict[str, str], tag: str) -> str:
        if self.figures is None:
            return _held("image", tag, self.markup_held)
        self.figures.append(attrs)
        return f"{EMBED_MARK}{len(self.figures) - 1}{EMBED_MARK}{_held('image', tag, self.markup_held)}"

    def places(self, text: str) -> tuple[str, str]:
        return HELD_MARK.sub("", text), "".join(m.group(0) for m in HELD_MARK.finditer(text))


def _without_marks(text: str, figure_marks: bool) -> tuple[str, list[tuple[int, str, int]]]:
    """``text`` without its held places, and each place as (characters other than whitespace before
    it, "figure" or "markup", index); figure marks are text where ``figure_marks`` is False (a page
    that holds the mark character itself)."""
    pieces, places, cursor, seen = [], [], 0, 0
    for mark in HELD_MARK.finditer(text):
        if mark["figure"] is not None and not figure_marks:
            continue
        piece = text[cursor : mark.start()]
        pieces.append(piece)
        seen += len(piece) - len(WHITESPACE.findall(piece))
        kind = "figure" if mark["figure"] is not None else "markup"
        places.append((seen, kind, int(mark["figure"] or mark["markup"])))
        cursor = mark.end()
    pieces.append(text[cursor:])
    return "".join(pieces), places


def _after_non_space(text: str, count: int) -> int:
    """The offset right after the ``count``-th character of ``text`` that is not whitespace (0 for none)."""
    if count == 0:
        return 0
    return next(m.end() for i, m in enumerate(NON_SPACE.finditer(text), 1) if i == count)
