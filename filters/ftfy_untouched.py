"""Which texts ftfy would return unchanged, told by one character scan instead of ftfy's work.

``ftfy.fix_text`` spends most of its time proving clean text clean: its mojibake test
(``ftfy.badness.is_bad``, a 37-way regex tried at every position) costs ~0.5 ms per kB of
non-ASCII text, more than the rest of repair. But every pattern of that regex needs one character
from a short list (``«``, ``€``, ``Ã``, C1 controls, ...), and every other fixer repair runs touches
only characters of its own (control characters, ``\\r``, surrogates, ``ESC``). A text with none of
them that is already in the configured normal form is a fixed point of ``fix_text``: repair skips
ftfy for it and the output is the same, bit for bit. The lists are read from ftfy itself (its
compiled regex and its tables), and tests/test_repair.py checks them against ftfy for every code
point, so an ftfy upgrade that changes them fails a test instead of changing a corpus.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from re import _constants as sre  # the stdlib's own regex parser
from re import _parser as sre_parse

import ftfy
from ftfy import chardata
from ftfy.badness import BADNESS_RE

# the fixers `repair` can turn on besides fix_encoding, and the characters each can change
# (tests/test_repair.py checks every code point outside these against ftfy's FIXERS)
FIXER_CHARS: dict[str, str] = {
    "remove_terminal_escapes": "\x1b",  # ANSI_RE starts with ESC
    "fix_c1_controls": "\x80-\x9f",  # C1_CONTROL_RE
    "fix_line_breaks": "\r\u2028\u2029\x85",
    "fix_surrogates": "\ud800-\udfff",  # SURROGATE_RE
    "remove_control_chars": "".join(re.escape(chr(c)) for c in sorted(chardata.CONTROL_CHARS)),
}


_COMMON_PUNCTUATION = set("—–…’‘“”«»„•·№°\xa0")


def _element_chars(item: tuple) -> set[str] | None:
    """The characters a one-character regex element matches, when it lists them (a literal or a
    class of literals and ranges); None for anything else (``\\w``, ``.``, a negated class, ...)."""
    op, arg = item
    if op is sre.LITERAL:
        return {chr(arg)}
    if op is not sre.IN:
        return None
    found: set[str] = set()
    for kind, value in arg:
        if kind is sre.LITERAL:
            found.add(chr(value))
        elif kind is sre.RANGE:
            found.update(map(chr, range(value[0], value[1] + 1)))
        else:
            return None
    return found


def mojibake_triggers(pattern: re.Pattern[str] = BADNESS_RE) -> set[str]:
    """Characters of which every match of ``pattern`` (ftfy's badness regex) contains one: per
    branch of its top-level alternation, the characters of one required, listed, non-ASCII element,
    the rarest in ordinary prose (Cyrillic letters and common punctuation avoided where a branch
    allows). Raises ValueError for a pattern of another shape (then nothing may be skipped)."""
    if pattern.flags & re.IGNORECASE:  # literals would match their other case too
        raise ValueError("ftfy's badness regex ignores case")
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    if len(tree.data) != 1 or tree.data[0][0] is not sre.BRANCH:
        raise ValueError("ftfy's badness regex is not one alternation")
    letters = set("ёЁ") | {chr(c) for c in range(0x410, 0x450)}  # Cyrillic: in every Russian text

    def frequency(chars: set[str]) -> tuple[int, int]:
        return 10 * len(chars & letters) + len(chars & _COMMON_PUNCTUATION), len(chars)

    triggers: set[str] = set()
    for branch in tree.data[0][1][1]:
        required = [
            chars
            for item in branch.data
            if (chars := _element_chars(item)) and not any(c.isascii() for c in chars)
        ]
        if not required:
            raise ValueError(f"a badness branch without a required non-ASCII character: {branch}")
        triggers |= min(required, key=frequency)
    return triggers


@cache
def _touchable(fixers: frozenset[str], encoding: bool) -> re.Pattern[str]:
    parts = [FIXER_CHARS[name] for name in sorted(fixers)]
    if encoding:
        parts.append("".join(re.escape(c) for c in sorted(mojibake_triggers())))
    return re.compile("[" + "".join(parts) + "]")


def ftfy_leaves_unchanged(text: str, config: ftfy.TextFixerConfig) -> bool:
    """True only when ``ftfy.fix_text(text, config)`` returns ``text`` unchanged (False means
    "run ftfy", not "ftfy would change it"). ``config`` may turn on only the fixers in
    ``FIXER_CHARS``, ``fix_encoding`` and a normalization."""
    fixers = frozenset(name for name in ftfy.FIXERS if getattr(config, name, False))
    encoding_steps = {"restore_byte_a0", "replace_lossy_sequences", "decode_inconsistent_utf8"}
    unknown = fixers - set(FIXER_CHARS) - encoding_steps  # the last three run only inside fix_encoding
    if unknown:
        return False
    if _touchable(fixers - encoding_steps, config.fix_encoding).search(text):
        return False
    return config.normalization is None or unicodedata.is_normalized(config.normalization, text)
