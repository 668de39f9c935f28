"""Near-duplicate quality on real page revisions: sloika's MinHash clusters vs exact Jaccard.

Data: tests/data/neardup (successive git revisions of ru.react.dev pages, CC-BY-4.0); its
pairs.dev.jsonl labels pairs (same page, same language, different revision = near duplicate).
For each threshold it prints precision / recall / F1 of "same cluster" against the labels, next to
exact word-5-gram Jaccard at the same threshold (the ceiling MinHash approximates), and the LSH
S-curve of the chosen bands × rows: the probability that a pair with similarity s becomes a
candidate, 1 - (1 - s^r)^b.

    .venv/bin/python bench/bench_neardup.py [--data tests/data/neardup]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import duckdb
import pyarrow as pa

from sloika.config import NearDedupConfig
from sloika.corpora.dedup import near_duplicate_clusters
from sloika.filters.near_dedup import MinHashSignature
from sloika.text.ngrams import word_ngrams

REPO = Path(__file__).resolve().parents[1]


def scores(predicted: list[bool], labels: list[bool]) -> tuple[float, float, float]:
    tp = sum(p and y for p, y in zip(predicted, labels, strict=True))
    fp = sum(p and not y for p, y in zip(predicted, labels, strict=True))
    fn = sum(y and not p for p, y in zip(predicted, labels, strict=True))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=REPO / "tests" / "data" / "neardup")
    parser.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.9")
    args = parser.parse_args()

    docs = {p.stem: p.read_text(encoding="utf-8") for p in sorted((args.data / "docs").glob("*.md"))}
    pairs = [json.loads(line) for line in (args.data / "pairs.dev.jsonl").read_text().splitlines()]
    labels = [bool(p["near_dup_label"]) for p in pairs]
    grams = {doc_id: word_ngrams(text, 5, short=True) for doc_id, text in docs.items()}
    jaccard = [len(grams[p["a"]] & grams[p["b"]]) / len(grams[p["a"]] | grams[p["b"]]) for p in pairs]
    print(f"{len(docs)} documents, {len(pairs)} labelled pairs ({sum(labels)} near duplicates)\n")
    print("threshold  bands×rows  MinHash P / R / F1        exact Jaccard P / R / F1   ΔF1    docs/s")
    for threshold in (float(t) for t in args.thresholds.split(",")):
        step = MinHashSignature(NearDedupConfig(threshold=threshold))
        start = time.perf_counter()
        keys = [step.band_keys(text) for text in docs.values()]
        rate = len(docs) / (time.perf_counter() - start)
        con = duckdb.connect()
        con.register(
            "candidates", pa.table({"id": list(docs), "text": list(docs.values()), "minhash_bands": keys})
        )
        roots = near_duplicate_clusters(con, "candidates", threshold, step.config.ngram)
        same = [roots.get(p["a"], p["a"]) == roots.get(p["b"], p["b"]) for p in pairs]
        got, ceiling = scores(same, labels), scores([j >= threshold for j in jaccard], labels)
        print(
            f"{threshold:9.2f}  {step.bands:>4}×{step.rows:<5}  "
            f"{got[0]:.3f} / {got[1]:.3f} / {got[2]:.3f}     "
            f"{ceiling[0]:.3f} / {ceiling[1]:.3f} / {ceiling[2]:.3f}      "
            f"{got[2] - ceiling[2]:+.3f}  {rate:7.0f}"
        )

    default = MinHashSignature(NearDedupConfig())
    b, r = default.bands, default.rows
    print(f"\nS-curve of the default ({b} bands × {r} rows): P(candidate | Jaccard s)")
    for s in (0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 0.95):
        print(f"  s={s:.2f}  {1 - (1 - s**r) ** b:.3f}")


if __name__ == "__main__":
    main()
