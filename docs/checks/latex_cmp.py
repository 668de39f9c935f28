"""Compare two ``latex_dump.py`` dumps file by file: which differ, and in what (the text's changed
paragraphs, fields, spans, ``removed`` records gained and lost). `python3 latex_cmp.py BEFORE AFTER`."""

import difflib
import json
import sys
from pathlib import Path


def removed(doc: dict) -> list[tuple[str, str]]:
    return [(record[2], record[3].get("text")) for record in doc["layers"].get("removed", [])]


def compare(a: dict, b: dict) -> None:
    """Print what differs between two documents of one file."""
    if a["text"] != b["text"]:
        print("  TEXT", len(a["text"]), "->", len(b["text"]))
        diff = difflib.unified_diff(a["text"].split("\n\n"), b["text"].split("\n\n"), lineterm="", n=0)
        for line in diff:
            if line.startswith(("+", "-")) and not line.startswith(("+++", "---")):
                print("   ", line[:300])
    for key in sorted(set(a["fields"]) | set(b["fields"])):
        if a["fields"].get(key) != b["fields"].get(key):
            print("  FIELD", key, str(a["fields"].get(key))[:200], "->", str(b["fields"].get(key))[:200])
    if a["spans"] != b["spans"]:
        print("  SPANS", len(a["spans"]), "->", len(b["spans"]))
    before, after = removed(a), removed(b)
    for sign, records, other in (("+", after, before), ("-", before, after)):
        for record in records:
            if record not in other:
                print(f"   {sign}REM {str(record)[:250]}")
    for name in set(a["layers"]) | set(b["layers"]):
        if name != "removed" and a["layers"].get(name) != b["layers"].get(name):
            print("  LAYER", name, "differs")


def main(first: Path, second: Path) -> None:
    same = 0
    for path in sorted(first.glob("*.json")):
        a, b = json.loads(path.read_text()), json.loads((second / path.name).read_text())
        if a == b:
            same += 1
            continue
        print("=====", a["path"])
        if isinstance(a["docs"], dict) or isinstance(b["docs"], dict):
            print(" ", a["docs"] if isinstance(a["docs"], dict) else "docs", "->", b["docs"])
            continue
        for x, y in zip(a["docs"], b["docs"], strict=False):
            compare(x, y)
    print("identical:", same)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
