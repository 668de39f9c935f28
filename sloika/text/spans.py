"""Stand-off spans: the one shape a finding over a text has, whoever produced it.

A ``Span`` covers ``text[start:end]`` (0-based code points, end exclusive, so DuckDB's
``substring(text, start + 1, end - start)`` is the same characters). Readers return them for the
``structure`` layer, filters for ``lang_spans`` and ``removed``, annotators for their layers, the
purity measure for its findings; the corpus writer stores each as one layer row.

While a document flows through a build its spans ride on it (``add_span``), grouped by layer,
outside ``doc.metadata`` (``sloika.documents``: stock writers never see them), until the corpus
writer stages them as ``layers/<layer>/`` rows. A step that changes ``doc.text`` must keep them
pointing at the same characters: one that cuts or replaces ranges of it does so with ``Edited``
(``edit_document``; a reader's ``Parsed`` moves its spans with ``Edited.span``), one that repairs
the text piece by piece between span boundaries with ``boundaries`` + ``remap``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the text primitives never need datatrove at run time
    from datatrove.data import Document

REMOVED = "removed"  # the layer that records what a step took out of the text


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


class Edited:
    """``text`` with ranges cut out or replaced, and where each offset of ``text`` lands in the
    result: the one place a step that edits a document's text moves its spans.

    ``edits`` are ``(start, end, replacement)``, sorted and apart (two may touch); a replacement of
    ``""`` cuts the range, an empty range inserts one. The one rule for an offset: before an edited
    range or at its start it stays where it was in the text (the replacement comes after it);
    inside the range or at its end it lands at the end of the replacement, where the cut closed up
    for a cut. So a span before, after or across an edit covers the same characters, those left of
    them; one starting inside a replaced value begins after its replacement (a placeholder is no
    part of it); one whose characters were all cut is ``emptied``, where the cut was."""

    def __init__(self, text: str, edits: Iterable[tuple[int, int, str]]) -> None:
        edits = list(edits)
        self._starts = [start for start, _, _ in edits]
        self._ends: list[int] = []  # each edit's end in the old text
        self._new_ends: list[int] = []  # its replacement's end in the new
        pieces, cursor, shift = [], 0, 0
        for start, end, replacement in edits:
            if not cursor <= start <= end <= len(text):
                raise ValueError(f"edit [{start}, {end}) is out of order or outside the text")
            pieces += [text[cursor:start], replacement]
            shift += len(replacement) - (end - start)
            self._ends.append(end)
            self._new_ends.append(end + shift)
            cursor = end
        pieces.append(text[cursor:])
        self.text = "".join(pieces)

    def offset(self, offset: int) -> int:
        """Where ``offset`` of the old text lands in the new one (the class's rule)."""
        at = bisect_left(self._starts, offset) - 1  # the last edit that starts before it
        if at < 0:
            return offset
        if offset <= self._ends[at]:
            return self._new_ends[at]
        return offset + self._new_ends[at] - self._ends[at]

    def ranges(self, ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """(start, end) pairs of the old text moved to the new one."""
        return [(self.offset(start), self.offset(end)) for start, end in ranges]

    def span(self, span: Span) -> Span:
        """A copy of ``span`` moved to the new text."""
        return replace(span, start=self.offset(span.start), end=self.offset(span.end))

    def emptied(self, span: Span) -> bool:
        """Whether ``span`` covered characters and covers none now: all of them went in the edits."""
        return span.start < span.end and self.offset(span.start) == self.offset(span.end)

    def spans(self, spans: Iterable[Span], drop_emptied: bool = False) -> list[Span]:
        """``spans`` moved to the new text (copies), where ``drop_emptied`` without those ``emptied``:
        a structure span or a finding goes with the text it covered."""
        return [self.span(span) for span in spans if not (drop_emptied and self.emptied(span))]


def edit_document(doc: Document, edits: Iterable[tuple[int, int, str]], drop_emptied: bool = False) -> Edited:
    """Make ``edits`` in ``doc.text`` (``Edited``) and move every span on ``doc`` in place; where
    ``drop_emptied``, a span whose characters all went is taken off ``doc``, but for a ``removed``
    record: nothing removed is lost, it stays where the cut was."""
    edited = Edited(doc.text, edits)
    for layer, layer_spans in spans(doc).items():
        if drop_emptied and layer != REMOVED:
            layer_spans[:] = [span for span in layer_spans if not edited.emptied(span)]
        for span in layer_spans:
            span.start, span.end = edited.offset(span.start), edited.offset(span.end)
    doc.text = edited.text
    return edited
