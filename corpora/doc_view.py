"""One record as the browser shows it: its text cut at every span boundary of every layer, so
each layer can be highlighted at its exact characters; the structure layer as an outline; what
a step removed, struck out where it was; a duplicate beside its kept copy with the differences.

Offsets are code points (the corpus format's), and the text is cut in Python, which counts
code points too: the browser receives ready pieces and never does offset arithmetic in UTF-16.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import re
from dataclasses import dataclass, field
from typing import Any

import duckdb

DIFF_MAX_TOKENS = 20_000  # beyond this the side-by-side shows the texts without marking differences
PALETTE = ["#f6d55c", "#8ecae6", "#b8e0a8", "#f4a6a6", "#cdb4f0", "#f7c59f", "#a0e0dc", "#d9d9d9"]


@dataclass
class Span:
    index: int
    layer: str
    start: int
    end: int
    label: str | None
    score: float | None
    attrs: dict[str, Any]

    @property
    def removed_text(self) -> str | None:
        """Text a step cut out here: a zero-width span carrying the original in ``attrs.text``."""
        text = self.attrs.get("text")
        return text if self.start == self.end and isinstance(text, str) else None

    def describe(self) -> str:
        """The hover text: layer, label, score and attrs."""
        parts = [f"{self.layer}: {self.label}"]
        if self.score is not None:
            parts.append(f"score {self.score:.3g}")
        parts.append(f"[{self.start}, {self.end})")
        if self.attrs:
            parts.append(json.dumps(self.attrs, ensure_ascii=False)[:400])
        return " · ".join(parts)


@dataclass
class Piece:
    """A run of text between two boundaries (``spans`` cover all of it), or a removal marker."""

    start: int
    end: int
    text: str
    spans: list[Span] = field(default_factory=list)
    removed: Span | None = None

    @property
    def layers(self) -> list[str]:
        return sorted({s.layer for s in self.spans})

    @property
    def title(self) -> str:
        """The hover text: every span covering this piece, one per line."""
        return "\n".join(s.describe() for s in self.spans)


@dataclass
class OutlineItem:
    span: Span
    depth: int
    title: str


def record(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any] | None:
    """The record with this id from ``documents`` (status kept) or ``rejected``."""
    for table, status in (
        ("documents", "'kept'"),
        ("rejected", "CASE WHEN dup_of IS NULL THEN 'rejected' ELSE 'duplicate' END"),
    ):
        result = con.execute(f"SELECT *, {status} AS status FROM {table} WHERE id = ?", [doc_id])
        row = result.fetchone()
        if row is not None:
            out = dict(zip([d[0] for d in result.description], row, strict=True))
            with contextlib.suppress(TypeError, ValueError):  # else shown as the string it is
                out["metadata"] = json.loads(out.get("metadata") or "{}")
            return out
    return None


def spans(con: duckdb.DuckDBPyConnection, layers: list[str], doc_id: str) -> list[Span]:
    """Every span of ``layers`` on this document, in text order."""
    out: list[Span] = []
    for layer in layers:
        rows = con.execute(
            f'SELECT start, "end", label, score, attrs FROM {layer} WHERE doc_id = ? '
            'ORDER BY start, "end" DESC',
            [doc_id],
        ).fetchall()
        for start, end, label, score, attrs in rows:
            try:
                parsed = json.loads(attrs) if attrs else {}
            except ValueError:
                parsed = {"attrs": attrs}
            out.append(
                Span(
                    len(out),
                    layer,
                    start,
                    end,
                    label,
                    score,
                    parsed if isinstance(parsed, dict) else {"attrs": parsed},
                )
            )
    return out


def pieces(text: str, all_spans: list[Span]) -> list[Piece]:
    """Cut ``text`` at every span boundary; a removal (zero-width span with the cut text) becomes
    its own piece at its position, before the text that followed it."""
    n = len(text)
    bounds = {0, n}
    for span in all_spans:
        bounds.update((min(max(span.start, 0), n), min(max(span.end, 0), n)))
    ordered = sorted(bounds)
    removals: dict[int, list[Span]] = {}
    for span in all_spans:
        if span.removed_text is not None:
            removals.setdefault(min(max(span.start, 0), n), []).append(span)
    by_start = sorted((s for s in all_spans if s.start < s.end), key=lambda s: s.start)
    active: dict[int, Span] = {}
    next_span = 0
    out: list[Piece] = []
    for start, end in zip(ordered, ordered[1:] + [None], strict=True):
        out.extend(Piece(start, start, "", removed=s) for s in removals.get(start, []))
        if end is None:
            break
        while next_span < len(by_start) and by_start[next_span].start <= start:
            active[by_start[next_span].index] = by_start[next_span]
            next_span += 1
        for index in [i for i, s in active.items() if s.end <= start]:
            del active[index]
        out.append(Piece(start, end, text[start:end], list(active.values())))
    return out


def outline(structure: list[Span]) -> list[OutlineItem]:
    """The structure layer's spans nested by containment (a section inside a chapter is deeper)."""
    items, stack = [], []
    for span in sorted(structure, key=lambda s: (s.start, -s.end)):
        while stack and not (stack[-1].start <= span.start and span.end <= stack[-1].end):
            stack.pop()
        title = span.attrs.get("title") or span.attrs.get("heading") or span.attrs.get("role") or ""
        items.append(OutlineItem(span, len(stack), str(title)))
        stack.append(span)
    return items


_TOKEN = re.compile(r"\s+|[^\s]+")


def side_by_side(duplicate: str, kept: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Both texts as (chunk, differs) runs, word by word (difflib), for a duplicate and its kept copy."""
    a, b = _TOKEN.findall(duplicate), _TOKEN.findall(kept)
    if len(a) > DIFF_MAX_TOKENS or len(b) > DIFF_MAX_TOKENS:
        return [(duplicate, False)], [(kept, False)]
    left: list[tuple[str, bool]] = []
    right: list[tuple[str, bool]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        same = tag == "equal"
        if i2 > i1:
            left.append(("".join(a[i1:i2]), not same))
        if j2 > j1:
            right.append(("".join(b[j1:j2]), not same))
    return left, right
