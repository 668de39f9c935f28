"""How much of a PDF's text layer is words: the share of words no wordfreq list holds.

A scan's OCR text layer misreads some words ("библшнрафияеская запись", "ццентифицирующие
признаки" in GOST 7.80); a broken one (a wrong font encoding, OCR of a bad scan) is mostly such
strings. Nothing here corrects a word (a guess at spelling would put words into the corpus that
the document does not hold): the share goes into ``metadata.fields.unknown_words`` and a text layer
whose words are mostly unknown is flagged ``garbled_text_layer`` so a filter or a query can drop it.

The share is honest about what it cannot tell: a clean standard has rare words too ("техницизмы",
"подрисуночный"), so GOST 7.80's few OCR errors (1.2 % of its words unknown) read like the rare
words of a born-digital manual (1.7–3.4 % in the Debian PDFs); only a layer where most words are
unknown is flagged.

Where the layer truly lacks characters the text cannot be mended either: a fraction whose numerator
the OCR read as a mark (GOST 2.105's inch fractions, "*/4"; '/2"" for ¹/4", ¹/2", and its stacked
fractions after them as ", -j") is cut, with the rest of those examples, by ``unreadable_runs``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"(?<![\w-])[^\W\d_]{3,}(?![\w-])")  # three letters or more, not part of a code
GARBLED = 0.5  # a text layer with more than this share of unknown words is flagged
MIN_WORDS = 50  # fewer words say nothing about the layer
# a fraction whose numerator is a mark, not a digit: a scan's OCR of a superscript numeral ("*/4\"",
# "'/2\"" for ¹/4", ¹/2"); a digit lost, no text of its own
LOST_FRACTION = re.compile(r"(?<!\S)[*'’‘`´^°]/\d+[\"”″']?")
WORD_OF_THREE = re.compile(r"[^\W\d_]{3,}")
SENTENCE_END = re.compile(r"[.!?]+$")
TOP_WORDS = 100  # a language's most common words, whose letters say which scripts it is written in
# A font without a Unicode map gives its glyphs' Latin codes: mxedruli's Georgian reads
# "kartul{germanuli leksi˜oni". Its letters for sounds Latin lacks come out as spacing accents and
# brackets in a word (``STRAY_MARK``): between its letters, or a spacing accent opening or closing
# it (a backquote opening a word is TeX's opening quote, an acute closing one a closing quote)
STRAY_MARK = re.compile(
    r"[^\W\d_][`´¨˙˚˜˝ˆˇ˘¸˛{]+[^\W\d_]|^\W*[¨˙˚˜˝ˆˇ˘¸˛]+[^\W\d_]|[^\W\d_][¨˙˚˜˝ˆˇ˘¸˛]+\W*$"
)
STRAY_MARKS = re.compile(r"[`´¨˙˚˜˝ˆˇ˘¸˛{]")
# a paragraph with this share of its words marked is garbled when over ``MARKED_UNKNOWN`` of its
# words (not ``GARBLED``) are in no list: codes of common letters read as short words of some
# language ("mas", "misi"); a French layer with TeX's accents apart has every word listed, and a
# heading naming a sample in both ("3.1 <sample> – The Knight …") has most of its words listed
MARKED = 0.2
MARKED_UNKNOWN = 1 / 3


def script_of(letter: str) -> str:
    """The script a letter belongs to, as the first word of its Unicode name ("LATIN", "CYRILLIC")."""
    return unicodedata.name(letter, "?").split()[0]


@lru_cache(maxsize=1)
def languages_by_script() -> dict[str, tuple[str, ...]]:
    """Every language wordfreq has a list for, under each script its most common words are written
    in: a hand list of "main" languages left Czech, Slovak, Hungarian, Swedish… out, and a clean
    Czech text layer read as garbled (two words in three "unknown")."""
    from wordfreq import available_languages, top_n_list

    scripts: dict[str, list[str]] = {}
    for lang in sorted(available_languages()):
        for script in {script_of(word[0]) for word in top_n_list(lang, TOP_WORDS) if word[0].isalpha()}:
            scripts.setdefault(script, []).append(lang)
    return {script: tuple(langs) for script, langs in scripts.items()}


@lru_cache(maxsize=200_000)
def listed(word: str) -> bool:
    """A word one of wordfreq's lists for a language written in the word's script holds (case
    ignored)."""
    from sloika.text.frequency import zipf

    word = word.lower()
    return any(zipf(word, lang) > 0 for lang in languages_by_script().get(script_of(word[0]), ()))


def text_layer_fields(text: str) -> dict:
    """``unknown_words`` (share of the words, capitals-only abbreviations aside) and
    ``garbled_text_layer`` when that share is over ``GARBLED``; nothing for a text this short."""
    words = [word for word in WORD.findall(text) if not word.isupper()]
    if len(words) < MIN_WORDS:
        return {}
    share = sum(not listed(word) for word in words) / len(words)
    return {"unknown_words": round(share, 4)} | ({"garbled_text_layer": True} if share > GARBLED else {})


def is_garbled_paragraph(text: str) -> bool:
    """Whether a paragraph is an unmapped font's codes, not words: the marks (``STRAY_MARK``; not in
    a TeX command, "\\begin{xucr}") dropped, over ``GARBLED`` of its words are in no list of their
    script, or over ``MARKED_UNKNOWN`` when ``MARKED`` of its words carry a mark. Such text is no language:
    read as one (Slovene, Bosnian), it was cut as foreign and took its English section with it. A
    French layer that kept TeX's accents apart ("d´eveloppement") is words once they go."""
    tokens = [token for token in text.split() if "\\" not in token]
    marked = sum(bool(STRAY_MARK.search(token)) for token in tokens)
    words = WORD.findall(STRAY_MARKS.sub("", " ".join(tokens)))
    if not marked or not words:
        return False
    unknown = sum(not listed(word) for word in words) / len(words)
    return unknown > GARBLED or marked >= MARKED * len(tokens) and unknown > MARKED_UNKNOWN


def unreadable_runs(paragraph: str) -> list[tuple[int, int]]:
    """Where the paragraph holds matter its text layer could not read, as (start, end): from a
    fraction whose numerator is a mark (``LOST_FRACTION``) over the tokens after it while none holds a
    word of three letters or more (the same examples' other fractions, stacked fractions whose digits
    the OCR read as ", -j", the short words between them: "*/4"; '/2" (но не , -j )"), up to the
    sentence's end, which stays. A word of three letters ends the run: "шаг */4 дюйма" loses only
    the fraction."""
    runs: list[tuple[int, int]] = []
    at = 0
    while found := LOST_FRACTION.search(paragraph, at):
        end = found.end()
        for token in re.finditer(r"\S+", paragraph[end:]):
            if WORD_OF_THREE.search(token.group()):
                break
            end = found.end() + token.end()
            if SENTENCE_END.search(token.group()):
                break
        closing = SENTENCE_END.search(paragraph[found.end() : end])
        runs.append((found.start(), end - len(closing.group()) if closing else end))
        at = end
    return runs
