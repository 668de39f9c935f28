"""``entities``: named entities (PER, LOC, ORG) in Russian text with slovnet's NER model.

Why slovnet + navec: it is the only Russian NER whose weights come inside a PyPI wheel, so
nothing is downloaded, and it runs on numpy (no torch). The weights (``slovnet_ner_news_v1.tar``,
2.4 MB, and the navec embeddings it needs, 26 MB) ship in the ``natasha`` wheel; sloika reads them
from there *without importing natasha*, because natasha's import pulls pymorphy2, which needs
``pkg_resources`` (gone from setuptools ≥ 81). Give ``navec``/``ner`` paths to use other copies.
Text is fed paragraph by paragraph (code blocks skipped) in batches.

slovnet tags capitalised common words as names: a sentence-initial "Размышляйте", "Тыкву", a
heading's "МЕЖГОСУДАРСТВЕННЫЙ". A span is kept only when pymorphy3's dictionary allows it to be a
name: a PER needs one word that can be a first name, surname, patronymic or another proper noun
(Geox, Orgn, Trad), or a word the dictionary does not know (foreign names: "Шлиман") that is not
built like an abstract noun ("Сексапильность"), and is not led by a common word unless the
dictionary knows one of its words as a name ("Гарнитура Ариал" goes, "Игорь Северянин" stays); a
one-word LOC or ORG is dropped when its words are known common words with no proper-noun or
abbreviation reading ("Интернет-сайта"); a PER of three words or more needs a name the dictionary
knows. Code identifiers ("foo_VVV-RRR") and words cut by a hyphenated line break ("Необхо- димый",
PDFs) are no entities, nor spans with a bare number ("Usenet 12.3 Как"), a function word at an
edge ("WRITTEN BY"), a verb or gerund ("Дай", "Прикрывши робким"), or — for PER — a common word
at the end ("Черноусова Компьютерная"). A Latin-script span amid mostly Latin text (an English
passage of a Russian document) is left to an English model.

Reference books and manuals (GOST standards, Debian guides as PDF) add their own false names:
initials alone ("Б.", "А.З."), lists run together into one span ("Республика Армения Республика
Беларусь"), bibliographic abbreviations ("Нижегор.", "Науч." — the start of words the dictionary
knows), a document's own two-letter shorthand ("ЛУ", "ДЭ"; a capitalised word the dictionary
knows counts only as an abbreviation, organisation or place: "РАН", "США", not "АЗ"), versions and encodings
("UTF-8", "DEP-3"), institutions built on a common word ("Узгосстандарт", "Главгосслужба") read
as persons, and English words quoted in Russian text ("Depends", "Maintainer", "Makefile"): a
Latin word counts as English rather than a borrowed name when English text uses it far more often
than Russian text does (wordfreq), which keeps "Debian", "Google", "Intel".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice
from pathlib import Path

from datatrove.data import Document
from pydantic import Field

from sloika.annotators.base import Annotator, Options, Span, doc_lang, register
from sloika.config import ConfigError
from sloika.text.morph import russian_analyzer
from sloika.text.sentences import paragraphs
from sloika.wheels import wheel_file

_PERSON = {"Name", "Surn", "Patr"}
_PROPER = _PERSON | {"Geox", "Orgn", "Trad"}
_ABSTRACT = re.compile(r"(ость|ение|ание|ство|изм|ация)$")  # built like a common abstract noun
_WORD = re.compile(r"[А-Яа-яЁё]{2,}")
_IDENTIFIER = re.compile(r"[_$/\\]|[a-z0-9]\.[a-z]|[A-Za-z][-.]?\d")  # code, files, versions ("UTF-8")
_LETTER_PAIR = re.compile(r"[^\W\d_]{2}")  # two letters in a row: more than an initial
_ENGLISH_MARGIN = 1.4  # Zipf points: ~25× more frequent in English than in Russian text
_BROKEN = re.compile(r"[-\u00ad][ \t]*\n?[ \t]*[а-яё]")  # a word cut by a hyphenated line break


@lru_cache(maxsize=100_000)
def _can_be_name(word: str) -> bool:
    morph = russian_analyzer()
    lower = word.lower()
    if not morph.word_is_known(lower):
        return not _ABSTRACT.search(lower)
    return any(_PROPER & p.tag.grammemes for p in morph.parse(word))


_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_FUNCTION_WORDS = frozenset(
    [
        "и",
        "или",
        "но",
        "а",
        "как",
        "что",
        "где",
        "когда",
        "если",
        "по",
        "на",
        "в",
        "во",
        "из",
        "за",
        "от",
        "до",
        "для",
        "с",
        "со",
        "к",
        "о",
        "об",
        "при",
        "без",
        "под",
        "над",
        "by",
        "of",
        "the",
        "and",
        "or",
        "in",
        "for",
        "to",
        "a",
        "an",
        "on",
        "at",
        "with",
        "from",
        "as",
    ]
)


def _in_foreign_text(text: str, start: int, end: int) -> bool:
    """A Latin-script span amid mostly Latin text: English passages of a Russian PDF ("Maintainer",
    "Russian-"), which a Russian NER model reads as names; Latin names amid Russian stay ("Debian")."""
    if _WORD.search(text[start:end]):
        return False
    window = text[max(0, start - 100) : end + 100]
    cyrillic = len(_CYRILLIC.findall(window))
    latin = sum(1 for c in window if c.isalpha()) - cyrillic
    return latin > cyrillic


@lru_cache(maxsize=100_000)
def _verb(word: str) -> bool:
    """A verb, gerund or infinitive by its most probable reading ("Дай", "Прикрывши")."""
    return russian_analyzer().parse(word)[0].tag.POS in {"VERB", "GRND", "INFN"}


@lru_cache(maxsize=100_000)
def _known_name(word: str) -> bool:
    morph = russian_analyzer()
    return morph.word_is_known(word.lower()) and any(_PERSON & p.tag.grammemes for p in morph.parse(word))


@lru_cache(maxsize=100_000)
def _common_word(word: str) -> bool:
    morph = russian_analyzer()
    return morph.word_is_known(word.lower()) and not any(
        (_PROPER | {"Abbr"}) & p.tag.grammemes for p in morph.parse(word)
    )


@lru_cache(maxsize=100_000)
def _truncated(word: str) -> bool:
    """An abbreviation cut from a longer word ("Нижегор.", "Науч.", "Изм."): unknown to the
    dictionary, yet the start of words it knows; foreign names ("Шлиман") start none."""
    lower = word.lower()
    if len(lower) < 3 or russian_analyzer().word_is_known(lower):
        return False
    return any(key != lower for key in islice(russian_analyzer().dictionary.words.iterkeys(lower), 2))


@lru_cache(maxsize=100_000)
def _plausible_abbreviation(word: str) -> bool:
    """A capitalised Cyrillic abbreviation as a name: one the dictionary knows must be known as an
    abbreviation, organisation or place ("РАН", "КВН", "США", not the letter "АЗ"); an unknown one
    needs three letters, for two are a text's own shorthand ("ЛУ", "ДЭ"), and more than one
    letter ("ХХХХ" is a placeholder)."""
    morph = russian_analyzer()
    if morph.word_is_known(word.lower()):
        return any({"Abbr", "Orgn", "Geox"} & p.tag.grammemes for p in morph.parse(word))
    return len(word) >= 3 and len(set(word)) > 1


@lru_cache(maxsize=100_000)
def _compound_of_common_word(word: str) -> bool:
    """An unknown word made of an unknown prefix and a long common word ("Узгосстандарт",
    "Главгосслужба"): an institution's name mistaken for a person's."""
    parse = russian_analyzer().parse(word)[0]
    stack = parse.methods_stack
    return (
        len(stack) == 2
        and type(stack[1][0]).__name__ == "UnknownPrefixAnalyzer"
        and parse.tag.POS == "NOUN"
        and len(stack[0][1]) >= 7
        and _common_word(stack[0][1])
    )


@lru_cache(maxsize=100_000)
def _english_common_word(word: str) -> bool:
    """A Latin word English text uses far more than Russian text does ("Depends", "Maintainer",
    "Release"): English quoted in a Russian text. Names that Russian text borrows as they are
    ("Debian", "Google", "Intel") are about as frequent in both."""
    from wordfreq import zipf_frequency

    lower = word.lower()
    return zipf_frequency(lower, "en") - zipf_frequency(lower, "ru") >= _ENGLISH_MARGIN


def plausible(label: str, text: str, after: str = "") -> bool:
    """Whether a span slovnet tagged ``label`` can be an entity by the dictionary (module doc);
    ``after`` is the text that follows the span."""
    if _IDENTIFIER.search(text) or _BROKEN.match(after):  # foo_VVV-RRR; "Необхо- димый"
        return False
    tokens = text.split()
    if any(not any(c.isalpha() for c in token) for token in tokens):  # "Usenet 12.3 Как": numbering
        return False
    if not _LETTER_PAIR.search(text):  # "Б.", "А.З.", "J": initials alone name nobody in particular
        return False
    lowered = [token.lower() for token in tokens]
    if any(lowered.count(token) > 1 for token in lowered if len(token) > 3):
        return False  # "Республика Армения Республика Беларусь …": a list run together, not one name
    last = _WORD.findall(tokens[-1])
    if last and after.startswith(".") and _truncated(last[-1]):
        return False  # "Нижегор.", "Изд-полигр.": bibliographic abbreviations
    edges = {tokens[0].lower(), tokens[-1].lower()}
    if edges & _FUNCTION_WORDS or any(_verb(token) for token in tokens if _WORD.fullmatch(token)):
        return False  # "WRITTEN BY", "… Как"; "Прикрывши робким", "Дай": clauses, not names
    words = _WORD.findall(text)
    if not words:  # Latin: one common English word is a quoted term ("Maintainer"), not a name;
        # organisations are often made of common words ("Software in the Public Interest")
        return label == "PER" or len(tokens) > 1 or not _english_common_word(text.strip(".,:;"))
    if len(tokens) == 1 and _WORD.fullmatch(text) and text.isupper():
        return _plausible_abbreviation(text)
    if label == "PER":  # "Гарнитура Ариал": a common word leading an unknown one is not a name
        named = any(_known_name(word) for word in words)
        if (_common_word(words[0]) or len(words) >= 3) and not named:
            return False
        if len(tokens) > 1 and _WORD.fullmatch(tokens[-1]) and _common_word(tokens[-1]):
            return False  # "Черноусова Компьютерная": a name running into the next words
        if not named and any(_compound_of_common_word(word) for word in words):
            return False
        return any(_can_be_name(word) for word in words)
    if len(text.split()) == 1:  # one word, hyphenated parts included: "МЕЖГОСУДАРСТВЕННЫЙ", "Интернет-сайта"
        return not all(_common_word(word) for word in words)
    return True


class EntityOptions(Options):
    navec: str | None = Field(None, description="navec embeddings .tar; default: the natasha wheel's")
    ner: str | None = Field(None, description="slovnet NER model .tar; default: the natasha wheel's")
    languages: list[str] = Field(default_factory=lambda: ["ru"])
    batch_size: int = Field(16, ge=1, description="paragraphs per slovnet batch")


def _natasha_file(relative: str) -> Path:
    """A data file of the installed natasha wheel, found without executing natasha's __init__."""
    return wheel_file(
        "natasha",
        f"natasha/data/{relative}",
        "pip install 'sloika[annotate]', or give `navec` and `ner` paths",
    )


