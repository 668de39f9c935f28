"""What documentation generators (DocBook, Doxygen) write as markup, read as code and headings.

DocBook's function synopses, Doxygen's member tables, prototypes and page title are tables and
``<div>``s in the HTML; as such trafilatura splits a declaration into cells or drops it. They are
rewritten as ``<pre>`` code and a heading before it reads the page: rules of one generator each, kept
out of the generic page rules.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.web_blocks import HEADING_TAGS, _prose, _with_class
from sloika.pipelines.formats.web_tables import _replace_with, _row_cells

# DocBook's function synopsis: the prototype set as a layout table (the return type and name in one
# cell, each parameter in a cell of its own row) over its parameters' types, one per line. Read as a
# table it was "boolean setFrame( | tagMask," / "name," / "value);", and trafilatura left out the type
# lines a manual repeats ("int32 tagMask;") as boilerplate. It is code: one <pre>, the prototype on
# one line ("boolean setFrame(tagMask, name, value);"), then the type lines.
FUNCTION_SYNOPSES = _with_class("funcsynopsis", "div")


def _function_synopses_as_code(tree) -> None:
    """Each DocBook function synopsis replaced by a ``<pre>`` of its prototype and parameter types."""
    import lxml.html

    for synopsis in tree.xpath(FUNCTION_SYNOPSES):
        if synopsis.getparent() is None:
            continue
        lines = []
        for table in synopsis.iter("table"):
            cells = " ".join(cell.text_content() for cell in table.iter("td", "th"))
            lines.append(re.sub(r"\s+", " ", cells).replace("( ", "(").strip())
        for part in synopsis.xpath(".//*[contains(concat(' ', @class, ' '), ' paramdef-list ')]"):
            for br in part.iter("br"):
                br.tail = "\n" + (br.tail or "")
            lines.extend(re.sub(r"[^\S\n]+", " ", line).strip() for line in part.text_content().split("\n"))
        lines = [line for line in lines if line]
        if not lines:
            continue
        code = lxml.html.Element("pre")
        code.text = "\n".join(lines)
        code.tail = synopsis.tail
        synopsis.getparent().replace(synopsis, code)


# Doxygen's class and file pages lay C/C++ declarations out as tables: the member list
# (``table.memberdecls``: a row per member, its type in ``td.memItemLeft``, its name and parameters in
# ``td.memItemRight``) and each member's prototype (``div.memproto``: a cell per token, a row per
# parameter). Read as rows they gave "int | GetStartMoment () const" and "CInterval::CInterval | ( |
# int | firstMoment = 0," and the purity trim cut some of the lines as English. They are code: each
# member list's declarations one a line in a ``<pre>`` (its group headings and brief descriptions
# kept as such), each prototype one line, its labels ("inline", "static") after it in brackets.
MEMBER_LISTS = _with_class("memberdecls", "table")
MEMBER_CELLS = ("memItemLeft", "memItemRight", "memTemplParams", "memTemplItemLeft", "memTemplItemRight")
# A prototype: Doxygen's ``div.memproto``, or where a site copied the page without it, the
# ``table.mlabels`` around a ``table.memname`` or that table alone.
PROTOTYPES = " | ".join(
    [
        _with_class("memproto", "div"),
        _with_class("mlabels", "table") + "[not(ancestor::div[contains(@class, 'memproto')])]",
        _with_class("memname", "table")
        + "[not(ancestor::div[contains(@class, 'memproto')])]"
        + "[not(ancestor::table[contains(@class, 'mlabels')])]",
    ]
)
PROTOTYPE_LABELS = ".//*[contains(concat(' ', normalize-space(@class), ' '), ' mlabel ')]"
# The page's title (``div.title`` in ``div.headertitle``, "Класс CInterval") is its ``<h1>``: trafilatura
# took the ``div.header`` around it for boilerplate.
PAGE_TITLES = (
    _with_class("headertitle", "div") + "/div[contains(concat(' ', normalize-space(@class), ' '), ' title ')]"
)


def _declaration(text: str) -> str:
    """A declaration's cells joined as C writes it: one space between tokens, none inside brackets."""
    return re.sub(r"\s+([,)])", r"\1", re.sub(r"\(\s+", "(", _prose(text)))


def _member_lists_as_code(tree) -> None:
    """Each Doxygen member list (``MEMBER_LISTS``) replaced by its group headings, its declarations
    (a ``<pre>`` of one a line, a run of rows one ``<pre>``) and its other rows' text as ``<p>``s
    (brief descriptions, "Открытые члены унаследованные от …")."""
    import lxml.html

    for table in tree.xpath(MEMBER_LISTS):
        if table.getparent() is None:
            continue
        parts: list = []
        for row in table.iter("tr"):
            cells = _row_cells(row)
            kinds = {word for cell in cells for word in (cell.get("class") or "").split()}
            headings = list(row.iter(*HEADING_TAGS))
            if headings:
                parts.extend(headings)
            elif kinds & set(MEMBER_CELLS):
                line = _declaration(" ".join(cell.text_content() for cell in cells))
                if line and (not parts or parts[-1].tag != "pre"):
                    parts.append(lxml.html.Element("pre"))
                if line:
                    parts[-1].text = (parts[-1].text + "\n" if parts[-1].text else "") + line
            elif _prose(row.text_content()):
                paragraph = lxml.html.Element("p")
                paragraph.text = _prose(row.text_content())
                parts.append(paragraph)
        _replace_with(table, parts)


def _prototypes_as_code(tree) -> None:
    """Each Doxygen prototype (``PROTOTYPES``) replaced by a ``<pre>`` of one line, its labels after."""
    import lxml.html

    for prototype in tree.xpath(PROTOTYPES):
        labels = [_prose(label.text_content()) for label in prototype.xpath(PROTOTYPE_LABELS)]
        for label in prototype.xpath(PROTOTYPE_LABELS):
            label.drop_tree()
        cells = [cell.text_content() for cell in prototype.iter("td", "th") if cell.find(".//td") is None]
        line = _declaration(" ".join(cells) if cells else prototype.text_content())
        code = lxml.html.Element("pre")
        code.text = line + "".join(f" [{label}]" for label in labels if label)
        _replace_with(prototype, [code] if line else [])


def _doxygen_title_as_heading(tree) -> None:
    """Doxygen's page title (``PAGE_TITLES``) an ``<h1>``."""
    for title in tree.xpath(PAGE_TITLES):
        title.tag = "h1"
