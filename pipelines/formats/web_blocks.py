"""The HTML reader's blocks and the marks that carry them through trafilatura.

sloika writes printable marks into the page before trafilatura reads it (inline code, cross-
references, terms and definitions, list items, labels, line and paragraph breaks, repeats, table rows
in items) and reads them back out of its XML into ``Block``s; ``Page`` is what a page reads as. These
and the tag sets and text helpers every other ``web_*`` module shares live here, below all of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from sloika.text.spans import Edited

# Inline elements whose text belongs to the sentence around them (flattened before extraction).
INLINE_TAGS = (
    "a", "abbr", "acronym", "b", "big", "cite", "code", "dfn", "em", "font", "i", "kbd", "mark", "q",
    "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var",
)  # fmt: skip
# Inline code (``<code>``, ``<kbd>``…) keeps its place through the flattening as two marks around
# its text; they become ``code`` spans (``inline``) and are taken out of the text. trafilatura drops
# characters that are not printable, so the marks are two rare printable brackets, and a page that
# holds either of them gets no inline code spans.
INLINE_CODE_TAGS = ("code", "kbd", "samp", "tt", "var")


CODE_OPEN, CODE_CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧
INLINE_CODE = re.compile(f"{CODE_OPEN}([^{CODE_OPEN}{CODE_CLOSE}]*){CODE_CLOSE}")


def _with_class(name: str, element: str = "*") -> str:
    """XPath to the ``element``s whose ``class`` list holds ``name`` (a whole word of it)."""
    return f"//{element}[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]"


# A cross-reference the generator wrote (DocBook's ``<a class="xref">``: "Раздел 7.2, «Какой формат у
# двоичных пакетов Debian?»", the target's number and title in the manual's language) is no word of
# the paragraph around it: an untranslated English paragraph holding one was kept as Russian. Its
# text keeps its place between two more marks and is left out when the paragraph's language is
# judged (``Block.references``).
REFERENCE_OPEN, REFERENCE_CLOSE = "\u27ea", "\u27eb"  # ⟪ ⟫
REFERENCES = _with_class("xref", "a")
# The paragraph's whitespace is collapsed with these marks in it, so a space each side of one ("файл
# ⟦ $CVSROOT/modules⟧": the page's "файл <code> $CVSROOT</code>") would be two once it goes; a browser
# shows one (the space after the mark goes, and so does one after a mark opening the text or a line)
INLINE_MARKS = f"{CODE_OPEN}{CODE_CLOSE}{REFERENCE_OPEN}{REFERENCE_CLOSE}"
SPACES_ROUND_MARK = re.compile(f"((?:^|\\s)[{INLINE_MARKS}]+)[ \\t]+")


# Two or more <br> in a row are a blank line: a paragraph break (DocBook's literallayout, a README
# set as <p> with <br> lines); the mark survives trafilatura, which keeps printable characters.
PARAGRAPH_MARK = "\u2761"  # ❡
# A single ``<br>`` is a line break kept (but see ``_line_goes_on``): a "\n" in the paragraph's
# text; like the paragraph mark it survives trafilatura.
LINE_MARK = "\u2762"  # ❢
# trafilatura's recovery pass drops a block whose text equals an earlier one ("accepted cost:
# identical-text elements collapse"), so a list item repeated in a second list ("очистку дерева
# исходного кода (debian/rules clean)") vanished without a trace. The n-th repeat of a text block
# gets n of these printable marks in front (unlike each other, so all are kept); they are taken out
# of trafilatura's output. A page that holds the mark itself is left unmarked.
REPEAT_MARK = "\u2e2c"  # ⸬
# A definition list's term (``<dt>``) and each paragraph of its definition (``<dd>``) start with a
# printable mark through trafilatura: a term whose definition was all cut as foreign goes with it
# ("preinst" over an untranslated description: ``foreign_paragraphs.terms``).
TERM_MARK, DEFINITION_MARK = "\u2e2d", "\u2e2e"  # ⸭ ⸮ (the latter on each paragraph of a <dd>)
LIST_TAGS = ("ul", "ol", "menu", "dir")  # the elements whose children ``<li>``s are
TERM_ORIGIN = "data-sloika-dt"  # a paragraph that was a <dt> (``_terms_into_definitions``)
# trafilatura flattens a list's <li>s into paragraphs like any other, so a list's extent is lost; the
# first paragraph of each item and every further paragraph inside one get a printable mark, so that
# the foreign cut knows what a cut lead-in led into and where a list ends (``Block.item``).
ITEM_MARK, ITEM_MORE_MARK = "\u2e30", "\u2e31"  # ⸰ opens a list item, ⸱ goes on inside one
# The marker a browser draws before an item ("3.", "-": ``web_list_labels``) is no text of the page;
# it rides after the item's ``ITEM_MARK``s between these two printable marks and is read back into
# ``Block.marker``, so that no rule before the document is built sees it in the item's text.
ITEM_LABEL_OPEN, ITEM_LABEL_CLOSE = "\u2e36", "\u2e37"  # ⸶ ⸷
ITEM_LABEL = re.compile(f"{ITEM_LABEL_OPEN}([^{ITEM_LABEL_OPEN}{ITEM_LABEL_CLOSE}]*){ITEM_LABEL_CLOSE}")
# An admonition's label (DocBook's "Примечание" in the ``<th>`` of a ``<div class="note">``'s table or
# its ``title``, Sphinx's ``admonition-title``) starts with this mark, the paragraphs of its body with
# ``DEFINITION_MARK``: a label whose body was all cut as foreign goes with it, in any language
# (``foreign_paragraphs.terms``), instead of heading the next, unrelated paragraph.
LABEL_MARK = "\u2e32"  # ⸲
# after ``LABEL_MARK``, a card's label (``CARD_HEADER_CLASS``): a box of the page's flow, not beside
# it, so it votes on the page's language as the flow does (``Paragraph.card``)
CARD_MARK = "\u2e34"  # ⸴
# A table inside a list item (Logisim's guide: a substitution table in a <center> in an <li>) came out
# of trafilatura's recall pass as the item's text followed by the table's bare cells, the rows gone
# ("…будут внесены в текст. %nНазвание схемы на странице%pНомер страницы…"), and the precise pass
# kept the same table as rows besides. The last cell of each row of such a table ends with this
# printable mark, so that the cells are read back as rows under their item (``_item_with_cells``).
ROW_MARK = "\u2e33"  # ⸳


ALL_MARKS = frozenset((TERM_MARK, DEFINITION_MARK, ITEM_MARK, ITEM_MORE_MARK, LABEL_MARK, CARD_MARK))
BLOCK_TAGS = {"p", "head", "item", "code", "quote", "row", "list", "table", "div"}
WHITESPACE = re.compile(r"\s+")
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
ANY_HEADING = "[" + " or ".join(f"self::{tag}" for tag in HEADING_TAGS) + "]"  # an XPath step's predicate
BOILERPLATE_TAGS = {"header", "footer", "aside", "nav"}  # a heading in them is not the text's


@dataclass
class Block:
    kind: str  # "p", "head", "code"
    text: str
    level: int | None = None
    code: list[tuple[int, int]] = field(default_factory=list)  # inline code inside a paragraph
    references: list[tuple[int, int]] = field(default_factory=list)  # generated cross-references
    term: bool = False  # a definition list's term (``TERM_MARK``)
    definition: bool = False  # a paragraph of a term's definition (``DEFINITION_MARK``)
    # in a list item (``ITEM_MARK``; trafilatura's ``<item>`` where the page was left unmarked): 1 its
    # first paragraph, 2 a further one
    item: int = 0
    figure: dict = field(default_factory=dict)  # a ``figure`` block's attrs: alt, src, caption
    label: bool = False  # an admonition's label (``LABEL_MARK``), a term over its body
    card: bool = False  # a card's label (``CARD_MARK``)
    # a list item's first paragraph: how deep its ``<li>`` is nested (1 a top item, 2 one inside
    # another's: a file tree's files under their folder), its ``ITEM_MARK`` once for each list
    depth: int = 0
    marker: str = ""  # a list item's first paragraph: the marker the browser draws before it ("3.", "-")


def _unmarked(block: Block) -> Block:
    """The block without inline-code marks, their content's offsets in ``code`` (code blocks and
    headings keep no inline spans; an unpaired mark is dropped); outside code a space each side of a
    mark is one (``SPACES_ROUND_MARK``); an item's marker (``ITEM_LABEL``) out of its text, into
    ``marker`` where it opens a list item's first paragraph."""
    labelled = ITEM_LABEL.search(block.text)
    block = replace(block, text=_without_labels(block.text))
    if block.kind != "code":
        block = replace(block, text=SPACES_ROUND_MARK.sub(r"\1", block.text))
    pieces, code, cursor, length = [], [], 0, 0
    for match in INLINE_CODE.finditer(block.text):
        before = block.text[cursor : match.start()]
        pieces.append(before)
        length += len(before)
        inner = match.group(1)
        pieces.append(inner)
        stripped = inner.strip()
        if stripped and block.kind == "p":
            start = length + inner.index(stripped)
            code.append((start, start + len(stripped)))
        length += len(inner)
        cursor = match.end()
    pieces.append(block.text[cursor:])
    text = "".join(pieces).replace(CODE_OPEN, "").replace(CODE_CLOSE, "")
    code = code if len(text) == length + len(pieces[-1]) else []
    text, code, references = _without_references(text, code)
    item = (_item_of(text) or block.item) if block.kind == "p" else 0
    if block.kind != "p":  # a heading or code in a list item: its text only
        text = text.replace(ITEM_MARK, "").replace(ITEM_MORE_MARK, "")
    unlisted_marks = text.lstrip(f" {TERM_MARK}{DEFINITION_MARK}{LABEL_MARK}{CARD_MARK}")
    unlisted = text.lstrip(f"{ITEM_MARK}{ITEM_MORE_MARK} ")
    label = block.kind == "p" and unlisted.startswith(LABEL_MARK)
    card = label and unlisted[1:2] == CARD_MARK
    term = label or block.kind == "p" and unlisted.startswith(TERM_MARK)
    definition = block.kind == "p" and unlisted.startswith(DEFINITION_MARK)
    if any(mark in text for mark in ALL_MARKS):
        text, code, references = _shifted(text, code, references)
    references = references if block.kind == "p" else []
    depth = len(unlisted_marks) - len(unlisted_marks.lstrip(ITEM_MARK)) if item == 1 else 0
    return Block(
        block.kind,
        text,
        block.level,
        code,
        references,
        term,
        definition,
        item,
        block.figure,
        label,
        card,
        depth or block.depth,
        labelled.group(1) if labelled and item == 1 else block.marker,
    )


