"""Exact deduplication on a normalised-text hash.

Signatures are computed per document inside the datatrove tasks (``ExactDedupSignature``); the
duplicates are found globally once all tasks are done (``sloika.corpora.dedup``, one DuckDB
GROUP BY over the staged signatures), because with several tasks no single task sees every copy.
The kept member of a cluster is the first by (source, position): deterministic, and it keeps the
copy that appears earliest in the user's own input order.
"""

from __future__ import annotations

import unicodedata

import xxhash
from datatrove.data import Document

from sloika.filters.base import Signature

STEP = "exact_dedup"
REASON = "exact_duplicate"


def normalised_text_hash(text: str) -> str:
    """Hash of the text with case, Unicode form and whitespace differences removed."""
    canonical = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return xxhash.xxh3_128_hexdigest(canonical.encode("utf-8", errors="surrogatepass"))


class ExactDedupSignature(Signature):
    """Computes each document's ``text_hash`` (``normalised_text_hash``) for the corpus-wide exact
    dedup of ``sloika.corpora.dedup``; takes no arguments."""

    name = "🫂 Exact dedup signature"
    key = "text_hash"
    step = STEP  # what the corpus-wide pass records as rejected.step

    def signature(self, doc: Document) -> str:
        return normalised_text_hash(doc.text)
