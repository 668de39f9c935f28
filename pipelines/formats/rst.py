"""reStructuredText (``.rst``, ``.rest``): a PyPI README or a Sphinx page read as its text.

docutils, the reference reST parser, builds the document tree; this reader walks it into text with
spans, as the Markdown reader reads a page: section titles are ``heading`` spans (``level``: 1 for
the document's title, whose text also goes to ``fields.title``), literal blocks and ``code-block``
directives are ``code`` spans kept verbatim (``lang``), list items read "• item" or "1. item" one a
line (``list_item``: ``depth``), a table's rows read one a line, cells parted by " | " (``table``:
``rows``), a link reads as its text (``link``: ``target``). A bibliographic field list under the
title (``:Author:``, ``:Version:``) goes to ``fields``, link targets to
``fields.link_definitions``. What a rendered page never shows as text goes to ``removed``: images
and badges (``image``, with a zero-width ``figure`` span where they stood), ``raw`` HTML,
comments (``comment``) and directives docutils does not know (``directive``: its ``name``; Sphinx's
``.. automodule::``, ``.. toctree::``), whose markup the parser leaves in an error message. An
admonition's body (``.. note::``) is text; a role docutils does not know (Sphinx's ``:ref:``,
``:func:``) reads as what Sphinx shows. The parse is safe and quiet: no file or URL is read
(``include``, ``raw``'s ``:file:``/``:url:``), no configuration file, and broken markup stays text
instead of raising or printing.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from typing import Any

from docutils import nodes
from docutils.core import publish_doctree

from sloika.pipelines.formats.base import Parsed, TextBuilder, decode_text, lf_line_ends
from sloika.pipelines.formats.plain import marked_up_text
from sloika.text.spans import Span

SETTINGS = {
    "file_insertion_enabled": False,  # no ``include``, no ``:file:`` or ``:url:`` contents
    "raw_enabled": False,  # ``raw`` blocks are left as markup, recorded in ``removed``
    "report_level": 5,  # never print a message
    "halt_level": 5,  # never raise on broken markup
    "_disable_config": True,  # no docutils.conf from the working folder
    "syntax_highlight": "none",  # a code block's text as written, not split into tokens
    "input_encoding": "unicode",
    "warning_stream": False,
}
# a directive's content read on its own: no title or field list to lift out of it
BODY_SETTINGS = SETTINGS | {"doctitle_xform": False, "docinfo_xform": False}
# Sphinx directives whose content names documents or objects (``.. toctree::``), not prose
NAME_LISTS = ("toctree", "autosummary", "index")
# a role docutils does not know, left as its source: ":ref:`Title <label>`", ":func:`~mod.name`"
ROLE = re.compile(r":[\w.:+-]+:`(?P<body>[^`]*)`", re.S)
EXPLICIT_TARGET = re.compile(r"^(?P<title>.*?)\s*<[^<>]+>$", re.S)  # "Title <label>": Sphinx shows Title
DIRECTIVE_NAME = re.compile(r"\A\.\.\s+(?:\|[^|]+\|\s+)?(?P<name>[\w:.+-]+)::")


@dataclass
class _Page:
    """The text being built, its ``removed`` records, the list nesting and the title levels."""

    builder: TextBuilder = field(default_factory=TextBuilder)
    removed: list[Span] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)
    depth: int = 0  # list nesting
    top_level: int = 1  # a top section's heading level: 2 under the document's title
    mark_end: int = -1  # where the last list item's mark ends


def parse_rst(data: bytes, foreign: str = "trim", targets: tuple[str, ...] = ()) -> Parsed:
    """One file as text (module docstring), its untranslated paragraphs cut as a text file's are."""
    text, encoding = decode_text(data, "reStructuredText")
    tree = publish_doctree(lf_line_ends(text), settings_overrides=SETTINGS)
    page = _Page()
    _document(page, tree)
    parsed = marked_up_text(page.builder, page.removed, encoding, foreign, targets)
    parsed.fields.update({key: value for key, value in page.fields.items() if key not in parsed.fields})
    if page.links:
        parsed.fields["link_definitions"] = page.links
    return parsed


