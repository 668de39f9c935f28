"""Values only the typeset PDF knows: page numbers, totals counted over the compiled book.

The thesis template wrote "Диссертация состоит из введения, \\total{totalchapter} глав…" and
"составляет \\formbytotal{TotPages}{страниц}…", and they came out as the counters' names:
"totalchapter", "TotPages", "totalcount@figure". The number is the point of such a sentence, and
the source does not hold it (pages exist after typesetting; totcount reads its totals from the
previous run's .aux). A pretraining corpus wants prose that is true as written, so neither a
made-up number nor a placeholder ("N", "[page]") that a model would learn to write back: the
sentence holding such a value is dropped, recorded in the ``removed`` layer (label
``computed_value``, its text in ``attrs``). A page reference keeps its sentence where the words
before it name the page ("see Section 2 on page \\pageref{x}", "на с.~\\pageref{x}"): those words
go with it, the rest stays. This is how a ``\\ref`` to a label the paper does not define is
handled too (``latex_macros.replace_refs`` marks it); a ``\\cite`` without a ``.bib`` entry is
different: the sentence stands without its citation, and only the hole is mended.
"""

from __future__ import annotations

import re

MARK = "\ue006"  # a computed value, put in the source before conversion
COMPUTED = re.compile(
    r"\\(?:total|totvalue|value|arabic|roman|Roman|alph|Alph|citenum)\*?\s*\{[^{}]*\}"
    r"|\\(?:the|number)\s*\\(?:year|month|day|time)(?![A-Za-z@])"
    r"|\\(?:TotPages|thepage|thelastpage|today|thechapter|thesection|thefigure|thetable)(?![A-Za-z@])"
)
PAGE_WORDS = re.compile(
    r"(?:[,;]?\s*\b(?:on|at|see)\s+|[,;]\s*)?\b(?:pages?|pp?\.)\s*"
    + MARK
    + r"|(?:[,;]?\s*\b(?:на|см\.)\s+|[,;]\s*)?(?:\bс\.|\bстр\.|\bстраниц[аеуы]?)\s*"
    + MARK,
    re.I,
)  # "№ 5, см. с. \pageref{x}." → "№ 5."
SENTENCE = re.compile(r"(?<=[.!?…])[»”\")\]]*\s+(?=[«“\"(\[]?[^\W\d_a-zа-яё])")


def mark_computed(source: str) -> str:
    """``source`` with each value only the typeset document knows replaced by ``MARK``."""
    return COMPUTED.sub(MARK, source)


def drop_computed(paragraph: str) -> tuple[str, list[str]]:
    """(``paragraph`` without the sentences holding a computed value, the dropped sentences); a
    page number goes with the words that name it, and its sentence stays."""
    paragraph = PAGE_WORDS.sub("", paragraph)
    if MARK not in paragraph:
        return paragraph, []
    kept, dropped, cursor = [], [], 0
    bounds = [found.end() for found in SENTENCE.finditer(paragraph)] + [len(paragraph)]
    for end in bounds:
        sentence = paragraph[cursor:end]
        (dropped if MARK in sentence else kept).append(sentence)
        cursor = end
    return "".join(kept).strip(), [" ".join(s.replace(MARK, "…").split()) for s in dropped]
