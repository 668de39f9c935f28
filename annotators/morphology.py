"""The shared Russian morphology pipeline: ``spacy.blank("ru")`` with POS, features and lemma
from pymorphy3. Nothing is downloaded (``ru-core-news-sm`` on PyPI is a malicious stub).

A blank pipeline has no tagger, and spaCy's pymorphy3 lemmatizer picks among pymorphy3's analyses
by the token's POS, so without one it returns most words unchanged. The component below gives
each token the POS and features of pymorphy3's most probable analysis (converted to Universal
Dependencies with spaCy's own ``oc2ud``) and that analysis's normal form as the lemma: exactly
what spaCy's lemmatizer would then choose, without parsing every token a second time (measured:
that doubled the pipeline's time). Words are cached, since a text repeats most of its words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ"})
PARSE_KEY = "_sloika_content_lemmas"  # in doc.metadata; never written to a corpus
_SENTENCE_END = frozenset({".", "!", "?", "…", "...", ":", "«", '"', "—", "-", "--"})


def russian_nlp() -> Any:
    """A spaCy ``Language`` with only what the morph, terms and topics layers need: tokenizer + POS."""
    import spacy
    from spacy.language import Language

    if "sloika_pymorphy_pos" not in Language.factories:
        Language.factory("sloika_pymorphy_pos", func=_make_pos_component)
    nlp = spacy.blank("ru")
    nlp.add_pipe("sloika_pymorphy_pos")
    return nlp


def _make_pos_component(nlp: Any, name: str) -> Any:
    from spacy.lang.ru.lemmatizer import oc2ud
    from spacy.tokens import MorphAnalysis

    from sloika.text.morph import russian_analyzer

    analyzer = russian_analyzer()

    @lru_cache(maxsize=200_000)
    def tag(word: str) -> tuple[str, str, str]:
        if not any("а" <= ch <= "я" or ch == "ё" for ch in word.lower()):
            return "", "", ""
        best = analyzer.parse(word)[0]
        pos, feats = oc2ud(str(best.tag))
        if not analyzer.word_is_known(word.lower()):  # a guessed lemma is often wrong ("Мерфи" → "мерфь")
            lemma = word.lower()
            if word[:1].isupper() and pos == "NOUN":
                pos = "PROPN?"  # an unknown capitalised noun: a name unless it opens a sentence
        else:
            lemma = best.normal_form
        return pos, "|".join(f"{k}={v}" for k, v in sorted(feats.items())), lemma

    def component(doc: Any) -> Any:
        for token in doc:
            if token.is_punct:
                token.pos_, token.lemma_ = "PUNCT", token.text
                continue
            pos, feats, lemma = tag(token.text)
            if pos == "PROPN?":
                opens = (
                    token.i == 0 or doc[token.i - 1].text in _SENTENCE_END or "\n" in doc[token.i - 1].text
                )
                pos = "NOUN" if opens else "PROPN"
            if pos:
                token.pos_, token.lemma_ = pos, lemma
                if feats:
                    token.set_morph(MorphAnalysis(doc.vocab, feats))
            elif token.like_num:
                token.pos_ = "NUM"
            elif token.is_alpha:
                token.pos_ = "X"  # a word in another script: foreign, code or a name
            if not token.lemma_:
                token.lemma_ = token.lower_
        return doc

    return component


def parsed_lemmas(nlp: Any, doc: Any) -> list[tuple[int, int, str, str]]:
    """(start, end, lemma, pos) of ``content_lemmas`` of a datatrove document's text, attribution
    lines left out, parsed once and kept on the document: ``terms`` and ``topics`` share one parse
    when they run together (a shared fit pass, then the same batch in the tasks)."""
    cached = doc.metadata.get(PARSE_KEY)
    if cached is None:
        parsed = nlp(blank_attributions(doc.text))
        cached = [(s, e, lemma, parsed.char_span(s, e).root.pos_) for s, e, lemma in content_lemmas(parsed)]
        doc.metadata[PARSE_KEY] = cached
    return cached


def content_lemmas(doc: Any) -> list[tuple[int, int, str]]:
    """(start, end, lemma) of the words that carry a text's topic: Russian nouns, proper nouns and
    adjectives, and Latin words (names, code identifiers), lower-cased; stop words left out."""
    stop = _stop_words()
    out = []
    reciprocal = _reciprocal_tokens(doc)
    for token in doc:
        if token.is_stop or len(token.text) < 3 or not token.is_alpha or token.i in reciprocal:
            continue
        if token.pos_ in CONTENT_POS or token.pos_ == "X":
            lemma = (token.lemma_ or token.text).lower()
            if lemma not in stop:
                out.append((token.idx, token.idx + len(token.text), lemma))
    return out


# lines that say who wrote or sent a text, not what it is about: "\t\t-- Евгений Кащеев", "(c) ...",
# "Автор: ...", mail headers; a dash line is an attribution when short and last, or when it is "--"
_ATTRIBUTION = re.compile(
    r"^[ \t]*(?:--[^\n]*|(?:\(c\)|©)[^\n]*|(?:Автор|Источник|Author|Source|From|Subject|Date|Дата|Тема)"
    r"[ \t]*:[^\n]*)$|^[ \t]*[—–][ \t]*(?:\S+[ \t]*){1,6}(?<![.!?…])\Z",
    re.MULTILINE | re.IGNORECASE,
)


def blank_attributions(text: str) -> str:
    """``text`` with attribution and metadata lines turned into spaces (same length: offsets hold),
    so an author's name or a mail header does not become a document's topic or key term."""
    return _ATTRIBUTION.sub(lambda m: " " * len(m.group()), text)


_RECIPROCAL_FORMS = frozenset({"друга", "другу", "другом", "друге", "дружку", "дружке", "дружкой"})


def _reciprocal_tokens(doc: Any) -> set[int]:
    """Token indices of the pronoun "друг друга" ("друг другу", "друг с другом", "друг о друге"):
    two forms of "друг", a preposition between them at most. Not the noun "друг" (a friend)."""
    found: set[int] = set()
    for token in doc:
        if token.lower_ != "друг":
            continue
        for offset in (1, 2):
            if token.i + offset >= len(doc):
                break
            other = doc[token.i + offset]
            if other.lower_ in _RECIPROCAL_FORMS:
                found.update({token.i, other.i})
                break
            if offset == 1 and other.pos_ != "ADP":
                break
    return found


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.ru.stop_words import STOP_WORDS as RU

    return frozenset(EN | RU)
