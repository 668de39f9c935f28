"""``terms``: a document's key terms — content lemmas used more in it than in the rest of the corpus.

Keyness is Dunning's log-likelihood (G²) of the lemma's count in the document against its count in
the rest of the corpus, the usual keyword statistic of corpus linguistics: unlike TF-IDF it weighs
how *much* more often a word appears, and it stays sane for rare words. ``fit`` counts lemmas over
the whole corpus first (corpus-level annotator). Every occurrence of a key term becomes a span
(label: the lemma, score: G², attrs: rank and count), so a term can be found in context.
Attribution lines ("-- Автор") are not part of a document's words, nor is the pronoun "друг друга";
the parse is shared with ``topics`` (``morphology.parsed_lemmas``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

from datatrove.data import Document
from pydantic import Field

from sloika.annotators.base import Annotator, Options, Span, register
from sloika.annotators.morphology import parsed_lemmas


class TermOptions(Options):
    top: int = Field(10, ge=1, description="key terms per document")
    min_count: int = Field(2, ge=1, description="a term must occur this often in the document")


def log_likelihood(in_doc: int, doc_total: int, in_rest: int, rest_total: int) -> float:
    """G² of a word seen ``in_doc`` times among ``doc_total`` words and ``in_rest`` among ``rest_total``;
    negative when the word is *less* frequent in the document than elsewhere."""
    total = in_doc + in_rest
    expected_doc = doc_total * total / (doc_total + rest_total)
    expected_rest = rest_total * total / (doc_total + rest_total)
    g2 = 2 * sum(o * math.log(o / e) for o, e in ((in_doc, expected_doc), (in_rest, expected_rest)) if o > 0)
    return g2 if in_doc / doc_total >= (in_rest / rest_total if rest_total else 0) else -g2


@register
class Terms(Annotator):
    name = layer = "terms"
    version = "2"
    corpus_level = True
    requires = {"spacy": "spacy", "pymorphy3": "pymorphy3"}
    Options = TermOptions

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.corpus_counts: Counter[str] = Counter()

    def _load(self):
        from sloika.annotators.morphology import russian_nlp

        return russian_nlp()

    def _lemmas(self, docs: Iterable[Document]) -> Iterable[list[tuple[int, int, str]]]:
        for doc in docs:
            yield [(start, end, lemma) for start, end, lemma, _ in parsed_lemmas(self.load(), doc)]

    def fit(self, docs: Iterable[Document]) -> None:
        self.corpus_counts = Counter()
        for lemmas in self._lemmas(docs):
            self.corpus_counts.update(lemma for _, _, lemma in lemmas)

    def annotate(self, docs: Sequence[Document]) -> list[list[Span]]:
        corpus_total = sum(self.corpus_counts.values())
        out = []
        for lemmas in self._lemmas(docs):
            counts = Counter(lemma for _, _, lemma in lemmas)
            total = sum(counts.values())
            rest_total = max(corpus_total - total, 0)
            scored = sorted(
                (
                    (log_likelihood(n, total, max(self.corpus_counts[w] - n, 0), rest_total), w)
                    for w, n in counts.items()
                    if n >= self.options.min_count
                ),
                key=lambda item: (-item[0], item[1]),
            )
            if not rest_total:  # a one-document corpus has no "rest": rank by frequency
                scored = sorted(
                    ((float(counts[w]), w) for _, w in scored), key=lambda item: (-item[0], item[1])
                )
            key = {w: (rank, g2) for rank, (g2, w) in enumerate(scored[: self.options.top], 1) if g2 > 0}
            out.append(
                [
                    Span(s, e, w, key[w][1], {"rank": key[w][0], "count": counts[w]})
                    for s, e, w in lemmas
                    if w in key
                ]
            )
        return out
