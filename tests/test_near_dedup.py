"""MinHash near-duplicates on real successive revisions of the Russian React docs."""

from __future__ import annotations

import json

import duckdb
import numpy as np
import pyarrow as pa
import pytest

from sloika.config import NearDedupConfig
from sloika.corpora.dedup import near_duplicate_clusters
from sloika.filters.near_dedup import MinHashSignature
from sloika.text.ngrams import word_ngram_tuples, word_ngrams

from conftest import DATA, rows

NEARDUP = DATA / "neardup"
DOCS = {path.stem: path.read_text(encoding="utf-8") for path in sorted((NEARDUP / "docs").glob("*.md"))}
PAIRS = [json.loads(line) for line in (NEARDUP / "pairs.dev.jsonl").read_text().splitlines()]


def f1(predicted: list[bool]) -> tuple[float, float, float]:
    labels = [bool(pair["near_dup_label"]) for pair in PAIRS]
    tp = sum(p and y for p, y in zip(predicted, labels, strict=True))
    fp = sum(p and not y for p, y in zip(predicted, labels, strict=True))
    fn = sum(y and not p for p, y in zip(predicted, labels, strict=True))
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return precision, recall, 2 * precision * recall / (precision + recall)


def jaccard(a: str, b: str) -> float:
    left, right = word_ngrams(DOCS[a], 5, short=True), word_ngrams(DOCS[b], 5, short=True)
    return len(left & right) / len(left | right)


def clusters(
    config: NearDedupConfig, docs: dict[str, str] = DOCS, keys: list | None = None
) -> dict[str, str]:
    step = MinHashSignature(config)
    keys = keys if keys is not None else [step.band_keys(text) for text in docs.values()]
    table = pa.table({"id": list(docs), "text": list(docs.values()), "minhash_bands": keys})
    con = duckdb.connect()
    con.register("candidates", table)
    return near_duplicate_clusters(con, "candidates", config.threshold, config.ngram)


def test_a_32_bit_shingle_collision_no_longer_merges_documents():
    """ "кот море 91442" and "река книга 45063" share their xxh32 (4178519324): with 32-bit shingle
    hashes each was the other's near duplicate. 64-bit hashes tell them apart."""
    import xxhash

    left, right = "кот море 91442", "река книга 45063"
    assert xxhash.xxh32_intdigest(left.encode()) == xxhash.xxh32_intdigest(right.encode())
    step = MinHashSignature(NearDedupConfig())
    assert set(step.band_keys(left)).isdisjoint(step.band_keys(right))
    assert clusters(NearDedupConfig(), {"a": left, "b": right}) == {}


def test_every_candidate_pair_is_verified_against_the_texts():
    """Even documents forced into the same buckets are joined only when their texts are alike."""
    docs = {
        "a": "кот сидит у моря и смотрит на волны весь день",
        "b": "река течёт мимо книги которую никто не читает",
        "c": "кот сидит у моря и смотрит на волны целый вечер",
    }
    same_buckets = [[1, 2, 3]] * 3
    # by hand: a and c have 6 word 5-grams each and share the first 4, so Jaccard = 4 / 8 = 0.5
    assert clusters(NearDedupConfig(), docs, same_buckets) == {}
    assert clusters(NearDedupConfig(threshold=0.5), docs, same_buckets) == {"a": "a", "c": "a"}


def test_shingles_are_word_ngrams_of_cyrillic_text():
    assert word_ngrams("Компонент «Fragment» позволяет группировать элементы без обёртки", 3, short=True) >= {
        "компонент fragment позволяет",
        "элементы без обёртки",
    }
    assert word_ngrams("два слова", 5, short=True) == {"два слова"}
    assert word_ngrams("", 5, short=True) == set()


