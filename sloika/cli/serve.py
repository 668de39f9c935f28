"""`sloika serve`: browse a corpus in a web browser (local, read-only)."""

from __future__ import annotations

import argparse

from sloika.errors import MissingDependency


def register(sub) -> None:
    serve = sub.add_parser(
        "serve",
        help="browse a corpus in a web browser: filters, search, layers on the text, SQL (read-only)",
        description="Start a local web app over a corpus: every record (kept, rejected with its step and "
        "reason, duplicates beside their kept copy) with filters and text search, each document with its "
        "annotation layers highlighted on the text, a read-only SQL box and the report with plots that "
        "link to the records they count. It listens on 127.0.0.1 only unless --host says otherwise. "
        "Needs the `serve` extra (pip install 'sloika[serve]').",
        epilog="example:\n  sloika serve corpora/my            # then open http://127.0.0.1:8000/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve.add_argument("corpus", help="corpus folder, or its URL (s3://bucket/corpus, ...)")
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 shows the corpus "
        "to the whole network)",
    )
    serve.add_argument("--port", "-p", type=int, default=8000, help="default 8000")
    serve.set_defaults(handler=_serve)


def _serve(args: argparse.Namespace) -> int:
    try:
        from sloika.corpora.browser import serve
    except ImportError as err:
        raise MissingDependency(
            f"`sloika serve` needs the serve extra: pip install 'sloika[serve]' ({err})"
        ) from err
    serve(args.corpus, host=args.host, port=args.port)
    return 0
