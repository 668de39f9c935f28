"""DokuWiki page source (``data/pages/**/*.txt``, DokuWiki's own ``inc/lang/*/*.txt``) as text.

A wiki stores its pages as markup in ``.txt`` files; read as plain text, a page keeps its
"====== Title ======" lines, ``**bold**`` stars and ``[[doku>ru:pagename|идентификатора страницы]]``
links as written. No maintained Python parser of the markup exists (the PyPI ``dokuwiki*`` packages
are XML-RPC/HTTP clients of a running wiki), so this reader is a small table of DokuWiki's syntax
(https://www.dokuwiki.org/wiki:syntax): headings become heading paragraphs (``heading`` spans, level
1 for six ``=``), bold/italic/underline/monospace marks go and their words stay, a link reads as its
label (its target on a ``link`` span in ``structure``), an image ``{{…}}`` is a zero-width ``figure``
span (``src``, ``alt``) with its markup in ``removed``, ``<code>``/``<file>`` blocks and indented
lines are ``code`` spans kept verbatim, ``%%…%%`` and ``<nowiki>`` are text as written, list items
read "• item" (``*``) or "1. item" (``-``), ``\\\\`` is a line break, a table's rows read one a line,
cells parted by " | " (a ``table`` span holds the cells), a footnote ``((…))`` stands in brackets
where it was written. Only markup characters go unrecorded, like the Markdown reader's emphasis
marks; every word that leaves the text (an image's alt, a link's target) is in ``structure`` or
``removed``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sloika.pipelines.formats.base import Parsed, TextBuilder, decode_text, lf_line_ends
from sloika.pipelines.formats.plain import marked_up_text
from sloika.text.spans import Span

# "====== Title ======": level 1 for six "=", 5 for two (DokuWiki counts the opening run)
HEADING = re.compile(r"^[ \t]*(?P<marks>={2,6})[ \t]*(?P<title>[^=\n](?:.*?[^=\n])?)[ \t]*=+[ \t]*$")


def _sniff_heading(marks: str) -> re.Pattern[str]:
    """A heading line with the same run of "=" on both sides, ``marks`` the run's count (``{3,6}``)."""
    return re.compile(rf"^(?P<marks>={marks})[ \t]*[^=\s](?:[^\n]*?[^=\s])?[ \t]*(?P=marks)[ \t]*$", re.M)


# the same marks on both sides, three or more (a level-5 "== Notes ==" heads plain-text notes as
# often, util-linux's mount.txt): the sniffing test, stricter than the reader
SNIFF_HEADING = _sniff_heading("{3,6}")
# a page's title is evidence alone: a heading of five or six "=" (levels 1 and 2) anywhere, or any
# heading as the file's first line, as DokuWiki's own pages open; three or four "=" further on head a
# plain-text README's sections as often ("===Блок внесения сбоев==="), so there they are one construct
SNIFF_TITLE = _sniff_heading("{5,6}")
SNIFF_LINK = re.compile(r"\[\[[^\[\]\n]+\]\]")
MIN_SNIFF_LINKS = 3


def _sniff_pair(mark: str, worded: bool) -> str:
    """A pair of ``mark`` doubled set as markup: the opening pair at a word's start (no word
    character, ":" of a URL's "//", or the mark right before it), the closing one at a word's end, no
    space inside either, a letter between them where ``worded`` (styles mark words). Doubled marks
    inside words or numbers are a plain text's own ("2**10", "50%% и завтра 20%%", an ASCII art's
    "##*****+==*%%%%%"): taken for markup they read it as a wiki page and lose their characters."""
    one = re.escape(mark)
    inside = rf"[^{one}\n]"
    letter = rf"{inside}*?[^\W\d_]" if worded else ""
    return rf"(?<![\w:{one}]){one}{one}(?=[^{one}\s]){letter}{inside}*?(?<=\S){one}{one}(?![\w{one}])"


