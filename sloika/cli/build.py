"""`sloika build`: raw files → a corpus, and the one-screen summary at the end."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from rich.console import Console
from rich.table import Table

EMPTY_CORPUS = 3  # exit status of a build that published a corpus without a single kept document


def register(sub) -> None:
    build = sub.add_parser(
        "build",
        help="raw files → a corpus (repair, language ID, exact and near dedup, nothing lost)",
        description="Read inputs, repair text, identify language, drop exact and near (MinHash) "
        "duplicates and write a corpus folder: documents/, rejected/ (every dropped document with "
        "step and reason) and manifest.json. "
        "Give a YAML config, flags, or both (flags override the config). Relative paths in a config "
        "(inputs, output, eval sets, models) are taken from the directory you run sloika in, as on the "
        "command line, not from the config file's folder: run from your project's root.",
        epilog="example:\n"
        "  sloika build --input notes/ --input 'dumps/*.jsonl.zst' --output corpora/my --lang ru\n\n"
        "exit status: 0 built; 1 error (nothing published); 3 built, but no document was kept (the\n"
        "corpus is published with every record in rejected/: see why with sloika report or serve)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    build.add_argument("config", nargs="?", help="YAML build config (see pipelines/examples/)")
    build.add_argument(
        "--input",
        "-i",
        action="append",
        metavar="PATH",
        help="file, folder or glob, local or an fsspec URL (s3://bucket/in/); repeatable; the reader is "
        "picked by extension: .jsonl[.gz|.zst], "
        ".parquet, .txt, .md, .pdf, .tex, .html, .warc, .srt, .vtt, .json (docs/readers.md)",
    )
    build.add_argument(
        "--output",
        "-o",
        metavar="DIR",
        help="corpus folder to create, or an fsspec URL: s3://bucket/corpus, gs://... (docs/storage.md)",
    )
    build.add_argument("--lang", metavar="CODES", help="keep only these languages, e.g. ru or ru,uk")
    build.add_argument(
        "--lang-threshold", type=float, metavar="P", help="minimum language score (default 0.65)"
    )
    build.add_argument(
        "--lang-action", choices=["drop", "flag"], help="drop other languages or keep and flag"
    )
    build.add_argument(
        "--format",
        metavar="FORMAT",
        help="reader for every --input instead of the extension's, e.g. asr_text, obsidian_chat, chat_jsonl",
    )
    build.add_argument("--kind", help="document kind for --input files (default: article)")
    build.add_argument("--text-key", help="JSONL field / Parquet column with the text (default: text)")
    build.add_argument(
        "--workers",
        "-w",
        type=int,
        metavar="N",
        help="parallel tasks, at most one per input file (same corpus for any N)",
    )
    build.add_argument(
        "--executor",
        choices=["local", "ray", "slurm"],
        help="where the tasks and the corpus-wide stages run: local processes (default), a Ray cluster "
        "(ray.address in the config, or Ray started here; pip install 'sloika[scale]'), or Slurm job "
        "arrays submitted with sbatch (needs a `slurm:` section with the partition; see the README)",
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
    build.add_argument(
        "--quality",
        choices=["off", "flag", "drop"],
        help="quality rules (Gopher, C4, FineWeb; thresholds in quality.rules): drop failing documents, "
        "or only flag them; the statistics stay in metadata.quality either way (docs/quality.md)",
    )
    build.add_argument(
        "--quality-classifier",
        metavar="MODEL",
        help="with --quality flag|drop: score every document with a model from `sloika quality train`; "
        "below quality.classifier_threshold (0.5) it is low_quality_score",
    )
    build.add_argument(
        "--pii",
        choices=["off", "replace", "flag"],
        help="personal data (e-mails, phones, IPs, bank cards, ИНН, СНИЛС): replace with <EMAIL>, "
        "<PHONE>, ... or only mark; every find is in the `removed` (or `pii`) layer",
    )
    build.add_argument("--overwrite", action="store_true", help="replace an existing corpus at --output")
    build.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="show datatrove's log and per-step stats while building (else they go to logs/console.log)",
    )
    build.set_defaults(handler=_build)


def _build_config(args: argparse.Namespace):
    from sloika.config import ConfigError, load_config, validate_config

    overrides: dict[str, Any] = {}
    if args.input:
        given = {"kind": args.kind, "text_key": args.text_key, "format": args.format}
        spec_defaults = {k: v for k, v in given.items() if v}
        overrides["inputs"] = [{"path": path, **spec_defaults} for path in args.input]
    if args.output:
        overrides["output"] = args.output
    if args.workers is not None:
        overrides["workers"] = args.workers
    if args.executor:
        overrides["executor"] = args.executor
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
    quality = {"action": args.quality, "classifier": args.quality_classifier}
    if any(quality.values()):
        overrides["quality"] = {k: v for k, v in quality.items() if v}
    if args.pii:
        overrides["pii"] = {"action": args.pii}
    if args.config:
        return load_config(args.config, overrides)
    if "inputs" not in overrides or "output" not in overrides:
        raise ConfigError("give a config file, or at least --input and --output (see `sloika build --help`)")
    return validate_config(overrides)


def _build(args: argparse.Namespace) -> int:
    from sloika.pipelines.build import build_corpus

    config = _build_config(args)
    result = build_corpus(config, overwrite=args.overwrite, quiet=not args.verbose)
    if result.jobs is not None:
        print(
            f"submitted {len(result.jobs)} Slurm job arrays ({', '.join(result.jobs)}), one per stage; "
            f"the last one publishes {result.output}. Watch them with: squeue --me"
        )
        return 0
    print_summary(result.manifest, str(result.output))
    if result.manifest["counts"]["kept"] == 0:
        print(
            f"warning: no document was kept; all {result.manifest['counts']['read']:,} records are in "
            f"rejected/ with their reasons (sloika report {result.output}) — check --lang, the "
            "language threshold and the inputs",
            file=sys.stderr,
        )
        return EMPTY_CORPUS
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
    if manifest.get("skipped_inputs"):
        console.print(
            f"{len(manifest['skipped_inputs']):,} hidden files skipped (dot-files and dot-folders; "
            "listed under skipped_inputs in manifest.json)"
        )
    console.print(
        f"corpus written to [bold]{where}[/]  ·  try: sloika query {where} "
        '"SELECT lang, count(*) FROM documents GROUP BY 1"'
    )