def _without_marks(text: str) -> str:
    """``text`` without the term, definition and list item marks (``ALL_MARKS``) and item markers."""
    return "".join(char for char in _without_labels(text) if char not in ALL_MARKS)


def _without_labels(text: str) -> str:
    """``text`` without the item markers sloika wrote into the page (``ITEM_LABEL``)."""
    return ITEM_LABEL.sub("", text) if ITEM_LABEL_OPEN in text else text


def _item_of(text: str) -> int:
    """1 when ``text`` (a paragraph with its marks) opens a list item, 2 when it goes on inside one."""
    marks = text.lstrip(f" {TERM_MARK}{DEFINITION_MARK}{LABEL_MARK}{CARD_MARK}")[:1]
    return 1 if marks == ITEM_MARK else 2 if marks == ITEM_MORE_MARK else 0


def _shifted(text: str, code: list, references: list) -> tuple[str, list, list]:
    """``text`` without term, definition and item marks and the spaces they left at its start, the
    offsets of ``code`` and ``references`` moved to match."""
    lead = 0
    while lead < len(text) and (text[lead] in ALL_MARKS or text[lead].isspace()):
        lead += 1
    marks = [(index, index + 1, "") for index in range(lead, len(text)) if text[index] in ALL_MARKS]
    edited = Edited(text, [(0, lead, ""), *marks] if lead else marks)
    return edited.text, edited.ranges(code), edited.ranges(references)


