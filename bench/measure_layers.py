"""How well the meaning layers do on real text (run locally on shared data; nothing is copied).

    python bench/measure_layers.py definitions $SHARED_DATA/prose/fortunes_ru
    python bench/measure_layers.py layers CORPUS --sample 20 --seed 17

``definitions``: recall of the ``definitions`` layer on real "X - это Y" / "X — это Y" sentences
that are hard-wrapped (a line break inside the sentence). The labelled set is drawn from a
``%``-separated fortune folder by rules that do not use sloika's code: a fortune where the text
between the sentence start and " - это " is a noun phrase of 1-6 words (capitalised, no
punctuation, no clause opener such as "если"/"когда") and a line break falls inside that sentence.
The term found must equal that phrase. Files whose CRC32 is odd are the held-out half.

``layers``: on an annotated corpus, topic balance (largest topic's share, ``none`` share, topics)
and coherence (label coverage: share of a topic's documents containing one of its three label
terms; mean NPMI of its ten terms over document co-occurrence), and a seeded sample of ``entities``
and ``terms`` spans in context, for a person to judge precision.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import zlib
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

_OPENERS = {"если", "когда", "но", "а", "и", "то", "как", "что", "где"}
_ETO = re.compile(r"\s[—–-]{1,2}\s+это\s")


def fortunes(folder: Path) -> list[tuple[str, int, str]]:
    out = []
    for path in sorted(folder.iterdir()):
        if path.is_file() and not path.name.startswith(("COPYRIGHT", "SOURCES", ".")):
            for number, text in enumerate(re.split(r"\n%\n", path.read_text(encoding="utf-8"))):
                out.append((path.name, number, text))
    return out


def wrapped_definitions(folder: Path) -> list[dict]:
    """The labelled set: (file, number, fortune, term) of hard-wrapped "X - это Y" sentences."""
    found, seen = [], set()
    for name, number, text in fortunes(folder):
        for match in _ETO.finditer(text):
            before = text[: match.start()]
            cut = max(before.rfind(p) for p in (". ", "! ", "? ", ".\n", "!\n", "?\n", "\n-", "\n—"))
            start = cut + 2 if cut >= 0 else 0
            rest = text[match.end() :]
            end = re.search(r"[.!?…](\s|$)|\n\s*[-—]|\n\s*\n|$", rest)
            sentence = text[start : match.end() + end.start()]
            term = before[start:].strip()
            words = term.split()
            if (
                "\n" not in sentence.strip()
                or not 1 <= len(words) <= 6
                or any(c in term for c in "\n,;:")
                or not term[:1].isupper()
                or words[0].lower() in _OPENERS
                or (name, number, term) in seen
            ):
                continue
            seen.add((name, number, term))
            found.append({"file": name, "number": number, "text": text, "term": term})
    return found


def measure_definitions(folder: Path) -> dict:
    from sloika.annotators.definitions import find_definitions

    results = {}
    labelled = wrapped_definitions(folder)
    for part, odd in (("dev", 0), ("held_out", 1)):
        chosen = [x for x in labelled if zlib.crc32(x["file"].encode()) % 2 == odd]
        hits = [
            x
            for x in chosen
            if any(s.attrs["term"].strip() == x["term"] for s in find_definitions(x["text"], "ru"))
        ]
        missed = [x["term"] for x in chosen if x not in hits]
        results[part] = {"sentences": len(chosen), "found": len(hits),
                         "recall": round(len(hits) / max(len(chosen), 1), 3), "missed": missed}  # fmt: skip
    return results


def _layer(con, corpus: Path, name: str) -> str:
    return f"read_parquet('{corpus}/layers/{name}/*.parquet')"


def measure_layers(corpus: Path, sample: int, seed: int) -> dict:
    import duckdb

    con = duckdb.connect()
    docs = f"read_parquet('{corpus}/documents/*.parquet')"
    report: dict = {}
    if (corpus / "layers" / "topics").is_dir():
        rows = con.execute(f"SELECT doc_id, label, attrs FROM {_layer(con, corpus, 'topics')}").fetchall()
        sizes = Counter(label for _, label, _ in rows)
        n = len(rows)
        none = sizes.pop("none", 0)
        lemmas = _document_lemmas(con, corpus)
        coverage, npmi = [], []
        by_topic = defaultdict(list)
        terms_of = {}
        for doc_id, label, attrs in rows:
            if label != "none":
                by_topic[label].append(doc_id)
                terms_of[label] = json.loads(attrs).get("terms") or label.split(" · ")
        docs_with = defaultdict(set)
        for doc_id, words in lemmas.items():
            for word in words:
                docs_with[word].add(doc_id)
        for label, members in by_topic.items():
            top3 = set(terms_of[label][:3])
            coverage.append(sum(1 for d in members if top3 & lemmas.get(d, set())) / len(members))
            npmi.append(_npmi(terms_of[label][:10], docs_with, len(lemmas)))
        largest = sizes.most_common(1)[0] if sizes else ("", 0)
        report["topics"] = {
            "documents": n, "topics": len(sizes), "none_share": round(none / max(n, 1), 3),
            "largest": {"label": largest[0], "share": round(largest[1] / max(n, 1), 3)},
            "label_coverage": round(sum(c * len(by_topic[t]) for c, t in zip(coverage, by_topic, strict=True))
                                    / max(n - none, 1), 3),
            "npmi": round(sum(npmi) / max(len(npmi), 1), 3),
            "top": [(label, count) for label, count in sizes.most_common(12)],
        }  # fmt: skip
    rng = random.Random(seed)
    for layer in ("entities", "terms"):
        if not (corpus / "layers" / layer).is_dir():
            continue
        spans = con.execute(
            f'SELECT l.label, l.start, l."end", d.text FROM {_layer(con, corpus, layer)} l JOIN {docs} d '
            "ON d.id = l.doc_id ORDER BY l.doc_id, l.start"
        ).fetchall()
        chosen = rng.sample(spans, min(sample, len(spans)))
        report[f"{layer}_sample"] = [
            {"label": label, "span": text[start:end],
             "context": " ".join((text[max(0, start - 40) : start] + "[[" + text[start:end] + "]]"
                                  + text[end : end + 40]).split())}
            for label, start, end, text in chosen
        ]  # fmt: skip
    return report


def _document_lemmas(con, corpus: Path) -> dict[str, set[str]]:
    """Content lemmas per document, from the corpus's own parse (the same one topics uses)."""
    from datatrove.data import Document

    from sloika.annotators.morphology import parsed_lemmas, russian_nlp

    nlp = russian_nlp()
    rows = con.execute(f"SELECT id, text FROM read_parquet('{corpus}/documents/*.parquet')").fetchall()
    return {i: {lemma for *_, lemma, _ in parsed_lemmas(nlp, Document(text=t, id=i))} for i, t in rows}


