"""Chat exports: ChatGPT ``conversations.json``, Obsidian callout markdown, JSONL with ``messages``.

One document per conversation; the text is the turns' content separated by blank lines, and each
turn is a ``structure`` span labelled with its role (``user``, ``assistant``, ``system``, ``tool``)
carrying its timestamp, so an SFT export can rebuild the messages from the corpus alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import orjson

from sloika.pipelines.formats.base import Failed, FormatError, Parsed, TextBuilder, decode_utf8
from sloika.pipelines.formats.whisper import load_json
from sloika.text.spans import Span

Turn = tuple[str, str, dict[str, Any]]  # role, content, attrs (timestamp, ids)


def conversation(turns: list[Turn], position: int, fields: dict[str, Any]) -> Parsed:
    builder = TextBuilder()
    failures: list[Span] = []
    for index, (role, content, attrs) in enumerate(turns):
        attrs = dict(attrs)
        judged = attrs.pop(JUDGED, None)
        builder.separate("\n\n")
        start, end = builder.append(content)
        builder.span(start, end, role, turn=index, **attrs)
        if judged is not None:
            failures += _failure_spans(judged, start, end, index, fields)
    layers = {FAILURES: failures} if failures else {}
    return Parsed(builder.text, builder.spans, "chat", position, fields, layers)


# --- `sloika probe` verdicts: the `failures` layer ------------------------------------------

FAILURES = "failures"
JUDGED = "_judged"  # a probe's verdicts riding on a turn from the message to ``conversation``


def _judged(message: dict[str, Any], lead: int) -> dict[str, Any] | None:
    """The failures and correction `sloika probe` recorded on an answer, with ``lead`` (whitespace
    stripped from the content's start) to move their offsets by."""
    found = message.get(FAILURES)
    if not isinstance(found, list):
        return None
    correction = message.get("correction")
    return {"failures": [f for f in found if isinstance(f, dict)], "lead": lead,
            "correction": correction if isinstance(correction, dict) else None}  # fmt: skip


def _failure_spans(
    judged: dict[str, Any], start: int, end: int, turn: int, fields: dict[str, Any]
) -> list[Span]:
    """One span per recorded failure, over the answer's characters it names (clamped to the turn),
    labelled with the failure kind; attrs: the verdict, the turn, the probe's id and held-out flag,
    ``answer_id`` (``<id>:<turn>``, what a corrections file joins on) and the teacher's correction."""
    correction = judged["correction"] or {}
    spans = []
    for failure in judged["failures"]:
        offsets = [failure.get("start", 0), failure.get("end", end - start)]
        if not all(isinstance(o, int) and not isinstance(o, bool) for o in offsets):
            offsets = [0, end - start]
        first, last = (min(max(start + o - judged["lead"], start), end) for o in offsets)
        attrs = {
            "turn": turn,
            "verdict": failure.get("verdict") or {},
            "probe_id": fields.get("id"),
            "answer_id": f"{fields.get('id')}:{turn}",
            "held_out": bool(fields.get("held_out")),
            "correction": correction.get("content"),
            "correction_by": correction.get("by"),
            "correction_failures": correction.get("failures"),
        }
        spans.append(Span(first, max(first, last), str(failure.get("kind") or "unknown"), None, attrs))
    return spans


# --- ChatGPT data export ---------------------------------------------------------------------


def parse_chatgpt(data: bytes) -> Iterator[Parsed | Failed]:
    export = load_json(data, "ChatGPT export")
    if isinstance(export, dict):
        export = [export]
    if not isinstance(export, list):
        raise FormatError(
            "not_chatgpt_export", "expected a list of conversations (ChatGPT conversations.json)"
        )
    for position, item in enumerate(export):
        try:
            turns = _current_branch(item)
        except FormatError as err:
            yield Failed(position, _preview(item), err.reason, err.detail)
            continue
        except (TypeError, ValueError, AttributeError, KeyError, RecursionError) as err:
            # one malformed conversation is rejected alone; the others in the export are kept
            yield Failed(position, _preview(item), "broken_conversation", f"{type(err).__name__}: {err}")
            continue
        fields = {
            k: item.get(k) for k in ("title", "conversation_id", "create_time") if item.get(k) is not None
        }
        yield conversation(turns, position, fields)


def _preview(item: Any) -> str:
    """The conversation as JSON for the rejected record (a 65 KiB preview)."""
    try:
        return orjson.dumps(item).decode()[:65_536]
    except TypeError:  # e.g. an integer beyond 64 bits
        return json.dumps(item, ensure_ascii=False, default=str)[:65_536]


def _current_branch(item: Any) -> list[Turn]:
    """Walk from ``current_node`` up to the root: the branch the user last saw, not abandoned edits."""
    if not isinstance(item, dict) or not isinstance(item.get("mapping"), dict):
        raise FormatError("broken_conversation", "conversation without a `mapping` tree")
    mapping, node_id = item["mapping"], item.get("current_node")
    if node_id not in mapping:  # exports trimmed by tools: the newest branch is the last child, down
        node_id = _last_leaf(mapping)
    branch, seen = [], set()
    while node_id is not None:
        node = mapping.get(node_id)
        if not isinstance(node, dict) or node_id in seen:
            raise FormatError("broken_conversation", f"node {node_id} is missing or forms a cycle")
        seen.add(node_id)
        branch.append(node)
        node_id = node.get("parent")
    if not branch:
        raise FormatError("broken_conversation", "no `current_node`: can't tell which branch is current")
    turns = [turn for node in reversed(branch) if (turn := _chatgpt_turn(node)) is not None]
    if not turns:
        raise FormatError("empty_conversation", "the current branch holds no visible message")
    return turns


def _last_leaf(mapping: dict) -> str | None:
    """From the root, always the newest (last) child that the export kept."""
    roots = [
        key for key, node in mapping.items() if isinstance(node, dict) and node.get("parent") not in mapping
    ]
    node_id, seen = (roots[0] if len(roots) == 1 else None), set()
    while node_id is not None and node_id not in seen:
        seen.add(node_id)
        children = mapping[node_id].get("children")
        children = (
            [c for c in children if isinstance(c, str) and c in mapping] if isinstance(children, list) else []
        )
        if not children:
            break
        node_id = children[-1]
    return node_id


def _chatgpt_turn(node: dict) -> Turn | None:
    message = node.get("message")
    if not isinstance(message, dict):
        return None
    content = _content(message.get("content"))
    metadata = message.get("metadata") if isinstance(message.get("metadata"), dict) else {}
    if not content or metadata.get("is_visually_hidden_from_conversation"):
        return None
    attrs = {"message_id": message.get("id"), "model": metadata.get("model_slug")}
    timestamp = _timestamp(message.get("create_time"))
    if timestamp:
        attrs["timestamp"] = timestamp
    author = message.get("author")
    role = author.get("role") if isinstance(author, dict) else author
    return role if isinstance(role, str) and role else "unknown", content, attrs


def _content(content: Any) -> str:
    """The text of a message: ``{"parts": [...]}`` as exported, or a plain string some tools write."""
    if isinstance(content, str):
        return content.strip()
    parts = content.get("parts") if isinstance(content, dict) else None
    if not isinstance(parts, list):
        return ""
    return "\n".join(part for part in parts if isinstance(part, str)).strip()


def _timestamp(seconds: Any) -> str | None:
    """ISO time of a Unix timestamp; None for one that is missing, NaN or out of range (1e20)."""
    if not isinstance(seconds, int | float) or isinstance(seconds, bool):
        return None
    try:
        return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")
    except (OverflowError, ValueError, OSError):
        return None


# --- Obsidian callouts (the seeds) -----------------------------------------------------------

CALLOUT = re.compile(
    r"^>\s*\[!nexus_(?P<who>user|agent)\][+-]?\s*(?:\*\*(?P<name>[^*]*)\*\*)?\s*(?:-\s*(?P<date>.*))?$"
)
UID = re.compile(r"^<!--\s*UID:\s*(?P<uid>[^ ]+)\s*-->\s*$")
OBSIDIAN_DATE = re.compile(r"(\d{2})\.(\d{2})\.(\d{4}) at (\d{2}):(\d{2})")


def parse_obsidian(data: bytes) -> list[Parsed]:
    """Markers are ASCII, so this works on the mojibake as received; RepairText fixes turn by turn."""
    turns: list[Turn] = []
    current: tuple[str, dict[str, Any], list[str]] | None = None
    for line in decode_utf8(data, "Obsidian chat").splitlines():
        header = CALLOUT.match(line)
        if header:
            _close(turns, current)
            role = "user" if header["who"] == "user" else "assistant"
            current = (role, {"name": header["name"], "timestamp": _obsidian_date(header["date"])}, [])
        elif current is not None and (uid := UID.match(line)):
            current[1]["uid"] = uid["uid"]
            _close(turns, current)
            current = None
        elif current is not None and line.startswith(">"):
            current[2].append(line[2:] if line.startswith("> ") else line[1:])
    _close(turns, current)
    if not turns:
        raise FormatError(
            "no_turns",
            "no `>[!nexus_user]`/`>[!nexus_agent]` callouts with text: "
            "not an Obsidian chat export? read it with `format: text`",
        )
    return [conversation(turns, 0, {})]


def _close(turns: list[Turn], current: tuple[str, dict[str, Any], list[str]] | None) -> None:
    if current is not None:
        content = "\n".join(current[2]).strip()
        if content:
            turns.append((current[0], content, {k: v for k, v in current[1].items() if v}))


def _obsidian_date(raw: str | None) -> str | None:
    match = OBSIDIAN_DATE.search(raw or "")
    if not match:
        return raw.strip() if raw else None
    day, month, year, hour, minute = match.groups()
    return f"{year}-{month}-{day}T{hour}:{minute}"


# --- JSONL with OpenAI-style messages --------------------------------------------------------


def parse_chat_jsonl(data: bytes) -> Iterator[Parsed | Failed]:
    lines = decode_utf8(data, "chat JSONL").splitlines()
    if not any(line.strip() for line in lines):
        raise FormatError("empty_file", "the file holds no records")
    for position, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as err:
            yield Failed(position, line, "broken_json", f"line {position + 1}: {err}")
            continue
        messages = record.get("messages") if isinstance(record, dict) else None
        turns = [turn for m in messages or [] if (turn := _message_turn(m)) is not None]
        if not turns:
            yield Failed(
                position, line, "no_messages", f"line {position + 1}: no `messages` with text content"
            )
            continue
        fields = {k: v for k, v in record.items() if k != "messages"}
        yield conversation(turns, position, fields)


def _message_turn(message: Any) -> Turn | None:
    if not isinstance(message, dict):
        return None
    content = message.get("content")
    if isinstance(content, list):  # [{"type": "text", "text": ...}, ...]
        content = "\n".join(
            p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text"
        )
    judged = _judged(message, len(content) - len(content.lstrip()) if isinstance(content, str) else 0)
    # an empty answer a probe judged is a finding, not noise: it stays as an empty turn
    if not isinstance(content, str) or not (content.strip() or judged):
        return None
    stamp = message.get("timestamp") or message.get("created_at")
    attrs = {"name": message.get("name"), "timestamp": stamp if isinstance(stamp, str) else None}
    attrs = {k: v for k, v in attrs.items() if v} | ({JUDGED: judged} if judged else {})
    return str(message.get("role") or "unknown"), content.strip(), attrs
