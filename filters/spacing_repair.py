"""Spacing repair for ``repair``: a space before ``,`` ``.`` ``)``, a doubled space between
words and a paragraph's opening indent, taken out of prose.

Subtitlers and ASR write "Hej oficerze , jak" and "портфолио . у нас", hand-written pages "при
автоматическом обновлении ." and "PA-RISC )", old text files lost a dash and kept its spaces
("Женщина  хранительница очага"), typists set two spaces after a sentence's stop ("шкафа.  Если")
and a space or a tab before a paragraph's first line (" Подготовка квартиры…"). A reader of the
corpus wants "oficerze, jak", one space and the paragraph at the margin.
What is not prose stays as written:

* the reader's ``code``, ``math`` and ``table`` spans (an HTML ``<kbd>``/DocBook key cap holding
  ".", a Markdown fence, ``\\quad ,`` in a LaTeX equation, aligned cells),
  and code, paths, URLs and identifiers found in the text (``scripts.exempt_spans``);
* a shell line (``$ cp a b .``: the dot is the target directory);
* a call's arguments after its function's name (``array_add ( array , value )``);
* a "." or "," right after a word that names a key (``нажмите клавишу . или``, ``press , to``):
  the character is the key, written without markup;
* a dot before an option or a pipe (``find . -type f``);
* a Lisp pair's dot inside its brackets (``(test . body)``);
* a lone "." named one word from another lone symbol (``- or . positions``, ``the . and ->
  structure member references``): the character, not a stop;
* a space right after a URL, an e-mail address or a path (``https://github.com/name .``): the author
  set it so that the mark stays out of the address, and closed, it reads as the address's own;
* an ellipsis (``pa ...``, spaced ``by . . .``), a dot or comma glued to what follows (``.deb``,
  ``,5``), ``;``/``:`` (French puts a space before them), and runs of three spaces or more (alignment);
* the indents of a text that sets more in than its paragraphs' first lines by one indent alike:
  a line set in after a paragraph's first (a man page's body, a quote, a drawing), paragraphs at
  two indents or more (a licence's clauses): its indents are its levels; and an indent before a
  mark, no word, quote or dialogue dash (a line of an ASCII drawing, "\\t|   y = log").

A space taken before ``)`` takes the space after its ``(`` on the same line with it (a subtitle's
"( clock ticking )" becomes "(clock ticking)", not the half-repaired "( clock ticking)"). A ``)``
that closes no ``(`` of its paragraph ends no parenthesis and stays where it is: a shell command's
"a )" in a fortune ("If I had a ) for every dollar", the C shell's error joke), a list label "a )",
a smiley "Привет )".
"""

from __future__ import annotations

import re

from sloika.text.scripts import exempt_mask, exempt_spans
from sloika.text.spans import Span

# a word, spaces (three or more: alignment), then , . ) standing alone (followed by a space, a closing
# quote or the end), no spaced ellipsis's first dot (LaTeX's \dots: "(indicated by . . .)")
_SPACE_BEFORE = re.compile(r"(?<=[^\W_])[ \t]{1,2}(?=(?!\. \.)[,.)](?:[\s\"'»”’]|$))")
_SPACE_PAIRS = (" ,", " .", " )", "\t,", "\t.", "\t)")  # what every _SPACE_BEFORE match ends with
_GOES_ON = re.compile(r"[ \t]+[a-zа-яё]")  # after a mark: a word in lower case, the sentence going on
_SYMBOL_BEFORE = re.compile(r"(?:^|\s)[^\w\s][ \t]+[^\W\d_]+$")  # "- or": a lone symbol, then one word
# ". and ->": one word, then a lone symbol of up to three characters (an operator), no ellipsis's dots
_SYMBOL_AFTER = re.compile(r"[ \t]+[^\W\d_]+[ \t]+(?![.…])[^\w\s]{1,3}(?:\s|$)")
# two spaces between words, or after a word's stop or comma (a closing quote or bracket after a stop
# allowed: "Таким образом,  в случае")
_DOUBLE_SPACE = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[^\W\d_][.!?…,])|(?<=[^\W\d_][.!?…][\"'»”’)]))  (?=[^\W\d_])"
)
# a paragraph's first line's indent (at the text's start or after a blank line) before a word, an
# opening quote or bracket, or a dialogue dash: prose, where a line of an ASCII drawing ("\t|   y =")
# opens on a mark of the drawing
_OPENING_INDENT = re.compile(r"(?:\A|(?<=\n\n))[ \t]+(?=[^\W_]|[«\"“„'(\[]|[—–-] )")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")  # lines with no blank line between them
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]", re.M)  # a line opening a list's item
_INDENTED_LINE = re.compile(r"\n[ \t]")  # a line after a paragraph's first, set in
_SHELL_LINE = re.compile(r"^[ \t]*[$%#][ \t]+\S.*$", re.M)
_ARGUMENTS = re.compile(r"[ \t]*\([^()\n]*\)")  # a call's argument list, after its function's name
# a dotted pair's dot, its tail (no number: "Fig . 3)"), its bracket closing: ". body)"
_PAIR_TAIL = re.compile(r"\. (?!\d)[^\s()]+\)")
_OPTION_AFTER = re.compile(r"[ \t]+[-|&;>]")  # "find . -type f", "ls . | wc": a command line
# ``exempt_spans`` labels of addresses (a path is labelled "url"): a mark glued to one reads as its own
_ADDRESSES = ("url", "email")
# the word before names a key: the punctuation after it is the key itself
_KEY_WORD = re.compile(
    r"(?:клавиш\w*|кнопк\w*|нажм\w*|нажат\w*|нажав|нажима\w*|key|keys|press|pressing|hit|type|taste)$",
    re.I,
)


