"""Fit the calibrated language decision on the FIT half of Lingua's data: n-gram tables, letter
frequencies, weights and the fast-path threshold.

    .venv/bin/python bench/fit_langid.py --data lingua_cyrillic_focus.dev.tsv

Only the even rows of each (label, granularity) group are used (``langid_data.split_halves``);
``bench/bench_langid.py`` reports on the odd rows. The weights are fitted on n-gram features that
are *cross-fitted*: each fifth of the fit half is scored by tables counted on the other four, so
the weights learn how much to trust the tables on text they have not seen. The shipped tables are
then counted on the whole fit half.

Thresholds are chosen by counting on the same cross-fitted features: ``fast_p``, ``switch_p`` and
``switch_p_silent`` (the surety needed to overrule fastText when no letter speaks against it) on the
fit rows; ``fast_p_long`` (the fast path for texts longer than the evidence window) on documents of
20 fit-half sentences, each built from one fold and scored by the other folds' tables;
``fast_p_by_language`` (a lower fast-path threshold for a fastText top label where not one fit row
of that label gets a worse answer) on the fit rows. The fit prints what ``switch_p_silent`` trades
per granularity (Russian precision against recall).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import numpy as np
from langid_data import DOC_SENTENCES, documents, read_items, split_halves
from langid_extra_text import SHARES, describe, extra_counts, letter_count

from sloika.lang.alphabets import ALPHABETS
from sloika.lang.calibrated_lid import (
    CANDIDATES,
    FEATURES,
    LetterTables,
    Windows,
    allowed_candidates,
    candidate_features,
    candidate_probabilities,
    fit,
    fit_length_scale,
    length_scale,
    letter_frequencies,
    letters_against,
    letters_agree,
    without_latin_names,
)
from sloika.lang.char_ngrams import CharNgramModel
from sloika.lang.evidence_text import evidence_text
from sloika.lang.fasttext_lid import LanguageIdentifier
from sloika.lang.word_frequencies import WordFrequencies
from sloika.text.scripts import fold_homoglyphs

PACKAGED = Path(__file__).resolve().parent.parent / "sloika" / "lang"
FOLDS = 5
FAST_P_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.01)  # 1.01: never take the fast path
SWITCH_P_GRID = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8)
SILENT_P_GRID = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)  # 1.01: letters must speak to overrule


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", required=True, help="Lingua TSV: label, granularity, text")
    parser.add_argument("--out", default=str(PACKAGED), help="folder for lid_calibration.json and lid_ngrams")
    for source, share in SHARES.items():
        parser.add_argument(
            f"--{source}-share",
            type=float,
            default=share,
            help=f"letters of {source} text per letter of the fit half in the n-gram tables (0: none)",
        )
    parser.add_argument(
        "--wordfreq-weighting",
        choices=("tokens", "types"),
        default="tokens",
        help="count each listed word by its frequency (tokens) or once (types)",
    )
    parser.add_argument(
        "--predictions",
        help="write every fit row's label, granularity, answer (cross-fitted features, chosen "
        "thresholds) and text here (TSV): the fit half's errors, to read",
    )
    args = parser.parse_args()
    shares = {source: getattr(args, f"{source}_share") for source in SHARES}

    started = time.perf_counter()
    fit_items, _ = split_halves(read_items(args.data))
    identifier = LanguageIdentifier()
    texts = [without_latin_names(fold_homoglyphs(evidence_text(item.text))) for item in fit_items]
    labels = [item.label for item in fit_items]
    scores = [identifier.predict(text, k=CANDIDATES) for text in texts]
    sentences = [i for i, item in enumerate(fit_items) if item.granularity == "sentences"]
    letter_freq = letter_frequencies([texts[i] for i in sentences], [labels[i] for i in sentences])
    letter_tables = LetterTables(letter_freq)

    fit_letters = Counter()
    for text, label in zip(texts, labels, strict=True):
        fit_letters[label] += letter_count(text)
    extra = {
        lang: extra_counts(lang, fit_letters[lang], shares, args.wordfreq_weighting)
        for lang in sorted(set(labels) & set(ALPHABETS))
    }
    for lang in extra:
        print(f"  extra text {describe(lang)}; fit half {fit_letters[lang]} letters")

    blocks: list[dict[str, list[float]]] = [{} for _ in texts]
    docs, doc_blocks = [], []  # documents of each fold's own sentences, scored by the other folds' tables
    for fold in range(FOLDS):
        train = [i for i in range(len(texts)) if i % FOLDS != fold and labels[i] in ALPHABETS]
        tables = CharNgramModel.fit([texts[i] for i in train], [labels[i] for i in train], extra=extra)
        rows = range(fold, len(texts), FOLDS)
        fold_blocks = features([texts[i] for i in rows], [scores[i] for i in rows], letter_tables, tables)
        for i, block in zip(rows, fold_blocks, strict=True):
            blocks[i] = block
        fold_docs = documents([item for i, item in enumerate(fit_items) if i % FOLDS == fold])
        doc_texts = [fold_homoglyphs(doc.text) for doc in fold_docs]
        doc_scores = [identifier.predict(text, k=CANDIDATES) for text in doc_texts]
        docs += zip(doc_texts, [doc.label for doc in fold_docs], doc_scores, strict=True)
        doc_blocks += features(doc_texts, doc_scores, letter_tables, tables)
    weights, bias = fit(blocks, labels, sorted(set(labels) & set(ALPHABETS)))
    letters = Windows(texts).letters
    scale = fit_length_scale(blocks, labels, letters, weights, bias)
    rows = Decisions(texts, labels, scores, blocks, weights, bias, scale)
    fast_p, switch_p, switch_p_silent, accuracy = rows.choose()
    if docs:
        doc_rows = Decisions(*zip(*docs, strict=True), doc_blocks, weights, bias, scale)
        fast_p_long, doc_accuracy = doc_rows.choose_fast_long(switch_p, switch_p_silent)
    else:  # no fold holds DOC_SENTENCES sentences of one language (a small file): no long-text evidence
        fast_p_long, doc_accuracy = fast_p, float("nan")
    fast_p_by_language = rows.choose_fast_by_language(fast_p, switch_p, switch_p_silent)

    known = [i for i in range(len(texts)) if labels[i] in ALPHABETS]
    CharNgramModel.fit([texts[i] for i in known], [labels[i] for i in known], extra=extra).save(
        Path(args.out) / "lid_ngrams.json.gz"
    )
    calibration = {
        "features": list(FEATURES),
        "weights": weights,
        "bias": bias,
        "fast_p": fast_p,
        "fast_p_long": fast_p_long,
        "fast_p_by_language": fast_p_by_language,
        "switch_p": switch_p,
        "switch_p_silent": switch_p_silent,
        "length_scale": list(scale),
        "letter_freq": letter_freq,
        "fitted_on": {
            "data": Path(args.data).name,
            "rows": len(fit_items),
            "split": "even rows of each (label, granularity) group; odd rows are held out",
            "model": Path(identifier.model_path).name,
            "candidates": CANDIDATES,
            "ngram_tables": f"languages with an alphabet in alphabets.py; features {FOLDS}-fold "
            f"cross-fitted; plus wordfreq and CLDR 1-3-grams at {shares} of the fit half's letters",
            "fit_half_accuracy": round(accuracy, 4),
            "fit_half_documents": f"{len(docs)} of {DOC_SENTENCES} sentences of one fold each, scored "
            f"by the other folds' n-gram tables; accuracy {doc_accuracy:.4f}",
        },
    }
    out = Path(args.out) / "lid_calibration.json"
    out.write_text(json.dumps(calibration, indent=2) + "\n", encoding="utf-8")
    print(
        f"fitted on {len(fit_items)} rows in {time.perf_counter() - started:.1f}s; "
        f"fast_p {fast_p} ({fast_p_by_language}), fast_p_long {fast_p_long}, switch_p {switch_p}, "
        f"switch_p_silent {switch_p_silent}, length_scale {scale}, "
        f"fit-half accuracy {accuracy:.4f}, documents {doc_accuracy:.4f}"
    )
    rows.report_silent([item.granularity for item in fit_items], switch_p, fast_p)
    if args.predictions:
        rows.write(
            args.predictions,
            texts,
            [item.granularity for item in fit_items],
            fast_p,
            switch_p,
            switch_p_silent,
        )
    for name, weight in zip(FEATURES, weights, strict=True):
        print(f"  {name:>16} {weight:+.4f}")
    print("  bias: " + ", ".join(f"{lang} {value:+.2f}" for lang, value in bias.items()))


WORDS = WordFrequencies(ALPHABETS)


def features(texts: list[str], scores: list[dict[str, float]], letter_tables, tables) -> list[dict]:
    """The candidates' features of ``texts``, as the decision computes them (``decide_many``)."""
    windows = Windows(texts)
    allowed = [allowed_candidates(windows[i], score, tables.labels) for i, score in enumerate(scores)]
    return candidate_features(windows, scores, letter_tables, tables, WORDS, allowed)


