"""Lingua's labelled test data ("label<TAB>granularity<TAB>text") and its fixed two-way split.

The split is by position within each (label, granularity) group: even rows fit the calibration,
odd rows are held out for every reported number. Fitting and reporting never share a row.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple


class Item(NamedTuple):
    label: str
    granularity: str
    text: str


def read_items(path: str | Path) -> list[Item]:
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if header[:3] != ["label", "granularity", "text"]:
            raise ValueError(f"{path}: expected a 'label granularity text' TSV header, got {header}")
        return [Item(*row[:3]) for row in reader if len(row) >= 3]


def split_halves(items: list[Item]) -> tuple[list[Item], list[Item]]:
    """(fit, held_out): alternate rows of each (label, granularity) group."""
    seen: dict[tuple[str, str], int] = defaultdict(int)
    fit, held_out = [], []
    for item in items:
        key = (item.label, item.granularity)
        (fit if seen[key] % 2 == 0 else held_out).append(item)
        seen[key] += 1
    return fit, held_out


DOC_SENTENCES = 20


def documents(items: list[Item]) -> list[Item]:
    """Sentences of one language joined into documents of ``DOC_SENTENCES`` lines (in order)."""
    docs = []
    for lang in sorted({item.label for item in items}):
        lines = [item.text for item in items if item.label == lang and item.granularity == "sentences"]
        for start in range(0, len(lines) - DOC_SENTENCES + 1, DOC_SENTENCES):
            docs.append(Item(lang, "documents", "\n".join(lines[start : start + DOC_SENTENCES])))
    return docs