# DokuWiki's constructs a plain text seldom writes: a heading, a link, bold, italic (not a URL's
# "//") or monospace (``_sniff_pair``), a list item indented two spaces, a code/file/nowiki block, a
# header row "^ … ^", an image, a "%%" escape, a footnote; a page shows two kinds of them at least
SNIFF_CONSTRUCTS = (
    SNIFF_HEADING,
    SNIFF_LINK,
    re.compile("|".join(_sniff_pair(mark, worded=True) for mark in "*/'")),
    re.compile(r"^(?:  |\t)+[*-][ \t]+\S", re.M),
    re.compile(r"^[ \t]*<(?:code|file|nowiki)\b", re.M),
    re.compile(r"^\^[^\n]*\^[ \t]*$", re.M),
    re.compile(r"\{\{[^{}\n]+\}\}"),
    re.compile(_sniff_pair("%", worded=False)),
    re.compile(r"\(\([^()\n]+\)\)"),
)
MIN_SNIFF_CONSTRUCTS = 2
# what another format a .txt may be in marks: a Markdown heading, a fortune's "%" line, a subtitle
# timing, a LaTeX environment, a reStructuredText/setext rule of "=" under a title
CONFLICT = re.compile(r"^(?:#{1,6} \S|%$|\d[\d:.,]* *-->|\\begin\{|={3,}[ \t]*$)", re.M)
# MediaWiki source writes the same "== Heading ==" and "[[Page|label]]" links; what DokuWiki never
# writes tells it: '''bold''', a template with parameters ({{cite web|url=…}}; not an image
# {{ns:file.png|alt}} nor a plugin's {{tag>…}}), <ref>, an external link in single brackets
# ([http://… text]), a list item at the line's start ("* item": DokuWiki indents two spaces), a
# table ("{|"), a file or category link ([[File:…]])
MEDIAWIKI = re.compile(
    r"'''[^'\n]+'''"
    r"|\{\{#?[^{}|\n.>:]+\|"
    r"|<ref[\s>/]"
    r"|(?<!\[)\[(?:https?|ftp)://[^\s\]]+[ \t][^\]\n]+\](?!\])"
    r"|^\*+ \S|^\{\|"
    r"|\[\[(?:File|Image|Category|Файл|Изображение|Категория):",
    re.M,
)
BLOCK_OPEN = re.compile(r"^[ \t]*<(?P<tag>code|file)\b(?P<args>[^>]*)>(?P<rest>.*)$")
NOWIKI_OPEN = re.compile(r"^[ \t]*<nowiki>[ \t]*$")
LIST_ITEM = re.compile(r"^(?P<indent>(?:  |\t)+)(?P<mark>[*-])[ \t]*(?P<text>.*)$")
INDENTED = re.compile(r"^(?:  |\t)")  # a preformatted line, when it is no list item
# a line at the margin opening with a number or a dash ("1. …", "2) …", "*1. …", "- …"): the wiki
# would run it into the paragraph, but its writer set the items one a line, so they stay lines
MARKED_LINE = re.compile(r"^(?:[*#]?\d{1,3}[.)]|[-–—•])[ \t]+\S")
# a line opening with a key of one token and a dash, "mission_report_delete - удалять ли …": two of
# them in a paragraph or more are a list of options, one a line, as the writer set them
KEY_LINE = re.compile(r"^[\w.:-]+[ \t]+[-–—][ \t]+\S")
KEY_LINES_MIN = 2
# a table row: "^ head ^ head ^" or "| cell | cell |" from the line's start (indented, it is preformatted)
TABLE_ROW = re.compile(r"^[|^].*[|^][ \t]*$")
# a row's cell separators, "|" and "^", outside what holds them as its own text: a link's or an
# image's "|", an escape, a footnote
CELL_SEPARATOR = re.compile(
    r"%%.*?%%|<nowiki>.*?</nowiki>|\[\[.*?\]\]|\{\{.*?\}\}|\(\(.*?\)\)|(?P<separator>[|^])"
)
SPANNED = ":::"  # a cell the one above spans into
# inline syntax, tried in this order at each position: literal escapes first, then links and images
# (their targets hold "//" and "__"), bare URLs (their "//" is no italic), then the text styles
INLINE = re.compile(
    r"%%(?P<percent>.*?)%%"
    r"|<nowiki>(?P<nowiki>.*?)</nowiki>"
    r"|\(\((?P<note>.+?)\)\)"
    r"|\[\[(?P<target>[^\[\]|]*)(?:\|(?P<label>(?:[^\[\]]|\{\{[^}]*\}\})*))?\]\]"
    r"|\{\{(?P<image>[^|}]*)(?:\|(?P<alt>[^}]*))?\}\}"
    r"|(?P<url>\b[a-z][a-z0-9+.-]*://[^\s\[\]{}<>\"|]+[^\s\[\]{}<>\"|.,;:!?)'])"
    r"|(?P<style>\*\*|//|__|'')(?P<styled>.+?)(?P=style)"
    r"|<(?P<tag>del|sub|sup)>(?P<tagged>.*?)</(?P=tag)>"
    r"|(?P<break>\\\\(?:[ \t]+|$))",
)
EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*://|^mailto:|^\\\\")


