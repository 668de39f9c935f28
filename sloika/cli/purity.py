"""`sloika purity`: the purity verdict of texts or model outputs, one JSON line each."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sloika.errors import InputError


def register(sub) -> None:
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
        "  sloika purity --lang ru,uk --expected-share 0.5 answers.jsonl   # either language is fine\n"
        "  echo 'Это пapa. The rest is English, sadly enough for us.' | sloika purity --lang ru -",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    purity.add_argument("file", help="text or JSONL file; - reads standard input")
    purity.add_argument(
        "--lang", default="ru", metavar="CODES", help="allowed language(s), comma-separated (default: ru)"
    )
    purity.add_argument("--text-key", default="text", help="JSONL field with the text (default: text)")
    purity.add_argument("--model", metavar="PATH", help="local fastText model (default: bundled lid.176.ftz)")
    purity.add_argument(
        "--expected-share",
        type=float,
        default=0.9,
        metavar="SHARE",
        help="share of the texts you expect in --lang: the language decision's prior (default: 0.9; "
        "lower it for a mix of languages)",
    )
    purity.set_defaults(handler=_purity)


BATCH = 256  # lines of a file judged together (judge_many): their decisions are made in one batch


def _purity(args: argparse.Namespace) -> int:
    if args.file != "-" and not Path(args.file).is_file():
        raise InputError(f"{args.file} is not a file: give a text or JSONL file, or - for standard input")
    handle = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")  # noqa: SIM115
    size = 1 if args.file == "-" else BATCH  # standard input: each verdict as soon as its line comes
    batch: list[str] = []
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                batch.append(_item_text(line, args.text_key, number))
                if len(batch) == size:
                    _print_verdicts(batch, args)
                    batch = []
        finally:  # the lines read before a bad one still get their verdicts
            _print_verdicts(batch, args)
    return 0


def _print_verdicts(texts: list[str], args: argparse.Namespace) -> None:
    from sloika.lang.purity import judge_many

    if texts:
        verdicts = judge_many(
            texts, args.lang.split(","), model_path=args.model, expected_share=args.expected_share
        )
        for verdict in verdicts:
            print(json.dumps(verdict.to_dict(), ensure_ascii=False))


def _item_text(line: str, key: str, number: int) -> str:
    """A JSON object line gives its ``key`` field; any other line is the text itself."""
    if not line.lstrip().startswith("{"):
        return line
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return line
    if not isinstance(record, dict) or not isinstance(record.get(key), str):
        raise InputError(f"line {number}: JSON object without a string `{key}` field (see --text-key)")
    return record[key]
