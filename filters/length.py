"""Reject documents with too little text left after repair."""

from __future__ import annotations

from datatrove.data import Document

from sloika.filters.base import SloikaFilter, Verdict


class LengthFilter(SloikaFilter):
    """Rejects documents with too little text left after repair."""

    name = "📏 Length"
    step = "length"

    def __init__(self, min_chars: int):
        super().__init__()
        self.min_chars = min_chars

    def filter(self, doc: Document) -> Verdict:
        if not doc.text.strip():
            return False, "empty", "no text after repair"
        if len(doc.text) < self.min_chars:
            return False, "too_short", f"{len(doc.text)} chars < limits.min_chars {self.min_chars}"
        return True
