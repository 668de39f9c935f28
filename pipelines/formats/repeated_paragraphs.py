"""A paragraph of prose a document prints twice: one copy kept, the others to ``removed``.

A KDE manual's index.html, its introduction nested in it, gave its title page's abstract ("KsirK —
это компьютерная версия широко известной стратегии. В неё возможно добавлять своё игровое поле. …")
and, word for word, the introduction's first paragraph: the text read it twice. A paragraph of one
line, ``REPEAT_MIN_WORDS`` words or more, whose words (whitespace and case aside) another paragraph
repeats is read once: the first copy stays, where the reader first meets it, and the later copies go
to ``removed`` as ``duplicate`` (navigation and boilerplate are cut before this, so a copy in a menu or
a footer never counts as the first). A copy that is all its heading has stays, so no cut leaves a
heading over nothing: plasma-pa's index.html gives "Введение" one sentence, which the first paragraph
of its subsection "Модуль настройки параметров" repeats; the subsection's copy goes. Where every copy
is all its heading has, each stays (the author repeats it on purpose, one section apiece). Judged on
the text kept after the foreign cut, so a repeat among cut paragraphs changes nothing. Not a
paragraph of several lines (a stanza: a song repeats its refrain by design), nor a heading, a list
item or code.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.base import Parsed, cut_paragraphs
from sloika.text.spans import Span

REPEAT_MIN_WORDS = 12
ONE_LINE_PARAGRAPH = re.compile(r"(?:\A|(?<=\n\n))[^\n]+(?=\n\n|\Z)")
NOT_PROSE = frozenset({"code", "heading", "list_item"})


def without_repeated_paragraphs(parsed: Parsed) -> Parsed:
    """``parsed`` without the later copies of its repeated paragraphs (``duplicate``)."""
    apart = [(span.start, span.end) for span in parsed.spans if span.label in NOT_PROSE]
    headings = [(span.start, span.end) for span in parsed.spans if span.label == "heading"]
    copies: dict[str, list[re.Match[str]]] = {}
    for match in ONE_LINE_PARAGRAPH.finditer(parsed.text):
        if len(match.group().split()) >= REPEAT_MIN_WORDS and not any(
            start < match.end() and match.start() < end for start, end in apart
        ):
            copies.setdefault(_words(match.group()), []).append(match)
    cuts = [
        Span(match.start(), match.end(), "duplicate", attrs={"text": match.group()})
        for group in copies.values()
        for match in _repeats(group, parsed.text, headings)
    ]
    return cut_paragraphs(parsed, cuts)


def _repeats(copies: list[re.Match[str]], text: str, headings: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The copies of one paragraph that go: all but the first, or, where some copy is all its heading
    has, all but those."""
    kept = [match for match in copies if _all_its_heading_has(match, text, headings)] or copies[:1]
    return [match for match in copies if match not in kept]


def _all_its_heading_has(paragraph: re.Match[str], text: str, headings: list[tuple[int, int]]) -> bool:
    """Whether ``paragraph`` stands alone between a heading and the next heading (or the end)."""
    before = max((end for _, end in headings if end <= paragraph.start()), default=None)
    after = min((start for start, _ in headings if start >= paragraph.end()), default=len(text))
    return (
        before is not None
        and not text[before : paragraph.start()].strip()
        and not text[paragraph.end() : after].strip()
    )


def _words(paragraph: str) -> str:
    return " ".join(paragraph.split()).casefold()
