"""Raw HTML inside Markdown rendered as a page shows it, in the Markdown reader's own terms.

READMEs open with HTML a Markdown renderer passes through (``<h1 align="center">Name</h1>``, a
``<p align="center">`` of logos and badges, a row of ``<a>`` links parted by "•", ``<br>``,
``<details><summary>``): kept as written, the corpus held the tags as text. Here the tags are read
by Python's HTML tokenizer (``html.parser``), never by a pattern, and rendered as Markdown the
reader already handles: a heading ``<hN>`` becomes an ATX heading line (``#`` × N, one line: the
reader's ``heading`` span), a block element (``<p>``, ``<div>``, ``<td>`` …) a paragraph of its own,
``<br>`` a line break (a space in a heading or a table row), an ``<a>`` its text, an ``<img>`` a
figure out of the text's flow, as a Markdown image is, a player or a frame (``<video>``,
``<audio>``, ``<iframe>`` and their ``<source>``s) only the fallback text it holds; a block that
is only links and separators is a site's menu (``navigation``). Every tag taken out is handed to
the caller's ``Holder``, which keeps its place for a ``removed`` record. Only the HTML elements
below, written in lower case, are markup:
a capitalised tag is MDX's component or a type's parameter (``<Buffer>``), an unknown one a
placeholder (``<name>``), and both stay text as written, as do autolinks (``<https://…>``).
Text directly inside an element is HTML's: its character references are read and each line's
indentation goes; Markdown's text outside every element stays as written.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Protocol

from sloika.pipelines.formats.list_markers import BULLET, Numbering, shown_marker
from sloika.text.script_forms import SUBSCRIPT, SUPERSCRIPT

HEADINGS = {f"h{level}": level for level in range(1, 7)}
# a player or an embedded frame shows no text of its own: its tags are markup, a fallback sentence
# inside it ("Ваш браузер не поддерживает видео.") a paragraph of its own
MEDIA = frozenset({"audio", "iframe", "object", "video"})
BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "div"),
        *("dl", "dt", "figcaption", "figure", "footer", "header", "li", "main", "nav", "ol", "p"),
        *("pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"),
        *HEADINGS,
        *MEDIA,
    }
)
INLINE = frozenset(
    {
        *("a", "abbr", "b", "big", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd"),
        *("mark", "picture", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup"),
        *("tt", "u", "var"),
    }
)
VOID = frozenset({"br", "embed", "hr", "img", "param", "source", "track", "wbr"})
ELEMENTS = BLOCKS | INLINE | VOID
# an element HTML closes when the next one opens: a <p> before any block, an item before the next
CLOSED_BY = {
    "p": BLOCKS,
    "li": frozenset({"li"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
    "td": frozenset({"td", "th", "tr"}),
    "th": frozenset({"td", "th", "tr"}),
    "tr": frozenset({"tr"}),
}
NAVIGATION_MIN_LINKS = 2
LISTS = frozenset({"ul", "ol"})
LINKS = frozenset({"a"})
SCRIPT_FORMS = {"sup": str.maketrans(SUPERSCRIPT), "sub": str.maketrans(SUBSCRIPT)}
SCRIPTS = frozenset(SCRIPT_FORMS)
# a place the caller holds in the text (a private-use character around an index): no words of it
PLACE = re.compile("[\ue000-\uf8ff]\\d+[\ue000-\uf8ff]")
LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")
BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
SPACE_RUN = re.compile(r"\s+")
ALONE = re.compile(f"(?:[ \\t]|{PLACE.pattern})*(?:\\n|\\Z)")  # nothing after a tag on its line
LEAD = re.compile(f"(?:\\s|{PLACE.pattern})*")  # a chunk's lead before its first text or tag
EDGE = re.compile(f"(?:[ \t]|{PLACE.pattern})*")  # a line's edge: spaces and places
EDGE_END = re.compile(f"{EDGE.pattern}\\Z")


class Holder(Protocol):
    """What the caller keeps of the markup taken out: each tag's place, an image's figure."""

    def markup(self, label: str, text: str) -> str:
        """The place of ``text`` (markup taken out) for a ``removed`` record ``label``."""

    def image(self, attrs: dict[str, str], tag: str) -> str:
        """The place of an image (``alt``, ``src``, ``title``, ``href``) and of its tag."""

    def places(self, text: str) -> tuple[str, str]:
        """``text`` without its held places, and those places alone, in order."""


@dataclass
class _Element:
    """An open element: its tag and attributes, the href of a link, the text a link showed so far;
    a block's (or a sub/superscript's) rendered content, how many links with words it holds,
    whether it has words outside them and marks between them ("•", "|"), whether it stands inside
    a Markdown line (``inline``: no paragraph of its own) and, for an ``<ol>``, its count."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    href: str | None = None
    shown: str = ""
    parts: list[str] = field(default_factory=list)
    links: int = 0
    loose: bool = False
    parted: bool = False
    inline: bool = False
    numbering: Numbering | None = None


