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
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from sloika.errors import InputError
from sloika.lang.alphabets import (
    ALPHABETS,
    cjk_writing_rules_out,
    foreign_pattern,
    script_of_language,
    telling_pattern,
)
from sloika.lang.char_ngrams import CharNgramModel, normalise, sum_by_owner
from sloika.lang.evidence_text import CYRILLIC_MAJORITY, EVIDENCE_CHARS, evidence_text
from sloika.lang.fasttext_lid import LanguageIdentifier
from sloika.lang.word_frequencies import WordFrequencies
from sloika.text.scripts import CJK, CYRILLIC, LATIN, OTHER, SCRIPTS, fold_homoglyphs, other_script_letter

CANDIDATES = 10
FLOOR = 1e-6  # fastText probabilities below this are noise; log(FLOOR) bounds the feature
RIVAL_MIN = 1e-3  # a rival below this probability does not compete
LLR_CAP = 30.0
MIN_SCRIPT_SHARE = 0.25  # a candidate's script must hold this share of the letters to win
# ... and a candidate in another script than fastText's top label most of them: letter, n-gram and
# word likelihoods of languages of two scripts measure how many letters each script has, not which
# language the text is in ("Сидит афроамериканец … F6-Enter-Tab … I like to move it, move it." was
# English at 1.00 against fastText's Russian), so in a text its scripts share, fastText's script stands
OTHER_SCRIPT_SHARE = CYRILLIC_MAJORITY
MOSTLY_CAPITALS = 0.5  # a text whose letters are more than this share capitals is case-folded
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
BATCH = 256  # full decisions made together by ``identify_many`` (memory: texts × CODE_POINTS counts)
ONE_BY_ONE = 4  # fewer full decisions than this are made one at a time (``decide_one``): cheaper
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

    def __init__(
        self,
        lang: str,
        score: float,
        candidates: dict[str, float],
        fasttext: dict[str, float],
        fast: bool = False,
    ):
        # the fields set in one call: a frozen dataclass's own ``__init__`` sets each through
        # ``object.__setattr__``, 2-3 us a guess, as much as a fast-path decision's own test
        self.__dict__.update(lang=lang, score=score, candidates=candidates, fasttext=fasttext, fast=fast)


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
        self.letter_freq: dict[str, dict[str, float]] = calibration["letter_freq"]
        self.letter_tables = LetterTables(self.letter_freq)
        self.fast_p: float = calibration["fast_p"]
        self.fast_p_long: float = calibration["fast_p_long"]
        self.fast_p_by_language: dict[str, float] = calibration.get("fast_p_by_language", {})
        self.switch_p_silent: float = calibration["switch_p_silent"]
        self.bias: dict[str, float] = calibration["bias"]
        self.switch_p: float = calibration["switch_p"]
        self.length_scale: tuple[float, float] = tuple(calibration["length_scale"])
        self.ngrams = ngram_model or CharNgramModel.load(packaged=NGRAMS)
        self.words = word_model or WordFrequencies(ALPHABETS)
        self.languages = Languages(self.letter_tables.langs, self.ngrams, self.words, self.bias)

    def identify(self, text: str, expected: dict[str, float] | None = None) -> LanguageGuess:
        """The language of ``text``. ``expected`` (from ``expected_prior``) shifts the decision's
        prior towards languages the caller expects: the biases were fitted on a uniform mix."""
        return self.identify_many([text], expected)[0]

    def identify_many(
        self, texts: Sequence[str], expected: dict[str, float] | None = None
    ) -> list[LanguageGuess]:
        """``identify`` for many texts: the same answers, with the full decisions the fast path leaves
        made together (``decide_many``), so numpy's per-call cost is paid per batch, not per text."""
        prepared = [decision_text(text) for text in texts]
        guesses: list[LanguageGuess | None] = [None] * len(texts)
        slow: list[tuple[int, dict[str, float]]] = []
        predicted = (
            self.fasttext.predict_many(prepared, k=CANDIDATES)
            if len(prepared) > 1
            else [self.fasttext.predict(text, k=CANDIDATES) for text in prepared]
        )
        for i, (text, scores) in enumerate(zip(prepared, predicted, strict=True)):
            scores = self._labels_in_its_script(text, scores)
            guesses[i] = self._fast_path(text, scores, expected)
            if guesses[i] is None:
                slow.append((i, scores))
        for start in range(0, len(slow), BATCH):
            batch = slow[start : start + BATCH]
            decided = self.decide_many([prepared[i] for i, _ in batch], [s for _, s in batch], expected)
            for (i, _), guess in zip(batch, decided, strict=True):
                guesses[i] = guess
        return guesses

    def _labels_in_its_script(self, text: str, scores: dict[str, float]) -> dict[str, float]:
        """fastText's labels of ``text``, unless its top has no letter in it (``written_in_its_script``):
        then the ``CANDIDATES`` best of all its labels that do, those of a known script first. A
        language can never be the label of a text without a letter of its script, and the decision
        lets fastText's top stand when no other candidate is allowed: a flat guess on a short English
        line, "… specify a constant …", was Kannada at 6 % (top ten: Indic, Burmese and Cyrillic
        languages). A language of unknown script has no say (``written_in_its_script``), so it
        follows: fastText's flat guess on two Han characters is English, then Catalan, and Chinese
        is the best label written in them. Unchanged when no label is written in the text's letters."""
        if not scores or written_in_its_script(text, next(iter(scores))):
            return scores
        every = self.fasttext.predict(text, k=-1)
        written = [(lang, p) for lang, p in every.items() if written_in_its_script(text, lang)]
        written.sort(key=lambda label: script_of_language(label[0]) is None)  # stable: fastText's order
        return dict(written[:CANDIDATES]) or scores

    def _fast_path(
        self, text: str, scores: dict[str, float], expected: dict[str, float] | None
    ) -> LanguageGuess | None:
        """fastText's answer when it stands without the full decision (None: it does not)."""
        if not scores:
            return LanguageGuess("und", 0.0, {}, {})
        top, p = next(iter(scores.items()))
        short_p = self.fast_p_by_language.get(top, self.fast_p)
        confident = p >= (self.fast_p_long if len(text) > EVIDENCE_CHARS else short_p)
        # an expected language among the candidates gets its say unless fastText already names one
        # or the letters rule it out (then the prior cannot move the full decision either)
        contested = (
            bool(expected)
            and top not in expected
            and any(
                scores.get(lang, 0.0) >= RIVAL_MIN and not letters_rule_out(text, lang, top)
                for lang in expected
            )
        )
        if (
            confident
            and not contested
            and written_in_its_script(text, top)
            and not writing_rules_out(text, top)
            and letters_agree(text, top, scores)
        ):  # all of it: telling letters can be rare
            return LanguageGuess(top, p, scores, scores, fast=True)
        return None

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
        return self.decide_many([text], [scores], expected)[0]

    def decide_many(
        self,
        texts: Sequence[str],
        scores: Sequence[dict[str, float]],
        expected: dict[str, float] | None = None,
    ) -> list[LanguageGuess]:
        """``decide`` for many texts: their evidence (``Windows``), candidates (``Candidates``),
        features and probabilities computed together, as arrays over all candidates of the batch.
        Fewer than ``ONE_BY_ONE`` texts are decided one at a time (``decide_one``)."""
        if len(texts) < ONE_BY_ONE:
            return [self.decide_one(text, score, expected) for text, score in zip(texts, scores, strict=True)]
        windows = Windows(texts)
        candidates = Candidates.allowed(self.languages, windows, scores, self.ngrams.labels)
        features = feature_matrix(windows, candidates, self.letter_tables, self.ngrams, self.words)
        names, text = candidates.names, candidates.text
        scale = length_scale(np.array(windows.letters, dtype=np.float64), *self.length_scale)
        prior = self.languages.vector(expected)[candidates.lang]
        if expected:
            features = tie_shared_words(features, windows, candidates, self.words, prior > 0)
        bias = candidates.bias[candidates.lang]
        probs = _softmax(
            candidate_logits(features, self.weights, bias, scale[text], prior), candidates.starts
        )
        best_first = np.lexsort((-probs, text))  # stable: ties keep the ranking's order
        langs = [names[j] for j in candidates.lang[best_first].tolist()]
        probs = probs[best_first].tolist()
        bounds = [*candidates.starts.tolist(), len(langs)]
        return [
            self._guess(window, score, dict(zip(langs[a:b], probs[a:b], strict=True)))
            for window, score, a, b in zip(texts, scores, bounds[:-1], bounds[1:], strict=True)
        ]

    def decide_one(
        self, text: str, scores: dict[str, float], expected: dict[str, float] | None = None
    ) -> LanguageGuess:
        """``decide`` of one text with Python numbers: the batch's definitions (``Windows``,
        ``Candidates``, ``feature_matrix``) for one text, without ~150 numpy calls whose fixed cost
        was most of a one-text decision. The same numbers are added in the same order as in a
        batch, so its answer equals the batch's to the last bit; ``tests/test_lid_batch_reference.py``
        holds both to an independent per-text reference."""
        evidence = TextEvidence(text, self.letter_tables.matrix)
        facts = self.languages.facts_of(chain(scores, self.ngrams.labels))
        langs, ranking = _candidates_of_one(evidence, scores, self.ngrams.labels, facts)
        rows = _features_of_one(evidence, scores, langs, ranking, facts, self.ngrams, self.words)
        if expected:
            _tie_shared_words_of_one(rows, evidence, langs, facts, self.words, expected)
        # the batch's arithmetic, so that a text gets the same bits alone as in a batch
        scale = length_scale(np.array([evidence.letters], dtype=np.float64), *self.length_scale)
        logits = candidate_logits(
            np.array(rows),
            self.weights,
            np.array([facts[lang].bias for lang in langs]),
            scale,
            np.array([(expected or {}).get(lang, 0.0) for lang in langs]),
        )
        probs = _softmax(logits, _ONE).tolist()
        decided = sorted(zip(langs, probs, strict=True), key=lambda kv: -kv[1])
        return self._guess(text, scores, dict(decided))

    def _guess(self, text: str, scores: dict[str, float], decided: dict[str, float]) -> LanguageGuess:
        """The decision's best candidate (``decided``: best first), unless it is too unsure to
        overrule fastText's top label (``switch_p``, or ``switch_p_silent`` when no letter of the
        text speaks against fastText's label). Candidates the text's CJK writing systems rule out
        (``writing_rules_out``) are dropped first, fastText's top included, and so is a best
        candidate without a word list whose words another lists (``without_wordless_winners``), then
        one whose own letters the text leaves unwritten (``without_unwritten_letters``)."""
        decided = without_wordless_winners(text, without_ruled_out_writing(text, decided, scores), self.words)
        decided = without_unwritten_letters(text, decided, self.words, self.letter_freq)
        lang, p = next(iter(decided.items()))
        top = next(iter(scores))
        if lang != top and top in decided:
            needed = self.switch_p if letters_against(text, top) else self.switch_p_silent
            if p < needed:
                lang, p = top, decided[top]
        return LanguageGuess(lang, p, decided, scores)


