"""`sloika annotate`: annotation layers over a finished corpus."""

from __future__ import annotations

import argparse


def register(sub) -> None:
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
    from sloika.corpora.annotate import annotate_corpus, load_annotate_config

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
