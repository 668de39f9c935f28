"""Replacement characters (U+FFFD) that stand for a broken emoji or symbol in a text file.

A file can carry "\ufffd" as written: an editor or a tool that mangled an emoji saved the
replacement character in its place (offline_ai's README.md: "- \ufffd\ufe0f **Умная установка**",
"## \ufffd\ufe0f Удаление"). The bytes are valid UTF-8, so the reader's ``invalid_utf8`` check
does not see them, and the mark is dirt in kept text. Where one stands for a symbol, not a letter
(followed by a space, a variation selector or joiner, another symbol, or the line's end), it goes to
``removed`` as ``broken_symbol`` with the selectors after it, and with the space after it where
nothing but a space or the line's start is before it, so no doubled space is left. One inside a
word or ending one (a letter lost) and one in code stay: what stood there is unknown.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.base import Parsed, cut_paragraphs
from sloika.text.spans import Span

# U+FFFD not after a letter or digit (there it ends a word cut short: "дл\ufffd"), the selectors and
# joiners a broken emoji left after it, and what must follow for it to stand for a symbol: a space,
# the line's end, or a symbol (an emoji's second half, "\ufffd🚀")
BROKEN_SYMBOL = re.compile(r"(?<!\w)\ufffd[\ufe0e\ufe0f\u200d]*(?=[ \t\n]|$|[^\w\s])")
WHY = "a replacement character (U+FFFD) written in the file where an emoji or symbol was broken"


def without_broken_symbols(parsed: Parsed) -> Parsed:
    """``parsed`` with each replacement character standing for a symbol (``BROKEN_SYMBOL``) outside
    code cut to ``removed`` as ``broken_symbol``."""
    if "\ufffd" not in parsed.text:
        return parsed
    code = [(span.start, span.end) for span in parsed.spans if span.label == "code"]
    cuts = [
        _cut(parsed.text, match)
        for match in BROKEN_SYMBOL.finditer(parsed.text)
        if not any(start <= match.start() < end for start, end in code)
    ]
    return cut_paragraphs(parsed, cuts)


def _cut(text: str, match: re.Match) -> Span:
    """The cut of one broken symbol, with the space after it where only a space or the line's start
    is before it."""
    end = match.end()
    if text[end : end + 1] == " " and (match.start() == 0 or text[match.start() - 1] in " \t\n"):
        end += 1
    return Span(match.start(), end, "broken_symbol", attrs={"text": match.group(), "why": WHY})