@dataclass
class _Page:
    """What the reader builds: the text with its spans, and the ``removed`` records."""

    builder: TextBuilder
    removed: list[Span]


def is_dokuwiki(text: str) -> bool:
    """Strong evidence of DokuWiki markup and none of another format: a page title (five or six
    "=", ``SNIFF_TITLE``, or a heading opening the file), ``MIN_SNIFF_LINKS`` ``[[…]]`` links or
    ``MIN_SNIFF_CONSTRUCTS`` kinds of DokuWiki construct (``SNIFF_CONSTRUCTS``), and no
    ``CONFLICT`` line nor ``MEDIAWIKI`` markup (a MediaWiki page in a ``.txt`` file stays plain
    text: it has no reader). One heading style further on is a plain text's decoration as often,
    and read as DokuWiki its lines would be joined."""
    if CONFLICT.search(text) or MEDIAWIKI.search(text):
        return False
    constructs = sum(bool(construct.search(text)) for construct in SNIFF_CONSTRUCTS)
    return (
        bool(SNIFF_TITLE.search(text) or SNIFF_HEADING.match(text.lstrip()))
        or len(SNIFF_LINK.findall(text)) >= MIN_SNIFF_LINKS
        or constructs >= MIN_SNIFF_CONSTRUCTS
    )


def parse_dokuwiki(data: bytes, foreign: str = "trim", targets: tuple[str, ...] = ()) -> Parsed:
    """One page as text (module docstring), its untranslated paragraphs cut as a text file's are."""
    text, encoding = decode_text(data, "DokuWiki")
    page = _Page(TextBuilder(), [])
    _read_blocks(page, lf_line_ends(text).split("\n"))
    return marked_up_text(page.builder, page.removed, encoding, foreign, targets)


def _read_blocks(page: _Page, lines: list[str]) -> None:
    """Each block of the page in turn: code and nowiki blocks, headings, list items, indented
    (preformatted) lines and paragraphs, the lines of a paragraph joined by spaces as the wiki shows
    them (``_paragraph``)."""
    index, paragraph = 0, []
    while index < len(lines):
        line = lines[index]
        block = BLOCK_OPEN.match(line)
        heading = HEADING.match(line)
        item = LIST_ITEM.match(line)
        row = TABLE_ROW.match(line)
        opens = block or heading or item or row or NOWIKI_OPEN.match(line)
        if opens or not line.strip() or INDENTED.match(line):
            _paragraph(page, paragraph)
            paragraph = []
        if block:
            index = _code_block(page, lines, index, block)
        elif NOWIKI_OPEN.match(line):
            end = next((i for i in range(index + 1, len(lines)) if "</nowiki>" in lines[i]), len(lines))
            _block(page, "\n".join(lines[index + 1 : end]))
            index = end + 1
        elif heading:
            page.builder.separate("\n\n")
            start, end = _inline(page, heading["title"].strip())
            page.builder.span(start, end, "heading", level=7 - len(heading["marks"]))
            index += 1
        elif item:
            index = _list(page, lines, index)
        elif row:
            index = _table(page, lines, index)
        elif line.strip() and INDENTED.match(line):
            index = _preformatted(page, lines, index)
        else:
            if line.strip():
                paragraph.append(line.strip())
            index += 1
    _paragraph(page, paragraph)


