"""Personal data: precision and recall per kind on the labelled sample, against datatrove's
``PIIFormatter`` (e-mails and public IPs only) on the same texts in the same run.

    python bench/bench_pii.py [--sample tests/data/pii/labelled.jsonl] [--limit N] [--out pii.json]

A find counts as right when it has the labelled kind and its span overlaps the labelled one by at
least half of the longer of the two. For the anchor, what it replaces is found with its replacers'
own patterns and validators. Speed is texts per second for each, and their ratio.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from datatrove.pipeline.formatters.pii import PIIFormatter

from sloika.filters.pii import find_pii

SAMPLE = Path(__file__).resolve().parents[1] / "tests" / "data" / "pii" / "labelled.jsonl"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared * 2 >= max(a[1] - a[0], b[1] - b[0])


def score(lines: list[dict], finds: list[list[tuple[int, int, str]]], kinds: set[str]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    for line, found in zip(lines, finds, strict=True):
        gold = [(g["start"], g["end"], g["kind"]) for g in line["pii"] if g["kind"] in kinds]
        matched = set()
        for start, end, kind in found:
            hit = next(
                (
                    i
                    for i, g in enumerate(gold)
                    if i not in matched and g[2] == kind and overlaps(g[:2], (start, end))
                ),
                None,
            )
            if hit is None:
                fp[kind] += 1
            else:
                matched.add(hit)
                tp[kind] += 1
        for i, g in enumerate(gold):
            if i not in matched:
                fn[g[2]] += 1

    def pr(t: int, p: int, n: int) -> dict:
        return {
            "precision": round(t / (t + p), 4) if t + p else 1.0,
            "recall": round(t / (t + n), 4) if t + n else 1.0,
            "true": t,
            "false_pos": p,
            "missed": n,
        }

    per_kind = {k: pr(tp[k], fp[k], fn[k]) for k in sorted(kinds)}
    return {"all": pr(sum(tp.values()), sum(fp.values()), sum(fn.values())), "per_kind": per_kind}


ANCHOR = PIIFormatter()


def anchor_finds(text: str) -> list[tuple[int, int, str]]:
    """What datatrove's formatter replaces: its own replacers' patterns and validators, as
    ``PIIReplacer.replace`` applies them (e-mails first, then IPs)."""
    finds = []
    for kind, replacer in (("email", ANCHOR.emails_replacer), ("ip", ANCHOR.ip_replacer)):
        for match in replacer.regex.finditer(text):
            if replacer.validator is None or replacer.validator(match.group(0)):
                finds.append((match.start(), match.end(), kind))
    return finds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sample", default=str(SAMPLE))
    parser.add_argument("--limit", type=int, help="only the first N lines (smoke test)")
    parser.add_argument("--out", help="write the results as JSON here")
    args = parser.parse_args(argv)
    lines = [json.loads(line) for line in Path(args.sample).read_text(encoding="utf-8").splitlines()][
        : args.limit
    ]
    texts = [line["text"] for line in lines]

    started = time.perf_counter()
    ours = [[(f.start, f.end, f.kind) for f in find_pii(text)] for text in texts]
    ours_s = time.perf_counter() - started
    theirs = [anchor_finds(text) for text in texts]
    anchor = PIIFormatter()  # timed as shipped: e-mails and IPs in one pass
    started = time.perf_counter()
    for text in texts:
        anchor.format(text)
    theirs_s = time.perf_counter() - started

    kinds = {"email", "phone", "ip", "card", "inn", "snils"}
    result = {
        "texts": len(texts),
        "labelled_finds": sum(len(line["pii"]) for line in lines),
        "sloika": score(lines, ours, kinds) | {"texts_per_s": round(len(texts) / ours_s, 1)},
        "datatrove_anchor_email_ip": score(lines, theirs, {"email", "ip"})
        | {"texts_per_s": round(len(texts) / theirs_s, 1)},
        "sloika_on_email_ip": score(
            lines, [[f for f in found if f[2] in ("email", "ip")] for found in ours], {"email", "ip"}
        ),
    }
    result["speed_ratio_sloika_over_anchor"] = round(
        result["sloika"]["texts_per_s"] / result["datatrove_anchor_email_ip"]["texts_per_s"], 3
    )
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
