"""``entities``: named entities (PER, LOC, ORG) in Russian text with slovnet's NER model.

Why slovnet + navec: it is the only Russian NER whose weights come inside a PyPI wheel, so
nothing is downloaded, and it runs on numpy (no torch). The weights (``slovnet_ner_news_v1.tar``,
2.4 MB, and the navec embeddings it needs, 26 MB) ship in the ``natasha`` wheel; sloika reads them
from there *without importing natasha*, because natasha's import pulls pymorphy2, which needs
``pkg_resources`` (gone from setuptools ≥ 81). Give ``navec``/``ner`` paths to use other copies.
Text is fed paragraph by paragraph (code blocks skipped) in batches.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from datatrove.data import Document
from pydantic import Field

from sloika.annotators.base import Annotator, Options, Span, doc_lang, register
from sloika.config import ConfigError
from sloika.text.sentences import paragraphs
from sloika.wheels import wheel_file


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
    version = "1"
    requires = {"slovnet": "slovnet", "navec": "navec"}
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
            out[i].extend(Span(offset + s.start, offset + s.stop, s.type) for s in markup.spans)
        return out
