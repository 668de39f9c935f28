"""Prompt → corrected answer pairs from probe dialogues, for ``sloika export sft --from corrections``.

A probe dialogue (`sloika probe`, built as a chat) carries a ``failures`` layer: one span per
failure of an answer, with its ``answer_id`` (``<probe id>:<turn>``) and the teacher's correction.
Each failing answer gives one conversation: the dialogue's turns before it, then the corrected answer
— a user's own (``--corrections FILE``, JSONL ``{"id": answer_id, "corrected": text}``, which wins)
or the teacher's when it passed the same checks the model failed. What gives no pair is counted by
reason: ``held_out`` (kept for evaluation), ``no_correction``, ``correction_failed_checks``.

Held-out probes never reach training: their answers give no pairs, and ``held_out_items`` lists
their user turns as an eval set, so every row of the export (any source) that shares a word
sequence with one — or repeats one word for word — is dropped like any other contamination.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from sloika.errors import InputError
from sloika.text.ngrams import words

ROLES = {"user": "user", "assistant": "assistant", "system": "system", "human": "user", "model": "assistant"}
HELD_OUT_SET = "held-out probes"


def _attrs(span: dict[str, Any]) -> dict[str, Any]:
    attrs = span.get("attrs")
    return json.loads(attrs) if isinstance(attrs, str) and attrs.strip() else (attrs or {})


def load_user_corrections(path: str | Path) -> dict[str, str]:
    """answer_id → corrected answer from a user's JSONL (``id`` or ``answer_id``, and ``corrected``)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(
            f"corrections file {path} not found: give a JSONL of {{'id': answer_id, 'corrected': text}}"
        )
    found: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}:{number}: broken JSON ({err}); fix the line") from err
        key = record.get("answer_id") or record.get("id") if isinstance(record, dict) else None
        text = record.get("corrected") if isinstance(record, dict) else None
        if not isinstance(key, str) or not isinstance(text, str) or not text.strip():
            raise InputError(
                f"{path}:{number}: needs a string `id` (the answer_id) and a non-empty `corrected`"
            )
        found[key] = text.strip()
    return found


def is_probe(metadata: dict[str, Any]) -> bool:
    return isinstance((metadata.get("fields") or {}).get("probe"), dict)


def is_held_out(metadata: dict[str, Any]) -> bool:
    fields = metadata.get("fields") or {}
    return is_probe(metadata) and bool(fields.get("held_out"))


def _turns(text: str, structure: list[dict[str, Any]]) -> list[tuple[int, str, str]]:
    """(turn number, role, content) of a chat document, in order."""
    found = []
    for span in sorted(structure, key=lambda s: (s["start"], s["end"])):
        attrs = _attrs(span)
        role = ROLES.get(str(attrs.get("role") or span.get("label") or "").lower())
        if role is not None and isinstance(attrs.get("turn"), int):
            found.append((attrs["turn"], role, text[span["start"] : span["end"]].strip()))
    return found


def user_turns(text: str, structure: list[dict[str, Any]]) -> list[str]:
    return [content for _, role, content in _turns(text, structure) if role == "user" and content]


def correction_pairs(
    text: str,
    metadata: dict[str, Any],
    structure: list[dict[str, Any]],
    failures: list[dict[str, Any]],
    user: dict[str, str],
    skipped: Counter[str],
) -> list[tuple[str, list[dict[str, str]]]]:
    """(answer_id, conversation ending in the corrected answer) per failing answer of a probe
    dialogue, and per answer the user corrected (failing or not); what gives none is counted in
    ``skipped``."""
    answers: dict[str, dict[str, Any]] = {}
    for span in failures:
        attrs = _attrs(span)
        answers.setdefault(str(attrs.get("answer_id")), attrs)
    turns = _turns(text, structure)
    probe_id = (metadata.get("fields") or {}).get("id")
    for number, role, _ in turns:  # answers the checks passed but the user corrected anyway
        if role == "assistant" and f"{probe_id}:{number}" in user:
            answers.setdefault(f"{probe_id}:{number}", {"turn": number})
    if not answers:
        return []
    if is_held_out(metadata):
        skipped["held_out"] += len(answers)
        return []
    pairs = []
    for answer_id, attrs in sorted(answers.items(), key=lambda item: item[1].get("turn", 0)):
        corrected = user.get(answer_id)
        if corrected is None and attrs.get("correction"):
            if attrs.get("correction_failures"):
                skipped["correction_failed_checks"] += 1
                continue
            corrected = str(attrs["correction"]).strip()
        if not corrected:
            skipped["no_correction"] += 1
            continue
        messages: list[dict[str, str]] = []
        for number, role, content in turns:
            if number >= attrs.get("turn", 0):
                break
            if not content:
                continue
            if messages and messages[-1]["role"] == role:
                messages[-1]["content"] += "\n\n" + content
            else:
                messages.append({"role": role, "content": content})
        if not messages or messages[-1]["role"] != "user":
            skipped["no_prompt"] += 1
            continue
        pairs.append((answer_id, [*messages, {"role": "assistant", "content": corrected}]))
    return pairs


def held_out_items(
    documents: list[tuple[str, str, list[dict[str, Any]]]],
) -> dict[str, list[tuple[str, str]]]:
    """The user turns of held-out probe dialogues as an eval set {name: [(origin, text)]}; the
    documents are (id, text, structure spans)."""
    items = []
    for doc_id, text, structure in documents:
        items += [(f"{HELD_OUT_SET}#{doc_id}", turn) for turn in user_turns(text, structure)]
    return {HELD_OUT_SET: items} if items else {}


def same_words(a: str, b: str) -> bool:
    """Whether two texts are the same words (case, punctuation and spacing aside)."""
    return words(a) == words(b)