class Decisions:
    """Per row: fastText's top and probability, whether the letters agree with it, whether they speak
    against it, and the calibrated decision (best, probability); thresholds are then chosen by
    counting, vectorised."""

    def __init__(self, texts, labels, scores, blocks, weights, bias, scale):
        self.labels = np.array(labels)
        self.top = np.array([next(iter(score)) for score in scores])
        self.p = np.array([next(iter(score.values())) for score in scores])
        pairs = list(zip(texts, self.top, strict=True))
        self.agree = np.array([letters_agree(t, top, s) for (t, top), s in zip(pairs, scores, strict=True)])
        self.against = np.array([letters_against(t, top) for t, top in pairs])
        sharpness = [length_scale(letters, *scale) for letters in Windows(texts).letters]
        decided = (decide(block, weights, bias, k) for block, k in zip(blocks, sharpness, strict=True))
        best, prob = zip(*decided, strict=True)
        self.best, self.prob = np.array(best), np.array(prob)

    def predict(self, fast_p: float, switch_p: float, silent_p: float) -> np.ndarray:
        fast = (self.p >= fast_p) & self.agree
        needed = np.where(self.against, switch_p, silent_p)
        keep = fast | ((self.best != self.top) & (self.prob < needed))
        return np.where(keep, self.top, self.best)

    def accuracy(self, *thresholds: float) -> float:
        return float((self.predict(*thresholds) == self.labels).mean())

    def choose(self) -> tuple[float, float, float, float]:
        """(fast_p, switch_p, switch_p_silent, accuracy): the lowest fast_p, then the lowest switch
        thresholds, within 0.0005 of the best fit-half accuracy."""
        grid = [(f, s, q) for f in FAST_P_GRID for s in SWITCH_P_GRID for q in SILENT_P_GRID]
        results = [(self.accuracy(*thresholds), thresholds) for thresholds in grid]
        best = max(r[0] for r in results)
        accuracy, thresholds = next(r for r in results if r[0] >= best - 0.0005)
        return (*thresholds, accuracy)

    def choose_fast_long(self, switch_p: float, silent_p: float) -> tuple[float, float]:
        """The lowest fastText probability above which a long text (documents) keeps fastText's
        answer when the letters agree, at no cost in fit-half document accuracy."""
        results = [(self.accuracy(f, switch_p, silent_p), f) for f in FAST_P_GRID]
        best = max(r[0] for r in results)
        accuracy, fast_p = next(r for r in results if r[0] >= best - 0.0005)
        return fast_p, accuracy

    def choose_fast_by_language(self, fast_p: float, switch_p: float, silent_p: float) -> dict[str, float]:
        """Per fastText top label, the lowest fast-path probability at which not one fit row whose
        top it is gets a worse answer than with ``fast_p`` (fastText is rarely wrong about English
        at 0.6, often about Bosnian at 0.9): a wider fast path only where the fit half shows it
        costs nothing. Labels with fewer than 50 fit rows keep ``fast_p``."""
        decided = self.predict(1.01, switch_p, silent_p)  # the full decision for every row
        baseline = self.predict(fast_p, switch_p, silent_p) == self.labels
        chosen = {}
        for lang in sorted(set(self.top.tolist())):
            rows = self.top == lang
            if rows.sum() < 50:
                continue
            for threshold in sorted(FAST_P_GRID):
                fast = (self.p >= threshold) & self.agree
                correct = np.where(fast, self.top, decided)[rows] == self.labels[rows]
                if correct.sum() >= baseline[rows].sum():
                    if threshold < fast_p:
                        chosen[lang] = threshold
                    break
        return chosen

    def write(self, path: str, texts, granularities, *thresholds: float) -> None:
        """Every fit row's label, granularity, answer, the full decision's best probability, fastText's
        top label and the text as the decision read it (homoglyphs folded, Latin names blanked), TSV."""
        predicted = self.predict(*thresholds)
        with open(path, "w", encoding="utf-8") as out:
            out.write("label\tgranularity\tpredicted\tdecision_p\tfasttext\ttext\n")
            for i, (text, granularity) in enumerate(zip(texts, granularities, strict=True)):
                row = (self.labels[i], granularity, predicted[i], f"{self.prob[i]:.4f}", self.top[i], text)
                out.write("\t".join(map(str, row)) + "\n")

    def report_silent(self, granularities: list[str], switch_p: float, fast_p: float) -> None:
        """Fit-half Russian precision/recall per granularity for each switch_p_silent: the trade."""
        for granularity in sorted(set(granularities)):
            rows = np.array([g == granularity for g in granularities])
            for silent_p in SILENT_P_GRID:
                predicted = self.predict(fast_p, switch_p, silent_p)[rows]
                labels = self.labels[rows]
                tp = ((predicted == "ru") & (labels == "ru")).sum()
                precision = tp / max(1, (predicted == "ru").sum())
                recall = tp / max(1, (labels == "ru").sum())
                print(
                    f"  {granularity:>12} switch_p_silent {silent_p:<4}: accuracy "
                    f"{(predicted == labels).mean():.4f}, ru P {precision:.3f} R {recall:.3f}"
                )


def decide(block: dict[str, list[float]], weights, bias, scale: float) -> tuple[str, float]:
    return next(iter(candidate_probabilities(block, weights, bias, scale).items()))


if __name__ == "__main__":
    main()
