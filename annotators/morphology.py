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

from functools import lru_cache
from typing import Any

CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ"})


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
    import pymorphy3
    from spacy.lang.ru.lemmatizer import oc2ud
    from spacy.tokens import MorphAnalysis

    analyzer = pymorphy3.MorphAnalyzer(lang="ru")

    @lru_cache(maxsize=200_000)
    def tag(word: str) -> tuple[str, str, str]:
        if not any("а" <= ch <= "я" or ch == "ё" for ch in word.lower()):
            return "", "", ""
        best = analyzer.parse(word)[0]
        pos, feats = oc2ud(str(best.tag))
        return pos, "|".join(f"{k}={v}" for k, v in sorted(feats.items())), best.normal_form

    def component(doc: Any) -> Any:
        for token in doc:
            if token.is_punct:
                token.pos_, token.lemma_ = "PUNCT", token.text
                continue
            pos, feats, lemma = tag(token.text)
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


def content_lemmas(doc: Any) -> list[tuple[int, int, str]]:
    """(start, end, lemma) of the words that carry a text's topic: Russian nouns, proper nouns and
    adjectives, and Latin words (names, code identifiers), lower-cased; stop words left out."""
    stop = _stop_words()
    out = []
    for token in doc:
        if token.is_stop or len(token.text) < 3 or not token.is_alpha:
            continue
        if token.pos_ in CONTENT_POS or token.pos_ == "X":
            lemma = (token.lemma_ or token.text).lower()
            if lemma not in stop:
                out.append((token.idx, token.idx + len(token.text), lemma))
    return out


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.ru.stop_words import STOP_WORDS as RU

    return frozenset(EN | RU)
