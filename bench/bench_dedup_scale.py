"""Near-dedup at scale: sloika's MinHash signatures + DuckDB clustering vs a plain datasketch
MinHashLSH script, on the same ≥ 100k documents, each side in its own process (peak RSS per side).

Data: paragraphs of real text from ``--source`` (default: the repo's tests/data: Rust Book
chapters, React docs pages, the neardup revisions) cut into ~1 kB documents; every document is a
window of consecutive paragraphs from a random file plus light synthetic edits (about 1 word in
30 replaced), and ``--dup-rate`` of them are edited copies of an earlier document, so the true
near-duplicates are known by construction. Written once to bench/out/.

    .venv/bin/python bench/bench_dedup_scale.py --docs 100000
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import resource
import time
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"


def make_data(source: Path, n_docs: int, dup_rate: float, seed: int) -> Path:
    tag = zlib.crc32(str(source.resolve()).encode())
    path = OUT / f"dedup-{n_docs}-{dup_rate}-{seed}-{tag:08x}.jsonl"
    if path.exists():
        return path
    rng = random.Random(seed)
    files = [p for p in sorted(source.rglob("*")) if p.suffix in (".md", ".txt") and p.stat().st_size > 2000]
    paragraphs = [
        [q for q in p.read_text(encoding="utf-8", errors="replace").split("\n\n") if len(q) > 40]
        for p in files
    ]
    paragraphs = [ps for ps in paragraphs if len(ps) > 3]
    vocabulary = sorted({w for ps in paragraphs for q in ps for w in q.split()})

    def edit(text: str, rate: float) -> str:
        return " ".join(rng.choice(vocabulary) if rng.random() < rate else w for w in text.split())

    docs: list[str] = []
    OUT.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n_docs):
            if docs and rng.random() < dup_rate:
                text, origin = edit(rng.choice(docs[-5000:]), 0.02), "dup"
            else:
                ps = rng.choice(paragraphs)
                start = rng.randrange(len(ps))
                text, origin = "", "fresh"
                while len(text) < 1000:
                    text += ps[start % len(ps)] + "\n\n"
                    start += 1
                text = edit(text, 1 / 30)
            docs.append(text)
            out.write(json.dumps({"text": text, "origin": origin, "n": i}, ensure_ascii=False) + "\n")
    return path


def texts(path: Path):
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)["text"]


def run_sloika(path: Path, queue) -> None:
    """As in a build: keys are staged to Parquet in batches (never all texts in memory), then one
    DuckDB GROUP BY per band and a union-find over the documents that share a bucket."""
    import duckdb
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sloika.config import NearDedupConfig
    from sloika.corpora.dedup import near_duplicate_clusters
    from sloika.filters.near_dedup import MinHashSignature

    start = time.perf_counter()
    step = MinHashSignature(NearDedupConfig())
    staged = OUT / f"{path.stem}.keys.parquet"
    schema = pa.schema([("id", pa.string()), ("text", pa.string()), ("minhash_bands", pa.list_(pa.int64()))])
    count = 0
    with pq.ParquetWriter(staged, schema) as writer:
        batch: dict[str, list] = {"id": [], "text": [], "minhash_bands": []}
        for i, text in enumerate(texts(path)):
            batch["id"].append(f"{i:08d}")
            batch["text"].append(text)  # candidate pairs are verified against the texts
            batch["minhash_bands"].append(step.band_keys(text))
            count += 1
            if len(batch["id"]) == 10_000:
                writer.write_table(pa.table(batch, schema=schema))
                batch = {"id": [], "text": [], "minhash_bands": []}
        writer.write_table(pa.table(batch, schema=schema))
    signed = time.perf_counter()
    config = NearDedupConfig()
    roots = near_duplicate_clusters(
        duckdb.connect(), f"read_parquet('{staged}')", config.threshold, config.ngram
    )
    done = time.perf_counter()
    removed = len(roots) - len(set(roots.values()))
    queue.put(
        {
            "side": "sloika",
            "docs": count,
            "signature_s": signed - start,
            "cluster_s": done - signed,
            "removed": removed,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }
    )


def run_datasketch(path: Path, queue) -> None:
    """What a user would write with datasketch alone: MinHash per doc, insert, query, union-find;
    with sloika's settings (64-bit xxh3 shingle hashes and the affine64 scheme instead of datasketch's
    default sha1 and affine32, the permutations drawn once and reused instead of per document, the
    same 5-word shingles), so the ratio measures sloika's signatures and clustering, not a slower hash."""
    import re

    import xxhash
    from datasketch import MinHash, MinHashLSH

    word = re.compile(r"\w+")
    start, cpu_start = time.perf_counter(), time.process_time()
    lsh = MinHashLSH(threshold=0.7, num_perm=128)
    permutations = MinHash(num_perm=128, seed=1, scheme="affine64").permutations
    hashes = {}
    for i, text in enumerate(texts(path)):
        words = word.findall(text.casefold())
        grams = {" ".join(words[j : j + 5]).encode() for j in range(max(1, len(words) - 4))}
        m = MinHash(
            num_perm=128,
            seed=1,
            hashfunc=xxhash.xxh3_64_intdigest,
            permutations=permutations,
            scheme="affine64",
        )
        m.update_batch(list(grams))
        key = f"{i:08d}"
        lsh.insert(key, m)
        hashes[key] = m
    signed = time.perf_counter()
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for key, m in hashes.items():
        for other in lsh.query(m):
            a, b = find(key), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    done = time.perf_counter()
    queue.put(
        {
            "side": "datasketch",
            "docs": len(hashes),
            "signature_s": signed - start,
            "cluster_s": done - signed,
            "cpu_s": time.process_time() - cpu_start,
            "removed": len(parent),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }
    )


