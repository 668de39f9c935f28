"""Lines repeated across many documents (a channel's outro in every transcript, page headers,
navigation text) are boilerplate: removed from every document, like datatrove's sentence dedup,
and recorded in the ``removed`` layer.

Split like the other corpus-wide steps: ``LineHashes`` runs in the datatrove tasks and stages the
hashes of a document's lines; once all tasks are done ``sloika.corpora.repeated_lines`` counts in
how many documents each line occurs (one DuckDB GROUP BY) and rewrites only the documents that
contain a repeated line. Off by default: on small or code-heavy corpora common code lines
(``import { useState } from 'react';``) would count as boilerplate too.
"""

from __future__ import annotations

import unicodedata

import xxhash
from datatrove.data import Document

from sloika.config import RepeatedLinesConfig
from sloika.filters.base import SloikaFilter, Verdict

STEP = "repeated_lines"
REASON = "only_repeated_lines"


def line_key(line: str, min_chars: int) -> int | None:
    """Hash of a line with case, Unicode form and spacing normalised; None for short lines."""
    canonical = " ".join(unicodedata.normalize("NFKC", line).casefold().split())
    if len(canonical) < min_chars:
        return None
    return xxhash.xxh3_64_intdigest(canonical.encode("utf-8", errors="surrogatepass")) - 2**63


class LineHashes(SloikaFilter):
    """Stores the distinct line hashes of a document in ``metadata["line_hashes"]``."""

    name = "🧾 Line hashes"
    step = STEP

    def __init__(self, config: RepeatedLinesConfig):
        super().__init__()
        self.config = config

    def filter(self, doc: Document) -> Verdict:
        keys = {line_key(line, self.config.min_chars) for line in doc.text.splitlines()}
        keys.discard(None)
        doc.metadata["line_hashes"] = sorted(keys)
        return True
