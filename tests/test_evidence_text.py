"""What the language decision reads of a short text, and how it decides one that tells two
languages nothing (``evidence_text``, ``tie_shared_words``). Texts are our own, written in the forms
the short-text bench found dropped: table rows of ticks, "Да…", bullets, emoji, inline code."""

from __future__ import annotations

import pytest
from wordfreq import zipf_frequency
from wordfreq.transliterate import transliterate

from sloika.lang.alphabets import ALPHABETS, foreign_letters, script_of_language
from sloika.lang.calibrated_lid import (
    CANDIDATES,
    SHARED_WORD_ZIPF,
    Windows,
    allowed_candidates,
    candidate_features,
    candidate_probabilities,
    fold_evidence_window,
    length_scale,
    shared_identifier,
    without_latin_names,
)
from sloika.lang.char_ngrams import normalise
from sloika.lang.evidence_text import EVIDENCE_CHARS, evidence_text, without_markup
from sloika.lang.word_frequencies import SERBO_CROATIAN


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Обучение моделей | ✅ да | ✅ да |", "Обучение моделей да"),  # distinct cells once, no ticks
        ("| Формат | да | нет | да |", "Формат да нет"),
        ("- ✅ готово", "готово"),
        ("1. **Установите** пакет", "Установите пакет"),
        ("> ## Итоги главы", "Итоги главы"),
        ("`useMemo` ожидает два аргумента:", "ожидает два аргумента:"),
        ("Смотрите https://example.org/a и пишите @ivan_petrov #вопросы", "Смотрите и пишите вопросы"),
        ("[См. примеры ниже.](#usage)", "См. примеры ниже."),
        ("Привет 👋🏻 как дела?", "Привет как дела?"),
        ("Да-да-да…", "Да…"),  # hyphen repeats, as before
        ("Ха-ХА-ха! Ну-ну - что-то из-за", "Ха! Ну - что-то из-за"),  # any case; other hyphens stay
        ("ха-хаха, 5ха-ха, ха-ха5", "ха-хаха, 5ха-ха, ха-ха5"),  # no whole word repeated: as written
        ("В 1996 году", "В 1996 году"),  # numbers stay: fastText reads them with their words
        ("Одна | две", "Одна две"),  # one pipe: no table row
        ("Не удалось открыть %s: %s", "Не удалось открыть :"),  # a catalog's printf placeholders
        ("%liмин %liс", "мин с"),  # blanked before the script count: the rest is Cyrillic
        ("размер «%.250s» изменён с %jd на %-*.*s", "размер изменён с на"),  # no empty « »: French
        ("Имя узла «%s» содержит «[», но не «]»", "Имя узла содержит , но не"),
        ("Ошибка {0} в {}, удалено %(count)d", "Ошибка в , удалено"),  # Python's formats
        ("површини од 3,8 -{km²}-.", "површини од 3,8 -{km²}-."),  # a script guard, no placeholder
        ("скидка 50% на всё", "скидка 50% на всё"),  # a percent sign is no placeholder
    ],
)
def test_markup_symbols_and_repeated_cells_are_not_read(text, read):
    assert evidence_text(text) == read


