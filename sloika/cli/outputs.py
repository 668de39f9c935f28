"""`sloika report` and `sloika export pretrain|sft`: what a corpus turns into."""

from __future__ import annotations

import argparse

from sloika.errors import MissingDependency


def register(sub) -> None:
    report = sub.add_parser(
        "report",
        help="one self-contained HTML page about a corpus: funnel, languages, lengths, dups, layers",
        description="Write an HTML report of a corpus that opens offline: the filter funnel by step and "
        "reason, what each input source lost and why, language mix, language scores around the "
        "threshold with the borderline documents, purity, document lengths, duplicate clusters, topics, "
        "layer coverage, and a few kept documents per kind and rejected ones per reason. "
        "`sloika serve` shows the same page with every bar linked to the records it counts. "
        "Needs matplotlib and jinja2 (pip install 'sloika[report]').",
        epilog="examples:\n  sloika report corpora/my -o corpora/my-report.html\n"
        "  sloika report corpora/my -o r.html --browser-url http://127.0.0.1:8000  # links into sloika serve",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    report.add_argument("corpus", help="corpus folder, or its URL (s3://bucket/corpus, ...)")
    report.add_argument("--output", "-o", default="report.html", metavar="FILE", help="default: report.html")
    report.add_argument(
        "--browser-url",
        metavar="URL",
        help="link bars, rows and examples to a running `sloika serve` of this corpus at URL",
    )
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
        "(nanoGPT style; the index is NumPy, not Megatron's .idx) and datatrove/ (.ds files nanotron "
        "reads), with tokenizer.json and tokenizer_config.json (AutoTokenizer loads the folder). The "
        "tokenizer is a tokenizer.json, Qwen's .tiktoken vocabulary (encoded by tiktoken) or BPE "
        "trained on the corpus.",
        epilog="examples:\n"
        "  sloika export pretrain corpora/my --tokenizer qwen.tiktoken --out exports/my-pt\n"
        "  sloika export pretrain corpora/my --train-tokenizer 32000 --out exports/my-pt --shuffle-seed 1\n"
        "  sloika export pretrain corpora/my --tokenizer tok/ --render unpacked --out exports/u",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    pretrain.add_argument("corpus", help="corpus folder, or its URL (s3://bucket/corpus, ...)")
    source = pretrain.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--tokenizer", metavar="PATH", help="tokenizer.json (or its folder) or a .tiktoken file"
    )
    source.add_argument(
        "--train-tokenizer", type=int, metavar="VOCAB_SIZE", help="train byte-level BPE on the corpus"
    )
    pretrain.add_argument(
        "--out", required=True, metavar="DIR", help="export folder (or s3://... URL) to create"
    )
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
        "documents into title → text instruction pairs, definitions into 'Что такое X?' pairs and "
        "unpacking notes into question → answer pairs (docs/exports.md). The split hashes document "
        "ids, so it is the same on every run.",
        epilog="examples:\n"
        "  sloika export sft corpora/my --out exports/my-sft\n"
        "  sloika export sft corpora/my --out exports/by-topic --split-by topic --decontaminate eval.jsonl\n"
        "  sloika export sft corpora/my --out exports/defs --from definitions,unpacking\n"
        "  sloika export sft corpora/probes --out exports/fix --from corrections --corrections edited.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sft.add_argument("corpus", help="corpus folder, or its URL (s3://bucket/corpus, ...)")
    sft.add_argument("--out", required=True, metavar="DIR", help="export folder (or s3://... URL) to create")
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
    sft.add_argument(
        "--from",
        dest="sources",
        metavar="SOURCES",
        help="comma-separated: chats, titles, definitions ('Что такое X?' → the definition), unpacking "
        "(question → answer, and the unpacked sentence as a chat), corrections (a probe's failing answers "
        "→ the teacher's or your corrected answers; docs/loop.md); default: all whose layers exist",
    )
    sft.add_argument(
        "--corrections",
        metavar="JSONL",
        help="your corrected answers, {'id': answer_id, 'corrected': text} per line (win over the teacher's)",
    )
    sft.add_argument("--overwrite", action="store_true", help="replace an existing export at --out")
    sft.set_defaults(handler=_export_sft)


def _report(args: argparse.Namespace) -> int:
    try:
        from sloika.corpora.report import write_report
    except ImportError as err:
        raise MissingDependency(f"the report needs its extra: pip install 'sloika[report]' ({err})") from err

    print(f"report written to {write_report(args.corpus, args.output, args.browser_url)}")
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
        sources=[name.strip() for name in args.sources.split(",") if name.strip()] if args.sources else None,
        corrections=args.corrections,
    )
    manifest = export_sft(args.corpus, args.out, options)
    splits = manifest["splits"]
    by_source = ", ".join(f"{name} {count:,}" for name, count in manifest["rows_by_source"].items())
    print(
        f"{splits['train']['rows']:,} train / {splits['validation']['rows']:,} validation rows from "
        f"{manifest['documents']:,} documents ({by_source or 'no rows'}); "
        f"skipped {manifest['skipped_documents'] or 'none'}; "
        f"removed as contaminated {manifest['decontamination']['removed']}"
        + (f"; topics: {', '.join(manifest['topics'])}" if manifest["topics"] else "")
        + f" → {args.out}"
    )
    return 0
