"""fastText plus the letter evidence it ignores, in one calibrated decision.

lid.176 calls many Serbian, Bulgarian, Belarusian and Mongolian sentences Russian (precision 0.87
on Lingua sentences). Each of fastText's top-k labels is a candidate; a candidate is described by

* its fastText log-probability and its margin over the best other candidate (runner-ups count),
* letters its alphabet lacks (``ј`` for Russian, ``ы`` for Ukrainian: facts from
  ``alphabets.py``),
* letters that would tell it apart from its closest rival candidate (``ы э ё`` for Russian against
  Bulgarian): when a long text has none, the text is no evidence *for* this candidate,

and a conditional logit (one shared weight vector, softmax across candidates) turns these into a
probability per candidate. The weights are few and fitted on one half of Lingua's dev data
(``fit`` below, run by ``bench/fit_langid.py``); benchmarks report on the other half. The same
weights serve every target language: nothing is specific to Russian but the alphabets.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from sloika.filters.alphabets import ALPHABETS, foreign_letters, script_of_language
from sloika.filters.language import LanguageIdentifier
from sloika.filters.scripts import fold_homoglyphs, script_of

CANDIDATES = 10
FLOOR = 1e-6  # fastText probabilities below this are noise; log(FLOOR) bounds the feature
RIVAL_MIN = 1e-3  # a rival must have at least this probability to matter for the "distinct" test
FEATURES = (
    "log_p",
    "margin",
    "margin_short",
    "foreign_any",
    "foreign_log",
    "telling_log",
    "telling_absent_expected",
    "letter_llr",
)
# The direction each piece of evidence may push, from what it means (a letter the language lacks
# can never make it likelier); the fit only chooses how hard. 0 = free.
SIGNS = (1, 1, 0, -1, -1, 1, -1, 1)
ABSENT_CAP = 10.0  # expected telling letters beyond this add no certainty (e^-10 already)
CALIBRATION = "lid_calibration.json"


@dataclass(frozen=True)
class LanguageGuess:
    """The decision for one text: best label, its calibrated probability, and all candidates."""

    lang: str
    score: float
    candidates: dict[str, float]
    fasttext: dict[str, float]


def candidate_features(
    text: str, scores: dict[str, float], letter_freq: dict[str, dict[str, float]]
) -> dict[str, list[float]]:
    """One feature vector (in ``FEATURES`` order) per fastText candidate label.

    ``letter_freq`` gives each language's letter frequencies: how many telling letters a text of
    this length *should* show if it were that language (their absence weighs by that number).
    """
    letters = _own_script_letters(text)
    logs = {lang: math.log(max(p, FLOOR)) for lang, p in scores.items()}
    length = math.log1p(sum(letters.values()))
    features = {}
    for lang, log_p in logs.items():
        best_other = max((v for k, v in logs.items() if k != lang), default=math.log(FLOOR))
        margin = log_p - best_other
        alphabet = ALPHABETS.get(lang)
        foreign = foreign_letters(text, lang) if alphabet else 0
        telling = _telling_letters(lang, scores) if alphabet else set()
        distinct = sum(1 for char in text.lower() if char in telling)
        expected = letters.get(script_of_language(lang), 0) * sum(
            letter_freq.get(lang, {}).get(char, 0.0) for char in telling
        )
        features[lang] = [
            log_p,
            margin,
            margin / (1.0 + length),
            float(foreign > 0),
            math.log1p(foreign),
            math.log1p(distinct),
            min(expected, ABSENT_CAP) if distinct == 0 else 0.0,
            _letter_llr(text, lang, scores, letter_freq),
        ]
    return features


def _own_script_letters(text: str) -> dict[str | None, int]:
    counts: dict[str | None, int] = {}
    for char in text:
        script = script_of(char)
        if script:
            counts[script] = counts.get(script, 0) + 1
    return counts


def _letter_llr(
    text: str, lang: str, scores: dict[str, float], letter_freq: dict[str, dict[str, float]]
) -> float:
    """Log-likelihood ratio of the text's letters under ``lang``'s letter frequencies against its
    strongest same-script rival's (0 when either has no table): Bulgarian writes ``ъ`` ten times
    as often as Russian, which no single letter's presence shows."""
    own = letter_freq.get(lang)
    script = script_of_language(lang)
    rivals = [
        o for o, p in scores.items() if o != lang and o in letter_freq and script_of_language(o) == script
    ]
    if not own or not rivals:
        return 0.0
    rival = letter_freq[max(rivals, key=lambda o: scores[o])]
    floor = 1e-5  # a letter one alphabet lacks is the foreign-letter feature's job, not this one's
    total = 0.0
    for char in text.lower():
        if char in own or char in rival:
            total += math.log(max(own.get(char, 0.0), floor)) - math.log(max(rival.get(char, 0.0), floor))
    return max(-50.0, min(50.0, total))