# the features that weigh a candidate's letters, n-grams and words against its rivals'
# A word is a language's own at this Zipf frequency (3 per million words) or above: the rarest words
# of a wordfreq list (1 per million) include the neighbours' words its web text quotes ("добре" in
# the Russian list), which are evidence, not shared words.
SHARED_WORD_ZIPF = 3.5
# a text whose words two languages share is not the best's where it lacks every letter telling the
# best from the other, though the best would have written one with a chance over 1 - this
# (``without_unwritten_letters``): Ukrainian's і ї є ґ against Russian, one letter in fourteen, from
# 19 letters on
UNWRITTEN_P = 0.25
_CONTENT = [FEATURES.index(f) for f in ("letter_llr", "ngram_llr", "ngram_rate", "word_llr", "word_rate")]


def tie_shared_words(
    features: np.ndarray,
    windows: Windows,
    candidates: Candidates,
    word_model: WordFrequencies,
    expected: np.ndarray,
) -> np.ndarray:
    """``features`` where a text tells the ``expected`` languages (a mask over the candidates: those
    the caller's prior favours) from a rival nothing: when an expected candidate and rivals of its
    script all have every letter of the text in their alphabet and every word of it in their word
    list ("Да…", "…формата", "Теория, философия | да |"), the expected one gets the best letter,
    n-gram and word evidence among them, and the prior decides (``expected_prior``: a Russian corpus
    keeps the line). How often Bulgarian writes "да" in running text is no evidence that a chat line
    saying "Да…" is Bulgarian, and tables counted on a few hundred sentences make a shared word's
    n-grams look like strong evidence. One word a list lacks or one letter an alphabet lacks is
    evidence, and there is no tie; so sentences almost never tie (none of Lingua's held-out uk, be,
    bg, mk or sr sentences does). Without a prior the fitted decision stands: on a uniform mix the
    frequencies of shared words do tell languages apart (Lingua word pairs: ru precision 0.92, with
    a tie 0.88)."""
    text, lang = candidates.text, candidates.lang
    row, column = candidates.alphabet_row[lang], candidates.word[lang]
    words = np.fromiter(map(len, windows.words), dtype=np.int64, count=len(windows))
    able = (row >= 0) & (column >= 0) & (words[text] > 0)
    if not np.any(able & expected):
        return features
    listed = word_model.listed_matrix(windows.words, candidates.langs(), SHARED_WORD_ZIPF)
    foreign = windows.foreign[text, np.maximum(row, 0)]
    sharing = np.flatnonzero(able & (foreign == 0) & (listed[text, np.maximum(column, 0)] == words[text]))
    groups, member, size = np.unique(
        text[sharing] * len(SCRIPTS) + candidates.alphabet_script[lang[sharing]],
        return_inverse=True,
        return_counts=True,
    )
    lifted = (size[member] > 1) & expected[sharing]
    if not np.any(lifted):
        return features
    best = np.full((len(groups), len(_CONTENT)), -np.inf)
    np.maximum.at(best, member, features[np.ix_(sharing, _CONTENT)])
    features[np.ix_(sharing[lifted], _CONTENT)] = best[member[lifted]]
    return features


def candidate_logits(
    features: np.ndarray,
    weights: Sequence[float],
    bias: np.ndarray,
    scale: np.ndarray | float,
    prior: np.ndarray,
) -> np.ndarray:
    """The conditional logit of each candidate (rows of ``features``): ``scale`` × (weights ·
    features + its language's bias) + the caller's prior log-odds."""
    logits = (features * np.asarray(weights)).sum(axis=1) + bias  # per row: the same bits in any batch
    logits *= scale
    return logits + prior


