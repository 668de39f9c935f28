"""Word frequencies that never crash a build or the bench on Chinese/Japanese text (issue 15, F6)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from sloika.pipelines.formats.foreign_paragraphs import _sentence_in
from sloika.text import frequency

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("jieba") is not None, reason="jieba installed: wordfreq reads Chinese here"
)
CHINESE = "他们在网上协作开发软件并发布新的版本。"


def test_a_language_wordfreq_cannot_split_gets_no_frequencies_and_one_warning(monkeypatch):
    monkeypatch.setattr(frequency, "SKIPPED", {})
    frequency.zipf.cache_clear()
    warnings = []
    monkeypatch.setattr(frequency.logger, "warning", warnings.append)
    assert frequency.zipf("软件", "zh") == 0.0
    assert frequency.zipf("版本", "zh") == 0.0
    assert list(frequency.SKIPPED) == ["zh"] and len(warnings) == 1
    assert "jieba" in warnings[0] and "wordfreq[cjk]" in warnings[0]
    assert frequency.zipf("программа", "ru") > 3  # other languages as before


def test_foreign_sentence_check_in_chinese_no_longer_raises():
    """``_sentence_in`` asked wordfreq for Chinese frequencies (a Latin sentence whose LID candidates
    hold ``zh``, on a Russian page) and died on ``import jieba``; now the sentence is not judged."""
    assert _sentence_in(CHINESE, CHINESE[:4], "zh") is False


def test_bench_detectors_measure_a_chinese_document():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from bench_cleanliness import detect

    hits = detect("失事容易，得事艰难。ecryptfs通过 kfreebsd-i386 kfreebsdamd64 amd64", "fortune", "zh")
    assert isinstance(hits, dict | list)
