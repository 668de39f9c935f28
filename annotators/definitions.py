"""``definitions``: sentences that define a term — "X — это Y", "X называется Y", "под X понимают
Y", "X определяется как Y", "X is a Y", "X is called Y", "X refers to Y".

Regular expressions over razdel's sentences: the patterns are about punctuation and a handful of
fixed words, which a regex states more plainly than a token Matcher. A span covers the whole
sentence; ``label`` is the term normalised (markup and quotes stripped, lower case, the head word
put in the nominative with pymorphy3 — "называется *перемещением*" gives "перемещение"), and
``attrs`` hold ``term``, ``definiens``, their offsets and the ``pattern``. When the defined thing is
only a pronoun ("Это называется ..."), the definiens is the sentence before. A sentence
hard-wrapped over several lines is matched with its line breaks as spaces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from datatrove.data import Document
from pydantic import Field

from sloika.annotators.base import Annotator, Options, Span, doc_lang, register
from sloika.text.morph import russian_analyzer
from sloika.text.sentences import one_line, sentences

_END = r"\s*[.!?…:;]*\s*$"
_TERM = r"[^,:;()—–.!?]{1,80}?"


@dataclass(frozen=True)
class Pattern:
    name: str
    lang: str
    regex: re.Pattern[str]
    score: float
    term_is_named: bool = False  # "X называется Y": Y is the term, and it stands in the instrumental


PATTERNS = [
    Pattern(
        "eto",
        "ru",
        re.compile(rf"(?:^|[,:;(]\s*)(?P<term>{_TERM})\s+[—–-]{{1,2}}\s+это\s+(?P<def>.+?){_END}"),
        0.9,
    ),
    Pattern(
        "ponimayut",
        "ru",
        re.compile(
            rf"(?:^|\s)[Пп]од\s+(?P<term>{_TERM})\s+(?:обычно\s+)?(?:понимают|понимается|понимаются|"
            rf"подразумевают|подразумевается)\s+(?P<def>.+?){_END}"
        ),
        0.9,
        term_is_named=True,
    ),
    Pattern(
        "opredelyaetsya",
        "ru",
        re.compile(rf"(?:^|[,:;]\s*)(?P<term>{_TERM})\s+определя[её]тся\s+как\s+(?P<def>.+?){_END}"),
        0.9,
    ),
    Pattern(
        "nazyvaetsya",
        "ru",
        re.compile(
            rf"(?:^|[,:;]\s*)(?P<def>[^,:;]+?)\s+(?:и\s+)?(?:называется|называются|называют)\s+"
            rf"(?P<term>{_TERM}){_END}"
        ),
        0.7,
        term_is_named=True,
    ),
    Pattern(
        "is_a",
        "en",
        re.compile(rf"^(?P<term>(?:(?:an?|the)\s+)?{_TERM})\s+(?:is|are)\s+(?P<def>(?:an?|the)\s+.+?){_END}"),
        0.6,
    ),
    Pattern(
        "is_called", "en", re.compile(rf"^(?P<def>.+?)\s+(?:is|are)\s+called\s+(?P<term>{_TERM}){_END}"), 0.8
    ),
    Pattern("refers_to", "en", re.compile(rf"^(?P<term>{_TERM})\s+refers?\s+to\s+(?P<def>.+?){_END}"), 0.7),
]
_PRONOUNS = {"это", "так", "такое", "такой", "он", "она", "оно", "они", "it", "this", "that", "these", "they"}
_RELATIVE = {"который", "которая", "которое", "которые", "что", "which", "that", "who"}
# words that open a clause rather than a term: "потому что *числа* — это ..." defines "числа"
_OPENERS = {
    "и",
    "а",
    "но",
    "что",
    "где",
    "потому",
    "то",
    "есть",
    "существует",
    "существуют",
    "бывает",
    "как",
    "если",
    "когда",
    "так",
    "ведь",
    "and",
    "but",
    "that",
    "where",
    "because",
    "so",
    "if",
    "when",
}
_MARKUP = re.compile(r"<[^>]*>|[*`«»\"“”„'#]+")
_MAX_TERM_WORDS = 10  # aphorisms define long noun phrases; clauses are told by their verb


def normalise_term(term: str, lang: str, inflected: bool) -> str:
    """Lower case without markup; a Russian term found in the instrumental/accusative ("называется
    перемещением", "под владением понимают") gets its first word back in the nominative."""
    words = _MARKUP.sub("", term).lower().split()
    if inflected and lang == "ru" and words:
        parse = next(
            (p for p in russian_analyzer().parse(words[0]) if {"ablt", "accs"} & p.tag.grammemes), None
        )
        if parse is not None:
            form = parse.inflect({"nomn"})
            words[0] = form.word if form else words[0]
    return " ".join(words)


def find_definitions(text: str, lang: str | None = None) -> list[Span]:
    """Definition spans in ``text`` (both languages' patterns when ``lang`` is unknown). A sentence
    that defines two things ("Чувство — это ощущение…; мысль — это …") gives a span for each, the
    first definiens ending where the second clause starts."""
    found = []
    cuts = sentences(text)
    for number, (start, end) in enumerate(cuts):
        sentence = one_line(text[start:end])  # a hard-wrapped sentence matches like one line
        for pattern in PATTERNS:
            if lang not in (None, pattern.lang):
                continue
            matches = _matches(pattern.regex, sentence)
            spans = []
            for match, following in zip(matches, [*matches[1:], None], strict=False):
                t_start, term = _trim_openers(start + match.start("term"), match.group("term"))
                label = normalise_term(term, pattern.lang, pattern.term_is_named)
                if (
                    not label
                    or len(term.split()) > _MAX_TERM_WORDS
                    or label in _PRONOUNS
                    or (pattern.lang == "ru" and _has_finite_verb(term))
                ):
                    continue
                d_start, d_end = start + match.start("def"), start + match.end("def")
                if following is not None:  # the next definition's clause is not part of this one
                    d_end = start + len(sentence[: following.start()].rstrip(" ,;:"))
                definiens = _MARKUP.sub("", text[d_start:d_end]).strip().lower()
                if definiens in _RELATIVE:  # "структуры, которые называются X": the clause before
                    d_start, d_end = start, start + len(sentence[: match.start("def")].rstrip(" ,"))
                elif definiens in _PRONOUNS and number > 0:  # "Это называется X": the sentence before
                    d_start, d_end = cuts[number - 1]
                attrs = {
                    "term": text[t_start : t_start + len(term)],
                    "definiens": text[d_start:d_end],
                    "pattern": pattern.name,
                    "term_start": t_start,
                    "term_end": t_start + len(term),
                    "definiens_start": d_start,
                    "definiens_end": d_end,
                }
                spans.append(Span(start, end, label, pattern.score, attrs))
            if spans:
                found.extend(spans)
                break
    return found


def _matches(regex: re.Pattern[str], sentence: str) -> list[re.Match[str]]:
    """Successive matches of a pattern in one sentence, each searched after the previous one's
    term and the start of its definiens."""
    matches: list[re.Match[str]] = []
    pos = 0
    while (match := regex.search(sentence, pos)) is not None:
        matches.append(match)
        pos = max(match.start("def"), match.end("term")) + 1
    return matches


def _has_finite_verb(term: str) -> bool:
    """A "term" with a finite verb is a clause ("она имела слишком много достоинств — это …"), not
    a name for something; infinitives ("Жить — это …") and participles are terms."""
    return any(
        "VERB" in russian_analyzer().parse(word)[0].tag for word in re.findall(r"[а-яё]+", term.lower())
    )


def _trim_openers(start: int, term: str) -> tuple[int, str]:
    """Drop clause-opening words and surrounding space from a term; returns (new start, term)."""
    stripped = term.lstrip()
    start += len(term) - len(stripped)
    while (first := stripped.split(maxsplit=1)) and first[0].lower() in _OPENERS and len(first) > 1:
        start += len(stripped) - len(first[1])
        stripped = first[1]
    return start, stripped.rstrip()


class DefinitionOptions(Options):
    languages: list[str] = Field(
        default_factory=lambda: ["ru", "en"], description="pattern sets to use: ru, en"
    )


@register
class Definitions(Annotator):
    name = layer = "definitions"
    version = "2"
    requires = {"razdel": "razdel", "pymorphy3": "pymorphy3"}
    Options = DefinitionOptions

    def annotate(self, docs: Sequence[Document]) -> list[list[Span]]:
        out = []
        for doc in docs:
            lang = doc_lang(doc)
            if lang is not None and lang not in self.options.languages:
                out.append([])
                continue
            out.append(find_definitions(doc.text, lang if lang in ("ru", "en") else None))
        return out
