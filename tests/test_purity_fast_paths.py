"""The purity verdict's fast paths against the exact slow paths they short-cut, on real text.

Each shortcut (the literal tests before the exempt patterns and the four probes before those, the
single-sentence pieces razdel is not asked about and the delimiters it need not look at, the script
runs read with one regex, the letters of a batch counted by one table lookup and those of a
one-script piece by ``str.isalpha``, a sentence's counts taken from its text's, the translit
pre-score without numpy) must leave every verdict exactly as the slow path gives it: the tests
run both on held-out Lingua sentences (26 languages, six scripts), documents made of them, real
React-docs pages (code, URLs, inline Latin), the mixed-language and short-text fixtures.
"""

from __future__ import annotations

import csv
import gc
import json
import re
from collections import Counter

import pytest

from sloika.lang import purity, translit
from sloika.lang.calibrated_lid import shared_identifier
from sloika.lang.char_ngrams import normalise
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
            if pattern is not scripts._PATH or not scripts.is_slashed_words(m.group())  # "и/или"
        ]
        slow = merge_spans([Span(a, b, label, 1.0, {"counted": False}) for a, b, label in every_pattern])
        assert exempt_spans(text) == slow
    assert skipped > len(TEXTS) * 5  # most patterns are skipped on most texts: the shortcut is taken


def test_texts_the_combined_probes_rule_out_lack_what_every_exempt_pattern_needs():
    """``exempt_spans`` returns at once when none of ``_ANY_NEEDS`` matches: each need (and so
    each pattern) must then be absent. Each need written alone, and in the real texts."""
    literal_needs = [needs for _, _, needs in scripts._EXEMPT_PATTERNS if isinstance(needs, str)]
    samples = literal_needs + ["```", "~~~", "$x$", "\\(", "WWW.example", "a.b", "camelCase", "%s", "{0}"]
    ruled_out = 0
    for text in TEXTS + samples:
        if not any(scripts.may_match(text, needs) for needs in scripts._ANY_NEEDS):
            ruled_out += 1
            for _, pattern, needs in scripts._EXEMPT_PATTERNS:
                assert not scripts.may_match(text, needs) and pattern.search(text) is None, text[:80]
    for sample in samples:
        assert any(probe.search(sample) for probe in scripts._ANY_NEEDS), sample
    assert ruled_out > len(SENTENCES) / 2


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


def _joined_at_every_delimiter(piece: str) -> bool:
    """razdel's first three rules at every delimiter its splitter finds (the slow definition)."""
    from razdel.segmenters.sentenize import SentSplit, SentSplitter, empty_side, lower_right, no_space_prefix

    return all(
        empty_side(part) or no_space_prefix(part) or lower_right(part)
        for part in SentSplitter()(piece)
        if isinstance(part, SentSplit)
    )


def test_quick_sentence_tests_agree_with_razdels_splitter_at_every_delimiter():
    pieces = [sentences.one_line(text[a:b]) for text in TEXTS for a, b, _ in sentences.paragraphs(text)]
    pieces += [sentences.one_line(line) for text in DOCUMENTS + PAGES for line in text.splitlines()]
    pieces += ["Ну :( Ладно.", "Он ушёл :-) И всё.", "Т. е. так", "См. рис. 3. Далее текст."]
    joined = split = 0
    for piece in pieces:
        may_split = sentences._may_split().search(piece) is not None
        if not sentences._may_split_quickly().search(piece):
            assert not may_split, piece[:80]
        if may_split:
            slow = _joined_at_every_delimiter(piece)
            assert sentences._surely_joined(piece) == slow, piece[:80]
            joined, split = joined + slow, split + (not slow)
    assert joined > 50 and split > 50  # both answers are exercised


def test_sentences_of_one_line_are_those_of_its_paragraphs():
    lines = [line for text in TEXTS for line in text.splitlines()]
    lines += ["", "   ", "```python", "  ~~~ x", "\tТекст. "]
    assert sum("\n" not in text for text in TEXTS) > len(SENTENCES) / 2
    for text in TEXTS + lines:
        by_paragraph = [
            bounds
            for start, end, kind in sentences.paragraphs(text)
            if kind == "paragraph"
            for bounds in sentences.split_sentences(text, start, end)
        ]
        assert sentences.sentences(text) == by_paragraph, text[:80]


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