def _softmax(logits: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Softmax of each text's candidates (a text's rows begin at its ``starts``)."""
    owner = np.repeat(np.arange(len(starts)), np.diff([*starts.tolist(), len(logits)]))
    exp = np.exp(logits - np.maximum.reduceat(logits, starts)[owner])
    return exp / np.add.reduceat(exp, starts)[owner]


def candidate_probabilities(
    features: dict[str, list[float]],
    weights: list[float],
    bias: dict[str, float],
    scale: float = 1.0,
    prior: dict[str, float] | None = None,
) -> dict[str, float]:
    """The conditional logit of one text's candidates (``candidate_features``): softmax over
    candidates of ``candidate_logits``, best first."""
    langs = list(features)
    logits = candidate_logits(
        np.array(list(features.values())),
        weights,
        np.array([bias.get(lang, 0.0) for lang in langs]),
        scale,
        np.array([(prior or {}).get(lang, 0.0) for lang in langs]),
    )
    probs = _softmax(logits, np.zeros(1, dtype=np.int64)).tolist()
    return dict(sorted(zip(langs, probs, strict=True), key=lambda kv: -kv[1]))


def length_scale(letters: float | np.ndarray, intercept: float, slope: float) -> float | np.ndarray:
    """How sharp the posterior is for a text of this many letters (in its evidence window):
    exp(a + b·log(1 + letters)), fitted (``fit_length_scale``) so that a probability means the same
    for a word, a pair and a sentence. A 0.65 threshold then keeps what is right 65% of the time at
    any length."""
    return np.exp(intercept + slope * np.log1p(letters))


def decision_text(text: str) -> str:
    """What the decision reads of ``text``: ``evidence_text``, its homoglyphs folded
    (``fold_evidence_window``), its Latin names blanked (``without_latin_names``), then lower-cased
    if it is mostly capitals (``case_folded_if_capitals``). The middle two need a basic Latin letter
    and a Cyrillic one in the evidence window: most texts lack one of them and are searched for each
    once, not once per function."""
    text = evidence_text(text)
    if not (
        _BASIC_LATIN.search(text, 0, EVIDENCE_CHARS)
        and _SCRIPT_PROBES[CYRILLIC].search(text, 0, EVIDENCE_CHARS)
    ):
        return case_folded_if_capitals(text)
    return case_folded_if_capitals(without_latin_names(fold_evidence_window(text)))


def case_folded_if_capitals(text: str) -> str:
    """``text`` lower-cased when most of its letters are capitals (more than ``MOSTLY_CAPITALS``),
    else ``text``. fastText's lid.176 learnt ordinary-case text, and capitals skew it: "A CIDADE ESTÁ
    CHEIA DE GENTE" is German 0.30 to it (the decision: Spanish 0.97), lower-cased Portuguese 0.95;
    "WARNING: DO NOT OPEN THE DOOR" is Dutch 0.37, lower-cased English 0.92. Keeping each sentence's
    first capital measured the same (within 0.01), so all is folded. Every decision (a document, a
    sentence, a paragraph) reads its text through here, so they agree. A text of ordinary case (a
    German noun's capital, an acronym, "NBA" in a Hebrew sentence) is read as written."""
    upper = sum(map(str.isupper, text))
    if not upper or upper <= MOSTLY_CAPITALS * sum(map(str.isalpha, text)):
        return text
    return text.lower()


def without_latin_names(text: str) -> str:
    """A mostly Cyrillic text (``CYRILLIC_MAJORITY`` of its evidence window's letters) with its Latin
    runs blanked: "Продам пылесосы на базе Pentium II." is Russian, but its brand names pull
    fastText's short-text guess towards Belarusian. Which Cyrillic language a text is in is told by
    its Cyrillic words; the Latin ones are judged by the purity analysis, not here."""
    window = text[:EVIDENCE_CHARS]
    if not (_BASIC_LATIN.search(window) and _SCRIPT_PROBES[CYRILLIC].search(window)):
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


def written_in_its_script(text: str, lang: str) -> bool:
    """Whether ``text`` holds a letter of ``lang``'s script (True where the script is not known): a
    language none of whose letters the text holds cannot be its language, however sure fastText is
    ("помилка «wait»", its Latin name blanked, is French at 0.86 to fastText). Such a text takes the
    full decision, which weighs the candidates its letters are written in. Searched in all of ``text``,
    as fastText reads it; the first letter usually answers (a few hundred ns on the fast path)."""
    probe = _script_probe(lang)
    return probe is None or probe.search(text) is not None


@cache
def _script_probe(lang: str) -> re.Pattern[str] | None:
    script = script_of_language(lang)
    return other_script_letter() if script == OTHER else _SCRIPT_PROBES.get(script)


def writing_rules_out(text: str, lang: str) -> bool:
    """Whether ``text``'s CJK writing systems rule ``lang`` out (``cjk_writing_rules_out``: Han
    characters without a kana are not Japanese)."""
    return cjk_writing_rules_out(text, lang)


def without_ruled_out_writing(
    text: str, decided: dict[str, float], scores: dict[str, float]
) -> dict[str, float]:
    """``decided`` with the candidates ``writing_rules_out`` drops handing their probability to the
    languages of their script the rule leaves (fastText's labels, in proportion to fastText's
    probabilities), best first. The rule tells which CJK language a text is in, not whether it is
    one: "参见 systemd-resolved(8)、resolved.conf(5)" that the decision called Japanese is Chinese,
    not English. Unchanged when no language of that script is left (the rule cannot say which)."""
    ruled = [lang for lang in decided if writing_rules_out(text, lang)]
    if not ruled:
        return decided
    scripts = {script_of_language(lang) for lang in ruled}
    heirs = {
        lang: scores.get(lang, 0.0)
        for lang in chain(decided, scores)
        if lang not in ruled
        and script_of_language(lang) in scripts
        and written_in_its_script(text, lang)
        and not writing_rules_out(text, lang)
    }
    weight = sum(heirs.values())
    if not heirs or weight <= 0:
        return decided
    mass = sum(decided[lang] for lang in ruled)
    merged = {lang: p for lang, p in decided.items() if lang not in ruled}
    for lang, share in heirs.items():
        merged[lang] = merged.get(lang, 0.0) + mass * share / weight
    return dict(sorted(merged.items(), key=lambda kv: -kv[1]))


def without_wordless_winners(
    text: str, decided: dict[str, float], words: WordFrequencies
) -> dict[str, float]:
    """``decided`` without its best candidates while the best has no word list (``WordFrequencies.knows``:
    Belarusian, Kazakh, Mongolian) and a candidate of its script that has one lists every word of
    the text (its evidence window, at ``SHARED_WORD_ZIPF`` or above), the text holding no letter that
    tells the best from that one (``telling_pattern``: ``ө``/``ү`` for Mongolian against Russian).
    The words are then that language's, and nothing in the text speaks for the best but its fitted
    bias and a few n-grams: "Тайм-код 1 Тайм-код 2" was Mongolian at 0.34 (fastText: Bulgarian,
    Ukrainian, Russian), "Хорошо, давай" Mongolian at 0.54 (fastText: Russian at 0.87), "Кадр 1 Кадр
    2" Belarusian. A short text of the best's own words ("Би монгол хэлээр ярьдаг.": "хэлээр" is in
    no list) keeps it. The dropped probability goes to the rest in proportion."""
    window: list[str] | None = None  # normalised only where a best without a list asks for it
    while len(decided) > 1:
        best = next(iter(decided))
        if words.knows(best):
            return decided
        window = normalise(text[:EVIDENCE_CHARS]).split() if window is None else window
        if not window or not _listed_elsewhere(text, window, best, decided, words):
            return decided
        rest = {lang: p for lang, p in decided.items() if lang != best}
        total = sum(rest.values())
        decided = {lang: p / total for lang, p in rest.items()} if total > 0 else rest
    return decided


def _listed_elsewhere(
    text: str, window: list[str], best: str, decided: dict[str, float], words: WordFrequencies
) -> bool:
    """Whether a candidate of ``best``'s script with a word list lists all of the ``window``'s words
    as its own (``SHARED_WORD_ZIPF``) and no letter of ``text`` tells ``best`` from it."""
    script = script_of_language(best)
    for lang in decided:
        if lang == best or not words.knows(lang) or script_of_language(lang) != script:
            continue
        telling = telling_pattern(best, lang)
        if telling is not None and telling.search(text, 0, EVIDENCE_CHARS):
            continue
        if words.listed_matrix([window], [[lang]], SHARED_WORD_ZIPF)[0][words.column(lang)] == len(window):
            return True
    return False


def without_unwritten_letters(
    text: str, decided: dict[str, float], words: WordFrequencies, letter_freq: dict[str, dict[str, float]]
) -> dict[str, float]:
    """``decided`` without its best where a candidate of its script lists every word of the text as
    the best's list does (``_listed_elsewhere``: the words tie) and the text holds none of the letters
    that tell the best from it, though the best writes them so often (``letter_freq``) that a text of
    its many letters would lack them all with a chance under ``UNWRITTEN_P``. The fitted features
    weigh the letters a text holds, not those it leaves out, so on a tie of shared words a few n-grams
    decided: "Тайм-код 1 Тайм-код 2 Тайм-код 3" was Ukrainian at 0.37, though Ukrainian writes і, ї,
    є or ґ in one letter in fourteen and 21 letters hold none. The dropped probability goes to the rest
    in proportion, as ``without_wordless_winners`` hands it on."""
    best = next(iter(decided), None)
    if best is None or best not in letter_freq or not words.knows(best):
        return decided
    window = normalise(text[:EVIDENCE_CHARS]).split()
    letters = sum(char in letter_freq[best] for char in text[:EVIDENCE_CHARS].lower())
    for rival in decided:
        unwritten = _unwritten_chance(best, rival, letters, letter_freq)
        if unwritten < UNWRITTEN_P and _listed_elsewhere(text, window, best, {best: 0.0, rival: 0.0}, words):
            rest = {lang: p for lang, p in decided.items() if lang != best}
            total = sum(rest.values())
            return {lang: p / total for lang, p in rest.items()} if total > 0 else rest
    return decided


def _unwritten_chance(best: str, rival: str, letters: int, letter_freq: dict[str, dict[str, float]]) -> float:
    """The chance that ``letters`` letters of ``best`` hold none of the letters ``rival``'s alphabet
    lacks (by ``best``'s letter shares); 1.0 where ``rival`` is ``best`` or has all of them."""
    if rival == best or rival not in ALPHABETS:
        return 1.0
    telling = set(ALPHABETS[best]) - set(ALPHABETS[rival])
    share = sum(letter_freq[best].get(char, 0.0) for char in telling)
    return (1.0 - share) ** letters


def letters_against(text: str, lang: str) -> bool:
    """Positive alphabet evidence against ``lang``: its evidence window holds a letter of ``lang``'s
    script that ``lang``'s alphabet lacks. Without one ("На грани истерики." has no letter that
    tells Russian from Bulgarian) only a surer decision (``switch_p_silent``) overrules fastText."""
    pattern = foreign_pattern(lang)
    return pattern is not None and pattern.search(text, 0, EVIDENCE_CHARS) is not None


def letters_rule_out(text: str, lang: str, top: str) -> bool:
    """Whether the full decision surely rules ``lang`` out of ``text`` (``ruled_out``): more letters
    its alphabet lacks than ``FAST_FOREIGN_SHARE`` of the evidence window allows, names left out,
    while fastText's ``top``, of the same script, lacks none of them. A prior on ``lang`` then moves
    nothing: "Їжак…" is not Russian however Russian the corpus, and the decision without the prior
    is the decision with it (``tests/test_calibrated_lid.py`` holds them equal). A regex count on
    the window equals the decision's count on its ``normalise``d letters: both alphabets' scripts
    lie below ``CODE_POINTS`` and ``foreign_pattern`` matches either case."""
    foreign, top_foreign = foreign_pattern(lang), foreign_pattern(top)
    if foreign is None or top_foreign is None or _ALPHABET_SCRIPTS[lang] != _ALPHABET_SCRIPTS[top]:
        return False
    window = text[:EVIDENCE_CHARS]
    tolerance = FAST_FOREIGN_SHARE * len(window)
    count = len(foreign.findall(window))
    if count <= tolerance or top_foreign.search(window):
        return False
    names = names_in(window)
    return not names or count - len(foreign.findall(" ".join(names))) > tolerance


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


_ALPHABET_SCRIPTS = {lang: script_of_language(lang) for lang in ALPHABETS}
_ALPHABET_ROWS = {lang: i for i, lang in enumerate(ALPHABETS)}
_SCRIPT_COLUMNS = {script: s for s, script in enumerate(SCRIPTS)}
CODE_POINTS = 0x530  # every letter of every alphabet in alphabets.py lies below U+0530
_EXTRA = 1000  # ranking key of a language fastText did not list: after all it did


@cache
def _foreign_matrix() -> np.ndarray:
    """Per language with an alphabet (``ALPHABETS`` order), 1 at every code point below
    ``CODE_POINTS`` that ``foreign_pattern`` matches: a window's foreign letters for every
    language in one product."""
    matrix = np.zeros((len(ALPHABETS), CODE_POINTS))
    for i, lang in enumerate(ALPHABETS):
        pattern = foreign_pattern(lang)
        matrix[i] = [pattern.fullmatch(chr(code)) is not None for code in range(CODE_POINTS)]
    return matrix


class Windows:
    """The evidence windows of many texts, read together: each normalised once
    (``char_ngrams.normalise``) with its words, letter count and script shares, and the letters of
    all of them counted per code point below ``CODE_POINTS`` in one numpy pass, from which letter
    likelihoods and foreign letters of every language follow (``letter_sums``; ``foreign`` and
    ``ruling``: texts × ``ALPHABETS``). ``windows[i]`` is one text's ``Window``."""

    def __init__(self, texts: Sequence[str]):
        self.texts = [text[:EVIDENCE_CHARS] for text in texts]
        self.norms = [normalise(text) for text in self.texts]
        self.words = [norm.split() for norm in self.norms]
        letters, self.script_shares = _letters_and_shares(self.texts)
        self.letters = letters.tolist()
        self.owner, self.code_points, self.counts = _letter_counts(self.norms)
        self.foreign = self._foreign(self.owner, self.code_points, self.counts, len(self.texts))
        # what may rule a language out (``ruled_out``): the same count without the names' letters,
        # read only in texts where some alphabet lacks more letters than ``FAST_FOREIGN_SHARE``
        # allows (ruling <= foreign: in the others nothing is ruled out whatever the names hold)
        lengths = np.fromiter(map(len, self.texts), dtype=np.float64, count=len(self.texts))
        suspect = np.any(self.foreign > FAST_FOREIGN_SHARE * lengths[:, None], axis=1)
        names = {i: " ".join(names_in(self.texts[i])) for i in np.flatnonzero(suspect).tolist()}
        named = [i for i, found in names.items() if found]
        self.ruling = self.foreign
        if named:
            self.ruling = self.foreign.copy()
            in_names = _letter_counts([normalise(names[i]) for i in named])
            self.ruling[named] -= self._foreign(*in_names, len(named))

    @staticmethod
    def _foreign(owner: np.ndarray, code_points: np.ndarray, counts: np.ndarray, n: int) -> np.ndarray:
        return np.rint(sum_by_owner(_foreign_matrix(), code_points, owner, n, counts)).astype(np.int64)

    def letter_sums(self, matrix: np.ndarray) -> np.ndarray:
        """texts × rows of ``matrix`` (rows × ``CODE_POINTS``): each text's letters weighted by it."""
        return sum_by_owner(matrix, self.code_points, self.owner, len(self.texts), self.counts)

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i: int) -> Window:
        return Window(self, i)


