"""``segments``: paragraphs and sentences.

Paragraphs are runs of non-blank lines; a fenced code block (```` ``` ```` or ``~~~``) is one
``code`` paragraph, blank lines inside it included, and is not split into sentences. Sentences
come from razdel, which knows Russian abbreviations ("т. е.", "и т. д.", "Рис. 3", initials)
where spaCy's sentencizer splits wrongly; it does well enough on English too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from datatrove.data import Document

from sloika.annotators.base import Annotator, Span, register

_LINE = re.compile(r"[^\n]*\n?")
_FENCE = ("```", "~~~")


def paragraphs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "paragraph" | "code") for every block, trailing whitespace excluded."""
    blocks: list[tuple[int, int, str]] = []
    start: int | None = None
    end = 0
    in_fence = False
    for match in _LINE.finditer(text):
        line = match.group()
        if not line:
            break
        stripped = line.strip()
        line_end = match.start() + len(line.rstrip())
        if in_fence:
            end = max(end, line_end)
            if stripped.startswith(_FENCE):
                blocks.append((start, end, "code"))
                start, in_fence = None, False
            continue
        if stripped.startswith(_FENCE):
            if start is not None:
                blocks.append((start, end, "paragraph"))
            start, end, in_fence = match.start() + len(line) - len(line.lstrip()), line_end, True
        elif not stripped:
            if start is not None:
                blocks.append((start, end, "paragraph"))
                start = None
        else:
            if start is None:
                start = match.start() + len(line) - len(line.lstrip())
            end = line_end
    if start is not None:
        blocks.append((start, end, "code" if in_fence else "paragraph"))
    return blocks


def segment(text: str) -> list[Span]:
    """Paragraph spans, each followed by the spans of its sentences (``attrs.paragraph`` links them)."""
    from razdel import sentenize

    spans = []
    for number, (start, end, kind) in enumerate(paragraphs(text)):
        spans.append(Span(start, end, kind, attrs={"paragraph": number}))
        if kind == "paragraph":
            spans.extend(
                Span(start + s.start, start + s.stop, "sentence", attrs={"paragraph": number})
                for s in sentenize(text[start:end])
            )
    return spans


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence outside code blocks."""
    return [(span.start, span.end) for span in segment(text) if span.label == "sentence"]


@register
class Segments(Annotator):
    name = layer = "segments"
    version = "1"
    requires = {"razdel": "razdel"}

    def annotate(self, docs: Sequence[Document]) -> list[list[Span]]:
        return [segment(doc.text) for doc in docs]