def _preformatted(page: _Page, lines: list[str], index: int) -> int:
    """Indented lines that are no list items: preformatted text, a ``code`` span without the
    indent that marks it. Returns the next line's index."""
    end = index
    while end < len(lines) and lines[end].strip() and INDENTED.match(lines[end]):
        end += 1
    body = "\n".join(line[2:] if line[:2] == "  " else line[1:] for line in lines[index:end])
    start, stop = _block(page, body)
    page.builder.span(start, stop, "code")
    return end


def _block(page: _Page, text: str) -> tuple[int, int]:
    """``text`` as a paragraph of its own, apart from the one before by a blank line."""
    page.builder.separate("\n\n")
    return page.builder.append(text) if text else (page.builder.length, page.builder.length)


def _paragraph(page: _Page, lines: list[str]) -> None:
    """A paragraph's lines joined by spaces, each line opening with a list mark (``MARKED_LINE``),
    or with a key and a dash where two lines or more do (``KEY_LINE``), on a line of its own, its
    inline markup read (``_inline``)."""
    if not lines:
        return
    page.builder.separate("\n\n")
    keys = sum(bool(KEY_LINE.match(line)) for line in lines) >= KEY_LINES_MIN
    joined = lines[0] + "".join(("\n" if _own_line(line, keys) else " ") + line for line in lines[1:])
    _inline(page, joined)


def _own_line(line: str, keys: bool) -> bool:
    """Whether ``line`` of a paragraph stays a line: a list item at the margin, or an option's
    ``KEY_LINE`` in a paragraph of such lines (``keys``)."""
    return bool(MARKED_LINE.match(line) or keys and KEY_LINE.match(line))


def _code_block(page: _Page, lines: list[str], index: int, block: re.Match[str]) -> int:
    """A ``<code lang>``/``<file lang name>`` block as a ``code`` span over its lines as written;
    the index of the line after its closing tag (the page's end where it has none)."""
    closing = f"</{block['tag']}>"
    body, at = [block["rest"]], index
    while closing not in body[-1] and at + 1 < len(lines):
        at += 1
        body.append(lines[at])
    text = "\n".join(body)
    text = text[: text.find(closing)] if closing in text else text
    args = block["args"].split()
    start, end = _block(page, text.strip("\n"))
    attrs = {"lang": args[0]} if args and args[0] != "-" else {}
    if block["tag"] == "file" and len(args) > 1:
        attrs["filename"] = args[1]
    page.builder.span(start, end, "code", **attrs)
    return at + 1


def _list(page: _Page, lines: list[str], index: int) -> int:
    """Consecutive list items, one line each: "• item" for ``*``, "1. item" for ``-`` (numbered
    per depth), indented two spaces a level; each a ``list_item`` span. Returns the next line's index."""
    page.builder.separate("\n\n")
    numbers: dict[int, int] = {}
    first = True
    while index < len(lines) and (item := LIST_ITEM.match(lines[index])):
        depth = item["indent"].count("\t") + item["indent"].count("  ")
        numbers = {level: n for level, n in numbers.items() if level <= depth}
        if item["mark"] == "-":
            numbers[depth] = numbers.get(depth, 0) + 1
            mark = f"{numbers[depth]}. "
        else:
            numbers.pop(depth, None)
            mark = "• "
        if not first:
            page.builder.append("\n")
        start = page.builder.append("  " * (depth - 1) + mark)[0]
        end = _inline(page, item["text"].strip())[1]
        page.builder.span(start, end, "list_item", depth=depth)
        first, index = False, index + 1
    return index