def _named_symbol(text: str, start: int, mark: int) -> bool:
    """A lone "." between spaces, the sentence going on in lower case after it, one word after
    another lone symbol or one word before one: the character named ("- or . positions have
    value", alakazam's Fastq-Vignette.pdf; "the . and -> structure member references", a C
    operator set in typewriter, gs-standards.pdf), no stop to close up on "or" or "the"."""
    return (
        text[mark] == "."
        and bool(_GOES_ON.match(text, mark + 1))
        and (
            bool(_SYMBOL_BEFORE.search(text, max(0, start - 40), start))
            or bool(_SYMBOL_AFTER.match(text, mark + 1))
        )
    )


def _pair_dot(text: str, mark: int) -> bool:
    """A lone "." inside a bracket opened on its line, one token after it and the bracket closed:
    Lisp's dotted pair or rest argument ("(test . body)", "(make typ . make-args)", oaklisp's
    lang.pdf), whose dot stands between spaces by the language's syntax, no stop to close up."""
    return bool(_PAIR_TAIL.match(text, mark)) and _opened_on_line(text, mark)


def _opened_on_line(text: str, mark: int) -> bool:
    """Whether a ``(`` opened on the line before ``mark`` stays open there."""
    line = text[text.rfind("\n", 0, mark) + 1 : mark]
    depth = 0
    for char in line:
        depth = depth + 1 if char == "(" else max(0, depth - 1) if char == ")" else depth
    return depth > 0


def _may_tighten(text: str) -> bool:
    """Whether either pattern matches; substring searches first (each match holds one of these
    pairs), as most texts have none and the regexes cost ~30x more."""
    return (
        (any(pair in text for pair in _SPACE_PAIRS) and bool(_SPACE_BEFORE.search(text)))
        or ("  " in text and bool(_DOUBLE_SPACE.search(text)))
        or (_may_open_indented(text) and bool(_OPENING_INDENT.search(text)))
    )


def _may_open_indented(text: str) -> bool:
    """Whether a paragraph may open on a space or a tab (``_OPENING_INDENT``): a cheap substring test."""
    return text[:1] in (" ", "\t") or "\n\n " in text or "\n\n\t" in text


def _first_line_indents(text: str, mask: bytearray) -> list[range]:
    """The indents of paragraphs (``_OPENING_INDENT``) where the text sets nothing in but its
    paragraphs' first lines, all by one indent alike: a typist's first-line indent (" Подготовка…",
    a tab before each paragraph), layout with no meaning in the text. A text with a line after a
    paragraph's first set in (a man page's body under its heading, a quote, a drawing), or with
    paragraphs opening at two indents or more (a licence's clauses, "  a. License grant." over
    "       1. Subject to…"), sets its text in by levels: its indents are its layout, and all stay.
    Paragraphs in ``mask`` (the reader's code and tables) count for nothing. A text with a list item
    keeps its indents too: a paragraph set in under an item is the item's own (a README's "  Or
    yarn:" between an item's two indented code blocks), moved to the margin it would leave it."""
    if _LIST_ITEM.search(text):
        return []
    openings: dict[int, str] = {}  # each paragraph's start: its first line's indent
    for found in _PARAGRAPH.finditer(text):
        if mask[found.start()]:
            continue
        if _INDENTED_LINE.search(found[0]):
            return []
        openings[found.start()] = found[0][: len(found[0]) - len(found[0].lstrip(" \t"))]
    if len(set(openings.values()) - {""}) != 1:
        return []
    return [
        range(start, start + len(indent))
        for start, indent in openings.items()
        if indent and _OPENING_INDENT.match(text, start)
    ]


