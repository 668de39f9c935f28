"""The ``sloika`` command line: one entry point, a subcommand per stage (one module each)."""

from __future__ import annotations

import argparse
import os
import sys

from sloika import __version__
from sloika.cli import annotate, build, outputs, probe, purity, quality, query, serve, training
from sloika.console import plain_library_logs
from sloika.corpora.storage import storage_failure
from sloika.errors import SloikaError

EPILOG = """\
examples:
  sloika build --input 'dumps/*.jsonl.gz' --input notes/ --output corpora/my --lang ru
  sloika build pipelines/examples/articles.yaml --workers 2
  sloika query corpora/my "SELECT kind, count(*) FROM documents GROUP BY 1"
  sloika query corpora/my "SELECT step, reason, count(*) FROM rejected GROUP BY ALL" --format csv
  sloika purity --lang ru generations.jsonl
  sloika report corpora/my -o report.html
  sloika serve corpora/my                 # browse it at http://127.0.0.1:8000/
  sloika quality train --positive corpora/books --negative corpora/junk --out quality.bin
  sloika export pretrain corpora/my --tokenizer qwen.tiktoken --out exports/my-pt
  sloika export sft corpora/my --out exports/my-sft --split-by topic
  sloika annotate corpora/my --layers segments,definitions,topics,unpacking
  sloika train lora training/examples/lora-ru.yaml
  sloika adapters merge --help
  sloika eval runs/lora-ru --help
  sloika probe models/qwen3-0.6b --prompts prompts.jsonl --out probes/before   # docs/loop.md
"""


def main(argv: list[str] | None = None) -> int:
    plain_library_logs()
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
    except BrokenPipeError:  # `sloika query ... | head` closed the pipe: the reader has what it wants
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 0
    except SloikaError as err:  # something the user can fix; the message says how
        print(f"error: {err}", file=sys.stderr)
        return 1
    except Exception as err:
        failure = storage_failure(err)  # an object store unreachable or refusing: what to check
        if failure is None:
            raise
        print(f"error: {failure}", file=sys.stderr)
        return 1
    # anything else is a bug or an environment failure (CUDA out of memory, a torch error): its
    # traceback is what a report needs, so it is not caught here


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sloika",
        description="Build clean, language-pure, deduplicated corpora for training language models.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"sloika {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (build, query, serve, purity, outputs, annotate, quality, training, probe):
        module.register(sub)
    return parser