def _without_references(text: str, code: list[tuple[int, int]]) -> tuple[str, list, list]:
    """``text`` without the cross-reference marks, its ``code`` offsets moved to match, and the
    references' (start, end) in it (an unpaired mark is dropped)."""
    marks = [index for index, char in enumerate(text) if char in (REFERENCE_OPEN, REFERENCE_CLOSE)]
    if not marks:
        return text, code, []
    edited = Edited(text, [(index, index + 1, "") for index in marks])
    references, opened = [], None
    for index in marks:
        if text[index] == REFERENCE_OPEN:
            opened = edited.offset(index)
        elif opened is not None:
            references.append((opened, edited.offset(index)))
            opened = None
    return edited.text, edited.ranges(code), references


@dataclass
class Page:
    """The main text's blocks and the language the page declares (``<html lang>``, ``xml:lang``,
    ``Content-Language``)."""

    blocks: list[Block]
    declared: str | None = None
    # the title page's credits taken out (``CREDITS``): (text, offset in the page's text)
    credits: list[tuple[str, int]] = field(default_factory=list)
    # (label, text, offset in the page's text) of the navigation, notices… taken out
    furniture: list[tuple[str, str, int]] = field(default_factory=list)
    # each element's own text and its offset in the page's text, for ``_with_left_out``
    texts: list[tuple[int, str]] = field(default_factory=list)
    title: str = ""  # the page's ``<title>``: names an untranslated ``<h1>`` (``_with_translated_title``)
    links: set[str] = field(default_factory=set)  # the text of each link in a list item (``_link_hub``)
    # each block's offset in the page's text (a block not found there: the one before it's)
    at: list[int] = field(default_factory=list)
    text: str = ""  # the page's text (``_page_text``), which ``at`` and the other offsets measure


