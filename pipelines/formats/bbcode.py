"""BBCode (forum markup) in a ``.txt`` file as text: a mod's or a program's readme written for a forum.

Forum software (phpBB, SMF, vBulletin) formats posts with BBCode, and mod and add-on readmes are
written in it to be pasted there: "[b]Возможности[/b]", "[list][li]…[/li][/list]",
"[url=http://…]сайт[/url]". Read as plain text, every tag stays in the corpus. The PyPI ``bbcode``
package renders HTML (no offsets into the source, last release 2019), so this reader is a small
table of the common tags (https://www.bbcode.org/reference.php): style tags (b, i, u, s, color,
size, center, quote) go and their words stay; a link reads as its label (``[url]…[/url]``: the
address), its target on a ``link`` span; an image is a zero-width ``figure`` span with its markup in
``removed``; list items read "• item" (``[list=1]``: "1. item") one a line, each a ``list_item``
span; ``[code]`` is a ``code`` span kept verbatim. A line wholly in bold, underlined, sized or ``[h1]``…
``[h6]`` (``HEADING_LINE``) that opens a paragraph is the readme's section title, a ``heading`` span.
A tag is markup only where its name is closed somewhere in the file (``[*]`` inside a list): a lone
"[b]" or "a[i]" is text. Lines are kept as written, as a forum shows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sloika.pipelines.formats.base import Parsed, TextBuilder, decode_text, lf_line_ends
from sloika.pipelines.formats.plain import LEADING_BLANK_LINES, marked_up_text
from sloika.text.spans import Span

NAMES = "b|i|u|s|url|img|list|li|code|quote|color|size|center|email|h[1-6]"
TAG = re.compile(rf"\[(?P<close>/)?(?P<name>{NAMES}|\*)(?:=(?P<arg>[^\]\n]*))?\]", re.I)
PAIR = re.compile(rf"\[(?P<name>{NAMES})(?:=[^\]\n]*)?\][^\n]*?\[/(?P=name)\]|\[(?:list|code)\]", re.I)
MIN_SNIFF_PAIRS = 3  # a "[b]…[/b]" or two is anyone's brackets; three paired tags are markup
# a list or code block opened on a line and closed on a later one: markup by itself, in either case
# (Tnxec2's readme-ru.txt set a program's English help in "[CODE]" … "[/CODE]", cut as ten foreign
# paragraphs while read as text)
BLOCK = re.compile(
    r"^[ \t]*\[(?P<name>list|code)(?:=[^\]\n]*)?\][ \t]*\n.*?\[/(?P=name)\]", re.I | re.M | re.S
)
# A section title as forum readmes write it: a line that opens a paragraph, all of it inside tags
# that make it stand out ("[b]Возможности[/b]", "[center][b]Общие правила[/b][/center]",
# "[size=150]Установка[/size]", Steam's "[h2]…[/h2]"); a few words, no sentence's end (a bold
# warning, "[b]Не удаляйте файл.[/b]", is emphasis)
WRAPPER = r"(?:b|i|u|color|size|center|h[1-6])"
HEADING_LINE = re.compile(
    rf"^[ \t]*(?P<open>(?:\[{WRAPPER}(?:=[^\]\n]*)?\][ \t]*)+)(?P<words>[^\n]*?)"
    rf"(?P<close>(?:[ \t]*\[/{WRAPPER}\])+)[ \t]*$",
    re.M | re.I,
)
TITLE_TAGS = re.compile(r"\[(?:b|u|size|h[1-6])[=\]]", re.I)  # what makes a wrapped line a title
HEADING_WORDS = 10
SENTENCE_ENDS = re.compile(r"[.!?…]$")
HEADING_LEVEL = 2  # a title whose tag names no level: a section's, under the post's own title


@dataclass
class _Post:
    """What the reader builds: the text with its spans, the ``removed`` records, and the open
    links, images and lists (a list: its numbering, or None for bullets, and its count)."""

    builder: TextBuilder
    removed: list[Span] = field(default_factory=list)
    links: list[tuple[int, str | None]] = field(default_factory=list)
    lists: list[list[int | None]] = field(default_factory=list)
    item: int | None = None  # where the open list item starts
    list_closed: bool = False  # the text after a list starts on a line of its own
    # section titles (``_headings``): where each opens in the source → where it closes, its level
    headings: dict[int, tuple[int, int]] = field(default_factory=dict)
    heading: tuple[int, int, int] | None = None  # the open one: start in the text, source end, level


def is_bbcode(text: str) -> bool:
    """Strong evidence of BBCode: ``MIN_SNIFF_PAIRS`` tags of the common set opened and closed
    ("[b]…[/b]", "[url=…]…[/url]", on one line each), or a ``[list]``/``[code]`` block closed
    (``BLOCK``), tags in upper case too ("[CODE]")."""
    closed = {match["name"].lower() for match in TAG.finditer(text) if match["close"]}
    pairs = [match for match in PAIR.finditer(text) if (match["name"] or "list").lower() in closed]
    return len(pairs) >= MIN_SNIFF_PAIRS or BLOCK.search(text) is not None


def parse_bbcode(data: bytes, foreign: str = "trim", targets: tuple[str, ...] = ()) -> Parsed:
    """One file as text (module docstring), its untranslated paragraphs cut as a text file's are."""
    text, encoding = decode_text(data, "BBCode")
    text = lf_line_ends(text)
    text = text[len(LEADING_BLANK_LINES.match(text)[0]) :]  # a text opens at its first line with a mark
    post = _Post(TextBuilder(), headings=_headings(text))
    _read(post, text)
    return marked_up_text(post.builder, post.removed, encoding, foreign, targets)


