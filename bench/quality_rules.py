"""What each quality rule drops on real corpora: the share per rule and a sample of the dropped
documents to read (docs/quality.md has the results on the shared Russian prose).

Build the corpora with ``--quality flag`` (statistics on every kept document, nothing dropped),
then::

    python bench/quality_rules.py CORPUS [CORPUS ...] [--sample 20] [--out drops.md]

The rules are re-applied here from ``metadata.quality`` with the current config defaults (or
``--config``), so thresholds can be tuned without rebuilding. ``--out`` writes, per rule, a sample
of the documents it fails (first 300 characters) for a person to judge.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from sloika.config import QualityRules, load_config
from sloika.corpora.catalog import connect
from sloika.filters.quality import RULE_ORDER, failures


def load(corpus: str) -> list[dict]:
    con = connect(corpus)
    rows = con.execute(
        "SELECT id, source, text, json_extract(metadata, '$.quality')::VARCHAR FROM documents "
        "WHERE json_extract(metadata, '$.quality') IS NOT NULL ORDER BY source, position"
    ).fetchall()
    return [
        {"corpus": Path(corpus).name, "id": i, "source": s, "text": t, "stats": json.loads(q)}
        for i, s, t, q in rows
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpora", nargs="+")
    parser.add_argument(
        "--config", help="a build config whose quality.rules to apply (default: the defaults)"
    )
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--out", help="Markdown file with the sampled drops per rule")
    parser.add_argument("--json", help="write the per-rule shares as JSON here")
    args = parser.parse_args(argv)
    rules = load_config(args.config).quality.rules if args.config else QualityRules()

    report: dict[str, dict] = {}
    samples: dict[str, list[tuple[dict, str]]] = {}
    for corpus in args.corpora:
        docs = load(corpus)
        any_rule, first = Counter(), Counter()
        for doc in docs:
            failed = failures(doc["stats"], rules)
            for failure in failed:
                any_rule[failure.rule] += 1
                samples.setdefault(failure.rule, []).append((doc, failure.describe()))
            if failed:
                first[failed[0].rule] += 1
        dropped = sum(first.values())
        report[Path(corpus).name] = {
            "documents": len(docs),
            "dropped": dropped,
            "share_dropped": round(dropped / len(docs), 4) if docs else 0.0,
            "by_rule": {rule: any_rule[rule] for rule in RULE_ORDER if any_rule[rule]},
            "first_reason": {rule: first[rule] for rule in RULE_ORDER if first[rule]},
        }
    print(f"{'corpus':12} {'docs':>6} {'dropped':>8} {'share':>7}")
    for name, row in report.items():
        print(f"{name:12} {row['documents']:>6} {row['dropped']:>8} {row['share_dropped']:>7.1%}")
    print("\nrule (threshold): documents failing it, per corpus")
    for rule in RULE_ORDER:
        counts = {name: row["by_rule"].get(rule, 0) for name, row in report.items()}
        if any(counts.values()):
            cells = "  ".join(
                f"{name} {n} ({n / max(report[name]['documents'], 1):.1%})" for name, n in counts.items() if n
            )
            print(f"  {rule} ({getattr(rules, rule)}): {cells}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False))
    if args.out:
        rng = random.Random(0)
        lines = []
        for rule in RULE_ORDER:
            found = samples.get(rule, [])
            if not found:
                continue
            picked = rng.sample(found, min(args.sample, len(found)))
            lines.append(f"## {rule} (threshold {getattr(rules, rule)}): {len(found)} documents\n")
            for doc, why in picked:
                preview = doc["text"][:300].replace("\n", " ⏎ ")
                lines.append(f"- **{doc['corpus']}** `{Path(doc['source']).name}` — {why}\n  > {preview}\n")
        Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
