"""The default build at scale: docs/s, CPU seconds and peak memory per stage, against the anchors.

The data: ``--docs`` documents of about 1 kB in ONE JSONL file (so the run also shows whether one
big file keeps every worker busy). Each fresh document is real text: sentences drawn at random from
one prose file of ``--source`` (default: the repo's tests/data: the Rust Book in English, the React
docs and their revisions in Russian, ...), so its language is one and its 5-grams are its own.
``--exact`` of the documents are verbatim copies of an earlier one and ``--near`` of them are
copies with 2 % of their words replaced (word 5-gram Jaccard ≈ 0.8, over the 0.7 threshold), so
the dedup has known work. Written once to bench/out/ and reused.

The sloika side: ``build_corpus`` with the default config (repair, transcript junk, length,
calibrated language ID, exact and near dedup; ``--workers``), measured per stage from /proc over
the whole process tree (the datatrove workers included): wall seconds, CPU seconds (user + sys: on
a shared machine the fairer figure) and peak RSS (summed over the processes, so pages shared after
a fork count twice: an upper bound). The datatrove tasks' time per step comes from their
stats.json. The near-dup stage is the MinHash signature step (inside the tasks) plus the
clustering (in the finish).

The anchors, in the same run on the same file: a bare datatrove pipeline with the same reader
and writer (JsonlReader → FTFYFormatter → LanguageFilter (raw lid.176) → ParquetWriter, exact
dedup in datatrove's three stages; ``bench_build.run_bare``), and for near-dup a plain datasketch
script with the same hash settings (``bench_dedup_scale.run_datasketch``: xxh3-64 shingles,
affine64 permutations, MinHashLSH at 0.7).

    .venv/bin/python bench/bench_scale.py --docs 10000 --docs 100000 --workers 2
    .venv/bin/python bench/bench_scale.py --docs 1000000 --workers 2 --no-anchor   # ~1.1 GB of JSONL
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import re
import shutil
import threading
import time
from pathlib import Path

import bench_build
import bench_dedup_scale

import sloika.pipelines.build as build_mod
from sloika.config import validate_config

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"
DOC_BYTES = 1024
NEAR_STAGES = ("stage: near_buckets", "stage: near_verify", "stage: dup_clusters")
SENTENCE = re.compile(r"(?<=[.!?…])\s+")


# --- data -------------------------------------------------------------------------------------


def sentence_pools(source: Path) -> list[list[str]]:
    """Per prose file of ``source``, its sentences (markdown code, tables and tags left out)."""
    pools = []
    for path in bench_build.text_files(source):
        text = path.read_text(encoding="utf-8", errors="replace")
        paragraphs = [
            p for p in re.split(r"\n\s*\n", text) if not p.lstrip().startswith(("```", "|", "<", "#"))
        ]
        sentences = [
            s.strip() for p in paragraphs for s in SENTENCE.split(" ".join(p.split())) if len(s) > 30
        ]
        if len(sentences) >= 20:
            pools.append(sentences)
    return pools


def make_data(source: Path, n_docs: int, exact: float, near: float, seed: int) -> Path:
    """The one JSONL file of ``n_docs`` documents (see the module doc); built once."""
    folder = OUT / f"scale-{n_docs}-{exact}-{near}-{seed}"
    path = folder / "docs.jsonl"
    if path.exists():
        return path
    rng = random.Random(seed)
    pools = sentence_pools(source)
    if not pools:
        raise SystemExit(f"no prose files with 20+ sentences under {source}")
    recent: list[str] = []
    folder.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as out:
        for i in range(n_docs):
            draw = rng.random()
            if recent and draw < exact:
                text, origin = rng.choice(recent), "exact"
            elif recent and draw < exact + near:
                words = rng.choice(recent).split(" ")
                for _ in range(max(1, len(words) // 50)):
                    words[rng.randrange(len(words))] = rng.choice(words)
                text, origin = " ".join(words), "near"
            else:
                pool, parts, size = rng.choice(pools), [], 0
                while size < DOC_BYTES:
                    parts.append(rng.choice(pool))
                    size += len(parts[-1].encode()) + 1
                text, origin = " ".join(parts), "fresh"
            recent.append(text)
            if len(recent) > 10_000:
                recent[rng.randrange(len(recent))] = recent.pop()
            out.write(json.dumps({"text": text, "origin": origin, "n": i}, ensure_ascii=False) + "\n")
    partial.rename(path)
    return path


# --- measuring --------------------------------------------------------------------------------


class StageMeter(bench_build.CpuMeter):
    """``CpuMeter`` with named stages: wall seconds, CPU seconds and peak RSS (MB, summed over the
    process tree) of each. ``mark(name)`` ends the current stage and starts the next."""

    def __init__(self, interval: float = 0.2):
        super().__init__(interval)
        self.lock = threading.Lock()
        self.stages: dict[str, dict[str, float]] = {}
        self._current: str | None = None
        self._started = (0.0, 0.0)
        self._peak = 0.0

    def _update(self) -> None:
        with self.lock:
            for key, used in self._sample().items():
                self.seen[key] = max(self.seen.get(key, 0), used)
            self._peak = max(self._peak, self.rss_mb)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self._update()

    def mark(self, name: str | None) -> None:
        self._update()
        now = (time.perf_counter(), self.seconds)
        with self.lock:
            if self._current is not None:
                stage = self.stages.setdefault(
                    self._current, {"wall_s": 0.0, "cpu_s": 0.0, "peak_rss_mb": 0.0}
                )
                stage["wall_s"] += now[0] - self._started[0]
                stage["cpu_s"] += now[1] - self._started[1]
                stage["peak_rss_mb"] = max(stage["peak_rss_mb"], self._peak)
            self._current, self._started, self._peak = name, now, self.rss_mb


def wrap(module, name: str, before: str | None, after: str | None, meter: StageMeter, saved: dict) -> None:
    """Mark ``before`` when ``module.name`` is called and ``after`` when it returns."""
    original = getattr(module, name)
    saved[(module, name)] = original

    def wrapped(*args, **kwargs):
        if before:
            meter.mark(before)
        try:
            return original(*args, **kwargs)
        finally:
            if after:
                meter.mark(after)

    setattr(module, name, wrapped)


def run_sloika(data: Path, workers: int, run_dir: Path) -> dict:
    output = run_dir / "corpus"
    config = validate_config(
        {"name": "scale", "inputs": [{"path": str(data)}], "output": str(output), "workers": workers}
    )
    saved: dict = {}
    original_stages = build_mod.run_stages

    def run_stages(config, chain):  # the same stages in order, one call each, each a measured stage
        for stage in chain:
            meter.mark("datatrove tasks" if stage.name == "tasks" else f"stage: {stage.name}")
            original_stages(config, [stage])
        meter.mark("counts, manifest, publish")

    with StageMeter() as meter:
        wrap(build_mod, "scan_input", None, "datatrove tasks", meter, saved)
        saved[(build_mod, "run_stages")] = original_stages
        build_mod.run_stages = run_stages
        try:
            meter.mark("scan inputs (fingerprint, split)")
            started = time.perf_counter()
            result = build_mod.build_corpus(config)
            wall = time.perf_counter() - started
            meter.mark(None)
        finally:
            for (module, name), original in saved.items():
                setattr(module, name, original)
    counts = result.manifest["counts"]
    tasks = result.manifest.get("tasks", workers)
    steps = bench_build.step_times(output / "logs" / "stats.json")
    # per step, datatrove measures wall time inside the tasks; its CPU is estimated as the step's
    # share of the tasks' CPU (on a busy machine every step waits for the CPU alike)
    tasks_cpu = meter.stages["datatrove tasks"]["cpu_s"]
    steps_wall = sum(seconds for _, seconds, _ in steps) or 1.0
    # the worker processes: the busiest of the build's children (the build's own process aside)
    children = sorted(
        (used - meter.baseline.get(key, 0)) / meter.tick
        for key, used in meter.seen.items()
        if key[0] != os.getpid()
    )
    signature_s = sum(seconds for step, seconds, _ in steps if "MinHash" in step) * tasks_cpu / steps_wall
    near_stages = [stage for name, stage in meter.stages.items() if name.startswith(NEAR_STAGES)]
    clustering = {
        key: sum(stage[key] for stage in near_stages) for key in ("wall_s", "cpu_s")
    }  # buckets, verification, clusters
    return {
        "side": "sloika build",
        "docs": counts["read"],
        "kept": counts["kept"],
        "duplicates": counts["duplicates"],
        "rejected": counts["rejected"],
        "wall_s": wall,
        "cpu_s": meter.seconds,
        "peak_rss_mb": max(stage["peak_rss_mb"] for stage in meter.stages.values()),
        "tasks": tasks,
        "stages": meter.stages,
        "worker_cpu_s": children[-tasks:],
        "steps": [
            {"step": step, "task_s": seconds, "cpu_s_estimate": seconds * tasks_cpu / steps_wall}
            for step, seconds, _ in steps
        ],
        "near_dup": {
            "signature_cpu_s_estimate": signature_s,
            "clustering_wall_s": clustering.get("wall_s", 0.0),
            "clustering_cpu_s": clustering.get("cpu_s", 0.0),
            # signatures run spread over the tasks, the clustering in one process
            "cpu_s_estimate": signature_s + clustering.get("cpu_s", 0.0),
        },
    }


def run_bare(data: Path, workers: int, run_dir: Path) -> dict:
    with StageMeter() as meter:
        meter.mark("all")
        result = bench_build.run_bare(data.parent, workers, run_dir, [], 0.65)
        meter.mark(None)
    return {
        "side": "bare datatrove",
        "docs": result.read,
        "kept": result.kept,
        "duplicates": result.duplicates,
        "rejected": result.rejected,
        "wall_s": result.seconds,
        "cpu_s": result.cpu,
        "peak_rss_mb": meter.stages["all"]["peak_rss_mb"],
        "stages": {name: {"wall_s": seconds} for name, seconds in result.phases.items()},
    }


def run_datasketch(data: Path) -> dict:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    process = ctx.Process(target=bench_dedup_scale.run_datasketch, args=(data, queue))
    process.start()
    process.join()
    if process.exitcode != 0:
        raise SystemExit(f"the datasketch script failed (exit code {process.exitcode})")
    found = queue.get(timeout=60)
    return {
        "side": "plain datasketch near-dup",
        "docs": found["docs"],
        "duplicates": found["removed"],
        "wall_s": found["signature_s"] + found["cluster_s"],
        "cpu_s": found["cpu_s"],  # of the work, not of the imports
        "peak_rss_mb": found["peak_rss_mb"],
    }


def run_signatures(data: Path) -> dict:
    """sloika's signature step alone, in this process, on the same texts: its CPU seconds, beside
    those of a datasketch ``MinHash`` per document over the same shingles and hashes (the
    implementation before numpy, and the reference the tests compare the values with)."""
    import xxhash
    from datasketch import MinHash

    from sloika.config import NearDedupConfig
    from sloika.filters.near_dedup import MinHashSignature
    from sloika.text.ngrams import word_ngrams

    texts = list(bench_dedup_scale.texts(data))
    step = MinHashSignature(NearDedupConfig())
    step.band_keys("warm up: draw the permutations")
    started = time.process_time()
    for text in texts:
        step.band_keys(text)
    cpu = time.process_time() - started
    permutations = MinHash(num_perm=128, seed=1, scheme="affine64").permutations
    started = time.process_time()
    for text in texts:
        minhash = MinHash(
            num_perm=128,
            seed=1,
            hashfunc=xxhash.xxh3_64_intdigest,
            permutations=permutations,
            scheme="affine64",
        )
        minhash.update_batch([gram.encode() for gram in word_ngrams(text, 5, short=True)])
    return {
        "side": "signatures alone",
        "docs": len(texts),
        "wall_s": cpu,
        "cpu_s": cpu,
        "old_cpu_s": time.process_time() - started,
        "peak_rss_mb": 0.0,
    }


# --- report -----------------------------------------------------------------------------------


def print_size(n: int, sides: list[dict]) -> None:
    print(f"\n## {n:,} documents\n")
    print(f"{'side / stage':<44}{'wall s':>9}{'CPU s':>9}{'docs/s':>9}{'docs/CPU-s':>11}{'peak MB':>9}")
    for side in sides:
        docs = side["docs"]
        print(
            f"{side['side']:<44}{side['wall_s']:>9.1f}{side['cpu_s']:>9.1f}{docs / side['wall_s']:>9.0f}"
            f"{docs / max(side['cpu_s'], 1e-9):>11.0f}{side['peak_rss_mb']:>9.0f}"
        )
        for name, stage in side.get("stages", {}).items():
            cpu = stage.get("cpu_s")
            print(
                f"  {name:<42}{stage['wall_s']:>9.1f}{cpu if cpu is not None else float('nan'):>9.1f}"
                f"{docs / max(stage['wall_s'], 1e-9):>9.0f}"
                f"{docs / max(cpu or 0, 1e-9) if cpu else float('nan'):>11.0f}"
                f"{stage.get('peak_rss_mb', float('nan')):>9.0f}"
            )
        for step in side.get("steps", []):
            print(
                f"    step {step['step']:<37}{step['task_s']:>9.1f}{step['cpu_s_estimate']:>9.1f}"
                "  (wall s summed over tasks; CPU s: the step's share)"
            )
    sloika = sides[0]
    near = sloika["near_dup"]
    print(
        f"\nsloika: {sloika['docs']:,} read, {sloika['kept']:,} kept, {sloika['duplicates']:,} duplicates, "
        f"{sloika['rejected']:,} rejected; {sloika['tasks']} task(s); "
        f"CPU/wall {sloika['cpu_s'] / sloika['wall_s']:.2f} cores"
    )
    tasks = sloika["stages"]["datatrove tasks"]
    print(
        f"datatrove tasks: {tasks['cpu_s'] / tasks['wall_s']:.2f} cores busy on average; CPU-s of the "
        f"workers: {', '.join(f'{s:.1f}' for s in sloika['worker_cpu_s'])}"
    )
    print(
        f"near-dup stage: signatures ≈ {near['signature_cpu_s_estimate']:.1f} CPU-s + clustering "
        f"{near['clustering_cpu_s']:.1f} CPU-s ({near['clustering_wall_s']:.1f} s wall)"
    )
    for anchor in sides[1:]:
        if anchor["side"].startswith("bare"):
            print(
                f"vs bare datatrove: wall {sloika['wall_s'] / anchor['wall_s']:.2f}×, "
                f"CPU {sloika['cpu_s'] / anchor['cpu_s']:.2f}× (sloika also runs near dedup, calibrated LID)"
            )
        elif anchor["side"].startswith("plain"):
            print(
                f"near-dup vs plain datasketch: CPU {near['cpu_s_estimate'] / anchor['cpu_s']:.2f}× "
                f"({near['cpu_s_estimate']:.1f} vs {anchor['cpu_s']:.1f} CPU-s)"
            )
        else:
            print(
                f"signatures alone, one process: sloika {anchor['cpu_s']:.1f} CPU-s "
                f"({anchor['docs'] / anchor['cpu_s']:.0f} docs/CPU-s), the old datasketch path "
                f"{anchor['old_cpu_s']:.1f} CPU-s"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, action="append", help="documents (repeat for several sizes)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--source", type=Path, default=REPO / "tests" / "data")
    parser.add_argument("--exact", type=float, default=0.05, help="share of verbatim copies")
    parser.add_argument("--near", type=float, default=0.05, help="share of near copies")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-anchor", action="store_true", help="only the sloika build (e.g. at 1M)")
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args()
    results = []
    for n in args.docs or [10_000]:
        data = make_data(args.source, n, args.exact, args.near, args.seed)
        print(f"data: {data} ({data.stat().st_size / 1e6:.1f} MB, {n:,} docs)", flush=True)
        run_dir = OUT / f"scale-run-{n}"
        shutil.rmtree(run_dir, ignore_errors=True)
        sides = [run_sloika(data, args.workers, run_dir / "sloika")]
        if not args.no_anchor:
            sides.append(run_bare(data, args.workers, run_dir / "bare"))
            sides.append(run_datasketch(data))
            sides.append(run_signatures(data))
        shutil.rmtree(run_dir, ignore_errors=True)
        print_size(n, sides)
        results.append({"docs": n, "workers": args.workers, "sides": sides})
    if args.out:
        args.out.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
