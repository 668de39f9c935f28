"""sloika's working state on a document, kept off ``doc.metadata`` so stock writers never see it.

While a document flows through sloika's steps it carries spans (``sloika.text.spans``), dedup
signatures (the signature steps in ``sloika.filters``) and, once a step rejects it, the rejection
(``sloika.verdicts``). In ``metadata`` they would reach any datatrove writer a user appends
(``JsonlWriter`` would write ``_sloika_spans`` and ``minhash_bands`` into their dataset), so they
ride in a slot of a ``Document`` subclass instead: datatrove's steps pass the same object on,
``dataclasses.asdict`` (what datatrove's writers serialise) sees only the four Document fields,
and sloika's own writers read the slot.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from datatrove.data import Document

from sloika.text.spans import Span


@dataclass(frozen=True)
class Rejection:
    """Which step rejected the document, a short countable reason code, and a sentence."""

    step: str
    reason: str
    detail: str = ""


@dataclass
class Carried:
    spans: dict[str, list[Span]] = field(default_factory=dict)  # layer → spans
    signatures: dict[str, Any] = field(default_factory=dict)  # e.g. text_hash, minhash_bands
    rejection: Rejection | None = None


class SloikaDocument(Document):
    """A datatrove ``Document`` with sloika's working state in ``carried``."""

    __slots__ = ("carried",)

    def __init__(self, text: str, id: str, media: list | None = None, metadata: dict | None = None):
        super().__init__(
            text=text, id=id, media=media or [], metadata=metadata if metadata is not None else {}
        )
        self.carried = Carried()


def carrying(doc: Document) -> SloikaDocument:
    """``doc`` itself when it already carries sloika's state, else the same text, id, media and
    metadata (the same dict) as a ``SloikaDocument``: what every sloika step passes on."""
    if isinstance(doc, SloikaDocument):
        return doc
    return SloikaDocument(text=doc.text, id=doc.id, media=doc.media, metadata=doc.metadata)
