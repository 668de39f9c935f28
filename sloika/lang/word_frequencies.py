"""Word frequencies from wordfreq's lists: the evidence a short text does carry.

"Приехал А." has too few character n-grams for tables counted on a few hundred sentences, but
``приехал`` is a common Russian word and no Bulgarian one. wordfreq (Robyn Speer et al., lists
built from Wikipedia, subtitles, news, books and web text; data CC-BY-SA 4.0) ships a frequency
list per language in its wheel, so nothing is downloaded. A text scores, per language, the sum
over its words of log(frequency / ``FLOOR``): an unlisted word adds nothing, a common one a lot.
Serbian, Croatian and Bosnian share wordfreq's Serbo-Croatian list, written in Latin letters, so
Cyrillic words are transliterated before they are looked up for those three.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

import numpy as np
import xxhash
from wordfreq import available_languages, read_cBpack
from wordfreq.transliterate import transliterate

WORDLIST = "small"  # every word at frequency >= 1e-6: 30-60k words a language
# wordfreq stores frequencies in centibels (bucket b holds words at 10^(-b/100)). A word is kept as
# LEVELS - b, so log(frequency / FLOOR) = level * ln(10) / 100 with FLOOR = 10^(-LEVELS/100): ten
# times rarer than the rarest listed word. 0 is an unlisted word.
LEVELS = 700
FLOOR = 10 ** (-LEVELS / 100)
NATS_PER_LEVEL = math.log(10) / 100
SERBO_CROATIAN = {"sr": "sh", "hr": "sh", "bs": "sh"}
_LATIN_FOR = {"sh": "sr-Latn"}  # lists written in Latin letters whose language is also written in Cyrillic
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _keys(words: list[str]) -> np.ndarray:
    """64-bit hashes of ``words`` (UTF-8), computed without a Python call per word."""
    return np.fromiter(
        map(xxhash.xxh3_64_intdigest, map(str.encode, words)), dtype=np.uint64, count=len(words)
    )


class WordFrequencies:
    """The listed words of the given languages as sorted 64-bit hashes and one word × list matrix of
    levels, built on first use: ~20 MB for sixteen lists (a dict of half a million strings would be
    ten times that in every worker process), and one lookup per word rather than per word and
    language (after fastText has run, every lookup in a big table is a cache miss)."""

    def __init__(self, languages: Iterable[str], wordlist: str = WORDLIST):
        self.wordlist = wordlist
        listed = set(available_languages(wordlist))
        self.lists = {lang: code for lang in languages if (code := SERBO_CROATIAN.get(lang, lang)) in listed}
        self.codes = sorted(set(self.lists.values()))
        self._keys: np.ndarray | None = None
        self._levels = np.zeros((1, len(self.codes)), dtype=np.uint16)

    def knows(self, lang: str) -> bool:
        return lang in self.lists

    def _load(self) -> None:
        paths = available_languages(self.wordlist)
        keys, columns, levels = [], [], []
        for column, code in enumerate(self.codes):
            for bucket, words in enumerate(read_cBpack(paths[code])):
                if words and bucket < LEVELS:
                    keys.append(_keys(words))
                    columns.append(np.full(len(words), column, dtype=np.int64))
                    levels.append(np.full(len(words), LEVELS - bucket, dtype=np.uint16))
        unique, rows = np.unique(np.concatenate(keys), return_inverse=True)
        self._levels = np.zeros((len(unique) + 1, len(self.codes)), dtype=np.uint16)  # last row: unlisted
        self._levels[rows, np.concatenate(columns)] = np.concatenate(levels)
        self._keys = unique

    def log_likelihoods(self, words: list[str], langs: Iterable[str]) -> dict[str, float]:
        """Sum of log(frequency / ``FLOOR``) over ``words`` (``char_ngrams.normalise(text).split()``:
        lower-case, letters only), for each asked language with a list."""
        wanted = [lang for lang in langs if lang in self.lists]
        if not wanted:
            return {}
        sums = self.log_likelihood_matrix([words], [wanted])[0].tolist()
        return {lang: sums[self.column(lang)] for lang in wanted}

    def column(self, lang: str) -> int | None:
        """``lang``'s column in ``log_likelihood_matrix`` (None for a language without a list)."""
        code = self.lists.get(lang)
        return None if code is None else self.codes.index(code)

    def log_likelihood_matrix(self, word_lists: list[list[str]], langs: list[Iterable[str]]) -> np.ndarray:
        """``log_likelihoods`` of many texts at once: texts × lists (``column``), every word of every
        text hashed and looked up together. ``langs`` are each text's languages of interest: a
        Cyrillic text is looked up again in Latin spelling only where one of them needs it."""
        return self._matrix(word_lists, langs) * NATS_PER_LEVEL

    def listed_matrix(
        self, word_lists: list[list[str]], langs: list[Iterable[str]], min_zipf: float = 3.0
    ) -> np.ndarray:
        """How many words of each text each list holds at Zipf frequency ``min_zipf`` or more
        (log10 of a word's frequency per billion words; 3, once per million, is the rarest a list
        holds), texts × lists, looked up as ``log_likelihood_matrix`` does."""
        return self._matrix(word_lists, langs, max(1, round(100 * min_zipf) - (900 - LEVELS)))

    def _matrix(
        self, word_lists: list[list[str]], langs: list[Iterable[str]], min_level: int = 0
    ) -> np.ndarray:
        """Level sums per text and list, or with ``min_level`` counts of words at that level or above."""
        if self._keys is None:
            self._load()
        sums = self._sums(word_lists, min_level)
        for code, script in _LATIN_FOR.items():
            if code not in self.codes:
                continue
            again = [
                i
                for i, (words, wanted) in enumerate(zip(word_lists, langs, strict=True))
                if any(self.lists.get(lang) == code for lang in wanted) and _CYRILLIC.search(" ".join(words))
            ]
            if again:  # Cyrillic words looked up again, in the Latin spelling their list uses
                latin = self._sums(
                    [transliterate(script, " ".join(word_lists[i])).split() for i in again], min_level
                )
                column = self.codes.index(code)
                sums[again, column] = latin[:, column]
        return sums

    def listed(self, words: list[str], lang: str) -> int:
        """How many of ``words`` (normalised as for ``log_likelihoods``) are in ``lang``'s list."""
        if lang not in self.lists or not words:
            return 0
        if self._keys is None:
            self._load()
        keys = _keys(words)
        at = np.minimum(np.searchsorted(self._keys, keys), len(self._keys) - 1)
        column = self.codes.index(self.lists[lang])
        return int(np.count_nonzero(self._levels[np.where(self._keys[at] == keys, at, -1), column]))

    def _sums(self, word_lists: list[list[str]], min_level: int = 0) -> np.ndarray:
        """Per text and list, the sum of the words' levels (integers: exact), or with ``min_level``
        the number of words listed at that level or above."""
        words = [word for words in word_lists for word in words]
        owner = np.repeat(np.arange(len(word_lists)), [len(words) for words in word_lists])
        keys = _keys(words)
        at = np.minimum(np.searchsorted(self._keys, keys), len(self._keys) - 1)
        listed = self._keys[at] == keys
        sums = np.zeros((len(word_lists), len(self.codes)), dtype=np.int64)
        owner, levels = owner[listed], self._levels[at[listed]].astype(np.int64)
        if min_level:
            levels = (levels >= min_level).astype(np.int64)
        if len(word_lists) == 1:
            sums[0] = levels.sum(axis=0)
        elif len(owner):  # owners are in order: one reduceat
            counts = np.bincount(owner, minlength=len(word_lists))
            present = np.flatnonzero(counts)
            sums[present] = np.add.reduceat(levels, (np.cumsum(counts) - counts)[present], axis=0)
        return sums
