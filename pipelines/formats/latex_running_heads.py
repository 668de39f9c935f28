"""fancyhdr's and memoir's running heads and feet: page furniture, not paragraphs of the text.

``\\lhead{§2}``, ``\\chead{МЕТОД РАЗДЕЛЕНИЯ}``, ``\\rhead{201}`` (and ``\\lfoot``, ``\\cfoot``, ``\\rfoot``,
``\\fancyhead[LE,RO]{…}``, ``\\fancyfoot[C]{…}``, ``\\fancyhf{…}``) set what LaTeX prints at the top or
foot of every page. A retyped textbook sets the book's heads page by page in its body; the reader
does not know fancyhdr's commands, so each printed its argument as a paragraph of its own ("§2j",
"[ГЛ III" between two paragraphs of the text). Each use goes to ``removed`` as ``page_furniture``
with the text it prints, where it stood (in the preamble: at the text's start); one that prints
nothing (``\\fancyhf{}``) is nothing lost. ``\\fancypagestyle{name}{…}`` prints nothing but the
heads it sets. memoir sets the same heads with ``\\makeevenhead{style}{left}{centre}{right}`` (and
``\\makeoddhead``, ``\\makeevenfoot``, ``\\makeoddfoot``): the style's name prints nothing, the
three parts are the head; ``\\makepagestyle{name}`` only names a style, and prints nothing.
Beamer's ``\\AtBeginSection[…]{…}`` (and ``\\AtBeginSubsection``, ``\\AtBeginPart``, …) sets the
outline slide shown before each section, navigation like a head: read in place, its frame left a
title over nothing ("Содержание", its ``\\tableofcontents`` printing nothing here).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from sloika.pipelines.formats.latex_macros import braced_arguments, group, skip_space
from sloika.pipelines.formats.latex_undefined import page_furniture

RUNNING_HEAD = re.compile(
    r"\\(?P<name>[lcr](?:head|foot)|fancy(?:head|foot|hf)|fancypagestyle"
    r"|make(?:even|odd)(?:head|foot)|makepagestyle|AtBegin(?:Section|Subsection|Subsubsection|Part|Lecture))"
    r"(?![A-Za-z@])"
)
SELECTORS = ("fancyhead", "fancyfoot", "fancyhf")  # their [LE,RO] options choose pages, print nothing
MEMOIR_PARTS = 3  # \makeevenhead{style}'s left, centre and right parts


def running_head(name: str) -> bool:
    """Whether ``name`` is a command that sets a running head or foot (``RUNNING_HEAD``)."""
    return RUNNING_HEAD.fullmatch(f"\\{name}") is not None


def marked_running_heads(source: str, to_text: Callable[[str], str]) -> str:
    """``source`` with each running head or foot marked to go to ``removed`` (``page_furniture``)
    with the text it prints, converted by ``to_text``."""
    pieces, cursor = [], 0
    for start, end, heads in _running_heads(source, to_text):
        pieces += [
            source[cursor:start],
            *(page_furniture(name, printed) for name, printed in heads if printed),
        ]
        cursor = end
    return "".join(pieces) + source[cursor:]


def running_head_texts(source: str, to_text: Callable[[str], str]) -> list[str]:
    """The texts the running heads and feet set in ``source`` (a preamble) print, in order."""
    return [printed for *_, heads in _running_heads(source, to_text) for _, printed in heads if printed]


def _running_heads(
    source: str, to_text: Callable[[str], str]
) -> Iterator[tuple[int, int, list[tuple[str, str]]]]:
    """(start, end, [(name, printed text)]) of each running head or foot in ``source``; a page
    style's definition is one use, with the heads it sets."""
    cursor = 0
    for found in RUNNING_HEAD.finditer(source):
        if found.start() < cursor:
            continue
        name, index = found["name"], skip_space(source, found.end())
        options = group(source, index, "[", "]")
        if options:
            index = skip_space(source, options[1])
        argument = group(source, index)
        if argument is None:
            continue  # not a use: "\\lhead" named in a sentence
        if name == "makepagestyle":
            cursor = argument[1]
            yield found.start(), cursor, []
            continue
        if name.startswith("make"):
            parts = braced_arguments(source, argument[1], MEMOIR_PARTS)  # left, centre, right
            if parts is None:
                continue
            texts, cursor = parts
            yield found.start(), cursor, [(name, _printed(texts, to_text))]
            continue
        if name == "fancypagestyle":
            body = group(source, skip_space(source, argument[1]))
            if body is None:
                continue
            cursor = body[1]
            inner = [head for *_, heads in _running_heads(body[0], to_text) for head in heads]
            yield found.start(), cursor, inner
            continue
        texts = [argument[0]] if name in SELECTORS or not options else [options[0], argument[0]]
        cursor = argument[1]
        yield found.start(), cursor, [(name, _printed(texts, to_text))]


def _printed(texts: list[str], to_text: Callable[[str], str]) -> str:
    """What a head's parts print, converted by ``to_text``, one space between them; a part that
    prints what one before it does ([even]{odd} alike) once."""
    printed = dict.fromkeys(" ".join(to_text(text).split()) for text in texts)
    return " ".join(filter(None, printed))
