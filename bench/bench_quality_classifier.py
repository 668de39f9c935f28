"""The trained quality classifier on real corpora, against raw fastText (the anchor).

    # 1. good text: the sections of a corpus's documents; junk made from them, plus what the quality
    #    rules dropped in another corpus (its `rejected` rows of step `quality`)
    python bench/bench_quality_classifier.py prepare --corpus GOOD --rejected RULES --out DIR
    sloika build --input DIR/good.jsonl --output G --no-dedup
    sloika build --input DIR/junk.jsonl --output J --no-dedup
    # 2. sloika's `train_classifier` and raw fastText with the same settings on the same split
    python bench/bench_quality_classifier.py compare --positive G --negative J --unseen C --out r.json

The anchor is DCLM's recipe as plain fastText: newlines turned into spaces, nothing else, then
``train_supervised`` and ``predict``. Both sides get the same documents, the same held-out split
(xxh3 of the id) and the same hyper-parameters; the report gives both held-out precision/recall/F1
of the good label, the training time and the scoring speed of each, and their ratios. ``--unseen``
corpora are real text neither model saw: the share of their documents scored good, per folder.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from sloika.corpora.catalog import connect
from sloika.corpora.export_sft import in_validation
from sloika.corpora.quality_train import (
    BAD,
    GOOD,
    TrainOptions,
    corpus_documents,
    scores,
    train_classifier,
)
from sloika.filters.quality_classifier import LABEL_PREFIX, good_probability

HEADING = re.compile(r"^#{1,6} ", re.M)
FENCE = re.compile(r"^\s*(```|~~~)", re.M)
KEYBOARD = ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю", "qwertyuiop", "asdfghjkl")
FOOTER = "© 2024 Все права защищены. Политика конфиденциальности. Пользовательское соглашение."


def sections(text: str, min_words: int) -> list[str]:
    """The parts of a Markdown document between headings (a heading inside a code fence is code)."""
    parts, current, in_code = [], [], False
    for line in text.split("\n"):
        if FENCE.match(line):
            in_code = not in_code
        if HEADING.match(line) and not in_code and current:
            parts.append("\n".join(current).strip())
            current = []
        current.append(line)
    parts.append("\n".join(current).strip())
    return [part for part in parts if len(part.split()) >= min_words]


def slug(title: str) -> str:
    return re.sub(r"\W+", "-", title.lower()).strip("-")


def make_junk(good: list[str], seed: int) -> list[tuple[str, str]]:
    """(kind, text) per good section: its words shuffled, a link list, a menu with a footer, a table
    of numbers, keyboard mash — the junk a web crawl is full of, made of the same vocabulary."""
    rng = random.Random(seed)
    headings = sorted({h.strip("# ").strip() for t in good for h in re.findall(r"^#{1,6} .+$", t, re.M)})
    junk = []
    for i, text in enumerate(good):
        words = text.split()
        kind = ("shuffled", "links", "menu", "table", "mash")[i % 5]
        if kind == "shuffled":
            rng.shuffle(words)
            made = " ".join(words)
        elif kind == "links":
            chosen = rng.sample(headings, min(len(headings), rng.randint(5, 15)))
            made = "\n".join(f"* [{h}](/docs/{slug(h)})" for h in chosen)
        elif kind == "menu":
            short = [h for h in headings if len(h.split()) <= 3] or headings
            made = "\n".join(rng.sample(short, min(len(short), rng.randint(6, 12)))) + "\n" + FOOTER
        elif kind == "table":
            rows = [
                " | ".join(str(rng.randint(0, 9999)) for _ in range(5)) for _ in range(rng.randint(5, 20))
            ]
            made = "\n".join(f"| {row} |" for row in rows)
        else:
            row = rng.choice(KEYBOARD)
            made = " ".join(
                "".join(rng.choice(row) for _ in range(rng.randint(3, 10))) for _ in range(len(words))
            )
        junk.append((kind, made))
    return junk


def prepare(args: argparse.Namespace) -> dict:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    good = [
        part for _, text in corpus_documents(Path(args.corpus)) for part in sections(text, args.min_words)
    ]
    junk = make_junk(good, args.seed)
    if args.rejected:
        con = connect(args.rejected)
        dropped = con.execute(
            "SELECT reason, text FROM rejected WHERE step = 'quality' ORDER BY id"
        ).fetchall()
        junk += [(f"rule:{reason}", text) for reason, text in dropped]
    for name, records in (("good", [("section", t) for t in good]), ("junk", junk)):
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as handle:
            for kind, text in records:
                handle.write(json.dumps({"text": text, "junk": kind}, ensure_ascii=False) + "\n")
    made = {"good": len(good), "junk": dict(Counter(kind.split(":")[0] for kind, _ in junk))}
    print(json.dumps(made, ensure_ascii=False))
    return made


def anchor_line(text: str) -> str:
    """DCLM's preprocessing for its fastText classifier: one line, nothing else changed."""
    return text.replace("\n", " ")


def anchor_probability(model, text: str) -> float:
    labels, probs = model.predict(anchor_line(text), k=-1)
    return float(dict(zip(labels, probs, strict=True)).get(LABEL_PREFIX + GOOD, 0.0))