def _read(post: _Post, text: str) -> None:
    """The text between tags as written (inside a list: one line an item), each tag read (``_tag``);
    a ``[code]`` block and an ``[img]``'s address are taken whole."""
    closed = {match["name"].lower() for match in TAG.finditer(text) if match["close"]}
    cursor = 0
    for match in TAG.finditer(text):
        name = match["name"].lower()
        if match.start() < cursor or (name not in closed and not (name == "*" and post.lists)):
            continue
        _text(post, text[cursor : match.start()])
        cursor = match.end()
        if match.start() in post.headings and not post.lists:
            end, level = post.headings[match.start()]
            post.heading = (post.builder.length, end, level)
        if name in ("code", "img") and not match["close"]:
            end = _closing(text, name, cursor)
            body = text[cursor:end]
            if name == "code":
                _code(post, body.strip("\n"))
            else:
                _image(post, body.strip(), text[match.start() : end + len("[/img]")])
            cursor = end + len(f"[/{name}]")
        else:
            _tag(post, name, match["close"] is not None, match["arg"])
        if post.heading and cursor == post.heading[1]:
            _heading_span(post)
    _text(post, text[cursor:])


def _headings(text: str) -> dict[int, tuple[int, int]]:
    """The section titles of ``text`` (``HEADING_LINE``): where each line's first tag opens → where
    its last tag closes and its level (``[hN]``'s N, else ``HEADING_LEVEL``). A title opens a
    paragraph: the text's start or a blank line is above it."""
    found = {}
    for match in HEADING_LINE.finditer(text):
        words = TAG.sub("", match["words"]).strip()
        level = re.search(r"\[h([1-6])\]", match["open"], re.I)
        if (
            TITLE_TAGS.search(match["open"])
            and "[/" not in match["words"]  # "[b]Раз[/b] и [b]два[/b]": two marks in a line
            and 0 < len(words.split()) <= HEADING_WORDS
            and not SENTENCE_ENDS.search(words)
            and _opens_paragraph(text, match.start())
        ):
            found[match.start("open")] = (match.end("close"), int(level[1]) if level else HEADING_LEVEL)
    return found


def _opens_paragraph(text: str, at: int) -> bool:
    """Whether the line at ``at`` opens a paragraph: the text's start or a blank line is above it."""
    above = text.rfind("\n", 0, max(at - 1, 0)) + 1
    return at == 0 or not text[above:at].strip()


def _heading_span(post: _Post) -> None:
    """The open section title's ``heading`` span, over its words."""
    start, _, level = post.heading
    words = post.builder.tail(post.builder.length - start)
    begin = start + len(words) - len(words.lstrip())
    post.builder.span(begin, start + len(words.rstrip()), "heading", level=level)
    post.heading = None


def _closing(text: str, name: str, start: int) -> int:
    """Where ``[/name]`` closes what opens at ``start`` (the text's end where nothing does)."""
    end = text.lower().find(f"[/{name}]", start)
    return len(text) if end < 0 else end


def _text(post: _Post, piece: str) -> None:
    """Text between tags; inside a list, line ends join an item's words and what stands between
    items (the source's indents and line ends) goes."""
    if post.lists:
        piece = re.sub(r"\s*\n\s*", " ", re.sub(r"\s*\n\s*$", "", piece))
        if post.item is None or post.builder.tail(len(_mark(post))) == _mark(post):
            piece = piece.lstrip()
        if post.item is None:
            return
    if post.list_closed and piece:
        post.list_closed = False
        piece = piece if piece.startswith("\n") else "\n" + piece
    post.builder.append(piece)


def _tag(post: _Post, name: str, close: bool, arg: str | None) -> None:
    """One tag: a link's start or end, a list's or an item's, or a style mark (it goes)."""
    builder = post.builder
    if name in ("url", "email"):
        if not close:
            post.links.append((builder.length, arg.strip() if arg else None))
        elif post.links:
            start, target = post.links.pop()
            builder.span(
                start, builder.length, "link", target=target or builder.tail(builder.length - start).strip()
            )
    elif name == "list":
        _end_item(post)
        if not close:
            _line_start(builder)
            post.lists.append([1 if arg and arg.strip().isdigit() else None, 0])
        elif post.lists:
            post.lists.pop()
            post.list_closed = not post.lists
    elif name in ("li", "*") and post.lists:
        _end_item(post)
        if not close:
            _line_start(builder)
            numbering = post.lists[-1]
            numbering[1] += 1
            post.item = builder.append("  " * (len(post.lists) - 1) + _mark(post))[0]


def _mark(post: _Post) -> str:
    """The open list's item mark: "• ", or the item's number."""
    start, count = post.lists[-1]
    return "• " if start is None else f"{start + count - 1}. "


def _end_item(post: _Post) -> None:
    """The open list item's ``list_item`` span, its trailing spaces out of the text's flow."""
    if post.item is None:
        return
    builder = post.builder
    item = builder.tail(builder.length - post.item)
    end = post.item + len(item.rstrip(" \t"))
    builder.span(post.item, max(end, post.item), "list_item", depth=len(post.lists))
    post.item = None


def _line_start(builder: TextBuilder) -> None:
    """A line break unless the text is at a line's start."""
    if builder.length and builder.tail(1) != "\n":
        builder.append("\n")


def _code(post: _Post, body: str) -> None:
    """A ``[code]`` block as a ``code`` span over its lines as written."""
    _line_start(post.builder)
    start, end = post.builder.append(body)
    post.builder.span(start, end, "code")


def _image(post: _Post, src: str, markup: str) -> None:
    """An image: a zero-width ``figure`` span where it stood and its markup in ``removed``."""
    at = post.builder.length
    post.builder.span(at, at, "figure", src=src)
    post.removed.append(Span(at, at, "image", attrs={"text": markup}))
