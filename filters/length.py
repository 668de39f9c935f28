"""Reject documents with too little text left after repair."""

from __future__ import annotations

from datatrove.data import Document
from datatrove.pipeline.writers.disk_base import DiskWriter

from sloika.filters.base import Filter, Verdict


class LengthFilter(Filter):
    """Rejects documents with too little text left after repair.

    Args:
        min_chars: shorter documents are rejected as ``too_short`` (blank ones as ``empty``).
        exclusion_writer: where rejected documents go (see ``sloika.filters.base.Filter``).
    """

    name = "📏 Length"
    step = "length"

    def __init__(self, min_chars: int, exclusion_writer: DiskWriter | None = None):
        super().__init__(exclusion_writer)
        self.min_chars = min_chars

    def filter(self, doc: Document) -> Verdict:
        if not doc.text.strip():
            return False, "empty", "no text after repair"
        if len(doc.text) < self.min_chars:
            return False, "too_short", f"{len(doc.text)} chars < limits.min_chars {self.min_chars}"
        return True
