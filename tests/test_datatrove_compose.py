"""sloika's steps inside a user's own datatrove pipeline, next to stock datatrove steps.

The pipeline the issue tried as a datatrove user would: FolderReader → RepairText → LanguageFilter
→ ExactDedupSignature → MinHashSignature → stock GopherQualityFilter → stock JsonlWriter. Rejected
documents must leave the stream where they are rejected (recorded by the step's exclusion writer),
the stock steps must see only kept documents, and no sloika-internal key may reach their output.
"""

from __future__ import annotations

import json
import shutil

import pyarrow.parquet as pq
import pytest
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.filters import GopherQualityFilter
from datatrove.pipeline.writers import JsonlWriter

from sloika.config import LanguageConfig, NearDedupConfig, RepairConfig
from sloika.corpora.staging import RejectedWriter
from sloika.errors import SloikaError
from sloika.filters.exact_dedup import ExactDedupSignature
from sloika.filters.language import LanguageFilter
from sloika.filters.near_dedup import MinHashSignature
from sloika.filters.repair import RepairText
from sloika.pipelines.folder_reader import FolderReader

from conftest import DATA

RUSSIAN = ["ch03-04-comments.md", "ch04-03-slices.md", "ch08-01-vectors.md"]
INTERNAL = {"_sloika_spans", "_sloika_rejected", "text_hash", "minhash_bands", "line_hashes"}


def read_jsonl(folder) -> list[dict]:
    return [
        json.loads(line) for path in sorted(folder.glob("*.jsonl")) for line in path.read_text().splitlines()
    ]


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in RUSSIAN:
        shutil.copy(DATA / "rust_book" / "ru" / name, folder / f"ru-{name}")
        shutil.copy(DATA / "rust_book" / "en" / name, folder / f"en-{name}")  # the same chapters in English
    good = "Владение — это набор правил, которые определяют, как программа на Rust управляет памятью."
    (folder / "broken.jsonl").write_text(json.dumps({"text": good}, ensure_ascii=False) + '\n{"text": \n')
    (folder / "short.txt").write_text("Коротко и ясно.\n")
    return folder


def test_stock_steps_after_sloika_filters_see_only_kept_documents(inputs, tmp_path):
    out = tmp_path / "out"
    seen: list[dict] = []

    def spy(data, rank, world_size):  # stands where a user's stock step would
        for doc in data:
            seen.append({"id": doc.id, "text": doc.text, "metadata": dict(doc.metadata)})
            yield doc

    LocalPipelineExecutor(
        [
            FolderReader(str(inputs), exclusion_writer=RejectedWriter(str(out), "read")),
            RepairText(RepairConfig()),
            LanguageFilter(
                LanguageConfig(languages=["ru"]), exclusion_writer=RejectedWriter(str(out), "language")
            ),
            ExactDedupSignature(),
            MinHashSignature(NearDedupConfig()),
            spy,
            # Russian stop words, so the stock filter judges Russian text and not its stop-word list;
            # no alphabetic-words ratio: the chapters are half Rust code
            GopherQualityFilter(
                min_doc_words=20,
                max_non_alpha_words_ratio=None,
                stop_words=["и", "в", "не", "на", "что", "это"],
                exclusion_writer=JsonlWriter(str(out / "gopher"), compression=None),
            ),
            JsonlWriter(str(out / "kept"), compression=None),
        ],
        tasks=1,
        workers=1,
        logging_dir=str(tmp_path / "logs"),
        skip_completed=False,
    ).run()

    rejected = pq.read_table(out / "rejected").to_pylist()
    by_reason = sorted((r["step"], r["reason"], r["source"].rsplit("/", 1)[1]) for r in rejected)
    english = [("language", "wrong_language", f"en-{name}") for name in RUSSIAN]
    assert by_reason == sorted([*english, ("read", "broken_json", "broken.jsonl")])
    assert all(r["detail"] for r in rejected), "every rejection says why"

    # the documents after sloika's filters: only the kept ones, without sloika's internal keys
    assert sorted(d["metadata"]["source"].rsplit("/", 1)[1] for d in seen) == sorted(
        [f"ru-{name}" for name in RUSSIAN] + ["broken.jsonl", "short.txt"]
    )
    assert all(d["metadata"]["lang"] == "ru" for d in seen)
    assert not any(INTERNAL & d["metadata"].keys() for d in seen)

    kept, dropped = read_jsonl(out / "kept"), read_jsonl(out / "gopher")
    assert {d["id"] for d in kept} | {d["id"] for d in dropped} == {d["id"] for d in seen}
    assert {d["id"] for d in kept} & {d["id"] for d in dropped} == set()
    assert len(kept) == len(RUSSIAN), "the three Russian chapters pass the stock filter"
    assert not any(INTERNAL & d["metadata"].keys() for d in kept + dropped)
    # nothing lost: every record read is written once, by the stock writer or an exclusion writer
    records = len(list(inputs.iterdir())) + 1  # broken.jsonl holds two records
    assert len(kept) + len(dropped) + len(rejected) == records


