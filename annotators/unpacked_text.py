"""Layered training text: a document with the generated notes of its annotation layers written in
after the paragraph they explain (DESIGN.md, "Layers"):

    Справедливость — это соответствие поступков нормам морали. Дальше текст абзаца…

    Текст: «Справедливость — это соответствие поступков нормам морали.»
    Распаковка:
    (1) Какая мораль? — культурная / универсальная
    (2) Может ли быть аморальная справедливость? — парадокс

A span carries its note in ``attrs``: ``text`` (a note), or ``question`` with an optional
``answer``, or ``definition`` (a ``definitions`` span over the term). When the answer is missing,
a label that names the kind of note (``paradox``, ``analogy``, ...) follows the dash. Spans without
any of these keys are skipped: they have nothing to unpack.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

# the layer whose spans carry notes to render (a definitions span carries none: nothing to write in)
UNPACKED_LAYERS = ("unpacking",)
_HEADINGS = {"ru": ("Текст", "Распаковка"), "uk": ("Текст", "Розпакування")}
_DEFAULT_HEADINGS = ("Text", "Unpacking")
_GENERIC_LABELS = {"note", "unpacking", "question", "question_template", "definition", "term"}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def note_of(span: dict[str, Any]) -> str | None:
    """The generated text a span carries, as one line, or None when it carries none."""
    attrs = span.get("attrs") or {}
    if isinstance(attrs, str):
        attrs = json.loads(attrs) if attrs.strip() else {}
    label = span.get("label") or ""
    if attrs.get("text"):
        note = str(attrs["text"])
    elif attrs.get("question"):
        note = str(attrs["question"])
        if attrs.get("answer"):
            note += f" — {attrs['answer']}"
        elif label and label not in _GENERIC_LABELS:
            note += f" — {label}"
    elif attrs.get("definition"):
        note = str(attrs["definition"])
    else:
        return None
    return " ".join(note.split())


def render_unpacked(text: str, spans: list[dict[str, Any]], lang: str | None = None) -> str:
    """``text`` with a "Text / Unpacking" block after each paragraph that has notes. Spans are
    dicts with ``start``, ``end`` (code points), ``label``, ``attrs``; notes over the same
    characters share one block, numbered in order of position and layer."""
    text_heading, notes_heading = _HEADINGS.get(lang or "", _DEFAULT_HEADINGS)
    groups: dict[tuple[int, int], list[str]] = defaultdict(list)
    for span in sorted(spans, key=lambda s: (s["start"], s["end"], s.get("layer", ""))):
        note = note_of(span)
        if note:
            groups[(span["start"], span["end"])].append(note)
    if not groups:
        return text

    paragraph_ends = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    out, last, pending = [], 0, sorted(groups)
    for end in paragraph_ends:
        out.append(text[last:end])
        blocks = []
        while pending and pending[0][0] < end:
            start, stop = pending.pop(0)
            quoted = " ".join(text[start:stop].split())
            lines = [f"{text_heading}: «{quoted}»", f"{notes_heading}:"]
            lines += [f"({i}) {note}" for i, note in enumerate(groups[(start, stop)], 1)]
            blocks.append("\n".join(lines))
        if blocks:
            out.append("\n\n" + "\n\n".join(blocks))
        last = end
    return "".join(out)