def _telling_letters(lang: str, scores: dict[str, float]) -> set[str]:
    """Letters that ``lang`` has and its strongest same-script rival lacks (Russian against
    Bulgarian: ``ё ы э``). Empty when no rival with a known alphabet competes, or the rival has
    every letter ``lang`` has (Bulgarian against Russian): then the test says nothing."""
    script = script_of_language(lang)
    rivals = [
        other
        for other, p in scores.items()
        if other != lang and p >= RIVAL_MIN and other in ALPHABETS and script_of_language(other) == script
    ]
    if not rivals:
        return set()
    rival = max(rivals, key=lambda other: scores[other])
    return set(ALPHABETS[lang]) - set(ALPHABETS[rival])


class CalibratedLanguageID:
    """fastText top-k re-scored with letter evidence; ``identify(text)`` is the whole API."""

    def __init__(self, model_path: str | None = None, calibration: dict[str, Any] | None = None):
        self.fasttext = LanguageIdentifier(model_path)
        calibration = calibration or load_calibration()
        self.weights: list[float] = calibration["weights"]
        self.letter_freq: dict[str, dict[str, float]] = calibration["letter_freq"]

    def identify(self, text: str) -> LanguageGuess:
        text = fold_homoglyphs(text)
        scores = self.fasttext.predict(text, k=CANDIDATES)
        if not scores:
            return LanguageGuess("und", 0.0, {}, {})
        logits = {
            lang: sum(w * x for w, x in zip(self.weights, vector, strict=True))
            for lang, vector in candidate_features(text, scores, self.letter_freq).items()
        }
        top = max(logits.values())
        exp = {lang: math.exp(v - top) for lang, v in logits.items()}
        total = sum(exp.values())
        probs = dict(sorted(((k, v / total) for k, v in exp.items()), key=lambda kv: -kv[1]))
        lang, score = next(iter(probs.items()))
        return LanguageGuess(lang, score, probs, scores)


def load_calibration(path: str | Path | None = None) -> dict[str, Any]:
    """The fitted weights shipped with sloika (or a file written by ``bench/fit_langid.py``)."""
    if path is None:
        text = resources.files("sloika.filters").joinpath(CALIBRATION).read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    calibration = json.loads(text)
    if tuple(calibration["features"]) != FEATURES:
        raise RuntimeError(
            f"{path or CALIBRATION} was fitted for other features; refit with bench/fit_langid.py"
        )
    return calibration


def letter_frequencies(texts: list[str], labels: list[str]) -> dict[str, dict[str, float]]:
    """Per language with a known alphabet: each of its letters' share of the language's own-script
    letters in ``texts`` (rounded; letters never seen get a small floor so absence stays finite)."""
    counts: dict[str, dict[str, int]] = {}
    for text, label in zip(texts, labels, strict=True):
        if label not in ALPHABETS:
            continue
        alphabet = set(ALPHABETS[label])
        table = counts.setdefault(label, dict.fromkeys(ALPHABETS[label], 1))
        for char in fold_homoglyphs(text).lower():
            if char in alphabet:
                table[char] += 1
    return {
        lang: {char: round(n / sum(table.values()), 5) for char, n in sorted(table.items())}
        for lang, table in sorted(counts.items())
    }


def fit(
    examples: list[tuple[str, dict[str, float]]],
    labels: list[str],
    letter_freq: dict[str, dict[str, float]],
    steps: int = 3000,
    l2: float = 1e-3,
) -> list[float]:
    """Conditional-logit weights by projected gradient descent (Adam, signs kept as ``SIGNS`` says)
    on examples whose true label is among the candidates; the rest cannot teach the ranking."""
    import numpy as np

    blocks, truths = [], []
    for (text, scores), label in zip(examples, labels, strict=True):
        features = candidate_features(fold_homoglyphs(text), scores, letter_freq)
        if label not in features:
            continue
        blocks.append(np.array(list(features.values())))
        truths.append(list(features).index(label))
    width = max(len(b) for b in blocks)
    x = np.zeros((len(blocks), width, len(FEATURES)))
    valid = np.zeros((len(blocks), width), dtype=bool)
    for i, block in enumerate(blocks):
        x[i, : len(block)] = block
        valid[i, : len(block)] = True
    truth = np.array(truths)
    signs = np.array(SIGNS)
    w = np.zeros(len(FEATURES))
    w[0] = 1.0  # start at raw fastText
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, steps + 1):
        logits = np.where(valid, x @ w, -np.inf)
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        probs[np.arange(len(truth)), truth] -= 1.0
        grad = np.einsum("nc,ncf->f", probs, x) / len(truth) + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
        w = np.where(signs > 0, np.maximum(w, 0.0), np.where(signs < 0, np.minimum(w, 0.0), w))
    return [round(float(value), 5) for value in w]