def _document(page: _Page, tree: nodes.document) -> None:
    """The title and subtitle docutils lifted out of the first sections as headings 1 and 2, then
    the body; sections below them are a level lower."""
    for child in tree.children:
        if isinstance(child, nodes.title):
            page.fields["title"] = child.astext()
            _heading(page, child, 1)
            page.top_level = 2
        elif isinstance(child, nodes.subtitle):
            page.fields["subtitle"] = child.astext()
            _heading(page, child, 2)
            page.top_level = 3
        else:
            _block(page, child, 0)


def _block(page: _Page, node: nodes.Node, level: int) -> None:
    """One body element (``level``: the sections around it)."""
    builder = page.builder
    if isinstance(node, nodes.section):
        for child in node.children:
            if isinstance(child, nodes.title):
                _heading(page, child, page.top_level + level)
            else:
                _block(page, child, level + 1)
    elif isinstance(node, nodes.docinfo):
        _docinfo(page, node)
    elif isinstance(node, nodes.literal_block | nodes.doctest_block):
        _code(page, node)
    elif isinstance(node, nodes.bullet_list | nodes.enumerated_list):
        _list(page, node, level)
    elif isinstance(node, nodes.table):
        _table(page, node)
    elif isinstance(node, nodes.image):
        _start_block(page)
        _image(page, node)
    elif isinstance(node, nodes.comment):
        _record(page, "comment", node.astext())
    elif isinstance(node, nodes.target):
        if node.get("refuri") and node.get("names"):
            page.links.setdefault(node["names"][0], node["refuri"])
    elif isinstance(node, nodes.system_message):
        _unread_markup(page, node, level)
    elif isinstance(node, nodes.topic) and "contents" in node["classes"]:
        _record(page, "contents", node.astext())
    elif isinstance(node, nodes.raw):
        _record(page, "raw", node.astext())
    elif isinstance(node, nodes.substitution_definition | nodes.transition | nodes.Invisible):
        return  # a substitution is read where it is used; a target or a pending transform is no text
    elif isinstance(node, nodes.footnote | nodes.citation):
        _start_block(page)
        builder.append(f"[{node.children[0].astext()}] ")
        _inline(page, node.children[1:])
    elif isinstance(node, nodes.TextElement):
        _start_block(page)
        _inline(page, node.children)
    else:  # a container of blocks: an admonition, a block quote, a definition list, a figure
        for child in node.children:
            _block(page, child, level)


def _start_block(page: _Page) -> None:
    """A blank line before a block, or a line break inside a list item (items read one a line)."""
    builder = page.builder
    if not builder.length:
        return
    if page.depth:
        if builder.tail(1) != "\n" and not _at_item_mark(page):
            builder.append("\n")
    else:
        builder.separate("\n\n")


def _at_item_mark(page: _Page) -> bool:
    """Right after a list item's mark ("• "), where its first paragraph goes on the same line."""
    return page.builder.length == page.mark_end


def _heading(page: _Page, title: nodes.Element, level: int) -> None:
    """A title as a ``heading`` span over its text."""
    _start_block(page)
    start = page.builder.length
    _inline(page, title.children)
    page.builder.span(start, page.builder.length, "heading", level=level)


def _inline(page: _Page, children: list[nodes.Node]) -> None:
    """Inline content as shown: emphasis and literal marks go, a link reads as its text (a
    ``link`` span), an image is a ``figure`` span, a role docutils does not know reads as its
    content."""
    builder = page.builder
    for child in children:
        if isinstance(child, nodes.Text):
            builder.append(str(child))
        elif isinstance(child, nodes.image):
            _image(page, child)
        elif isinstance(child, nodes.problematic):
            builder.append(ROLE.sub(_role_text, child.astext()))
        elif isinstance(child, nodes.reference) and child.get("refuri") and child.astext():
            start = builder.length
            _inline(page, child.children)
            builder.span(start, builder.length, "link", target=child["refuri"])
        elif isinstance(child, nodes.Element) and not isinstance(child, nodes.Invisible):
            _inline(page, child.children)


def _role_text(role: re.Match[str]) -> str:
    """What Sphinx shows for a role: the title of "Title <label>", the last name of "~mod.name"."""
    body = role["body"]
    explicit = EXPLICIT_TARGET.match(body)
    if explicit and explicit["title"]:
        return explicit["title"]
    return body.removeprefix("~").rsplit(".", 1)[-1] if body.startswith("~") else body


