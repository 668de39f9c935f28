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
