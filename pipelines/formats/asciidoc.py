"""AsciiDoc source (``.adoc``, ``.asciidoc``, or a README saved as ``.txt``) as the text it renders.

Read as plain text, a page keeps its "== Section" marks, ``https://…[label]`` link macros,
``*bold*`` stars and TeX-style ````quotes''`` as written, and its hard-wrapped lines stay apart where
a line opens with a URL. No maintained Python renderer gives offsets into the source (the PyPI
``asciidoc`` package is the old toolchain writing HTML), so, as the DokuWiki reader does, this reader
is a small table of the syntax (https://docs.asciidoctor.org/asciidoc/latest/syntax-quick-reference/):
a section title's "=" marks go (a ``heading`` span, level the count of "="); a paragraph's lines
are joined, a line ending in " +" breaking; list items read "• item" (``*``, ``-``) or "1. item"
(``.``) one a line, their wrapped lines joined, indented two spaces a level (``list_item`` spans);
listing (``----``), literal (``....``) and passthrough (``++++``) blocks and indented paragraphs are
``code`` spans kept verbatim; a link macro reads as its label (its target on a ``link`` span), a
bare URL as written; bold, italic, monospace and passthrough marks go where they are markup (a mark
at a word's edge: not "2 * 3" nor snake_case), their words stay; ````x''`` and ``"`x`"`` read
“x”; ``{name}`` reads as the document attribute's value. Block attribute lines ("[source,python]")
and the delimiters of example, sidebar, quote and open blocks go as markup; comments and attribute
entries go to ``removed``; an image is a zero-width ``figure`` span, its markup in ``removed``.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.base import Parsed, TextBuilder, decode_text, lf_line_ends
from sloika.pipelines.formats.dokuwiki import _block, _image, _Page
from sloika.pipelines.formats.plain import marked_up_text
from sloika.text.spans import Span

# "== Section", "= Title" (the symmetric "== Section ==" too): level the count of "="
HEADING = re.compile(r"^(?P<marks>={1,6})[ \t]+(?P<title>\S.*?)(?:[ \t]+(?P=marks))?[ \t]*$")
# a list item: "* item", "** nested", "- item", ". numbered", ".. nested numbered", "2. numbered"
LIST_ITEM = re.compile(r"^[ \t]*(?P<marks>\*{1,5}|-|\.{1,5}|\d{1,3}\.)[ \t]+(?P<text>\S.*)$")
# a delimited block's fence, alone on its line: listing, literal and passthrough blocks hold text
# read as written (``code``), a comment block goes to ``removed``, a table's rows read one a line;
# the fences of example, sidebar, quote and open blocks go, what they hold read as any block
DELIMITER = re.compile(
    r"^(?:(?P<code>-{4,}|\.{4,}|\+{4,})|(?P<comment>/{4,})|(?P<table>\|={3,})|={4,}|\*{4,}|_{4,}|--)[ \t]*$"
)
COMMENT_LINE = re.compile(r"^//(?!/)")
# "[source,python]", "[NOTE]", '[cols="1,2"]', "[[id]]": a style, a name or an anchor of one token, then
# attributes ("[Примечание переводчика]", words, is no attribute line)
BLOCK_ATTRIBUTES = re.compile(
    r"^\[(?P<attrs>[\w#.%-]*(?:[=,][^\[\]\n]*)?|\[[\w:.-]+(?:,[^\]\n]*)?\])\][ \t]*$"
)
SOURCE_LANG = re.compile(r"^source,[ \t]*(?P<lang>[\w+#.-]+)")
ATTRIBUTE_ENTRY = re.compile(r"^:(?P<name>!?[\w][\w-]*!?):(?:[ \t]+(?P<value>.*?))?[ \t]*$")
ATTRIBUTE_REFERENCE = re.compile(r"\{(?P<name>[\w][\w-]*)\}")
BLOCK_TITLE = re.compile(r"^\.(?P<title>[^\s.].*)$")  # ".Пример", a block's caption
BLOCK_IMAGE = re.compile(r"^image::(?P<src>[^\s\[]+)\[(?P<alt>[^\]\n]*)\][ \t]*$")
CONTINUATION = "+"  # a line joining the next block to a list item
HARD_BREAK = " +"
TABLE_CELL = re.compile(r"(?<!\\)\|")
_URL = r"(?:https?|ftp|irc|file)://[^\s\[\]<>\"]+"
# inline syntax, tried in this order at each position: passthroughs (their text as written), quotes
# (````x''`` before a monospace ``` ``x`` ```), link macros and images, cross references, bare URLs
# (their "_" and "*" are no marks), then unconstrained ("**x**") and constrained ("*x*") marks
INLINE = re.compile(
    r"\+\+\+(?P<pass3>.+?)\+\+\+|pass:\[(?P<pass_macro>[^\]\n]*)\]"
    r"|``(?P<quote>[^`\s](?:[^`\n]*?[^\s])?)''|\"`(?P<curved>[^`\n]+?)`\""
    r"|'`(?P<single>[^`\n]+?)`'"
    rf"|image:(?P<image>[^\s\[:][^\s\[]*)\[(?P<alt>[^\]\n]*)\]"
    rf"|(?:link:(?P<path>[^\s\[]+)|mailto:(?P<mail>[^\s\[]+)|(?P<url_target>{_URL}))\[(?P<label>[^\]\n]*)\]"
    r"|<<(?P<xref>[^,<>\n]+)(?:,[ \t]*(?P<xlabel>[^<>\n]+))?>>"
    rf"|(?P<url>{_URL})"
    r"|(?P<double>\*\*|__|``|\+\+|##)(?P<doubled>.+?)(?P=double)"
    r"|(?<![\w*_`+#\\])(?P<single_mark>[*_`+])(?P<marked>(?!(?P=single_mark))\S(?:[^\n]*?[^\s\\])??)(?P=single_mark)(?![\w*_`+])",
)
LITERAL_MARKS = "+"  # passthrough: its text as written, no markup read inside
# the evidence a ``.txt`` file is AsciiDoc: a section title with prose under it, and another construct
SNIFF_HEADING = re.compile(r"^={1,5}[ \t]+[^\s=][^\n]*\n(?:[ \t]*\n)*[ \t]*[^\s=*.\-_#+|/\[][^\n]*$", re.M)
SNIFF_CONSTRUCTS = (
    re.compile(rf"{_URL}\[[^\]\n]*[^\W\d_][^\]\n]*\]|\blink:[^\s\[]+\[[^\]\n]+\]", re.I),
    re.compile(r"``[^`\s][^`\n]*''"),
    re.compile(r"^(?P<fence>-{4,}|\.{4,})[ \t]*\n(?:.*\n)*?(?P=fence)[ \t]*$", re.M),
    re.compile(r"^:[\w][\w-]*:(?:[ \t].*)?$|^\[source,[ \t]*[\w+#.-]+\][ \t]*$", re.M),
)


def is_asciidoc(text: str) -> bool:
    """Unmistakable AsciiDoc: a section title ("= Title", "== Section": up to five "=", prose under
    it) and a construct a plain text does not write (``SNIFF_CONSTRUCTS``): a link macro with a
    worded label ("https://…[Github repo]", "link:./data.csv[data.csv]"), a ````quote''``, a
    ``----``/``....`` delimited block, an attribute entry (":toc:") or a "[source,lang]" line. A
    heading alone is a plain README's decoration as often."""
    return bool(SNIFF_HEADING.search(text)) and any(construct.search(text) for construct in SNIFF_CONSTRUCTS)