def _code(page: _Page, node: nodes.Element) -> None:
    """A literal block, verbatim, as a ``code`` span (``lang``: a ``code-block``'s language)."""
    _start_block(page)
    classes = node.get("classes", [])
    lang = classes[classes.index("code") + 1] if "code" in classes[:-1] else None
    start, end = page.builder.append(node.astext())
    page.builder.span(start, end, "code", lang=lang)


def _list(page: _Page, node: nodes.Element, level: int) -> None:
    """Items one a line, "• " or their number, nested ones indented two spaces a level, each a
    ``list_item`` span; an item's first paragraph on its mark's line."""
    builder = page.builder
    _start_block(page)
    first = node.get("start", 1)
    numbered = isinstance(node, nodes.enumerated_list)
    page.depth += 1
    indent = "  " * (page.depth - 1)
    for index, item in enumerate(node.children):
        if index:
            builder.append("\n")
        start = builder.length
        mark = f"{first + index}{node.get('suffix', '.')} " if numbered else "• "
        page.mark_end = builder.append(indent + mark)[1]
        for child in item.children:
            _block(page, child, level)
        builder.span(start + len(indent), builder.length, "list_item", depth=page.depth)
    page.depth -= 1


def _table(page: _Page, node: nodes.Element) -> None:
    """Rows one a line, cells parted by " | ", under a ``table`` span whose ``rows`` hold the cells."""
    _start_block(page)
    rows = [[" ".join(entry.astext().split()) for entry in row.children] for row in node.findall(nodes.row)]
    start, end = page.builder.append("\n".join(" | ".join(cells) for cells in rows))
    page.builder.span(start, end, "table", rows=rows)


def _image(page: _Page, node: nodes.image) -> None:
    """An image (a badge too): a zero-width ``figure`` span where it stood (``alt``, ``src``, the
    link's ``href``) and its markup in ``removed``."""
    at = page.builder.length
    parent = node.parent
    href = parent.get("refuri") if isinstance(parent, nodes.reference) else None
    page.builder.span(at, at, "figure", alt=node.get("alt"), src=node.get("uri"), href=href)
    _record(page, "image", node.rawsource.strip() or node.get("uri", ""))


def _record(page: _Page, label: str, text: str, **attrs: str) -> None:
    """Markup a page never shows, as a ``removed`` record where it stood."""
    at = page.builder.length
    page.removed.append(Span(at, at, label, attrs={**attrs, "text": text.strip()}))


def _unread_markup(page: _Page, message: nodes.system_message, level: int) -> None:
    """A directive docutils did not run (unknown, broken, or ``raw`` and ``include``, which are
    disabled): its markup, which the parser leaves in the message, in ``removed`` (``raw``, or
    ``directive`` with its name). The parser's own words, and the lines it quotes from markup read
    anyway (a title whose underline is short), are no text of the page. An unknown directive's
    content (Sphinx's ``.. function::`` description, ``.. deprecated::`` note) is the page's prose
    and is read as reST where the directive stood; only its head (name, arguments, options) goes."""
    unknown = message.children[0].astext().startswith("Unknown directive type")
    for block in message.findall(nodes.literal_block):
        source = block.astext()
        name = DIRECTIVE_NAME.match(source)
        if name and name["name"] == "raw":
            _record(page, "raw", source)
        elif name:
            head, _, body = source.partition("\n\n") if unknown else (source, "", "")
            if name["name"].rsplit(":", 1)[-1] in NAME_LISTS:
                head, body = source, ""
            _record(page, "directive", head, name=name["name"])
            if body.strip():
                for child in publish_doctree(textwrap.dedent(body), settings_overrides=BODY_SETTINGS):
                    _block(page, child, level)


def _docinfo(page: _Page, node: nodes.Element) -> None:
    """The bibliographic fields under the title into ``fields`` (``:Version: 1.0`` → ``version``;
    a field docutils does not know by its own name)."""
    for child in node.children:
        if isinstance(child, nodes.field):
            name, body = child.children[0].astext(), child.children[1].astext()
        else:
            name, body = child.tagname, child.astext()
        page.fields.setdefault(name, " ".join(body.split()))
