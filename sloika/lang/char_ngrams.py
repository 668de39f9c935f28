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

import numpy as np

from sloika.errors import InputError

ORDERS = (1, 2, 3)
WORDS = len(ORDERS)  # index of the whole-word table: ``" вот "`` says Russian where no trigram can
_LETTERS = re.compile(r"[^\W\d_]+")
_BITS = 21  # code points fit in 21 bits: a 1-3-gram is one int64 key, ordered by its length
_FIRST = np.zeros(1, dtype=np.int64)  # the one segment of one text's ``reduceat``


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
    """int64 (or uint64) keys → their rows. A big query (a batch's n-grams or words) is looked up by
    open addressing in numpy arrays: one or two probes a key, where a ``searchsorted`` in the sorted
    keys takes fifteen to twenty dependent reads, most of them cache misses once fastText has run
    (1.7x faster on a batch's 70,000 n-grams). A small one (one text) is a ``searchsorted``: each
    probing round costs a few numpy calls, more than a binary search of a few hundred keys. The hash
    index is built once, in rounds: every key still waiting tries its next slot, and of those
    wanting the same free slot the first takes it."""

    _MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: the top bits of key × 2⁶⁴/φ
    LOAD = 0.6  # at most this share of the slots taken (the word lists' 550,000 keys: 4 MB of slots)
    FEW = 2000  # queries of fewer keys take the binary search

    def __init__(self, keys: np.ndarray, rows: np.ndarray):
        order = np.argsort(keys, kind="stable")
        self._keys, self._rows = keys[order], rows[order]
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
        hashed = keys.astype(np.uint64) * self._MULTIPLIER  # wraps modulo 2⁶⁴, as hashing wants
        return (hashed >> np.uint64(64 - self._bits)).astype(np.int64)

    def rows(self, keys: np.ndarray) -> np.ndarray:
        """The row of each key, -1 for a key not in the table."""
        if not len(self._keys):
            return np.full(len(keys), -1, dtype=np.int64)
        if len(keys) < KeyTable.FEW:
            at = np.minimum(np.searchsorted(self._keys, keys), len(self._keys) - 1)
            return np.where(self._keys[at] == keys, self._rows[at], -1)
        found = np.full(len(keys), -1, dtype=np.int64)
        home, waiting = self._home(keys), np.arange(len(keys))
        for probe in range(self._probes):
            index = self._slots[(home[waiting] + probe) & self._mask]
            hit = index >= 0
            hit[hit] = self._keys[index[hit]] == keys[waiting[hit]]
            found[waiting[hit]] = self._rows[index[hit]]
            waiting = waiting[~hit & (index >= 0)]  # an empty slot ends the search: not in the table
            if not len(waiting):
                break
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


