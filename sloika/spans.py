"""Stand-off spans: how a step attaches layer rows to a document while it flows through a build.

A span is a dict ``{start, end, label, score, attrs}`` with 0-based code-point offsets into
``doc.text`` (end exclusive). Spans wait in ``doc.metadata`` until the corpus writer stages them
as ``layers/<layer>/`` rows. A step that changes ``doc.text`` must keep them pointing at the same
characters (``RepairText`` repairs span by span for that reason).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # spans are plain dicts; datatrove stays optional for the purity API
    from datatrove.data import Document

SPANS_KEY = "_sloika_spans"


def add_span(
    doc: Document,
    layer: str,
    start: int,
    end: int,
    label: str,
    annotator: str,
    score: float | None = None,
    attrs: dict[str, Any] | None = None,
) -> None:
    """Attach one span; ``annotator`` is ``name@version`` of what produced it."""
    if not 0 <= start <= end <= len(doc.text):
        raise ValueError(f"span [{start}, {end}) is outside the document ({len(doc.text)} code points)")
    doc.metadata.setdefault(SPANS_KEY, {}).setdefault(layer, []).append(
        {
            "start": start,
            "end": end,
            "label": label,
            "score": score,
            "attrs": attrs or {},
            "annotator": annotator,
        }
    )


def spans(doc: Document) -> dict[str, list[dict[str, Any]]]:
    """Layer name → spans attached to ``doc`` so far."""
    return doc.metadata.get(SPANS_KEY, {})


def boundaries(doc: Document) -> list[int]:
    """Every offset where some span starts or ends, sorted, with 0 and len(text)."""
    cuts = {0, len(doc.text)}
    for layer_spans in spans(doc).values():
        for span in layer_spans:
            cuts.update((span["start"], span["end"]))
    return sorted(cuts)


def remap(doc: Document, new_offsets: dict[int, int]) -> None:
    """Move every span's offsets through ``new_offsets`` (old boundary → new boundary)."""
    for layer_spans in spans(doc).values():
        for span in layer_spans:
            span["start"], span["end"] = new_offsets[span["start"]], new_offsets[span["end"]]
