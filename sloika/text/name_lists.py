"""Lists of names: what a text in one language legitimately holds in another language's letters.

"amsfonts, amsmath, natbib, hyperref" in a Russian README, "apt-get, dpkg, aptitude" in a manual, a
synopsis's "{ install | remove | purge }": package names, commands, products, people. Words of
another script, but no sentence of another language, so neither purity nor a trim may count them as
foreign prose, however many of them there are. So is a name of capitalised words, "User Datagram
Protocol" or "UNIX System V Release" in a Russian manual's title.
"""

from __future__ import annotations

import re

LIST_MIN_ITEMS = 3
LIST_ITEM_WORDS = 3  # "Server Components", "Ian Jackson": a name may take a few words
_SEPARATOR = re.compile(r"[,;|]")
_WORD = re.compile(r"[^\W\d_]+")


def is_name_list(text: str) -> bool:
    """Three items or more parted by commas, semicolons or bars, none over ``LIST_ITEM_WORDS``
    words with a letter: names, commands or packages, whatever words they happen to be. The same
    rule as the foreign-paragraph cut's for a Latin paragraph in a Russian page
    (``foreign_paragraphs._is_list``), so a list is kept whichever step reads it."""
    items = [[token for token in item.split() if _has_letter(token)] for item in _SEPARATOR.split(text)]
    items = [item for item in items if item]
    return len(items) >= LIST_MIN_ITEMS and all(len(item) <= LIST_ITEM_WORDS for item in items)


def _has_letter(token: str) -> bool:
    return any(map(str.isalpha, token))


def is_proper_name(text: str) -> bool:
    """Every word capitalised, and not every word in capitals: a product's, protocol's or firm's
    name ("User Datagram Protocol", "ATT GIS WaveLAN ISA"), which in another language's sentence is
    a term, whatever its length. Prose has lowercase words, and a shouted line
    ("PLEASE READ THIS FIRST") has only capitals: neither is a name."""
    words = _WORD.findall(text)
    return bool(words) and all(w[0].isupper() for w in words) and not all(w.isupper() for w in words)