def _npmi(terms: list[str], docs_with: dict[str, set], n: int) -> float:
    scores = []
    for a, b in combinations(terms, 2):
        both = len(docs_with[a] & docs_with[b])
        if not both:
            scores.append(-1.0)
            continue
        p_ab, p_a, p_b = both / n, len(docs_with[a]) / n, len(docs_with[b]) / n
        scores.append(1.0 if p_ab == 1 else math.log(p_ab / (p_a * p_b)) / -math.log(p_ab))
    return sum(scores) / max(len(scores), 1)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="what", required=True)
    defs = sub.add_parser("definitions", help="recall on hard-wrapped real definitions")
    defs.add_argument("fortunes", type=Path, help="a folder of %%-separated fortune files")
    layers = sub.add_parser("layers", help="topic balance and coherence, entity/term samples")
    layers.add_argument("corpus", type=Path)
    layers.add_argument("--sample", type=int, default=20)
    layers.add_argument("--seed", type=int, default=17)
    for command in (defs, layers):
        command.add_argument("--out", type=Path, help="write the JSON report here too")
    args = parser.parse_args()
    if args.what == "definitions":
        report = measure_definitions(args.fortunes)
    else:
        report = measure_layers(args.corpus, args.sample, args.seed)
    text = json.dumps(report, ensure_ascii=False, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