@register
class Entities(Annotator):
    name = layer = "entities"
    version = "3"
    requires = {"slovnet": "slovnet", "navec": "navec", "pymorphy3": "pymorphy3"}
    Options = EntityOptions

    def _load(self):
        from navec import Navec
        from slovnet import NER

        navec_path = self.options.navec or _natasha_file("emb/navec_news_v1_1B_250K_300d_100q.tar")
        ner_path = self.options.ner or _natasha_file("model/slovnet_ner_news_v1.tar")
        for path in (navec_path, ner_path):
            if not Path(path).is_file():
                raise ConfigError(f"entities: model file {path} not found")
        ner = NER.load(str(ner_path), batch_size=self.options.batch_size)
        ner.navec(Navec.load(str(navec_path)))
        return ner

    def annotate(self, docs: Sequence[Document]) -> list[list[Span]]:
        ner = self.load()
        out: list[list[Span]] = [[] for _ in docs]
        pieces = [
            (i, start, doc.text[start:end])
            for i, doc in enumerate(docs)
            if doc_lang(doc) in (*self.options.languages, None)
            for start, end, kind in paragraphs(doc.text)
            if kind == "paragraph"
        ]
        markups = ner.map([text for _, _, text in pieces]) if pieces else []
        for (i, offset, _), markup in zip(pieces, markups, strict=True):
            out[i].extend(
                Span(offset + s.start, offset + s.stop, s.type)
                for s in markup.spans
                if plausible(s.type, markup.text[s.start : s.stop], markup.text[s.stop : s.stop + 4])
                and not _in_foreign_text(markup.text, s.start, s.stop)
            )
        return out
