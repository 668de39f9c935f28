"""``sloika build``: a config becomes a datatrove pipeline, its tasks write a staging folder, and
the corpus is finished and published from there.

    [ReshardInputs: big .jsonl.gz/.zst or remote JSONL decoded into shards]            (≤ N tasks)
    ──► SourceReader → RepairText → TranscriptJunkFilter → [PiiFormatter] → LengthFilter →
    LanguageFilter → [QualityStats → [QualityClassifierScore] → QualityFilter] → [Decontaminate] →
    signatures → StagingWriter; each filter's rejections go to its RejectedWriter      (N tasks)
    ──► ExactDuplicates (N) ──► NearDuplicateBuckets (≤ bands) ──► DuplicateClusters (1)
    ──► RepeatedLineCounts (N) ──► FinishPart (N: documents/, rejected/, layers/ in parts)
    ──► finish_corpus (counts, conservation check, manifest) ──► publish

Every stage runs on the executor the config names (``sloika.pipelines.executors``: datatrove's
local, Ray or Slurm executor); the corpus-wide stages are skipped when their pass is off.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from datatrove.pipeline.base import PipelineStep
from datatrove.utils.logging import logger

from sloika.config import BuildConfig
from sloika.console import stderr_to
from sloika.corpora.dedup import (
    PARALLEL_VERIFY_PAIRS,
    DuplicateClusters,
    ExactDuplicates,
    NearDuplicateBuckets,
    NearDuplicateVerify,
    candidate_pairs,
)
from sloika.corpora.finish import FinishPart, finish_corpus
from sloika.corpora.manifest import CorpusError
from sloika.corpora.quality_report import record_pii_counts
from sloika.corpora.quality_train import model_lineage
from sloika.corpora.repeated_lines import RepeatedLineCounts
from sloika.corpora.staging import RejectedWriter, StagingWriter
from sloika.corpora.storage import (
    check_target,
    explained,
    is_remote,
    publish,
    require_filesystems,
    storage_failure,
    storage_options,
    work_folder,
)
from sloika.filters.decontaminate import Decontaminate
from sloika.filters.exact_dedup import ExactDedupSignature
from sloika.filters.language import LanguageFilter
from sloika.filters.length import LengthFilter
from sloika.filters.near_dedup import MinHashSignature, bands_rows
from sloika.filters.pii import PiiFormatter
from sloika.filters.quality import QualityFilter
from sloika.filters.quality_classifier import QualityClassifierScore
from sloika.filters.quality_stats import QualityStats
from sloika.filters.repair import RepairText
from sloika.filters.repeated_lines import LineHashes
from sloika.filters.transcript_junk import TranscriptJunkFilter
from sloika.pipelines.executors import Stage, run_stages, slurm_logs, submit_stages
from sloika.pipelines.formats import ReaderOptions
from sloika.pipelines.inputs import InputFile, resolve_inputs
from sloika.pipelines.readers import SourceReader
from sloika.pipelines.resharding import ReshardInputs, plan_resharding, reshard_pieces
from sloika.pipelines.resume import open_staging, staging_key
from sloika.pipelines.splitting import Piece, piece_bytes, scan_input


class BuildError(CorpusError):
    """A build that stopped; nothing was published."""


@dataclass
class BuildResult:
    output: Path | str  # a local folder, or the URL of a remote one
    manifest: dict[str, Any]  # empty when the build was submitted to Slurm (see ``jobs``)
    jobs: list[str] | None = None  # Slurm job ids, one per stage


def make_pipeline(
    config: BuildConfig, files: list[InputFile], stage: Path, pieces: list[Piece] | None = None
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
            pieces=pieces,
        )
    ]
    if config.repair.enabled:
        steps.append(RepairText(config.repair))
    if config.transcript_junk.enabled:  # after repair: phrases are matched on readable text
        steps.append(
            TranscriptJunkFilter(
                config.transcript_junk,
                exclusion_writer=rejected("transcript_junk"),
                pause_s=config.readers.paragraph_pause_s,  # a cut cue's pause measured as the reader does
            )
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


def corpus_stages(config: BuildConfig, stage: Path, corpus: Path, tasks: int) -> list[Stage]:
    """The corpus-wide stages after the build's ``tasks`` tasks, each a datatrove step of its own
    (``sloika.corpora.dedup``, ``.repeated_lines``, ``.finish``) on the same executor; DuckDB work,
    so on the local executor they run in this process (see ``Stage``)."""
    folder, dedup = str(stage), config.dedup

    def later(
        name: str, step: PipelineStep, count: int, parallel_when: Callable[[], bool] | None = None
    ) -> Stage:
        return Stage(name, [step], count, stage / "logs" / name, in_process=True, parallel_when=parallel_when)

    stages = []
    if dedup.exact:
        stages.append(later("exact_dedup", ExactDuplicates(folder), tasks))
    if dedup.near.enabled:  # band b belongs to task b % tasks: more tasks than bands would idle
        stages.append(
            later("near_buckets", NearDuplicateBuckets(folder), min(tasks, bands_rows(dedup.near)[0]))
        )
        stages.append(
            later(
                "near_verify",
                NearDuplicateVerify(folder, dedup.near),
                tasks,
                lambda: candidate_pairs(folder) >= PARALLEL_VERIFY_PAIRS,  # Python work: one core per task
            )
        )
    if dedup.exact or dedup.near.enabled:
        stages.append(later("dup_clusters", DuplicateClusters(folder), 1))
    repeated = dedup.repeated_lines if dedup.repeated_lines.enabled else None
    if repeated:
        stages.append(later("repeated_lines", RepeatedLineCounts(folder, repeated), tasks))
    stages.append(later("finish", FinishPart(folder, str(corpus), config.parts, repeated), tasks))
    return stages


def complete_build(
    config: BuildConfig, work: Path, provenance: dict[str, Any], steps: list[str], overwrite: bool
) -> tuple[Path | str, dict[str, Any]]:
    """After the last stage: counts and manifest, corpus-level layers, then publish (atomic, see
    sloika.corpora.storage) and remove the staging folder; returns (where it was published, the
    manifest). Runs in the build process, or as the last Slurm job."""
    stage, corpus = work / "stage", work / "corpus"
    manifest = finish_corpus(stage, corpus, name=config.corpus_name, provenance=provenance, steps=steps)
    if config.pii.action != "off":
        manifest = record_pii_counts(corpus)
    if config.annotate.layers:
        from sloika.corpora.annotate import after_build
        from sloika.corpora.manifest import load_manifest

        after_build(corpus, config.annotate, config.workers)
        manifest = load_manifest(corpus)
    # copied, not moved: a publish that fails (an upload cut by the network) leaves the stages' completion
    # marks in place, so the same build run again skips straight to finishing and publishing
    shutil.copytree(stage / "logs", corpus / "logs", dirs_exist_ok=True)
    published = publish(corpus, config.output, overwrite)
    shutil.rmtree(work, ignore_errors=True)
    if is_remote(config.output):  # the stand-in's folder, empty now
        with suppress(OSError):
            work.parent.rmdir()
    return published, manifest


def _complete_on_cluster(data, rank: int = 0, world_size: int = 1, **kwargs) -> None:
    """``complete_build`` as the step of the last Slurm job."""
    with storage_options(kwargs["config"].storage.options):
        complete_build(**kwargs)


def build_corpus(config: BuildConfig, overwrite: bool = False, quiet: bool = False) -> BuildResult:
    """Build the corpus ``config`` describes. ``quiet``: datatrove's log lines and per-step stats go
    to ``logs/console.log`` in the corpus instead of stderr, and one status line shows progress."""
    require_filesystems([spec.path for spec in config.inputs] + [config.output])
    # listing inputs, fingerprints, publishing; an object store's failure said as what to check
    with storage_options(config.storage.options), explained():
        return _build_corpus(config, overwrite, quiet)


def _build_corpus(config: BuildConfig, overwrite: bool, quiet: bool) -> BuildResult:
    # a local output, or the local stand-in of a remote one: staged and finished beside it
    output = work_folder(config.output, config.storage.staging)
    skipped: list[dict] = []
    files = resolve_inputs(config.inputs, skipped)
    check_output(config, files, overwrite)
    # one read of every input: its fingerprint, and where a big one splits (sloika.pipelines.splitting)
    size = piece_bytes(files, config.workers)
    scanned = [scan_input(file, size) for file in files]
    inputs = [file.to_dict() | fingerprint for file, (fingerprint, _) in zip(files, scanned, strict=True)]
    file_pieces = [pieces for _, pieces in scanned]
    # big compressed or remote JSONL: decoded into shards by a first stage (pipelines.resharding)
    plan = plan_resharding(files, file_pieces, size)
    planned = sum(plan.get(file.path) or len(pieces) for file, pieces in zip(files, file_pieces, strict=True))

    tasks = max(1, min(config.workers, planned))
    work, done, stale = open_staging(output, staging_key(config.model_dump(mode="json"), inputs, tasks))
    for folder in stale:
        logger.warning(f"removed the staging folder of an earlier, different build: {folder}")
    if done:
        logger.warning(f"resuming the build staged in {work}: {done} of {tasks} tasks already done")
    stage, corpus = work / "stage", work / "corpus"
    pieces, reshards = reshard_pieces(files, file_pieces, plan, stage / "shards")
    pipeline, steps = make_pipeline(config, files, stage, pieces)
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
    shutil.rmtree(stage / "logs" / "finish", ignore_errors=True)  # open_staging removed the corpus it wrote
    stages = [Stage("tasks", pipeline, tasks, stage / "logs"), *corpus_stages(config, stage, corpus, tasks)]
    if reshards:
        reshard = ReshardInputs(reshards, config.storage.options)
        stages.insert(0, Stage("reshard", [reshard], min(len(reshards), tasks), stage / "logs" / "reshard"))
    if config.executor == "slurm":
        return _submit(config, work, stages, provenance, steps, overwrite)
    try:
        if quiet:
            with stderr_to(stage / "logs" / "console.log") as screen:
                print(
                    f"building {config.output}: {len(files):,} input file(s), {tasks} task(s) … "
                    f"(datatrove's log goes to {config.output}/logs/console.log; --verbose shows it here)",
                    file=screen,
                    flush=True,
                )
                run_stages(config, stages)
        else:
            run_stages(config, stages)
        published, manifest = complete_build(config, work, provenance, steps, overwrite)
    except Exception as err:
        raise BuildError(
            f"{storage_failure(err) or err}\n(task logs and partial work are in {work}; run the same "
            "build again to resume from it once the cause is fixed, or delete it)"
        ) from err
    return BuildResult(published, manifest)


def _submit(
    config: BuildConfig,
    work: Path,
    stages: list[Stage],
    provenance: dict[str, Any],
    steps: list[str],
    overwrite: bool,
) -> BuildResult:
    """Submit the stages and a last one-task job that completes and publishes the corpus."""
    complete = partial(
        _complete_on_cluster,
        config=config,
        work=work,
        provenance=provenance,
        steps=steps,
        overwrite=overwrite,
    )
    # its logs go beside Slurm's, outside `work`, which it removes
    stages.append(Stage("publish", [complete], 1, slurm_logs(config) / "publish"))
    return BuildResult(config.output, {}, jobs=submit_stages(config, stages))
