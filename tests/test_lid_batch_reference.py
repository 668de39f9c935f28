"""The calibrated decision's batch path (``Candidates``, ``feature_matrix``: arrays over every
candidate of many texts) against a straightforward per-text computation of the same definitions:
dicts, Python floats, regexes and the letter tables read letter by letter. Real held-out Lingua
sentences, their first two words and single words, and texts built to hit every rule (a letter that
rules a language out, names, languages fastText did not list, Latin names in Cyrillic text)."""

from __future__ import annotations

import csv
import json
import math
import unicodedata

import numpy as np
import pytest
from wordfreq import zipf_frequency
from wordfreq.transliterate import transliterate

from sloika.lang.alphabets import ALPHABETS, foreign_pattern, script_of_language
from sloika.lang.calibrated_lid import (
    _NAME,
    CANDIDATES,
    EVIDENCE_CHARS,
    FAST_FOREIGN_SHARE,
    FLOOR,
    LETTER_FLOOR,
    LLR_CAP,
    MIN_SCRIPT_SHARE,
    ONE_BY_ONE,
    OTHER_SCRIPT_SHARE,
    SHARED_WORD_ZIPF,
    UNWRITTEN_P,
    CalibratedLanguageID,
    fold_evidence_window,
    letters_against,
    load_calibration,
    script_letter_shares,
    without_latin_names,
)
from sloika.lang.char_ngrams import CharNgramModel, normalise
from sloika.lang.word_frequencies import SERBO_CROATIAN

from conftest import DATA

