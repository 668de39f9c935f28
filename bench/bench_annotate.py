"""Annotation throughput per layer, one process, on real Russian markdown.

Each annotator runs the way ``sloika annotate`` runs it: loaded once, corpus-level ones (terms,
topics) fitted on the whole set first, then documents in batches of 64 (spaCy inside uses
``nlp.pipe`` with only the components the layer needs).

    .venv/bin/python bench/bench_annotate.py --data $SHARED_DATA/prose/rust_book/rustbook-ru
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from datatrove.data import Document

from sloika.annotators import make_annotator

LAYERS = ("segments", "morph", "entities", "definitions", "terms", "topics", "unpacking")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1] / "tests" / "data")
    parser.add_argument("--limit", type=int, default=300, help="at most this many .md files")
    parser.add_argument("--layers", default=",".join(LAYERS))
    args = parser.parse_args()

    files = sorted(args.data.rglob("*.md"))[: args.limit]
    docs = [
        Document(text=f.read_text(encoding="utf-8", errors="replace"), id=str(f), metadata={"lang": "ru"})
        for f in files
    ]
    chars = sum(len(d.text) for d in docs)
    print(f"{len(docs)} documents, {chars / 1e6:.2f} M chars from {args.data}\n")
    print(f"{'layer':<12}{'docs/s':>9}{'k chars/s':>11}{'spans':>9}   with the corpus pass")
    for layer in args.layers.split(","):
        annotator = make_annotator(layer, {})
        annotator.load()
        start = time.perf_counter()
        if annotator.corpus_level:
            annotator.fit(docs)
        fitted = time.perf_counter()
        spans = sum(len(s) for i in range(0, len(docs), 64) for s in annotator.annotate(docs[i : i + 64]))
        done = time.perf_counter()
        whole = f"   {len(docs) / (done - start):.1f} docs/s" if annotator.corpus_level else ""
        rate, char_rate = len(docs) / (done - fitted), chars / (done - fitted) / 1e3
        print(f"{layer:<12}{rate:>9.1f}{char_rate:>11.0f}{spans:>9}{whole}")


if __name__ == "__main__":
    main()
