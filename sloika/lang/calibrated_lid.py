"""fastText plus the evidence it ignores, in one calibrated decision.

lid.176 calls many Serbian, Bulgarian, Belarusian and Mongolian sentences Russian (precision 0.84
on held-out Lingua sentences). Each of fastText's top-k labels is a candidate, described by

* its fastText log-probability and its margin over the best other candidate (runner-ups count),
* letters its alphabet lacks (``ј`` for Russian, ``ы`` for Ukrainian: facts from ``alphabets.py``),
* how much likelier the text's letters are under its letter frequencies than under its closest
  same-script rival's (Bulgarian writes ``ъ`` ten times as often as Russian),
* how much likelier the text's character 1-3-grams are under its n-gram table than under the
  table of fastText's favourite among the languages the tables know (``char_ngrams.py``);

a conditional logit (one shared weight vector, softmax across candidates) turns these into a
probability per candidate. Weights and tables are fitted on one half of Lingua's data only
(``bench/fit_langid.py``, n-gram features cross-fitted so the weights never see a table that
counted the same row); benchmarks report on the other half. Nothing is specific to Russian.

Rules keep the decision from doing harm where it knows little:

* only candidates written in the text's own script may win (a Cyrillic word in Georgian text
  cannot make it Russian);
* the decision overrules fastText's top label only when it is at least ``switch_p`` sure, or
  ``switch_p_silent`` sure when no letter of the text speaks against fastText's label (both fitted);
* when fastText is confident (``fast_p``; ``fast_p_long`` for texts longer than the evidence
  window), no letter its alphabet lacks is better explained by a rival, and a letter tells it from
  its runner-up, fastText's answer stands (``fast``): the common case on documents, decided at
  about fastText's own speed.

Letters, scripts and n-grams are read from the first ``EVIDENCE_CHARS`` characters only (the
longest row the weights were fitted on), so a long document costs no more than a sentence.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from sloika.errors import InputError
from sloika.lang.alphabets import ALPHABETS, foreign_pattern, script_of_language, telling_pattern
from sloika.lang.char_ngrams import CharNgramModel, normalise
from sloika.lang.fasttext_lid import LanguageIdentifier
from sloika.lang.word_frequencies import WordFrequencies
from sloika.text.scripts import CJK, CYRILLIC, LATIN, OTHER, fold_homoglyphs

CANDIDATES = 10
FLOOR = 1e-6  # fastText probabilities below this are noise; log(FLOOR) bounds the feature
RIVAL_MIN = 1e-3  # a rival below this probability does not compete
LLR_CAP = 30.0
MIN_SCRIPT_SHARE = 0.25  # a candidate's script must hold this share of the letters to win
# Letter, script and n-gram evidence is read from this many characters: no Lingua row the weights
# were fitted on is longer, and a long document's evidence saturates (LLR_CAP) well before.
EVIDENCE_CHARS = 300
FAST_FOREIGN_SHARE = 0.005  # a name with ä in a long Czech text is no evidence against Czech
FEATURES = (
    "log_p",
    "margin",
    "margin_short",
    "foreign_any",
    "foreign_log",
    "letter_llr",
    "ngram_llr",
    "ngram_rate",
    "word_llr",
    "word_rate",
)
# The direction each piece of evidence may push, from what it means (a letter the language lacks
# can never make it likelier); the fit only chooses how hard. 0 = free.
SIGNS = (1, 1, 0, -1, -1, 1, 1, 1, 1, 1)
CALIBRATION = "lid_calibration.json"
NGRAMS = "lid_ngrams.json.gz"
# Words with a Latin/Cyrillic letter pair: only they are homoglyph-folded (a long Belarusian text
# typed with a Latin ``i`` must not pay for a Python pass over all its words).
_MIXED_WORD = re.compile(r"[^\W\d_]*(?:[a-zA-Z][\u0400-\u04ff]|[\u0400-\u04ff][a-zA-Z])[^\W\d_]*")
_MIXED = re.compile(r"[a-zA-Z][\u0400-\u04ff]|[\u0400-\u04ff][a-zA-Z]")
_WORD_END = re.compile(r"[\W\d_]")
_BASIC_LATIN, _BASIC_CYRILLIC = re.compile(r"[a-zA-Z]"), re.compile(r"[\u0400-\u04ff]")
_LATIN_RUN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
CYRILLIC_MAJORITY = 0.6
_SCRIPT_PROBES = {
    CYRILLIC: re.compile(r"[\u0400-\u052f]"),
    LATIN: re.compile(r"[A-Za-z\u00c0-\u024f]"),
    CJK: re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"),
}


@lru_cache(maxsize=4)
def shared_identifier(model_path: str | None = None) -> CalibratedLanguageID:
    """One identifier per process and model (tables, word lists and fastText load once)."""
    return CalibratedLanguageID(model_path)


@dataclass(frozen=True)
class LanguageGuess:
    """The decision for one text: best label, its probability, all candidates, and how it was made."""

    lang: str
    score: float
    candidates: dict[str, float]
    fasttext: dict[str, float]
    fast: bool = False


class CalibratedLanguageID:
    """fastText top-k re-scored with letter and n-gram evidence; ``identify(text)`` is the API."""

    def __init__(
        self,
        model_path: str | None = None,
        calibration: dict[str, Any] | None = None,
        ngram_model: CharNgramModel | None = None,
        word_model: WordFrequencies | None = None,
    ):
        self.fasttext = LanguageIdentifier(model_path)
        calibration = calibration or load_calibration()
        self.weights: list[float] = calibration["weights"]
        self.letter_tables = LetterTables(calibration["letter_freq"])
        self.fast_p: float = calibration["fast_p"]
        self.fast_p_long: float = calibration["fast_p_long"]
        self.fast_p_by_language: dict[str, float] = calibration.get("fast_p_by_language", {})
        self.switch_p_silent: float = calibration["switch_p_silent"]
        self.bias: dict[str, float] = calibration["bias"]
        self.switch_p: float = calibration["switch_p"]
        self.length_scale: tuple[float, float] = tuple(calibration["length_scale"])
        self.ngrams = ngram_model or CharNgramModel.load(packaged=NGRAMS)
        self.words = word_model or WordFrequencies(ALPHABETS)

    def identify(self, text: str, expected: dict[str, float] | None = None) -> LanguageGuess:
        """The language of ``text``. ``expected`` (from ``expected_prior``) shifts the decision's
        prior towards languages the caller expects: the biases were fitted on a uniform mix."""
        text = without_latin_names(fold_evidence_window(text))
        scores = self.fasttext.predict(text, k=CANDIDATES)
        if not scores:
            return LanguageGuess("und", 0.0, {}, {})
        top, p = next(iter(scores.items()))
        short_p = self.fast_p_by_language.get(top, self.fast_p)
        confident = p >= (self.fast_p_long if len(text) > EVIDENCE_CHARS else short_p)
        # an expected language among the candidates gets its say unless fastText already names one
        contested = (
            bool(expected)
            and top not in expected
            and any(scores.get(lang, 0.0) >= RIVAL_MIN for lang in expected)
        )
        if (
            confident and not contested and letters_agree(text, top, scores)
        ):  # all of it: telling letters can be rare
            return LanguageGuess(top, p, scores, scores, fast=True)
        return self.decide(text, scores, expected)

    def expected_prior(self, languages: Iterable[str], share: float) -> dict[str, float]:
        """Log-odds to add to each of ``languages`` so that together they hold ``share`` of the
        decision's prior instead of their share of the uniform mix the biases were fitted on (one
        language in eighteen). A corpus filtered for Russian is mostly Russian: with share 0.5 a
        two-word Russian text that Bulgarian explains as well is kept, not dropped."""
        languages = [lang for lang in languages if lang in self.bias]
        if not languages or not 0.0 < share < 1.0:
            return {}
        fitted = len(languages) / len(self.bias)
        shift = math.log(share / (1.0 - share)) - math.log(fitted / (1.0 - fitted))
        return dict.fromkeys(languages, shift)

    def decide(
        self, text: str, scores: dict[str, float], expected: dict[str, float] | None = None
    ) -> LanguageGuess:
        """The full decision over all candidates (``identify`` skips it when fastText is clearly right)."""
        allowed = allowed_candidates(text, scores)
        features = candidate_features(text, scores, self.letter_tables, self.ngrams, self.words, allowed)
        scale = length_scale(text, *self.length_scale)
        probs = candidate_probabilities(features, self.weights, self.bias, scale, expected)
        lang, score = next(iter(probs.items()))
        top = next(iter(scores))
        needed = self.switch_p if letters_against(text, top) else self.switch_p_silent
        if lang != top and score < needed and top in probs:  # too unsure to overrule fastText
            lang, score = top, probs[top]
        return LanguageGuess(lang, score, probs, scores)


def candidate_probabilities(
    features: dict[str, list[float]],
    weights: list[float],
    bias: dict[str, float],
    scale: float = 1.0,
    prior: dict[str, float] | None = None,
) -> dict[str, float]:
    """The conditional logit: softmax over candidates of ``scale`` × (weights · features + the
    language's bias) + the caller's prior log-odds, best first."""
    langs = list(features)
    logits = np.array(list(features.values())) @ np.asarray(weights) + [bias.get(lang, 0.0) for lang in langs]
    logits *= scale
    if prior:
        logits += [prior.get(lang, 0.0) for lang in langs]
    exp = np.exp(logits - logits.max())
    probs = (exp / exp.sum()).tolist()
    return dict(sorted(zip(langs, probs, strict=True), key=lambda kv: -kv[1]))


def length_scale(text: str, intercept: float, slope: float) -> float:
    """How sharp the posterior is for a text of this many letters: exp(a + b·log(1 + letters)),
    fitted (``fit_length_scale``) so that a probability means the same for a word, a pair and a
    sentence. A 0.65 threshold then keeps what is right 65% of the time at any length."""
    letters = sum(map(str.isalpha, text[:EVIDENCE_CHARS]))
    return math.exp(intercept + slope * math.log1p(letters))


def without_latin_names(text: str) -> str:
    """A mostly Cyrillic text (``CYRILLIC_MAJORITY`` of its evidence window's letters) with its Latin
    runs blanked: "Продам пылесосы на базе Pentium II." is Russian, but its brand names pull
    fastText's short-text guess towards Belarusian. Which Cyrillic language a text is in is told by
    its Cyrillic words; the Latin ones are judged by the purity analysis, not here."""
    window = text[:EVIDENCE_CHARS]
    if not _BASIC_LATIN.search(window):
        return text
    shares = script_letter_shares(window)
    if shares.get(CYRILLIC, 0.0) < CYRILLIC_MAJORITY:
        return text
    return _LATIN_RUN.sub(lambda m: " " * len(m.group()), text)


def fold_evidence_window(text: str) -> str:
    """Homoglyph words of the evidence window written back in their base script. Beyond the window a
    handful of such words cannot move fastText's judgement of a long text, so they are not looked for.
    """
    window = text[:EVIDENCE_CHARS]
    if not (_BASIC_LATIN.search(window) and _BASIC_CYRILLIC.search(window) and _MIXED.search(window)):
        return text
    end = _WORD_END.search(text, EVIDENCE_CHARS)  # fold whole words only
    cut = end.start() if end else len(text)
    return _MIXED_WORD.sub(lambda m: fold_homoglyphs(m.group()), text[:cut]) + text[cut:]


def letters_against(text: str, lang: str) -> bool:
    """Positive alphabet evidence against ``lang``: its evidence window holds a letter of ``lang``'s
    script that ``lang``'s alphabet lacks. Without one ("На грани истерики." has no letter that
    tells Russian from Bulgarian) only a surer decision (``switch_p_silent``) overrules fastText."""
    pattern = foreign_pattern(lang)
    return pattern is not None and pattern.search(text, 0, EVIDENCE_CHARS) is not None


def letters_agree(text: str, lang: str, scores: dict[str, float]) -> bool:
    """The letters have nothing to add to fastText's ``lang``: (almost) no letter its alphabet lacks
    that a rival's alphabet explains better, and (when its strongest same-script rival lacks some
    of its letters) at least one of those telling letters. "Almost": up to ``FAST_FOREIGN_SHARE``
    of a long text's characters, so a name does not count; letters every rival lacks too (``ý`` of
    mis-decoded Turkish) tell no candidate from another."""
    foreign = foreign_pattern(lang)
    if foreign is not None:
        count = len(foreign.findall(text))
        if count > FAST_FOREIGN_SHARE * len(text) and _explained_better(text, lang, count, scores):
            return False
    rival = strongest_rival(lang, scores)
    telling = telling_pattern(lang, rival) if rival else None
    return telling is None or telling.search(text) is not None


def _explained_better(text: str, lang: str, count: int, scores: dict[str, float]) -> bool:
    """Whether a same-script rival with a known alphabet has fewer foreign letters than ``lang``."""
    script = script_of_language(lang)
    for other, p in scores.items():
        if p < RIVAL_MIN:
            break
        same_script = other != lang and other in ALPHABETS and script_of_language(other) == script
        if same_script and len(foreign_pattern(other).findall(text)) < count:
            return True
    return False


def strongest_rival(lang: str, scores: dict[str, float]) -> str | None:
    """The likeliest other candidate with a known alphabet in ``lang``'s script."""
    script = script_of_language(lang)
    for other, p in scores.items():  # best first
        if p < RIVAL_MIN:
            break
        if other != lang and other in ALPHABETS and script_of_language(other) == script:
            return other
    return None


