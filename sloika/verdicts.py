"""How a document's fate is recorded.

A step that rejects a document marks it here and hands it to its exclusion writer; the document
leaves the stream at that step (``sloika.filters.base.Filter``, the readers). The mark rides on the
document outside ``metadata`` (``sloika.documents``); ``metadata["filter_reason"]`` and
``metadata["filter_detail"]`` say the same for a stock datatrove exclusion writer.
"""

from __future__ import annotations

from datatrove.data import Document

from sloika.documents import Rejection, SloikaDocument, carrying

__all__ = ["Rejection", "reject", "rejection"]


def reject(doc: Document, step: str, reason: str, detail: str = "") -> SloikaDocument:
    """Mark ``doc`` as rejected by ``step`` for ``reason`` (a short, countable code); returns the
    document to hand on (``doc`` itself when it is already a ``SloikaDocument``)."""
    doc = carrying(doc)
    doc.carried.rejection = Rejection(step, reason, detail)
    doc.metadata["filter_reason"] = reason
    if detail:
        doc.metadata["filter_detail"] = detail
    return doc


def rejection(doc: Document) -> Rejection | None:
    """The rejection recorded on ``doc``, or None while it is kept."""
    return doc.carried.rejection if isinstance(doc, SloikaDocument) else None
