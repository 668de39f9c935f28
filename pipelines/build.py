"""``sloika build``: a config becomes a datatrove pipeline, its tasks write a staging folder, and
the corpus is finished and published from there.

    SourceReader → RepairText → TranscriptJunkFilter → [PiiFormatter] → LengthFilter →
    LanguageFilter → [QualityStats → [QualityClassifierScore] → QualityFilter] → [Decontaminate] →
    signatures → StagingWriter; each filter's rejections go to its RejectedWriter
    (datatrove LocalPipelineExecutor, N tasks)  ──►  finish_corpus (dedup, manifest, checks)  ──►  publish
"""

from __future__ import annotations

import shutil
from contextlib import suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep
from datatrove.utils.logging import logger

from sloika.config import BuildConfig
from sloika.console import stderr_to
from sloika.corpora.dedup import resolve_duplicates
from sloika.corpora.finish import finish_corpus
from sloika.corpora.manifest import CorpusError
from sloika.corpora.quality_report import record_pii_counts
from sloika.corpora.quality_train import model_lineage
from sloika.corpora.repeated_lines import remove_repeated_lines
from sloika.corpora.staging import RejectedWriter, StagingWriter
from sloika.corpora.storage import (
    check_target,
    is_remote,
    publish,
    require_filesystems,
    storage_options,
    work_folder,
)
from sloika.filters.decontaminate import Decontaminate
from sloika.filters.exact_dedup import ExactDedupSignature
from sloika.filters.language import LanguageFilter
from sloika.filters.length import LengthFilter
from sloika.filters.near_dedup import MinHashSignature
from sloika.filters.pii import PiiFormatter
from sloika.filters.quality import QualityFilter
from sloika.filters.quality_classifier import QualityClassifierScore
from sloika.filters.quality_stats import QualityStats
from sloika.filters.repair import RepairText
from sloika.filters.repeated_lines import LineHashes
from sloika.filters.transcript_junk import TranscriptJunkFilter
from sloika.pipelines.formats import ReaderOptions
from sloika.pipelines.inputs import InputFile, fingerprint, resolve_inputs
from sloika.pipelines.readers import SourceReader
from sloika.pipelines.resume import open_staging, staging_key


class BuildError(CorpusError):
    """A build that stopped; nothing was published."""


@dataclass
class BuildResult:
    output: Path | str  # a local folder, or the URL of a remote one
    manifest: dict[str, Any]


def make_pipeline(
    config: BuildConfig, files: list[InputFile], stage: Path
) -> tuple[list[PipelineStep], list[str]]:
    """The datatrove steps for ``config`` and the names of its steps in order (the funnel).

    Every step that rejects gets its own ``RejectedWriter`` into ``stage``: a rejected document
    leaves the stream where it is rejected, so the steps after it see only kept documents.
    """
    # personal data: a step before every filter, and each exclusion writer scrubs a record that left
    # the stream before that step (the reader's rejections keep their text, a too_large one a preview)
    pii = PiiFormatter(config.pii) if config.pii.action != "off" else None
    rejected = partial(RejectedWriter, str(stage), pii=pii)
    steps: list[PipelineStep] = [
        SourceReader(
            files,
            config.limits.max_doc_bytes,
            exclusion_writer=rejected("read"),
            counts_folder=str(stage / "counts"),
            options=ReaderOptions(**config.readers.model_dump(), languages=tuple(config.language.languages)),
            max_seconds_per_file=config.limits.max_seconds_per_file,
            max_expanded_bytes=config.limits.max_expanded_bytes,
            storage_options=config.storage.options,
        )
    ]
    if config.repair.enabled:
        steps.append(RepairText(config.repair))
    if config.transcript_junk.enabled:  # after repair: phrases are matched on readable text
        steps.append(
            TranscriptJunkFilter(config.transcript_junk, exclusion_writer=rejected("transcript_junk"))
        )
    if pii is not None:
        steps.append(pii)
    steps.append(LengthFilter(config.limits.min_chars, exclusion_writer=rejected("length")))
    steps.append(LanguageFilter(config.language, exclusion_writer=rejected("language")))
    if config.quality.action != "off":  # after language ID: stop words follow the document's language
        quality = config.quality
        steps.append(QualityStats(config.language.languages, quality.stop_words))
        if quality.classifier:  # scored before the decision, so rejected documents keep their score
            steps.append(QualityClassifierScore(quality.classifier, quality.classifier_label))
        steps.append(QualityFilter(quality, exclusion_writer=rejected("quality")))
    if config.dedup.decontaminate.eval_sets:
        steps.append(
            Decontaminate(
                config.dedup.decontaminate, config.dedup.near, exclusion_writer=rejected("decontaminate")
            )
        )
    if config.dedup.exact:
        steps.append(ExactDedupSignature())
    if config.dedup.near.enabled:
        steps.append(MinHashSignature(config.dedup.near))
    if config.dedup.repeated_lines.enabled:
        steps.append(LineHashes(config.dedup.repeated_lines))
    if config.annotate.layers:  # document-level layers; corpus-level ones run in build_corpus after finish
        from sloika.corpora.annotate import build_step

        annotate = build_step(config.annotate, stage)
        if annotate is not None:
            steps.append(annotate)
    steps.append(StagingWriter(str(stage)))
    names = ["read"] + [s.step for s in steps if hasattr(s, "step")]
    return steps, names