@dataclass(frozen=True)
class Window:
    """One text of ``Windows``."""

    windows: Windows
    i: int

    @property
    def text(self) -> str:
        return self.windows.texts[self.i]

    def foreign(self, lang: str) -> int:
        """Letters of ``lang``'s script that its alphabet lacks (0 for a language without one)."""
        row = _ALPHABET_ROWS.get(lang)
        return 0 if row is None else int(self.windows.foreign[self.i, row])


def _code_points(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The code points of ``texts`` end to end, and which text each belongs to."""
    codes = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return codes, np.repeat(np.arange(len(texts)), [len(text) for text in texts])


@cache
def _plane_tables() -> tuple[np.ndarray, np.ndarray]:
    """For every code point of the basic plane: ``str.isalpha``, and its column in ``SCRIPTS`` as
    ``_SCRIPT_PROBES`` count it (``OTHER`` where no probe matches)."""
    plane = "".join(map(chr, range(0x10000)))
    alpha = np.fromiter(map(str.isalpha, plane), dtype=bool, count=0x10000)
    script = np.full(0x10000, _SCRIPT_COLUMNS[OTHER], dtype=np.int64)
    for name, probe in _SCRIPT_PROBES.items():
        script[[m.start() for m in probe.finditer(plane)]] = _SCRIPT_COLUMNS[name]
    return alpha, script


def _letters_and_shares(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """``script_letter_shares`` of many texts (texts × ``SCRIPTS``) and their letter counts, from
    per-code-point tables instead of four regex scans and a Python ``isalpha`` per character."""
    alpha_table, script_table = _plane_tables()
    codes, owner = _code_points(texts)
    basic = codes < 0x10000
    alpha = np.zeros(len(codes), dtype=bool)
    alpha[basic] = alpha_table[codes[basic]]
    alpha[~basic] = [chr(code).isalpha() for code in codes[~basic].tolist()]  # no probe matches there
    script = np.where(basic, script_table[np.where(basic, codes, 0)], _SCRIPT_COLUMNS[OTHER])
    n = len(texts)
    letters = np.bincount(owner[alpha], minlength=n)
    counts = np.bincount(owner * len(SCRIPTS) + script, minlength=n * len(SCRIPTS)).reshape(n, len(SCRIPTS))
    other = _SCRIPT_COLUMNS[OTHER]
    probed = counts.sum(axis=1) - counts[:, other]
    counts[:, other] = np.maximum(0, letters - probed)  # letters no probe knows
    shares = np.divide(counts, letters[:, None], out=np.zeros(counts.shape), where=letters[:, None] > 0)
    return letters, shares


def _letter_counts(norms: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(text, code point, count) of every letter below ``CODE_POINTS`` in ``normalise``d texts."""
    codes, owner = _code_points(norms)
    letters = (codes < CODE_POINTS) & (codes != 32)
    present, counts = np.unique(owner[letters] * CODE_POINTS + codes[letters], return_counts=True)
    return present // CODE_POINTS, present % CODE_POINTS, counts.astype(np.float64)


# a word after a letter (and a comma, colon, quote, space): capitalised, it does not open a sentence
_NAME = re.compile(r"(?<=[^\W\d_])([,;:»\"')]?\s+[«\"(]?)([^\W\d_][^\W\d_-]*)")


def names_in(text: str) -> list[str]:
    """The names of ``text``: capitalised words after a letter and a space or comma ("… pogon u
    Schwäbisch Gmündu.", "… приехали в Київ"). A name keeps the spelling of its own language, so
    its letters are no evidence against the text's (``ruled_out``); a text's first word ("Ђаци су
    дошли.") and a sentence's after a full stop are not names."""
    if text[1:].islower():  # no capital after the first letter: no name (most sentences)
        return []
    return [name for _, name in _NAME.findall(text) if name[0].isupper()]


def script_letter_shares(text: str) -> dict[str, float]:
    """Share of letters per script (regex counts: C speed on long texts)."""
    letters, counts = _script_counts(text)
    return {script: n / letters for script, n in zip(SCRIPTS, counts, strict=True)} if letters else {}


def _script_counts(text: str) -> tuple[int, list[int]]:
    """The letters of ``text``, and how many characters each script's probe finds (``SCRIPTS``
    order; ``OTHER``: the letters no probe finds)."""
    counts = [len(_SCRIPT_PROBES[script].findall(text)) for script in SCRIPTS if script != OTHER]
    letters = sum(map(str.isalpha, text))
    return letters, [*counts, max(0, letters - sum(counts))]


@cache
def _language(lang: str) -> tuple[int, int, int]:
    """(row in ``ALPHABETS`` or -1, column in ``SCRIPTS`` of its alphabet or -1, column in
    ``SCRIPTS`` of the script it is written in or -1)."""
    alphabet = _ALPHABET_SCRIPTS.get(lang)
    return (
        _ALPHABET_ROWS.get(lang, -1),
        -1 if alphabet is None else _SCRIPT_COLUMNS[alphabet],
        _SCRIPT_COLUMNS.get(script_of_language(lang), -1),
    )


class Languages:
    """Every language a decision has met (``add``), in the order met, with what is known about each
    as arrays: its ``_language`` facts, its bias, and its column in each evidence table (-1: none).
    A batch's candidates index these instead of looking every name up again per batch."""

    def __init__(
        self,
        letter_langs: Sequence[str] = (),
        ngram_model: CharNgramModel | None = None,
        word_model: WordFrequencies | None = None,
        bias: dict[str, float] | None = None,
    ):
        self.letter_column = {lang: j for j, lang in enumerate(letter_langs)}
        self.ngram_model, self.word_model, self.bias_of = ngram_model, word_model, bias or {}
        self.names: list[str] = []
        self.index: dict[str, int] = {}
        self._arrays()

    def add(self, langs: Iterable[str]) -> None:
        new = [lang for lang in dict.fromkeys(langs) if lang not in self.index]
        if new:
            for lang in new:
                self.index[lang] = len(self.names)
                self.names.append(lang)
            self._arrays()

    def _arrays(self) -> None:
        facts = np.array([_language(lang) for lang in self.names], dtype=np.int64).reshape(len(self.names), 3)
        self.alphabet_row, self.alphabet_script, self.script = facts.T
        self.letter = self._columns(self.letter_column.get)
        self.ngram = self._columns(self.ngram_model.column if self.ngram_model else _no_column)
        self.word = self._columns(self.word_model.column if self.word_model else _no_column)
        self.bias = np.array([self.bias_of.get(lang, 0.0) for lang in self.names])
        # scripts in which a language has a letter table (a letter rival is looked for there only)
        self.letter_scripts = sorted(set(self.script[self.letter >= 0].tolist()) - {-1})
        columns = [
            column.tolist()
            for column in (self.alphabet_row, self.alphabet_script, self.script, self.letter, self.ngram)
        ]
        columns += [self.word.tolist(), self.bias.tolist()]
        self.facts = {name: Facts(*(column[j] for column in columns)) for j, name in enumerate(self.names)}

    def facts_of(self, langs: Iterable[str]) -> dict[str, Facts]:
        """``add`` ``langs``; the facts of every language met, by name, as Python numbers (what
        the one-text decision reads: numpy's per-element access costs more than a tuple's)."""
        self.add(langs)
        return self.facts

    def _columns(self, column: Callable[[str], int | None]) -> np.ndarray:
        return np.array([-1 if (j := column(lang)) is None else j for lang in self.names], dtype=np.int64)

    def vector(self, values: dict[str, float] | None) -> np.ndarray:
        """``values`` per language (0 for the rest), over ``names``."""
        vector = np.zeros(len(self.names))
        for lang, value in (values or {}).items():
            if lang in self.index:
                vector[self.index[lang]] = value
        return vector


def _no_column(lang: str) -> None:
    return None


class Facts(NamedTuple):
    """One language in ``Languages``: -1 where it has none."""

    alphabet_row: int
    alphabet_script: int
    script: int
    letter: int
    ngram: int
    word: int
    bias: float


class Candidates:
    """The candidates of a batch of texts as flat arrays, text by text in the ranking's order
    (fastText's labels in its order, then the languages that joined): ``text`` and ``lang`` (an
    index into ``names``), ``starts`` (each text's first). Every feature and probability of a batch
    is then a fixed number of numpy calls, not a Python loop per text and candidate.

    Per text and language (texts × ``names``): ``order``, the place in the text's ranking (inf: not
    in it); ``prob``, fastText's probability (0: not listed); ``mask``, which are candidates.
    ``listed_*``: fastText's labels, flat."""

    def __init__(self, languages: Languages, scores: Sequence[dict[str, float]], known: Iterable[str] = ()):
        languages.add(chain(chain.from_iterable(scores), known))
        self.languages, self.names, self.index = languages, languages.names, languages.index
        n, u = len(scores), len(self.names)
        listed = np.fromiter(map(len, scores), dtype=np.int64, count=n)
        first = np.cumsum(listed) - listed
        total = int(listed.sum())
        self.listed_text = np.repeat(np.arange(n), listed)
        self.listed_lang = np.fromiter(
            map(self.index.__getitem__, chain.from_iterable(scores)), np.int64, total
        )
        self.listed_prob = np.fromiter(chain.from_iterable(map(dict.values, scores)), np.float64, total)
        self.listed_rank = np.arange(total) - np.repeat(first, listed)
        self.order = np.full((n, u), np.inf)
        self.order[self.listed_text, self.listed_lang] = self.listed_rank
        self.prob = np.zeros((n, u))
        self.prob[self.listed_text, self.listed_lang] = self.listed_prob
        self.top = self.listed_lang[first]
        # the registry's facts as they are now (a later batch may add languages: new arrays)
        self.alphabet_row, self.alphabet_script = languages.alphabet_row, languages.alphabet_script
        self.script, self.letter, self.letter_scripts = (
            languages.script,
            languages.letter,
            languages.letter_scripts,
        )
        self.ngram, self.word, self.bias = languages.ngram, languages.word, languages.bias
        self.choose(np.isfinite(self.order), self.order)

    def choose(self, mask: np.ndarray, extra_order: np.ndarray) -> None:
        """Make ``mask`` (texts × ``names``) the candidates; a language fastText did not list takes
        its place in the ranking from ``extra_order``, after fastText's labels."""
        self.mask = mask
        self.order = np.where(mask & np.isinf(self.order), extra_order, self.order)  # listed: as listed
        text, lang = np.nonzero(mask)
        ranked = np.lexsort((self.order[text, lang], text))
        self.text, self.lang = text[ranked], lang[ranked]
        counts = np.bincount(self.text, minlength=mask.shape[0])
        self.starts = np.cumsum(counts) - counts

    @classmethod
    def allowed(
        cls, languages: Languages, windows: Windows, scores: Sequence[dict[str, float]], known: Sequence[str]
    ) -> Candidates:
        """The candidates that may win (``allowed_candidates``) of every text of ``windows`` at once."""
        self = cls(languages, scores, known)
        n, u = self.mask.shape
        top_script = self.script[self.top][:, None]
        other_script = (top_script >= 0) & (self.alphabet_script != top_script)
        written = (self.alphabet_script >= 0) & (
            windows.script_shares[:, np.maximum(self.alphabet_script, 0)]
            >= np.where(other_script, OTHER_SCRIPT_SHARE, MIN_SCRIPT_SHARE)
        )
        top = np.zeros_like(self.mask)
        top[np.arange(n), self.top] = True
        allowed = self.mask & (top | written)
        joining = np.zeros(u, dtype=bool)
        joining[[self.index[lang] for lang in known]] = True
        extra = joining & ~self.mask & written & (self.alphabet_script == self.script[self.top][:, None])
        ruling = np.where(self.alphabet_row >= 0, windows.ruling[:, np.maximum(self.alphabet_row, 0)], 0)
        tolerance = FAST_FOREIGN_SHARE * np.fromiter(map(len, windows.texts), dtype=np.float64, count=n)
        out = _ruled_out(allowed, ruling, tolerance, self.alphabet_script)
        out |= _ruled_out(allowed | extra, ruling, tolerance, self.alphabet_script) & extra
        place = np.full(u, np.inf)
        place[[self.index[lang] for lang in known]] = _EXTRA + np.arange(len(known))
        self.choose((allowed | extra) & ~out, np.broadcast_to(place, (n, u)))
        return self

    @classmethod
    def given(
        cls, languages: Languages, scores: Sequence[dict[str, float]], langs: Sequence[Sequence[str]]
    ) -> Candidates:
        """Each text's ``langs`` as its candidates (those fastText did not list rank in their order)."""
        self = cls(languages, scores, [lang for chosen in langs for lang in chosen])
        mask = np.zeros_like(self.mask)
        place = np.full(mask.shape, np.inf)
        for i, chosen in enumerate(langs):
            for k, lang in enumerate(chosen):
                mask[i, self.index[lang]] = True
                place[i, self.index[lang]] = _EXTRA + k
        self.choose(mask, place)
        return self

    def langs(self) -> list[list[str]]:
        """Each text's candidates, in ranking order."""
        names = [self.names[j] for j in self.lang.tolist()]
        bounds = [*self.starts.tolist(), len(names)]
        return [names[bounds[i] : bounds[i + 1]] for i in range(len(self.starts))]


def _ruled_out(
    mask: np.ndarray, ruling: np.ndarray, tolerance: np.ndarray, alphabet_script: np.ndarray
) -> np.ndarray:
    """``ruled_out`` of every text (texts × languages): of the languages in ``mask`` with an
    alphabet, those with more ``ruling`` letters than ``tolerance`` while one of the same script
    has none."""
    listed = mask & (alphabet_script >= 0)
    in_script = alphabet_script[:, None] == np.arange(len(SCRIPTS))  # languages × scripts
    clean = ((listed & (ruling == 0)).astype(np.float64) @ in_script) > 0  # texts × scripts
    return listed & (ruling > tolerance[:, None]) & clean[:, np.maximum(alphabet_script, 0)]


def allowed_candidates(window: Window, scores: dict[str, float], known: Sequence[str] = ()) -> list[str]:
    """The candidates that may win, fastText's order first: fastText's top, and languages we have
    evidence about (an alphabet, or n-gram tables: ``known``, even where fastText's top-k left them
    out) written in a script that holds at least ``MIN_SCRIPT_SHARE`` of the window's letters
    (``OTHER_SCRIPT_SHARE`` when it is not the script of fastText's top). Where
    we know nothing, fastText's answer stands. Then the hard evidence: a candidate whose alphabet
    lacks a letter of the window is out when a same-script candidate's alphabet has them all
    (``ruled_out``), fastText's top included.

    ``known`` matters for short texts: lid.176's top ten for "Хариулах bidnees byy ai." holds
    Tajik, Bashkir and Uzbek but not Mongolian, so no evidence about Mongolian could be weighed.
    Such a language joins only in the script of fastText's top (which Cyrillic language, not which
    script: Latin words in a Hebrew sentence do not make it Bosnian), and cannot rule out a language
    fastText listed. ``Candidates.allowed`` decides this for a whole batch."""
    return Candidates.allowed(Languages(), Windows([window.text]), [scores], list(known)).langs()[0]


def ruled_out(window: Window, langs: Iterable[str]) -> set[str]:
    """Languages a letter rules out: more letters their alphabet lacks than ``FAST_FOREIGN_SHARE``
    of the window allows (one letter in a text under 200 characters: "Мал клоп, да вонюч." is not
    Macedonian, which has no ``ю``), while another candidate of the same script has every letter.
    When no candidate explains all letters (a Russian text quoting a Ukrainian word), none is ruled
    out: the soft ``foreign_*`` features weigh them. Names (``names_in``) do not count."""
    langs = list(langs)
    props = np.array([_language(lang) for lang in langs], dtype=np.int64).reshape(len(langs), 3)
    rows, scripts = props[:, 0], props[:, 1]
    ruling = np.where(rows >= 0, window.windows.ruling[window.i, np.maximum(rows, 0)], 0)[None, :]
    tolerance = np.array([FAST_FOREIGN_SHARE * len(window.text)])
    out = _ruled_out(np.ones_like(ruling, dtype=bool), ruling, tolerance, scripts)[0]
    return {lang for lang, gone in zip(langs, out, strict=True) if gone}


def _first(order: np.ndarray, eligible: np.ndarray) -> np.ndarray:
    """Per text, the column of the best-ranked ``eligible`` language (-1: none is in the ranking)."""
    ranked = np.where(eligible, order, np.inf)
    best = ranked.argmin(axis=1)
    return np.where(np.isfinite(ranked[np.arange(len(order)), best]), best, -1)


def candidate_features(
    windows: Windows,
    scores: Sequence[dict[str, float]],
    letter_tables: LetterTables,
    ngram_model: CharNgramModel,
    word_model: WordFrequencies,
    allowed: Sequence[Sequence[str]] | None = None,
) -> list[dict[str, list[float]]]:
    """Per text of ``windows``, one feature vector (in ``FEATURES`` order) per candidate: its
    fastText labels ``scores``, or its ``allowed`` (``allowed_candidates``). The decision itself
    uses ``feature_matrix`` on ``Candidates``; this is its per-text view, for fitting."""
    languages = Languages(letter_tables.langs, ngram_model, word_model)
    candidates = Candidates.given(
        languages, scores, allowed if allowed is not None else [list(s) for s in scores]
    )
    matrix = feature_matrix(windows, candidates, letter_tables, ngram_model, word_model).tolist()
    bounds = [*candidates.starts.tolist(), len(matrix)]
    return [
        dict(zip(langs, matrix[bounds[i] : bounds[i + 1]], strict=True))
        for i, langs in enumerate(candidates.langs())
    ]


def feature_matrix(
    windows: Windows,
    candidates: Candidates,
    letter_tables: LetterTables,
    ngram_model: CharNgramModel,
    word_model: WordFrequencies,
) -> np.ndarray:
    """One row (``FEATURES``) per candidate of ``candidates`` (cost nothing: those that cannot win
    are not candidates; a language fastText left out has its ``FLOOR`` probability):

    * ``log_p``, and ``margin``: over the best other fastText label (the runner-up for the best);
    * ``foreign_*``: letters of its script its alphabet lacks;
    * ``letter_llr``: its letter log-likelihood against its best-ranked same-script rival's;
    * ``ngram_llr``: its n-gram log-likelihood against the best-ranked language with a table;
    * ``word_llr``: its word-list score against the best-ranked candidate with a list;

    likelihood ratios capped at ``LLR_CAP``, ``*_rate`` per letter or word. Letters and n-grams are
    read from the evidence window only: their ratios are capped long before."""
    text, lang, order = candidates.text, candidates.lang, candidates.order
    if not len(text):
        return np.zeros((0, len(FEATURES)))
    letters = np.array(windows.letters, dtype=np.float64)
    words = np.fromiter(map(len, windows.words), dtype=np.float64, count=len(windows))

    log_p = np.log(np.maximum(candidates.prob[text, lang], FLOOR))
    ranked = np.full((len(windows), CANDIDATES + 1), math.log(FLOOR))  # each text's labels, log(FLOOR) after
    ranked[candidates.listed_text, candidates.listed_rank] = np.log(np.maximum(candidates.listed_prob, FLOOR))
    ranked = -np.sort(-ranked, axis=1)
    best, second = ranked[text, 0], ranked[text, 1]
    margin = log_p - np.where(log_p == best, second, best)

    row = candidates.alphabet_row[lang]
    foreign = np.where(row >= 0, windows.foreign[text, np.maximum(row, 0)], 0).astype(np.float64)

    has_letters, script = candidates.letter, candidates.script  # a rival: any language with a letter table
    sums = windows.letter_sums(letter_tables.matrix)
    first = np.full((len(windows), len(SCRIPTS)), -1)
    runner_up = first.copy()
    for s in candidates.letter_scripts:
        eligible = (has_letters >= 0) & (script == s)
        first[:, s] = _first(order, eligible)
        runner_up[:, s] = _first(
            np.where(np.arange(order.shape[1]) == first[:, [s]], np.inf, order), eligible
        )
    own_script = np.maximum(script[lang], 0)
    rival = np.where(first[text, own_script] != lang, first[text, own_script], runner_up[text, own_script])
    letter_llr = np.where(
        (has_letters[lang] >= 0) & (script[lang] >= 0) & (rival >= 0),
        _clip(sums[text, has_letters[lang]] - sums[text, has_letters[rival]]),
        0.0,
    )

    ngram_column = candidates.ngram
    reference = _first(order, ngram_column >= 0)
    wanted = np.zeros((len(windows), len(ngram_model.labels)), dtype=bool)  # candidates, references
    scored = ngram_column[lang] >= 0
    wanted[text[scored], ngram_column[lang[scored]]] = True
    wanted[np.flatnonzero(reference >= 0), ngram_column[reference[reference >= 0]]] = True
    ngram_ll = ngram_model.log_likelihood_matrix(windows.norms, wanted)
    ngram_llr = np.where(
        ngram_column[lang] >= 0,
        _clip(ngram_ll[text, ngram_column[lang]] - ngram_ll[text, ngram_column[reference[text]]]),
        0.0,
    )

    word_column = candidates.word
    word_ll = word_model.log_likelihood_matrix(windows.words, candidates.langs())
    reference = _first(order, candidates.mask & (word_column >= 0))
    word_llr = np.where(
        word_column[lang] >= 0,
        _clip(word_ll[text, word_column[lang]] - word_ll[text, word_column[reference[text]]]),
        0.0,
    )

    return np.stack(
        [
            log_p,
            margin,
            margin / (1.0 + np.log1p(letters[text])),
            (foreign > 0).astype(np.float64),
            np.log1p(foreign),
            letter_llr,
            ngram_llr,
            ngram_llr / (1.0 + letters[text]) * 10.0,
            word_llr,
            word_llr / (1.0 + words[text]),
        ],
        axis=1,
    )


def _clip(values: np.ndarray) -> np.ndarray:
    return np.clip(values, -LLR_CAP, LLR_CAP)


class TextEvidence:
    """The evidence window of one text, as ``Windows`` reads many: letters and script shares (the
    regexes of ``script_letter_shares``), its letters per code point (a ``Counter``), foreign and
    ruling letters per ``ALPHABETS`` row and letter log-likelihoods per ``LetterTables`` row (one
    product each), all as Python numbers for ``decide_one``."""

    def __init__(self, text: str, letter_matrix: np.ndarray):
        self.text = text[:EVIDENCE_CHARS]
        self.norm = normalise(self.text)
        self.words = self.norm.split()
        self.letters, counts = _script_counts(self.text)
        self.shares = [n / self.letters if self.letters else 0.0 for n in counts]  # ``SCRIPTS`` order
        codes, counts = _letters_of(self.norm)
        self.letter_sums = sum_by_owner(letter_matrix, codes, _ONE, 1, counts)[0].tolist()
        foreign = _foreign_counts(codes, counts)
        self.foreign = self.ruling = foreign.tolist()
        suspect = max(self.foreign) > FAST_FOREIGN_SHARE * len(self.text)  # as ``Windows``
        names = names_in(self.text) if suspect else []
        if names:  # what may rule a language out: the same count without the names' letters
            self.ruling = (foreign - _foreign_counts(*_letters_of(normalise(" ".join(names))))).tolist()

    def ruled_out(self, langs: Iterable[str], facts: dict[str, Facts]) -> set[str]:
        """``_ruled_out`` of this text: of ``langs`` with an alphabet, those with more ruling letters
        than ``FAST_FOREIGN_SHARE`` of the window allows while one of the same script has none."""
        listed = [(lang, facts[lang]) for lang in langs if facts[lang].alphabet_script >= 0]
        clean = {fact.alphabet_script for _, fact in listed if self.ruling[fact.alphabet_row] == 0}
        tolerance = FAST_FOREIGN_SHARE * len(self.text)
        return {
            lang
            for lang, fact in listed
            if self.ruling[fact.alphabet_row] > tolerance and fact.alphabet_script in clean
        }


def _foreign_counts(codes: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Per ``ALPHABETS`` row, how many of these letters its alphabet lacks."""
    return np.rint(sum_by_owner(_foreign_matrix(), codes, _ONE, 1, counts)[0]).astype(np.int64)


_ONE = np.zeros(1, dtype=np.int64)  # ``sum_by_owner``'s owners for one text (not read)


def _letters_of(norm: str) -> tuple[np.ndarray, np.ndarray]:
    """The code points below ``CODE_POINTS`` (space left out) of a ``normalise``d text, in order, and
    how often each occurs: ``_letter_counts`` of one text."""
    found = sorted((ord(char), n) for char, n in Counter(norm).items() if ord(char) < CODE_POINTS)
    found = [(code, n) for code, n in found if code != 32]
    return np.array([c for c, _ in found], dtype=np.int64), np.array([n for _, n in found], dtype=np.float64)


def _candidates_of_one(
    evidence: TextEvidence, scores: dict[str, float], known: Sequence[str], facts: dict[str, Facts]
) -> tuple[list[str], list[str]]:
    """``Candidates.allowed`` of one text: its candidates in ranking order, and the ranking itself
    (fastText's labels, candidates or not, then the languages that joined)."""
    top = next(iter(scores))
    top_script = facts[top].script

    def written(lang: str) -> bool:
        script = facts[lang].alphabet_script
        share = OTHER_SCRIPT_SHARE if 0 <= top_script != script else MIN_SCRIPT_SHARE
        return script >= 0 and evidence.shares[script] >= share

    allowed = [lang for lang in scores if lang == top or written(lang)]
    script = facts[top].script
    extra = [
        lang
        for lang in known
        if lang not in scores and facts[lang].alphabet_script == script and written(lang)
    ]
    out = evidence.ruled_out(allowed, facts) | (evidence.ruled_out(allowed + extra, facts) & set(extra))
    joined = [lang for lang in extra if lang not in out]
    return [lang for lang in allowed if lang not in out] + joined, [*scores, *joined]


def _features_of_one(
    evidence: TextEvidence,
    scores: dict[str, float],
    langs: list[str],
    ranking: list[str],
    facts: dict[str, Facts],
    ngram_model: CharNgramModel,
    word_model: WordFrequencies,
) -> list[list[float]]:
    """``feature_matrix`` of one text's candidates ``langs`` (``_candidates_of_one``), one list each."""
    letters, words = evidence.letters, len(evidence.words)
    # numpy's log and log1p, as the batch's: the C library's differ from them in the last bit on CPUs
    # where numpy computes them with its own vector code (AVX-512)
    ranked = sorted((float(np.log(max(p, FLOOR))) for p in scores.values()), reverse=True)
    best, second = [*ranked, math.log(FLOOR), math.log(FLOOR)][:2]
    ngram_ll = ngram_model.log_likelihood_matrix([evidence.norm])[0].tolist()
    ngram_ref = next((facts[lang].ngram for lang in ranking if facts[lang].ngram >= 0), -1)
    word_ll = word_model.log_likelihood_matrix([evidence.words], [langs])[0].tolist()
    word_ref = next((facts[lang].word for lang in langs if facts[lang].word >= 0), -1)
    rows = []
    for lang in langs:
        fact = facts[lang]
        log_p = float(np.log(max(scores.get(lang, 0.0), FLOOR)))
        margin = log_p - (second if log_p == best else best)
        foreign = evidence.foreign[fact.alphabet_row] if fact.alphabet_row >= 0 else 0
        letter_llr = ngram_llr = word_llr = 0.0
        if fact.letter >= 0 and fact.script >= 0:
            rival = next(
                (
                    facts[other].letter
                    for other in ranking
                    if other != lang and facts[other].letter >= 0 and facts[other].script == fact.script
                ),
                -1,
            )
            if rival >= 0:
                letter_llr = _clip_one(evidence.letter_sums[fact.letter] - evidence.letter_sums[rival])
        if fact.ngram >= 0:
            ngram_llr = _clip_one(ngram_ll[fact.ngram] - ngram_ll[ngram_ref])
        if fact.word >= 0:
            word_llr = _clip_one(word_ll[fact.word] - word_ll[word_ref])
        rows.append(
            [
                log_p,
                margin,
                margin / (1.0 + float(np.log1p(letters))),
                float(foreign > 0),
                float(np.log1p(foreign)),
                letter_llr,
                ngram_llr,
                ngram_llr / (1.0 + letters) * 10.0,
                word_llr,
                word_llr / (1.0 + words),
            ]
        )
    return rows


def _tie_shared_words_of_one(
    rows: list[list[float]],
    evidence: TextEvidence,
    langs: list[str],
    facts: dict[str, Facts],
    word_model: WordFrequencies,
    expected: dict[str, float],
) -> None:
    """``tie_shared_words`` of one text's candidate ``rows`` (in place)."""
    words = len(evidence.words)
    able = [words > 0 and facts[lang].alphabet_row >= 0 and facts[lang].word >= 0 for lang in langs]
    favoured = [expected.get(lang, 0.0) > 0 for lang in langs]
    if not any(map(operator.and_, able, favoured)):
        return
    listed = word_model.listed_matrix([evidence.words], [langs], SHARED_WORD_ZIPF)[0].tolist()
    groups: dict[int, list[int]] = {}
    for j, lang in enumerate(langs):
        fact = facts[lang]
        if able[j] and evidence.foreign[fact.alphabet_row] == 0 and listed[fact.word] == words:
            groups.setdefault(fact.alphabet_script, []).append(j)
    for members in groups.values():
        lifted = [j for j in members if favoured[j]]
        if len(members) > 1 and lifted:
            best = [max(rows[j][column] for j in members) for column in _CONTENT]
            for j in lifted:
                for column, value in zip(_CONTENT, best, strict=True):
                    rows[j][column] = value


def _clip_one(value: float) -> float:
    return max(-LLR_CAP, min(LLR_CAP, value))


LETTER_FLOOR = 1e-5  # a letter one alphabet lacks is the foreign-letter feature's job, not this one's


class LetterTables:
    """Each language's letter log-frequencies relative to ``LETTER_FLOOR`` (the value a letter its
    table lacks gets), as one language × code point matrix: texts' log P(letters | language), for
    every language at once, is one product with the windows' letter counts."""

    def __init__(self, letter_freq: dict[str, dict[str, float]]):
        self.langs = list(letter_freq)
        self.matrix = np.zeros((len(self.langs), CODE_POINTS))
        for i, table in enumerate(letter_freq.values()):
            for char, freq in table.items():
                self.matrix[i, ord(char)] = math.log(max(freq, LETTER_FLOOR) / LETTER_FLOOR)


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
