"""``segments``: paragraphs and sentences.

Paragraphs are runs of non-blank lines; a fenced code block (```` ``` ```` or ``~~~``) is one
``code`` paragraph, blank lines inside it included, and is not split into sentences. Sentences
come from razdel, which knows Russian abbreviations ("т. е.", "и т. д.", "Рис. 3", initials)
where spaCy's sentencizer splits wrongly; it does well enough on English too.

Hard-wrapped text (plain-text archives, e-mail, PDFs) breaks lines inside sentences: a single line
break is a space to the splitter, and ``one_line`` gives a sentence's text with its line breaks as
spaces (same length, so offsets found in it are offsets in the document). A line that opens a
dialogue turn or an attribution ("— Простите, …", "\t\t-- Евгений Кащеев") starts a new sentence
even when the line before has no final punctuation; "Любовь\n- это …" (a dash before a lower-case
word) goes on the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from datatrove.data import Document

from sloika.annotators.base import Annotator, Span, register

_LINE = re.compile(r"[^\n]*\n?")
# a line opening a dialogue turn or an attribution: "-- Автор", or a dash before a capital / quote
_TURN_LINE = re.compile(r"\n[ \t]*(?:--|[-–—](?=[ \t]*[A-ZА-ЯЁ«\"“]))")
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
                Span(piece + s.start, piece + s.stop, "sentence", attrs={"paragraph": number})
                for piece, piece_end in _turns(text, start, end)
                for s in sentenize(one_line(text[piece:piece_end]))
            )
    return spans


def _turns(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut before every line that opens a dialogue turn or an attribution."""
    cuts = [start] + [m.start() + 1 for m in _TURN_LINE.finditer(text, start, end)] + [end]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


def one_line(text: str) -> str:
    """``text`` with line breaks as spaces: the same length, so offsets carry over unchanged."""
    return text.replace("\r", " ").replace("\n", " ")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence outside code blocks."""
    return [(span.start, span.end) for span in segment(text) if span.label == "sentence"]


@register
class Segments(Annotator):
    name = layer = "segments"
    version = "2"
    requires = {"razdel": "razdel"}

    def annotate(self, docs: Sequence[Document]) -> list[list[Span]]:
        return [segment(doc.text) for doc in docs]
