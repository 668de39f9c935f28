"""Are two corpora the same? Every table (documents, rejected, each layer) row for row, by content.

A speed change to the build must not change what it writes: build the same input before and after
and compare. Rows are compared as sets (sorted by every column), since how rows are spread over
Parquet parts may differ; the manifests' counts and funnel must be equal too (their timings,
paths and provenance may not).

    .venv/bin/python bench/compare_corpora.py OLD_CORPUS NEW_CORPUS
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq


def tables(corpus: Path) -> dict[str, Path]:
    """Table name → its folder of Parquet parts (documents, rejected, layers/<name>)."""
    found = {}
    for parts in sorted(corpus.rglob("*.parquet")):
        folder = parts.parent
        name = str(folder.relative_to(corpus))
        if not name.startswith("logs"):
            found[name] = folder
    return found


def rows(folder: Path) -> pa.Table:
    """All rows of a table, extension types as their storage, sorted by every column."""
    table = pa.concat_tables(pq.read_table(p) for p in sorted(folder.glob("*.parquet")))
    columns = [
        col.storage if isinstance(col.type, pa.BaseExtensionType) else col
        for col in (table.column(i).combine_chunks() for i in range(table.num_columns))
    ]
    table = pa.table(columns, names=table.column_names)
    sortable = [n for n in table.column_names if not pa.types.is_nested(table.schema.field(n).type)]
    return table.sort_by([(n, "ascending") for n in sortable])


def differences(old: Path, new: Path) -> list[str]:
    found = []
    old_tables, new_tables = tables(old), tables(new)
    if set(old_tables) != set(new_tables):
        found.append(f"tables differ: {sorted(old_tables)} vs {sorted(new_tables)}")
    for name in sorted(set(old_tables) & set(new_tables)):
        a, b = rows(old_tables[name]), rows(new_tables[name])
        if a.schema != b.schema:
            found.append(f"{name}: schemas differ")
        elif a.num_rows != b.num_rows:
            found.append(f"{name}: {a.num_rows:,} rows vs {b.num_rows:,}")
        else:
            for col in a.column_names:
                if not a[col].equals(b[col]):
                    found.append(f"{name}.{col}: values differ")
        print(f"{name}: {a.num_rows:,} rows compared", file=sys.stderr)
    manifests = [json.loads((c / "manifest.json").read_text()) for c in (old, new)]
    for key in ("counts", "funnel"):
        if manifests[0].get(key) != manifests[1].get(key):
            found.append(f"manifest {key}: {manifests[0].get(key)} vs {manifests[1].get(key)}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    args = parser.parse_args()
    found = differences(args.old, args.new)
    for line in found:
        print(line)
    print("identical" if not found else f"{len(found)} difference(s)")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
