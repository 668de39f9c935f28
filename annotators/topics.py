"""``topics``: one topic per document, for splitting a corpus into per-topic training sets.

Two ways, both over the same content lemmas as ``terms``:
- unsupervised (default): TF-IDF over lemmas, k-means (scikit-learn) with ``k`` clusters (default
  √(n/2), at least 2); a topic's readable label is its three heaviest centroid terms
  ("владение · память · стек"), its ten top terms are in ``attrs.terms``;
- a user ``taxonomy`` {label: [keywords]}: keywords are lemmatised like the text, and a document
  takes the label whose keywords make up the largest share of its words (``other`` if none occur).
A span covers the whole document; ``score`` is the cosine to the centroid, or the keyword share.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from datatrove.data import Document
from pydantic import Field

from sloika.annotators.base import Annotator, Options, Span, register
from sloika.annotators.morphology import content_lemmas
from sloika.config import ConfigError


class TopicOptions(Options):
    k: int | None = Field(None, ge=2, description="number of clusters; default √(documents/2), at least 2")
    taxonomy: dict[str, list[str]] | None = Field(
        None, description="{label: [keywords]} instead of clustering"
    )
    other_label: str = Field("other", description="taxonomy label for documents with no keyword")
    label_terms: int = Field(3, ge=1, description="terms in a cluster's label")
    max_features: int = Field(50_000, ge=10)
    seed: int = 0
    batch_size: int = Field(32, ge=1, description="documents per spaCy nlp.pipe batch")


def _identity(tokens: list[str]) -> list[str]:
    return tokens


@register
class Topics(Annotator):
    name = layer = "topics"
    version = "1"
    corpus_level = True
    requires = {"spacy": "spacy", "pymorphy3": "pymorphy3", "sklearn": "scikit-learn"}
    Options = TopicOptions

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.model: dict[str, Any] | None = None

    def _load(self):
        from sloika.annotators.morphology import russian_nlp

        return russian_nlp()

    def _lemmas(self, texts: Iterable[str]) -> Iterable[list[str]]:
        for parsed in self.load().pipe(texts, batch_size=self.options.batch_size):
            yield [lemma for _, _, lemma in content_lemmas(parsed)]

    def fit(self, docs: Iterable[Document]) -> None:
        if self.options.taxonomy:
            keywords = {
                label: set(self._lemmas_of_keywords(words)) for label, words in self.options.taxonomy.items()
            }
            self.model = {"taxonomy": keywords}
            return
        from sklearn.cluster import KMeans
        from sklearn.feature_extraction.text import TfidfVectorizer

        lemmas = list(self._lemmas(doc.text for doc in docs))
        if len(lemmas) < 2:
            raise ConfigError("topics: clustering needs at least 2 documents; give a `taxonomy` instead")
        k = min(self.options.k or max(2, round(math.sqrt(len(lemmas) / 2))), len(lemmas))
        vectorizer = TfidfVectorizer(
            analyzer=_identity, sublinear_tf=True, max_features=self.options.max_features
        )
        matrix = vectorizer.fit_transform(lemmas)
        kmeans = KMeans(n_clusters=k, n_init=10, random_state=self.options.seed).fit(matrix)
        vocabulary = vectorizer.get_feature_names_out()
        terms = [
            [str(vocabulary[i]) for i in centre.argsort()[::-1][:10]] for centre in kmeans.cluster_centers_
        ]
        self.model = {"vectorizer": vectorizer, "kmeans": kmeans, "terms": terms}

    def _lemmas_of_keywords(self, words: list[str]) -> list[str]:
        return [token.lemma_.lower() for doc in self.load().pipe(words) for token in doc if token.is_alpha]

    def annotate(self, docs: Sequence[Document]) -> list[list[Span]]:
        if self.model is None:
            raise RuntimeError("topics: fit() must run over the corpus before annotate()")
        lemmas = list(self._lemmas(doc.text for doc in docs))
        if "taxonomy" in self.model:
            return [[self._by_keywords(doc, words)] for doc, words in zip(docs, lemmas, strict=True)]
        import numpy as np

        matrix = self.model["vectorizer"].transform(lemmas)
        centres = self.model["kmeans"].cluster_centers_
        clusters = self.model["kmeans"].predict(matrix)
        norms = np.linalg.norm(centres, axis=1)
        out = []
        for row, (doc, cluster) in enumerate(zip(docs, clusters, strict=True)):
            terms = self.model["terms"][cluster]
            cosine = float(matrix[row].dot(centres[cluster])[0] / norms[cluster]) if norms[cluster] else 0.0
            label = " · ".join(terms[: self.options.label_terms])
            attrs = {"topic": int(cluster), "terms": terms, "method": "kmeans"}
            out.append([Span(0, len(doc.text), label, round(cosine, 4), attrs)])
        return out

    def _by_keywords(self, doc: Document, words: list[str]) -> Span:
        counts = Counter(words)
        shares = {
            label: sum(counts[w] for w in keywords) / max(len(words), 1)
            for label, keywords in self.model["taxonomy"].items()
        }
        best = max(shares, key=lambda label: (shares[label], label), default=None)
        if best is None or shares[best] == 0:
            return Span(0, len(doc.text), self.options.other_label, 0.0, {"method": "taxonomy"})
        return Span(0, len(doc.text), best, round(shares[best], 4), {"method": "taxonomy", "shares": shares})
