"""Text for the n-gram tables beyond Lingua's fit half, all of it from installed packages.

Lingua's fit half gives each language ~200 sentences, 200 word pairs and 200 words (~15k letters
for Russian): too few for add-one smoothed trigram counts, so a common Russian trigram the sample
lacks costs several nats. Two sources add to every language's counts (nothing is downloaded):

* wordfreq's "small" word lists (Robyn Speer et al.; Wikipedia, subtitles, news, books, web text;
  data CC-BY-SA 4.0), *frequency-weighted*: each word's 1-3-grams count in proportion to how often
  the word occurs, so the counts approximate running text. Serbian, Croatian and Bosnian share the
  Serbo-Croatian list (Latin letters); for Serbian, which Lingua writes in Cyrillic, it is
  transliterated (``LATIN_TO_SERBIAN``). wordfreq has no Belarusian, Kazakh or Mongolian list.
* CLDR locale data read through babel (Unicode License): month and day names, unit patterns, time
  zone names, relative date phrases, script names, measurement systems, for every locale. Names of
  currencies, languages and territories are left out: ``bench/data/short_texts_other.tsv`` is built
  from them and must stay unseen. A string counts only if every letter is in the language's
  alphabet (``alphabets.py``): babel falls back to English or root data where a locale has none.

Each source is scaled to a fixed share of the letters the fit half holds for the language
(``SHARES``, ``--wordfreq-share``/``--cldr-share``), so every language gets the same weight of
extra evidence whichever sources it has, and Lingua's own text keeps a known weight. Only
character 1-3-grams are added, never whole words: word evidence is the word-frequency feature's
(``word_frequencies.py``), and the word table would grow by tens of thousands of entries per
language.
"""

from __future__ import annotations

import re
from collections import Counter

from babel import Locale
from babel.localedata import LocaleDataDict
from wordfreq import available_languages, get_frequency_dict

from sloika.lang.alphabets import ALPHABETS
from sloika.lang.char_ngrams import WORDS, ngrams

# Letters of extra text per letter of the fit half, per source (a language without a word list gets
# the word lists' share as CLDR text). 0: the shipped tables count Lingua's fit half only; the
# shares tried and what they did are in docs/language-purity.md.
SHARES = {"wordfreq": 0.0, "cldr": 0.0}
WORDFREQ_FOR = {"sr": "sh", "hr": "sh", "bs": "sh"}
CLDR_KEYS = ("months", "days", "unit_patterns", "meta_zones", "date_fields", "scripts", "measurement_systems")
LATIN_TO_SERBIAN = {
    **dict(zip("abvgdđežzijklmnoprstćufhcčš", "абвгдђежзијклмнопрстћуфхцчш", strict=True)),
    "lj": "љ",
    "nj": "њ",
    "dž": "џ",
}
_SERBIAN_LATIN = re.compile("lj|nj|dž|[a-zćčđšž]")
_PLACEHOLDER = re.compile(r"\{\d+\}")


def to_serbian_cyrillic(word: str) -> str:
    return _SERBIAN_LATIN.sub(lambda m: LATIN_TO_SERBIAN.get(m.group(), m.group()), word)


def letter_count(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def wordfreq_counts(lang: str, weighting: str = "tokens") -> Counter:
    """1-3-gram counts of ``lang``'s wordfreq list, empty where wordfreq has no list: each word
    weighted by its frequency (``tokens``: as in running text) or once (``types``: as in a
    dictionary, where content words' n-grams weigh as much as function words')."""
    code = WORDFREQ_FOR.get(lang, lang)
    if code not in available_languages("small"):
        return Counter()
    alphabet = set(ALPHABETS[lang])
    counts: Counter = Counter()
    for word, freq in get_frequency_dict(code, "small").items():
        if lang == "sr":
            word = to_serbian_cyrillic(word)
        if not word.isalpha() or not set(word) <= alphabet:
            continue
        for gram, n in ngrams(word).items():
            if _order(gram) < WORDS:
                counts[gram] += n * (freq if weighting == "tokens" else 1)
    return counts


def cldr_strings(lang: str) -> list[str]:
    """The CLDR strings of ``CLDR_KEYS`` for ``lang`` whose letters are all ``lang``'s own."""
    data = Locale.parse(lang)._data
    alphabet = set(ALPHABETS[lang])
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            text = _PLACEHOLDER.sub(" ", value).lower()
            chars = {ch for ch in text if ch.isalpha()}
            if chars and chars <= alphabet:
                found.add(text)
        elif isinstance(value, (dict, LocaleDataDict)):
            for key in value:
                walk(value[key])
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    for key in CLDR_KEYS:
        walk(data.get(key, {}))
    return sorted(found)


def cldr_counts(lang: str) -> Counter:
    counts: Counter = Counter()
    for text in cldr_strings(lang):
        counts.update({g: n for g, n in ngrams(text).items() if _order(g) < WORDS})
    return counts


def extra_counts(
    lang: str, fit_letters: int, shares: dict[str, float] = SHARES, weighting: str = "tokens"
) -> Counter:
    """Integer 1-3-gram counts of both sources for ``lang``, each scaled to ``shares`` times the
    fit half's ``fit_letters`` (a gram rounding to 0 is left out; a share of 0 leaves the source out)."""
    total: Counter = Counter()
    if not any(shares.values()):
        return total
    listed = wordfreq_counts(lang, weighting)
    if not listed:  # no word list: CLDR carries the whole extra share, so no language gets less
        shares = {"wordfreq": 0.0, "cldr": sum(shares.values())}
    for source, counts in (("wordfreq", listed), ("cldr", cldr_counts(lang))):
        unigrams = sum(c for g, c in counts.items() if len(g) == 1)
        if not unigrams or not shares[source]:
            continue
        scale = shares[source] * fit_letters / unigrams
        for gram, count in counts.items():
            total[gram] += count * scale
    return Counter({g: round(c) for g, c in total.items() if round(c) >= 1})


def _order(gram: str) -> int:
    return min(len(gram), WORDS + 1) - 1


def describe(lang: str) -> str:
    """One line for the fit's log: what each source holds for ``lang``."""
    strings = cldr_strings(lang)
    has_list = WORDFREQ_FOR.get(lang, lang) in available_languages("small")
    size = sum(map(letter_count, strings))
    return f"{lang}: wordfreq {'yes' if has_list else 'no'}, CLDR {len(strings)} strings, {size} letters"