def allowed_candidates(text: str, scores: dict[str, float]) -> set[str]:
    """The candidates that may win: fastText's top, and languages we have evidence about (an
    alphabet or n-gram table) written in a script that holds at least ``MIN_SCRIPT_SHARE`` of the
    letters of its evidence window. Where we know nothing, fastText's answer stands. Then the hard
    evidence: a candidate whose alphabet lacks a letter of the window is out when a same-script
    candidate's alphabet has them all (``ruled_out``), fastText's top included."""
    window = text[:EVIDENCE_CHARS]
    shares = script_letter_shares(window)
    allowed = {
        lang
        for lang in scores
        if lang in ALPHABETS and shares.get(script_of_language(lang), 0.0) >= MIN_SCRIPT_SHARE
    }
    allowed.add(next(iter(scores)))
    return allowed - ruled_out(window, allowed)


def ruled_out(window: str, langs: set[str]) -> set[str]:
    """Languages a letter rules out: more letters their alphabet lacks than ``FAST_FOREIGN_SHARE``
    of the window allows (one letter in a text under 200 characters: "Мал клоп, да вонюч." is not
    Macedonian, which has no ``ю``), while another candidate of the same script has every letter.
    When no candidate explains all letters (a Russian text quoting a Ukrainian word), none is ruled
    out: the soft ``foreign_*`` features weigh them."""
    foreign = {lang: len(foreign_pattern(lang).findall(window)) for lang in langs if lang in ALPHABETS}
    clean = {script_of_language(lang) for lang, count in foreign.items() if count == 0}
    tolerance = FAST_FOREIGN_SHARE * len(window)
    return {lang for lang, n in foreign.items() if n > tolerance and script_of_language(lang) in clean}


