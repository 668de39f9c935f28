"""Text repair: sloika's ``repair_text`` (default config) against plain ``ftfy.fix_text`` with the
same settings, CPU per document, on the paragraphs of a folder of prose (default: tests/data).

sloika's repair does more than ftfy (whole-text mojibake, homoglyph folding, whitespace and spacing
tidying) and skips ftfy where a character scan proves ftfy would change nothing
(``sloika.filters.ftfy_untouched``). The run also checks that skipping changes no output: every
paragraph is repaired twice, with the fast path and without it, and the results must be equal.

    .venv/bin/python bench/bench_repair.py                       # tests/data
    .venv/bin/python bench/bench_repair.py --source "$SHARED_DATA/prose/react_docs_ru"
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import bench_build
import ftfy

import sloika.filters.repair as repair
from sloika.config import RepairConfig
from sloika.filters.ftfy_untouched import ftfy_leaves_unchanged

REPO = Path(__file__).resolve().parents[1]


def paragraphs(source: Path, limit: int) -> list[str]:
    found = []
    for path in bench_build.text_files(source):
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [p for p in text.split("\n\n") if p.strip()]
    return found[:limit]


def cpu_per_doc(function, texts: list[str], repeat: int) -> float:
    """Best of ``repeat`` passes, CPU milliseconds per text."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for text in texts:
            function(text)
        best = min(best, time.process_time() - started)
    return 1e3 * best / max(len(texts), 1)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--source", type=Path, default=REPO / "tests" / "data")
    parser.add_argument("--limit", type=int, default=20_000, help="paragraphs at most")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args()
    texts = paragraphs(args.source, args.limit)
    config = RepairConfig()
    ftfy_config = repair._ftfy_config(config.mojibake, config.normalization)

    sloika_ms = cpu_per_doc(lambda text: repair.repair_text(text, config), texts, args.repeat)
    anchor_ms = cpu_per_doc(lambda text: ftfy.fix_text(text, ftfy_config), texts, args.repeat)
    fast = [repair.repair_text(text, config) for text in texts]
    repair.ftfy_leaves_unchanged = lambda text, config: False  # the path without the skip
    try:
        slow_ms = cpu_per_doc(lambda text: repair.repair_text(text, config), texts, args.repeat)
        same = fast == [repair.repair_text(text, config) for text in texts]
    finally:
        repair.ftfy_leaves_unchanged = ftfy_leaves_unchanged
    skipped = sum(ftfy_leaves_unchanged(text, ftfy_config) for text in texts)
    result = {
        "paragraphs": len(texts),
        "skipped_share": skipped / max(len(texts), 1),
        "sloika_ms_per_doc": sloika_ms,
        "sloika_without_skip_ms_per_doc": slow_ms,
        "plain_ftfy_ms_per_doc": anchor_ms,
        "same_output": same,
    }
    print(
        f"{len(texts):,} paragraphs of {args.source}: ftfy skipped on {result['skipped_share']:.0%}\n"
        f"sloika repair_text      {sloika_ms:.3f} CPU-ms/doc\n"
        f"  without the skip      {slow_ms:.3f} CPU-ms/doc ({slow_ms / max(sloika_ms, 1e-9):.2f}x)\n"
        f"plain ftfy.fix_text     {anchor_ms:.3f} CPU-ms/doc (ratio sloika/ftfy "
        f"{sloika_ms / max(anchor_ms, 1e-9):.2f})\n"
        f"same output with and without the skip: {same}"
    )
    if args.out:
        args.out.write_text(json.dumps(result, indent=1))
    if not same:
        raise SystemExit("the fast path changed an output")


if __name__ == "__main__":
    main()