def parse_asciidoc(data: bytes, foreign: str = "trim", targets: tuple[str, ...] = ()) -> Parsed:
    """One document as text (module docstring), its untranslated paragraphs cut as a text file's are."""
    text, encoding = decode_text(data, "AsciiDoc")
    page = _Page(TextBuilder(), [])
    _Reader(page).read(lf_line_ends(text).split("\n"))
    return marked_up_text(page.builder, page.removed, encoding, foreign, targets)


class _Reader:
    """The blocks of one document in turn: the open paragraph or list item (its mark and lines),
    the list's numbering per depth while a list runs, the document attributes seen so far."""

    def __init__(self, page: _Page) -> None:
        self.page = page
        self.lines: list[str] = []
        self.mark: str | None = None  # the open list item's marks
        self.numbers: dict[int, int] | None = None  # None: no list runs
        self.attributes: dict[str, str] = {}
        self.lang: str | None = None  # a "[source,lang]" line's, for the next listing block

    def read(self, lines: list[str]) -> None:
        """Each line read as what opens or continues a block (``_line``)."""
        index = 0
        while index < len(lines):
            index = self._line(lines, index)
        self._flush()

    def _line(self, lines: list[str], index: int) -> int:
        """One line: a paragraph's or item's next line, or a block of its own; the next line's index."""
        line = lines[index]
        fence = DELIMITER.match(line)
        if COMMENT_LINE.match(line) and not fence:
            self._removed("comment", line)
            return index + 1
        if self.lines and line.strip() and not (fence or HEADING.match(line) or LIST_ITEM.match(line)):
            if line.strip() == CONTINUATION and self.mark:
                self._flush()
            else:
                self.lines.append(line.strip())
            return index + 1
        self._flush()
        if not line.strip():
            return index + 1
        if fence:
            return self._delimited(lines, index, fence)
        if (item := LIST_ITEM.match(line)) is not None:
            self.mark, self.lines = item["marks"], [item["text"]]
            return index + 1
        self._end_list()
        return self._block_line(lines, index)

    def _block_line(self, lines: list[str], index: int) -> int:
        """A line opening a block that is no list item: a heading, attribute lines, an image, a
        block title, an indented (literal) paragraph or a paragraph's first line."""
        line = lines[index]
        heading = HEADING.match(line)
        attributes = BLOCK_ATTRIBUTES.match(line)
        entry = ATTRIBUTE_ENTRY.match(line)
        image = BLOCK_IMAGE.match(line)
        if heading:
            _block(self.page, "")
            start, end = self._inline(heading["title"].strip())
            self.page.builder.span(start, end, "heading", level=len(heading["marks"]))
        elif attributes:
            lang = SOURCE_LANG.match(attributes["attrs"])
            self.lang = lang["lang"] if lang else None
            self._removed("attribute", line)
        elif entry:
            self.attributes[entry["name"]] = self._substituted(entry["value"] or "")
            self._removed("attribute", line)
        elif image:
            _image(self.page, image["src"], image["alt"].strip(), line.strip())
        elif BLOCK_TITLE.match(line):
            _block(self.page, "")
            self._inline(BLOCK_TITLE.match(line)["title"].strip())
        elif line[:1] in " \t":
            end = next((i for i in range(index, len(lines)) if not lines[i].strip()), len(lines))
            self._code("\n".join(lines[index:end]))
            return end
        else:
            self.lines = [line.strip()]
        return index + 1

    def _delimited(self, lines: list[str], index: int, fence: re.Match[str]) -> int:
        """A delimited block from its fence (``DELIMITER``) to the same fence closing it (the
        text's end where none does); the next line's index."""
        closing = fence.group().rstrip()
        end = next((i for i in range(index + 1, len(lines)) if lines[i].rstrip() == closing), len(lines))
        if fence["comment"]:
            self._removed("comment", "\n".join(lines[index : end + 1]))
            return end + 1
        self._end_list()
        if not (fence["code"] or fence["table"]):
            return index + 1
        body = lines[index + 1 : end]
        if fence["table"]:
            self._table([line for line in body if line.strip()])
        else:
            self._code("\n".join(body), self.lang)
        self.lang = None
        return end + 1

    def _code(self, body: str, lang: str | None = None) -> None:
        """A block kept verbatim as a ``code`` span."""
        start, end = _block(self.page, body.strip("\n"))
        self.page.builder.span(start, end, "code", lang=lang)

    def _table(self, rows: list[str]) -> None:
        """A table's rows one a line, cells parted by " | " as the DokuWiki reader writes them,
        under a ``table`` span whose ``rows`` hold the cells."""
        builder = self.page.builder
        _block(self.page, "")
        start, places = builder.length, []
        for row in rows:
            if places:
                builder.append("\n")
            row_places = []
            for number, cell in enumerate(c.strip() for c in TABLE_CELL.split(row.strip())[1:]):
                if number:
                    builder.append(" | ")
                row_places.append(self._inline(cell))
            places.append(row_places)
        if places:
            text = builder.text
            cells = [[text[a:b] for a, b in row] for row in places]
            builder.span(start, builder.length, "table", rows=cells)

    def _flush(self) -> None:
        """The open paragraph or list item into the text: its lines joined by spaces, a line ending
        in " +" by a line break."""
        lines, mark = self.lines, self.mark
        self.lines, self.mark = [], None
        if not lines:
            return
        joined = "".join(
            line[: -len(HARD_BREAK)] + "\n" if line.endswith(HARD_BREAK) else line + " " for line in lines
        ).rstrip()
        if mark:
            self._item(mark, joined)
        else:
            _block(self.page, "")
            self._inline(joined)

    def _item(self, marks: str, text: str) -> None:
        """A list item on a line of its own: "• " for ``*``/``-``, its number per depth for ``.``
        (a number written, "2.", as written), indented two spaces a level; a ``list_item`` span."""
        builder = self.page.builder
        depth = 1 if marks == "-" or marks[0].isdigit() else len(marks)
        if self.numbers is None:
            _block(self.page, "")
            self.numbers = {}
        else:
            builder.append("\n")
        self.numbers = {level: n for level, n in self.numbers.items() if level <= depth}
        if marks[0].isdigit():
            bullet = f"{marks} "
        elif marks[0] == ".":
            self.numbers[depth] = self.numbers.get(depth, 0) + 1
            bullet = f"{self.numbers[depth]}. "
        else:
            self.numbers.pop(depth, None)
            bullet = "• "
        start = builder.append("  " * (depth - 1) + bullet)[0]
        self.page.builder.span(start, self._inline(text)[1], "list_item", depth=depth)

    def _end_list(self) -> None:
        """The running list ends: the next item opens a new one, numbered from 1."""
        self.numbers = None

    def _removed(self, label: str, text: str) -> None:
        """Source text that renders as nothing, recorded where it stood."""
        at = self.page.builder.length
        self.page.removed.append(Span(at, at, label, attrs={"text": text}))

    def _substituted(self, text: str) -> str:
        """``text`` with each ``{name}`` of a document attribute set above read as its value."""
        return ATTRIBUTE_REFERENCE.sub(lambda m: self.attributes.get(m["name"], m.group(0)), text)

    def _inline(self, text: str) -> tuple[int, int]:
        """``text`` appended with its inline markup read; its (start, end) in the text."""
        builder = self.page.builder
        text = self._substituted(text)
        start, cursor = builder.length, 0
        for match in INLINE.finditer(text):
            builder.append(text[cursor : match.start()])
            self._markup(match)
            cursor = match.end()
        builder.append(text[cursor:])
        return start, builder.length

    def _markup(self, match: re.Match[str]) -> None:
        """One piece of inline markup (``INLINE``) read into the text."""
        builder = self.page.builder
        literal = next(
            (match[name] for name in ("pass3", "pass_macro", "url") if match[name] is not None), None
        )
        quoted = next((match[name] for name in ("quote", "curved") if match[name] is not None), None)
        if literal is not None:
            builder.append(literal)
        elif quoted is not None:
            builder.append("“")
            self._inline(quoted)
            builder.append("”")
        elif match["single"] is not None:
            builder.append("‘")
            self._inline(match["single"])
            builder.append("’")
        elif match["image"] is not None:
            _image(self.page, match["image"], match["alt"].strip(), match.group(0))
        elif match["label"] is not None:
            target = match["path"] or match["url_target"] or f"mailto:{match['mail']}"
            self._link(target, match["label"].strip().rstrip("^") or match["path"] or match["mail"] or target)
        elif match["xref"] is not None:
            self._link(f"#{match['xref'].strip()}", (match["xlabel"] or match["xref"]).strip())
        elif match["double"] is not None:
            self._styled(match["double"][0], match["doubled"])
        else:
            self._styled(match["single_mark"], match["marked"])

    def _styled(self, mark: str, words: str) -> None:
        """Words inside style marks: the marks go; a passthrough's words stay as written."""
        if mark in LITERAL_MARKS:
            self.page.builder.append(words)
        else:
            self._inline(words)

    def _link(self, target: str, label: str) -> None:
        """A link as its label, a ``link`` span over it with the target."""
        start, end = self._inline(label)
        self.page.builder.span(start, end, "link", target=target)
