"""``morph``: one span per token with its POS (label), lemma and features (attrs).

Russian (and documents without a language label) only: English lemmas would need spaCy's lookup
tables (``spacy-lookups-data``, ~100 MB), which sloika doesn't ship; other languages get no spans.
"""

from __future__ import annotations

from collections.abc import Sequence

from datatrove.data import Document
from pydantic import Field

from sloika.annotators.base import Annotator, Options, Span, doc_lang, register


class MorphOptions(Options):
    languages: list[str] = Field(default_factory=lambda: ["ru"], description="annotate documents in these")
    batch_size: int = Field(32, ge=1, description="documents per spaCy nlp.pipe batch")
    punctuation: bool = Field(False, description="also write punctuation tokens")


@register
class Morph(Annotator):
    name = layer = "morph"
    version = "1"
    requires = {"spacy": "spacy", "pymorphy3": "pymorphy3"}
    Options = MorphOptions

    def _load(self):
        from sloika.annotators.morphology import russian_nlp

        return russian_nlp()

    def annotate(self, docs: Sequence[Document]) -> list[list[Span]]:
        nlp = self.load()
        out: list[list[Span]] = [[] for _ in docs]
        chosen = [i for i, doc in enumerate(docs) if doc_lang(doc) in (*self.options.languages, None)]
        parsed = nlp.pipe((docs[i].text for i in chosen), batch_size=self.options.batch_size)
        for i, parsed_doc in zip(chosen, parsed, strict=True):
            out[i] = [
                Span(
                    token.idx,
                    token.idx + len(token.text),
                    token.pos_ or "X",
                    attrs={"lemma": token.lemma_, "morph": str(token.morph)},
                )
                for token in parsed_doc
                if not token.is_space and (self.options.punctuation or token.pos_ != "PUNCT")
            ]
        return out
