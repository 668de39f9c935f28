"""A language's function words: the closed classes that carry its grammar, told from its content words.

A sentence's grammar is in its articles, auxiliaries, prepositions, conjunctions, pronouns and
particles; its terms are nouns, verbs and adjectives, the words a sentence of another language
borrows ("режим new game", "поле first_name", "all time records"). Frequency does not tell the two
apart: "new" (zipf 6.3), "time" (6.3), "first" (6.1), "one" (6.5) and "all" (6.5) are as common as
"which" (6.3), and spaCy's or stopwords-iso's English stop words hold them too ("first", "one",
"all", "show", "name", "top", "call"), so the English list here is written out, the closed classes
only. For a language without a list, a word this common in it (wordfreq zipf) stands in.
"""

from __future__ import annotations

from sloika.text.frequency import zipf

__all__ = [
    "ENGLISH_ARTICLES",
    "ENGLISH_AUXILIARIES",
    "ENGLISH_CONJUNCTIONS",
    "ENGLISH_FUNCTION_WORDS",
    "ENGLISH_PREPOSITIONS",
    "ENGLISH_SUBORDINATORS",
    "is_function_word",
]

# English closed classes. Left out: quantifiers and numerals ("all", "one", "first", "every"),
# adverbial particles that name things as often as they join them ("up", "out", "off", "down":
# "pop-up", "log out"), and "no", "may" ("no-op", the month)
_ARTICLES = "a an the this that these those"
_AUXILIARIES = (
    "am is are was were be been being has have had do does did will would shall should can could might must"
)
_PREPOSITIONS = (
    "of to in on at by for with from into onto about over under after before between through during "
    "without within upon against among via per"
)
_COORDINATORS = "and or but nor so"
_SUBORDINATORS = "if than because while whether although though unless since as"
_PRONOUNS = (
    "i me my you your he him his she her it its we us our they them their which who whom whose what "
    "where when how there"
)
_PARTICLES = "not"
ENGLISH_FUNCTION_WORDS = frozenset(
    " ".join(
        (_ARTICLES, _AUXILIARIES, _PREPOSITIONS, _COORDINATORS, _SUBORDINATORS, _PRONOUNS, _PARTICLES)
    ).split()
)
FUNCTION_WORDS = {"en": ENGLISH_FUNCTION_WORDS}
# the classes by themselves, for rules that ask what a word does in its sentence
ENGLISH_ARTICLES = frozenset(_ARTICLES.split())
ENGLISH_AUXILIARIES = frozenset(_AUXILIARIES.split())
ENGLISH_PREPOSITIONS = frozenset(_PREPOSITIONS.split())
ENGLISH_SUBORDINATORS = frozenset(_SUBORDINATORS.split())
ENGLISH_CONJUNCTIONS = frozenset(_COORDINATORS.split()) | ENGLISH_SUBORDINATORS
# the words no English sentence ends on: an article, a preposition, a conjunction ("… towards the",
# "… in the" / "Amazon"); a line or a cue ending on one is a sentence broken there (a pronoun or an
# auxiliary ends sentences: "… gave it to me", "yes, it is")
ENGLISH_DANGLING = frozenset({"a", "an", "the"}) | ENGLISH_PREPOSITIONS | ENGLISH_CONJUNCTIONS
# a word at least this common in a language without a list is taken for a function word of it
# ("the" 7.7, "is" 7.1, "which" 6.3 in English; the commonest terms, "start" 5.6, "report" 5.3, below)
FUNCTION_WORD_ZIPF = 6.0


def is_function_word(word: str, lang: str) -> bool:
    """Whether ``word`` is a function word of ``lang``: in its closed classes (``FUNCTION_WORDS``)
    where it has a list, else at least ``FUNCTION_WORD_ZIPF`` common in it."""
    word = word.lower()
    listed = FUNCTION_WORDS.get(lang)
    return word in listed if listed is not None else zipf(word, lang) >= FUNCTION_WORD_ZIPF
