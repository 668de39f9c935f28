"""Stand-off spans: the one shape a finding over a text has, whoever produced it.

A ``Span`` covers ``text[start:end]`` (0-based code points, end exclusive, so DuckDB's
``substring(text, start + 1, end - start)`` is the same characters). Readers return them for the
``structure`` layer, filters for ``lang_spans`` and ``removed``, annotators for their layers, the
purity measure for its findings; the corpus writer stores each as one layer row.

While a document flows through a build its spans ride on it (``add_span``), grouped by layer,
outside ``doc.metadata`` (``sloika.documents``: stock writers never see them), until the corpus
writer stages them as ``layers/<layer>/`` rows. A step that changes ``doc.text`` must keep them
pointing at the same characters (``boundaries`` + ``remap``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the text primitives never need datatrove at run time
    from datatrove.data import Document


@dataclass
class Span:
    """``text[start:end]`` labelled ``label``; ``attrs`` is stored as JSON in the layer row.

    ``annotator`` (``name@version``) is set once the span is attached to a document; a purity
    finding with ``attrs["counted"] is False`` (a term, code) does not lower purity.
    """

    start: int
    end: int
    label: str
    score: float | None = None
    attrs: dict[str, Any] = field(default_factory=dict)
    annotator: str | None = None

    @property
    def counted(self) -> bool:
        return self.attrs.get("counted", True)

    def to_dict(self) -> dict[str, Any]:
        """The span as JSON-ready fields (no ``annotator``: the caller knows who produced it)."""
        out: dict[str, Any] = {"start": self.start, "end": self.end, "label": self.label}
        if self.score is not None:
            out["score"] = round(self.score, 4)
        return out | ({"attrs": self.attrs} if self.attrs else {})


def merge_spans(spans: list[Span]) -> list[Span]:
    """Overlapping spans merged; the earlier (or longer, at the same start) one gives the label."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            if span.end > last.end:
                merged[-1] = Span(last.start, span.end, last.label, last.score, last.attrs, last.annotator)
            continue
        merged.append(span)
    return merged


def add_span(
    doc: Document,
    layer: str,
    start: int,
    end: int,
    label: str,
    annotator: str,
    score: float | None = None,
    attrs: dict[str, Any] | None = None,
) -> Span:
    """Attach one span to ``doc``'s ``layer``; ``annotator`` is ``name@version`` of what produced it.

    ``doc`` is a ``SloikaDocument`` (every sloika step passes one on; ``sloika.documents.carrying``
    wraps a plain datatrove ``Document``)."""
    if not 0 <= start <= end <= len(doc.text):
        raise ValueError(f"span [{start}, {end}) is outside the document ({len(doc.text)} code points)")
    span = Span(start, end, label, score, dict(attrs or {}), annotator)
    _layers(doc).setdefault(layer, []).append(span)
    return span


def spans(doc: Document) -> dict[str, list[Span]]:
    """Layer name → spans attached to ``doc`` so far (none on a plain datatrove ``Document``)."""
    carried = getattr(doc, "carried", None)
    return carried.spans if carried is not None else {}


def _layers(doc: Document) -> dict[str, list[Span]]:
    carried = getattr(doc, "carried", None)
    if carried is None:
        raise TypeError(
            f"{type(doc).__name__} carries no spans: wrap it with sloika.documents.carrying(doc) "
            "(sloika's steps pass such documents on)"
        )
    return carried.spans


def boundaries(doc: Document) -> list[int]:
    """Every offset where some span starts or ends, sorted, with 0 and len(text)."""
    cuts = {0, len(doc.text)}
    for layer_spans in spans(doc).values():
        for span in layer_spans:
            cuts.update((span.start, span.end))
    return sorted(cuts)


def remap(doc: Document, new_offsets: dict[int, int]) -> None:
    """Move every span's offsets through ``new_offsets`` (old boundary → new boundary)."""
    for layer_spans in spans(doc).values():
        for span in layer_spans:
            span.start, span.end = new_offsets[span.start], new_offsets[span.end]