def script_letter_shares(text: str) -> dict[str, float]:
    """Share of letters per script (regex counts: C speed on long texts)."""
    counts = {script: len(probe.findall(text)) for script, probe in _SCRIPT_PROBES.items()}
    letters = sum(map(str.isalpha, text))
    counts[OTHER] = max(0, letters - sum(counts.values()))
    return {script: n / letters for script, n in counts.items()} if letters else {}


def candidate_features(
    text: str,
    scores: dict[str, float],
    letter_tables: LetterTables,
    ngram_model: CharNgramModel,
    word_model: WordFrequencies,
    allowed: set[str] | None = None,
) -> dict[str, list[float]]:
    """One feature vector (in ``FEATURES`` order) per fastText candidate label (per ``allowed`` one
    if given: those that cannot win cost nothing). Letters and n-grams are read from the first
    ``EVIDENCE_CHARS`` only: their ratios are capped long before."""
    text = text[:EVIDENCE_CHARS]
    logs = {lang: math.log(max(p, FLOOR)) for lang, p in scores.items()}
    letters = sum(map(str.isalpha, text))
    length = math.log1p(letters)
    letter_sums = letter_tables.log_likelihoods(Counter(text.lower()))
    ngram_ll = ngram_model.log_likelihoods(text, scores)
    reference = next((lang for lang in scores if lang in ngram_ll), None)
    words = normalise(text).split()
    word_ll = word_model.log_likelihoods(words, scores if allowed is None else allowed)
    word_reference = next((lang for lang in scores if lang in word_ll), None)
    ranked = sorted(logs.values(), reverse=True) + [math.log(FLOOR)]
    features = {}
    for lang, log_p in logs.items():
        if allowed is not None and lang not in allowed:
            continue
        margin = log_p - (ranked[1] if log_p == ranked[0] else ranked[0])
        pattern = foreign_pattern(lang)
        foreign = len(pattern.findall(text)) if pattern else 0
        ngram_llr = _clip(ngram_ll[lang] - ngram_ll[reference]) if lang in ngram_ll else 0.0
        word_llr = _clip(word_ll[lang] - word_ll[word_reference]) if lang in word_ll else 0.0
        features[lang] = [
            log_p,
            margin,
            margin / (1.0 + length),
            float(foreign > 0),
            math.log1p(foreign),
            _letter_llr(lang, scores, letter_sums),
            ngram_llr,
            ngram_llr / (1.0 + letters) * 10.0,
            word_llr,
            word_llr / (1.0 + len(words)),
        ]
    return features


