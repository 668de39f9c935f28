"""Homoglyph folding for ``repair``: Latin letters hidden in Cyrillic words (``вpемя``, ``Cпина``)
written back in the word's own script, by default.

Such words look right and are wrong everywhere else: search misses them, a tokenizer splits them,
a lemmatiser returns ``клавиатyр``. ``sloika.text.scripts`` finds them; repair folds only what is
unambiguous, so real mixed tokens stay as written:

* code, formulas, URLs, paths, tags and identifiers are exempt (``scripts.exempt_spans``);
* only ``homoglyph`` words are folded (every foreign letter has a twin), never ``mixed_script`` ones;
* a word whose foreign part is one run of two or more capitals at its start or end (``PHPшник``,
  ``SQLный``: an abbreviation glued to a suffix) is folded only when the folded word is a listed
  word of the base script's language (wordfreq), so ``РНРшник`` is not invented; capitals scattered
  through a word (``МАМАÁАА``, Cyrillic look-alikes around a Spanish Á) are folded;
* a one-letter Latin word whose twin is a Russian one-letter word ("y меня", "c винчестером") is
  folded in lower case only, between Cyrillic words or opening a sentence before one, and not beside
  another one-letter Latin word ("где a и b" names variables); a capital stays ("витамины A, B и
  C++", and a sentence's "C" may be the language).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sloika.text.scripts import (
    CYRILLIC,
    exempt_mask,
    exempt_spans,
    fold_word,
    mixed_script_words,
    script_of,
)

# a Latin and a Cyrillic letter side by side: the cheap test that skips almost every document
_MIXED = re.compile(r"[a-zA-ZÀ-ɏ][а-яёА-ЯЁіІ]|[а-яёА-ЯЁіІ][a-zA-ZÀ-ɏ]")
_CAPITAL_RUN = re.compile(r"[A-ZА-ЯЁ]{2,}")
# a lone lower-case Latin letter whose Cyrillic twin is a Russian word (у, с, о, а, к), a space and
# a Cyrillic word after it
LONE_TWINS = {"y": "у", "c": "с", "o": "о", "a": "а", "k": "к"}
_LONE = re.compile(r"(?<![^\W_])[ycoak](?= [а-яёА-ЯЁ])")
_WORD_BEFORE = re.compile(r"(?:(?<![^\W_])(?P<word>[^\W\d_]+),? |(?P<start>^|[.!?…]\s+|\n))\Z")
_LONE_LATIN = re.compile(r"(?<![^\W_])[A-Za-z](?![^\W_])")


@lru_cache(maxsize=65_536)
def _listed(word: str, lang: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang, wordlist="small") > 0


def _glued_abbreviation(word: str, base: str) -> bool:
    """The foreign letters are one run of two capitals or more at the word's start or end
    (``PHPшник``), not letters scattered through it (a Spanish "МАМАÁАА" typed with Cyrillic
    capitals around one Á)."""
    foreign = [i for i, char in enumerate(word) if script_of(char) not in (base, None)]
    run = word[foreign[0] : foreign[-1] + 1] if foreign else ""
    contiguous = len(run) == len(foreign) and (foreign[0] == 0 or foreign[-1] == len(word) - 1)
    return contiguous and bool(_CAPITAL_RUN.fullmatch(run))


def fold_homoglyph_words(text: str) -> tuple[str, int]:
    """(text with unambiguous homoglyph words folded, how many words were folded); same length.
    Words first, so that a lone letter's neighbours are read in their own script ("чeлoвeкa c")."""
    if text.isascii():  # no Cyrillic letter to sit beside
        return text, 0
    text, words = _fold_words(text) if _MIXED.search(text) else (text, 0)
    text, letters = _fold_lone_letters(text)
    return text, words + letters


def _fold_words(text: str) -> tuple[str, int]:
    """(text with its ``homoglyph`` words folded, how many)."""
    words = mixed_script_words(text, exempt_mask(text, exempt_spans(text)))
    parts, last, folded = [], 0, 0
    for word in words:
        if word.label != "homoglyph":
            continue
        fixed = fold_word(text[word.start : word.end], word.attrs["base"])
        cyrillic = word.attrs["base"] == CYRILLIC
        glued = _glued_abbreviation(text[word.start : word.end], word.attrs["base"])
        if glued and not _listed(fixed.lower(), "ru" if cyrillic else "en"):
            continue
        parts += [text[last : word.start], fixed]
        last = word.end
        folded += 1
    return ("".join(parts) + text[last:], folded) if folded else (text, 0)


def _fold_lone_letters(text: str) -> tuple[str, int]:
    """(text with lone Latin letters standing for Russian one-letter words folded, how many)."""
    found = [match.start() for match in _LONE.finditer(text)]
    if not found:
        return text, 0
    mask = exempt_mask(text, exempt_spans(text))
    chars, folded = list(text), 0
    for at in found:
        before = _WORD_BEFORE.search(text, max(0, at - 40), at)
        word = before and before["word"]
        if not before or mask[at] or (word is not None and script_of(word[-1]) != CYRILLIC):
            continue
        if _names_letters(text, at):
            continue
        chars[at] = LONE_TWINS[text[at]]
        folded += 1
    return "".join(chars), folded


def _names_letters(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` holds another one-letter Latin word: then its letters name
    things ("Пусть a и b — стороны, где c больше", "x, y и z")."""
    start = max(text.rfind(end, 0, at) for end in ".!?\n") + 1
    ends = [found for found in (text.find(end, at) for end in ".!?\n") if found >= 0]
    sentence = text[start : min(ends, default=len(text))]
    return len(_LONE_LATIN.findall(sentence)) > 1
