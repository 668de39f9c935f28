"""A small character n-gram naive Bayes: per-class log-likelihoods of a text's 1-3-grams.

fastText hashes n-grams into a shared table trained on Wikipedia/Tatoeba, where Bulgarian,
Serbian and Mongolian are thin; a count table per language, fitted on data we can name, separates
close neighbours better (Russian ``ого``/``ые`` against Bulgarian ``ът``/``та``). The same class
also tells transliterated Russian from English (``translit.py``). Tables are plain counts saved as
gzipped JSON: nothing executable is loaded.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from importlib import resources
from itertools import chain, repeat
from pathlib import Path

import numba
import numpy as np

from sloika.errors import InputError

ORDERS = (1, 2, 3)
WORDS = len(ORDERS)  # index of the whole-word table: ``" вот "`` says Russian where no trigram can
_LETTERS = re.compile(r"[^\W\d_]+")
_BITS = 21  # code points fit in 21 bits: a 1-3-gram is one int64 key, ordered by its length
_FIRST = np.zeros(1, dtype=np.int64)  # the one segment of one text's ``reduceat``
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: the top bits of key × 2⁶⁴/φ


def normalise(text: str) -> str:
    """Lower-cased letters with one space between words and at both ends (word edges are n-grams):
    the runs of letters joined, which is what replacing every run of non-letters by one space and
    stripping the ends gives, a third faster."""
    return " " + " ".join(_LETTERS.findall(text.lower())) + " "


def ngrams(text: str) -> Counter:
    """Counts of every 1-3-gram of ``normalise(text)`` (a space alone skipped) and of every word
    longer than one letter, written with its spaces (``" вот "``)."""
    norm = normalise(text)
    grams: Counter = Counter()
    for n in ORDERS:
        grams.update(norm[i : i + n] for i in range(len(norm) - n + 1))
    grams.update(f" {word} " for word in norm.split() if len(word) > 1)
    grams.pop(" ", None)
    return grams


def _key(gram: str) -> int:
    """A 1-3-gram as one integer (its code points, ``_BITS`` each): n-grams of a long text are then
    counted and looked up with numpy, not a Python loop per character."""
    key = 0
    for char in gram:
        key = (key << _BITS) | ord(char)
    return key


class KeyTable:
    """int64 (or uint64) keys → their rows, by open addressing: one or two probes a key, where a
    ``searchsorted`` in the sorted keys takes fifteen to twenty dependent reads, most of them cache
    misses once fastText has run. The index is built once, in rounds: every key still waiting tries
    its next slot, and of those wanting the same free slot the first takes it. ``rows`` looks keys up
    in a compiled loop (``_find``), the one the n-gram sums use (``_gram_sums``)."""

    LOAD = 0.6  # at most this share of the slots taken (the word lists' 550,000 keys: 4 MB of slots)

    def __init__(self, keys: np.ndarray, rows: np.ndarray):
        order = np.argsort(keys, kind="stable")
        self._keys, self._rows = keys[order], rows[order].astype(np.int64)
        self._bits = max(4, math.ceil(math.log2(max(len(keys), 1) / KeyTable.LOAD)))
        self._mask = (1 << self._bits) - 1
        self._slots = np.full(1 << self._bits, -1, dtype=np.int32)  # index into keys, -1: empty
        home = self._home(self._keys)
        waiting, self._probes = np.arange(len(keys), dtype=np.int32), 0
        while len(waiting):
            slot = (home[waiting] + self._probes) & self._mask
            free = np.flatnonzero(self._slots[slot] < 0)
            taken, first = np.unique(slot[free], return_index=True)
            self._slots[taken] = waiting[free[first]]
            placed = np.zeros(len(waiting), dtype=bool)
            placed[free[first]] = True
            waiting = waiting[~placed]
            self._probes += 1

    def _home(self, keys: np.ndarray) -> np.ndarray:
        hashed = keys.astype(np.uint64) * _MULTIPLIER  # wraps modulo 2⁶⁴, as hashing wants
        return (hashed >> np.uint64(64 - self._bits)).astype(np.int64)

    def index(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, int, int]:
        """What ``_find`` reads: slots, keys, rows, bits, probes."""
        return self._slots, self._keys, self._rows, self._bits, self._probes

    def rows(self, keys: np.ndarray) -> np.ndarray:
        """The row of each key, -1 for a key not in the table."""
        return _rows(*self.index(), keys.astype(self._keys.dtype))


@numba.njit(cache=True, nogil=True)
def _find(slots: np.ndarray, keys: np.ndarray, rows: np.ndarray, bits: int, probes: int, key: int) -> int:
    """``KeyTable``'s row of ``key`` (-1: none): its slots from its home on, until it or an empty
    slot (a key was placed in the first free one of its probes, and slots are never emptied)."""
    home = np.int64((np.uint64(key) * _MULTIPLIER) >> np.uint64(64 - bits))
    mask = (1 << bits) - 1
    for probe in range(probes):
        index = slots[(home + probe) & mask]
        if index < 0:
            return -1
        if keys[index] == key:
            return rows[index]
    return -1


@numba.njit(cache=True, nogil=True)
def _rows(
    slots: np.ndarray, keys: np.ndarray, rows: np.ndarray, bits: int, probes: int, queries: np.ndarray
) -> np.ndarray:
    found = np.empty(len(queries), dtype=np.int64)
    for i in range(len(queries)):
        found[i] = _find(slots, keys, rows, bits, probes, queries[i])
    return found


def sum_by_owner(
    matrix: np.ndarray, columns: np.ndarray, owner: np.ndarray, n: int, weights: np.ndarray | None = None
) -> np.ndarray:
    """Per owner 0..n-1 (rows of the result), the sum of ``matrix``'s ``columns`` it owns, each
    times its weight: a batch of texts summed with a fixed number of numpy calls, so one text costs
    little more than it did alone and a thousand texts far less than a thousand calls."""
    if n == 1:  # one text: no grouping to do, the same sums as in a batch (one ``reduceat``)
        if not len(columns):
            return np.zeros((1, matrix.shape[0]))
        gathered = matrix[:, columns]
        if weights is not None:
            gathered *= weights
        return np.add.reduceat(gathered, _FIRST, axis=1).T
    sums = np.zeros((n, matrix.shape[0]))
    if len(columns):
        order = np.argsort(owner, kind="stable")  # owners come in a few sorted runs: near-linear
        gathered = matrix[:, columns[order]]
        if weights is not None:
            gathered *= weights[order]
        counts = np.bincount(owner, minlength=n)
        present = np.flatnonzero(counts)
        sums[present] = np.add.reduceat(gathered, (np.cumsum(counts) - counts)[present], axis=1).T
    return sums


def _table(gram: str) -> int:
    """Which table a gram counts in: its n-gram order, or the word table."""
    return min(len(gram), WORDS + 1) - 1


def _bounds(counts: np.ndarray) -> np.ndarray:
    """Where each of consecutive runs of ``counts`` items begins, and the end of the last."""
    bounds = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=bounds[1:])
    return bounds


@numba.njit(cache=True, nogil=True)
def _gram_sums(
    codes: np.ndarray,
    bounds: np.ndarray,
    slots: np.ndarray,
    keys: np.ndarray,
    rows: np.ndarray,
    bits: int,
    probes: int,
    logp: np.ndarray,
    word_rows: np.ndarray,
    word_bounds: np.ndarray,
    columns: np.ndarray,
    column_bounds: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Per text (``codes[bounds[t]:bounds[t + 1]]``, ``normalise``d), the sum of ``logp``'s rows
    of its seen 1-3-grams and words in its ``columns``, and its unseen grams per table (texts ×
    ``WORDS + 1``). Grams of two texts are never formed; a space alone is no gram. Compiled
    (numba): numpy needed a dozen passes over arrays of every gram of a batch, each a cache miss."""
    n = len(bounds) - 1
    sums = np.zeros((n, logp.shape[1]))
    unseen = np.zeros((n, WORDS + 1), dtype=np.int64)
    for t in range(n):
        first, last = column_bounds[t], column_bounds[t + 1]
        for order in range(WORDS):  # letters, pairs, triples
            for i in range(bounds[t], bounds[t + 1] - order):
                key = codes[i]
                if order == 0 and key == 32:
                    continue
                for j in range(1, order + 1):
                    key = (key << _BITS) | codes[i + j]
                row = _find(slots, keys, rows, bits, probes, key)
                if row < 0:
                    unseen[t, order] += 1
                    continue
                for c in range(first, last):
                    sums[t, columns[c]] += logp[row, columns[c]]
        for w in range(word_bounds[t], word_bounds[t + 1]):
            row = word_rows[w]
            if row < 0:
                unseen[t, WORDS] += 1
                continue
            for c in range(first, last):
                sums[t, columns[c]] += logp[row, columns[c]]
    return sums, unseen


