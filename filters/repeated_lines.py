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
from sloika.filters.base import Signature

STEP = "repeated_lines"
REASON = "only_repeated_lines"


def line_key(line: str, min_chars: int) -> int | None:
    """Hash of a line with case, Unicode form and spacing normalised; None for short lines."""
    canonical = " ".join(unicodedata.normalize("NFKC", line).casefold().split())
    if len(canonical) < min_chars:
        return None
    return xxhash.xxh3_64_intdigest(canonical.encode("utf-8", errors="surrogatepass")) - 2**63


class LineHashes(Signature):
    """Computes the distinct hashes of a document's lines (``line_hashes``) for the corpus-wide
    repeated-line removal of ``sloika.corpora.repeated_lines``.

    Args:
        config: ``RepeatedLinesConfig``; lines shorter than ``min_chars`` (normalised) are ignored.
    """

    name = "🧾 Line hashes"
    key = "line_hashes"
    step = STEP  # what the corpus-wide pass records as rejected.step

    def __init__(self, config: RepeatedLinesConfig):
        super().__init__()
        self.config = config

    def signature(self, doc: Document) -> list[int]:
        keys = {line_key(line, self.config.min_chars) for line in doc.text.splitlines()}
        keys.discard(None)
        return sorted(keys)