def test_a_filter_without_an_exclusion_writer_refuses_to_run():
    from sloika.documents import SloikaDocument

    step = LanguageFilter(LanguageConfig(languages=["ru"]))
    with pytest.raises(SloikaError, match="exclusion_writer"):
        list(step.run(iter([SloikaDocument(text="Привет", id="x")])))


def test_a_users_pipeline_finishes_dedup_with_sloikas_stages(inputs, tmp_path):
    """The docs/dedup.md recipe: stage with StagingWriter, then the public corpus-wide stages on
    datatrove executors chained by `depends`; every record read ends kept, rejected or duplicate."""
    from sloika.config import PartsConfig
    from sloika.corpora.dedup import (
        DuplicateClusters,
        ExactDuplicates,
        NearDuplicateBuckets,
        NearDuplicateVerify,
    )
    from sloika.corpora.finish import FinishPart
    from sloika.corpora.staging import StagingWriter

    for name in RUSSIAN:  # an exact copy of each chapter and a near copy (one sentence added)
        text = (inputs / f"ru-{name}").read_text()
        (inputs / f"copy-{name}").write_text(text)
        (inputs / f"edit-{name}").write_text(text + "\nИ ещё одно предложение в конце главы.\n")
    stage, corpus = str(tmp_path / "stage"), str(tmp_path / "corpus")
    near = NearDedupConfig()

    def executor(steps, tasks, name, depends=None):
        return LocalPipelineExecutor(
            steps, tasks=tasks, logging_dir=str(tmp_path / "logs" / name), depends=depends, workers=1
        )

    tasks = executor(
        [
            FolderReader(str(inputs), exclusion_writer=RejectedWriter(stage, "read")),
            ExactDedupSignature(),
            MinHashSignature(near),
            StagingWriter(stage),
        ],
        2,
        "tasks",
    )
    exact = executor([ExactDuplicates(stage)], 2, "exact", tasks)
    buckets = executor([NearDuplicateBuckets(stage)], 2, "buckets", exact)
    verify = executor([NearDuplicateVerify(stage, near)], 2, "verify", buckets)
    clusters = executor([DuplicateClusters(stage)], 1, "clusters", verify)
    executor([FinishPart(stage, corpus, PartsConfig())], 2, "finish", clusters).run()

    kept = pq.read_table(tmp_path / "corpus" / "documents").to_pylist()
    rejected = pq.read_table(tmp_path / "corpus" / "rejected").to_pylist()
    name = {row["id"]: row["source"].rsplit("/", 1)[1] for row in kept + rejected}
    records = len(list(inputs.iterdir())) + 1  # broken.jsonl holds two records
    assert len(kept) + len(rejected) == records == len(name)
    dups = {(name[r["id"]], r["reason"], name[r["dup_of"]]) for r in rejected if r["dup_of"]}
    # each cluster keeps its longest member, the edited chapter. The copy sorts before the original,
    # so the copy is the exact pass's keeper (the original its exact duplicate) and then the edited
    # chapter's near duplicate; the original points at the cluster's final keeper too
    assert dups == {
        (f"{prefix}-{chapter}", reason, f"edit-{chapter}")
        for chapter in RUSSIAN
        for prefix, reason in (("copy", "near_duplicate"), ("ru", "exact_duplicate"))
    }
