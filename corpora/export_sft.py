"""``sloika export sft``: a corpus → chat-format (``messages``) sets for LoRA / full fine-tuning.

How a document becomes a conversation (docs/exports.md has examples):

* ``kind = chat`` with a ``structure`` layer: its turns in order, the role from the span's label or
  ``attrs.role`` (``user``/``human``, ``assistant``/``agent``/``model``, ``system``); consecutive turns
  of one role are joined; the conversation is cut after its last assistant turn.
* any other document: an instruction pair. The title (``metadata.fields.title``, else a markdown
  heading in the first lines) becomes the user's request ("Расскажи о теме «…».", in the document's
  language where a template exists), the text after the heading the assistant's answer.
* documents that give neither (a chat without turns, a text without a title) are skipped and counted
  by reason in the export manifest.
* from layers (``sloika.corpora.sft_layers``): a ``definitions`` span → "Что такое X?" → the
  definition in its paragraph; an ``unpacking`` note → its question about the sentence → its answer,
  and each unpacked sentence as one conversation (``render_messages``).
* ``--from chats,titles,definitions,unpacking`` picks the sources (default: all whose layers exist);
  every row names its ``source`` and the ``layer`` it came from, and its ``doc_id``.
* ``--language-control``: from the ``lang_spans`` layer, each paragraph with a fixable impurity (a
  homoglyph word like ``пapa``, a foreign sentence, a run of another script) gives one more pair:
  "rewrite this in <language>" → the paragraph with homoglyphs folded and foreign parts removed.

The train/validation split hashes the document id (every row of a document lands in the same
split, on every run); a set (or topic) of two or more documents that the hash left without a
validation document gets the one closest to the cut, listed under ``validation_moved`` (a topic
left without train rows gets its furthest one back). Rows that
overlap a given eval set (``sloika.filters.decontaminate``, the same index as ``sloika build
--decontaminate``) are dropped and listed in ``decontaminated.jsonl``; the manifest counts them and
the eval items too short to match, per eval set.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import xxhash

from sloika.config import ConfigError
from sloika.console import progress
from sloika.corpora.catalog import connect
from sloika.corpora.export_provenance import ExportFolder, check_export_out, existing_layers, provenance
from sloika.corpora.manifest import load_manifest
from sloika.corpora.sft_corrections import (
    HELD_OUT_SET,
    correction_pairs,
    held_out_items,
    is_probe,
    load_user_corrections,
    user_turns,
)
from sloika.corpora.sft_layers import definition_pairs, note_pairs, unpacked_conversations
from sloika.corpora.storage import located
from sloika.filters.decontaminate import EvalIndex, load_eval_items
from sloika.text.ngrams import words
from sloika.text.scripts import fold_homoglyphs

SFT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("messages", pa.list_(pa.struct([("role", pa.string()), ("content", pa.string())]))),
        ("topic", pa.string()),
        ("doc_id", pa.string()),
        ("source", pa.string()),  # chats, titles, definitions, unpacking, language_control
        ("layer", pa.string()),  # the layer the row was made from (null for titles)
    ]
)
# where rows come from: the layer each source reads (titles read the text and its metadata)
SOURCES = {
    "chats": "structure",
    "titles": None,
    "definitions": "definitions",
    "unpacking": "unpacking",
    "corrections": "failures",
}
ROLE_ALIASES = {
    "user": "user",
    "human": "user",
    "nexus_user": "user",
    "assistant": "assistant",
    "agent": "assistant",
    "model": "assistant",
    "bot": "assistant",
    "nexus_agent": "assistant",
    "system": "system",
}
ASK_TEMPLATES = {"ru": "Расскажи о теме «{title}».", "uk": "Розкажи про тему «{title}»."}
ASK_DEFAULT = "Tell me about “{title}”."
REWRITE_TEMPLATES = {
    "ru": "Перепиши текст только на русском языке, без слов и фраз на других языках и без латинских "
    "букв внутри русских слов:\n\n{text}",
}
REWRITE_DEFAULT = "Rewrite the text in {lang} only, without words or sentences in other languages:\n\n{text}"
MIN_ANSWER_CHARS = 20
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.M)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---[ \t]*\n", re.S)
_FRONT_TITLE = re.compile(r"^title:\s*(.+?)\s*$", re.M | re.I)
_PARAGRAPH = re.compile(r"[^\n](?:.|\n(?!\s*\n))*", re.M)
_UNSAFE = re.compile(r"[^\w.-]+")


@dataclass
class SftOptions:
    split_by: str | None = None  # None | "topic"
    validation_fraction: float = 0.05
    decontaminate: list[str] = field(default_factory=list)
    language_control: bool = False
    overwrite: bool = False
    sources: list[str] | None = None  # None: every source whose layer exists (see SOURCES)
    corrections: str | None = None  # a user's JSONL of corrected answers, joined by answer_id


def in_validation(doc_id: str, fraction: float) -> bool:
    """A fixed coin per document: xxh3 of its id, compared with the fraction."""
    return xxhash.xxh3_64_intdigest(doc_id.encode()) < fraction * 2**64


def topic_folder(topic: str) -> str:
    """A topic name as a folder name: letters, digits, ``.``, ``-`` and ``_`` only."""
    name = _UNSAFE.sub("_", topic).strip("._") or "topic"
    return name


def _attrs(span: dict[str, Any]) -> dict[str, Any]:
    attrs = span.get("attrs")
    return json.loads(attrs) if isinstance(attrs, str) and attrs.strip() else (attrs or {})


def chat_messages(text: str, turns: list[dict[str, Any]]) -> list[dict[str, str]] | None:
    """The conversation of a chat document from its ``structure`` spans, or None without a user →
    assistant exchange."""
    messages: list[dict[str, str]] = []
    for span in sorted(turns, key=lambda s: (s["start"], s["end"])):
        role = ROLE_ALIASES.get(str(_attrs(span).get("role") or span.get("label") or "").lower())
        content = text[span["start"] : span["end"]].strip()
        if role is None or not content:
            continue
        if messages and messages[-1]["role"] == role:
            messages[-1]["content"] += "\n\n" + content
        else:
            messages.append({"role": role, "content": content})
    while messages and messages[-1]["role"] != "assistant":
        messages.pop()
    while messages and messages[0]["role"] == "assistant":
        messages.pop(0)
    if not any(m["role"] == "user" for m in messages):
        return None
    return messages or None


def instruction_pair(text: str, metadata: dict[str, Any], lang: str | None) -> tuple[list, str | None]:
    """(messages, None) for a document with a title, or ([], reason) when it can't become a pair.

    The title is, in this order: a ``title:`` in YAML front matter, a markdown heading opening the
    text, the record's ``title`` field. Front matter and the opening heading are not part of the answer.
    """
    title, body = None, text
    front = _FRONT_MATTER.match(body)
    if front:
        body = body[front.end() :]
        title = next(iter(_FRONT_TITLE.findall(front.group(0))), None)
    heading = _HEADING.search(body[:2000])
    if heading and body[: heading.start()].strip() == "":
        title = title or heading.group(1)
        body = body[heading.end() :]
    field_title = (metadata.get("fields") or {}).get("title")
    title = title or (field_title if isinstance(field_title, str) else None)
    if not title or not title.strip():
        return [], "no_title"
    body = body.strip()
    if len(body) < MIN_ANSWER_CHARS:
        return [], "too_short"
    ask = ASK_TEMPLATES.get(lang or "", ASK_DEFAULT).format(title=" ".join(title.strip("'\" ").split()))
    return [{"role": "user", "content": ask}, {"role": "assistant", "content": body}], None


_FIXABLE = re.compile(r"^(homoglyph|script:.+|[a-z]{2,3})$")  # homoglyph, foreign script run, language


# what a removal leaves behind inside a sentence: "(например, )", "[]", ", ;", ": :", an empty list item;
# "::" with nothing between is a scope operator ("std::map") and "()" after a name a call ("bar()")
_HOLE = re.compile(
    r"(?<!\w)\(\s*[,;:.]?\s*\)|\[\s*\]|[,;]\s*[,;:.)\]]|:\s*[,;.)\]]|:\s+:|^\s*(?:[-*•+]|\d+[.)])\s*$", re.M
)


def clean_target(corrected: str) -> bool:
    """Whether a corrected paragraph can be taught as it is: no hole where a span inside a sentence
    was removed. A paragraph that fails gives no pair: the model would learn broken sentences, which
    no rule can repair. (Latin words the purity layer calls terms, such as "React", stay.)"""
    return not _HOLE.search(corrected)


def language_control_pairs(text: str, lang: str | None, spans: list[dict[str, Any]]) -> list[list[dict]]:
    """One "rewrite in <lang>" conversation per paragraph whose impurities the ``lang_spans`` layer
    locates and that can be corrected without a model: homoglyph words are folded back into their
    script, foreign sentences and runs of another script are removed."""
    lang = lang or "ru"
    counted = [
        s
        for s in spans
        if s.get("label") != "term" and _attrs(s).get("counted", True) and s.get("label") != lang
    ]
    pairs = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        inside = [s for s in counted if start <= s["start"] and s["end"] <= end]
        if not inside or not all(_FIXABLE.match(str(s.get("label"))) for s in inside):
            continue
        pieces, last = [], start
        for span in sorted(inside, key=lambda s: s["start"]):
            if span["start"] < last:
                continue
            keep = text[span["start"] : span["end"]] if span["label"] == "homoglyph" else ""
            pieces += [text[last : span["start"]], keep]
            last = span["end"]
        pieces.append(text[last:end])
        corrected = re.sub(r"[ \t]{2,}", " ", fold_homoglyphs("".join(pieces))).strip()
        original = text[start:end].strip()
        if len(corrected) < MIN_ANSWER_CHARS or corrected == original or not clean_target(corrected):
            continue
        ask = REWRITE_TEMPLATES.get(lang, REWRITE_DEFAULT).format(text=original, lang=lang)
        pairs.append([{"role": "user", "content": ask}, {"role": "assistant", "content": corrected}])
    return pairs


def _documents(corpus: str | Path, layers: set[str]) -> Iterator[dict[str, Any]]:
    """Documents with the spans of the layers the export reads, in corpus order."""
    con = connect(corpus)
    joins, columns = [], []
    for name in ("structure", "lang_spans", "topics", "definitions", "unpacking", "failures"):
        if name in layers:
            joins.append(
                f"LEFT JOIN (SELECT doc_id, list({{'start': start, 'end': \"end\", 'label': label, "
                f"'score': score, 'attrs': attrs}}) AS {name} FROM {name} GROUP BY doc_id) {name} "
                f"ON {name}.doc_id = d.id"
            )
            columns.append(f"{name}.{name}")
    select = ", ".join(["d.id", "d.text", "d.kind", "d.lang", "d.metadata"] + columns)
    reader = con.sql(f"SELECT {select} FROM documents d {' '.join(joins)} ORDER BY d.source, d.position")
    for batch in reader.to_arrow_reader(500):
        yield from batch.to_pylist()


def document_topic(spans: list[dict[str, Any]] | None, length: int) -> str | None:
    """The topic of a document: the label covering most of it (higher score breaks ties)."""
    if not spans:
        return None
    cover: Counter[str] = Counter()
    best_score: dict[str, float] = {}
    for span in spans:
        cover[span["label"]] += span["end"] - span["start"]
        best_score[span["label"]] = max(best_score.get(span["label"], 0.0), span.get("score") or 0.0)
    return max(cover, key=lambda label: (cover[label] / max(length, 1), best_score[label], label))


def _write(folder: Path, rows: list[dict[str, Any]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for split in ("train", "validation"):
        chosen = [
            {k: v for k, v in r.items() if k not in ("split", "kind")} for r in rows if r["split"] == split
        ]
        pq.write_table(pa.Table.from_pylist(chosen, schema=SFT_SCHEMA), folder / f"{split}.parquet")
        with open(folder / f"{split}.jsonl", "w", encoding="utf-8") as handle:
            for row in chosen:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def export_sft(corpus: str | Path, out: str | Path, options: SftOptions) -> dict[str, Any]:
    """Write the SFT sets of ``corpus`` into ``out``; returns the export manifest."""
    if options.split_by not in (None, "topic"):
        raise ConfigError(f"--split-by {options.split_by!r}: only `topic` is supported")
    if not 0.0 <= options.validation_fraction < 1.0:
        raise ConfigError("--validation-fraction must be in [0, 1), e.g. 0.05")
    corpus = located(corpus)  # a folder or an fsspec URL (s3://...)
    check_export_out(
        out, options.overwrite, [corpus, *options.decontaminate, *filter(None, [options.corrections])]
    )
    layers = existing_layers(corpus)
    probes_name_topics = "failures" in layers and (
        options.sources is None or "corrections" in options.sources
    )
    if options.split_by == "topic" and "topics" not in layers and not probes_name_topics:
        raise ConfigError(
            f"{corpus} has no `topics` layer, so --split-by topic has nothing to split by: "
            "annotate topics first (`sloika annotate CORPUS --layers topics`) or drop --split-by"
        )
    if options.language_control and "lang_spans" not in layers:
        raise ConfigError(
            f"{corpus} has no `lang_spans` layer to build language-control pairs from: build the corpus "
            "with purity spans or drop --language-control"
        )
    sources = _sources(corpus, layers, options.sources)
    read = {SOURCES[name] for name in sources if SOURCES[name]} & layers
    if "corrections" in sources:
        read |= {"structure"} & layers
    used = sorted(read | (layers & {"topics"}) | ({"lang_spans"} if options.language_control else set()))
    held_out = held_out_dialogues(corpus, layers)
    evals = EvalIndex.from_items(
        load_eval_items([str(path) for path in options.decontaminate]) | held_out_items(held_out)
    )
    held_out_prompts = {tuple(words(turn)) for _, text, turns in held_out for turn in user_turns(text, turns)}
    user_corrections = load_user_corrections(options.corrections) if options.corrections else {}
    corrected: set[str] = set()

    rows: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    removed: list[dict[str, Any]] = []
    documents = 0
    kept = load_manifest(corpus).get("counts", {}).get("kept")
    for doc in progress(_documents(corpus, set(used)), total=kept, desc="export sft"):
        documents += 1
        metadata = json.loads(doc["metadata"]) if doc["metadata"] else {}
        conversations: list[tuple[str, str, list]] = []  # (source, row kind, messages)
        if doc["kind"] == "chat" and is_probe(metadata):
            # a probed model's own answers are what the loop corrects, never what it trains on
            if "chats" in sources:
                skipped["probe_dialogue"] += 1
            if "corrections" in sources:
                for answer_id, pair in correction_pairs(
                    doc["text"], metadata, doc.get("structure") or [], doc.get("failures") or [],
                    user_corrections, skipped,
                ):  # fmt: skip
                    corrected.add(answer_id)
                    conversations.append(("corrections", "correction", pair))
        elif doc["kind"] == "chat":
            if "chats" in sources:
                messages = chat_messages(doc["text"], doc.get("structure") or [])
                if messages is None:
                    reason = "chat_without_turns" if not doc.get("structure") else "no_user_assistant_turns"
                    skipped[reason] += 1
                else:
                    conversations.append(("chats", "chat", messages))
        elif "titles" in sources:
            messages, reason = instruction_pair(doc["text"], metadata, doc["lang"])
            if reason:
                skipped[reason] += 1
            else:
                conversations.append(("titles", "pair", messages))
        if "definitions" in sources:
            for pair in definition_pairs(doc["text"], doc["lang"], doc.get("definitions") or []):
                conversations.append(("definitions", "definition", pair))
        if "unpacking" in sources:
            notes = doc.get("unpacking") or []
            for pair in note_pairs(doc["text"], doc["lang"], notes):
                conversations.append(("unpacking", "unpacking", pair))
            for chat in unpacked_conversations(doc["text"], doc["lang"], notes):
                conversations.append(("unpacking", "unpacked", chat))
        if options.language_control:
            for pair in language_control_pairs(doc["text"], doc["lang"], doc.get("lang_spans") or []):
                conversations.append(("language_control", "langctl", pair))
        topic = document_topic(doc.get("topics"), len(doc["text"]))
        if topic is None and is_probe(metadata):  # a probe prompt names its topic
            topic = (metadata.get("fields") or {}).get("topic")
        split = "validation" if in_validation(doc["id"], options.validation_fraction) else "train"
        numbers: Counter[str] = Counter()
        for source, kind, messages in conversations:
            suffix = kind if kind in ("chat", "pair") else f"{kind}{numbers[kind]}"
            numbers[kind] += 1
            row = {"id": f"{doc['id']}-{suffix}", "messages": messages, "topic": topic, "doc_id": doc["id"],
                   "source": source, "layer": SOURCES.get(source, "lang_spans"), "kind": kind}  # fmt: skip
            hit = evals.match("\n\n".join(m["content"] for m in messages)) if evals.grams else None
            asked = [m["content"] for m in messages if m["role"] == "user"]
            if hit is None and any(tuple(words(turn)) in held_out_prompts for turn in asked):
                hit = (f"{HELD_OUT_SET}", "repeats a held-out probe prompt word for word")
            if hit:
                origin, detail = hit
                eval_set = origin.rsplit("#", 1)[0]
                removed.append({"id": row["id"], "doc_id": doc["id"], "eval_set": eval_set, "detail": detail})
                continue
            rows.append(row | {"split": split})

    moved = ensure_validation(rows, options.validation_fraction, options.split_by == "topic")
    with ExportFolder(out, options.overwrite) as folder:
        _write(folder.work, rows)
        topics: list[str] = []
        topic_splits: dict[str, dict[str, dict[str, int]]] = {}
        if options.split_by == "topic":
            by_folder: dict[str, list[dict[str, Any]]] = {}
            for row in rows:
                if row["topic"] is not None:
                    by_folder.setdefault(topic_folder(row["topic"]), []).append(row)
            for name, topic_rows in sorted(by_folder.items()):
                _write(folder.work / name, topic_rows)
                topic_splits[name] = _split_counts(topic_rows)
            topics = sorted(by_folder)
        write_dataset_info(folder.work, topics)
        with open(folder.work / "decontaminated.jsonl", "w", encoding="utf-8") as handle:
            for entry in removed:
                handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        kinds = Counter(row["kind"] for row in rows)
        manifest = {
            "format": "sloika-sft",
            "version": 1,
            "splits": _split_counts(rows),
            "topics": topics,
            "split_by": options.split_by,
            "topic_splits": topic_splits,
            "rows_without_topic": sum(1 for row in rows if row["topic"] is None),
            "validation_fraction": options.validation_fraction,
            "validation_moved": moved,
            "documents": documents,
            "rows_by_kind": dict(sorted(kinds.items())),
            "sources": sources,
            "rows_by_source": dict(sorted(Counter(row["source"] for row in rows).items())),
            "skipped_documents": dict(sorted(skipped.items())),
            "language_control": options.language_control,
            **provenance(corpus, used),
            "decontaminated_against": [
                {"path": path, **counts, "removed": sum(r["eval_set"] == path for r in removed)}
                for path, counts in evals.stats.items()
            ],
            "decontamination": {**evals.summary(), "removed": len(removed), "list": "decontaminated.jsonl"},
            "held_out_probes": len(held_out),
            "user_corrections": {
                "path": options.corrections,
                "given": len(user_corrections),
                "unmatched": sorted(set(user_corrections) - corrected),
            }
            if options.corrections
            else None,
        }
        folder.write_manifest(manifest)
    return manifest


def write_dataset_info(folder: Path, topics: list[str]) -> None:
    """LLaMA-Factory's ``dataset_info.json``: every split (and topic) as a ShareGPT-style dataset of
    ``messages`` with role/content tags, so ``dataset_dir: DIR`` and ``dataset: train`` (or
    ``<topic>_train``) is all a LLaMA-Factory config needs. It points at the Parquet files, whose
    columns are typed (a JSONL ``topic`` that is null everywhere reads back as type null)."""
    tags = {
        "role_tag": "role",
        "content_tag": "content",
        "user_tag": "user",
        "assistant_tag": "assistant",
        "system_tag": "system",
    }
    info = {}
    for prefix, base in [("", ""), *((f"{topic}_", f"{topic}/") for topic in topics)]:
        for split in ("train", "validation"):
            info[f"{prefix}{split}"] = {
                "file_name": f"{base}{split}.parquet",
                "formatting": "sharegpt",
                "columns": {"messages": "messages"},
                "tags": tags,
            }
    (folder / "dataset_info.json").write_text(
        json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8"
    )


def ensure_validation(rows: list[dict[str, Any]], fraction: float, by_topic: bool) -> list[dict[str, Any]]:
    """A set (the whole export, or each topic) of two or more documents whose hash put none in
    validation gets one: the document whose hash is closest to the cut. Without it a small corpus
    trains with no held-out loss at all. A topic left with no train row (its documents all hashed
    or moved into validation, one by the whole export's move) gets back the one furthest from the
    cut (``split: train`` in the move): per-topic training has nothing to train on otherwise.
    Returns the moves, for the manifest."""
    if fraction <= 0:
        return []
    groups: dict[str | None, list[dict[str, Any]]] = {None: rows}
    if by_topic:
        for row in rows:
            if row["topic"] is not None:
                groups.setdefault(topic_folder(row["topic"]), []).append(row)
    moved = []
    for name, members in groups.items():
        documents = {row["doc_id"] for row in members}
        if len(documents) < 2 or any(row["split"] == "validation" for row in members):
            continue
        chosen = min(documents, key=lambda doc_id: xxhash.xxh3_64_intdigest(doc_id.encode()))
        _move(rows, chosen, "validation")
        moved.append({"topic": name, "doc_id": chosen})
    for name, members in groups.items():  # a topic trains on something: per-topic training needs it
        if name is not None and all(row["split"] == "validation" for row in members):
            documents = {row["doc_id"] for row in members}
            kept = max(documents, key=lambda doc_id: xxhash.xxh3_64_intdigest(doc_id.encode()))
            _move(rows, kept, "train")
            moved.append({"topic": name, "doc_id": kept, "split": "train"})
    return moved


def _move(rows: list[dict[str, Any]], doc_id: str, split: str) -> None:
    """Every row of the document ``doc_id`` into ``split``."""
    for row in rows:
        if row["doc_id"] == doc_id:
            row["split"] = split


def held_out_dialogues(corpus: str | Path, layers: set[str]) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(id, text, structure spans) of the corpus's held-out probe dialogues."""
    if "structure" not in layers:
        return []
    con = connect(corpus)
    rows = con.execute(
        "SELECT d.id, d.text, list({'start': s.start, 'end': s.\"end\", 'label': s.label, 'attrs': s.attrs}) "
        "FROM documents d JOIN structure s ON s.doc_id = d.id "
        "WHERE json_extract(d.metadata, '$.fields.probe') IS NOT NULL "
        "AND json_extract(d.metadata, '$.fields.held_out') = true GROUP BY d.id, d.text ORDER BY d.id"
    ).fetchall()
    return [(doc_id, text, spans) for doc_id, text, spans in rows]


def _sources(corpus: str | Path, layers: set[str], asked: list[str] | None) -> list[str]:
    """The sources to export: the asked ones (each layer must exist), or all whose layers exist."""
    if asked is None:  # chats and titles always (documents they can't use are counted as skipped)
        return [name for name, layer in SOURCES.items() if name in ("chats", "titles") or layer in layers]
    unknown = sorted(set(asked) - set(SOURCES))
    if unknown or not asked:
        raise ValueError(f"--from {','.join(asked)}: choose from {', '.join(SOURCES)}")
    for name in asked:
        if name in ("definitions", "unpacking", "corrections") and SOURCES[name] not in layers:
            raise ValueError(
                f"--from {name}: {corpus} has no `{SOURCES[name]}` layer; produce it first "
                f"(`sloika annotate {corpus} --layers {SOURCES[name]}`) or leave {name} out"
            )
    return [name for name in SOURCES if name in asked]


def _split_counts(rows: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    return {split: {"rows": sum(1 for r in rows if r["split"] == split)} for split in ("train", "validation")}
