"""Annotation layers: stand-off spans over documents (see docs/annotations.md).

``registered()`` lists the annotators by name; ``make_annotator(layer, options)`` builds one;
``sloika.corpora.annotate.annotate_corpus`` runs them over a finished corpus and
``sloika.annotators.render`` turns documents and layers into training text.
"""

from __future__ import annotations

from sloika.annotators.base import REGISTRY, Annotator, Span, make_annotator


def registered() -> dict[str, type[Annotator]]:
    """Every annotator sloika ships, by name (importing them is cheap: models load lazily)."""
    from sloika.annotators import (  # noqa: F401
        definitions,
        entities,
        llm,
        morph,
        segments,
        terms,
        topics,
        unpacking,
    )

    return dict(REGISTRY)


__all__ = ["Annotator", "Span", "make_annotator", "registered"]