def _table(page: _Page, lines: list[str], index: int) -> int:
    """Consecutive table rows as a block of lines, one a row, its cells parted by " | " under a
    ``table`` span whose ``rows`` hold the cells (as the man page reader writes a table, after the
    HTML reader's rows): header (``^``) and data (``|``) cells alike, their inline markup read;
    empty cells (a colspan's ``||``) and ``:::`` (a cell spanned from above) are left out, having
    no text of their own. Returns the next line's index."""
    page.builder.separate("\n\n")
    start, rows = page.builder.length, []
    while index < len(lines) and TABLE_ROW.match(lines[index]):
        cells = [cell.strip() for cell in _cells(lines[index].strip())]
        cells = [cell for cell in cells if cell and cell != SPANNED]
        if cells and rows:
            page.builder.append("\n")
        row = []
        for number, cell in enumerate(cells):
            if number:
                page.builder.append(" | ")
            row.append(_inline(page, cell))
        rows += [row] if row else []
        index += 1
    if rows:
        text = page.builder.text
        cells = [[text[a:b] for a, b in row] for row in rows]
        page.builder.span(start, page.builder.length, "table", rows=cells)
    return index


def _cells(row: str) -> list[str]:
    """A row's cells between its separators (``CELL_SEPARATOR``), without the row's outer ones."""
    cells, cursor = [], 1
    for match in CELL_SEPARATOR.finditer(row, 1):
        if match["separator"] is not None:
            cells.append(row[cursor : match.start()])
            cursor = match.end()
    return cells


def _inline(page: _Page, text: str) -> tuple[int, int]:
    """``text`` appended with its inline markup read; its (start, end) in the page."""
    builder = page.builder
    start, cursor = builder.length, 0
    for match in INLINE.finditer(text):
        builder.append(text[cursor : match.start()])
        _markup(page, match)
        cursor = match.end()
    builder.append(text[cursor:])
    return start, builder.length


def _markup(page: _Page, match: re.Match[str]) -> None:
    """One piece of inline markup (``INLINE``) read into the page."""
    builder = page.builder
    if match["percent"] is not None or match["nowiki"] is not None:
        builder.append(match["percent"] if match["percent"] is not None else match["nowiki"])
    elif match["note"] is not None:
        _footnote(page, match["note"].strip())
    elif match["target"] is not None:
        _link(page, match["target"].strip(), match["label"])
    elif match["image"] is not None:
        _image(page, match["image"].strip(), (match["alt"] or "").strip(), match.group(0))
    elif match["url"] is not None:
        builder.append(match["url"])
    elif match["style"] is not None:
        _inline(page, match["styled"])
    elif match["tag"] is not None:
        _inline(page, match["tagged"])
    else:
        builder.append("\n")  # a forced line break


def _footnote(page: _Page, note: str) -> None:
    """A footnote ``((…))`` in brackets where it stands, as the LaTeX reader prints ``\\footnote``:
    the author's prose, kept in the sentence it belongs to; a ``footnote`` span over the brackets."""
    start = page.builder.append("[")[0]
    _inline(page, note)
    page.builder.span(start, page.builder.append("]")[1], "footnote")


def _link(page: _Page, target: str, label: str | None) -> None:
    """A link as its label (its target's page name where it has none), a ``link`` span over it with
    the target; an image as the label is a figure (``_inline`` reads ``{{…}}``)."""
    if label is not None and label.strip():
        start, end = _inline(page, label.strip())
    else:
        start, end = page.builder.append(_page_name(target))
    page.builder.span(start, end, "link", target=target)


def _page_name(target: str) -> str:
    """What DokuWiki shows for a link without a label: a URL or e-mail as written, an interwiki
    link's page ("doku>plugin:config" → "plugin:config"), a wiki page's last name ("ns:page#part"
    → "page")."""
    if EXTERNAL.match(target) or "@" in target:
        return target
    if ">" in target:
        return target.split(">", 1)[1]
    return target.split("#", 1)[0].rsplit(":", 1)[-1] or target


def _image(page: _Page, src: str, alt: str, markup: str) -> None:
    """An image: a zero-width ``figure`` span where it stood (``src``, and its ``alt`` text: it
    describes a picture, not the text's flow) and its markup in ``removed`` (``image``)."""
    at = page.builder.length
    page.builder.span(at, at, "figure", src=src.split("?", 1)[0], **({"alt": alt} if alt else {}))
    page.removed.append(Span(at, at, "image", attrs={"text": markup}))
