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
"""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"(?<![\w-])[^\W\d_]{3,}(?![\w-])")  # three letters or more, not part of a code
GARBLED = 0.5  # a text layer with more than this share of unknown words is flagged
MIN_WORDS = 50  # fewer words say nothing about the layer
LANGUAGES = {"cyrillic": ("ru", "uk", "bg"), "latin": ("en", "de", "fr", "es", "it", "pt", "nl", "pl")}


@lru_cache(maxsize=200_000)
def listed(word: str) -> bool:
    """A word one of wordfreq's lists for its script's main languages holds (case ignored)."""
    from wordfreq import zipf_frequency

    word = word.lower()
    script = "cyrillic" if "\u0400" <= word[0] <= "\u04ff" else "latin"
    return any(zipf_frequency(word, lang) > 0 for lang in LANGUAGES[script])


def text_layer_fields(text: str) -> dict:
    """``unknown_words`` (share of the words, capitals-only abbreviations aside) and
    ``garbled_text_layer`` when that share is over ``GARBLED``; nothing for a text this short."""
    words = [word for word in WORD.findall(text) if not word.isupper()]
    if len(words) < MIN_WORDS:
        return {}
    share = sum(not listed(word) for word in words) / len(words)
    return {"unknown_words": round(share, 4)} | ({"garbled_text_layer": True} if share > GARBLED else {})
