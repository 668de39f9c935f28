"""Benchmark: ``sloika export pretrain`` against datatrove's ``DocumentTokenizer`` on the same corpus.

The corpus: every ``.md``/``.txt`` file under ``--data`` (default: the repo's ``tests/data``; e.g.
``--data $SHARED_DATA/prose`` for more text) is read and replicated with a numbered header line
until it holds ``--size-mb`` MiB of text, written as JSONL shards and built into a sloika corpus with
dedup and language filtering off (so every copy stays). Built once under ``bench/out/`` and reused.

Both sides get the same ``tokenizer.json`` (Qwen2's, made from ``--tokenizer``, a ``.tiktoken``
file, or any tokenizer.json), the same EOS and the same worker count, in one run, and must write the
same number of tokens:

* sloika: ``export_pretrain`` (flat shards and the datatrove files, corpus order, no shuffle),
  ``workers`` tokenizer threads;
* datatrove: ``ParquetReader(corpus/documents)`` → ``DocumentTokenizer(shuffle_documents=False)`` on a
  ``LocalPipelineExecutor`` with ``tasks = workers = N``. datatrove's readers split work by file:
  a corpus holds one set of Parquet parts per build task, so with a one-task corpus one task gets
  all documents (its tokenizer still encodes each batch on several threads).

Prints docs/s, tokens/s for each and the ratio sloika / datatrove (goal: ≥ 1×), median of ``--repeat``.

Usage::

    .venv/bin/python bench/bench_tokenize.py --workers 2
    .venv/bin/python bench/bench_tokenize.py --workers 2 --data $SHARED_DATA/prose --size-mb 40
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
SKIP = ("license", "copyright", "commit", "manifest", "sources")


def make_corpus(data: Path, size_mb: float, shards: int) -> Path:
    """A sloika corpus of ``size_mb`` MiB of real text from ``data``; cached by its parameters."""
    from sloika.config import validate_config
    from sloika.pipelines.build import build_corpus

    files = sorted(
        p
        for p in data.rglob("*")
        if p.suffix in (".md", ".txt") and p.is_file() and not any(s in p.name.lower() for s in SKIP)
    )
    if not files:
        raise SystemExit(f"no .md/.txt files under {data}")
    key = hashlib.sha256(f"{data.resolve()}|{size_mb}|{shards}|{len(files)}".encode()).hexdigest()[:12]
    root = OUT / f"tok-{key}"
    corpus = root / "corpus"
    if (corpus / "manifest.json").is_file():
        return corpus
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    (root / "shards").mkdir(parents=True, exist_ok=True)
    handles = [open(root / "shards" / f"part-{i:03d}.jsonl", "w", encoding="utf-8") for i in range(shards)]  # noqa: SIM115
    written, n = 0, 0
    while written < size_mb * 2**20:
        for text in texts:
            record = json.dumps({"text": f"[{n}]\n{text}"}, ensure_ascii=False)
            handles[n % shards].write(record + "\n")
            written += len(record.encode())
            n += 1
    for handle in handles:
        handle.close()
    build_corpus(
        validate_config(
            {
                "inputs": [{"path": str(root / "shards")}],
                "output": str(corpus),
                "workers": 2,
                "dedup": {"exact": False, "near": {"enabled": False}},
            }
        ),
        overwrite=True,
    )
    return corpus


def run_sloika(
    corpus: Path, tokenizer: Path, workers: int, out: Path, datatrove: bool = True
) -> tuple[float, int, int]:
    from sloika.corpora.export_pretrain import PretrainOptions, export_pretrain

    start = time.perf_counter()
    options = PretrainOptions(tokenizer=str(tokenizer), workers=workers, overwrite=True, datatrove=datatrove)
    manifest = export_pretrain(corpus, out, options)
    return time.perf_counter() - start, manifest["n_documents"], manifest["n_tokens"]


def run_datatrove(corpus: Path, tokenizer: Path, eos: str, workers: int, out: Path) -> tuple[float, int, int]:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import ParquetReader
    from datatrove.pipeline.tokens import DocumentTokenizer

    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    LocalPipelineExecutor(
        [
            ParquetReader(str(corpus / "documents"), text_key="text", id_key="id"),
            DocumentTokenizer(
                str(out / "tokens"),
                tokenizer_name_or_path=str(tokenizer),
                eos_token=eos,
                shuffle_documents=False,
            ),
        ],
        tasks=workers,
        workers=workers,
        logging_dir=str(out / "logs"),
        skip_completed=False,
    ).run()
    seconds = time.perf_counter() - start
    documents = sum(p.stat().st_size // 8 for p in (out / "tokens").glob("*.ds.index"))
    token_size = 4 if "|4" in next((out / "tokens").glob("*.ds.metadata")).read_text() else 2
    tokens = sum(p.stat().st_size // token_size for p in (out / "tokens").glob("*.ds"))
    return seconds, documents, tokens


def run_tiktoken(corpus: Path, tiktoken_file: Path, workers: int, out: Path) -> tuple[float, int, int, str]:
    """The plain script a user would write: tiktoken with Qwen2's regex and specials, NFC, the
    corpus's documents in order, EOS after each, one uint32 file. Construction is timed too."""
    import unicodedata

    import numpy as np
    import pyarrow.parquet as pq
    import tiktoken

    from sloika.corpora.tokenizer_sources import QWEN2_PATTERN, QWEN2_SPECIAL_TOKENS, read_tiktoken_ranks

    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    ranks = read_tiktoken_ranks(tiktoken_file)
    specials = {token: len(ranks) + i for i, token in enumerate(QWEN2_SPECIAL_TOKENS)}
    encoding = tiktoken.Encoding(
        "qwen2", pat_str=QWEN2_PATTERN, mergeable_ranks=ranks, special_tokens=specials
    )
    eos = specials["<|endoftext|>"]
    documents = tokens = 0
    digest = hashlib.sha256()
    with open(out / "tokens.bin", "wb") as handle:
        # corpus order is (source, position): a build writes one sorted set of parts per task
        table = pq.read_table(corpus / "documents", columns=["text", "source", "position"])
        table = table.sort_by([("source", "ascending"), ("position", "ascending")])
        for batch in table.select(["text"]).to_batches(max_chunksize=1000):
            texts = [unicodedata.normalize("NFC", t) for t in batch.column(0).to_pylist()]
            for ids in encoding.encode_ordinary_batch(texts, num_threads=workers):
                ids.append(eos)
                array = np.asarray(ids, dtype="<u4")
                handle.write(array.tobytes())
                digest.update(array.tobytes())
                tokens += len(ids)
            documents += len(texts)
    return time.perf_counter() - start, documents, tokens, digest.hexdigest()


