"""A bare URL torn by a blank line in the source, joined back.

An author who pastes a long address into a list item may break it at its query ("…watch?v=kRcbYLK3OnQ&list="
⏎ ⏎ "PLQOaTSbfxUtCrKs0nicOg2npJQYSPGO9r"): TeX reads the blank line as a paragraph break, and the
address's rest stood as a paragraph of its own. No address ends in a query's "=", "&" or "?", so one
that does at a paragraph's end goes on in the next paragraph where that paragraph is a single token
of a URL's characters holding a digit or a query's or path's sign (a value, "…Og2npJQYSPGO9r", not a
word: "?" also ends a question, and a one-word paragraph after it stays apart).
"""

from __future__ import annotations

import re

# the address up to its open query at a line's end, the blank line(s), the rest alone on its line (a
# quote or bracket that closes round the address after it), the paragraph ending after it (a blank
# line, an \item, an \end, the text's end)
TORN_URL = re.compile(
    r"(?P<url>(?<![\w/])(?:https?|ftp)://[^\s{}\\%]*[=&?])[ \t]*\n(?:[ \t]*\n)+[ \t]*"
    r"(?P<rest>[A-Za-z0-9\-._~%+/=&?#:@!$,;]+[\"'»”)\]]*)"
    r"(?=[ \t]*(?:\n[ \t]*\n|\n[ \t]*\\(?:item|end)(?![A-Za-z])|\s*\Z))"
)
VALUE_SIGN = re.compile(r"[\d=&%/]")  # a query's value or a path's piece, never a bare word


def torn_urls_joined(latex: str) -> str:
    """``latex`` with each address torn at its open query by a blank line (``TORN_URL``) one token
    again, where its rest is a value (``VALUE_SIGN``)."""

    def joined(found: re.Match) -> str:
        return found["url"] + found["rest"] if VALUE_SIGN.search(found["rest"]) else found[0]

    return TORN_URL.sub(joined, latex)