def _clip(value: float) -> float:
    return max(-LLR_CAP, min(LLR_CAP, value))


LETTER_FLOOR = 1e-5  # a letter one alphabet lacks is the foreign-letter feature's job, not this one's


class LetterTables:
    """Each language's letter log-frequencies relative to ``LETTER_FLOOR`` (the value a letter its
    table lacks gets), as one language × letter matrix: a text's log P(letters | language), for
    every language at once, is one matrix-vector product."""

    def __init__(self, letter_freq: dict[str, dict[str, float]]):
        self.langs = list(letter_freq)
        letters = sorted({char for table in letter_freq.values() for char in table})
        self.index = {char: j for j, char in enumerate(letters)}
        self.matrix = np.zeros((len(self.langs), len(letters)))
        for i, table in enumerate(letter_freq.values()):
            for char, freq in table.items():
                self.matrix[i, self.index[char]] = math.log(max(freq, LETTER_FLOOR) / LETTER_FLOOR)

    def log_likelihoods(self, chars: Counter) -> dict[str, float]:
        counts = np.zeros(len(self.index))
        for char, n in chars.items():
            j = self.index.get(char)
            if j is not None:
                counts[j] = n
        return dict(zip(self.langs, (self.matrix @ counts).tolist(), strict=True))


def _letter_llr(lang: str, scores: dict[str, float], sums: dict[str, float]) -> float:
    """Log-likelihood ratio of the text's letters under ``lang``'s letter frequencies against its
    strongest same-script rival's (0 when either has no table)."""
    if lang not in sums:
        return 0.0
    script = script_of_language(lang)
    rivals = (o for o in scores if o != lang and o in sums and script_of_language(o) == script)
    rival = next(rivals, None)  # scores are best first
    return 0.0 if rival is None else _clip(sums[lang] - sums[rival])


