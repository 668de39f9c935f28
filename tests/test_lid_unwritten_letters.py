"""The calibrated decision: a text whose words two languages of one script share is not the one whose
own letters it leaves out (issue 15, thirty-ninth check: "Тайм-код 1 Тайм-код 2 Тайм-код 3" came out
Ukrainian at 0.37 with no configured language, a three-way tie of ru, uk and bg that a few n-grams
decided; Ukrainian writes і, ї, є or ґ in about one letter in fourteen, and its 21 letters hold none).
Texts written for these tests; expected labels by hand."""

from __future__ import annotations

import pytest

from sloika.lang.calibrated_lid import CalibratedLanguageID, shared_identifier, without_unwritten_letters


@pytest.fixture(scope="module")
def lid() -> CalibratedLanguageID:
    return shared_identifier()


def test_shared_words_without_ukrainian_letters_are_not_ukrainian(lid):
    assert lid.identify("Тайм-код 1 Тайм-код 2 Тайм-код 3").lang == "ru"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Дякую за увагу", "uk"),  # "дякую" is no Russian word
        ("Добрий ранок, як справи?", "uk"),
        ("Так, добре, я згоден з вами", "uk"),
        ("Кадр 1 Кадр 2", "ru"),
    ],
)
def test_words_of_one_language_keep_it_without_its_letters(lid, text, lang):
    assert lid.identify(text).lang == lang


def test_the_rule_needs_letters_enough_and_none_telling(lid):
    """Seven letters without і say little (a Ukrainian text of seven letters lacks it one time in
    two); an "і" or an "ї" speaks for Ukrainian: then the decision stands."""
    shares = lid.letter_freq
    decided = {"uk": 0.5, "ru": 0.3, "bg": 0.2}
    assert without_unwritten_letters("Тайм-код", decided, lid.words, shares) == decided
    long_one = "Тайм-код тайм-код тайм-код"
    assert list(without_unwritten_letters(long_one, decided, lid.words, shares)) == ["ru", "bg"]
    assert without_unwritten_letters(long_one + " і", decided, lid.words, shares) == decided
