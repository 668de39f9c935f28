"""``topics``: one topic per document, for splitting a corpus into per-topic training sets.

Two ways, both over a document's content lemmas (nouns and adjectives; ``morphology``):
- unsupervised (default): TF-IDF over the lemmas, reduced to ``dimensions`` latent dimensions (LSA,
  scikit-learn's TruncatedSVD) and clustered with k-means, k = √(n/2) by default — scikit-learn's own
  recipe for short texts, where k-means on raw TF-IDF puts every sparse document in one cluster
  (fortunes: 46% in one topic, scores down to 0). A cluster over ``max_share`` of the corpus (25%
  unless ``k`` is given) is split again. The features leave out what is not a topic: names
  (proper nouns), attribution and metadata lines ("-- Евгений Кащеев", "Автор: …"), stop words,
  lemmas in fewer than ``min_df`` documents or in more than half of them. A document's ``score``
  is the cosine of its TF-IDF vector to its cluster's mean; below ``min_score`` (or without a
  single feature) it gets ``none``.
  A topic's label is its three heaviest terms ("владение · память · стек"), ``attrs.terms`` its ten.
- a user ``taxonomy`` {label: [keywords]}: keywords are lemmatised like the text, and a document
  takes the label whose keywords make up the largest share of its words (``other`` if none occur).

``fit`` sees every document, so it assigns them all; ``annotate`` only looks the assignment up (no
second parse), and parses only a document ``fit`` did not see.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from datatrove.data import Document
from pydantic import Field

from sloika.annotators.base import Annotator, Options, Span, register
from sloika.annotators.morphology import parsed_lemmas
from sloika.config import ConfigError

NONE = "none"


class TopicOptions(Options):
    k: int | None = Field(None, ge=2, description="number of clusters; default √(documents/2), at least 2")
    taxonomy: dict[str, list[str]] | None = Field(
        None, description="{label: [keywords]} instead of clustering"
    )
    other_label: str = Field("other", description="taxonomy label for documents with no keyword")
    label_terms: int = Field(3, ge=1, description="terms in a cluster's label")
    max_features: int = Field(50_000, ge=10)
    min_df: int = Field(2, ge=1, description="a lemma must occur in this many documents (1 below 20 docs)")
    dimensions: int = Field(100, ge=2, description="LSA dimensions k-means clusters in")
    min_score: float = Field(0.05, ge=0.0, lt=1.0, description="documents scoring less get `none`")
    max_share: float | None = Field(
        None, gt=0.0, le=1.0, description="a bigger cluster is split again; default 0.25 (1.0 with `k`)"
    )
    seed: int = 0


def _identity(tokens: list[str]) -> list[str]:
    return tokens


def _features(lemmas: list[tuple[int, int, str, str]]) -> list[str]:
    return [lemma for _, _, lemma, pos in lemmas if pos != "PROPN"]


@register
class Topics(Annotator):
    name = layer = "topics"
    version = "2"
    corpus_level = True
    requires = {"spacy": "spacy", "pymorphy3": "pymorphy3", "sklearn": "scikit-learn"}
    Options = TopicOptions

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.model: dict[str, Any] | None = None

    def _load(self):
        from sloika.annotators.morphology import russian_nlp

        return russian_nlp()

    def fit(self, docs: Iterable[Document]) -> None:
        if self.options.taxonomy:
            keywords = {
                label: set(self._lemmas_of_keywords(words)) for label, words in self.options.taxonomy.items()
            }
            self.model = {"taxonomy": keywords}
            return
        from sklearn.feature_extraction.text import TfidfVectorizer

        ids, features = [], []
        for doc in docs:
            ids.append(doc.id)
            features.append(_features(parsed_lemmas(self.load(), doc)))
        if len(features) < 2:
            raise ConfigError("topics: clustering needs at least 2 documents; give a `taxonomy` instead")
        vectorizer = TfidfVectorizer(
            analyzer=_identity,
            sublinear_tf=True,
            max_features=self.options.max_features,
            min_df=self.options.min_df if len(features) >= 20 else 1,
            max_df=0.5 if len(features) >= 20 else 1.0,
        )
        try:
            matrix = vectorizer.fit_transform(features)
        except ValueError as err:  # no lemma left at all
            raise ConfigError(f"topics: the documents have no content words to cluster ({err})") from err
        clusters = self._cluster(matrix)
        vocabulary = vectorizer.get_feature_names_out()
        topics = self._describe(matrix, clusters, vocabulary)
        self.model = {"vectorizer": vectorizer, "topics": topics, "assigned": {}}
        for doc_id, row, cluster in zip(ids, range(matrix.shape[0]), clusters, strict=True):
            self.model["assigned"][doc_id] = self._assign(matrix[row], cluster)

    def _cluster(self, matrix) -> list[int]:
        """k-means in LSA space; clusters over ``max_share`` of the documents are split again."""
        import numpy as np
        from sklearn.cluster import KMeans
        from sklearn.decomposition import TruncatedSVD
        from sklearn.preprocessing import normalize

        n = matrix.shape[0]
        k = min(self.options.k or max(2, round(math.sqrt(n / 2))), n)
        has_features = np.asarray(matrix.getnnz(axis=1)).ravel() > 0
        dims = min(self.options.dimensions, matrix.shape[1] - 1, int(has_features.sum()) - 1)
        points = matrix[has_features]
        if dims >= 2:
            points = normalize(TruncatedSVD(dims, random_state=self.options.seed).fit_transform(points))
        labels = np.full(n, -1)
        if points.shape[0] >= 2:
            k = min(k, points.shape[0])
            labels[has_features] = KMeans(k, n_init=4, random_state=self.options.seed).fit_predict(points)
            rows = np.flatnonzero(has_features)
            max_share = self.options.max_share or (1.0 if self.options.k else 0.25)
            for _ in range(8):  # split what is too big, a few rounds at most
                sizes = Counter(labels[has_features].tolist())
                big, size = sizes.most_common(1)[0]
                if size <= max_share * n or size < 4:
                    break
                members = rows[labels[rows] == big]
                parts = min(math.ceil(size / (max_share * n)) + 1, len(members))
                local = [int(i) for i in np.flatnonzero(labels[has_features] == big)]
                split = KMeans(parts, n_init=4, random_state=self.options.seed).fit_predict(points[local])
                next_label = labels.max() + 1
                labels[members] = np.where(split == 0, big, next_label + split - 1)
        return [int(label) for label in labels]

    def _describe(self, matrix, clusters: list[int], vocabulary) -> dict[int, dict[str, Any]]:
        import numpy as np
        from scipy.sparse import csr_matrix

        topics = {}
        labels = np.asarray(clusters)
        for cluster in sorted(set(clusters) - {-1}):
            centre = np.asarray(matrix[labels == cluster].mean(axis=0)).ravel()
            terms = [str(vocabulary[i]) for i in centre.argsort()[::-1][:10] if centre[i] > 0]
            sparse = csr_matrix(centre.astype(np.float32))  # travels to every task: keep it small
            topics[cluster] = {"centre": sparse, "norm": float(np.linalg.norm(centre)), "terms": terms}
        return topics

    def _assign(self, row, cluster: int) -> tuple[int, float]:
        """(cluster, cosine to its mean), or (-1, 0) for ``none``."""
        topic = self.model["topics"].get(cluster) if self.model else None
        if topic is None or not topic["norm"] or row.nnz == 0:
            return -1, 0.0
        cosine = float(
            row.multiply(topic["centre"]).sum() / (topic["norm"] * math.sqrt(row.multiply(row).sum()))
        )
        return (cluster, cosine) if cosine >= self.options.min_score else (-1, cosine)

    def _nearest(self, row) -> tuple[int, float]:
        best = max(
            self.model["topics"], key=lambda c: float(row.multiply(self.model["topics"][c]["centre"]).sum())
        )
        return self._assign(row, best)

    def _lemmas_of_keywords(self, words: list[str]) -> list[str]:
        return [token.lemma_.lower() for doc in self.load().pipe(words) for token in doc if token.is_alpha]

    def annotate(self, docs: Sequence[Document]) -> list[list[Span]]:
        if self.model is None:
            raise RuntimeError("topics: fit() must run over the corpus before annotate()")
        if "taxonomy" in self.model:
            words = [[lemma for _, _, lemma, _ in parsed_lemmas(self.load(), doc)] for doc in docs]
            return [[self._by_keywords(doc, w)] for doc, w in zip(docs, words, strict=True)]
        out = []
        for doc in docs:
            assigned = self.model["assigned"].get(doc.id)
            if assigned is None:  # a document fit() did not see: its nearest topic
                row = self.model["vectorizer"].transform([_features(parsed_lemmas(self.load(), doc))])
                assigned = self._nearest(row) if row.nnz else (-1, 0.0)
            cluster, score = assigned
            if cluster == -1:
                attrs = {"topic": None, "terms": [], "method": "kmeans"}
                out.append([Span(0, len(doc.text), NONE, round(score, 4), attrs)])
                continue
            terms = self.model["topics"][cluster]["terms"]
            label = " · ".join(terms[: self.options.label_terms])
            attrs = {"topic": cluster, "terms": terms, "method": "kmeans"}
            out.append([Span(0, len(doc.text), label, round(score, 4), attrs)])
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