def regex_word_tokenizer():
    """datatrove's WordTokenizer interface over sloika's words (``\\w+``): its ``ru`` tokenizer is a
    spaCy pipeline (~80 % of the signature stage), which sloika does not pay either."""
    import re

    from datatrove.utils.word_tokenizers import WordTokenizer

    word = re.compile(r"\w+")

    class RegexWords(WordTokenizer):
        def word_tokenize(self, text: str) -> list[str]:
            return word.findall(text)

        def sent_tokenize(self, text: str) -> list[str]:
            return [text]

        def span_tokenize(self, text: str) -> list[tuple[int, int]]:
            return [(0, len(text))]

    return RegexWords("ru")


def run_datatrove(path: Path, queue, spacy: bool = False) -> None:
    """datatrove's own minhash stages (signatures → buckets → clusters), 14 × 9; its words from the
    regex tokenizer above (sloika's), or with ``spacy`` from its own ``ru`` tokenizer."""
    import shutil

    import xxhash
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup.minhash import (
        MinhashConfig,
        MinhashDedupBuckets,
        MinhashDedupCluster,
        MinhashDedupSignature,
    )
    from datatrove.pipeline.readers import JsonlReader

    work = OUT / f"{path.stem}.datatrove"
    shutil.rmtree(work, ignore_errors=True)
    config = MinhashConfig(n_grams=5, num_buckets=14, hashes_per_bucket=9)
    signature = MinhashDedupSignature(str(work / "sigs"), config=config, language="ru")
    if not spacy:
        signature.word_tokenizer = regex_word_tokenizer()
    # datatrove 0.10's xxhash64 hands xxhash a str, which xxhash >= 3.5 refuses ("Strings must be
    # encoded before hashing"): the same hash, given the UTF-8 bytes
    signature._hash_func = lambda text: xxhash.xxh64_intdigest(text.encode())
    stages = [
        [
            JsonlReader(str(path.parent), glob_pattern=path.name),
            signature,
        ],
        [MinhashDedupBuckets(str(work / "sigs"), str(work / "buckets"), config=config)],
        [MinhashDedupCluster(str(work / "buckets"), str(work / "remove"), config=config)],
    ]
    start = time.perf_counter()
    marks = []
    for number, stage in enumerate(stages):
        tasks = config.num_buckets if number == 1 else 1
        LocalPipelineExecutor(
            stage, tasks=tasks, workers=1, logging_dir=str(work / f"logs{number}"), skip_completed=False
        ).run()
        marks.append(time.perf_counter())
    removed = sum(p.stat().st_size // 4 for p in (work / "remove").glob("*.remove"))  # uint32 per doc index
    queue.put(
        {
            "side": "datatrove-spacy" if spacy else "datatrove",
            "docs": sum(1 for _ in texts(path)),
            "signature_s": marks[0] - start,
            "cluster_s": marks[2] - marks[0],
            "removed": removed,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--source", type=Path, default=REPO / "tests" / "data")
    parser.add_argument("--dup-rate", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--with-datatrove",
        action="store_true",
        help="also run datatrove's minhash stages (with sloika's regex word tokenizer)",
    )
    parser.add_argument(
        "--datatrove-spacy", action="store_true", help="datatrove with its own ru tokenizer (spaCy) instead"
    )
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args()
    data = make_data(args.source, args.docs, args.dup_rate, args.seed)
    print(f"data: {data} ({data.stat().st_size / 1e6:.1f} MB, {args.docs:,} docs)")
    ctx = mp.get_context("spawn")
    results = []
    sides = (
        (run_sloika, run_datasketch, run_datatrove) if args.with_datatrove else (run_sloika, run_datasketch)
    )
    for target in sides:
        queue = ctx.Queue()
        extra = (args.datatrove_spacy,) if target is run_datatrove else ()
        process = ctx.Process(target=target, args=(data, queue, *extra))
        process.start()
        process.join()  # the results are a small dict: the queue never blocks the child
        if process.exitcode != 0:
            raise SystemExit(f"{target.__name__} failed (exit code {process.exitcode}); see above")
        results.append(queue.get(timeout=60))
    print(f"\n{'side':<11}{'docs':>9}{'sign s':>9}{'cluster s':>10}{'docs/s':>9}{'removed':>9}{'peak MB':>9}")
    for r in results:
        total = r["signature_s"] + r["cluster_s"]
        print(
            f"{r['side']:<11}{r['docs']:>9,}{r['signature_s']:>9.1f}{r['cluster_s']:>10.1f}"
            f"{r['docs'] / total:>9.0f}{r['removed']:>9,}{r['peak_rss_mb']:>9.0f}"
        )
    sloika, plain = results[:2]
    ratio = (plain["signature_s"] + plain["cluster_s"]) / (sloika["signature_s"] + sloika["cluster_s"])
    print(
        f"\nsloika speed / datasketch speed: {ratio:.2f}×; "
        f"peak RSS ratio {sloika['peak_rss_mb'] / plain['peak_rss_mb']:.2f}"
    )
    if args.out:
        args.out.write_text(json.dumps({"docs": args.docs, "results": results, "ratio_vs_datasketch": ratio}))


if __name__ == "__main__":
    main()
