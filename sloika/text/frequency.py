"""Word frequencies from wordfreq that never stop a build on a language it cannot read here.

wordfreq splits Chinese into words with ``jieba`` and Japanese and Korean with ``MeCab``, optional
packages sloika does not install; without them ``zipf_frequency(word, "zh")`` raises
``ModuleNotFoundError``. The readers ask for the frequency of a word in the language the language
identifier guessed (a short Chinese paragraph on a Russian page), so that guess decides which list
is asked. Such a language gets no frequencies: every word is unknown (zipf 0), so no check that
needs common words finds any, and a warning says once which language was skipped and what to
install.

A language wordfreq has no list for gets no frequencies either. wordfreq answers it from the
"nearest match" it finds, which for Kannada, Telugu or Amharic is English: asked whether "specify"
is a Kannada word, it says yes, as common as in English, so a check that weighs English words
against Kannada ones found none that English has and Kannada lacks. Only a list of the language
itself (or of the language under another code: Serbo-Croatian for Serbian, Bokmål for Norwegian)
is its evidence.
"""

from __future__ import annotations

import logging
from functools import lru_cache

# the standard library's logger, not datatrove's: sloika.lang (and so this) is imported by training,
# which runs without datatrove
logger = logging.getLogger(__name__)

# languages whose wordfreq list has another code: the same language, not a neighbour
SAME_LANGUAGE_LISTS = {"sr": "sh", "hr": "sh", "bs": "sh", "no": "nb", "tl": "fil"}

# language (or "language/wordlist" where only that list is missing) -> why wordfreq gives no
# frequencies for it here (the first error, said once)
SKIPPED: dict[str, str] = {}


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str, wordlist: str = "best") -> float:
    """wordfreq's Zipf frequency of ``word`` in ``lang``; 0.0 for a language wordfreq cannot
    tokenize without an optional package (``SKIPPED`` says which and why), and for one without a
    list of its own (``has_word_list``): a neighbour's list is no evidence of the language."""
    if lang in SKIPPED or f"{lang}/{wordlist}" in SKIPPED or not has_word_list(lang, wordlist):
        return 0.0
    from wordfreq import zipf_frequency

    try:
        return zipf_frequency(word, lang, wordlist=wordlist)
    except ImportError as error:  # jieba (zh), MeCab (ja, ko)
        why = f"wordfreq needs {error.name or 'an optional package'} to split {lang} text into words"
        _skip(lang, f"{why} (pip install 'wordfreq[cjk]' to have them)")
    except LookupError as error:  # no word list for the language (wordfreq names the reason)
        _skip(f"{lang}/{wordlist}", str(error))
    return 0.0


@lru_cache(maxsize=1_000)
def has_word_list(lang: str, wordlist: str = "best") -> bool:
    """Whether wordfreq has a ``wordlist`` list of ``lang`` itself (``SAME_LANGUAGE_LISTS``), not
    only the nearest match it would fall back to."""
    from wordfreq import available_languages

    return SAME_LANGUAGE_LISTS.get(lang, lang) in available_languages(wordlist)


def _skip(lang: str, why: str) -> None:
    """Record ``lang`` as without frequencies and warn once, saying why (and how to get them)."""
    SKIPPED[lang] = why
    logger.warning(
        f"word-frequency checks skipped for {lang!r}: {why}; the text is kept, only the checks that need "
        f"common words of {lang!r} do not run"
    )
