"""Words torn by a hyphen pasted in from a hyphenated page: "рас- стояния" for "расстояния".

Text copied out of a PDF or a typeset page keeps the hyphen that broke a word at a line's end, and
the line break becomes a space: the word stands in two pieces mid-line ("текущие кратчайшие рас-
стояния"). A hyphen followed by a space is otherwise only a suspended one, the first compound's
second part left to the next ("до- и послевоенный", "северо- и южноамериканский"), or a compound's
own hyphen typed loose ("Фурье- анализ", "кто- то"). The text readers (plain, Markdown, LaTeX) join
such a hyphen where the PDF reader would drop it at a line's end (``join_hyphenated``: the document's
own spellings, suspended hyphens, compounds, particles) and the joined form is a word
(``dictionary_word``); each join is counted in the document's repairs (``pasted_hyphens:N``).
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf_joins import join_hyphenated, text_spellings
from sloika.text.morph import russian_analyzer
from sloika.text.spans import Edited

JOINED_WORD_ZIPF = 3.0  # a word wordfreq lists this often is one (its lists hold fragments: "ения" 1.12)
# a word of two letters or more (opening the text, after a space, a quote or a bracket: no URL's or
# path's piece), a hyphen, one space and a lower-case word of two letters or more (TeX's
# \lefthyphenmin and \righthyphenmin), the word whole on both sides
PASTED_HYPHEN = re.compile(r"(?<![^\s«\"„“‘(\[])([^\W\d_]{2,})- ([^\W\d_]{2,})(?!\w)")
# the structure spans whose text is as written, never prose: nothing in them is joined
AS_WRITTEN = {"code", "math", "table"}
REPAIR = "pasted_hyphens"


def dictionary_word(word: str) -> bool:
    """Whether ``word`` is a word of its language: pymorphy3's dictionary for a Cyrillic one,
    wordfreq above ``JOINED_WORD_ZIPF`` otherwise (wordfreq lists Russian fragments, "ения", "ций",
    as words)."""
    if "\u0400" <= word[0] <= "\u04ff":
        return russian_analyzer().word_is_known(word.lower())
    from sloika.text.frequency import zipf

    return zipf(word.lower(), "en") >= JOINED_WORD_ZIPF


def pasted_hyphens_joined(parsed: Parsed) -> Parsed:
    """``parsed`` with each word torn by a pasted hyphen (``PASTED_HYPHEN``, outside ``AS_WRITTEN``
    spans) one word again, every span of every layer moved to cover the same characters, and the
    joins counted in its ``repairs``. A hyphen the PDF reader keeps at a line's end stays with its
    space: a suspended one ("до- и послевоенный"), a compound's ("черно- белый"), a word the joined
    form is not ("Москва- столица")."""
    text = parsed.text
    written = [(span.start, span.end) for span in parsed.spans if span.label in AS_WRITTEN]
    spelled: frozenset[str] | None = None
    cuts: list[int] = []  # where each "- " that goes starts
    for found in PASTED_HYPHEN.finditer(text):
        first, rest = found[1], found[2]
        if not rest[0].islower() or any(a < found.end() and found.start() < b for a, b in written):
            continue
        spelled = text_spellings(text) if spelled is None else spelled
        joined = first + rest
        if join_hyphenated(f"{first}-", rest, spelled) == joined and (
            dictionary_word(joined) or joined.lower() in spelled
        ):
            cuts.append(found.end(1))
    if not cuts:
        return parsed
    edited = Edited(text, [(cut, cut + 2, "") for cut in cuts])
    return parsed.repaired(edited, f"{REPAIR}:{len(cuts)}")