def load_calibration(path: str | Path | None = None) -> dict[str, Any]:
    """The fitted weights shipped with sloika (or a file written by ``bench/fit_langid.py``)."""
    if path is None:
        text = resources.files("sloika.lang").joinpath(CALIBRATION).read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    calibration = json.loads(text)
    if tuple(calibration["features"]) != FEATURES:
        raise InputError(
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
    blocks: list[dict[str, list[float]]],
    labels: list[str],
    bias_langs: list[str] = (),
    steps: int = 3000,
    l2: float = 1e-3,
) -> tuple[list[float], dict[str, float]]:
    """Conditional-logit weights by projected gradient descent (Adam, signs kept as ``SIGNS`` says)
    on candidate feature blocks whose true label is among the candidates (the rest cannot teach
    the ranking), plus one free bias per language in ``bias_langs``: fastText's prior over-calls
    Russian, a uniform-prior table may over-call a small language."""
    bias_langs = list(bias_langs)
    rows, truths = [], []
    for block, label in zip(blocks, labels, strict=True):
        if label in block:
            onehot = [[float(lang == b) for b in bias_langs] for lang in block]
            rows.append(np.hstack([np.array(list(block.values())), np.array(onehot).reshape(len(block), -1)]))
            truths.append(list(block).index(label))
    width = max(len(b) for b in rows)
    x = np.zeros((len(rows), width, len(FEATURES) + len(bias_langs)))
    valid = np.zeros((len(rows), width), dtype=bool)
    for i, block in enumerate(rows):
        x[i, : len(block)] = block
        valid[i, : len(block)] = True
    truth = np.array(truths)
    signs = np.array(SIGNS + (0,) * len(bias_langs))
    w = np.zeros(len(signs))
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
    weights = [round(float(value), 5) for value in w]
    return weights[: len(FEATURES)], dict(zip(bias_langs, weights[len(FEATURES) :], strict=True))


