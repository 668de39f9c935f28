"""Russian written in Latin letters ("privet kak dela", "spasibo bolshoe"): found, not guessed.

fastText calls such text English, Polish or nothing at all, so a base model that slips into
translit passes every language filter. A two-class character n-gram model (``char_ngrams``)
tells romanised Russian from ordinary Latin-script text: the romanised side is real Russian text
that ``romanise`` writes in the common informal scheme (``zh``, ``kh``, ``shch``, ``ya``), the
other side real English and other Latin-script sentences. ``bench/fit_translit.py`` counts the
tables from files in ``tests/data`` only; ``bench/bench_purity.py`` measures it on other text.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import repeat
from operator import add

from sloika.lang.char_ngrams import WORDS, CharNgramModel, normalise
from sloika.text.scripts import LATIN, script_runs
from sloika.text.spans import Span

TABLES = "translit_ngrams.json.gz"
TRANSLIT, LATIN_TEXT = "translit", "latin"
MIN_LETTERS = 8  # shorter runs ("da", "OK") say too little either way
MIN_RATE = 0.5  # log-likelihood ratio per letter needed to call a run translit
# ``quick_rate`` adds the same terms as ``translit_score`` in another order: a run whose quick rate
# is this far below ``MIN_RATE`` is below it exactly too (rounding moves the sum by ~1e-12).
QUICK_MARGIN = 1e-6

# The informal scheme people type in chats (close to BGN/PCGN, without diacritics).
INFORMAL = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
# GOST 7.79-2000 system B (ISO 9 without diacritics): a second, independent scheme for evaluation.
GOST_B = INFORMAL | {
    "ё": "yo", "й": "j", "х": "x", "ц": "cz", "щ": "shh", "ъ": "``", "ы": "y`", "ь": "`", "э": "e`",
    "ю": "yu", "я": "ya",
}  # fmt: skip


def romanise(text: str, scheme: dict[str, str] = INFORMAL) -> str:
    """Cyrillic Russian letters written with ``scheme``; capitals keep a capital first letter."""
    out = []
    for char in text:
        low = char.lower()
        latin = scheme.get(low)
        if latin is None:
            out.append(char)
        else:
            out.append(latin.capitalize() if char != low else latin)
    return "".join(out)


@lru_cache(maxsize=2)
def _model(path: str | None = None) -> CharNgramModel:
    return CharNgramModel.load(path, packaged=TABLES)


def translit_score(text: str, model: CharNgramModel | None = None) -> float:
    """Log-likelihood ratio per letter, romanised Russian against other Latin text (> 0: translit)."""
    model = model or _model()
    ll = model.log_likelihoods(text, [TRANSLIT, LATIN_TEXT])
    letters = sum(1 for c in text if c.isalpha())
    return (ll[TRANSLIT] - ll[LATIN_TEXT]) / letters if letters else 0.0


class _Differences:
    """``translit_score`` as plain dictionary sums: per n-gram order, log(count + 1) under the
    romanised table minus under the Latin one, and what every gram of that order adds besides
    (the two smoothing denominators). The n-grams of ``normalise``d text are those of each word
    written with its spaces (``" word "``: letters, pairs, triples, the word itself) plus one
    triple across each space between words (``"a b"``), so a word's share is summed once and
    remembered: natural text repeats its words, and a run costs a lookup per word."""

    CACHED_WORDS = 100_000  # the word cache starts over beyond this many words

    def __init__(self, model: CharNgramModel):
        tables = model.tables[TRANSLIT], model.tables[LATIN_TEXT]
        self.grams: list[dict[str, float]] = [{} for _ in range(WORDS + 1)]
        for gram in set(tables[0]) | set(tables[1]):
            difference = math.log(tables[0].get(gram, 0) + 1) - math.log(tables[1].get(gram, 0) + 1)
            self.grams[min(len(gram), WORDS + 1) - 1][gram] = difference
        self.base = [
            math.log(model.totals[LATIN_TEXT][t] + model.vocab[t])
            - math.log(model.totals[TRANSLIT][t] + model.vocab[t])
            for t in range(WORDS + 1)
        ]
        self._words: dict[str, float] = {}

    def word(self, word: str) -> float:
        """The log-likelihood ratio of the n-grams of ``" word "`` (cached)."""
        known = self._words.get(word)
        if known is not None:
            return known
        unigrams, bigrams, trigrams, words = self.grams
        padded = f" {word} "
        pairs = list(map(add, padded, padded[1:]))
        triples = list(map(add, pairs, padded[2:]))
        base_1, base_2, base_3, base_word = self.base
        total = (
            sum(map(unigrams.get, word, repeat(0.0)))
            + sum(map(bigrams.get, pairs, repeat(0.0)))
            + sum(map(trigrams.get, triples, repeat(0.0)))
            + len(word) * base_1
            + len(pairs) * base_2
            + len(triples) * base_3
        )
        if len(word) > 1:
            total += words.get(padded, 0.0) + base_word
        self._words[word] = total
        return total

    def rate(self, text: str) -> float:
        alpha = sum(map(str.isalpha, text))
        if not alpha:
            return 0.0
        norm = normalise(text)
        found = norm.split()
        across = _ACROSS.findall(norm)  # one "a b" triple per space between words (one space each)
        words = self._words
        new = [word for word in found if word not in words]  # most words were seen before
        if len(words) + len(new) > self.CACHED_WORDS:
            words.clear()
            new = found
        for word in new:
            self.word(word)
        total = sum(map(words.__getitem__, found)) + sum(map(self.grams[2].get, across, repeat(0.0)))
        return (total + len(across) * self.base[2]) / alpha


_ACROSS = re.compile(r"(?=(\S \S))")


@lru_cache(maxsize=2)
def _differences(model: CharNgramModel) -> _Differences:
    return _Differences(model)


def quick_rate(text: str, model: CharNgramModel | None = None) -> float:
    """``translit_score`` within ``QUICK_MARGIN``, without numpy: rules most runs out."""
    return _differences(model or _model()).rate(text)


def translit_spans(
    text: str,
    mask: bytearray | None = None,
    start: int = 0,
    end: int | None = None,
    model: CharNgramModel | None = None,
) -> list[Span]:
    """Latin runs of ``text[start:end]`` (exempt code/URLs skipped) that read as romanised Russian."""
    return translit_in_runs(text, script_runs(text, mask, start, end), model)


def translit_in_runs(
    text: str, runs: list[tuple[int, int, str, int]], model: CharNgramModel | None = None
) -> list[Span]:
    """The Latin ``runs`` (from ``script_runs``) of ``text`` that read as romanised Russian. A run
    ``quick_rate`` puts clearly below ``MIN_RATE`` is not scored again; the others get the exact
    ``translit_score``, so a span and its score do not depend on the shortcut."""
    spans = []
    for run_start, run_end, script, _ in runs:
        if script != LATIN:
            continue
        run = text[run_start:run_end]
        if sum(map(str.isalpha, run)) < MIN_LETTERS or quick_rate(run, model) < MIN_RATE - QUICK_MARGIN:
            continue
        rate = translit_score(run, model)
        if rate >= MIN_RATE:
            spans.append(
                Span(
                    run_start,
                    run_end,
                    "translit",
                    min(1.0, rate / (2 * MIN_RATE)),
                    attrs={"rate": round(rate, 3)},
                )
            )
    return spans