SPECIAL = [
    "Мал клоп, да вонюч.",  # ю rules out Macedonian and Serbian
    "Їжак пішов до лісу.",  # ї і rule out Russian
    "Мы сказали «їжак».",  # nobody explains every letter: nobody is ruled out
    "Мы приехали в Київ.",  # a name's letters rule nothing out
    "Aerocom useljava u nove urede i pogon u Schwäbisch Gmündu.",
    "Хариулах bidnees byy ai.",  # Mongolian joins although fastText did not list it
    "Продам пылесосы на базе Pentium II.",
    "Ђаци су дошли у школу.",
    "Armoured Infantry Brigade) בארץ ישראל.",
    "Природа иЛюди, СПб., 1879, გვ. 212. მესამე ადმინისტრაციული დაყოფა",
    "Это пapa слов.",  # homoglyphs
    "Да.",
    "!!!",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    path = DATA / "langid" / "lingua_sentences_heldout.tsv"
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        sentences = [row["text"] for row in reader]
    short = [json.loads(line)["text"] for line in (DATA / "langid" / "short_texts.jsonl").open()]
    pairs = [" ".join(s.split()[:2]) for s in sentences[::3]]
    words = [s.split()[0] for s in sentences[1::5]]
    return sentences + short + pairs + words + SPECIAL + ["\n".join(sentences[:40])]


class Reference:
    """The decision for one text, each definition computed on its own."""

    def __init__(self, lid: CalibratedLanguageID):
        self.lid = lid
        calibration = load_calibration()
        self.letter_log = {
            lang: {c: math.log(max(f, LETTER_FLOOR) / LETTER_FLOOR) for c, f in table.items()}
            for lang, table in calibration["letter_freq"].items()
        }

    @staticmethod
    def foreign(norm: str, lang: str) -> int:
        pattern = foreign_pattern(lang)
        return len(pattern.findall(norm)) if pattern else 0

    @staticmethod
    def blank_names(text: str) -> str:
        def blank(m):
            name = m.group(2)
            return m.group(1) + (" " * len(name) if name[0].isupper() else name)

        return _NAME.sub(blank, text)

    def allowed(self, window: str, scores: dict[str, float]) -> list[str]:
        shares = script_letter_shares(window)
        unnamed = normalise(self.blank_names(window))

        top = next(iter(scores))
        top_script = script_of_language(top)

        def written(lang):
            script = script_of_language(lang)
            other = top_script is not None and script != top_script
            return lang in ALPHABETS and shares.get(script, 0.0) >= (
                OTHER_SCRIPT_SHARE if other else MIN_SCRIPT_SHARE
            )

        def out(langs):
            counts = {lang: self.foreign(unnamed, lang) for lang in langs if lang in ALPHABETS}
            clean = {script_of_language(lang) for lang, n in counts.items() if n == 0}
            limit = FAST_FOREIGN_SHARE * len(window)
            return {lang for lang, n in counts.items() if n > limit and script_of_language(lang) in clean}

        allowed = [lang for lang in scores if lang == top or written(lang)]
        extra = [
            lang
            for lang in self.lid.ngrams.labels
            if lang not in scores and written(lang) and script_of_language(lang) == script_of_language(top)
        ]
        gone = out(allowed) | (out(allowed + extra) & set(extra))
        return [lang for lang in allowed + extra if lang not in gone]

    def features(self, window: str, scores: dict[str, float], langs: list[str]) -> dict[str, list[float]]:
        norm = normalise(window)
        words = norm.split()
        letters = sum(c.isalpha() for c in window)
        ranking = list(dict.fromkeys([*scores, *langs]))
        ngram = self.lid.ngrams.log_likelihoods(window)
        word = self.lid.words.log_likelihoods(words, langs)
        letter = {
            lang: sum(table.get(c, 0.0) for c in norm if c != " " and ord(c) < 0x530)
            for lang, table in self.letter_log.items()
            if lang in ranking
        }
        ranked = sorted((math.log(max(p, FLOOR)) for p in scores.values()), reverse=True) + [math.log(FLOOR)]
        ngram_ref = next((lang for lang in ranking if lang in ngram), None)
        word_ref = next((lang for lang in ranking if lang in word), None)

        def clip(value):
            return max(-LLR_CAP, min(LLR_CAP, value))

        def letter_llr(lang):
            same = [
                o
                for o in ranking
                if o != lang and o in letter and script_of_language(o) == script_of_language(lang)
            ]
            return clip(letter[lang] - letter[same[0]]) if lang in letter and same else 0.0

        block = {}
        for lang in langs:
            log_p = math.log(max(scores.get(lang, 0.0), FLOOR))
            margin = log_p - (ranked[1] if log_p == ranked[0] else ranked[0])
            foreign = self.foreign(norm, lang)
            ngram_llr = clip(ngram[lang] - ngram[ngram_ref]) if lang in ngram else 0.0
            word_llr = clip(word[lang] - word[word_ref]) if lang in word else 0.0
            block[lang] = [
                log_p,
                margin,
                margin / (1.0 + math.log1p(letters)),
                float(foreign > 0),
                math.log1p(foreign),
                letter_llr(lang),
                ngram_llr,
                ngram_llr / (1.0 + letters) * 10.0,
                word_llr,
                word_llr / (1.0 + len(words)),
            ]
        return block

    def tie(self, window: str, block: dict[str, list[float]], prior: dict[str, float]) -> None:
        """An expected language that shares every letter and every word (wordfreq's own lookup, at
        ``SHARED_WORD_ZIPF``) with other candidates of its script takes their best content evidence."""
        words = normalise(window).split()

        def shares(lang):
            if lang not in ALPHABETS or not self.lid.words.knows(lang) or not words:
                return False
            code = SERBO_CROATIAN.get(lang, lang)
            spelled = transliterate("sr-Latn", " ".join(words)).split() if code == "sh" else words
            return self.foreign(normalise(window), lang) == 0 and all(
                zipf_frequency(w, code, wordlist="small") >= SHARED_WORD_ZIPF for w in spelled
            )

        sharing = [lang for lang in block if shares(lang)]
        for lang in sharing:
            group = [o for o in sharing if script_of_language(o) == script_of_language(lang)]
            if prior.get(lang, 0.0) > 0 and len(group) > 1:
                for k in range(5, 10):  # letter_llr, ngram_llr, ngram_rate, word_llr, word_rate
                    block[lang][k] = max(block[o][k] for o in group)

    def wordless_heirs(self, window: str, probs: dict[str, float]) -> dict[str, float]:
        """While the best candidate has no word list and another of its script lists every word of the
        window (wordfreq's own lookup, at ``SHARED_WORD_ZIPF``) with no letter of the best's alphabet
        that its own lacks in the window, the best is dropped and the rest share its probability."""
        words = normalise(window).split()
        while len(probs) > 1 and words:
            best = next(iter(probs))
            listers = [lang for lang in probs if lang != best and self.lid.words.knows(lang)]
            if self.lid.words.knows(best) or not any(self.lists_all(window, lang, best) for lang in listers):
                break
            probs = _without(probs, best)
        return probs

    def lists_all(self, window: str, lang: str, best: str) -> bool:
        """``lang`` is of ``best``'s script, lists every word of the window (wordfreq's own lookup, at
        ``SHARED_WORD_ZIPF``) and the window holds no letter of ``best``'s alphabet that its own lacks."""
        words = normalise(window).split()
        code = SERBO_CROATIAN.get(lang, lang)
        spelled = transliterate("sr-Latn", " ".join(words)).split() if code == "sh" else words
        telling = set(ALPHABETS.get(best, "")) - set(ALPHABETS.get(lang, ""))
        return (
            script_of_language(lang) == script_of_language(best)
            and not (lang in ALPHABETS and best in ALPHABETS and telling & set(window.lower()))
            and all(zipf_frequency(w, code, wordlist="small") >= SHARED_WORD_ZIPF for w in spelled)
        )

    def unwritten_heirs(self, window: str, probs: dict[str, float]) -> dict[str, float]:
        """Where the best candidate has a word list and letter shares, and another candidate with a
        list lists every word of the window with no letter telling the best from it (``lists_all``),
        though the best's shares of the letters that other's alphabet lacks make a window of so many
        of its letters without one less likely than ``UNWRITTEN_P``, the best is dropped and the rest
        share its probability."""
        best = next(iter(probs))
        shares = self.lid.letter_freq.get(best)
        if not shares or not self.lid.words.knows(best) or not normalise(window).split():
            return probs
        letters = sum(char in shares for char in window.lower())
        for other in probs:
            if other == best or other not in ALPHABETS or not self.lid.words.knows(other):
                continue
            missing = set(ALPHABETS[best]) - set(ALPHABETS[other])
            chance = (1.0 - sum(shares.get(char, 0.0) for char in missing)) ** letters
            if chance < UNWRITTEN_P and self.lists_all(window, other, best):
                return _without(probs, best)
        return probs

    def decide(self, text: str, scores: dict[str, float], prior: dict[str, float]) -> tuple[str, dict]:
        window = text[:EVIDENCE_CHARS]
        block = self.features(window, scores, self.allowed(window, scores))
        self.tie(window, block, prior)
        letters = sum(c.isalpha() for c in window)
        a, b = self.lid.length_scale
        scale = math.exp(a + b * math.log1p(letters))
        logits = {
            lang: scale
            * (sum(w * f for w, f in zip(self.lid.weights, row, strict=True)) + self.lid.bias.get(lang, 0.0))
            + prior.get(lang, 0.0)
            for lang, row in block.items()
        }
        top_logit = max(logits.values())
        exp = {lang: math.exp(value - top_logit) for lang, value in logits.items()}
        probs = {lang: value / sum(exp.values()) for lang, value in exp.items()}
        probs = dict(sorted(probs.items(), key=lambda kv: -kv[1]))
        probs = self.unwritten_heirs(window, self.wordless_heirs(window, _writing_heirs(text, probs, scores)))
        lang, p = next(iter(probs.items()))
        top = next(iter(scores))
        needed = self.lid.switch_p if letters_against(text, top) else self.lid.switch_p_silent
        if lang != top and p < needed and top in probs:
            lang = top
        return lang, probs


def _without(probs: dict[str, float], lang: str) -> dict[str, float]:
    """``probs`` without ``lang``, the rest sharing its probability in proportion."""
    rest = sum(p for other, p in probs.items() if other != lang)
    return {other: p / rest for other, p in probs.items() if other != lang}


def _writing_kinds(text: str) -> set[str]:
    """The CJK writing systems of ``text`` by Unicode character names: han, kana, hangul."""
    kinds = set()
    for char in text:
        name = unicodedata.name(char, "")
        if name.startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH")):
            kinds.add("han")
        elif "HANGUL" in name and ("SYLLABLE" in name or "LETTER" in name or "CHOSEONG" in name):
            kinds.add("hangul")
        elif (
            ("HIRAGANA" in name or "KATAKANA" in name)
            and "MIDDLE DOT" not in name
            and "SOUND MARK" not in name
        ):
            kinds.add("kana")
    return kinds


def _writing_heirs(text: str, probs: dict[str, float], scores: dict[str, float]) -> dict[str, float]:
    """Japanese needs kana and Korean hangul in a text with Han characters; a candidate without
    them hands its probability to fastText's other CJK labels, in proportion to fastText's."""
    kinds = _writing_kinds(text)
    needs = {"ja": "kana", "ko": "hangul"}
    out = {lang for lang in probs if "han" in kinds and lang in needs and needs[lang] not in kinds}
    heirs = {
        lang: scores.get(lang, 0.0)
        for lang in [*probs, *scores]
        if lang not in out
        and script_of_language(lang) == "cjk"
        and not (lang in needs and needs[lang] not in kinds)
    }
    if not out or sum(heirs.values()) <= 0:
        return probs
    moved = {lang: p for lang, p in probs.items() if lang not in out}
    for lang, weight in heirs.items():
        moved[lang] = moved.get(lang, 0.0) + sum(probs[o] for o in out) * weight / sum(heirs.values())
    return dict(sorted(moved.items(), key=lambda kv: -kv[1]))


def _full_decisions(lid: CalibratedLanguageID, texts: list[str], prior: dict, path: str) -> tuple:
    """Every text's full decision (no fast path), by the batch arrays or by ``decide_one``."""
    prepared = [without_latin_names(fold_evidence_window(t)) for t in texts if t.strip()]
    scores = [lid.fasttext.predict(t, k=CANDIDATES) for t in prepared]
    if path == "batch":
        assert len(prepared) >= ONE_BY_ONE
        return prepared, scores, lid.decide_many(prepared, scores, prior or None)
    return (
        prepared,
        scores,
        [lid.decide_one(t, s, prior or None) for t, s in zip(prepared, scores, strict=True)],
    )


@pytest.mark.parametrize("with_prior", [False, True])
@pytest.mark.parametrize("path", ["batch", "one text"])
def test_the_decision_equals_the_per_text_definitions(texts, with_prior, path):
    """Both ways the decision is computed (arrays over a batch; Python numbers for one text)
    against the definitions computed on their own."""
    lid = CalibratedLanguageID()
    prior = lid.expected_prior(["ru"], 0.9) if with_prior else {}
    prepared, scores, decided = _full_decisions(lid, texts, prior, path)
    reference = Reference(lid)
    joined = 0
    for text, score, guess in zip(prepared, scores, decided, strict=True):
        lang, probs = reference.decide(text, score, prior)
        assert guess.lang == lang, text
        assert list(guess.candidates) == list(probs), text  # the same candidates, best first
        assert guess.candidates == pytest.approx(probs, rel=1e-9, abs=1e-12), text
        joined += any(lang not in score for lang in probs)
    assert joined > 10  # languages fastText did not list joined, and were compared too


def test_one_text_and_the_batch_decide_alike(texts):
    """``decide_one`` and the batch arrays agree to the last bit: every label, candidate, place and
    probability (both add the same numbers in the same order), so a text alone and in a batch
    get the same answer (``identify`` against ``identify_many``, fast path included:
    ``test_calibrated_lid.py``)."""
    lid = CalibratedLanguageID()
    prior = lid.expected_prior(["ru"], 0.9)
    _, _, batch = _full_decisions(lid, texts, prior, "batch")
    _, _, one = _full_decisions(lid, texts, prior, "one text")
    for a, b in zip(batch, one, strict=True):
        assert (a.lang, a.score, list(a.candidates.items())) == (b.lang, b.score, list(b.candidates.items()))


def test_the_language_step_judges_a_batch_as_it_judges_each_document(texts):
    """``sloika build`` hands the language step up to ``BATCH`` documents at once (datatrove's
    ``filter_batch``): every verdict and every label it writes are those of ``filter`` alone."""
    from datatrove.data import Document

    from sloika.config import LanguageConfig
    from sloika.filters.language import LanguageFilter

    step = LanguageFilter(LanguageConfig(languages=["ru"]))
    assert step.batch_size > 1
    sample = texts[::4] + ["", "   "]

    def documents():
        return [Document(text=text, id=str(i), metadata={}) for i, text in enumerate(sample)]

    alone = documents()
    verdicts = [step.filter(doc) for doc in alone]
    together = documents()
    assert step.filter_batch(together) == verdicts
    for a, b in zip(alone, together, strict=True):
        assert a.metadata["lang"] == b.metadata["lang"]
        assert a.metadata["lang_score"] == pytest.approx(b.metadata["lang_score"], rel=1e-9)
        assert list(a.metadata["lang_top"]) == list(b.metadata["lang_top"])
        assert a.metadata["lang_top"] == pytest.approx(b.metadata["lang_top"], rel=1e-9)
    assert {v if v is True else v[1] for v in verdicts} >= {True, "wrong_language"}


@pytest.mark.parametrize("action", ["trim", "drop"])
def test_the_purity_step_judges_a_batch_as_it_judges_each_document(texts, action):
    """With purity on, the batch's verdicts come from one ``judge_many``: every verdict, kept text,
    purity and ``lang_spans``/``removed`` span is the one ``filter`` gives each document alone."""
    from datatrove.data import Document

    from sloika.config import LanguageConfig
    from sloika.documents import carrying
    from sloika.filters.language import LanguageFilter
    from sloika.text.spans import spans

    step = LanguageFilter(LanguageConfig(languages=["ru"], purity=True, purity_action=action, min_purity=0.9))
    assert step.batch_size > 1
    # documents of 3 held-out sentences each: some pure, some with a foreign sentence to trim
    sentences = texts[:600:7]
    sample = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)] + [""]

    def documents():
        return [carrying(Document(text=text, id=str(i), metadata={})) for i, text in enumerate(sample)]

    alone = documents()
    verdicts = [step.filter(doc) for doc in alone]
    together = documents()
    assert step.filter_batch(together) == verdicts
    for a, b in zip(alone, together, strict=True):
        assert a.text == b.text
        assert a.metadata["lang"] == b.metadata["lang"]
        assert a.metadata.get("purity") == b.metadata.get("purity")
        assert spans(a) == spans(b)
    assert any(spans(doc) for doc in alone)  # findings were attached, and compared
    outcomes = {v if v is True else v[1] for v in verdicts}
    assert True in outcomes and len(outcomes) > 1


def test_ngram_sums_of_wanted_cells_are_the_full_sums_bit_for_bit(texts):
    """The decision asks the n-gram tables only for its candidates and references; those cells must
    be the full matrix's, to the last bit (the one-text path computes all labels)."""
    model = CharNgramModel.load(packaged="lid_ngrams.json.gz")
    norms = [normalise(text) for text in [*texts, "", "123"]]  # a text without grams too
    full = model.log_likelihood_matrix(norms)
    wanted = np.zeros(full.shape, dtype=bool)
    wanted[::2, ::3] = wanted[1::2, 1] = True
    wanted[-2:, :2] = True
    part = model.log_likelihood_matrix(norms, wanted)
    assert np.array_equal(part[wanted], full[wanted]) and not part[~wanted].any()