def flat_digest(export: Path) -> str:
    """sha256 of an export's flat tokens as uint32, comparable with the tiktoken script's file."""
    import numpy as np

    manifest = json.loads((export / "export_manifest.json").read_text())
    digest = hashlib.sha256()
    for shard in manifest["flat"]:
        tokens = np.fromfile(export / shard["tokens"], dtype=np.dtype(manifest["dtype"]).newbyteorder("<"))
        digest.update(tokens.astype("<u4").tobytes())
    return digest.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=REPO / "tests" / "data", help="folder of .md/.txt text")
    parser.add_argument(
        "--tokenizer", type=Path, default=REPO / "tests" / "data" / "tokenizers" / "qwen.tiktoken"
    )
    parser.add_argument("--size-mb", type=float, default=20.0, help="MiB of text in the corpus")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--anchors", default="datatrove,tiktoken", help="datatrove and/or tiktoken (.tiktoken only)"
    )
    parser.add_argument(
        "--flat-only",
        action="store_true",
        help="sloika writes only the flat shards (--no-datatrove), the same output as the tiktoken script",
    )
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args()

    from sloika.corpora.tokenizer_sources import load_export_tokenizer

    corpus = make_corpus(args.data, args.size_mb, shards=max(args.workers, 2))
    export = load_export_tokenizer(args.tokenizer)  # also fills the conversion cache before timing
    tokenizer = OUT / "tok-runs" / "tokenizer.json"
    tokenizer.parent.mkdir(parents=True, exist_ok=True)
    export.save(tokenizer.parent)
    eos = export.tokenizer.id_to_token(export.eos_id)
    anchors = [a for a in args.anchors.split(",") if a != "tiktoken" or args.tokenizer.suffix == ".tiktoken"]

    runs = OUT / "tok-runs"
    results: dict[str, list] = {name: [] for name in ["sloika", *anchors]}
    for _ in range(args.repeat):  # interleaved, so a busy machine hurts every side alike
        if "datatrove" in anchors:
            results["datatrove"].append(run_datatrove(corpus, tokenizer, eos, args.workers, runs / "dt"))
        if "tiktoken" in anchors:
            results["tiktoken"].append(run_tiktoken(corpus, args.tokenizer, args.workers, runs / "tiktoken"))
        # sloika gets the file the user has (a .tiktoken is encoded by tiktoken, its conversion cached)
        results["sloika"].append(
            run_sloika(corpus, args.tokenizer, args.workers, runs / "sloika", not args.flat_only)
        )
    print(
        f"corpus {corpus} · tokenizer {args.tokenizer.name} · workers {args.workers}"
        f" · median of {args.repeat}"
    )
    report: dict = {
        "corpus": str(corpus),
        "tokenizer": args.tokenizer.name,
        "workers": args.workers,
        "sides": {},
    }
    for name, timings in results.items():
        seconds = statistics.median(r[0] for r in timings)
        documents, tokens = timings[0][1], timings[0][2]
        report["sides"][name] = {"seconds": seconds, "documents": documents, "tokens": tokens}
        print(
            f"{name:>9}: {documents:,} docs, {tokens:,} tokens, {seconds:.2f} s → "
            f"{documents / seconds:,.0f} docs/s, {tokens / seconds:,.0f} tokens/s"
        )
    for anchor in anchors:
        if results["sloika"][0][2] != results[anchor][0][2]:
            raise SystemExit(f"sloika and {anchor} wrote different token counts: not the same work")
        ratio = report["sides"][anchor]["seconds"] / report["sides"]["sloika"]["seconds"]
        report[f"ratio_vs_{anchor}"] = ratio
        print(f"ratio sloika / {anchor} throughput: {ratio:.2f}×")
    if "tiktoken" in anchors:
        same = flat_digest(runs / "sloika") == results["tiktoken"][0][3]
        report["identical_ids_vs_tiktoken"] = same
        print(f"identical ids to the tiktoken script: {same}")
        if not same:
            raise SystemExit("sloika's ids differ from tiktoken's: not the same work")
    if args.out:
        args.out.write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
