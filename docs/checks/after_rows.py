"""A held-out check's drawn rows against the same documents rebuilt later: for each row of
CHECK/draw.jsonl (`draw.py`), the kept text as drawn (CHECK/rows) against the document of the same
source and position in AFTER/corpus_<pool>, a unified diff in AFTER/rows_diff/NN_<pool>.diff; a
document rejected now is printed with its step and reason. Run with sloika's own Python:
`.venv/bin/python docs/checks/after_rows.py CHECK AFTER [POOL ...]` (default: every pool)."""

import difflib
import glob
import json
import os
import sys

import pyarrow.parquet as pq

RULE = "=" * 30
KEPT_OPENS = f"KEPT TEXT (whole) {RULE}\n"
KEPT_ENDS = f"\n{RULE} END OF KEPT TEXT"


def table(corpus: str, part: str) -> list[dict]:
    rows = []
    for path in sorted(glob.glob(os.path.join(corpus, part, "*.parquet"))):
        rows.extend(pq.read_table(path).to_pylist())
    return rows


def main() -> None:
    check, after, pools = sys.argv[1], sys.argv[2], set(sys.argv[3:])
    os.makedirs(os.path.join(after, "rows_diff"), exist_ok=True)
    with open(os.path.join(check, "draw.jsonl"), encoding="utf-8") as draws:
        for row in map(json.loads, draws):
            if pools and row["pool"] not in pools:
                continue
            with open(os.path.join(check, row["file"]), encoding="utf-8") as fh:
                drawn = fh.read()
            kept = drawn.split(KEPT_OPENS, 1)[1].split(KEPT_ENDS, 1)[0]
            corpus = os.path.join(after, f"corpus_{row['pool']}")
            name = f"{row['row']:02d}_{row['pool']}"
            docs = [d for d in table(corpus, "documents") if d["source"] == row["source"]]
            if not docs:
                rejected = [r for r in table(corpus, "rejected") if r["source"] == row["source"]]
                print(name, "REJECTED", [(r.get("step"), r.get("reason")) for r in rejected])
                continue
            position = int(drawn.split("position: ", 1)[1].split("\n", 1)[0])
            doc = next((d for d in docs if d["position"] == position), docs[0])
            now = doc["text"]
            lines = kept.splitlines(), now.splitlines()
            diff = list(difflib.unified_diff(*lines, "drawn", "after", lineterm=""))
            with open(os.path.join(after, "rows_diff", f"{name}.diff"), "w", encoding="utf-8") as out:
                out.write("\n".join(diff))
            changed = f"{len(diff)} diff lines" if diff else "identical"
            print(name, f"{len(kept)} -> {len(now)} characters,", changed)


if __name__ == "__main__":
    main()