def test_what_is_not_mostly_cyrillic_long_or_only_markup_is_read_as_written():
    for text in (
        "2008年北京奥运会 ✅",  # fastText reads a Chinese sentence's numbers and signs as its own
        "Release notes | ✅ yes | ✅ yes |",  # not Cyrillic: which Cyrillic language is not the question
        "| --- | --- |",  # nothing but markup: the decision reads it all rather than nothing
        '`"Подключение..."`',  # code holding Russian is Russian
    ):
        assert without_markup(text) == text
    long = "Ответ | ✅ да | ✅ да |\n" * (EVIDENCE_CHARS // 20)
    assert evidence_text(long) == long  # beyond the evidence window markup moves nothing


@pytest.mark.parametrize(
    "text",
    [
        "Файл:  инструкция.png, 1908x1752 k",  # "k" is no KELVIN SIGN: nothing here is blanked
        "  Кабинет  доктора Kuhn,  ω и Å  ",  # nor "ω" an OHM SIGN, "Å" an ANGSTROM SIGN
    ],
)
def test_letters_that_fold_to_a_symbol_are_no_markup(text):
    assert without_markup(text) == text  # spaces as written: the text was not rewritten at all


def _shares_every_word(words: list[str], lang: str) -> bool:
    """Every word at ``SHARED_WORD_ZIPF`` or more in ``lang``'s wordfreq list (wordfreq's own lookup;
    Serbian's list is Serbo-Croatian in Latin letters)."""
    code = SERBO_CROATIAN.get(lang, lang)
    if code == "sh":
        words = transliterate("sr-Latn", " ".join(words)).split()
    return all(zipf_frequency(word, code, wordlist="small") >= SHARED_WORD_ZIPF for word in words)


def _reference(text: str, prior: dict[str, float] | None) -> dict[str, float]:
    """The decision on one text by the per-text path (``candidate_features``, the fit's view) with the
    tie applied by hand: the expected language takes the best letter, n-gram and word evidence of
    the candidates that have every letter and share every word with it."""
    ours = shared_identifier()
    prepared = without_latin_names(fold_evidence_window(evidence_text(text)))
    scores = ours.fasttext.predict(prepared, k=CANDIDATES)
    windows = Windows([prepared])
    allowed = allowed_candidates(windows[0], scores, ours.ngrams.labels)
    tables = (ours.letter_tables, ours.ngrams, ours.words)
    features = candidate_features(windows, [scores], *tables, [allowed])[0]
    words = normalise(prepared).split()
    sharing = [
        lang
        for lang in features
        if lang in ALPHABETS
        and script_of_language(lang) == "cyrillic"
        and ours.words.knows(lang)
        and foreign_letters(" ".join(words), lang) == 0
        and _shares_every_word(words, lang)
    ]
    if prior and "ru" in sharing and len(sharing) > 1:
        content = [5, 6, 7, 8, 9]  # letter_llr, ngram_llr, ngram_rate, word_llr, word_rate
        for k in content:
            features["ru"][k] = max(features[lang][k] for lang in sharing)
    scale = length_scale(windows.letters[0], *ours.length_scale)
    return candidate_probabilities(features, ours.weights, ours.bias, scale, prior)


@pytest.mark.parametrize("text", ["Да…", "Да, да.", "Формат | ✅ да |", "Информация | да | да |"])
def test_a_text_of_shared_words_is_the_priors_to_decide(text):
    ours = shared_identifier()
    prior = ours.expected_prior(["ru"], 0.9)
    with_prior = ours.identify(text, prior)
    assert not with_prior.fast
    assert with_prior.candidates == pytest.approx(_reference(text, prior), abs=1e-9)
    assert with_prior.candidates["ru"] >= 0.65  # the step keeps it
    # without a prior nothing is tied: the fitted decision, which on a uniform mix may well say bg
    assert ours.identify(text).candidates == pytest.approx(_reference(text, None), abs=1e-9)


def test_a_word_one_language_lacks_is_evidence_and_no_tie():
    ours = shared_identifier()
    prior = ours.expected_prior(["ru"], 0.9)
    # "добре" is in wordfreq's Russian list, but below SHARED_WORD_ZIPF (a neighbour's word quoted)
    assert 3.0 <= zipf_frequency("добре", "ru", wordlist="small") < SHARED_WORD_ZIPF
    for bulgarian in ("Добре, да видим.", "Лека нощ!"):
        guess = ours.identify(bulgarian, prior)
        assert guess.lang == "bg" and guess.candidates.get("ru", 0.0) < 0.65
        assert guess.candidates == pytest.approx(_reference(bulgarian, prior), abs=1e-9)


def test_listed_counts_agree_with_wordfreq():
    words_of = {
        "Да, конечно": ["да", "конечно"],
        "добре дошли": ["добре", "дошли"],
        "информация": ["информация"],
    }
    ours = shared_identifier().words
    for min_zipf in (3.0, SHARED_WORD_ZIPF, 5.0):
        counts = ours.listed_matrix(list(words_of.values()), [["ru", "bg", "sr"]] * len(words_of), min_zipf)
        for i, words in enumerate(words_of.values()):
            for lang in ("ru", "bg", "sr"):
                code = SERBO_CROATIAN.get(lang, lang)
                looked_up = transliterate("sr-Latn", " ".join(words)).split() if code == "sh" else words
                expected = sum(zipf_frequency(w, code, wordlist="small") >= min_zipf for w in looked_up)
                assert counts[i, ours.column(lang)] == expected, (words, lang, min_zipf)
