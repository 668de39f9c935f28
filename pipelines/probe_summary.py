"""Failure counts of a probe, and two probes side by side (`sloika probe --compare OLD NEW`).

An answer counts once per failure kind it shows (three mixed-script words are one ``mixed_script``
answer; ``failure_spans_by_kind`` counts the spans). Answers are compared by dialogue id and the
number of the scripted user turn they answer, so a probe before training and one after line up
turn by turn; turns the teacher added are counted, never matched.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from sloika.errors import InputError


def _answers(dialogues: list[dict[str, Any]]) -> list[tuple[dict[str, Any], int | None, dict[str, Any]]]:
    """(dialogue, number of the scripted turn answered or None for a teacher's turn, answer)."""
    found = []
    for dialogue in dialogues:
        scripted, asked_by = -1, None
        for message in dialogue["messages"]:
            if message["role"] == "user":
                asked_by = message.get("by", "prompts")
                scripted += asked_by == "prompts"
            elif message["role"] == "assistant":
                found.append((dialogue, scripted if asked_by == "prompts" else None, message))
    return found


def _tally(answers: list[dict[str, Any]]) -> dict[str, Any]:
    kinds: Counter[str] = Counter()
    spans: Counter[str] = Counter()
    for answer in answers:
        found = [f["kind"] for f in answer.get("failures") or []]
        kinds.update(set(found))
        spans.update(found)
    return {
        "answers": len(answers),
        "failing_answers": sum(bool(a.get("failures")) for a in answers),
        "failures_by_kind": dict(sorted(kinds.items())),
        "failure_spans_by_kind": dict(sorted(spans.items())),
    }


def summarize(dialogues: list[dict[str, Any]]) -> dict[str, Any]:
    """The counts a probe manifest records: overall, per topic, held-out vs the rest, corrections."""
    answers = _answers(dialogues)
    topics = sorted({d.get("topic") or "" for d in dialogues})
    corrections = [a["correction"] for _, _, a in answers if a.get("correction")]
    return {
        "dialogues": len(dialogues),
        **_tally([a for _, _, a in answers]),
        "by_topic": {
            t or "(none)": _tally([a for d, _, a in answers if (d.get("topic") or "") == t]) for t in topics
        },  # fmt: skip
        "held_out": _tally([a for d, _, a in answers if d.get("held_out")]),
        "not_held_out": _tally([a for d, _, a in answers if not d.get("held_out")]),
        "corrections": {"written": len(corrections), "clean": sum(not c["failures"] for c in corrections)},
    }


def load_probe(folder: str | Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(manifest, dialogues) of a probe folder."""
    folder = Path(folder)
    manifest_path, dialogues_path = folder / "probe_manifest.json", folder / "dialogues.jsonl"
    if not manifest_path.is_file() or not dialogues_path.is_file():
        raise InputError(f"{folder} is not a probe folder (no probe_manifest.json / dialogues.jsonl)")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    lines = dialogues_path.read_text(encoding="utf-8").splitlines()
    return manifest, [json.loads(line) for line in lines if line.strip()]


def compare(old: str | Path, new: str | Path) -> dict[str, Any]:
    """Failure counts of two probes and, for the answers both gave, which were fixed or broken."""
    old_manifest, old_dialogues = load_probe(old)
    new_manifest, new_dialogues = load_probe(new)
    if old_manifest["prompts"]["sha256"] != new_manifest["prompts"]["sha256"]:
        note = "the probes used different prompt sets: only the prompts both share are matched"
    else:
        note = None
    before = {(d["id"], n): a for d, n, a in _answers(old_dialogues) if n is not None}
    after = {(d["id"], n): a for d, n, a in _answers(new_dialogues) if n is not None}
    held = {d["id"]: bool(d.get("held_out")) for d in new_dialogues}
    changes: dict[str, Counter[str]] = {"held_out": Counter(), "not_held_out": Counter()}
    for key in sorted(before.keys() & after.keys()):
        was, now = bool(before[key].get("failures")), bool(after[key].get("failures"))
        split = "held_out" if held.get(key[0]) else "not_held_out"
        changes[split]["fixed" if was and not now else "broken" if now and not was else
                       "still_failing" if was else "still_fine"] += 1  # fmt: skip
    return {
        "old": {"path": str(old), "model": old_manifest["model"], "counts": summarize(old_dialogues)},
        "new": {"path": str(new), "model": new_manifest["model"], "counts": summarize(new_dialogues)},
        "matched_answers": len(before.keys() & after.keys()),
        "changes": {split: dict(sorted(c.items())) for split, c in changes.items()},
        "note": note,
    }


def comparison_table(report: dict[str, Any]) -> str:
    """Failing answers per kind, overall and for held-out prompts, old → new."""
    old, new = report["old"]["counts"], report["new"]["counts"]
    kinds = sorted(set(old["failures_by_kind"]) | set(new["failures_by_kind"]))
    lines = [f"{'':26}{'old':>8}{'new':>8}{'held-out old':>14}{'held-out new':>14}"]

    def row(name: str, key: str | None) -> str:
        def value(counts: dict[str, Any]) -> int:
            return counts["failing_answers"] if key is None else counts["failures_by_kind"].get(key, 0)

        cells = [value(old), value(new), value(old["held_out"]), value(new["held_out"])]
        return f"{name:26}{cells[0]:>8}{cells[1]:>8}{cells[2]:>14}{cells[3]:>14}"

    lines.append(f"{'answers':26}{old['answers']:>8}{new['answers']:>8}"
                 f"{old['held_out']['answers']:>14}{new['held_out']['answers']:>14}")  # fmt: skip
    lines.append(row("failing answers", None))
    lines += [row(f"  {kind}", kind) for kind in kinds]
    for split, counts in report["changes"].items():
        if counts:
            lines.append(f"{split.replace('_', ' ')}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if report["note"]:
        lines.append(f"note: {report['note']}")
    return "\n".join(lines)
