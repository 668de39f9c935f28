"""Deterministic fuzzing of every reader with mutated real files from tests/data.

Each reader gets ``n`` inputs made from its seed files: truncations, bit flips, odd bytes (NUL,
BOM, 0xFF, CR), repeated chunks, other encodings (cp1251, UTF-16), JSON values of the wrong type
or of absurd size, compressed streams cut or followed by junk, and odd file names (spaces,
non-UTF-8 bytes, newlines, 200 characters). Every input is read by ``SourceReader.read_file``
and checked: no exception escapes (crash), it ends within the hang limit, it yields at least one
record, every record is a document or names its step and reason, ids are unique, a plain JSONL
file yields one record per non-blank line (no silent loss), and a cut gzip/zstd/bzip2/xz/Parquet file says
``truncated_file``. Then one ``sloika build`` over a sample of each reader's inputs must balance
(read = kept + rejected + duplicates per source).

    python tests/fuzz_readers.py --per-reader 1000 --report docs/reliability.md   # make fuzz
"""

from __future__ import annotations

import argparse
import bz2
import gzip
import io
import json
import lzma
import os
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard

from conftest import warc_archive

DATA = Path(__file__).parent / "data"
HANG_S = 60  # an input still being read after this long counts as a hang
READER_BUDGET_S = 20  # the readers' own per-file time budget (limits.max_seconds_per_file)
ODD_BYTES = [b"\0", b"\xef\xbb\xbf", b"\xff", b"\r", b"\n", b"\x1b", "\u2028".encode(), b"\xd0"]