def check_output(config: BuildConfig, files: list[InputFile], overwrite: bool) -> None:
    """Refuse, before any work, an output the build may not replace (see sloika.corpora.swap and,
    for object stores, sloika.corpora.storage)."""
    inputs = [spec.path for spec in config.inputs if not any(ch in spec.path for ch in "*?[")]
    inputs += [file.path for file in files] + [str(path) for path in config.dedup.decontaminate.eval_sets]
    check_target(config.output, overwrite, inputs)


def build_corpus(config: BuildConfig, overwrite: bool = False, quiet: bool = False) -> BuildResult:
    """Build the corpus ``config`` describes. ``quiet``: datatrove's log lines and per-step stats go
    to ``logs/console.log`` in the corpus instead of stderr, and one status line shows progress."""
    require_filesystems([spec.path for spec in config.inputs] + [config.output])
    with storage_options(config.storage.options):  # listing inputs, fingerprints, publishing
        return _build_corpus(config, overwrite, quiet)


def _build_corpus(config: BuildConfig, overwrite: bool, quiet: bool) -> BuildResult:
    # a local output, or the local stand-in of a remote one: staged and finished beside it
    output = work_folder(config.output, config.storage.staging)
    skipped: list[dict] = []
    files = resolve_inputs(config.inputs, skipped)
    check_output(config, files, overwrite)
    inputs = [file.to_dict() | {"xxh3_64": fingerprint(file)} for file in files]

    tasks = max(1, min(config.workers, len(files)))
    work, done, stale = open_staging(output, staging_key(config.model_dump(mode="json"), inputs, tasks))
    for folder in stale:
        logger.warning(f"removed the staging folder of an earlier, different build: {folder}")
    if done:
        logger.warning(f"resuming the build staged in {work}: {done} of {tasks} tasks already done")
    stage, corpus = work / "stage", work / "corpus"
    pipeline, steps = make_pipeline(config, files, stage)
    provenance: dict[str, Any] = {
        "config": config.model_dump(mode="json"),
        "inputs": inputs,
        "skipped_inputs": skipped,
        "tasks": tasks,
    }
    if config.quality.classifier:  # which model, exactly, and what it was trained on
        provenance["quality_classifier"] = model_lineage(config.quality.classifier)
    indexes = [step.index.summary() for step in pipeline if isinstance(step, Decontaminate)]
    if indexes:  # the eval sets, and how many of their items were short or too short to match
        provenance["decontamination"] = indexes[0]
    try:
        executor = LocalPipelineExecutor(
            pipeline,
            tasks=tasks,
            workers=min(config.workers, tasks),
            logging_dir=str(stage / "logs"),
            skip_completed=True,  # a resumed build runs only the tasks a kill cut off
        )
        if quiet:
            with stderr_to(stage / "logs" / "console.log") as screen:
                print(
                    f"building {config.output}: {len(files):,} input file(s), {tasks} task(s) … "
                    f"(datatrove's log goes to {config.output}/logs/console.log; --verbose shows it here)",
                    file=screen,
                    flush=True,
                )
                executor.run()
        else:
            executor.run()
        manifest = finish_corpus(
            stage,
            corpus,
            name=config.corpus_name,
            resolve_duplicates=partial(resolve_duplicates, config=config.dedup),
            edit_texts=(
                partial(remove_repeated_lines, config=config.dedup.repeated_lines)
                if config.dedup.repeated_lines.enabled
                else None
            ),
            provenance=provenance,
            steps=steps,
        )
        if config.pii.action != "off":
            manifest = record_pii_counts(corpus)
        if config.annotate.layers:
            from sloika.corpora.annotate import after_build
            from sloika.corpora.manifest import load_manifest

            after_build(corpus, config.annotate, config.workers)
            manifest = load_manifest(corpus)
        shutil.move(stage / "logs", corpus / "logs")
        published = publish(corpus, config.output, overwrite)
    except Exception as err:
        raise BuildError(
            f"{err}\n(task logs and partial work are in {work}; run the same build again to resume "
            "from it once the cause is fixed, or delete it)"
        ) from err
    shutil.rmtree(work, ignore_errors=True)
    if is_remote(config.output):  # the stand-in's folder, empty now
        with suppress(OSError):
            output.parent.rmdir()
    return BuildResult(published, manifest)
