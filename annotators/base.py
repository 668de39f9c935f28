"""The annotator protocol: a class that turns documents into the spans of one layer.

Like Dolma's taggers, annotators are registered by name and never touch the documents: they only
return spans, which ``sloika annotate`` writes as ``layers/<layer>/`` beside the documents (or a
build stages with the kept documents). An annotator works on a batch of documents at once so
spaCy and a language model can run in batches.

Heavy resources (spaCy pipelines, NER weights, a language model) are loaded lazily in the task
that uses them and are dropped when the annotator is pickled to another process; what ``fit``
learnt over the whole corpus (corpus frequencies, topic clusters) travels with it.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, ClassVar

from datatrove.data import Document
from pydantic import BaseModel, ConfigDict, ValidationError

from sloika.config import ConfigError, explain
from sloika.text.spans import Span


class Options(BaseModel):
    """An annotator's settings; unknown keys fail before anything runs."""

    model_config = ConfigDict(extra="forbid")


class Annotator:
    name: ClassVar[str]  # registry name, e.g. "segments" or "unpacking_llm"
    layer: ClassVar[str]  # the layer it writes
    version: ClassVar[str]
    corpus_level: ClassVar[bool] = False  # True: ``fit`` must see every document first
    requires: ClassVar[dict[str, str]] = {}  # importable module -> what to pip install
    Options: ClassVar[type[Options]] = Options

    def __init__(self, options: dict[str, Any] | None = None, state_dir: Path | None = None):
        missing = [pip for module, pip in self.requires.items() if importlib.util.find_spec(module) is None]
        if missing:
            raise ConfigError(
                f"annotator {self.name!r} needs {', '.join(missing)}: "
                f"pip install 'sloika[annotate]' (or {' '.join(missing)})"
            )
        try:
            self.options = self.Options.model_validate(options or {})
        except ValidationError as err:
            raise ConfigError(
                f"invalid options for annotator {self.name!r}:\n" + explain(err, self.Options)
            ) from err
        self.state_dir = state_dir  # where a resumable annotator keeps its progress
        self._loaded: Any = None

    @property
    def producer(self) -> str:
        return f"{self.name}@{self.version}"

    def describe(self) -> dict[str, Any]:
        """What the manifest records for the layer."""
        return {"annotator": self.producer, "config": self.options.model_dump(mode="json")}

    def fit(self, docs: Iterable[Document]) -> None:
        """Learn corpus-wide statistics; only called when ``corpus_level`` is True."""

    def annotate(self, docs: Sequence[Document]) -> list[list[Span]]:
        """One list of spans per document, in order."""
        raise NotImplementedError

    def take_counts(self) -> dict[str, int]:
        """What this process counted since the last call (notes dropped, by reason): the annotate
        step adds them to its stats and the manifest records their totals for the layer."""
        return {}

    def load(self) -> Any:
        """Heavy resources, built once per process by ``_load``."""
        if self._loaded is None:
            self._loaded = self._load()
        return self._loaded

    def _load(self) -> Any:
        return True

    def __getstate__(self) -> dict[str, Any]:
        return self.__dict__ | {"_loaded": None}


REGISTRY: dict[str, type[Annotator]] = {}


def register(cls: type[Annotator]) -> type[Annotator]:
    REGISTRY[cls.name] = cls
    return cls


def make_annotator(
    layer: str, options: dict[str, Any] | None = None, state_dir: Path | None = None
) -> Annotator:
    """The annotator for ``layer``: ``options["annotator"]`` picks another registered producer of the
    same layer (e.g. ``unpacking_llm`` for ``unpacking``); the other options configure it."""
    from sloika.annotators import registered

    options = dict(options or {})
    name = options.pop("annotator", layer)
    known = registered()
    if name not in known:
        raise ConfigError(f"unknown annotator {name!r}; registered: {', '.join(sorted(known))}")
    cls = known[name]
    if cls.layer != layer:
        raise ConfigError(f"annotator {name!r} writes layer {cls.layer!r}, not {layer!r}")
    return cls(options, state_dir=state_dir)


def doc_lang(doc: Document) -> str | None:
    return doc.metadata.get("lang")
