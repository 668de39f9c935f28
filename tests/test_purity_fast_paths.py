"""The purity verdict's fast paths against the exact slow paths they short-cut, on real text.

Each shortcut (the literal tests before the exempt patterns, the single-sentence pieces razdel is
not asked about, the script runs read with one regex, the letters of a one-script piece counted
by ``str.isalpha``, a sentence's counts taken from its text's, the translit pre-score without
numpy) must leave every verdict exactly as the slow path gives it: the tests run both on held-out
Lingua sentences (26 languages, six scripts), documents made of them, real React-docs pages
(code, URLs, inline Latin), the mixed-language and short-text fixtures.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter

import pytest

from sloika.lang import purity, translit
from sloika.lang.calibrated_lid import shared_identifier
from sloika.lang.translit import MIN_LETTERS, MIN_RATE, quick_rate, romanise, translit_in_runs, translit_score
from sloika.text import scripts, sentences
from sloika.text.scripts import (
    LATIN,
    exempt_mask,
    exempt_spans,
    script_counts,
    script_of,
    script_runs,
    script_runs_by_word,
)
from sloika.text.spans import Span, merge_spans

from conftest import DATA

LANGID = DATA / "langid"


def _lingua() -> list[tuple[str, str]]:
    with open(LANGID / "lingua_sentences_heldout.tsv", encoding="utf-8", newline="") as handle:
        return [(row["label"], row["text"]) for row in csv.DictReader(handle, delimiter="\t")]


LINGUA = _lingua()
SENTENCES = [text for _, text in LINGUA]
# documents as a corpus has them: ten sentences of one language, one a line
DOCUMENTS = [
    "\n".join(text for label, text in LINGUA if label == lang)[: 10 * 200]
    for lang in sorted({label for label, _ in LINGUA})
]
FIXTURES = [
    json.loads(line)["text"]
    for name in ("purity_mixed.jsonl", "short_texts.jsonl")
    for line in (LANGID / name).read_text(encoding="utf-8").splitlines()
]
PAGES = [path.read_text(encoding="utf-8") for path in sorted((DATA / "react_docs" / "pages").glob("*.md"))]
TEXTS = SENTENCES + DOCUMENTS + FIXTURES + PAGES


def test_exempt_literal_tests_only_skip_patterns_that_cannot_match():
    skipped = 0
    for text in TEXTS:
        for _, pattern, needs in scripts._EXEMPT_PATTERNS:
            if not scripts.may_match(text, needs):
                skipped += 1
                assert pattern.search(text) is None, (pattern.pattern, text[:80])
        every_pattern = [
            (m.start(), m.end(), label)
            for label, pattern, _ in scripts._EXEMPT_PATTERNS
            for m in pattern.finditer(text)
        ]
        slow = merge_spans([Span(a, b, label, 1.0, {"counted": False}) for a, b, label in every_pattern])
        assert exempt_spans(text) == slow
    assert skipped > len(TEXTS) * 5  # most patterns are skipped on most texts: the shortcut is taken


def _razdel(piece: str) -> list[tuple[int, int]]:
    from razdel import sentenize

    return [(s.start, s.stop) for s in sentenize(piece) if s.stop > s.start]


def test_pieces_razdel_is_not_asked_about_are_the_sentences_razdel_finds():
    pieces = [sentences.one_line(text[a:b]) for text in TEXTS for a, b, _ in sentences.paragraphs(text)]
    pieces += [sentences.one_line(line) for text in DOCUMENTS + PAGES for line in text.splitlines()]
    not_asked = [piece for piece in pieces if not sentences._may_split().search(piece)]
    assert len(not_asked) > len(pieces) / 2
    for piece in pieces:
        assert sentences.sentenize(piece) == _razdel(piece), piece[:80]


def test_script_runs_by_regex_are_the_runs_read_word_by_word():
    read_by_regex = 0
    for text in TEXTS:
        mask = exempt_mask(text, exempt_spans(text))
        for use_mask in (None, mask):
            assert script_runs(text, use_mask) == script_runs_by_word(text, use_mask), text[:80]
        for start, end in sentences.sentences(text):
            assert script_runs(text, mask, start, end) == script_runs_by_word(text, mask, start, end)
            read_by_regex += not any(mask[start:end])
    assert read_by_regex > len(SENTENCES)


def test_letter_counts_of_one_script_pieces_are_the_counts_per_character():
    for text in TEXTS:
        mask = exempt_mask(text, exempt_spans(text))
        judged = "".join(" " if flag else char for char, flag in zip(text, mask, strict=True))
        for start, end in [(0, len(text)), *sentences.sentences(text)]:
            per_character = Counter(script_of(c) for c in judged[start:end] if c.isalpha())
            assert script_counts(text, mask, start, end) == per_character
            assert set(script_counts(text, mask, start, end)) == set(per_character)  # no zero entries


def _latin_runs() -> list[str]:
    """Latin runs of the real texts, and real Russian sentences romanised (the runs that score high)."""
    russian = [text for label, text in LINGUA if label == "ru"]
    schemes = (translit.INFORMAL, translit.GOST_B)
    texts = TEXTS + [romanise(text, scheme) for text in russian for scheme in schemes]
    return [
        text[a:b]
        for text in texts
        for a, b, script, _ in script_runs(text, exempt_mask(text, exempt_spans(text)))
        if script == LATIN and sum(map(str.isalpha, text[a:b])) >= MIN_LETTERS
    ]


def test_quick_translit_rate_is_the_exact_rate_within_its_margin():
    runs = _latin_runs()
    exact = [translit_score(run) for run in runs]
    assert sum(rate >= MIN_RATE for rate in exact) > 50 and sum(rate < MIN_RATE for rate in exact) > 500
    for run, rate in zip(runs, exact, strict=True):
        assert quick_rate(run) == pytest.approx(rate, abs=translit.QUICK_MARGIN / 100), run[:80]


def test_translit_spans_are_those_the_exact_score_finds_on_every_run():
    for text in TEXTS + [romanise(text) for label, text in LINGUA if label == "ru"]:
        runs = script_runs(text, exempt_mask(text, exempt_spans(text)))
        slow = [
            (a, b, min(1.0, translit_score(text[a:b]) / (2 * MIN_RATE)))
            for a, b, script, _ in runs
            if script == LATIN
            and sum(map(str.isalpha, text[a:b])) >= MIN_LETTERS
            and translit_score(text[a:b]) >= MIN_RATE
        ]
        assert [(s.start, s.end, s.score) for s in translit_in_runs(text, runs)] == slow


def _slow_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every shortcut of the verdict turned off: the exact slow path of each."""
    monkeypatch.setattr(scripts, "may_match", lambda text, needs: True)
    monkeypatch.setattr(sentences, "sentenize", _razdel)
    anything = re.compile("")  # every piece is "unusual": runs word by word, counts per character
    monkeypatch.setattr(
        scripts, "_run_pattern", lambda: (None, anything, dict.fromkeys(scripts.SCRIPTS, anything))
    )
    monkeypatch.setattr(translit, "quick_rate", lambda run, model=None: float("inf"))  # every run scored
    monkeypatch.setattr(
        purity,
        "_sentence_counts",
        lambda text, mask, judged, start, end, counts, only: script_counts(text, mask, start, end),
    )


@pytest.mark.parametrize("lang", ["ru", ["ru", "uk"], None])
def test_verdicts_with_and_without_the_shortcuts_are_the_same(monkeypatch, lang):
    identifier = shared_identifier()
    texts = SENTENCES[::4] + DOCUMENTS + FIXTURES + PAGES
    fast = [purity.judge(text, lang, identifier=identifier) for text in texts]
    _slow_paths(monkeypatch)
    slow = [purity.judge(text, lang, identifier=identifier) for text in texts]
    for text, quick, exact in zip(texts, fast, slow, strict=True):
        assert quick == exact, text[:80]
