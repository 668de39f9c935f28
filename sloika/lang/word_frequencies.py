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


def _key(word: str) -> int:
    return xxhash.xxh3_64_intdigest(word.encode("utf-8"))


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
                    keys.append(np.fromiter(map(_key, words), dtype=np.uint64, count=len(words)))
                    columns.append(np.full(len(words), column, dtype=np.int64))
                    levels.append(np.full(len(words), LEVELS - bucket, dtype=np.uint16))
        unique, rows = np.unique(np.concatenate(keys), return_inverse=True)
        self._levels = np.zeros((len(unique) + 1, len(self.codes)), dtype=np.uint16)  # last row: unlisted
        self._levels[rows, np.concatenate(columns)] = np.concatenate(levels)
        self._keys = unique

    def log_likelihoods(self, words: list[str], langs: Iterable[str]) -> dict[str, float]:
        """Sum of log(frequency / FLOOR) over ``words`` (``char_ngrams.normalise(text).split()``:
        lower-case, letters only), for each asked language with a list."""
        wanted = [lang for lang in langs if lang in self.lists]
        if not wanted:
            return {}
        if self._keys is None:
            self._load()
        sums = self._sums(words)
        joined = " ".join(words)
        if _CYRILLIC.search(joined) and any(self.lists[lang] in _LATIN_FOR for lang in wanted):
            # Cyrillic words looked up again, in the Latin spelling their list uses
            for code, script in _LATIN_FOR.items():
                if code in self.codes:
                    column = self.codes.index(code)
                    sums[column] = self._sums(transliterate(script, joined).split())[column]
        return {lang: float(sums[self.codes.index(self.lists[lang])]) * NATS_PER_LEVEL for lang in wanted}

    def listed(self, words: list[str], lang: str) -> int:
        """How many of ``words`` (normalised as for ``log_likelihoods``) are in ``lang``'s list."""
        if lang not in self.lists or not words:
            return 0
        if self._keys is None:
            self._load()
        keys = np.fromiter(map(_key, words), dtype=np.uint64, count=len(words))
        at = np.minimum(np.searchsorted(self._keys, keys), len(self._keys) - 1)
        column = self.codes.index(self.lists[lang])
        return int(np.count_nonzero(self._levels[np.where(self._keys[at] == keys, at, -1), column]))

    def _sums(self, words: list[str]) -> np.ndarray:
        """Per list, the sum of the words' levels (integers: exact)."""
        keys = np.fromiter(map(_key, words), dtype=np.uint64, count=len(words))
        at = np.minimum(np.searchsorted(self._keys, keys), len(self._keys) - 1)
        rows = np.where(self._keys[at] == keys, at, len(self._keys))
        return self._levels[rows].sum(axis=0, dtype=np.int64)
