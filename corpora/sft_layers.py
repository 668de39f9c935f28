"""Conversations made from annotation layers, for ``sloika export sft --from definitions,unpacking``.

* ``definitions``: every definition span asks "Что такое X?" (X the normalised term) and answers with
  the defining sentence and the rest of its paragraph — the context a definition needs — on one line
  per sentence, attribution lines ("-- Автор") left out. A document with a definition always gives a
  pair: the answer is the definition itself, however short.
* ``unpacking``: every note with an answer is a question about its sentence → the answer; and the
  sentence's notes together are one "unpack this" conversation (``render_messages``, the SFT form of
  the unpacked text). Template notes have no answer and give only the latter.
"""

from __future__ import annotations

import json
from typing import Any

from sloika.annotators.render import render_messages
from sloika.annotators.segments import segment

WHAT_IS = {"ru": "Что такое {term}?", "uk": "Що таке {term}?"}
WHAT_IS_DEFAULT = "What is {term}?"
ASK_ABOUT = {"ru": "Текст: «{sentence}»\n\n{question}", "uk": "Текст: «{sentence}»\n\n{question}"}
ASK_ABOUT_DEFAULT = "Text: “{sentence}”\n\n{question}"


def _attrs(span: dict[str, Any]) -> dict[str, Any]:
    attrs = span.get("attrs")
    return json.loads(attrs) if isinstance(attrs, str) and attrs.strip() else (attrs or {})


def _one_line(text: str) -> str:
    return " ".join(text.split())


def definition_context(text: str, start: int, end: int) -> str:
    """The sentence at ``[start, end)`` and the sentences after it in its paragraph, each on one
    line; sentences that are attributions ("-- Автор", "— Автор" after the text) are left out."""
    sentences = []
    paragraph = None
    for span in segment(text):
        if span.label != "sentence":
            continue
        if span.start == start:
            paragraph = span.attrs["paragraph"]
        if paragraph is not None and span.attrs["paragraph"] == paragraph and span.start >= start:
            sentence = _one_line(text[span.start : span.end])
            if span.start != start and sentence.startswith(("--", "—", "–")):
                continue
            sentences.append(sentence)
    return " ".join(sentences) or _one_line(text[start:end])


def definition_pairs(text: str, lang: str | None, spans: list[dict[str, Any]]) -> list[list[dict[str, str]]]:
    """One "what is X?" → definition conversation per ``definitions`` span, in text order."""
    ask = WHAT_IS.get(lang or "", WHAT_IS_DEFAULT)
    pairs = []
    for span in sorted(spans, key=lambda s: (s["start"], s["end"], s["label"])):
        term = span["label"].strip()
        if not term:
            continue
        answer = definition_context(text, span["start"], span["end"])
        pairs.append(
            [{"role": "user", "content": ask.format(term=term)}, {"role": "assistant", "content": answer}]
        )
    return pairs


def note_pairs(text: str, lang: str | None, spans: list[dict[str, Any]]) -> list[list[dict[str, str]]]:
    """One question → answer conversation per ``unpacking`` note that has an answer; the user turn
    quotes the sentence the question is about."""
    ask = ASK_ABOUT.get(lang or "", ASK_ABOUT_DEFAULT)
    pairs = []
    for span in sorted(spans, key=lambda s: (s["start"], s["end"], s["label"])):
        attrs = _attrs(span)
        question, answer = (
            _one_line(str(attrs.get("question") or "")),
            _one_line(str(attrs.get("answer") or "")),
        )
        if question and answer:
            sentence = _one_line(text[span["start"] : span["end"]])
            user = ask.format(sentence=sentence, question=question)
            pairs.append([{"role": "user", "content": user}, {"role": "assistant", "content": answer}])
    return pairs


def unpacked_conversations(
    text: str, lang: str | None, spans: list[dict[str, Any]]
) -> list[list[dict[str, str]]]:
    """The unpacked rendering as chats: one per sentence with notes (``render_messages``)."""
    return render_messages(text, {"unpacking": spans}, lang if lang in ("ru", "en") else "en")