class CharNgramModel:
    """Counts per class; ``log_likelihoods`` scores a text under each (add-one smoothed per table)."""

    def __init__(self, tables: dict[str, dict[str, int]], min_count: int = 1):
        self.min_count = min_count
        self.tables = tables
        self.totals = {
            label: [sum(c for g, c in table.items() if _table(g) == i) for i in range(WORDS + 1)]
            for label, table in tables.items()
        }
        vocab: list[set[str]] = [set() for _ in range(WORDS + 1)]
        for table in tables.values():
            for gram in table:
                vocab[_table(gram)].add(gram)
        self.vocab = [len(v) + 1 for v in vocab]
        self._index, logp, self._unseen = self._matrix()
        self._logp_by_gram = logp  # gram × label: a gram's labels in one or two cache lines
        self._column = {label: j for j, label in enumerate(self.labels)}
        self._word_rows = {g[1:-1]: row for g, row in self._index.items() if _table(g) == WORDS}
        chars = sorted((_key(g), row) for g, row in self._index.items() if _table(g) < WORDS)
        self._key_table = KeyTable(
            np.array([k for k, _ in chars], dtype=np.int64), np.array([r for _, r in chars], dtype=np.int64)
        )

    def _matrix(self) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
        """Smoothed log-probabilities as one (gram × label) matrix, and per table the log-probability
        of an unseen gram (table × label): scoring a long text is then one lookup per distinct gram
        and a matrix product, not a Python loop per label."""
        labels = self.labels
        grams = sorted({g for table in self.tables.values() for g in table})
        index = {g: i for i, g in enumerate(grams)}
        denominators = np.log(
            np.array([[t + v for t, v in zip(self.totals[lb], self.vocab, strict=True)] for lb in labels]).T
        )  # table × label
        logp = np.zeros((len(grams), len(labels)), dtype=np.float64)
        for j, label in enumerate(labels):
            for gram, count in self.tables[label].items():
                logp[index[gram], j] = math.log(count + 1)
        logp -= denominators[[_table(g) for g in grams]]
        unseen = -denominators  # log(0 + 1) - denominator
        for j, label in enumerate(labels):  # grams other labels saw but this one did not
            seen = np.zeros(len(grams), dtype=bool)
            seen[[index[g] for g in self.tables[label]]] = True
            rows = np.nonzero(~seen)[0]
            logp[rows, j] = unseen[[_table(grams[r]) for r in rows], j]
        return index, logp, unseen

    @property
    def labels(self) -> list[str]:
        return list(self.tables)

    @classmethod
    def fit(
        cls,
        texts: Iterable[str],
        labels: Iterable[str],
        min_count: int = 2,
        extra: dict[str, Counter] | None = None,
    ) -> CharNgramModel:
        """Count n-grams per label, plus ``extra`` counts per label (text from other sources, for a
        label the texts have); grams seen fewer than ``min_count`` times are dropped (size)."""
        counts: dict[str, Counter] = {}
        for text, label in zip(texts, labels, strict=True):
            counts.setdefault(label, Counter()).update(ngrams(text))
        for label, table in (extra or {}).items():
            if label in counts:
                counts[label].update(table)
        tables = {
            label: {g: c for g, c in sorted(table.items()) if c >= min_count or len(g) == 1}
            for label, table in sorted(counts.items())
        }
        return cls(tables, min_count)

    def log_likelihoods(self, text: str, labels: Iterable[str] | None = None) -> dict[str, float]:
        """log P(text's n-grams | label) for each known label asked for (unknown labels are left out)."""
        wanted = [lb for lb in (self.labels if labels is None else labels) if lb in self.tables]
        if not wanted:
            return {}
        totals = self.log_likelihood_matrix([normalise(text)])[0].tolist()
        return {label: totals[self._column[label]] for label in wanted}

    def column(self, label: str) -> int | None:
        """``label``'s column in ``log_likelihood_matrix`` (None for a label without a table)."""
        return self._column.get(label)

    def log_likelihood_matrix(self, norms: list[str], wanted: np.ndarray | None = None) -> np.ndarray:
        """log P(n-grams | label) of many ``normalise``d texts at once: texts × ``labels``; with
        ``wanted`` (texts × ``labels``, bool) only those cells (the others 0): the calibrated decision
        needs a text's candidates and one reference, not all labels.

        One compiled pass (``_gram_sums``) over all texts' code points finds each 1-3-gram's row
        (``KeyTable``) and adds its log-probabilities to the text's wanted cells; whole words are
        dict lookups. A text's sums are the same bits alone as in any batch: each cell adds its
        text's grams in the same order (letters, pairs, triples, words; each in text order)."""
        n = len(norms)
        wanted = np.ones((n, len(self.labels)), dtype=bool) if wanted is None else wanted
        lengths = np.fromiter(map(len, norms), dtype=np.int64, count=n)
        codes = np.frombuffer("".join(norms).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        words = [[word for word in norm.split() if len(word) > 1] for norm in norms]
        word_rows = np.fromiter(  # one dict lookup each, -1 for a word no table has
            map(self._word_rows.get, chain.from_iterable(words), repeat(-1)), dtype=np.int64
        )
        owner, columns = np.nonzero(wanted)
        sums, unseen = _gram_sums(
            codes.astype(np.int64),
            _bounds(lengths),
            *self._key_table.index(),
            self._logp_by_gram,
            word_rows,
            _bounds(np.fromiter(map(len, words), dtype=np.int64, count=n)),
            columns,
            _bounds(np.bincount(owner, minlength=n)),
        )
        return np.where(wanted, self._unseen_sums(unseen) + sums, 0.0)

    def _unseen_sums(self, unseen: np.ndarray) -> np.ndarray:
        """texts × labels: what each text's unseen grams (texts × tables) add. Summed per text, not
        by a matrix product, whose rounding depends on how many texts it multiplies: a text scores
        the same bits alone as in any batch."""
        return (unseen[:, :, None] * self._unseen).sum(axis=1)

    def to_json(self) -> dict:
        return {"orders": list(ORDERS), "words": True, "min_count": self.min_count, "tables": self.tables}

    def save(self, path: str | Path) -> None:
        payload = json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        Path(path).write_bytes(gzip.compress(payload, mtime=0))  # no timestamp: a refit changes no bytes

    @classmethod
    def load(cls, path: str | Path | None = None, packaged: str | None = None) -> CharNgramModel:
        """From ``path``, or from a file shipped in ``sloika.filters`` named ``packaged``."""
        if path is None:
            raw = resources.files("sloika.lang").joinpath(packaged).read_bytes()
        else:
            raw = Path(path).read_bytes()
        data = json.loads(gzip.decompress(raw).decode("utf-8"))
        if tuple(data["orders"]) != ORDERS or not data.get("words"):
            raise InputError(f"{path or packaged} was counted for other n-gram orders; refit it")
        return cls(data["tables"], data["min_count"])