def test_script_counts_of_a_batch_are_the_counts_per_character():
    """The batch's table lookup against ``script_of`` asked per character, masked code points
    skipped; with letters beyond the basic plane (``𝔸``, an ideograph of plane 2) and none at all."""
    texts = TEXTS + ["Текст 𝔸𝔹 и 𠀋 ideograph", "", "123 — ,,", "ﬁ ǅ ß Ⅻ ² ㈠"]
    masks = [exempt_mask(text, exempt_spans(text)) for text in texts]
    expected = [
        Counter(script_of(c) for c, flag in zip(text, mask, strict=True) if c.isalpha() and not flag)
        for text, mask in zip(texts, masks, strict=True)
    ]
    assert scripts.script_counts_many(texts, masks) == [dict(counts) for counts in expected]
    for i in range(scripts.FEW_TEXTS):  # a few texts are counted one by one
        few = slice(i * 7, i * 7 + i)
        assert scripts.script_counts_many(texts[few], masks[few]) == [dict(c) for c in expected[few]]
    assert sum(any(mask) for mask in masks) > 10  # masks are exercised
    assert scripts.script_counts_many([], []) == []


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


def test_quick_translit_rate_holds_when_its_word_cache_starts_over(monkeypatch):
    runs = _latin_runs()[:300]
    differences = translit._Differences(translit._model())
    monkeypatch.setattr(differences, "CACHED_WORDS", 20)  # starts over every few runs
    for run in runs:
        assert differences.rate(run) == pytest.approx(translit_score(run), abs=translit.QUICK_MARGIN / 100)
        assert len(differences._words) <= max(20, len(normalise(run).split()))


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
    # every sentence's runs read before any decision, not only where the verdict needs them
    monkeypatch.setattr(purity, "may_hold_latin", lambda text, start, end: True)
    monkeypatch.setattr(
        purity, "script_counts_many", lambda texts, masks: list(map(script_counts, texts, masks))
    )
    monkeypatch.setattr(
        purity,
        "_sentence_counts",
        lambda text, mask, judged, start, end, counts, only: script_counts(text, mask, start, end),
    )


def test_runs_of_another_script_are_read_when_the_sentence_is_not_foreign_whole():
    """A sentence without Latin letters has its runs read only by the verdict: a Greek phrase inside
    a Russian sentence is still a counted run; a Greek sentence is foreign whole, with no run of it."""
    identifier = shared_identifier()
    text = "Он сказал нам: καλημέρα σας φίλε μου αγαπητέ, и ушёл домой очень довольный."
    greek = "καλημέρα σας φίλε μου αγαπητέ"
    verdict = purity.judge(text, "ru", identifier=identifier)
    start = text.index(greek)
    assert [(s.start, s.end, s.label, s.attrs["words"]) for s in verdict.spans] == [
        (start, start + len(greek), "script:other", 5)
    ]
    text = "Это русская строка про погоду и дом. Η Ελλάδα είναι μια όμορφη χώρα με πολλά νησιά."
    sentence = "Η Ελλάδα είναι μια όμορφη χώρα με πολλά νησιά."
    verdict = purity.judge(text, "ru", identifier=identifier)
    assert [(s.start, s.end, s.label) for s in verdict.spans] == [(text.index(sentence), len(text), "el")]


@pytest.mark.parametrize("lang", ["ru", ["ru", "uk"], None])
def test_verdicts_with_and_without_the_shortcuts_are_the_same(monkeypatch, lang):
    identifier = shared_identifier()
    texts = SENTENCES[::4] + DOCUMENTS + FIXTURES + PAGES
    fast = [purity.judge(text, lang, identifier=identifier) for text in texts]
    _slow_paths(monkeypatch)
    slow = [purity.judge(text, lang, identifier=identifier) for text in texts]
    for text, quick, exact in zip(texts, fast, slow, strict=True):
        assert quick == exact, text[:80]


def test_purity_is_the_share_of_letters_outside_exempt_spans_that_counted_spans_cover():
    """The verdict's purity against the definition, letters counted here character by character."""
    texts = SENTENCES[::3] + DOCUMENTS + FIXTURES + PAGES
    impure_texts = 0
    for text, verdict in zip(
        texts, purity.judge_many(texts, "ru", identifier=shared_identifier()), strict=True
    ):
        mask = exempt_mask(text, exempt_spans(text))
        covered = bytearray(len(text))
        for span in verdict.spans:
            if span.counted:
                covered[span.start : span.end] = b"\x01" * (span.end - span.start)
        letters = [i for i, char in enumerate(text) if char.isalpha() and not mask[i]]
        impure = sum(covered[i] for i in letters)
        assert verdict.purity == (1.0 - impure / len(letters) if letters else 1.0), text[:80]
        impure_texts += impure > 0
    assert impure_texts > 100


@pytest.mark.parametrize("lang", ["ru", None])
def test_verdicts_of_a_batch_are_those_of_each_text_alone(lang):
    """``judge_many`` decides all texts and all their sentences in one batch (two with ``lang``
    None): every verdict is, to the last bit, the one ``judge`` gives the text alone."""
    identifier = shared_identifier()
    texts = SENTENCES[::6] + DOCUMENTS + FIXTURES + PAGES
    batch = purity.judge_many(texts, lang, identifier=identifier)
    for text, together in zip(texts, batch, strict=True):
        assert together == purity.judge(text, lang, identifier=identifier), text[:80]