class _Tokens(HTMLParser):
    """The source's tokens as (kind, tag, attrs, start offset): what each is, where it starts."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.lines = [0, *(m.end() for m in re.finditer("\n", text))]
        self.tokens: list[tuple[str, str, dict[str, str]]] = []
        self.starts: list[int] = []

    def _add(self, kind: str, tag: str = "", attrs: list | None = None) -> None:
        line, column = self.getpos()
        self.tokens.append((kind, tag, {k: v or "" for k, v in attrs or []}))
        self.starts.append(self.lines[line - 1] + column)

    def handle_starttag(self, tag, attrs):
        self._add("start", tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._add("start", tag, attrs)

    def handle_endtag(self, tag):
        self._add("end", tag)

    def handle_data(self, data):
        self._add("data")

    # a reference, a comment, a declaration: text of the source, placed as data is
    handle_entityref = handle_charref = handle_comment = handle_decl = handle_pi = unknown_decl = handle_data


def render_html(text: str, holder: Holder) -> str:
    """``text`` (Markdown without its code spans) with its HTML rendered (see the module's note)."""
    if "<" not in text:
        return text
    read = _read(text)
    openers = {start: (tag, start + len(raw)) for kind, tag, _, raw, start in read if kind == "start"}
    renderer = _Renderer(text, holder, openers, _leading(read), _item_counts(read))
    for kind, tag, attrs, raw, start in read:
        if kind == "start":
            renderer.open(tag, attrs, raw, start)
        elif kind == "end":
            renderer.close(tag, raw)
        else:
            renderer.data(raw, start)
    return renderer.result()


def code_text(text: str, holder: Holder) -> str:
    """What HTML code shows (a ``<pre>`` block, a ``<code>`` holding ``<em>``): each element's tag
    taken out, its place held for a ``removed`` record ``html_wrapper``; references read; every
    space and line end as written, as a browser shows preformatted text and a fenced block keeps it."""
    return "".join(
        html.unescape(raw) if kind == "data" else holder.markup("html_wrapper", raw)
        for kind, _, _, raw, _ in _read(text)
    )


def _read(text: str) -> list[tuple[str, str, dict[str, str], str, int]]:
    """``text``'s tokens as (kind, tag, attrs, source slice, start): "start" and "end" for the tags
    of the HTML elements written in lower case (``ELEMENTS``), "data" for the rest."""
    tokens = _Tokens(text)
    tokens.feed(text)
    tokens.close()
    ends = [*tokens.starts[1:], len(text)] if tokens.starts else []  # no token in an empty text
    read = []
    for (kind, tag, attrs), start, end in zip(tokens.tokens, tokens.starts, ends, strict=True):
        raw = text[start:end]
        element = tag in ELEMENTS and raw[len("<" if kind == "start" else "</") :].startswith(tag)
        read.append((kind if element else "data", tag, attrs, raw, start))
    return read


def _item_counts(read: list[tuple[str, str, dict[str, str], str, int]]) -> dict[int, int]:
    """How many items each list holds, by where its opening tag starts (a ``reversed`` list counts
    down from it); an item of a nested list is that list's."""
    counts: dict[int, int] = {}
    open_lists: list[tuple[str, int]] = []
    for kind, tag, _, _, start in read:
        if kind == "start" and tag in LISTS:
            open_lists.append((tag, start))
            counts[start] = 0
        elif kind == "start" and tag == "li" and open_lists:
            counts[open_lists[-1][1]] += 1
        elif kind == "end" and tag in LISTS and any(opened == tag for opened, _ in open_lists):
            while open_lists.pop()[0] != tag:
                pass
    return counts


def _leading(read: list[tuple[str, str, dict[str, str], str, int]]) -> set[int]:
    """Where each element tag stands that no text precedes on its line (other tags may): a block
    opened after text ("> <p>…" in a block quote, "- <p>…") is part of that line."""
    leading, line_text = set(), False
    for kind, _, _, raw, start in read:
        if kind != "data":
            if not line_text:
                leading.add(start)
            continue
        *before, last = raw.split("\n")
        line_text = (line_text and not before) or bool(PLACE.sub("", last).strip())
    return leading


class _Renderer:
    """The rendered text, built token by token over a stack of open elements."""

    def __init__(
        self,
        text: str,
        holder: Holder,
        openers: dict[int, tuple[str, int]],
        leading: set[int],
        item_counts: dict[int, int],
    ) -> None:
        self.text = text
        self.holder = holder
        self.openers = openers  # each opening tag's element and end, by its start
        self.item_counts = item_counts  # each list's items, by its opening tag's start
        self.broken = False  # a <br> just broke the line: the spaces after it go
        self.leading = leading
        self.blank_ends = [0, *(m.end() for m in BLANK_LINES.finditer(text))]
        self.top: list[str] = []
        self.stack: list[_Element] = []

    def result(self) -> str:
        while self.stack:
            self._pop()
        return "".join(self.top)

    def _innermost(self, tags: frozenset[str]) -> _Element | None:
        """The innermost open element with one of ``tags``."""
        return next((e for e in reversed(self.stack) if e.tag in tags), None)

    def _block(self) -> _Element | None:
        return self._innermost(BLOCKS)

    def _emit(self, piece: str) -> None:
        holder = self._innermost(BLOCKS | SCRIPTS)
        (holder.parts if holder else self.top).append(piece)

    def data(self, raw: str, start: int) -> None:
        """Text, its blank lines (Markdown's paragraph ends) kept; a tag no element's as written."""
        if self.broken:
            kept = raw.lstrip(" \t")
            raw, start, self.broken = kept, start + len(raw) - len(kept), False
        if raw[:1] == "<":
            shown = raw
        else:
            pieces, cursor = [], 0
            for blank in BLANK_LINES.finditer(raw):
                pieces += [self._shown(raw[cursor : blank.start()], start + cursor), blank.group(0)]
                cursor = blank.end()
            shown = "".join([*pieces, self._shown(raw[cursor:], start + cursor)])
        if not self.stack:
            self._emit(shown)
            return
        link = self._innermost(LINKS)
        if link is not None:
            link.shown += shown
        elif (block := self._block()) is not None:
            block.loose = block.loose or _has_words(shown)
            block.parted = block.parted or bool(PLACE.sub("", shown).strip())
        self._emit(shown)

    def _shown(self, text: str, start: int) -> str:
        """Text as shown: in an HTML block (``_html_block``) HTML's, references read and each run
        of spaces and line ends one space (not in a ``<pre>``); elsewhere Markdown's, as written
        (references read inside an element)."""
        in_block = self._html_block(start)
        if in_block and not any(e.tag == "pre" for e in self.stack):
            text = SPACE_RUN.sub(" ", text)
        return html.unescape(text) if in_block or self.stack else text

    def _html_block(self, at: int) -> bool:
        """Whether ``at`` is in an HTML block: CommonMark's lines from one that opens with a block's
        tag (``<p>``, ``<div>``, ``<h1>`` …), or with another tag alone on its line, up to a blank
        line, which Markdown does not read (a paragraph, a table row, a list item holding a tag are
        Markdown's); an element's text after a blank line is Markdown again."""
        chunk = self.blank_ends[bisect.bisect_right(self.blank_ends, at) - 1]
        tag, end = self.openers.get(LEAD.match(self.text, chunk).end(), ("", 0))
        return tag in BLOCKS or tag == "hr" or bool(tag and ALONE.match(self.text, end))

    def open(self, tag: str, attrs: dict[str, str], raw: str, start: int) -> None:
        while self.stack and tag in CLOSED_BY.get(self.stack[-1].tag, ()):
            self._pop()
        if tag == "img":
            link = self._innermost(LINKS)
            image = {key: attrs.get(key, "").strip() for key in ("alt", "src", "title")}
            image["href"] = link.href if link is not None else ""
            self._emit(self.holder.image({k: v for k, v in image.items() if v}, raw))
            return
        place = self.holder.markup("html_wrapper", raw)
        if tag in VOID:
            self._emit(place + self._break(tag, start, start + len(raw)))
            return
        inline = tag in BLOCKS and start not in self.leading and not self._html_block(start)
        numbering = Numbering(attrs, self.item_counts.get(start, 0)) if tag == "ol" else None
        href = attrs.get("href") if tag == "a" else None
        self.stack.append(_Element(tag, attrs, href=href, inline=inline, numbering=numbering))
        self._emit(place)

    def _break(self, tag: str, start: int, end: int) -> str:
        """What a void element leaves: ``<hr>`` a paragraph's end, ``<br>`` a line's (none where the
        source's line ends after it; a space in a heading, and in a table row, which one line
        holds), ``<source>``, ``<track>``, ``<embed>``, ``<param>``, ``<wbr>`` nothing."""
        if tag == "hr":
            return "\n\n"
        if tag != "br":
            return ""
        row = self.text[self.text.rfind("\n", 0, start) + 1 : start].lstrip().startswith("|")
        heading = any(e.tag in HEADINGS for e in self.stack)
        if row or heading:
            return " "
        if self._html_block(start):
            return "\n"
        if LINE_END.match(self.text, end):
            return ""  # Markdown's own line end breaks the line
        self.broken = True
        return "\n"

    def close(self, tag: str, raw: str) -> None:
        place = self.holder.markup("html_wrapper", raw)
        if not any(e.tag == tag for e in self.stack):
            self._emit(place + ("\n\n" if tag in BLOCKS else ""))
            return
        while self.stack[-1].tag != tag:
            self._pop()
        self._emit(place)
        self._pop()

    def _pop(self) -> None:
        """The innermost element closed: a link counted in its block, a block rendered into its
        parent (``_rendered``)."""
        element = self.stack.pop()
        block = self._block()
        if element.tag == "a" and block is not None and _has_words(element.shown):
            block.links += 1
        if element.tag in SCRIPTS:
            self._emit(self._script(element.tag, "".join(element.parts)))
        if element.tag not in BLOCKS:
            return
        rendered = self._rendered(element, "".join(element.parts))
        if block is not None and _has_words(self.holder.places(rendered)[0]):
            block.loose = True
        self._emit(rendered)

    def _rendered(self, element: _Element, content: str) -> str:
        """A block as a paragraph of its own, lines unindented (but a ``<pre>``'s): a heading on one
        line after its level's "#" marks (its held places before them), a block of two links or more
        with separators and no words between them ("Docs • Discord", a site's menu; not names
        parted by spaces alone: a list of sponsors) as one ``navigation`` record (places kept)."""
        if element.inline:
            return content
        if element.tag != "pre":
            content = self._lines(content.strip(), blank=element.tag not in LISTS)
        shown, places = self.holder.places(content)
        words = " ".join(shown.split())
        if element.tag == "li":
            return f"\n{self._marker(element, words)}{' '.join(content.split())}\n"
        if element.tag in HEADINGS and words:
            return f"\n\n{places}{'#' * HEADINGS[element.tag]} {words}\n\n"
        if element.links >= NAVIGATION_MIN_LINKS and element.parted and not element.loose:
            return f"\n\n{self.holder.markup('navigation', words)}{places}\n\n"
        return f"\n\n{content}\n\n"

    def _marker(self, item: _Element, words: str) -> str:
        """A list item's marker and a space (``list_markers``, the HTML reader's rule: "3. " in an
        ``<ol>`` as the browser counts it, "- " in any other list), nothing where none is shown."""
        listing = self._innermost(LISTS)
        numbering = listing.numbering if listing is not None else None
        label = numbering.next(item.attrs.get("value")) if numbering else BULLET
        marker = shown_marker(label, listing.attrs if listing is not None else {}, item.attrs, words)
        return f"{marker} " if marker else ""

    def _script(self, tag: str, content: str) -> str:
        """A superscript or subscript in Unicode's forms where each of its characters has one
        ("2<sup>n - 1</sup>" → "2ⁿ⁻¹", "H<sub>2</sub>O" → "H₂O": not "2n - 1"), else as it stands."""
        shown, places = self.holder.places(content)
        compact = "".join(shown.split())
        forms = SCRIPT_FORMS[tag]
        if compact and all(ord(char) in forms for char in compact):
            return places + compact.translate(forms)
        return content

    def _lines(self, content: str, blank: bool = True) -> str:
        """``content``'s lines without the spaces at their edges (places between them kept), each
        line that holds only places joined to the line before it: a source line of a tag alone
        (``<br>``, ``<img …>``) between two lines of text, no blank line once the tag is gone; no
        blank lines at all where ``blank`` is False (a list's items)."""
        lines: list[str] = []
        for line in map(_unpadded, content.split("\n")):
            if not line and not blank:
                continue
            if lines and line and not self.holder.places(line)[0].strip():
                lines[-1] += line
            else:
                lines.append(line)
        return "\n".join(lines)


def _unpadded(line: str) -> str:
    """``line`` without the spaces at its edges, among places too ("⟨p⟩ ⟨em⟩ CSS" → "⟨p⟩⟨em⟩CSS")."""
    lead = EDGE.match(line).end()
    tail = EDGE_END.search(line, lead).start()
    return "".join(PLACE.findall(line[:lead])) + line[lead:tail] + "".join(PLACE.findall(line[tail:]))


def _has_words(text: str) -> bool:
    """Whether ``text`` shows a letter or a digit (a held place is none)."""
    return any(char.isalnum() for char in PLACE.sub("", text))
