"""An HTML page's source before it is a tree: its encoding, template tags, comments, ``<head>``.

The charset a page declares (or the one its bytes show), template code (``{% … %}``, ``{{ … }}``)
held out of the text, comments stripped, body content a broken page left in ``<head>`` moved back,
a heading opened inside an unclosed one set after it, stray ``<li>``s given a list. Kept apart
because these are about reading the file, not its text.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.base import bom_encoding, decode_unmarked
from sloika.pipelines.formats.web_blocks import HEADING_TAGS, INLINE_CODE_TAGS, LIST_TAGS
from sloika.pipelines.formats.web_removed import _taken_elements

# A page's bytes were read as UTF-8 whatever the page said, so a page in windows-1251 (Amaya's Russian
# manual: ``<?xml … encoding="windows-1251"?>`` and ``<meta … charset=windows-1251>``) came out as
# one "\ufffd" a letter, every Russian word of it lost. UTF-8 that decodes cleanly is UTF-8 (a page
# re-saved in UTF-8 may keep its old declaration: a mirror of poem4you.ru says windows-1251 over
# UTF-8 bytes); else the page's declared charset, else a clean cp1251 or KOI8-R text
# (``legacy_cyrillic``), else UTF-8 with the bad bytes replaced, as before. The tries but the
# declared charset and the replacement are the text readers' (``base.decode_unmarked``).
DECLARED_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
DECLARATION_BYTES = 4096  # where a page declares its charset: the XML declaration and <head>'s <meta>


def _decoded(data: bytes) -> str:
    """The page's text: a byte-order mark's encoding, else the text readers' order
    (``decode_unmarked``: UTF-8, a clean legacy Cyrillic code page) with the charset the page
    declares tried between the two, else UTF-8 with replacements. Unlike a text file
    (``decode_text``), a page says its charset, and it is read as a browser shows it: its bad
    bytes replaced, never refused."""
    bom = bom_encoding(data)
    if bom:
        return data.decode(bom, errors="replace")
    try:
        return decode_unmarked(data, _declared_charset(data))[0]
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


def _declared_charset(data: bytes) -> str | None:
    """The charset the page declares in its XML declaration or ``<meta>`` (``DECLARED_CHARSET``), or
    None."""
    declared = DECLARED_CHARSET.search(data[:DECLARATION_BYTES])
    return declared.group(1).decode("ascii") if declared else None


# A template's source page (Jekyll's, with Liquid) holds the template's code among its words: tags
# (``{% for feature in site.features %}``, ``{% endfor %}``) and output (``{{ site.version }}``) that
# the site's build replaces. They are no prose: outside code (where a page shows them as written) each
# goes to ``removed`` as ``template_tag``, as the Markdown reader's do.
TEMPLATE_CODE = re.compile(r"(\{%-?[^\n]*?-?%\}|\{\{[^\n]*?\}\})")
TEMPLATE_HOLDER = "data-sloika-template"
CODE_FRAMES = ("pre", *INLINE_CODE_TAGS)


def _template_tags_out(tree) -> list[tuple[str, str, str]]:
    """The template tags in the page's text outside code out; each one's (``template_tag``, text,
    key of its place: ``_take_out``)."""
    for element in list(tree.iter()):
        if isinstance(element.tag, str) and element.tag not in ("script", "style"):
            _templates_held(element)
    return _taken_elements(tree, f"//span[@{TEMPLATE_HOLDER}]", "template_tag")


def _templates_held(element) -> None:
    """Each template tag in ``element``'s own text and in its tail, outside code, moved into a
    ``<span>`` of its own (``TEMPLATE_HOLDER``) in its place."""
    parent = element.getparent()
    if element.text and TEMPLATE_CODE.search(element.text) and not _in_code(element):
        element.text, held = _held_templates(element.text)
        for index, span in enumerate(held):
            element.insert(index, span)
    if element.tail and TEMPLATE_CODE.search(element.tail) and parent is not None and not _in_code(parent):
        element.tail, held = _held_templates(element.tail)
        for span in reversed(held):
            element.addnext(span)


def _in_code(element) -> bool:
    """Whether ``element`` is code or stands in code (``CODE_FRAMES``)."""
    return element.tag in CODE_FRAMES or any(a.tag in CODE_FRAMES for a in element.iterancestors())


def _held_templates(text: str) -> tuple[str, list]:
    """``text`` up to its first template tag, and a ``<span>`` per tag holding it, the text after
    it as its tail."""
    import lxml.html

    head, *rest = TEMPLATE_CODE.split(text)
    held = []
    for tag, after in zip(rest[::2], rest[1::2], strict=True):
        span = lxml.html.Element("span", {TEMPLATE_HOLDER: ""})
        span.text, span.tail = tag, after
        held.append(span)
    return head, held


# A comment or a processing instruction is a node among the elements of lxml's tree, but no element:
# a walker that asks it for its text (``text_content``) fails, and one that skips it skips its tail,
# the page's text after it. A hand-written page with "<!-- … -->" after a ``<br>`` was rejected whole
# as ``unreadable_file``. They say nothing to the reader, so they go before anything walks the tree,
# their tails kept in place.
def _strip_comments(tree) -> None:
    """Comments and processing instructions taken out of ``tree``, the text after each kept."""
    import lxml.etree

    lxml.etree.strip_elements(tree, lxml.etree.Comment, lxml.etree.ProcessingInstruction, with_tail=False)


# A page may set body elements inside its ``<head>`` (a hand-written page's ``<header>`` of a logo
# heading and a link, written before ``</head>``). lxml leaves them there, where nothing reads the
# page's text, so their words were in neither the text nor ``removed``. A browser closes the head at
# the first element that has no place in it and shows it at the body's start; so does the reader.
HEAD_TAGS = {"title", "meta", "link", "style", "script", "base", "noscript", "template"}


def _head_content_into_body(tree) -> None:
    """The elements of ``tree``'s ``<head>`` that have no place there moved, in order, to the start
    of its ``<body>``."""
    head, body = tree.find("head"), tree.find("body")
    if head is None or body is None:
        return
    stray = [element for element in head if element.tag not in HEAD_TAGS]
    for index, element in enumerate(stray):
        body.insert(index, element)
    if stray:
        stray[-1].tail = (stray[-1].tail or "") + " " + (body.text or "")
        body.text = None


# Characters XML has no place for: C0 controls but tab and line ends, and the two non-characters.
# lxml parses a page holding one, then refuses to set any text that carries it ("All strings must be
# XML compatible"), so a page with a stray \x01 in a repeated paragraph was rejected whole as
# ``unreadable_file``. A browser shows none of them; a form feed (an old page break) is a line end.
# An author who cut a tag's attributes by hand left their closing quote and bracket in the text: a
# school page's "<p>\">История и авторы</p>" read «">История и авторы». A start tag of a block
# followed straight away by a quote or a slash and a ``>`` (``">``, ``'>``, ``/>``, ``"/>``) has such
# a remnant at its block's start: a bracket written as text in a page is ``&gt;``, and one after a
# quote at a paragraph's start is no sentence's; the remnant goes, the block's text stays. Only the
# source's raw bracket counts: ``&quot;&gt;`` is text the author meant.
TAG_REMNANT = re.compile(
    r"(<(?:p|div|li|dt|dd|td|th|h[1-6]|blockquote|section|article)(?:\s[^<>]*)?>)\s*(?:[\"']/?|/)>",
    re.IGNORECASE,
)


def _tag_remnants_out(html: str) -> str:
    """``html`` without the remnants of broken tags (``TAG_REMNANT``) at its blocks' starts."""
    return TAG_REMNANT.sub(r"\1", html)


XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# A hand-written page may set ``<li>``s with no ``<ul>`` around them (docline's project page: the
# two results under "Что сделано"); trafilatura takes list items only inside a list, so both its
# extractions left them out and the section's whole body went to ``removed`` as ``boilerplate``.
def _orphan_items_in_lists(tree) -> None:
    """Each run of sibling ``<li>``s outside any list wrapped in a ``<ul>`` of its own."""
    import lxml.html

    made: list = []
    for item in list(tree.iter("li")):
        parent = item.getparent()
        if parent is None or parent.tag in LIST_TAGS:
            continue
        previous = item.getprevious()
        if not (previous is not None and previous in made and not (previous.tail or "").strip()):
            made.append(lxml.html.Element("ul"))
            item.addprevious(made[-1])
            previous = made[-1]
        tail, item.tail = item.tail, None
        previous.append(item)
        previous.tail = tail  # the text after the item stays after the list


# A heading opened while another is open closes that one as a browser reads the page (HTML's parsing
# rules: a heading's start tag pops an open heading), but lxml's parser nests it inside: a hand-written
# page closed its titles with the wrong tag ("<h1><b>Водные затраты на производство пищи</b></h2>")
# and every paragraph after one, itself an ``<h1>``, was read into that title, "Водные затраты на
# производство пищи 1 кг пшеницы = 1300 л воды, …" one heading. Such a heading, and what follows it in
# the outer one, is moved out after the outer heading, as the browser shows them.
def _headings_out_of_headings(tree) -> None:
    """Each heading that stands right inside another moved out after it, with the nodes after it there."""
    for heading in list(tree.iter(*HEADING_TAGS)):
        outer = heading.getparent()
        if outer is None or outer.tag not in HEADING_TAGS:
            continue
        moved = [heading, *heading.itersiblings()]
        tail, outer.tail = outer.tail, None  # what follows the outer heading follows what left it
        for element in reversed(moved):
            outer.addnext(element)  # its tail moves with it
        moved[-1].tail = (moved[-1].tail or "") + (tail or "")
