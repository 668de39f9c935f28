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
  through a word (``МАМАÁАА``, Cyrillic look-alikes around a Spanish Á) are folded.
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
    """(text with unambiguous homoglyph words folded, how many words were folded); same length."""
    if text.isascii() or not _MIXED.search(text):  # ASCII: no Cyrillic letter to sit beside
        return text, 0
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
