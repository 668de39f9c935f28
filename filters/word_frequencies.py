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
from wordfreq import available_languages, get_frequency_dict
from wordfreq.transliterate import transliterate

WORDLIST = "small"  # every word at frequency >= 1e-6: 30-60k words a language
FLOOR = 1e-7  # an unlisted word: ten times rarer than the rarest listed one
SERBO_CROATIAN = {"sr": "sh", "hr": "sh", "bs": "sh"}
_LATIN_FOR = {"sh": "sr-Latn"}  # lists written in Latin letters whose language is also written in Cyrillic
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


class WordFrequencies:
    """log(frequency / FLOOR) of every listed word of the given languages, as one word index and one
    word × list matrix built on first use: a text costs one dictionary lookup per word, not one per
    word and language (after fastText has run, every lookup in a big table is a cache miss)."""

    def __init__(self, languages: Iterable[str], wordlist: str = WORDLIST):
        self.wordlist = wordlist
        listed = set(available_languages(wordlist))
        self.lists = {lang: code for lang in languages if (code := SERBO_CROATIAN.get(lang, lang)) in listed}
        self.codes = sorted(set(self.lists.values()))
        self._index: dict[str, int] | None = None
        self._matrix = np.zeros((0, len(self.codes)), dtype=np.float32)

    def knows(self, lang: str) -> bool:
        return lang in self.lists

    def _load(self) -> None:
        index: dict[str, int] = {}
        rows, columns, values = [], [], []
        for column, code in enumerate(self.codes):
            for word, frequency in get_frequency_dict(code, self.wordlist).items():
                if frequency > FLOOR:
                    rows.append(index.setdefault(word, len(index)))
                    columns.append(column)
                    values.append(math.log(frequency / FLOOR))
        self._matrix = np.zeros((len(index) + 1, len(self.codes)), dtype=np.float32)  # last row: unlisted
        self._matrix[rows, columns] = values
        self._index = index

    def log_likelihoods(self, words: list[str], langs: Iterable[str]) -> dict[str, float]:
        """Sum of log(frequency / FLOOR) over ``words`` (``char_ngrams.normalise(text).split()``:
        lower-case, letters only), for each asked language with a list."""
        wanted = [lang for lang in langs if lang in self.lists]
        if not wanted:
            return {}
        if self._index is None:
            self._load()
        sums = self._sums(words)
        joined = " ".join(words)
        if _CYRILLIC.search(joined) and any(self.lists[lang] in _LATIN_FOR for lang in wanted):
            # Cyrillic words looked up again, in the Latin spelling their list uses
            for code, script in _LATIN_FOR.items():
                if code in self.codes:
                    column = self.codes.index(code)
                    sums[column] = self._sums(transliterate(script, joined).split())[column]
        return {lang: float(sums[self.codes.index(self.lists[lang])]) for lang in wanted}

    def _sums(self, words: list[str]) -> np.ndarray:
        unlisted = len(self._index)
        return self._matrix[[self._index.get(word, unlisted) for word in words]].sum(axis=0)
