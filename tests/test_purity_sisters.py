"""A short sentence decided as a close sister of its text's language (Spanish in a Portuguese record)
takes the text's language (issue 15); other languages, and long sentences, stay foreign. Fixtures
written for these tests; expected spans by hand."""

from __future__ import annotations

import pytest

from sloika.lang.calibrated_lid import LanguageGuess
from sloika.lang.purity import SISTER_MIN_LETTERS, _text_language_witnessed, _unless_sister_of_text, judge


def _guess(lang: str, score: float) -> LanguageGuess:
    return LanguageGuess(lang, score, {lang: score}, {lang: score})


def _counted(text: str) -> list[tuple[str, str]]:
    verdict = judge(text, None)
    return [(text[s.start : s.end], s.label) for s in verdict.spans if s.counted]


def test_a_short_portuguese_sentence_decided_as_spanish_is_not_foreign_in_a_portuguese_record():
    # the decision alone calls the second sentence Spanish (fastText and the n-grams share "para")
    text = "Mouse não encontrado! Mova o teclado para continuar"
    verdict = judge(text, None)
    assert (verdict.lang, verdict.purity, _counted(text)) == ("pt", 1.0, [])


def test_a_sentence_in_a_language_of_another_group_stays_foreign():
    text = "A vida é bela. Life is beautiful when you are young and have nothing to lose."
    assert _counted(text) == [("Life is beautiful when you are young and have nothing to lose.", "en")]


@pytest.mark.parametrize(
    ("sentence", "text", "letters", "expected"),
    [
        (("es", 0.99), ("pt", 0.97), 31, "pt"),  # Romance sisters, short: the text's language
        (("sk", 0.95), ("cs", 0.9), 40, "cs"),  # West Slavic sisters
        (("es", 0.99), ("pt", 0.97), SISTER_MIN_LETTERS, "es"),  # long enough to be judged alone
        (("la", 0.99), ("cs", 0.97), 31, "la"),  # Latin is no sister of Czech: a bilingual record
        (("uk", 0.99), ("ru", 0.99), 31, "uk"),  # Cyrillic neighbours: their letters tell them apart
        (("es", 0.99), ("pt", 0.6), 31, "es"),  # the text's own decision is not sure
        (("es", 0.99), ("en", 0.99), 31, "es"),  # not a sister of the text's language
    ],
)
def test_which_sentences_take_their_texts_language(sentence, text, letters, expected):
    text_guess = _guess(*text)
    found = _unless_sister_of_text(_guess(*sentence), text_guess, (text_guess.lang,), letters)
    assert found.lang == expected


def test_a_sister_of_a_text_whose_language_is_no_target_stays_as_decided():
    text_guess = _guess("pt", 0.97)
    found = _unless_sister_of_text(_guess("es", 0.99), text_guess, ("ru",), 31)
    assert found.lang == "es"


def test_the_texts_language_must_be_that_of_one_of_its_sentences_or_of_a_short_piece():
    """A Latin saying (decided Italian) over its Portuguese translation, the whole decided Spanish:
    no sentence is Spanish, so neither takes the text's language and the record stays impure. A
    short piece ("Azar?", too short to be decided) is read as the text's and witnesses it."""
    text = _guess("es", 0.9)
    saying, translation = (0, 54, 45, [], None), (55, 120, 52, [], None)
    answers = {(0, 54): _guess("it", 0.83), (55, 120): _guess("pt", 0.99)}
    assert not _text_language_witnessed([saying, translation], answers, text)
    assert _text_language_witnessed([saying, (121, 127, 4, [], None)], answers, text)
    answers[(55, 120)] = _guess("es", 0.95)
    assert _text_language_witnessed([saying, translation], answers, text)
    assert not _text_language_witnessed([saying], answers, None)


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        ({"it": 0.51, "es": 0.49}, "it"),  # surely Romance, unsure which sister: the text's language
        ({"it": 0.51, "en": 0.49}, "es"),  # unsure it is Romance at all: the sentence as decided
        ({"it": 0.45, "es": 0.2, "bs": 0.35}, "es"),  # the group's share 0.65: not sure
    ],
)
def test_a_text_unsure_between_sisters_is_sure_of_their_group(candidates, expected):
    """Issue 15: a two-line Italian rhyme from fortunes-it-off, decided Italian 0.51 and Spanish 0.49
    whole and one line of it Spanish, was rejected `impure` (purity 0.49). The group's summed share
    decides whether the text's decision is sure, not the top language's alone."""
    lang = max(candidates, key=candidates.get)
    text_guess = LanguageGuess(lang, candidates[lang], candidates, candidates)
    found = _unless_sister_of_text(_guess("es", 0.95), text_guess, (lang,), 31)
    assert found.lang == expected


@pytest.mark.parametrize(
    ("sentence", "text", "letters", "expected"),
    [
        (("mr", 0.95), ("ne", 1.0), 190, "ne"),  # Devanagari sisters: the text's language at any length
        (("hi", 0.9), ("ne", 1.0), 55, "ne"),
        (("ne", 0.9), ("hi", 0.97), SISTER_MIN_LETTERS * 3, "hi"),
        (("en", 0.99), ("hi", 0.97), 55, "en"),  # another script and group: foreign
        (("es", 0.99), ("pt", 0.97), SISTER_MIN_LETTERS * 3, "es"),  # Romance: long ones judged alone
    ],
)
def test_devanagari_sisters_the_decision_confuses_take_the_texts_language_at_any_length(
    sentence, text, letters, expected
):
    """A Hindi subtitle file was decided Nepali whole and three of its sentences (up to 190
    letters) Marathi or Hindi, and the trim cut a third of its speech."""
    text_guess = _guess(*text)
    found = _unless_sister_of_text(_guess(*sentence), text_guess, (text_guess.lang,), letters)
    assert found.lang == expected