def _letters_of(text: str) -> str:
    return "".join(char for char in text.lower() if char.isalpha())


SITE_BLOCKS = {"header", "nav", "aside"}


def _plain(text: str) -> str:
    """Text without the marks sloika put into the page before extraction."""
    text = _without_labels(text)
    for mark in (
        REPEAT_MARK,
        CODE_OPEN,
        CODE_CLOSE,
        REFERENCE_OPEN,
        REFERENCE_CLOSE,
        TERM_MARK,
        DEFINITION_MARK,
        ITEM_MARK,
        ITEM_MORE_MARK,
        LABEL_MARK,
        ROW_MARK,
    ):
        text = text.replace(mark, "")
    return text.replace(PARAGRAPH_MARK, " ").replace(LINE_MARK, " ")


def _lines(text: str) -> str:
    """``text``'s lines (split at ``LINE_MARK``), each with its whitespace collapsed, joined by "\n"."""
    return "\n".join(_prose(line) for line in text.split(LINE_MARK) if line.strip())


def _heading_lines(text: str) -> str:
    """A heading's text without marks, each of its ``<br>`` lines (``LINE_MARK``, ``PARAGRAPH_MARK``) a
    line: a title over its subtitle, as the page shows them."""
    lines = (_prose(_plain(line)) for line in re.split(f"[{LINE_MARK}{PARAGRAPH_MARK}]", text))
    return "\n".join(line for line in lines if line)


def _prose(text: str) -> str:
    return WHITESPACE.sub(" ", text).strip()
