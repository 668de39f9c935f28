"""Documents + chosen layers → "unpacked" training text and chat messages (DESIGN.md, "Layers").

Inputs are plain: a document's text and ``{layer: [span dict, ...]}`` where a span dict has
``start``, ``end`` (code points), ``label`` and ``attrs`` (a dict, or the JSON string DuckDB
returns). Notes come from the ``unpacking`` layer: ``attrs.question`` with ``attrs.answer`` (a
model's note) or without (a template's), or ``attrs.text``.

- ``render_unpacked`` is the pretraining form: the text with a «Текст: … / Распаковка: (1) …»
  block after each paragraph that has notes (the layout of ``sloika.annotators.unpacked_text``,
  which ``sloika export pretrain --render unpacked`` uses; this is the same function over layers).
- ``render_messages`` is the SFT form: one conversation per unpacked sentence, the user quoting the
  sentence and asking to unpack it, the assistant answering with the numbered notes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sloika.annotators.unpacked_text import note_of
from sloika.annotators.unpacked_text import render_unpacked as _render_spans

KIND_NAMES = {
    "ru": {
        "question": "вопрос",
        "counter_question": "встречный вопрос",
        "paradox": "парадокс",
        "analogy": "аналогия",
        "counterexample": "контрпример",
    },
    "en": {
        "question": "question",
        "counter_question": "counter-question",
        "paradox": "paradox",
        "analogy": "analogy",
        "counterexample": "counterexample",
    },
}
ASK = {
    "ru": "Распакуй текст: вопросы, встречные вопросы, парадоксы, аналогии, контрпримеры.\nТекст: «{}»",
    "en": "Unpack the text: questions, counter-questions, paradoxes, analogies, counterexamples.\nText: “{}”",
}
NOTE_LAYERS = ("unpacking",)


def _attrs(span: Mapping[str, Any]) -> dict[str, Any]:
    attrs = span.get("attrs") or {}
    return json.loads(attrs) if isinstance(attrs, str) else dict(attrs)


def render_unpacked(text: str, layers: Mapping[str, list[Mapping[str, Any]]], lang: str | None = "ru") -> str:
    """``text`` with the notes of the ``unpacking`` layer written in after their paragraphs."""
    spans = [dict(span) | {"layer": name} for name in NOTE_LAYERS for span in layers.get(name, [])]
    return _render_spans(text, spans, lang)


def render_messages(
    text: str, layers: Mapping[str, list[Mapping[str, Any]]], lang: str | None = "ru"
) -> list[list[dict[str, str]]]:
    """One ``[{"role": "user", ...}, {"role": "assistant", ...}]`` conversation per sentence with
    notes, in text order; ``[]`` when the document has none."""
    names = KIND_NAMES.get(lang or "", KIND_NAMES["en"])
    ask = ASK.get(lang or "", ASK["en"])
    notes: dict[tuple[int, int], list[str]] = defaultdict(list)
    for name in NOTE_LAYERS:
        for span in sorted(layers.get(name, []), key=lambda s: (s["start"], s["end"])):
            note = note_of(dict(span))
            if note:  # a note without an answer says what kind of note it is instead
                attrs = _attrs(span)
                kind = None if attrs.get("answer") else names.get(attrs.get("kind") or span.get("label", ""))
                notes[(span["start"], span["end"])].append(f"{note} — {kind}" if kind else note)
    conversations = []
    for start, end in sorted(notes):
        sentence = " ".join(text[start:end].split())
        answer = "\n".join(f"({i}) {note}" for i, note in enumerate(notes[(start, end)], 1))
        conversations.append(
            [{"role": "user", "content": ask.format(sentence)}, {"role": "assistant", "content": answer}]
        )
    return conversations
