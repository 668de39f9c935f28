"""One big .jsonl.gz on every worker: the build with the re-sharding stage against the same build
without it (the anchor: what sloika did before, one task decoding and reading the whole file), in
the same run, on the same file.

The data: ``bench_scale.make_data``'s documents (about 1 kB of real sentences drawn from the prose of
``--source``, 5 % exact and 5 % near copies), gzip-compressed once into bench/out/. Both builds use
``--workers`` and the same config (the default one; ``--light``: fastText's language decision and no
near dedup, so that reading and decoding weigh more: the harder case for the extra stage). Measured
over the whole process tree from /proc (``bench_build.CpuMeter``): wall, CPU seconds and cores busy
(CPU ÷ wall) of the whole build and of each stage; the two corpora must hold the same documents
(ids and positions), which the script checks.

    .venv/bin/python bench/bench_reshard.py --docs 300000 --source $SHARED_DATA/prose --workers 2
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sys
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_build  # noqa: E402
import bench_scale  # noqa: E402

from sloika.config import validate_config  # noqa: E402
from sloika.pipelines import build as build_mod  # noqa: E402
from sloika.pipelines import resharding, splitting  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def gzipped(source: Path, docs: int, seed: int) -> Path:
    """The benchmark's JSONL, gzip-compressed (level 6, as `gzip` does); made once."""
    plain = bench_scale.make_data(source, docs, 0.05, 0.05, seed)
    path = plain.with_suffix(".jsonl.gz")
    if not path.exists():
        partial = path.with_suffix(".partial")
        with plain.open("rb") as src, gzip.open(partial, "wb", compresslevel=6) as out:
            shutil.copyfileobj(src, out, 1 << 20)
        partial.rename(path)
    return path


def run(data: Path, workers: int, out: Path, light: bool, reshard: bool) -> dict:
    """One build; with ``reshard`` False the stage is switched off (the file goes to one task)."""
    config = {"inputs": [{"path": str(data)}], "output": str(out), "workers": workers}
    if light:
        config |= {"language": {"decision": "fasttext"}, "dedup": {"near": {"enabled": False}}}
    stages: dict[str, dict] = {}
    original_stages, original_min = build_mod.run_stages, resharding.MIN_RESHARD_BYTES

    def timed_stages(config, chain):  # the same stages in the same order, each measured
        for stage in chain:
            with bench_build.CpuMeter() as cpu:
                started = time.perf_counter()
                original_stages(config, [stage])
                wall = time.perf_counter() - started
            stages[stage.name] = {"wall_s": wall, "cpu_s": cpu.seconds, "cores_busy": cpu.seconds / wall}

    build_mod.run_stages = timed_stages
    if not reshard:
        resharding.MIN_RESHARD_BYTES = float("inf")
    load = os.getloadavg()[0]
    try:
        with bench_build.CpuMeter() as cpu:
            started = time.perf_counter()
            result = build_mod.build_corpus(validate_config(config), overwrite=True, quiet=True)
            wall = time.perf_counter() - started
    finally:
        build_mod.run_stages, resharding.MIN_RESHARD_BYTES = original_stages, original_min
    counts = result.manifest["counts"]
    return {
        "side": "re-sharded" if reshard else "one task (before)",
        "wall_s": wall,
        "cpu_s": cpu.seconds,
        "cores_busy": cpu.seconds / wall,
        "tasks": result.manifest["tasks"],
        "read": counts["read"],
        "kept": counts["kept"],
        "load_before": load,
        "load_after": os.getloadavg()[0],
        "stages": stages,
    }


def documents(corpus: Path) -> list[tuple]:
    sql = f"SELECT id, position FROM read_parquet('{corpus}/documents/*.parquet') ORDER BY id"
    return duckdb.connect().execute(sql).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=300_000)
    parser.add_argument("--source", type=Path, default=REPO / "tests" / "data")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--light", action="store_true", help="fastText language decision, no near dedup")
    parser.add_argument(
        "--min-mb", type=float, help="re-shard files from this size (default: the stage's own)"
    )
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args()
    if args.min_mb is not None:  # for a small file (the smoke test): pieces of it too
        resharding.MIN_RESHARD_BYTES = int(args.min_mb * 2**20)
        splitting.MIN_PIECE_BYTES = max(resharding.MIN_RESHARD_BYTES, 1024)
    data = gzipped(args.source, args.docs, args.seed)
    print(
        f"{data}: {data.stat().st_size / 2**20:.1f} MB gzip, {args.docs:,} documents; workers {args.workers}"
    )
    runs = bench_build.fresh(bench_scale.OUT / "reshard-runs")
    sides = [
        run(data, args.workers, runs / name, args.light, name == "after") for name in ("before", "after")
    ]
    same = documents(runs / "before") == documents(runs / "after")
    for side in sides:
        print(
            f"{side['side']:>18}: {side['wall_s']:7.1f} s wall, {side['cpu_s']:7.1f} CPU-s, "
            f"{side['cores_busy']:.2f} cores busy, {side['tasks']} task(s), {side['kept']:,} kept "
            f"(load {side['load_before']:.1f} → {side['load_after']:.1f})"
        )
        for name, stage in side["stages"].items():
            wall, cpu, busy = stage["wall_s"], stage["cpu_s"], stage["cores_busy"]
            print(f"{'':>20}{name:<15} {wall:7.1f} s  {cpu:7.1f} CPU-s  {busy:.2f} busy")
    before, after = sides
    print(
        f"ratio (before ÷ re-sharded wall): {before['wall_s'] / after['wall_s']:.2f}; same documents: {same}"
    )
    if args.out:
        args.out.write_text(
            json.dumps({"data": str(data), "docs": args.docs, "sides": sides, "same": same}, indent=1)
        )
    if not same:
        raise SystemExit("the two builds disagree on the documents")


if __name__ == "__main__":
    main()
