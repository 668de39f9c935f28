"""A paragraph of prose a document prints twice: one copy kept, the others to ``removed``.

A KDE manual's index.html, its introduction nested in it, gave its title page's abstract ("KsirK —
это компьютерная версия широко известной стратегии. В неё возможно добавлять своё игровое поле. …")
and, word for word, the introduction's first paragraph: the text read it twice. A paragraph of one
line, ``REPEAT_MIN_WORDS`` words or more, whose words (whitespace and case aside) a later paragraph
repeats goes to ``removed`` as ``duplicate``; the last copy stays, where the text it belongs to has
it (an abstract, a teaser or a summary comes ahead of that text). Judged on the text kept after the
foreign cut, so a repeat among cut paragraphs changes nothing. Not a paragraph of several lines (a
stanza: a song repeats its refrain by design), nor a heading, a list item or code.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.base import Parsed, cut_paragraphs
from sloika.text.spans import Span

REPEAT_MIN_WORDS = 12
ONE_LINE_PARAGRAPH = re.compile(r"(?:\A|(?<=\n\n))[^\n]+(?=\n\n|\Z)")
NOT_PROSE = frozenset({"code", "heading", "list_item"})


def without_repeated_paragraphs(parsed: Parsed) -> Parsed:
    """``parsed`` without the earlier copies of its repeated paragraphs (``duplicate``)."""
    apart = [(span.start, span.end) for span in parsed.spans if span.label in NOT_PROSE]
    paragraphs = [
        match
        for match in ONE_LINE_PARAGRAPH.finditer(parsed.text)
        if len(match.group().split()) >= REPEAT_MIN_WORDS
        and not any(start < match.end() and match.start() < end for start, end in apart)
    ]
    last = {_words(match.group()): index for index, match in enumerate(paragraphs)}
    cuts = [
        Span(match.start(), match.end(), "duplicate", attrs={"text": match.group()})
        for index, match in enumerate(paragraphs)
        if last[_words(match.group())] != index
    ]
    return cut_paragraphs(parsed, cuts)


def _words(paragraph: str) -> str:
    return " ".join(paragraph.split()).casefold()
