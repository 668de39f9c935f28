"""``segments``: the paragraphs and sentences of ``sloika.text.sentences`` as a layer."""

from __future__ import annotations

from collections.abc import Sequence

from datatrove.data import Document

from sloika.annotators.base import Annotator, Span, register
from sloika.text.sentences import paragraphs, split_sentences


def segment(text: str) -> list[Span]:
    """Paragraph spans, each followed by the spans of its sentences (``attrs.paragraph`` links them)."""
    spans = []
    for number, (start, end, kind) in enumerate(paragraphs(text)):
        spans.append(Span(start, end, kind, attrs={"paragraph": number}))
        if kind == "paragraph":
            spans.extend(
                Span(a, b, "sentence", attrs={"paragraph": number})
                for a, b in split_sentences(text, start, end)
            )
    return spans


@register
class Segments(Annotator):
    name = layer = "segments"
    version = (
        "3"  # 2: the shared splitter (line breaks as spaces, CJK full stops); 3: dialogue/attribution lines
    )

    def annotate(self, docs: Sequence[Document]) -> list[list[Span]]:
        return [segment(doc.text) for doc in docs]
