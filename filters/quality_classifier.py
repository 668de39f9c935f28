"""A trained quality classifier (DCLM's way): a fastText model scores every document.

The model comes from ``sloika quality train`` (sloika.corpora.quality_train), trained on corpora the
user chose as good and bad text. ``QualityClassifierScore`` keeps the probability of the good label
in ``metadata.quality.classifier_score`` for every document that reaches the quality step, before
the decision, so the documents it rejects carry their score too; ``QualityFilter`` compares it with
``quality.classifier_threshold`` (reason ``low_quality_score``).

Training and scoring see the text through the same ``fasttext_line``, so a model never meets text
shaped differently from what it learnt on.
"""

from __future__ import annotations

from pathlib import Path

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from sloika.errors import SloikaError
from sloika.filters.quality_stats import STATS_KEY

LABEL_PREFIX = "__label__"


class ClassifierError(SloikaError, ValueError):
    """A quality classifier that cannot be trained or used; the message says what to change."""


SCORE_KEY = "classifier_score"


def fasttext_line(text: str) -> str:
    """The document as one line, as fastText reads an example: DCLM's preprocessing, newlines to
    spaces (fastText splits words on whitespace itself). Splitting punctuation off and lower-casing
    gained nothing on the shared Russian prose and halved the scoring speed (docs/quality.md)."""
    return text.replace("\n", " ")


def load_fasttext(path: str | Path):
    """A fastText model from a local file, with a message that says what to do when it can't load."""
    import fasttext

    path = Path(path)
    if not path.is_file():
        raise ClassifierError(f"quality classifier {path} not found: train one with `sloika quality train`")
    try:
        return fasttext.load_model(str(path))
    except ValueError as err:
        raise ClassifierError(
            f"{path} is not a fastText model ({err}); train one with `sloika quality train`"
        ) from err


def good_probability(model, text: str, label: str) -> float:
    """P(``label``) for ``text``; 0 when the model does not know the label."""
    line = fasttext_line(text)
    # the C++ binding directly (the same in every fastText build): all labels, best first
    for score, name in model.f.predict(line + "\n", -1, 0.0, "strict"):
        if name == LABEL_PREFIX + label:
            return min(1.0, max(0.0, float(score)))
    return 0.0


class QualityClassifierScore(PipelineStep):
    """Scores each document with the classifier; decides nothing."""

    type = "📊 - STATS"
    name = "🎯 Quality classifier"

    def __init__(self, model_path: str, label: str):
        super().__init__()
        self.model_path, self.label = model_path, label
        model = load_fasttext(model_path)  # fail before the run starts, with the fix in the message
        if LABEL_PREFIX + label not in model.get_labels():
            labels = ", ".join(name.removeprefix(LABEL_PREFIX) for name in model.get_labels())
            raise ClassifierError(
                f"{model_path} has no label {label!r} (its labels: {labels}); set quality.classifier_label"
            )
        self._model = None

    def __getstate__(self) -> dict:
        return self.__dict__ | {"_model": None}  # workers load the model themselves

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            with self.track_time():
                self._score(doc)
            self.stat_update("documents")
            yield doc

    def _score(self, doc: Document) -> None:
        if self._model is None:
            self._model = load_fasttext(self.model_path)
        score = round(good_probability(self._model, doc.text, self.label), 4)
        doc.metadata.setdefault(STATS_KEY, {})[SCORE_KEY] = score
