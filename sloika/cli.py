"""The ``sloika`` command line: one entry point, a subcommand per stage."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from rich.console import Console
from rich.table import Table

EPILOG = """\
examples:
  sloika build --input 'dumps/*.jsonl.gz' --input notes/ --output corpora/my --lang ru
  sloika build pipelines/examples/articles.yaml --workers 2
  sloika query corpora/my "SELECT kind, count(*) FROM documents GROUP BY 1"
  sloika query corpora/my "SELECT step, reason, count(*) FROM rejected GROUP BY ALL" --format csv
  sloika purity --lang ru generations.jsonl
"""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except (ValueError, RuntimeError, FileNotFoundError) as err:  # user-facing errors carry their fix
        print(f"error: {err}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sloika",
        description="Build clean, language-pure, deduplicated corpora for training language models.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = sub.add_parser(
        "build",
        help="raw files → a corpus (repair, language ID, exact and near dedup, nothing lost)",
        description="Read inputs, repair text, identify language, drop exact and near (MinHash) "
        "duplicates and write a corpus folder: documents/, rejected/ (every dropped document with "
        "step and reason) and manifest.json. "
        "Give a YAML config, flags, or both (flags override the config).",
        epilog="example:\n"
        "  sloika build --input notes/ --input 'dumps/*.jsonl.zst' --output corpora/my --lang ru",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    build.add_argument("config", nargs="?", help="YAML build config (see pipelines/examples/)")
    build.add_argument(
        "--input",
        "-i",
        action="append",
        metavar="PATH",
        help="file, folder or glob (repeatable); .jsonl[.gz|.zst], .parquet, .txt, .md",
    )
    build.add_argument("--output", "-o", metavar="DIR", help="corpus folder to create")
    build.add_argument("--lang", metavar="CODES", help="keep only these languages, e.g. ru or ru,uk")
    build.add_argument(
        "--lang-threshold", type=float, metavar="P", help="minimum language score (default 0.65)"
    )
    build.add_argument(
        "--lang-action", choices=["drop", "flag"], help="drop other languages or keep and flag"
    )
    build.add_argument("--kind", help="document kind for --input files (default: article)")
    build.add_argument("--text-key", help="JSONL field / Parquet column with the text (default: text)")
    build.add_argument(
        "--workers", "-w", type=int, metavar="N", help="parallel tasks (same corpus for any N)"
    )
    build.add_argument("--no-dedup", action="store_true", help="keep exact and near duplicates")
    build.add_argument(
        "--decontaminate",
        action="append",
        metavar="EVAL",
        help="drop documents overlapping this eval set (JSONL/Parquet/text; repeatable)",
    )
    build.add_argument(
        "--dedup-threshold",
        type=float,
        metavar="J",
        help="Jaccard similarity above which documents are near duplicates (default 0.7)",
    )
    build.add_argument("--overwrite", action="store_true", help="replace an existing corpus at --output")
    build.set_defaults(handler=_build)

    query = sub.add_parser(
        "query",
        help="SQL over a corpus with DuckDB (read-only)",
        description="Run one read-only SQL statement over a corpus. Views: documents, rejected "
        "(and one per annotation layer, plus spans, once layers exist).",
        epilog="example:\n"
        '  sloika query corpora/my "SELECT lang, count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC"',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    query.add_argument("corpus", help="corpus folder")
    query.add_argument("sql", help="one SELECT / WITH / DESCRIBE / SUMMARIZE statement")
    query.add_argument("--format", "-f", choices=["table", "csv", "json"], default="table")
    query.add_argument(
        "--max-width",
        type=int,
        default=80,
        metavar="CHARS",
        help="truncate long cells in table output (default 80; 0 = no limit)",
    )
    query.set_defaults(handler=_query)

    purity = sub.add_parser(
        "purity",
        help="judge language purity of texts or model outputs (one JSON verdict per line)",
        description="For each input item print a JSON line: lang and score (fastText re-scored with "
        "letter evidence), purity (share of letters that are not in another language or script; "
        "code, URLs, e-mails, formulas and identifiers do not count) and spans (start/end code-point "
        "offsets of foreign sentences, foreign-script runs and mixed-script words like 'пapa').",
        epilog="input: plain text, one item per line; or JSONL with a `text` field (detected per line).\n"
        "examples:\n"
        "  sloika purity --lang ru generations.jsonl\n"
        "  echo 'Это пapa. The rest is English, sadly enough for us.' | sloika purity --lang ru -",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    purity.add_argument("file", help="text or JSONL file; - reads standard input")
    purity.add_argument("--lang", default="ru", metavar="CODE", help="target language (default: ru)")
    purity.add_argument("--text-key", default="text", help="JSONL field with the text (default: text)")
    purity.add_argument("--model", metavar="PATH", help="local fastText model (default: bundled lid.176.ftz)")
    purity.set_defaults(handler=_purity)
    return parser


def _build_config(args: argparse.Namespace):
    from sloika.config import ConfigError, load_config, validate_config

    overrides: dict[str, Any] = {}
    if args.input:
        spec_defaults = {k: v for k, v in {"kind": args.kind, "text_key": args.text_key}.items() if v}
        overrides["inputs"] = [{"path": path, **spec_defaults} for path in args.input]
    if args.output:
        overrides["output"] = args.output
    if args.workers is not None:
        overrides["workers"] = args.workers
    language = {
        k: v
        for k, v in {
            "languages": args.lang,
            "threshold": args.lang_threshold,
            "action": args.lang_action,
        }.items()
        if v is not None
    }
    if language:
        overrides["language"] = language
    dedup: dict[str, Any] = {}
    if args.no_dedup:
        dedup |= {"exact": False, "near": {"enabled": False}}
    elif args.dedup_threshold is not None:
        dedup["near"] = {"threshold": args.dedup_threshold}
    if args.decontaminate:
        dedup["decontaminate"] = {"eval_sets": args.decontaminate}
    if dedup:
        overrides["dedup"] = dedup
    if args.config:
        return load_config(args.config, overrides)
    if "inputs" not in overrides or "output" not in overrides:
        raise ConfigError("give a config file, or at least --input and --output (see `sloika build --help`)")
    return validate_config(overrides)


def _build(args: argparse.Namespace) -> int:
    from sloika.pipelines.build import build_corpus

    config = _build_config(args)
    result = build_corpus(config, overwrite=args.overwrite)
    print_summary(result.manifest, str(result.output))
    return 0


def print_summary(manifest: dict[str, Any], where: str) -> None:
    """One screen: the funnel, why documents were rejected, and where the corpus is."""
    console = Console()
    counts = manifest["counts"]
    console.print(
        f"[bold]corpus {manifest['name']!r}[/]: {counts['read']:,} read → {counts['kept']:,} kept, "
        f"{counts['rejected']:,} rejected, {counts['duplicates']:,} duplicates"
    )
    funnel = Table()
    funnel.add_column("after step")
    funnel.add_column("documents", justify="right")
    for row in counts["funnel"]:
        funnel.add_row(row["step"], f"{row['documents']:,}")
    console.print(funnel)
    if counts["rejected_by_reason"]:
        reasons = Table(title="rejected (see the `rejected` view)", title_justify="left")
        for column in ("step", "reason"):
            reasons.add_column(column)
        reasons.add_column("documents", justify="right")
        for row in counts["rejected_by_reason"]:
            reasons.add_row(row["step"], row["reason"], f"{row['documents']:,}")
        console.print(reasons)
    console.print(
        f"corpus written to [bold]{where}[/]  ·  try: sloika query {where} "
        '"SELECT lang, count(*) FROM documents GROUP BY 1"'
    )


def _query(args: argparse.Namespace) -> int:
    from sloika.corpora.catalog import query

    columns, rows = query(args.corpus, args.sql)
    if args.format == "json":
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
        Console().print(table)
    return 0


def _purity(args: argparse.Namespace) -> int:
    from sloika.filters.purity import judge

    handle = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")  # noqa: SIM115
    with handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            text = _item_text(line, args.text_key, number)
            print(json.dumps(judge(text, args.lang, model_path=args.model).to_dict(), ensure_ascii=False))
    return 0


def _item_text(line: str, key: str, number: int) -> str:
    """A JSON object line gives its ``key`` field; any other line is the text itself."""
    if not line.lstrip().startswith("{"):
        return line
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return line
    if not isinstance(record, dict) or not isinstance(record.get(key), str):
        raise ValueError(f"line {number}: JSON object without a string `{key}` field (see --text-key)")
    return record[key]


def _cell(value: Any, width: int) -> str:
    text = "NULL" if value is None else str(value)
    text = text.replace("\n", "⏎")
    return text if width <= 0 or len(text) <= width else text[: width - 1] + "…"


if __name__ == "__main__":
    sys.exit(main())
