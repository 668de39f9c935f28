"""A language none of whose letters a text holds is never its label, and a language wordfreq has
no list for is no evidence against the page's own words (issue 15, twenty-third check row 1).

fastText's guess on a short technical English line can be flat: its top ten are Kannada, Malayalam,
Assamese, Tatar at 4-9 % each, and the decision let that top stand where no other candidate was
allowed, so a function table's row of an English R vignette was cut as a Kannada paragraph. The
English-word check that should have kept it asked wordfreq for Kannada frequencies, and wordfreq
answered with its "nearest match", English, so no word was English's alone. The lines below are
written for this test; fastText's flat guess on each of them is a language of another script.
"""

from __future__ import annotations

import pytest
from langcodes import Language

from sloika.lang.calibrated_lid import shared_identifier
from sloika.pipelines.formats.foreign_paragraphs import Paragraph, _own_words_outweigh, foreign_paragraphs
from sloika.text.frequency import zipf

FLAT_GUESSES = [
    "Sym specify a symmetric interaction in a nonlin predictor",
    "Mult specify a symmetric interaction in a nonlin predictor",
    "Start specify the starting values of a nonlin function term",
    "Param specify a parameter in a nonlin function predictor",
]
ENGLISH = [
    "The functions below build the terms of a generalized nonlinear model; each returns an object "
    "that the model formula understands, and the fitting routine estimates its parameters.",
    "A term may be fitted alone or multiplied with others, and the starting values are drawn at "
    "random unless the user gives them, so two fits of the same model can differ slightly.",
    "Every term in the table is documented on its own help page, with examples that fit the models "
    "described in the sections above.",
]


@pytest.mark.parametrize("line", FLAT_GUESSES)
def test_a_line_of_latin_letters_is_labelled_a_language_written_in_latin(line):
    """The script a language is written in is CLDR's (``langcodes``), not the code's own table."""
    (guess,) = shared_identifier().identify_many([line])
    assert Language.get(guess.lang).maximize().script == "Latn", guess.lang


def test_the_rows_of_an_english_page_are_not_foreign_to_it():
    page = [Paragraph(text) for text in [*ENGLISH[:2], *FLAT_GUESSES, ENGLISH[2]]]
    assert foreign_paragraphs(page) == {}


def test_a_language_without_a_word_list_has_no_common_words():
    assert zipf("specify", "kn") == 0.0 and zipf("the", "te") == 0.0
    assert zipf("specify", "en") > 3.0
    # a list of the same language under another code is its own
    assert zipf("og", "no") > 3.0 and zipf("и", "sr") > 3.0


@pytest.mark.parametrize("lang", ["kn", "ml", "te"])
def test_english_words_outweigh_a_language_without_a_word_list(lang):
    assert _own_words_outweigh(FLAT_GUESSES[0], "en", lang)
