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
go with it (``removed``, label ``page_reference``), the rest stays; a sentence that was only the
reference, or that states the page ("Details are on page \\pageref{x}."), goes whole. This is how a
``\\ref`` to a label the paper does not define is handled too (``latex_macros.replace_refs`` marks
it; in a paper whose folder lacks files, one after the noun it numbers keeps its sentence:
``latex_holes.REF_HOLE``); a ``\\cite`` without a ``.bib`` entry is different: the sentence stands
without its citation, and only the hole is mended.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sloika.pipelines.formats.latex_holes import REF_HOLE_TOKEN
from sloika.text.discourse import points_back

MARK = "\ue006"  # a computed value, put in the source before conversion
COMPUTED = re.compile(
    r"\\(?:total|totalcount|totvalue|value|arabic|roman|Roman|alph|Alph|citenum)\*?\s*\{[^{}]*\}"
    r"|\\(?:the|number)\s*\\(?:year|month|day|time)(?![A-Za-z@])"
    r"|\\(?:TotPages|thepage|thelastpage|today|thechapter|thesection|thefigure|thetable)(?![A-Za-z@])"
    r"|\\total(?:pages|figures|tables)(?![A-Za-z@])"  # totalcount's totals
    r"|\\(?:theenum|labelenum)(?:iv|i{1,3})(?![A-Za-z@])"  # an item's number, outside its list's labels
    r"|\\get(?:page)?refnumber\s*\{[^{}]*\}"  # refcount's number or page of a label, as \\ref and \\pageref
    # a class's reader of a total the previous run stored in the .aux ("\\readfromaux{vkrTotalfigures}"),
    # left undefined where a chapter is read without its class: a key, one token, in its braces
    r"|\\[A-Za-z]*aux[A-Za-z]*\s*\{[^{}\s]+\}"
)
# how a page is named before its number, per language: (the words that lead into it, the page's name
# with its inflections and abbreviations). The names are babel's \\pagename and \\seename strings
# (polish.ldf: "Strona", "zob."; babel-french "page", "voir"; babel-german "Seite", "siehe";
# babel-spanish "página", "véase"; babel-italian "pagina", "vedi"; babel-portuges "página", "veja";
# babel-dutch "pagina", "zie"; babel-czech "strana", "viz") and the forms the languages' style guides
# give for "on page N". One table for every document: the words only count right before the number.
# A language not in it keeps the number unnamed, so its sentence goes whole (``computed_value``), and
# no preposition is left behind.
PAGE_LEAD_INS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("on", "at", "see"), (r"pages?", r"pp?\.")),
    "ru": (("на", r"см\."), (r"с\.", r"стр\.", r"страниц[аеуы]?")),
    "fr": ((r"à\s+la", "en", r"voir(?:\s+la)?", r"cf\."), (r"pages?", r"p\.")),
    "de": (("auf", r"siehe(?:\s+auf)?", r"vgl\."), (r"Seiten?", r"S\.")),
    "pl": (("na", r"zob\.", r"por\."), (r"stron(?:a|ie|ę|y)", r"str\.", r"s\.")),
    "es": ((r"en\s+la", "en", r"véase(?:\s+la)?", r"cf\."), (r"páginas?", r"pág\.", r"p\.")),
    "it": (("a", "alla", r"vedi(?:\s+a)?", r"cfr\."), (r"pagin[ae]", r"pag\.", r"p\.")),
    "pt": (("na", "em", "ver", r"veja(?:\s+a)?"), (r"páginas?", r"pág\.", r"p\.")),
    "nl": (("op", "zie"), ("pagina", "bladzijde", r"blz\.", r"p\.")),
    "cs": (("na", "viz"), (r"stran[aěu]", r"str\.", r"s\.")),
}
_LEADS = "|".join(
    sorted({lead for leads, _ in PAGE_LEAD_INS.values() for lead in leads}, key=len, reverse=True)
)
_NAMES = "|".join(
    sorted({name for _, names in PAGE_LEAD_INS.values() for name in names}, key=len, reverse=True)
)
PAGE_WORDS = re.compile(
    rf"(?:[,;]?\s*\b(?:{_LEADS})\s+|[,;]\s*)?\b(?:{_NAMES})\s*" + MARK,
    re.I,
)  # "№ 5, см. с. \pageref{x}." → "№ 5."; "Le tableau 1 à la page \pageref{x} montre" → "Le tableau 1 montre"
# a sentence's end: a stop, a space and a capital; a person's initial ("Панченко В.В. Разработка
# системы…", "Иванов И. И. Метод…": one capital and a dot after no letter) ends none
INITIAL = r"(?<![^\W\d_])[^\W\d_a-zа-яё]\."
SENTENCE = re.compile(rf"(?<=[.!?…])(?<!{INITIAL})[»”\")\]]*\s+(?=[«“\"(\[]?[^\W\d_a-zа-яё])")
# a sentence that ends on a colon, whatever marks follow it (the author's line break): it leads into
# what comes next ("Предполагаемый объем пояснительной записки:\\ Не менее \pageref{LastPage}")
LEADS_IN = re.compile(r":\W*$")


