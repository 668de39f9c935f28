"""A file's own language as the prior of its short records, when the build names no language.

A build without ``language.languages`` labels every document with the calibrated decision and its
uniform prior (one language in eighteen, what the weights were fitted on). A two-word Russian
proverb then goes to whichever neighbour its few n-grams favour: on the shared fortunes_ru half 45
Russian records were kept as ``bg``, ``sr``, ``be``, ``mk`` or ``uk`` ("Да спасет Бог от
наводнения, от пожара и от женских придирок." as Bulgarian), none of them with a letter that rules
Russian out. Their file says what the decision cannot: the records around them are Russian. So the
records of one source (a fortune file, a JSONL of chat lines) that the decision puts outside the
source's own language are decided again with that language's prior (``expected_share``, the
step's prior when it names languages). Evidence still wins: a letter Russian lacks rules it out
(a Ukrainian record in a Russian file stays Ukrainian), and an English line is English to fastText
before any prior is asked.

The source's own language is the one that holds more than half of its text (characters of the
documents decided in it) among the documents decided together, of at least ``MIN_DOCUMENTS``: a
file of one document has no other records to speak for it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from sloika.lang.calibrated_lid import CalibratedLanguageID, LanguageGuess

MIN_DOCUMENTS = 2
OWN_SHARE = 0.5  # the own language holds more than this share of the source's text


def own_languages(
    sources: Sequence[str | None], texts: Sequence[str], langs: Sequence[str]
) -> dict[str, str]:
    """Per source with at least ``MIN_DOCUMENTS`` documents: the language more than ``OWN_SHARE`` of its
    text was decided in (sources without one, and documents without a source, are left out)."""
    size: dict[str, Counter] = defaultdict(Counter)
    documents: Counter = Counter()
    for source, text, lang in zip(sources, texts, langs, strict=True):
        if source is None:
            continue
        size[source][lang] += len(text)
        documents[source] += 1
    own = {}
    for source, by_lang in size.items():
        lang, chars = by_lang.most_common(1)[0]
        if documents[source] >= MIN_DOCUMENTS and lang != "und" and chars > OWN_SHARE * by_lang.total():
            own[source] = lang
    return own


def with_source_priors(
    identifier: CalibratedLanguageID,
    sources: Sequence[str | None],
    texts: Sequence[str],
    guesses: Sequence[LanguageGuess],
    share: float,
) -> list[tuple[LanguageGuess, str | None]]:
    """``guesses`` (the decision without a prior), each with None; but a document outside its
    source's own language that the decision with that language's prior at ``share`` puts in it
    takes that decision, with the language (what the step records as ``lang_prior``)."""
    own = own_languages(sources, texts, [guess.lang for guess in guesses])
    again: dict[str, list[int]] = defaultdict(list)
    for i, (source, guess) in enumerate(zip(sources, guesses, strict=True)):
        if source in own and guess.lang != own[source]:
            again[own[source]].append(i)
    found: list[tuple[LanguageGuess, str | None]] = [(guess, None) for guess in guesses]
    for lang, indices in again.items():
        prior = identifier.expected_prior([lang], share)
        decided = identifier.identify_many([texts[i] for i in indices], prior)
        for i, guess in zip(indices, decided, strict=True):
            if guess.lang == lang:
                found[i] = (guess, lang)
    return found
