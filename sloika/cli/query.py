"""`sloika query`: read-only SQL over a corpus, as a table, CSV or JSON Lines."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from rich.console import Console
from rich.table import Table


def register(sub) -> None:
    query = sub.add_parser(
        "query",
        help="SQL over a corpus with DuckDB (read-only)",
        description="Run one SQL statement over a corpus. The corpus reaches DuckDB read-only and "
        "DuckDB may open no file, so no statement can change it. Views: documents, rejected "
        "(and one per annotation layer, plus spans, once layers exist).",
        epilog="example:\n"
        '  sloika query corpora/my "SELECT lang, count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC"',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    query.add_argument("corpus", help="corpus folder, or its URL (s3://bucket/corpus, ...)")
    query.add_argument(
        "sql", help="one SQL statement (SELECT, WITH, DESCRIBE, SUMMARIZE, ...); nothing can write"
    )
    query.add_argument(
        "--format",
        "-f",
        choices=["table", "csv", "jsonl", "json"],
        default="table",
        help="table (default), csv, or jsonl: one JSON object per row and line (JSON Lines; "
        "`json` is the same, an older name)",
    )
    query.add_argument(
        "--max-width",
        type=int,
        default=80,
        metavar="CHARS",
        help="truncate long cells in table output (default 80; 0 = no limit, and the table may be "
        "wider than the terminal)",
    )
    query.set_defaults(handler=_query)


def _query(args: argparse.Namespace) -> int:
    from sloika.corpora.catalog import query

    columns, rows = query(args.corpus, args.sql)
    if args.format in ("jsonl", "json"):
        for row in rows:
            print(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, default=str))
    elif args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        table = Table(*columns)
        for row in rows:
            table.add_row(*(_cell(value, args.max_width) for value in row))
        # unlimited cells get an unlimited line: rich would otherwise fold them to the terminal
        Console(width=1_000_000 if args.max_width <= 0 else None).print(table)
    return 0


def _cell(value: Any, width: int) -> str:
    text = "NULL" if value is None else str(value)
    text = text.replace("\n", "⏎")
    return text if width <= 0 or len(text) <= width else text[: width - 1] + "…"