def sum_by_pair(rows: np.ndarray, columns: np.ndarray, owner: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """``sum_by_owner`` of the transposed matrix (without weights), only where ``wanted`` (owners ×
    columns of ``rows``), 0 elsewhere. ``rows`` holds one row per item (a gram's log-probabilities per
    label: one or two cache lines), so a text's labels read the lines its first label brought in,
    where a label-major matrix misses the cache once per label and gram. Each cell sums its owner's
    items in the same order with the same ``reduceat``: the same bits as ``sum_by_owner``."""
    sums = np.zeros(wanted.shape)
    owner_of, column = np.nonzero(wanted)
    if not len(columns) or not len(owner_of):
        return sums
    columns = columns[np.argsort(owner, kind="stable")]
    counts = np.bincount(owner, minlength=wanted.shape[0])
    firsts = np.cumsum(counts) - counts
    lengths = counts[owner_of]
    present = lengths > 0
    owner_of, column, lengths = owner_of[present], column[present], lengths[present]
    starts = np.cumsum(lengths) - lengths
    at = np.arange(int(lengths.sum())) + np.repeat(firsts[owner_of] - starts, lengths)
    flat = columns[at] * rows.shape[1] + np.repeat(column, lengths)  # one gather from the raveled rows
    sums[owner_of, column] = np.add.reduceat(rows.ravel().take(flat), starts)
    return sums


def _table(gram: str) -> int:
    """Which table a gram counts in: its n-gram order, or the word table."""
    return min(len(gram), WORDS + 1) - 1


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
        self._logp_by_gram = logp  # gram × label: a gram's labels together (``sum_by_pair``)
        self._logp_by_label = np.ascontiguousarray(logp.T)  # label × gram: one gather per label
        self._column = {label: j for j, label in enumerate(self.labels)}
        self._word_rows = {g[1:-1]: row for g, row in self._index.items() if _table(g) == WORDS}
        chars = sorted((_key(g), row) for g, row in self._index.items() if _table(g) < WORDS)
        self._keys = np.array([k for k, _ in chars], dtype=np.int64)
        self._key_rows = np.array([r for _, r in chars], dtype=np.int64)
        self._key_table = KeyTable(self._keys, self._key_rows)

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
        needs a text's candidates and one reference, not all labels (``sum_by_pair``).

        All 1-3-gram windows of all texts together (windows across two texts left out): each is one
        int64 key (``_key``), looked up in one ``KeyTable``; the rows
        found are summed per text with one ``reduceat`` (``sum_by_owner``). The calibrated decision
        scores a batch of texts for the cost numpy's per-call overhead used to take for each one.
        One text (``_rows_of_one``) finds its grams with dict lookups instead: the same rows, in the
        same order, summed by the same calls."""
        if len(norms) == 1:
            unseen, rows = self._rows_of_one(norms[0])
            return self._unseen_sums(unseen) + sum_by_owner(self._logp_by_label, rows, _FIRST, 1)
        lengths = np.fromiter(map(len, norms), dtype=np.int64, count=len(norms))
        codes = np.frombuffer("".join(norms).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        codes = codes.astype(np.int64)
        owner = np.repeat(np.arange(len(norms)), lengths)
        bigrams = (codes[:-1] << _BITS) | codes[1:]
        trigrams = (bigrams[:-1] << _BITS) | codes[2:]
        inside_bi, inside_tri = owner[:-1] == owner[1:], owner[:-2] == owner[2:]
        letters = codes != 32
        keys = np.concatenate([codes[letters], bigrams[inside_bi], trigrams[inside_tri]])
        key_owner = np.concatenate([owner[letters], owner[:-1][inside_bi], owner[:-2][inside_tri]])
        order = np.repeat(np.arange(WORDS), [np.count_nonzero(m) for m in (letters, inside_bi, inside_tri)])
        found_keys = self._key_table.rows(keys)
        known = found_keys >= 0
        unseen = np.bincount(
            key_owner[~known] * (WORDS + 1) + order[~known], minlength=len(norms) * (WORDS + 1)
        ).reshape(len(norms), WORDS + 1)
        words = [[word for word in norm.split() if len(word) > 1] for norm in norms]
        found = np.fromiter(  # whole words: one dict lookup each, -1 for a word no table has
            map(self._word_rows.get, chain.from_iterable(words), repeat(-1)), dtype=np.int64
        )
        word_owner = np.repeat(np.arange(len(norms)), [len(w) for w in words])
        listed = found >= 0
        unseen[:, WORDS] = np.bincount(word_owner[~listed], minlength=len(norms))
        rows = np.concatenate([found_keys[known], found[listed]])
        owner = np.concatenate([key_owner[known], word_owner[listed]])
        if wanted is None:
            return self._unseen_sums(unseen) + sum_by_owner(self._logp_by_label, rows, owner, len(norms))
        return np.where(
            wanted, self._unseen_sums(unseen) + sum_by_pair(self._logp_by_gram, rows, owner, wanted), 0.0
        )

    def _unseen_sums(self, unseen: np.ndarray) -> np.ndarray:
        """texts × labels: what each text's unseen grams (texts × tables) add. Summed per text, not
        by a matrix product, whose rounding depends on how many texts it multiplies: a text scores
        the same bits alone as in any batch."""
        return (unseen[:, :, None] * self._unseen).sum(axis=1)

    def _rows_of_one(self, norm: str) -> tuple[np.ndarray, np.ndarray]:
        """One ``normalise``d text's unseen grams per table (1 × tables) and the rows of its seen
        ones, in ``log_likelihood_matrix``'s order (letters, pairs, triples, words: each in text
        order), with the dozen numpy calls one text needs (no owners to track or split)."""
        codes = np.frombuffer(norm.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
        pairs = (codes[:-1] << _BITS) | codes[1:]
        letters = codes[codes != 32]
        keys = np.concatenate([letters, pairs, (pairs[:-1] << _BITS) | codes[2:]])
        found_keys = self._key_table.rows(keys)
        known = found_keys >= 0
        ends = (len(letters), len(letters) + len(pairs), len(keys))
        words = [self._word_rows.get(word) for word in norm.split() if len(word) > 1]
        found = [row for row in words if row is not None]
        starts = (0, *ends[:-1])
        unseen = [
            end - int(np.count_nonzero(known[start:end])) - start
            for start, end in zip(starts, ends, strict=True)
        ]
        unseen.append(len(words) - len(found))
        rows = np.concatenate([found_keys[known], np.array(found, dtype=np.int64)])
        return np.array([unseen], dtype=np.int64), rows

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
