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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from sloika.errors import InputError
from sloika.lang.alphabets import ALPHABETS, foreign_pattern, script_of_language, telling_pattern
from sloika.lang.char_ngrams import CharNgramModel, normalise, sum_by_owner
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
BATCH = 256  # full decisions made together by ``identify_many`` (memory: texts × CODE_POINTS counts)
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
        return self.identify_many([text], expected)[0]

    def identify_many(
        self, texts: Sequence[str], expected: dict[str, float] | None = None
    ) -> list[LanguageGuess]:
        """``identify`` for many texts: the same answers, with the full decisions the fast path leaves
        made together (``decide_many``), so numpy's per-call cost is paid per batch, not per text."""
        prepared = [without_latin_names(fold_evidence_window(without_repeats(text))) for text in texts]
        guesses: list[LanguageGuess | None] = [None] * len(texts)
        slow: list[tuple[int, dict[str, float]]] = []
        for i, text in enumerate(prepared):
            scores = self.fasttext.predict(text, k=CANDIDATES)
            guesses[i] = self._fast_path(text, scores, expected)
            if guesses[i] is None:
                slow.append((i, scores))
        for start in range(0, len(slow), BATCH):
            batch = slow[start : start + BATCH]
            decided = self.decide_many([prepared[i] for i, _ in batch], [s for _, s in batch], expected)
            for (i, _), guess in zip(batch, decided, strict=True):
                guesses[i] = guess
        return guesses

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
        contested = (
            bool(expected)
            and top not in expected
            and any(scores.get(lang, 0.0) >= RIVAL_MIN for lang in expected)
        )
        if (
            confident and not contested and letters_agree(text, top, scores)
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
        """``decide`` for many texts, their evidence computed together (``Windows``)."""
        windows = Windows(texts)
        allowed = [
            allowed_candidates(windows[i], score, self.ngrams.labels) for i, score in enumerate(scores)
        ]
        blocks = candidate_features(windows, scores, self.letter_tables, self.ngrams, self.words, allowed)
        guesses = []
        for text, score, block, letters in zip(texts, scores, blocks, windows.letters, strict=True):
            scale = length_scale(letters, *self.length_scale)
            probs = candidate_probabilities(block, self.weights, self.bias, scale, expected)
            lang, p = next(iter(probs.items()))
            top = next(iter(score))
            needed = self.switch_p if letters_against(text, top) else self.switch_p_silent
            if lang != top and p < needed and top in probs:  # too unsure to overrule fastText
                lang, p = top, probs[top]
            guesses.append(LanguageGuess(lang, p, probs, score))
        return guesses


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


def length_scale(letters: int, intercept: float, slope: float) -> float:
    """How sharp the posterior is for a text of this many letters (in its evidence window):
    exp(a + b·log(1 + letters)), fitted (``fit_length_scale``) so that a probability means the same
    for a word, a pair and a sentence. A 0.65 threshold then keeps what is right 65% of the time at
    any length."""
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


# four or more of one letter (three is a word: "СССР", "XIII", "Schifffahrt"); a word repeated with
# hyphens ("да-да-да", "ха-ха")
_STRETCHED = re.compile(r"([^\W\d_])\1{3,}")
_REPEATED_WORD = re.compile(r"\b([^\W\d_]+)(?:-\1\b)+", re.IGNORECASE)


def without_repeats(text: str) -> str:
    """A short text with stretched letters and hyphen-repeated words said once: "Кэээээрррроооот!!!"
    is "Кэрот!!!", "Да-да-да..." is "Да...". Chat lines and subtitle cues stretch and repeat for
    emphasis, which tells nothing about their language, but fastText reads "ээээ" as Frisian and
    each repeat of a word that Bulgarian shares with Russian counts its evidence again. A text longer
    than the evidence window is left as it is: there a repeat cannot move the decision."""
    if len(text) > EVIDENCE_CHARS:
        return text
    return _REPEATED_WORD.sub(r"\1", _STRETCHED.sub(r"\1", text))


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


_ALPHABET_SCRIPTS = {lang: script_of_language(lang) for lang in ALPHABETS}
CODE_POINTS = 0x530  # every letter of every alphabet in alphabets.py lies below U+0530


@cache
def _foreign_matrix() -> tuple[dict[str, int], np.ndarray]:
    """Per language with an alphabet, 1 at every code point below ``CODE_POINTS`` that
    ``foreign_pattern`` matches: a window's foreign letters for every language in one product."""
    rows = {lang: i for i, lang in enumerate(ALPHABETS)}
    matrix = np.zeros((len(rows), CODE_POINTS))
    for lang, i in rows.items():
        pattern = foreign_pattern(lang)
        matrix[i] = [pattern.fullmatch(chr(code)) is not None for code in range(CODE_POINTS)]
    return rows, matrix


class Windows:
    """The evidence windows of many texts, read together: each normalised once
    (``char_ngrams.normalise``) with its words, letter count and script shares, and the letters of
    all of them counted per code point below ``CODE_POINTS`` in one numpy pass, from which letter
    likelihoods and foreign letters of every language follow (``letter_sums``). ``windows[i]`` is
    one text's ``Window``."""

    def __init__(self, texts: Sequence[str]):
        self.texts = [text[:EVIDENCE_CHARS] for text in texts]
        self.norms = [normalise(text) for text in self.texts]
        self.words = [norm.split() for norm in self.norms]
        self.letters = [sum(map(str.isalpha, text)) for text in self.texts]
        self.shares = [script_letter_shares(text) for text in self.texts]
        self.owner, self.code_points, self.counts = _letter_counts(self.norms)
        self.foreign = self._foreign(self.owner, self.code_points, self.counts, len(self.texts))
        # what may rule a language out (``ruled_out``): the same count without names in it
        unnamed = [without_names(text) for text in self.texts]
        named = [i for i, text in enumerate(self.texts) if unnamed[i] != text]
        self.ruling = list(self.foreign)
        if named:
            unnamed = _letter_counts([normalise(unnamed[i]) for i in named])
            for i, counts in zip(named, self._foreign(*unnamed, len(named)), strict=True):
                self.ruling[i] = counts

    @staticmethod
    def _foreign(owner, code_points, counts, n: int) -> list[dict[str, int]]:
        rows, matrix = _foreign_matrix()
        foreign = np.rint(sum_by_owner(matrix, code_points, owner, n, counts)).astype(np.int64).tolist()
        return [dict(zip(rows, row, strict=True)) for row in foreign]

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

    @property
    def shares(self) -> dict[str, float]:
        return self.windows.shares[self.i]

    def foreign(self, lang: str) -> int:
        """Letters of ``lang``'s script that its alphabet lacks (0 for a language without one)."""
        return self.windows.foreign[self.i].get(lang, 0)


def _letter_counts(norms: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(text, code point, count) of every letter below ``CODE_POINTS`` in ``normalise``d texts."""
    codes = np.frombuffer("".join(norms).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    owner = np.repeat(np.arange(len(norms)), [len(norm) for norm in norms])
    letters = (codes < CODE_POINTS) & (codes != 32)
    present, counts = np.unique(owner[letters] * CODE_POINTS + codes[letters], return_counts=True)
    return present // CODE_POINTS, present % CODE_POINTS, counts.astype(np.float64)


# a word after a letter (and a comma, colon, quote, space): capitalised, it does not open a sentence
_NAME = re.compile(r"(?<=[^\W\d_])([,;:»\"')]?\s+[«\"(]?)([^\W\d_][^\W\d_-]*)")


def without_names(text: str) -> str:
    """``text`` with its names blanked: capitalised words after a letter and a space or comma
    ("… pogon u Schwäbisch Gmündu.", "… приехали в Київ"). A name keeps the spelling of its own
    language, so its letters are no evidence against the text's (``ruled_out``); a text's first
    word ("Ђаци су дошли.") and a sentence's after a full stop are not names."""

    def blank(m: re.Match[str]) -> str:
        name = m.group(2)
        return m.group(1) + (" " * len(name) if name[0].isupper() else name)

    return _NAME.sub(blank, text)


def allowed_candidates(window: Window, scores: dict[str, float], known: Iterable[str] = ()) -> list[str]:
    """The candidates that may win, fastText's order first: fastText's top, and languages we have
    evidence about (an alphabet, or n-gram tables: ``known``, even where fastText's top-k left them
    out) written in a script that holds at least ``MIN_SCRIPT_SHARE`` of the window's letters. Where
    we know nothing, fastText's answer stands. Then the hard evidence: a candidate whose alphabet
    lacks a letter of the window is out when a same-script candidate's alphabet has them all
    (``ruled_out``), fastText's top included.

    ``known`` matters for short texts: lid.176's top ten for "Хариулах bidnees byy ai." holds
    Tajik, Bashkir and Uzbek but not Mongolian, so no evidence about Mongolian could be weighed.
    Such a language joins only in the script of fastText's top, and cannot rule out a language
    fastText listed."""

    shares = window.shares

    def written(lang: str) -> bool:
        script = _ALPHABET_SCRIPTS.get(lang)
        return script is not None and shares.get(script, 0.0) >= MIN_SCRIPT_SHARE

    top = next(iter(scores))
    allowed = [lang for lang in scores if lang == top or written(lang)]
    out = ruled_out(window, allowed)
    # a language fastText did not list may join when it is written in the script of fastText's top
    # (which Cyrillic language, not which script: Latin words in a Hebrew sentence do not make it
    # Bosnian), and it may not rule out the ones fastText did list
    script = script_of_language(top)
    extra = [
        lang for lang in known if lang not in scores and written(lang) and _ALPHABET_SCRIPTS[lang] == script
    ]
    out |= ruled_out(window, allowed + extra) & set(extra)
    return [lang for lang in allowed + extra if lang not in out]


def ruled_out(window: Window, langs: Iterable[str]) -> set[str]:
    """Languages a letter rules out: more letters their alphabet lacks than ``FAST_FOREIGN_SHARE``
    of the window allows (one letter in a text under 200 characters: "Мал клоп, да вонюч." is not
    Macedonian, which has no ``ю``), while another candidate of the same script has every letter.
    When no candidate explains all letters (a Russian text quoting a Ukrainian word), none is ruled
    out: the soft ``foreign_*`` features weigh them."""
    ruling = window.windows.ruling[window.i]
    foreign = {lang: ruling.get(lang, 0) for lang in langs if lang in ALPHABETS}
    clean = {script_of_language(lang) for lang, count in foreign.items() if count == 0}
    tolerance = FAST_FOREIGN_SHARE * len(window.text)
    return {lang for lang, n in foreign.items() if n > tolerance and script_of_language(lang) in clean}


def script_letter_shares(text: str) -> dict[str, float]:
    """Share of letters per script (regex counts: C speed on long texts)."""
    counts = {script: len(probe.findall(text)) for script, probe in _SCRIPT_PROBES.items()}
    letters = sum(map(str.isalpha, text))
    counts[OTHER] = max(0, letters - sum(counts.values()))
    return {script: n / letters for script, n in counts.items()} if letters else {}


def candidate_features(
    windows: Windows,
    scores: Sequence[dict[str, float]],
    letter_tables: LetterTables,
    ngram_model: CharNgramModel,
    word_model: WordFrequencies,
    allowed: Sequence[Iterable[str]] | None = None,
) -> list[dict[str, list[float]]]:
    """Per text of ``windows``, one feature vector (in ``FEATURES`` order) per candidate: its
    fastText labels ``scores``, or its ``allowed`` (``allowed_candidates``: those that cannot win
    cost nothing; a language fastText left out has its ``FLOOR`` probability). Letters and n-grams
    are read from the evidence window only: their ratios are capped long before. The n-gram, word
    and letter likelihoods of all texts are computed together (one numpy pass each)."""
    candidates = [list(s) for s in scores] if allowed is None else [list(a) for a in allowed]
    letter_ll = windows.letter_sums(letter_tables.matrix).tolist()
    ngram_ll = ngram_model.log_likelihood_matrix(windows.norms).tolist()
    word_ll = word_model.log_likelihood_matrix(windows.words, candidates).tolist()
    letter_column = {lang: j for j, lang in enumerate(letter_tables.langs)}
    blocks = []
    for i, (score, langs) in enumerate(zip(scores, candidates, strict=True)):
        ranking = list(dict.fromkeys([*score, *langs]))  # fastText's order, then the rest
        ngrams = {lang: ngram_ll[i][j] for lang in ranking if (j := ngram_model.column(lang)) is not None}
        words = {lang: word_ll[i][j] for lang in langs if (j := word_model.column(lang)) is not None}
        letters = {lang: letter_ll[i][j] for lang in ranking if (j := letter_column.get(lang)) is not None}
        blocks.append(_features(windows[i], score, langs, ranking, letters, ngrams, words))
    return blocks


def _features(
    window: Window,
    scores: dict[str, float],
    candidates: list[str],
    ranking: list[str],
    letter_ll: dict[str, float],
    ngram_ll: dict[str, float],
    word_ll: dict[str, float],
) -> dict[str, list[float]]:
    letters, words = window.windows.letters[window.i], len(window.windows.words[window.i])
    length = math.log1p(letters)
    ranked = sorted((math.log(max(p, FLOOR)) for p in scores.values()), reverse=True) + [math.log(FLOOR)]
    reference = next((lang for lang in ranking if lang in ngram_ll), None)
    word_reference = next((lang for lang in ranking if lang in word_ll), None)
    features = {}
    for lang in candidates:
        log_p = math.log(max(scores.get(lang, 0.0), FLOOR))
        margin = log_p - (ranked[1] if log_p == ranked[0] else ranked[0])
        foreign = window.foreign(lang)
        ngram_llr = _clip(ngram_ll[lang] - ngram_ll[reference]) if lang in ngram_ll else 0.0
        word_llr = _clip(word_ll[lang] - word_ll[word_reference]) if lang in word_ll else 0.0
        features[lang] = [
            log_p,
            margin,
            margin / (1.0 + length),
            float(foreign > 0),
            math.log1p(foreign),
            _letter_llr(lang, ranking, letter_ll),
            ngram_llr,
            ngram_llr / (1.0 + letters) * 10.0,
            word_llr,
            word_llr / (1.0 + words),
        ]
    return features


def _clip(value: float) -> float:
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


def _letter_llr(lang: str, ranking: list[str], sums: dict[str, float]) -> float:
    """Log-likelihood ratio of the text's letters under ``lang``'s letter frequencies against its
    strongest same-script rival's (0 when either has no table); ``ranking`` is best first."""
    if lang not in sums:
        return 0.0
    script = script_of_language(lang)
    rivals = (o for o in ranking if o != lang and o in sums and script_of_language(o) == script)
    rival = next(rivals, None)
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
