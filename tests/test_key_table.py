"""``KeyTable``, the hash lookup of n-gram keys and word hashes, against a Python dict."""

from __future__ import annotations

import re

import numpy as np
import pytest

from sloika.lang.char_ngrams import KeyTable, _key, normalise


@pytest.mark.parametrize("dtype", [np.int64, np.uint64])
def test_every_key_finds_its_row_and_no_other_key_finds_one(dtype):
    rng = np.random.default_rng(7)
    keys = np.unique(rng.integers(0, 1 << 62, 5000, dtype=np.int64)).astype(dtype)
    rows = rng.permutation(len(keys))
    table = KeyTable(keys[::-1], rows[::-1])  # any order
    absent = rng.integers(0, 1 << 62, 5000, dtype=np.int64).astype(dtype)
    queries = np.concatenate([keys, absent, keys[::-3]])
    reference = dict(zip(keys.tolist(), rows.tolist(), strict=True))
    expected = [reference.get(key, -1) for key in queries.tolist()]
    assert table.rows(queries).tolist() == expected


def test_a_crowded_neighbourhood_and_the_empty_cases():
    grams = ["а", "б", "аб", "ба", " а", "а ", "абв", "вба", "ъ", "ы"]
    keys = np.array([_key(gram) for gram in grams], dtype=np.int64)
    table = KeyTable(keys, np.arange(len(keys)) * 10)
    found = table.rows(np.array([_key("аб"), _key("ab"), _key("вба"), _key("абг")], dtype=np.int64))
    assert found.tolist() == [20, -1, 70, -1]
    assert table.rows(np.array([], dtype=np.int64)).tolist() == []
    assert KeyTable(keys[:0], keys[:0]).rows(keys).tolist() == [-1] * len(keys)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мал клоп, да вонюч.", " мал клоп да вонюч "),
        ("  -- 2007: Ђаци_су  ДОШЛИ!!", " ђаци су дошли "),
        ("", "  "),
        ("12 _ …", "  "),
        # İ lowers to i and a combining dot (no letter); a word's last Σ to ς
        ("İstanbul'da ΣΑΣ", " i stanbul da σας "),
        ("Schwäbisch-Gmünd", " schwäbisch gmünd "),
        ("x\u200dy a\u0301b", " x y a b "),  # a joiner and a combining accent are no letters
    ],
)
def test_normalise_keeps_letter_runs_lower_cased_between_single_spaces(text, expected):
    assert normalise(text) == expected
    # the definition it replaced: every run of non-letters one space, the ends stripped
    assert normalise(text) == " " + re.sub(r"[\W\d_]+", " ", text.lower()).strip() + " "