def anchor(positive: list[Path], negative: list[Path], options: TrainOptions) -> tuple[dict, object, float]:
    """Raw fastText on the same split and settings: (held-out counts and scores, model, seconds)."""
    import fasttext

    start = time.perf_counter()
    heldout: dict[str, list[str]] = {GOOD: [], BAD: []}
    train: list[str] = []
    with tempfile.TemporaryDirectory() as work:
        for label, corpora in ((GOOD, positive), (BAD, negative)):
            for corpus in corpora:
                for doc_id, text in corpus_documents(corpus):
                    if in_validation(doc_id, options.heldout):
                        heldout[label].append(text)
                    else:
                        train.append(f"{LABEL_PREFIX}{label} {anchor_line(text)}\n")
        random.Random(options.seed).shuffle(train)  # DCLM shuffles too; sloika's order, the same seed
        lines = Path(work) / "train.txt"
        lines.write_text("".join(train), encoding="utf-8")
        settings = {k: v for k, v in asdict(options).items() if k not in ("heldout", "threshold")}
        model = fasttext.train_supervised(input=str(lines), verbose=0, **settings)
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for label, texts in heldout.items():
        for text in texts:
            predicted = anchor_probability(model, text) >= options.threshold
            counts[("tp" if label == GOOD else "fp") if predicted else ("fn" if label == GOOD else "tn")] += 1
    return {**scores(counts), **counts}, model, time.perf_counter() - start


def throughput(score, texts: list[str], repeats: int = 3) -> float:
    """Documents per second, best of ``repeats`` passes."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for text in texts:
            score(text)
        best = min(best, time.perf_counter() - start)
    return len(texts) / best if best else float("inf")


def unseen_shares(model, corpora: list[str], threshold: float) -> dict:
    """Per corpus and folder of origin: documents and the share scored good."""
    result = {}
    for corpus in corpora:
        con = connect(corpus)
        by_folder: dict[str, list[int]] = {}
        for source, text in con.execute("SELECT source, text FROM documents").fetchall():
            folder = Path(source.split("#")[0]).parent.name or Path(source).name
            good = good_probability(model, text, GOOD) >= threshold
            by_folder.setdefault(folder, []).append(int(good))
        result[Path(corpus).name] = {
            folder: {"documents": len(v), "scored_good": round(sum(v) / len(v), 4)}
            for folder, v in sorted(by_folder.items())
        }
    return result


def compare(args: argparse.Namespace) -> dict:
    import fasttext

    options = TrainOptions(heldout=args.heldout, epoch=args.epoch)
    positive, negative = [Path(p) for p in args.positive], [Path(p) for p in args.negative]
    with tempfile.TemporaryDirectory() as work:
        model_path = Path(work) / "quality.bin"
        start = time.perf_counter()
        report = train_classifier(positive, negative, model_path, options)
        sloika_s = time.perf_counter() - start
        model = fasttext.load_model(str(model_path))
    anchor_scores, anchor_model, anchor_s = anchor(positive, negative, options)
    texts = [text for corpus in positive + negative for _, text in corpus_documents(corpus)]
    sloika_rate = throughput(lambda t: good_probability(model, t, GOOD), texts)
    anchor_rate = throughput(lambda t: anchor_probability(anchor_model, t), texts)
    result = {
        "settings": {k: v for k, v in asdict(options).items()},
        "split": report["split"],
        "sloika": {
            **report["heldout"],
            "train_s": round(sloika_s, 3),
            "score_docs_per_s": round(sloika_rate),
        },
        "anchor": {**anchor_scores, "train_s": round(anchor_s, 3), "score_docs_per_s": round(anchor_rate)},
        "ratio_train_time_sloika_over_anchor": round(sloika_s / anchor_s, 3),
        "ratio_score_speed_sloika_over_anchor": round(sloika_rate / anchor_rate, 3),
        "heldout_errors": heldout_errors(model, negative + positive, options),
        "unseen": unseen_shares(model, args.unseen or [], options.threshold),
    }
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(
        json.dumps({k: v for k, v in result.items() if k != "heldout_errors"}, ensure_ascii=False, indent=1)
    )
    return result


def heldout_errors(model, corpora: list[Path], options: TrainOptions) -> list[dict]:
    """The held-out documents sloika's model gets wrong, with their junk kind (to read)."""
    errors = []
    for corpus in corpora:
        rows = connect(corpus).execute("SELECT id, text, metadata FROM documents ORDER BY id").fetchall()
        for doc_id, text, metadata in rows:
            if not in_validation(doc_id, options.heldout):
                continue
            kind = json.loads(metadata or "{}").get("fields", {}).get("junk", "?")
            is_good = kind == "section"
            score = good_probability(model, text, GOOD)
            if (score >= options.threshold) != is_good:
                errors.append({"kind": kind, "score": round(score, 3), "text": text[:300]})
    return errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    prep = sub.add_parser("prepare", help="good.jsonl (sections) and junk.jsonl from corpora")
    prep.add_argument("--corpus", required=True, help="corpus whose documents are good text")
    prep.add_argument("--rejected", help="corpus built with --quality drop: its rule drops join the junk")
    prep.add_argument("--out", required=True, help="folder for good.jsonl and junk.jsonl")
    prep.add_argument("--min-words", type=int, default=30)
    prep.add_argument("--seed", type=int, default=0)
    prep.set_defaults(handler=prepare)
    comp = sub.add_parser("compare", help="sloika vs raw fastText on the same split and settings")
    comp.add_argument("--positive", action="append", required=True)
    comp.add_argument("--negative", action="append", required=True)
    comp.add_argument("--unseen", action="append", help="corpora of real text to score (share kept)")
    comp.add_argument("--heldout", type=float, default=0.1)
    comp.add_argument("--epoch", type=int, default=TrainOptions.epoch)
    comp.add_argument("--out", required=True, help="JSON results")
    comp.set_defaults(handler=compare)
    args = parser.parse_args(argv)
    args.handler(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
