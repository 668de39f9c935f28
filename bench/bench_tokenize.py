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
  ``LocalPipelineExecutor`` with ``tasks = workers = N``. A corpus has one documents file, and
  datatrove's readers split work by file, so one task gets all documents (its tokenizer still
  encodes each batch on several threads).

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


def run_sloika(corpus: Path, tokenizer: Path, workers: int, out: Path) -> tuple[float, int, int]:
    from sloika.corpora.export_pretrain import PretrainOptions, export_pretrain

    start = time.perf_counter()
    manifest = export_pretrain(
        corpus, out, PretrainOptions(tokenizer=str(tokenizer), workers=workers, overwrite=True)
    )
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
    args = parser.parse_args()

    from sloika.corpora.tokenizer_sources import load_export_tokenizer

    corpus = make_corpus(args.data, args.size_mb, shards=max(args.workers, 2))
    export = load_export_tokenizer(args.tokenizer)
    tokenizer = OUT / "tok-runs" / "tokenizer.json"
    tokenizer.parent.mkdir(parents=True, exist_ok=True)
    export.tokenizer.save(str(tokenizer))
    eos = export.tokenizer.id_to_token(export.eos_id)

    results: dict[str, list[tuple[float, int, int]]] = {"sloika": [], "datatrove": []}
    for _ in range(args.repeat):
        results["datatrove"].append(
            run_datatrove(corpus, tokenizer, eos, args.workers, OUT / "tok-runs" / "dt")
        )
        results["sloika"].append(run_sloika(corpus, tokenizer, args.workers, OUT / "tok-runs" / "sloika"))
    print(
        f"corpus {corpus} · tokenizer {args.tokenizer.name} · workers {args.workers}"
        f" · median of {args.repeat}"
    )
    medians = {}
    for name, runs in results.items():
        seconds = statistics.median(r[0] for r in runs)
        documents, tokens = runs[0][1], runs[0][2]
        medians[name] = seconds
        print(
            f"{name:>9}: {documents:,} docs, {tokens:,} tokens, {seconds:.2f} s → "
            f"{documents / seconds:,.0f} docs/s, {tokens / seconds:,.0f} tokens/s"
        )
    if results["sloika"][0][2] != results["datatrove"][0][2]:
        raise SystemExit("the two sides wrote different token counts: not the same work")
    print(f"ratio sloika / datatrove throughput: {medians['datatrove'] / medians['sloika']:.2f}×")


if __name__ == "__main__":
    main()
