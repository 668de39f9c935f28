"""`sloika quality train`: a fastText quality classifier from a good and a bad corpus."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub) -> None:
    quality = sub.add_parser(
        "quality",
        help="train a quality classifier (fastText, DCLM-style) for `quality.classifier`",
        description="Quality classifiers trained on corpora you choose (docs/quality.md).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = quality.add_subparsers(dest="quality_action", metavar="ACTION", required=True)
    train = actions.add_parser(
        "train",
        help="fastText supervised on good (--positive) vs bad (--negative) corpora, held-out P/R/F1",
        description="Train a fastText classifier on the kept documents of sloika corpora: --positive "
        "ones are good text (label hq), --negative ones bad text (lq). A share of each (--heldout) is "
        "held out by a hash of the document id; precision, recall and F1 of `hq` on it are printed "
        "and written beside the model (MODEL.json, with the corpora's lineage and the settings). "
        "Use the model in a build with `--quality drop --quality-classifier MODEL`.",
        epilog="examples:\n"
        "  sloika quality train --positive corpora/books --negative corpora/junk --out quality.bin\n"
        "  sloika build --input dumps/ --output corpora/web --quality drop --quality-classifier quality.bin",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    train.add_argument("--positive", action="append", required=True, metavar="CORPUS", help="good text")
    train.add_argument("--negative", action="append", required=True, metavar="CORPUS", help="bad text")
    train.add_argument("--out", required=True, metavar="MODEL", help="the model file to write, e.g. q.bin")
    train.add_argument("--heldout", type=float, default=0.1, metavar="P", help="held-out share (0.1)")
    train.add_argument("--epoch", type=int, default=10, help="passes over the data (10)")
    train.add_argument("--lr", type=float, default=0.1, help="learning rate (0.1)")
    train.add_argument("--word-ngrams", type=int, default=2, metavar="N", help="word n-grams (2)")
    train.add_argument("--dim", type=int, default=64, help="vector size (64)")
    train.add_argument("--min-count", type=int, default=2, metavar="N", help="rarer words are dropped (2)")
    train.add_argument(
        "--bucket", type=int, default=200_000, metavar="N", help="hash buckets for word n-grams (200000)"
    )
    train.add_argument(
        "--threads", type=int, default=1, metavar="N", help="more is faster, but not reproducible (1)"
    )
    train.add_argument("--seed", type=int, default=0)
    train.add_argument(
        "--threshold", type=float, default=0.5, metavar="P", help="P(hq) that counts as good (0.5)"
    )
    train.add_argument("--overwrite", action="store_true", help="replace an existing MODEL and MODEL.json")
    train.set_defaults(handler=_train)


def _train(args: argparse.Namespace) -> int:
    from sloika.corpora.quality_train import TrainOptions, train_classifier

    options = TrainOptions(
        heldout=args.heldout,
        epoch=args.epoch,
        lr=args.lr,
        wordNgrams=args.word_ngrams,
        dim=args.dim,
        minCount=args.min_count,
        bucket=args.bucket,
        thread=args.threads,
        seed=args.seed,
        threshold=args.threshold,
    )
    report = train_classifier(args.positive, args.negative, args.out, options, overwrite=args.overwrite)
    held = report["heldout"]
    split = report["split"]
    print(
        f"trained on {split['train']['hq']:,} good and {split['train']['lq']:,} bad documents; "
        f"held out {split['heldout_documents']['hq']:,} + {split['heldout_documents']['lq']:,}"
    )
    print(
        f"held-out (P(hq) >= {held['threshold']}): precision {held['precision']:.3f}, "
        f"recall {held['recall']:.3f}, F1 {held['f1']:.3f}  (tp {held['tp']}, fp {held['fp']}, "
        f"fn {held['fn']}, tn {held['tn']})"
    )
    print(f"model: {args.out}  report: {Path(args.out).with_suffix('.json')}")
    return 0