def fit_length_scale(
    blocks: list[dict[str, list[float]]],
    labels: list[str],
    letters: list[int],
    weights: list[float],
    bias: dict[str, float],
) -> tuple[float, float]:
    """(a, b) of ``length_scale`` with the least log-loss of the true label over fit rows whose
    label is a candidate (a grid: two numbers, a few hundred evaluations). The weights rank the
    candidates; the scale only says how sure each length may be, so it never changes a decision."""
    rows = [(b, label, n) for b, label, n in zip(blocks, labels, letters, strict=True) if label in b]
    width = max(len(block) for block, _, _ in rows)
    logits = np.full((len(rows), width), -np.inf)
    truth = np.zeros(len(rows), dtype=int)
    for i, (block, label, _) in enumerate(rows):
        features = np.array(list(block.values()))
        logits[i, : len(block)] = features @ np.asarray(weights) + [bias.get(lang, 0.0) for lang in block]
        truth[i] = list(block).index(label)
    logits -= logits.max(axis=1, keepdims=True)
    length = np.log1p(np.array([n for _, _, n in rows], dtype=float))
    best, best_loss = (0.0, 0.0), math.inf
    for a in np.linspace(-1.5, 1.5, 31):
        for b in np.linspace(-0.6, 0.6, 49):
            scaled = logits * np.exp(a + b * length)[:, None]
            loss = -(scaled[np.arange(len(rows)), truth] - np.log(np.exp(scaled).sum(axis=1))).mean()
            if loss < best_loss:
                best, best_loss = (round(float(a), 3), round(float(b), 4)), loss
    return best
