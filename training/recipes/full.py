"""Full fine-tuning on an SFT export, some layers frozen: ``sloika train full CONFIG.yaml``.

The consolidation step of the LoRA → merge → full-FT flow (docs/training.md). Weights stay in
fp32 (the optimizer's master copy) and the matmuls run under bf16 autocast, so small updates are
not rounded away; frozen layers cost no optimizer memory.
"""

from __future__ import annotations

from pathlib import Path

import torch

from sloika.training import distributed
from sloika.training import evaluate as ev
from sloika.training.config import RunConfig
from sloika.training.data import sft_rows
from sloika.training.exports import SFT_FORMAT, read_manifest
from sloika.training.lineage import write_run_folder
from sloika.training.loop import build_loop, start_step
from sloika.training.modeling import (
    freeze,
    load_pretrained,
    local_folder,
    pick_device,
    reload_model,
    speed_up,
    uses_bf16,
)


def run(config: RunConfig, resume: bool = False, log=print) -> dict:
    folder = Path(config.output)
    parallel = distributed.from_environment(config.speed.distributed)
    log = distributed.main_only(log, parallel)
    local_folder(config.model.path)  # a wrong model.path fails before the run folder is written
    if parallel.main:
        write_run_folder(folder, "full", config, read_manifest(config.data.export, SFT_FORMAT), resume)

    # setup
    device = pick_device()
    bf16 = uses_bf16(config.speed, device)
    model, tokenizer = load_pretrained(config, device, torch.float32)
    frozen = freeze(model, config.freeze.first_layers, config.freeze.patterns)
    log(f"frozen: {len(frozen)} parameter tensors")
    for note in speed_up(model, config.speed, device):
        log(note)

    # data
    train_rows, validation_rows = sft_rows(config, tokenizer, log=log)
    log(f"data: {train_rows.stats}; validation {validation_rows.stats}")

    # evaluate before (each rank its share, before the model is sharded), then the loop
    settings, batch, chunk = config.eval, config.data.batch_size, config.speed.loss_chunk
    columns = {}
    if settings.enabled and settings.before:
        columns["before"] = ev.evaluate(
            model, tokenizer, validation_rows, settings, batch, chunk, device, bf16, parallel
        )
    loop = build_loop(model, train_rows, config, device, bf16, folder, True, parallel)
    losses = loop.run(start_step(loop, resume, log), log)

    # the model, loadable by from_pretrained
    distributed.save_pretrained(model, tokenizer, folder / "model", parallel)

    # evaluate after (a sharded model is read back whole from what was just saved)
    if settings.enabled:
        trained = reload_model(folder / "model", device) if parallel.sharded else model
        columns["after"] = ev.evaluate(
            trained, tokenizer, validation_rows, settings, batch, chunk, device, bf16, parallel
        )
        log(ev.table(columns))
    if not parallel.main:
        return {"losses": losses}
    report = {"data": {"train": train_rows.stats, "validation": validation_rows.stats}, "frozen": frozen}
    report.update(losses=losses, evaluation=columns)
    ev.save(folder, report)
    return report
