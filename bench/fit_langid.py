"""Fit the calibrated language decision on the FIT half of Lingua's data: n-gram tables, letter
frequencies, weights and the fast-path threshold.

    .venv/bin/python bench/fit_langid.py --data lingua_cyrillic_focus.dev.tsv

Only the even rows of each (label, granularity) group are used (``langid_data.split_halves``);
``bench/bench_langid.py`` reports on the odd rows. The weights are fitted on n-gram features that
are *cross-fitted*: each fifth of the fit half is scored by tables counted on the other four, so
the weights learn how much to trust the tables on text they have not seen. The shipped tables are
then counted on the whole fit half.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path

from langid_data import read_items, split_halves

from sloika.filters.alphabets import ALPHABETS
from sloika.filters.calibrated_lid import (
    CANDIDATES,
    FEATURES,
    allowed_candidates,
    candidate_features,
    fit,
    letter_frequencies,
    letters_agree,
)
from sloika.filters.char_ngrams import CharNgramModel
from sloika.filters.fasttext_lid import LanguageIdentifier
from sloika.filters.scripts import fold_homoglyphs

FILTERS = Path(__file__).resolve().parent.parent / "filters"
FOLDS = 5
FAST_P_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.01)  # 1.01: never take the fast path
SWITCH_P_GRID = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", required=True, help="Lingua TSV: label, granularity, text")
    parser.add_argument("--out", default=str(FILTERS), help="folder for lid_calibration.json and lid_ngrams")
    args = parser.parse_args()

    started = time.perf_counter()
    fit_items, _ = split_halves(read_items(args.data))
    identifier = LanguageIdentifier()
    texts = [fold_homoglyphs(item.text) for item in fit_items]
    labels = [item.label for item in fit_items]
    scores = [identifier.predict(text, k=CANDIDATES) for text in texts]
    sentences = [i for i, item in enumerate(fit_items) if item.granularity == "sentences"]
    letter_freq = letter_frequencies([texts[i] for i in sentences], [labels[i] for i in sentences])

    blocks: list[dict[str, list[float]]] = [{} for _ in texts]
    for fold in range(FOLDS):
        train = [i for i in range(len(texts)) if i % FOLDS != fold and labels[i] in ALPHABETS]
        tables = CharNgramModel.fit([texts[i] for i in train], [labels[i] for i in train])
        for i in range(fold, len(texts), FOLDS):
            block = candidate_features(texts[i], scores[i], letter_freq, tables)
            allowed = allowed_candidates(texts[i], scores[i])
            blocks[i] = {lang: vector for lang, vector in block.items() if lang in allowed}
    weights, bias = fit(blocks, labels, sorted(set(labels) & set(ALPHABETS)))
    fast_p, switch_p, accuracy = choose_thresholds(texts, labels, scores, blocks, weights, bias)

    known = [i for i in range(len(texts)) if labels[i] in ALPHABETS]
    CharNgramModel.fit([texts[i] for i in known], [labels[i] for i in known]).save(
        Path(args.out) / "lid_ngrams.json.gz"
    )
    calibration = {
        "features": list(FEATURES),
        "weights": weights,
        "bias": bias,
        "fast_p": fast_p,
        "switch_p": switch_p,
        "letter_freq": letter_freq,
        "fitted_on": {
            "data": Path(args.data).name,
            "rows": len(fit_items),
            "split": "even rows of each (label, granularity) group; odd rows are held out",
            "model": Path(identifier.model_path).name,
            "candidates": CANDIDATES,
            "ngram_tables": f"languages with an alphabet in alphabets.py; features {FOLDS}-fold cross-fitted",
            "fit_half_accuracy": round(accuracy, 4),
        },
    }
    out = Path(args.out) / "lid_calibration.json"
    out.write_text(json.dumps(calibration, indent=2) + "\n", encoding="utf-8")
    print(
        f"fitted on {len(fit_items)} rows in {time.perf_counter() - started:.1f}s; "
        f"fast_p {fast_p}, switch_p {switch_p}, fit-half accuracy {accuracy:.4f}"
    )
    for name, weight in zip(FEATURES, weights, strict=True):
        print(f"  {name:>16} {weight:+.4f}")
    print("  bias: " + ", ".join(f"{lang} {value:+.2f}" for lang, value in bias.items()))


def choose_thresholds(texts, labels, scores, blocks, weights, bias) -> tuple[float, float, float]:
    """(fast_p, switch_p, accuracy): the lowest fastText probability above which trusting fastText
    (when letters agree) costs no fit-half accuracy, and the calibrated probability the decision
    needs to overrule fastText's top label, both chosen on the fit half's cross-fitted features."""
    decided = []
    for block in blocks:
        logits = {
            lang: sum(w * x for w, x in zip(weights, v, strict=True)) + bias.get(lang, 0.0)
            for lang, v in block.items()
        }
        top = max(logits.values())
        total = sum(math.exp(v - top) for v in logits.values())
        best = max(logits, key=logits.get)
        decided.append((best, 1.0 / total))
    results = []
    for fast_p in FAST_P_GRID:
        for switch_p in SWITCH_P_GRID:
            correct = 0
            for text, label, score, (best, prob) in zip(texts, labels, scores, decided, strict=True):
                top, p = next(iter(score.items()))
                fast = p >= fast_p and letters_agree(text, top, score)
                keep = fast or (best != top and prob < switch_p)
                correct += (top if keep else best) == label
            results.append((correct / len(texts), fast_p, switch_p))
    best_accuracy = max(r[0] for r in results)
    accuracy, fast_p, switch_p = next(r for r in results if r[0] >= best_accuracy - 0.0005)
    return fast_p, switch_p, accuracy


if __name__ == "__main__":
    main()
