"""Cyrillic words whose mojibake lost a byte, restored from the word list: "ÐевероÑтно" → "Невероятно".

UTF-8 Cyrillic read as Windows-1252 and saved again loses the bytes cp1252 leaves undefined (0x81,
0x8D, 0x8F, 0x90, 0x9D): "Н" is D0 9D, so it is saved as "Ð" alone; "с" (D1 81) and "я" (D1 8F) as "Ñ"
alone. ftfy undoes every pair that survived ("Ðµ" → "е") and leaves the orphaned lead bytes, so a
subtitle cue reads "ÐевероÑтно, черт побери. ЗаймешьÑÑ Ñтим?". Which letter was lost is not in the
text, but only a few can have been (``LOST``), and of the words they make one is Russian and the
others are not: the word wordfreq knows best is taken. A word with no known candidate stays as it
is, and "Ñ" in a Latin word ("mañana") is Spanish, not an orphan: only a word of Cyrillic letters
around the orphans is touched.
"""

from __future__ import annotations

import re
from itertools import product

from sloika.text.frequency import zipf

# the bytes Windows-1252 has no character for: a UTF-8 sequence that held one lost it
UNDEFINED = [byte for byte in range(0x80, 0xA0) if not bytes([byte]).decode("cp1252", "ignore")]
# an orphaned lead byte as ftfy leaves it, and the letters it can have led
LOST = {
    bytes([lead]).decode("cp1252"): [bytes([lead, tail]).decode("utf-8") for tail in UNDEFINED]
    for lead in (0xD0, 0xD1)
}
ORPHANED_WORD = re.compile(rf"\w*[{''.join(LOST)}]\w*")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
MAX_ORPHANS = 4  # five letters each: 625 candidates; a longer run is no word of this kind
LANGUAGE = "ru"


def restore_lost_bytes(text: str) -> tuple[str, int]:
    """``text`` with each Cyrillic word's orphaned lead bytes as the letters wordfreq knows best,
    and how many words were restored."""
    if not any(orphan in text for orphan in LOST):
        return text, 0
    restored = 0

    def word(match: re.Match[str]) -> str:
        nonlocal restored
        found = _restored_word(match.group())
        restored += found is not None
        return found or match.group()

    return ORPHANED_WORD.sub(word, text), restored


def _restored_word(word: str) -> str | None:
    """The best known word the orphans of ``word`` can stand for, None where ``word`` has no
    Cyrillic letter beside them, too many of them, or no candidate is a word."""
    orphans = [index for index, char in enumerate(word) if char in LOST]
    if not CYRILLIC.search(word) or len(orphans) > MAX_ORPHANS or not all(map(_cyrillic, word)):
        return None
    best, best_zipf = None, 0.0
    for letters in product(*(LOST[word[index]] for index in orphans)):
        candidate = list(word)
        for index, letter in zip(orphans, letters, strict=True):
            candidate[index] = letter
        joined = "".join(candidate)
        frequency = zipf(joined.lower(), LANGUAGE)
        if frequency > best_zipf:
            best, best_zipf = joined, frequency
    return best


def _cyrillic(char: str) -> bool:
    """A Cyrillic letter or an orphaned lead byte (which stands for one)."""
    return char in LOST or bool(CYRILLIC.match(char))
