"""How a document carries its fate through a pipeline.

sloika steps never silently drop a document: a step that rejects one marks it and yields it on,
and the corpus writer at the end routes it to ``rejected/``. The mark lives in
``doc.metadata`` so it survives datatrove's pickling between steps and processes.
"""

from __future__ import annotations

from dataclasses import dataclass

from datatrove.data import Document

_KEY = "_sloika_rejected"


@dataclass(frozen=True)
class Rejection:
    step: str
    reason: str
    detail: str = ""


def reject(doc: Document, step: str, reason: str, detail: str = "") -> Document:
    """Mark ``doc`` as rejected by ``step`` for ``reason`` (a short, countable code)."""
    doc.metadata[_KEY] = {"step": step, "reason": reason, "detail": detail}
    return doc


def rejection(doc: Document) -> Rejection | None:
    """The rejection recorded on ``doc``, or None while it is still kept."""
    mark = doc.metadata.get(_KEY)
    return Rejection(**mark) if mark else None


def is_rejected(doc: Document) -> bool:
    return _KEY in doc.metadata


def clear_mark(metadata: dict) -> dict:
    """Metadata without sloika's internal mark, for writing."""
    return {k: v for k, v in metadata.items() if k != _KEY}
