"""Language ID accuracy per language and granularity: sloika's calibrated decision vs raw fastText.

    .venv/bin/python bench/bench_langid.py --data lingua_cyrillic_focus.dev.tsv [--lang ru,uk,en]

Both run on the same held-out items (odd rows of each group; the calibration was fitted on the
even rows by ``bench/fit_langid.py``), in one process, one after the other. Prints precision,
recall and F1 per language for each granularity, then documents per second for both and the ratio.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from langid_data import Item, read_items, split_halves

from sloika.filters.calibrated_lid import CANDIDATES, CalibratedLanguageID
from sloika.filters.language import LanguageIdentifier


def prf(gold: list[str], predicted: list[str], lang: str) -> tuple[float, float, float]:
    tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == lang)
    called = sum(1 for p in predicted if p == lang)
    present = sum(1 for g in gold if g == lang)
    precision = tp / called if called else 0.0
    recall = tp / present if present else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", required=True, help="Lingua TSV: label, granularity, text")
    parser.add_argument("--lang", help="only print these languages (all are scored)")
    args = parser.parse_args()

    _, held_out = split_halves(read_items(args.data))
    texts = [item.text for item in held_out]
    raw = LanguageIdentifier()
    sloika = CalibratedLanguageID()
    raw.predict("warm up", k=1)
    sloika.identify("warm up")

    started = time.perf_counter()
    raw_top1 = [next(iter(raw.predict(text, k=1)), "und") for text in texts]
    raw_seconds = time.perf_counter() - started
    started = time.perf_counter()
    ours = [sloika.identify(text).lang for text in texts]
    ours_seconds = time.perf_counter() - started

    print(
        f"held-out items: {len(held_out)} (fastText model {raw.model_path.rsplit('/', 1)[-1]}, "
        f"sloika re-scores its top {CANDIDATES})"
    )
    shown = args.lang.split(",") if args.lang else sorted({item.label for item in held_out})
    for granularity in sorted({item.granularity for item in held_out}):
        report(granularity, held_out, raw_top1, ours, shown)
    raw_rate, ours_rate = len(texts) / raw_seconds, len(texts) / ours_seconds
    print(
        f"\nthroughput: raw fastText top-1 {raw_rate:,.0f} items/s, sloika {ours_rate:,.0f} items/s, "
        f"ratio {ours_rate / raw_rate:.2f}x"
    )


def report(granularity: str, items: list[Item], raw: list[str], ours: list[str], shown: list[str]) -> None:
    rows = [i for i, item in enumerate(items) if item.granularity == granularity]
    gold = [items[i].label for i in rows]
    raw_g, ours_g = [raw[i] for i in rows], [ours[i] for i in rows]
    raw_ok = Counter(g == p for g, p in zip(gold, raw_g, strict=True))[True] / len(rows)
    ours_ok = Counter(g == p for g, p in zip(gold, ours_g, strict=True))[True] / len(rows)
    print(f"\n### {granularity} ({len(rows)} items; accuracy fastText {raw_ok:.3f}, sloika {ours_ok:.3f})\n")
    print("| lang | fastText P | fastText R | fastText F1 | sloika P | sloika R | sloika F1 | ΔF1 |")
    print("|---|---|---|---|---|---|---|---|")
    for lang in shown:
        p0, r0, f0 = prf(gold, raw_g, lang)
        p1, r1, f1 = prf(gold, ours_g, lang)
        print(
            f"| {lang} | {p0:.3f} | {r0:.3f} | {f0:.3f} | {p1:.3f} | {r1:.3f} | {f1:.3f} | {f1 - f0:+.3f} |"
        )


if __name__ == "__main__":
    main()