def _space_after_opening(text: str, close: int, mask: bytearray) -> range:
    """The spaces right after the ``(`` that the ``)`` at ``close`` closes, on the same line, so
    that both sides of the brackets are repaired alike; an empty range when there is no such
    ``(``, no space after it, or the space lies in code."""
    depth = 0
    for index in range(close - 1, -1, -1):
        char = text[index]
        if char == "\n":
            return range(0)
        if char == ")":
            depth += 1
        elif char == "(":
            if depth:
                depth -= 1
                continue
            spaces = re.match(r"[ \t]+", text[index + 1 : close])
            if not spaces or any(mask[index : index + 1 + spaces.end()]):
                return range(0)
            return range(index + 1, index + 1 + spaces.end())
    return range(0)


def _closes_an_opening(text: str, close: int) -> bool:
    """Whether an unclosed ``(`` stands before the ``)`` at ``close`` in its paragraph (back to the
    last blank line: a parenthesis may wrap onto the next line)."""
    depth = 0
    for index in range(close - 1, -1, -1):
        char = text[index]
        if char == "\n" and text[index - 1 : index] == "\n":
            return False
        if char == ")":
            depth += 1
        elif char == "(":
            if not depth:
                return True
            depth -= 1
    return False


def _argument_lists(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    """(start, end) of the bracketed arguments right after an identifier (``exempt_spans``:
    "array_add ( array , value )"): a call, spaced as its language has it, not a parenthesis of
    prose; some languages need the spaces ("gcd ( 100 , 40 )": tokens parted by spaces)."""
    found = (_ARGUMENTS.match(text, span.end) for span in spans if span.label == "identifier")
    return [match.span() for match in found if match]


def tighten_spacing(text: str, keep: list[tuple[int, int]] = ()) -> tuple[str, list[int]]:
    """(text with the spaces taken out, the offsets in ``text`` of the characters taken out).

    ``keep``: (start, end) ranges left as written (the reader's code, math and table spans)."""
    if not _may_tighten(text):
        return text, []
    spans = exempt_spans(text)
    mask = exempt_mask(text, spans)
    shell_lines = [(m.start(), m.end()) for m in _SHELL_LINE.finditer(text)]
    for start, end in [*keep, *shell_lines, *_argument_lists(text, spans)]:
        mask[start:end] = b"\x01" * (end - start)
    addresses = {span.end for span in spans if span.label in _ADDRESSES}
    removed: list[int] = []
    for match in _SPACE_BEFORE.finditer(text):
        mark = match.end()
        if any(mask[match.start() : mark + 1]) or _OPTION_AFTER.match(text, mark + 1):
            continue
        if match.start() in addresses:
            continue
        if text[mark] == ")" and not _closes_an_opening(text, mark):
            continue
        if _named_symbol(text, match.start(), mark) or _pair_dot(text, mark):
            continue
        word = re.search(r"[^\W_]+$", text[max(0, match.start() - 40) : match.start()])
        if word and _KEY_WORD.search(word.group(0)):
            continue
        removed += range(match.start(), match.end())
        if text[mark] == ")":
            removed += _space_after_opening(text, mark, mask)
    for match in _DOUBLE_SPACE.finditer(text):
        if not any(mask[match.start() - 1 : match.end() + 1]):
            removed.append(match.start())
    if _may_open_indented(text):
        removed += [
            index
            for indent in _first_line_indents(text, mask)
            if not any(mask[indent.start : indent.stop + 1])
            for index in indent
        ]
    if not removed:
        return text, []
    removed.sort()
    gone = set(removed)
    return "".join(char for index, char in enumerate(text) if index not in gone), removed