@pytest.mark.parametrize("n", [1, 3, 5])
def test_shingle_tuples_are_the_word_ngrams_one_to_one(n):
    """The verification compares tuples: the same sets as the strings, joined by hand here."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "neardup" / "docs").glob("*.md"))]
    texts += ["", "два слова", "один"]
    for text in texts:
        tuples = word_ngram_tuples(text, n, short=True)
        assert {" ".join(gram) for gram in tuples} == word_ngrams(text, n, short=True)
        assert len(tuples) == len(word_ngrams(text, n, short=True))
    assert word_ngram_tuples("два слова", 5) == set() and word_ngram_tuples("два слова", 5, short=True) == {
        ("два", "слова")
    }


def test_default_threshold_is_within_002_f1_of_exact_jaccard():
    roots = clusters(NearDedupConfig())
    same = [roots.get(p["a"], p["a"]) == roots.get(p["b"], p["b"]) for p in PAIRS]
    ceiling = f1([jaccard(p["a"], p["b"]) >= 0.7 for p in PAIRS])
    got = f1(same)
    assert ceiling[2] == pytest.approx(0.969, abs=0.001)  # the figure given with the data set
    assert got[0] == 1.0  # no different pages merged
    assert got[2] >= ceiling[2] - 0.02


def test_bands_and_rows_follow_the_threshold():
    assert (MinHashSignature(NearDedupConfig()).bands, MinHashSignature(NearDedupConfig()).rows) == (14, 9)
    explicit = MinHashSignature(NearDedupConfig(bands=20, rows=5))
    assert (explicit.bands, explicit.rows) == (20, 5)
    with pytest.raises(ValueError, match="num_perm"):
        MinHashSignature(NearDedupConfig(bands=20, rows=10))


def test_build_removes_revisions_and_keeps_the_longest(build):
    inputs = [str(NEARDUP / "docs" / f"{cluster}_v*.md") for cluster in ("16067389", "72d6065d", "afb9b729")]
    corpus = build(inputs, workers=2)
    near = rows(corpus, "SELECT id, dup_cluster, dup_of FROM rejected WHERE reason = 'near_duplicate'")
    assert near
    for _, cluster, keeper in near:
        [(kept_cluster, kept_chars)] = rows(
            corpus, f"SELECT dup_cluster, n_chars FROM documents WHERE id = '{keeper}'"
        )
        assert kept_cluster == cluster
        members = rows(corpus, f"SELECT length(text) FROM rejected WHERE dup_cluster = '{cluster}'")
        assert all(kept_chars >= n for (n,) in members)
    # 16067389 v0 is the English original of a page translated later: not a near duplicate of v1/v2
    english = [
        r
        for r in rows(corpus, "SELECT source, dup_cluster FROM documents")
        if r[0].endswith("16067389_v0.md")
    ]
    assert english and english[0][1] is None


def test_no_dedup_keeps_everything(build):
    corpus = build(
        [str(NEARDUP / "docs" / "72d6065d_v*.md")], dedup={"exact": False, "near": {"enabled": False}}
    )
    assert rows(corpus, "SELECT count(*) FROM rejected") == [(0,)]


def reference_shingle_hash(shingle: str) -> int:
    """The shingle hash by its definition, in Python integers: Σ xxh3(word_j) · BASE^(n-1-j) mod 2⁶⁴."""
    import xxhash

    from sloika.filters.near_dedup import SHINGLE_BASE

    parts = shingle.split(" ")
    return (
        sum(
            xxhash.xxh3_64_intdigest(word.encode()) * int(SHINGLE_BASE) ** (len(parts) - 1 - j)
            for j, word in enumerate(parts)
        )
        % 2**64
    )


@pytest.mark.parametrize("name", sorted(DOCS)[:4] + ["short", "one", "repeats"])
def test_numpy_minhash_equals_datasketchs_minhash_of_the_same_shingles(name):
    """datasketch's own MinHash (affine64, the same permutations) over the shingle strings of
    word_ngrams, hashed by the definition above, gives the same 128 values as the numpy path."""
    from datasketch import MinHash

    text = {"short": "Два слова", "one": "слово", "repeats": "а б в г д а б в г д а б в г д е"}.get(
        name, DOCS.get(name)
    )
    config = NearDedupConfig()
    reference = MinHash(num_perm=128, seed=config.seed, hashfunc=reference_shingle_hash, scheme="affine64")
    reference.update_batch(sorted(word_ngrams(text, config.ngram, short=True)))
    got = MinHashSignature(config).hash_values(text)
    assert got.dtype == np.uint64
    assert got.tolist() == reference.hashvalues.tolist()


def test_shingle_hash_by_hand():
    """Two words and base B: the 2-gram hash is h(w0)·B + h(w1) mod 2⁶⁴, computed here by hand."""
    import xxhash

    from sloika.filters.near_dedup import SHINGLE_BASE, shingle_hashes

    h0, h1, h2 = (xxhash.xxh3_64_intdigest(w.encode()) for w in ("кот", "ест", "рыбу"))
    hashes = np.array([h0, h1, h2], dtype=np.uint64)
    base = int(SHINGLE_BASE)
    assert shingle_hashes(hashes, 2).tolist() == [(h0 * base + h1) % 2**64, (h1 * base + h2) % 2**64]
    assert shingle_hashes(hashes, 5).tolist() == [(h0 * base * base + h1 * base + h2) % 2**64]
    assert shingle_hashes(hashes[:0], 5).tolist() == []
    assert MinHashSignature(NearDedupConfig()).band_keys("… — !") is None


def test_a_long_document_is_permuted_in_blocks_with_datasketchs_result():
    from datasketch import MinHash

    from sloika.filters import near_dedup

    text = " ".join(f"слово{i % (3 * near_dedup.BLOCK)}" for i in range(4 * near_dedup.BLOCK))  # 3 blocks
    reference = MinHash(num_perm=128, seed=1, hashfunc=reference_shingle_hash, scheme="affine64")
    reference.update_batch(sorted(word_ngrams(text, 5)))
    assert MinHashSignature(NearDedupConfig()).hash_values(text).tolist() == reference.hashvalues.tolist()


def test_texts_are_looked_up_in_small_reads_and_come_back_in_order(tmp_path, monkeypatch):
    """``read_rows`` decodes a few row groups at a time (memory stays bounded at 1M documents);
    what it returns equals pyarrow's whole-file read indexed by hand."""
    import pyarrow.parquet as pq

    from sloika.corpora import dedup
    from sloika.corpora.staged import StagedKept

    monkeypatch.setattr(dedup, "READ_GROUPS", 3)
    (tmp_path / "kept").mkdir()
    sizes = [95, 1, 140]
    for n, size in enumerate(sizes):
        texts = [f"file {n} row {i}" for i in range(size)]
        table = pa.table({"text": texts, "n_chars": [len(t) for t in texts]})
        pq.write_table(table, tmp_path / "kept" / f"{n:05d}.parquet", row_group_size=7)
    kept = StagedKept.scan(tmp_path)
    assert kept.starts == (0, 95, 96)
    docs = np.array(sorted({0, 6, 7, 8, 50, 94, 95, 96, 97, 150, 235} | set(range(60, 90, 2))))
    got = dedup.read_rows(kept, docs, ["text", "n_chars"])
    whole = pa.concat_tables(pq.read_table(path) for path in kept.files)
    assert got["doc"].to_pylist() == docs.tolist()
    assert got["text"].to_pylist() == [whole["text"][int(d)].as_py() for d in docs]
    assert got["n_chars"].to_pylist() == [whole["n_chars"][int(d)].as_py() for d in docs]
