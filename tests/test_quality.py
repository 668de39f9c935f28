"""Quality statistics and rules: hand-counted values, the junk a reader recognises, and builds."""

from __future__ import annotations

import json

import pytest
from datatrove.data import Document

from sloika.config import QualityConfig, QualityRules
from sloika.filters.quality import QualityFilter, failures
from sloika.filters.quality_stats import logical_lines, quality_stats, stop_words, without_code

from conftest import DATA, rows

FIXTURES = DATA / "quality"
RU = stop_words("ru")


def judge(name: str, **rules) -> list[str]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return [f.reason for f in failures(quality_stats(text, RU, "ru"), QualityRules(**rules))]


class TestStatistics:
    def test_gopher_repetition_counts_by_hand(self):
        text = "а б в\nа б в\nг д\n\nе ж з"
        stats = quality_stats(text)
        # lines (split on \n+): "а б в", "а б в", "г д", "е ж з" → one duplicate of 5 characters
        assert stats["dup_line_frac"] == 0.25
        assert stats["dup_line_char_frac"] == round(5 / len(text), 4)
        # paragraphs: "а б в\nа б в\nг д" and "е ж з" → none repeated
        assert stats["dup_para_frac"] == 0.0
        # the 2-gram "а б" occurs twice: 2 × 3 characters
        assert stats["top_2gram_char_frac"] == round(6 / len(text), 4)

    def test_an_ngram_seen_once_is_not_a_repetition(self):
        assert quality_stats("Одна короткая фраза без повторов.")["top_2gram_char_frac"] == 0.0

    def test_words_stop_words_and_letters(self):
        stats = quality_stats("Кот и пёс — 2 друга, а не враги.", RU)
        # whitespace words: Кот и пёс — 2 друга, а не враги. → the dash has no letter or digit
        assert stats["n_words"] == 8
        assert stats["alpha_words"] == round(7 / 8, 4)  # "2" has no letter
        assert stats["stop_words"] == 3  # и, а, не
        assert stats["stop_word_ratio"] == round(3 / 8, 4)

    def test_fenced_code_is_left_out_and_measured(self):
        text = "Текст.\n```rust\nfn main() {\n}\n```\nЕщё текст."
        prose, code = without_code(text)
        assert "fn main" not in prose and code == len("```rust\nfn main() {\n}\n```")
        assert quality_stats(text)["curly_brace_lines"] == 0.0

    def test_wrapped_lines_join_and_menu_items_do_not(self):
        assert logical_lines("Это длинное предложение,\nкоторое перенесено.\nГлавная\nНовости") == [
            "Это длинное предложение, которое перенесено.",
            "Главная",
            "Новости",
        ]

    def test_unknown_language_leaves_word_list_stats_out(self):
        stats = quality_stats("Some text here and there.", stop_words("xx"), "xx")
        assert stats["stop_words"] is None and stats["known_words"] is None
        assert "few_stop_words" not in [f.reason for f in failures(stats, QualityRules())]


class TestJunkAndProse:
    def test_a_short_real_article_is_kept(self):
        assert judge("article.txt") == []

    def test_keyboard_mash_is_unknown_words(self):
        assert judge("keyboard_mash.txt")[0] == "unknown_words"

    def test_a_navigation_menu_fails_the_line_rules(self):
        assert set(judge("navigation.txt")) >= {"line_punct_ratio", "short_line_ratio"}

    def test_lorem_ipsum_mentions_are_counted_by_hand(self):
        # by hand: "Lorem Ipsum" (heading), "lorem\nipsum" (wrapped), "LOREM  IPSUM" (two spaces) are
        # three mentions; "dolorem ipsum" is Cicero's word "dolorem", not the filler's mark
        text = "Lorem Ipsum\nA page says lorem\nipsum twice. LOREM  IPSUM again; qui dolorem ipsum quia."
        assert quality_stats(text)["lorem_ipsum"] == 3
        assert quality_stats("Кот и пёс — 2 друга, а не враги.")["lorem_ipsum"] == 0

    def test_lorem_ipsum_is_named_first(self):
        assert judge("lorem_ipsum.txt")[0] == "lorem_ipsum"

    def test_a_null_threshold_switches_a_rule_off(self):
        assert "unknown_words" not in judge("keyboard_mash.txt", min_known_words=None)


class TestFilter:
    def doc(self, name: str) -> Document:
        text = (FIXTURES / name).read_text(encoding="utf-8")
        return Document(text=text, id=name, metadata={"quality": quality_stats(text, RU, "ru")})

    def test_drop_gives_reason_value_and_threshold(self):
        doc = self.doc("lorem_ipsum.txt")
        kept, reason, detail = QualityFilter(QualityConfig(action="drop")).filter(doc)
        assert (kept, reason) == (False, "lorem_ipsum")
        assert detail.startswith("lorem_ipsum 1 > max_lorem_ipsum 0")
        assert "also failed: few_stop_words" in detail

    def test_flag_keeps_and_lists_every_failed_rule(self):
        doc = self.doc("navigation.txt")
        assert QualityFilter(QualityConfig(action="flag")).filter(doc) is True
        assert {"line_punct_ratio", "short_line_ratio"} <= set(doc.metadata["quality_flags"])


@pytest.fixture(scope="module")
def quality_corpus(tmp_path_factory):
    from conftest import build_checked

    return build_checked(
        tmp_path_factory.mktemp("quality") / "corpus",
        [FIXTURES],
        quality={"action": "drop"},
        dedup={"exact": False, "near": {"enabled": False}},
    )


def test_a_build_drops_the_junk_with_reasons_and_keeps_the_article(quality_corpus):
    rejected = {
        name: (step, reason)
        for name, step, reason in rows(
            quality_corpus, "SELECT regexp_extract(source, '[^/]+$'), step, reason FROM rejected"
        )
    }
    # the filler page never reaches the quality step: the language step has no language to identify in
    # it (sloika.lang.placeholder); the quality rule for it is tested on the filter alone above
    assert rejected == {
        "keyboard_mash.txt": ("quality", "unknown_words"),
        "lorem_ipsum.txt": ("language", "placeholder_text"),
        "navigation.txt": ("quality", "line_punct_ratio"),
    }
    kept = [r[0] for r in rows(quality_corpus, "SELECT regexp_extract(source, '[^/]+$') FROM documents")]
    assert kept == ["article.txt"]


def test_every_document_keeps_its_statistics(quality_corpus):
    found = rows(
        quality_corpus,
        "SELECT metadata FROM documents UNION ALL SELECT metadata FROM rejected WHERE step = 'quality'",
    )
    assert len(found) == 3  # the article and the two pages the quality step rejected
    for (metadata,) in found:
        stats = json.loads(metadata)["quality"]
        assert {"n_words", "stop_word_ratio", "dup_line_frac", "lorem_ipsum", "line_punct_ratio"} <= set(
            stats
        )


def test_rejection_leaves_the_stream_with_reason_and_detail(tmp_path):
    import pyarrow.parquet as pq

    from sloika.corpora.staging import RejectedWriter

    text = (FIXTURES / "keyboard_mash.txt").read_text(encoding="utf-8")
    doc = Document(text=text, id="m", metadata={"quality": quality_stats(text, RU, "ru")})
    step = QualityFilter(
        QualityConfig(action="drop"), exclusion_writer=RejectedWriter(str(tmp_path), "quality")
    )
    assert list(step.run(iter([doc]))) == []
    (row,) = pq.read_table(tmp_path / "rejected").to_pylist()
    assert (
        row["step"] == "quality"
        and row["reason"] == "unknown_words"
        and "min_known_words 0.2" in row["detail"]
    )
