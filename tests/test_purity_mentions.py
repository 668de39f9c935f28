"""An English sentence that mentions another language's words is English (issue 15, the twelfth
held-out check: ordinalpt.pdf, an English manual about Portuguese ordinals, lost its option
descriptions as Italian and French). The sentences are sloika's own, shaped like the manual's;
every expected span is typed by hand."""

from __future__ import annotations

from sloika.lang.entry_words import framed_in_own_words
from sloika.lang.purity import judge

OPTIONS = (
    "The options ‘quadringentesimo’ (the default, closer to the latin form) and ‘quatrocentesimo’ are "
    "offered to choose between “quadringentésimo” and “quatrocentésimo”, since both forms are accepted "
    "for the ordinal of 400."
)
EXAMPLE = "With the option 14-curtos, the ordinal for 114 is written “centésimo décimo quarto”."
ITALIAN = "Il pacchetto offre le opzioni “default” e “draft” per scegliere la forma del testo stampato."
INTRO = (
    "This package typesets ordinal numbers in Portuguese, from the first to the thousandth, with the "
    "gender and the abbreviation the reader expects."
)


def sentence_spans(text: str) -> list[tuple[str, str]]:
    verdict = judge(text, lang="en")
    return [(s.label, text[s.start : s.end]) for s in verdict.spans if s.attrs.get("level") == "sentence"]


def test_english_sentences_quoting_portuguese_words_are_english():
    """Decided Italian (0.99) and French (0.93) as sentences, they were cut from the English manual;
    outside their quotation marks they are English function words ("the", "are", "to", "for",
    "with"): nothing is foreign."""
    assert sentence_spans(f"{INTRO}\n\n{OPTIONS}\n\n{EXAMPLE}") == []


def test_an_italian_sentence_quoting_english_terms_is_still_italian():
    """The mirror case: an Italian sentence whose quoted words are English has Italian words of its
    own outside the quotes ("il", "le", "per", "del"): it stays foreign on an English page."""
    assert sentence_spans(f"{INTRO}\n\n{ITALIAN}\n\n{OPTIONS}") == [("it", ITALIAN)]


def test_the_frame_is_read_outside_the_quotation_marks():
    assert framed_in_own_words(OPTIONS, "en", "it")
    assert framed_in_own_words(EXAMPLE, "en", "fr")
    assert not framed_in_own_words(ITALIAN, "en", "it")
    # quoted English inside a Russian sentence: the Russian frame, not the quotation, decides
    russian = "Опция «draft» отключает вывод картинок, и документ собирается быстрее."
    assert framed_in_own_words(russian, "ru", "en")
    assert not framed_in_own_words("The option «draft» turns the pictures off.", "ru", "en")