def mark_computed(source: str) -> str:
    """``source`` with each value only the typeset document knows replaced by ``MARK``."""
    return COMPUTED.sub(MARK, source)


# a page named as what the sentence says ("Details are on page N"): without it the sentence says nothing
COPULA = re.compile(
    r"\b(?:is|are|was|were|be|находится|находятся|находился|находилась|находились"
    r"|est|sont|se\s+trouve|ist|sind|steht|stehen|befindet\s+sich|jest|są|znajduje\s+się"
    r"|está|están|è|sono|si\s+trova|estão)\s*$",
    re.I,
)


def drop_computed(paragraph: str) -> tuple[str, list[str], list[str]]:
    """(``paragraph`` without the values only the PDF knows, the sentences dropped with them, the
    page phrases dropped from sentences that stay): ``drop_computed_and_orphans`` without the
    orphans, which stay."""
    text, dropped, phrases, _ = drop_computed_and_orphans(paragraph, orphans=False)
    return text, dropped, phrases


def drop_computed_and_orphans(
    paragraph: str, orphans: bool = True, ends: Iterable[int] = ()
) -> tuple[str, list[str], list[str], list[str]]:
    """(``paragraph`` without the values only the PDF knows, the sentences dropped with them, the
    page phrases dropped from sentences that stay, the sentences right after a dropped one that point
    back at it). A page number goes with the words that name it
    ("на~рисунке~2.4 на~странице~\\pageref{x} представлен" reads "на рисунке 2.4 представлен") and
    its sentence stays, unless nothing would be left of it but punctuation ("См. с. \\pageref{x}.")
    or the page is what it says ("Details are on page \\pageref{x}."): then it goes whole. A sentence
    after a dropped one that opens by pointing back at it ("Он отличается…", "They…": the openers
    of ``sloika.text.discourse``) would point at nothing and goes too (issue 15). ``ends`` are the
    sentence ends no stop marks: a display that the next sentence follows ("…будет равен ⟨display⟩
    В свертке…"), so the sentence before the display is not cut with the one after it. A kept
    sentence ending on a colon right before a dropped one led only into it and goes with it."""
    if MARK not in paragraph:
        return paragraph, [], [], []
    kept, dropped, phrases, orphaned, cursor, after_cut = [], [], [], [], 0, False
    bounds = sorted({found.end() for found in SENTENCE.finditer(paragraph)} | set(ends) | {len(paragraph)})
    led_in = False  # the sentence before, kept, ends on a colon
    for end in bounds:
        sentence, cursor = paragraph[cursor:end], end
        named = list(PAGE_WORDS.finditer(sentence))
        rest = PAGE_WORDS.sub("", sentence)
        stated = any(COPULA.search(sentence[: found.start()]) for found in named)
        if MARK in rest or (named and (stated or not re.search(r"\w", rest.replace(MARK, "")))):
            if led_in:  # it led only into this sentence
                sentence = kept.pop() + sentence
            dropped.append(" ".join(sentence.replace(MARK, "…").split()))
            after_cut, led_in = True, False
            continue
        if orphans and after_cut and MARK not in sentence and points_back(sentence):
            orphaned.append(" ".join(sentence.split()))
            continue
        after_cut, led_in = False, bool(LEADS_IN.search(rest))
        phrases += [" ".join(found[0].replace(MARK, "…").strip(" ,;").split()) for found in named]
        kept.append(rest)
    return "".join(kept).strip(), dropped, phrases, orphaned


# a reference in parentheses whose number only the PDF knows, "(см.~рисунок~\ref{img:tuz})",
# "(see Fig.~\ref{x})": a pointer beside the claim, not the claim; it goes, the sentence stays
# (a reference to a label of a missing file, its hole, likewise)
REFERENCE_ASIDE = re.compile(
    r"[ \u00a0]*\((?:[^\W\d_][\w.]*[ \u00a0]+){0,3}" + f"(?:{MARK}|{REF_HOLE_TOKEN})" + r"[ \u00a0]*\)"
)


def drop_reference_asides(paragraph: str) -> tuple[str, list[str]]:
    """(``paragraph`` without the parenthesised references whose number only the PDF knows, those
    references with "…" for the number): "принят Tuz (см. рисунок \\ref{x}), изображение которого"
    reads "принят Tuz, изображение которого" instead of losing the sentence and leaving the next one,
    "На этой конференции…", pointing at nothing."""
    asides: list[str] = []

    def aside(found: re.Match) -> str:
        if PAGE_WORDS.search(found[0]):
            return found[0]  # "(see page …)": a page phrase, ``drop_computed``'s to take
        asides.append(" ".join(re.sub(REF_HOLE_TOKEN, "…", found[0].replace(MARK, "…")).split()))
        return ""

    return REFERENCE_ASIDE.sub(aside, paragraph), asides