@pytest.mark.parametrize("lang", ["ru", ["ru", "uk"], None])
def test_one_batch_for_texts_and_sentences_asks_what_each_question_alone_asks(monkeypatch, lang):
    """The texts and their sentences decided together are decided as each text and each sentence
    on its own (``identify`` one at a time: a separate fastText call and decision per question)."""
    identifier = shared_identifier()
    texts = SENTENCES[::5] + DOCUMENTS + FIXTURES + PAGES
    together = purity.judge_many(texts, lang, identifier=identifier)
    asked: list[int] = []
    identify_many = identifier.identify_many

    def one_by_one(questions, expected=None):
        asked.append(len(questions))
        return [identify_many([question], expected)[0] for question in questions]

    monkeypatch.setattr(identifier, "identify_many", one_by_one)
    alone = purity.judge_many(texts, lang, identifier=identifier)
    prior = identifier.expected_prior([lang] if isinstance(lang, str) else lang or [], purity.EXPECTED_SHARE)
    # with ``lang`` None a text's sentences are decided with its own language's prior: one batch
    # for the texts, then one per own language
    owns: set[str] = set()
    checked = 0
    for text, a, b in zip(texts, together, alone, strict=True):
        assert a == b, text[:80]
        # a foreign sentence's score is the decision on that sentence, code and URLs blanked
        mask = exempt_mask(text, exempt_spans(text))
        blanked = "".join(" " if flag else char for char, flag in zip(text, mask, strict=True))
        sentence_prior = prior
        if lang is None and blanked.strip():
            own = identify_many([blanked], prior)[0].lang
            owns.add(own)
            sentence_prior = identifier.expected_prior([own], purity.EXPECTED_SHARE)
        for span in a.spans:
            # a bilingual text's sentences in its second language are decided as any sentence
            level = span.attrs.get("level")
            if level in ("sentence", purity.SECOND_LANGUAGE) and (span.start, span.end) != (0, len(text)):
                score = identify_many([blanked[span.start : span.end]], sentence_prior)[0].score
                assert span.score == score
                checked += 1
    # 20 with ``lang`` None: the half-translated React page (58 % English) is bilingual, its 16 Russian
    # sentences recorded, none of its 31 English ones cut
    assert checked >= 20
    assert (2 <= len(asked) <= 1 + len(owns)) if lang is None else len(asked) == 1
    assert sum(asked) > len(texts) + 50  # documents' sentences were asked too


def test_exempt_spans_of_a_batch_are_each_texts_own():
    """``exempt_spans_many`` scans a batch joined by NUL: every text must get exactly what
    ``exempt_spans`` (checked against every pattern above) finds in it alone, whatever its
    neighbours, in batches where matches sit at a text's first and last character."""
    edges = ["a.b", "x", "camelCase", "", "www.", "кот", "`", "тест_"]
    for batch in (TEXTS, TEXTS[::-1], edges, edges[::-1], ["\0a.b\0"], TEXTS[:1]):
        assert scripts.exempt_spans_many(batch) == [exempt_spans(text) for text in batch]
    assert scripts.exempt_spans_many([]) == []
    assert sum(map(bool, scripts.exempt_spans_many(TEXTS))) > 10  # the batch found real spans


def test_script_shares_of_one_script_are_the_general_computation():
    for counts in ({"cyrillic": 7}, {"latin": 1}, {"cjk": 3, "latin": 2}, {"other": 0}, {}):
        total = sum(counts.values())
        expected = {s: round(counts[s] / total, 4) if counts.get(s) else 0.0 for s in scripts.SCRIPTS}
        got = scripts.script_shares(counts)
        assert got == expected and list(got) == list(scripts.SCRIPTS), counts


def test_the_cycle_collector_is_paused_during_a_batch_and_left_as_the_caller_had_it(monkeypatch):
    """``judge_many`` pauses Python's cycle collector while it works (its readings are no cycles)
    and resumes it after, also when a decision fails; a caller that paused it finds it paused."""
    seen = []
    identify_many = shared_identifier().identify_many

    def watched(texts, expected=None):
        seen.append(gc.isenabled())
        return identify_many(texts, expected)

    monkeypatch.setattr(shared_identifier(), "identify_many", watched)
    assert gc.isenabled()
    purity.judge_many(FIXTURES, "ru", identifier=shared_identifier())
    assert seen == [False] and gc.isenabled()

    def failing(texts, expected=None):
        raise RuntimeError("a decision failed")

    monkeypatch.setattr(shared_identifier(), "identify_many", failing)
    with pytest.raises(RuntimeError):
        purity.judge_many(FIXTURES, "ru", identifier=shared_identifier())
    assert gc.isenabled()

    monkeypatch.setattr(shared_identifier(), "identify_many", watched)
    gc.disable()
    try:
        purity.judge_many(FIXTURES, "ru", identifier=shared_identifier())
        assert not gc.isenabled()
    finally:
        gc.enable()