def _html(markdown: Path) -> bytes:
    paragraphs = [p for p in markdown.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><article>{body}</article></body></html>".encode()


def _parquet(table: pa.Table) -> bytes:
    out = io.BytesIO()
    pq.write_table(table, out)
    return out.getvalue()


@dataclass
class Reader:
    """A reader under test: its file suffix, the ``format:`` to force (None: by suffix), seed files
    (plain bytes) and how the plain bytes become the file (compression, Parquet)."""

    suffix: str
    seeds: Callable[[], list[bytes]]
    format: str | None = None
    encode: Callable[[bytes], bytes] = staticmethod(lambda data: data)
    compressed: bool = False


def _jsonl_seeds() -> list[bytes]:
    react = gzip.decompress((DATA / "react_docs" / "ru_pages.jsonl.gz").read_bytes())
    return [react, (DATA / "chats" / "sft.jsonl").read_bytes()]


def _parquet_seed_tables() -> list[bytes]:
    return [(DATA / "react_docs" / "ru_pages.parquet").read_bytes()]


def _pages() -> list[bytes]:
    return [_html(p) for p in sorted((DATA / "react_docs" / "pages").glob("*.md"))]


READERS: dict[str, Reader] = {
    "jsonl": Reader(".jsonl", _jsonl_seeds),
    "jsonl.gz": Reader(".jsonl.gz", _jsonl_seeds, encode=gzip.compress, compressed=True),
    "jsonl.zst": Reader(
        ".jsonl.zst", _jsonl_seeds, encode=lambda d: zstandard.ZstdCompressor().compress(d), compressed=True
    ),
    "jsonl.bz2": Reader(".jsonl.bz2", _jsonl_seeds, encode=bz2.compress, compressed=True),
    "jsonl.xz": Reader(".jsonl.xz", _jsonl_seeds, encode=lzma.compress, compressed=True),
    "parquet": Reader(".parquet", _parquet_seed_tables),
    "text": Reader(
        ".md", lambda: [p.read_bytes() for p in sorted((DATA / "rust_book" / "ru").glob("*.md"))[:3]]
    ),
    "pdf": Reader(".pdf", lambda: [(DATA / "papers" / "paper.pdf").read_bytes()]),
    "latex": Reader(".tex", lambda: [(DATA / "papers" / "phd_template" / "paper.tex").read_bytes()]),
    "html": Reader(".html", _pages),
    "warc": Reader(".warc", lambda: [warc_archive(_pages())]),
    "srt": Reader(".srt", lambda: [(DATA / "transcripts" / "morevna-ep3-rus.srt").read_bytes()]),
    "msrt": Reader(".msrt", lambda: [(DATA / "transcripts" / "pepper-and-carrot-ep03.msrt").read_bytes()]),
    "vtt": Reader(".vtt", lambda: [(DATA / "transcripts" / "interview.vtt").read_bytes()]),
    "ass": Reader(".ass", lambda: [(DATA / "transcripts" / "fansub.ass").read_bytes()]),
    "whisper_json": Reader(".json", lambda: [(DATA / "transcripts" / "lecture.whisper.json").read_bytes()]),
    "chatgpt_json": Reader(".json", lambda: [(DATA / "chats" / "conversations-one.json").read_bytes()]),
    "asr_text": Reader(
        ".txt", lambda: [(DATA / "transcripts" / "dictation.txt").read_bytes()], format="asr_text"
    ),
    "obsidian_chat": Reader(
        ".txt",
        lambda: [p.read_bytes() for p in sorted((DATA / "seeds").glob("*.txt"))[:2]],
        format="obsidian_chat",
    ),
    "chat_jsonl": Reader(
        ".jsonl", lambda: [(DATA / "chats" / "sft.jsonl").read_bytes()], format="chat_jsonl"
    ),
}


# --- mutations -----------------------------------------------------------------------------------

WRONG_VALUES = [
    None,
    0,
    -1,
    10**30,
    1e308,
    "nan",
    "inf",
    "-inf",
    True,
    [],
    {},
    "",
    "x" * 100_000,
    [1, [2, [3]]],
]


def _json_types(data: bytes, rng: random.Random) -> bytes:
    """Replace a few values of the JSON (or of each JSONL line) with values of the wrong type or size."""

    def wreck(value, depth=0):
        if isinstance(value, dict) and value:
            key = rng.choice(list(value))
            value[key] = (
                rng.choice(WRONG_VALUES) if rng.random() < 0.5 or depth > 6 else wreck(value[key], depth + 1)
            )
        elif isinstance(value, list) and value:
            index = rng.randrange(len(value))
            value[index] = (
                rng.choice(WRONG_VALUES)
                if rng.random() < 0.5 or depth > 6
                else wreck(value[index], depth + 1)
            )
        return value

    try:
        return json.dumps(wreck(json.loads(data)), ensure_ascii=False).encode()
    except ValueError:
        lines = data.split(b"\n")
        for index in rng.sample(range(len(lines)), k=min(3, len(lines))):
            try:
                lines[index] = json.dumps(wreck(json.loads(lines[index])), ensure_ascii=False).encode()
            except ValueError:
                continue
        return b"\n".join(lines)


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One deterministic mutation of ``data``: (its name, the mutated bytes)."""
    op = rng.choice(
        ["truncate", "bitflip", "odd_bytes", "repeat", "encoding", "json_types", "empty", "prefix"]
    )
    if op == "truncate":
        return op, data[: rng.randrange(len(data) + 1)]
    if op == "bitflip":
        mutable = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            if mutable:
                mutable[rng.randrange(len(mutable))] ^= 1 << rng.randrange(8)
        return op, bytes(mutable)
    if op == "odd_bytes":
        at = rng.randrange(len(data) + 1)
        return op, data[:at] + rng.choice(ODD_BYTES) * rng.randint(1, 4) + data[at:]
    if op == "repeat":
        start = rng.randrange(len(data) + 1)
        chunk = data[start : start + rng.randint(1, 4096)]
        return op, data[:start] + chunk * rng.randint(2, 50) + data[start:]
    if op == "encoding":
        text = data.decode("utf-8", errors="replace")
        codec = rng.choice(["cp1251", "utf-16", "koi8-r", "utf-8-sig", "latin-1"])
        return f"{op}:{codec}", text.encode(codec, errors="replace")
    if op == "json_types":
        return op, _json_types(data, rng)
    if op == "empty":
        return op, rng.choice([b"", b"\n", b" \n\t\n", b"\0" * 16])
    return op, rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"%PDF-1.4\n", b"\x1f\x8b", b"PAR1"]) + data


def mutate_compressed(plain: bytes, reader: Reader, rng: random.Random) -> tuple[str, bytes]:
    op = rng.choice(["plain", "cut", "cut", "flip", "junk", "two_frames"])
    if op == "plain":
        name, mutated = mutate(plain, rng)
        return f"content:{name}", reader.encode(mutated)
    whole = reader.encode(plain)
    if op == "cut":
        return op, whole[: rng.randrange(1, len(whole))]
    if op == "flip":
        mutable = bytearray(whole)
        mutable[rng.randrange(len(mutable))] ^= 1 << rng.randrange(8)
        return op, bytes(mutable)
    if op == "junk":
        return op, whole + rng.choice([b"junk", b"\0" * 100, bytes(range(256)), b"\x1f\x8bxx"])
    return op, whole + reader.encode(plain[: len(plain) // 3])


def mutate_parquet(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    op = rng.choice(["bytes", "cut", "wrong_types", "two_text_columns", "no_text", "huge"])
    if op == "bytes":
        return mutate(data, rng)
    if op == "cut":
        return op, data[: rng.randrange(len(data))]
    table = pq.read_table(io.BytesIO(data))
    if op == "wrong_types":
        column = rng.choice(
            [pa.array(range(table.num_rows)), pa.nulls(table.num_rows), pa.array([[1]] * table.num_rows)]
        )
        return op, _parquet(table.set_column(table.schema.get_field_index("text"), "text", column))
    if op == "two_text_columns":
        return op, _parquet(pa.Table.from_arrays([table["text"], table["text"]], names=["text", "text"]))
    if op == "no_text":
        return op, _parquet(table.drop_columns(["text"]))
    return op, _parquet(pa.table({"text": ["я" * rng.choice([1, 6_000_000])] * 2}))


def odd_name(rng: random.Random, suffix: str, number: int) -> str:
    base = rng.choice(
        [
            f"f{number}",
            f"with space {number}",
            f"-dash{number}",
            f"юникод {number}",
            os.fsdecode(b"bad\xff\xfe" + str(number).encode()),
            f"new\nline{number}",
            f"{number}" + "л" * 100,
            f"{number}'quote\"",
        ]
    )
    return base + suffix


# --- the run -------------------------------------------------------------------------------------


@dataclass
class Figures:
    inputs: int = 0
    crashes: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    unreported_truncations: list[str] = field(default_factory=list)
    reasons: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    build_read: int = 0
    build_balanced: bool | None = None

    def row(self, name: str) -> str:
        top = ", ".join(f"{r} {n}" for r, n in self.reasons.most_common(4))
        balanced = {True: "yes", False: "NO", None: "-"}[self.build_balanced]
        return (
            f"| {name} | {self.inputs:,} | {len(self.crashes)} | {len(self.hangs)} | {len(self.lost)} | "
            f"{len(self.unreported_truncations)} | {self.build_read:,} ({balanced}) | "
            f"{self.seconds:.0f} | {top} |"
        )


class _Hang(BaseException):
    pass


def _alarm(_signum, _frame):
    raise _Hang


def _check(records, label: str, mutated: bytes, reader_name: str, op: str, figures: Figures) -> None:
    from sloika.verdicts import rejection

    if not records:
        figures.lost.append(f"{label}: no record at all")
        return
    ids = [doc.id for doc in records]
    if len(set(ids)) != len(ids):
        figures.lost.append(f"{label}: duplicate ids")
    for doc in records:
        verdict = rejection(doc)
        if verdict is None and not isinstance(doc.text, str):
            figures.lost.append(f"{label}: a kept record without text")
        if verdict is not None and not (verdict.step and verdict.reason):
            figures.lost.append(f"{label}: a rejected record without step/reason")
        figures.reasons[verdict.reason if verdict else "kept"] += 1
    reasons = {rejection(doc).reason for doc in records if rejection(doc)}
    if reader_name == "jsonl" and not reasons & {"binary_file", "too_large", "empty_file"}:
        body = mutated.removeprefix(b"\xef\xbb\xbf")
        expected = sum(1 for line in body.split(b"\n") if line.strip())
        if len(records) != expected:
            figures.lost.append(f"{label}: {expected} non-blank lines, {len(records)} records")
    framed = READERS[reader_name].compressed or (reader_name == "parquet" and len(mutated) >= 4)
    if op == "cut" and framed and "truncated_file" not in reasons:
        figures.unreported_truncations.append(f"{label}: reasons {sorted(reasons)}")


def fuzz_reader(name: str, count: int, seed: int, folder: Path, keep: int) -> tuple[Figures, list[Path]]:
    """Read ``count`` mutated inputs of reader ``name``; returns the figures and ``keep`` of the files."""
    from sloika.config import InputSpec
    from sloika.pipelines.formats import ReaderOptions
    from sloika.pipelines.inputs import resolve_inputs
    from sloika.pipelines.readers import SourceReader

    reader = READERS[name]
    seeds = reader.seeds()
    rng = random.Random(f"{seed}:{name}")
    figures, kept_files = Figures(), []
    source = SourceReader([], 10_000_000, options=ReaderOptions(), max_seconds_per_file=READER_BUDGET_S)
    start = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        plain = rng.choice(seeds)
        if reader.compressed:
            op, data = mutate_compressed(plain, reader, rng)
        elif name == "parquet":
            op, data = mutate_parquet(plain, rng)
        else:
            op, data = mutate(plain, rng)
        path = folder / (
            odd_name(rng, reader.suffix, number) if rng.random() < 0.2 else f"f{number}{reader.suffix}"
        )
        path.write_bytes(data)
        label = f"{name}#{number} ({op}, {path.name!r})"
        figures.inputs += 1
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(HANG_S)
        try:
            spec = InputSpec(path=str(path), **({"format": reader.format} if reader.format else {}))
            [file] = resolve_inputs([spec])
            records = list(source.read_file(file))
        except _Hang:
            figures.hangs.append(label)
            continue
        except Exception as err:  # noqa: BLE001 - every escape is a finding
            figures.crashes.append(f"{label}: {type(err).__name__}: {err}"[:300])
            continue
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
        _check(records, label, data, name, op, figures)
        if len(kept_files) < keep:
            kept_files.append(path)
        else:
            path.unlink()
    figures.seconds = time.perf_counter() - start
    return figures, kept_files


def build_over(files: list[Path], name: str, work: Path, reader: Reader) -> tuple[int, bool]:
    """One ``sloika build`` over ``files``; (records read, whether every source balances)."""
    from sloika.config import validate_config
    from sloika.corpora.manifest import load_manifest
    from sloika.pipelines.build import build_corpus

    spec = {"format": reader.format} if reader.format else {}
    output = work / f"corpus-{name.replace('.', '_')}"
    config = validate_config(
        {
            "inputs": [{"path": str(path), **spec} for path in files],
            "output": str(output),
            "limits": {"max_seconds_per_file": READER_BUDGET_S},
        }
    )
    build_corpus(config)  # raises ConservationError if a source does not balance
    counts = load_manifest(output)["counts"]
    balanced = all(
        c["read"] == c["kept"] + c["rejected"] + c["duplicates"] for c in counts["by_source"].values()
    )
    return counts["read"], balanced and counts["read"] >= len(files)


def run(per_reader: int, seed: int, build_sample: int, readers: list[str]) -> dict[str, Figures]:
    results = {}
    with tempfile.TemporaryDirectory(prefix="sloika-fuzz-") as tmp:
        for name in readers:
            figures, files = fuzz_reader(
                name, per_reader, seed, Path(tmp) / name.replace(".", "_"), build_sample
            )
            if files:
                figures.build_read, figures.build_balanced = build_over(
                    files, name, Path(tmp) / "out", READERS[name]
                )
            results[name] = figures
            print(figures.row(name), flush=True)
    return results


HEADER = (
    "| reader | inputs | crashes | hangs | records lost | unreported truncations | build: read (balanced) "
    "| seconds | most frequent outcomes |\n|---|---:|---:|---:|---:|---:|---:|---:|---|"
)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--per-reader", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--build-sample", type=int, default=100, help="inputs per reader in the build check")
    parser.add_argument("--readers", default=",".join(READERS))
    parser.add_argument("--report", type=Path, help="write the figures table here (markdown)")
    args = parser.parse_args()
    print(HEADER)
    results = run(args.per_reader, args.seed, args.build_sample, args.readers.split(","))
    findings = [
        item for f in results.values() for item in f.crashes + f.hangs + f.lost + f.unreported_truncations
    ]
    for item in findings[:50]:
        print("FINDING", item)
    if args.report:
        table = "\n".join([HEADER] + [f.row(name) for name, f in results.items()])
        args.report.write_text(table + "\n", encoding="utf-8")
    return 1 if findings or not all(f.build_balanced in (True, None) for f in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
