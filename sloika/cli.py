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
  sloika report corpora/my -o report.html
  sloika export pretrain corpora/my --tokenizer qwen.tiktoken --out exports/my-pt
  sloika export sft corpora/my --out exports/my-sft --split-by topic
  sloika annotate corpora/my --layers segments,definitions,topics,unpacking
  sloika train lora training/examples/lora-ru.yaml
  sloika adapters merge --help
  sloika eval runs/lora-ru --help
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
        "--workers",
        "-w",
        type=int,
        metavar="N",
        help="parallel tasks, at most one per input file (same corpus for any N)",
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
    _add_report_and_export(sub)
    _add_annotate(sub)
    _add_training(sub)
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


def _add_report_and_export(sub) -> None:
    report = sub.add_parser(
        "report",
        help="one self-contained HTML page about a corpus: funnel, languages, lengths, dups, layers",
        description="Write an HTML report of a corpus that opens offline: the filter funnel by step and "
        "reason, language mix, purity, document lengths, duplicate clusters, topics, layer coverage "
        "and a few rejected documents per reason. Needs matplotlib (pip install 'sloika[report]').",
        epilog="example:\n  sloika report corpora/my -o corpora/my-report.html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    report.add_argument("corpus", help="corpus folder")
    report.add_argument("--output", "-o", default="report.html", metavar="FILE", help="default: report.html")
    report.set_defaults(handler=_report)

    export = sub.add_parser(
        "export",
        help="a corpus → tokenised pretraining shards or chat-format SFT sets (docs/exports.md)",
        description="Export a corpus for training. Every export writes export_manifest.json with the "
        "corpus manifest, the filters and the layers it came from.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    kinds = export.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    pretrain = kinds.add_parser(
        "pretrain",
        help="token shards: flat uint16/uint32 + index, and datatrove's DocumentTokenizer files",
        description="Tokenise every kept document, EOS after each, into flat/shard-N.bin + .idx.npy "
        "(nanoGPT/Megatron style) and datatrove/ (.ds files nanotron reads). The tokenizer is a "
        "tokenizer.json, a .tiktoken vocabulary (e.g. Qwen's qwen.tiktoken) or BPE trained on the corpus.",
        epilog="examples:\n"
        "  sloika export pretrain corpora/my --tokenizer qwen.tiktoken --out exports/my-pt\n"
        "  sloika export pretrain corpora/my --train-tokenizer 32000 --out exports/my-pt --shuffle-seed 1\n"
        "  sloika export pretrain corpora/my --tokenizer tok/ --render unpacked --out exports/u",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    pretrain.add_argument("corpus", help="corpus folder")
    source = pretrain.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--tokenizer", metavar="PATH", help="tokenizer.json (or its folder) or a .tiktoken file"
    )
    source.add_argument(
        "--train-tokenizer", type=int, metavar="VOCAB_SIZE", help="train byte-level BPE on the corpus"
    )
    pretrain.add_argument("--out", required=True, metavar="DIR", help="export folder to create")
    pretrain.add_argument(
        "--render",
        choices=["plain", "unpacked"],
        default="plain",
        help="plain text, or text with the notes of its definitions/unpacking layers written in",
    )
    pretrain.add_argument(
        "--shuffle-seed", type=int, metavar="N", help="shuffle documents (default: corpus order)"
    )
    pretrain.add_argument(
        "--max-tokens-per-shard", type=int, metavar="N", help="new shard before this many (default 2^30)"
    )
    pretrain.add_argument("--workers", "-w", type=int, default=1, metavar="N", help="tokenizer threads")
    pretrain.add_argument("--eos-token", metavar="TEXT", help="end-of-document token (default: by name)")
    pretrain.add_argument("--no-datatrove", action="store_true", help="write only the flat shards")
    pretrain.add_argument("--overwrite", action="store_true", help="replace an existing export at --out")
    pretrain.set_defaults(handler=_export_pretrain)

    sft = kinds.add_parser(
        "sft",
        help="chat-format (messages) Parquet + JSONL: train/validation, per topic, decontaminated",
        description="Turn documents into conversations: chats by their structure-layer turns, other "
        "documents into title → text instruction pairs (docs/exports.md). The split hashes document "
        "ids, so it is the same on every run.",
        epilog="examples:\n"
        "  sloika export sft corpora/my --out exports/my-sft\n"
        "  sloika export sft corpora/my --out exports/by-topic --split-by topic --decontaminate eval.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sft.add_argument("corpus", help="corpus folder")
    sft.add_argument("--out", required=True, metavar="DIR", help="export folder to create")
    sft.add_argument("--split-by", choices=["topic"], help="one folder per topic (needs a topics layer)")
    sft.add_argument(
        "--validation-fraction", type=float, default=0.05, metavar="F", help="share of documents (0.05)"
    )
    sft.add_argument(
        "--decontaminate",
        nargs="+",
        default=[],
        metavar="EVAL",
        help="eval sets (.jsonl/.parquet): drop rows sharing a word 8-gram with them",
    )
    sft.add_argument(
        "--language-control",
        action="store_true",
        help="add 'rewrite in pure <lang>' pairs built from the lang_spans layer",
    )
    sft.add_argument("--overwrite", action="store_true", help="replace an existing export at --out")
    sft.set_defaults(handler=_export_sft)


def _report(args: argparse.Namespace) -> int:
    from sloika.corpora.report import write_report

    print(f"report written to {write_report(args.corpus, args.output)}")
    return 0


def _export_pretrain(args: argparse.Namespace) -> int:
    from sloika.corpora.export_pretrain import DEFAULT_MAX_TOKENS_PER_SHARD, PretrainOptions, export_pretrain

    options = PretrainOptions(
        tokenizer=args.tokenizer,
        train_vocab_size=args.train_tokenizer,
        eos_token=args.eos_token,
        render=args.render,
        shuffle_seed=args.shuffle_seed,
        max_tokens_per_shard=args.max_tokens_per_shard or DEFAULT_MAX_TOKENS_PER_SHARD,
        workers=args.workers,
        datatrove=not args.no_datatrove,
        overwrite=args.overwrite,
    )
    manifest = export_pretrain(args.corpus, args.out, options)
    print(
        f"{manifest['n_documents']:,} documents → {manifest['n_tokens']:,} tokens ({manifest['dtype']}) in "
        f"{len(manifest['flat'])} shard(s), tokenizer {manifest['tokenizer']['kind']} "
        f"(vocab {manifest['tokenizer']['vocab_size']:,}, eos {manifest['eos_id']}) → {args.out}"
    )
    return 0


def _export_sft(args: argparse.Namespace) -> int:
    from sloika.corpora.export_sft import SftOptions, export_sft

    options = SftOptions(
        split_by=args.split_by,
        validation_fraction=args.validation_fraction,
        decontaminate=args.decontaminate,
        language_control=args.language_control,
        overwrite=args.overwrite,
    )
    manifest = export_sft(args.corpus, args.out, options)
    splits = manifest["splits"]
    print(
        f"{splits['train']['rows']:,} train / {splits['validation']['rows']:,} validation rows from "
        f"{manifest['documents']:,} documents; skipped {manifest['skipped_documents'] or 'none'}; "
        f"removed as contaminated {manifest['decontamination']['removed']}"
        + (f"; topics: {', '.join(manifest['topics'])}" if manifest["topics"] else "")
        + f" → {args.out}"
    )
    return 0


def _add_annotate(sub) -> None:
    annotate = sub.add_parser(
        "annotate",
        help="add annotation layers: segments, morph, entities, terms, definitions, topics, unpacking",
        description="Run annotators over a finished corpus and write one layer each as layers/<name>/ "
        "(one row per span; query them with `sloika query`). Documents and other layers are never "
        "rewritten; the manifest records each layer's annotator@version and config. "
        "Needs the annotate extra (pip install 'sloika[annotate]'). See docs/annotations.md.",
        epilog="examples:\n"
        "  sloika annotate corpora/my --layers segments,definitions,topics --workers 2\n"
        "  sloika annotate corpora/my --layers unpacking --config annotate.yaml\n"
        "annotate.yaml:\n"
        "  layers: [topics, unpacking]\n"
        "  options:\n"
        "    topics: {k: 8}\n"
        "    unpacking: {annotator: unpacking_llm, model: /models/qwen3-0.6b, batch_size: 16}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    annotate.add_argument("corpus", help="corpus folder")
    annotate.add_argument("--layers", "-l", metavar="A,B", help="layers to produce (default: the config's)")
    annotate.add_argument("--config", "-c", metavar="FILE", help="YAML with `layers`, `options` per layer")
    annotate.add_argument("--workers", "-w", type=int, default=1, metavar="N", help="parallel tasks")
    annotate.add_argument("--list", action="store_true", help="list the registered annotators and exit")
    annotate.set_defaults(handler=_annotate)


def _annotate(args: argparse.Namespace) -> int:
    from sloika.annotators import registered
    from sloika.annotators.run import annotate_corpus, load_annotate_config

    if args.list:
        for name, cls in sorted(registered().items()):
            summary = (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else ""
            print(f"{name:16} layer {cls.layer:12} v{cls.version}  {summary}")
        return 0
    config = load_annotate_config(args.config, args.layers)
    entries = annotate_corpus(args.corpus, config.layers, config, workers=args.workers)
    for layer, entry in entries.items():
        print(f"{layer}: {entry['spans']:,} spans in {entry['documents']:,} documents ({entry['annotator']})")
    print(f'try: sloika query {args.corpus} "SELECT layer, count(*) FROM spans GROUP BY 1"')
    return 0


def _cell(value: Any, width: int) -> str:
    text = "NULL" if value is None else str(value)
    text = text.replace("\n", "⏎")
    return text if width <= 0 or len(text) <= width else text[: width - 1] + "…"


def _add_training(sub) -> None:
    """train, adapters and eval: handlers import sloika.training (torch, transformers) lazily."""
    train = sub.add_parser(
        "train",
        help="LoRA, full fine-tune or pretraining on an export (needs the train extra; docs/training.md)",
        description="Train on a `sloika export sft|pretrain` folder with a YAML config: sequence packing "
        "without cross-document attention, bf16, per-layer torch.compile and a chunked cross-entropy by "
        "default. The run folder gets config.yaml, lineage.json (export and corpus manifests), "
        "metrics.jsonl, resumable checkpoints, the adapter or model, and eval.json (before/after).",
        epilog="examples:\n"
        "  sloika train lora training/examples/lora-ru.yaml\n"
        "  sloika train lora training/examples/lora-ru.yaml --resume\n"
        "  sloika train full training/examples/full-consolidate.yaml\n"
        "  sloika train pretrain training/examples/pretrain-124m.yaml --steps 100",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    train.add_argument("recipe", choices=["lora", "full", "pretrain"])
    train.add_argument("config", help="training YAML (see training/examples/)")
    train.add_argument("--resume", action="store_true", help="continue from the run's latest checkpoint")
    train.add_argument("--output", "-o", metavar="DIR", help="run folder (overrides `output`)")
    train.add_argument("--steps", type=int, metavar="N", help="optimizer steps (overrides train.steps)")
    train.set_defaults(handler=_train)

    adapters = sub.add_parser(
        "adapters",
        help="merge LoRA adapters (linear, TIES, DARE) and fold them into a full model",
        description="Merge LoRA adapters trained on one base with peft's add_weighted_adapter, and "
        "optionally merge_and_unload into a full model (the input of a consolidating full fine-tune).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = adapters.add_subparsers(dest="adapters_action", metavar="ACTION", required=True)
    merge = actions.add_parser(
        "merge",
        help="several adapters → one adapter, or a full model with --unload",
        epilog="examples:\n"
        "  sloika adapters merge --base models/qwen3-0.6b --adapter runs/t/topics/a/adapter "
        "--adapter runs/t/topics/b/adapter --method ties --density 0.5 --out runs/t/merged\n"
        "  sloika adapters merge --base models/qwen3-0.6b --adapter runs/t/merged --unload "
        "--out models/consolidated",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    merge.add_argument("--base", required=True, metavar="DIR", help="local base model folder")
    merge.add_argument(
        "--adapter", action="append", required=True, metavar="DIR", help="adapter folder (repeatable)"
    )
    merge.add_argument("--out", required=True, metavar="DIR", help="folder to write")
    merge.add_argument(
        "--method",
        default="ties",
        choices=["linear", "ties", "dare_ties", "dare_linear", "magnitude_prune", "cat", "svd"],
        help="peft combination type (default: ties; linear needs equal ranks)",
    )
    merge.add_argument("--weights", metavar="W,W,...", help="one weight per adapter (default: equal)")
    merge.add_argument("--density", type=float, default=0.5, help="share kept by ties/dare/magnitude_prune")
    merge.add_argument("--unload", action="store_true", help="write the full model, adapter folded in")
    merge.add_argument("--seed", type=int, default=0, help="DARE's random pruning seed")
    merge.set_defaults(handler=_adapters_merge)

    evaluate = sub.add_parser(
        "eval",
        help="re-evaluate a training run: held-out loss, answers' language purity, before vs after",
        description="Evaluate a finished run folder again: the model before and after training on the "
        "run's validation data and eval prompts; the answers are judged with the purity API. Writes "
        "eval.rerun.json in the run folder and prints the table.",
        epilog="example:\n  sloika eval runs/lora-ru --forbid-other-scripts --prompt 'Что такое владение?'",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    evaluate.add_argument("run", help="run folder written by `sloika train`")
    evaluate.add_argument("--prompt", action="append", metavar="TEXT", help="prompts instead of the config's")
    evaluate.add_argument("--lang", metavar="CODE", help="target language of the answers")
    evaluate.add_argument(
        "--forbid-other-scripts", action="store_true", help="generate with the script-forbidding processor"
    )
    evaluate.set_defaults(handler=_eval)


def _train(args: argparse.Namespace) -> int:
    from sloika.training import train

    overrides: dict[str, Any] = {}
    if args.output:
        overrides["output"] = args.output
    report = train(args.recipe, args.config, resume=args.resume, overrides=overrides, steps=args.steps)
    print(f"run written to {report['output']}")
    return 0


def _adapters_merge(args: argparse.Namespace) -> int:
    from sloika.training.merge import merge

    weights = [float(w) for w in args.weights.split(",")] if args.weights else None
    out = merge(
        args.base, args.adapter, args.out, args.method, weights, args.density, args.unload, args.seed
    )
    print(f"{'model' if args.unload else 'adapter'} written to {out}")
    return 0


def _eval(args: argparse.Namespace) -> int:
    from sloika.training.eval_run import evaluate_run

    overrides: dict[str, Any] = {"enabled": True}
    if args.prompt:
        overrides["prompts"] = args.prompt
    if args.lang:
        overrides["lang"] = args.lang
    if args.forbid_other_scripts:
        overrides["forbid_other_scripts"] = True
    evaluate_run(args.run, overrides)
    return 0


if __name__ == "__main__":
    sys.exit(main())
