"""LoRA fine-tuning on an SFT export: ``sloika train lora CONFIG.yaml``.

Read top to bottom: setup (base model, adapter, speed), data (packed conversations), evaluate
the base, the loop, save the adapter, evaluate again. With ``data.per_topic`` the same runs once
per topic of an export split by topic (``<output>/topics/<topic>/adapter``), and a transfer
matrix shows each adapter's loss on every topic's validation set.
"""

from __future__ import annotations

from pathlib import Path

import torch

from sloika.training import distributed
from sloika.training import evaluate as ev
from sloika.training.config import BenchmarksConfig, RunConfig
from sloika.training.data import sft_rows
from sloika.training.exports import SFT_FORMAT, read_manifest, sft_topics
from sloika.training.lineage import write_run_folder
from sloika.training.loop import build_loop, start_step
from sloika.training.modeling import add_lora, load_pretrained, local_folder, pick_device, speed_up, uses_bf16


def run(config: RunConfig, resume: bool = False, log=print) -> dict:
    folder = Path(config.output)
    parallel = distributed.from_environment(config.speed.distributed)
    log = distributed.main_only(log, parallel)
    local_folder(config.model.path)  # a wrong model.path fails before the run folder is written
    if parallel.main:
        write_run_folder(folder, "lora", config, read_manifest(config.data.export, SFT_FORMAT), resume)
    if not config.data.per_topic:
        return train_adapter(config, folder, None, resume, log, parallel)

    topics = config.data.topics or sft_topics(config.data.export)
    # the external benchmarks run once per model, beside the transfer matrix, not once per topic
    per_topic = config.model_copy(
        update={"eval": config.eval.model_copy(update={"benchmarks": BenchmarksConfig()})}
    )
    reports = {}
    for topic in topics:
        log(f"— topic {topic!r}")
        reports[topic] = train_adapter(per_topic, folder / "topics" / topic, topic, resume, log, parallel)
    matrix, benchmarks = transfer_matrix(config, folder, topics, parallel)
    if not parallel.main:
        return {"topics": reports}
    log("validation loss of each adapter (rows) on each topic (columns):\n" + ev.transfer_table(matrix))
    report = {"topics": reports, "transfer_matrix": matrix}
    if config.eval.enabled and config.eval.benchmarks.tasks:
        log("external benchmarks of the base and each adapter:\n" + ev.table(benchmarks))
        skipped = benchmarks["base"].get("benchmarks_skipped")
        report.update(
            {"benchmarks_skipped": skipped}
            if skipped
            else {"benchmarks": {name: found["benchmarks"] for name, found in benchmarks.items()}}
        )
    ev.save(folder, report)
    return report


def train_adapter(
    config: RunConfig,
    folder: Path,
    topic: str | None,
    resume: bool,
    log=print,
    parallel: distributed.Parallel = distributed.SINGLE,
) -> dict:
    # setup: a frozen base in bf16 where supported (it never updates, so nothing is lost), the adapters
    device = pick_device()
    bf16 = uses_bf16(config.speed, device)
    model, tokenizer = load_pretrained(config, device, torch.bfloat16 if bf16 else torch.float32)
    torch.manual_seed(config.seed)
    model = add_lora(model, config.lora)
    for note in speed_up(model, config.speed, device):
        log(note)

    # data
    train_rows, validation_rows = sft_rows(config, tokenizer, topic, log)
    log(f"data: {train_rows.stats}; validation {validation_rows.stats}")

    # the base model's evaluation comes first (each rank its share): it must see the untrained weights
    folder.mkdir(parents=True, exist_ok=True)
    settings, batch, chunk = config.eval, config.data.batch_size, config.speed.loss_chunk
    columns = {}
    if settings.enabled and settings.before:
        with model.disable_adapter():
            columns["base"] = ev.evaluate(
                model, tokenizer, validation_rows, settings, batch, chunk, device, bf16, parallel
            )
    loop = build_loop(model, train_rows, config, device, bf16, folder, False, parallel)
    losses = loop.run(start_step(loop, resume, log), log)

    # checkpoint: the adapter in peft's format, loadable by PeftModel.from_pretrained and `sloika adapters`
    distributed.save_pretrained(model, tokenizer, folder / "adapter", parallel)

    # evaluate (the adapters are the same on every rank: each rank judges its share)
    if settings.enabled:
        columns["adapter"] = ev.evaluate(
            model, tokenizer, validation_rows, settings, batch, chunk, device, bf16, parallel
        )
        log(ev.table(columns))
    if not parallel.main:
        return {"topic": topic, "losses": losses}
    report = {"topic": topic, "data": {"train": train_rows.stats, "validation": validation_rows.stats}}
    report.update(losses=losses, evaluation=columns)
    ev.save(folder, report)
    return report


@torch.no_grad()
def transfer_matrix(
    config: RunConfig, folder: Path, topics: list[str], parallel: distributed.Parallel = distributed.SINGLE
) -> tuple[dict[str, dict[str, float]], dict]:
    """Validation loss of the base and of every topic's adapter on every topic: how far a lesson
    carries. With several processes each rank computes its share of every loss (all must call).
    Second, each model's external benchmark scores (``eval.benchmarks``), as columns of
    ``evaluate.table``: ``{model: {"benchmarks": {task: scores}}}``, empty dicts without tasks."""
    from peft import PeftModel

    device = pick_device()
    bf16 = uses_bf16(config.speed, device)
    base, tokenizer = load_pretrained(config, device, torch.bfloat16 if bf16 else torch.float32)
    model = PeftModel.from_pretrained(
        base, str(folder / "topics" / topics[0] / "adapter"), adapter_name=topics[0]
    )
    for topic in topics[1:]:
        model.load_adapter(str(folder / "topics" / topic / "adapter"), adapter_name=topic)
    validation = {topic: sft_rows(config, tokenizer, topic)[1] for topic in topics}
    batch, chunk, most = config.data.batch_size, config.speed.loss_chunk, config.eval.max_rows

    def losses() -> dict[str, float]:
        return {
            topic: ev.heldout_loss(model, rows, batch, chunk, device, bf16, most, parallel)["loss"]
            for topic, rows in validation.items()
        }

    def benchmarks() -> dict:
        if not (config.eval.enabled and config.eval.benchmarks.tasks):
            return {}
        return ev.external_benchmarks(model, tokenizer, config.eval, parallel)

    matrix, scores = {}, {}
    with model.disable_adapter():
        matrix["base"], scores["base"] = losses(), benchmarks()
    for topic in topics:
        model.set_adapter(topic)
        matrix[topic], scores[topic] = losses(), benchmarks()
    return matrix, scores
