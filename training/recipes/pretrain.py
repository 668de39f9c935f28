"""Pretraining from scratch on a pretraining export: ``sloika train pretrain CONFIG.yaml``.

The model is built from ``model.architecture`` (a Qwen3/Llama-shaped config) with its vocabulary
sized to the export's tokenizer.json; rows are windows of the flat shards, packed documents
never attending to each other; the last ``data.validation_windows`` windows are held out.
"""

from __future__ import annotations

from pathlib import Path

import torch

from sloika.training import distributed
from sloika.training import evaluate as ev
from sloika.training.config import RunConfig
from sloika.training.data import pretrain_rows
from sloika.training.lineage import write_run_folder
from sloika.training.loop import build_loop, start_step
from sloika.training.modeling import (
    build_from_architecture,
    pick_device,
    reload_model,
    speed_up,
    tokenizer_from_file,
    uses_bf16,
)


def run(config: RunConfig, resume: bool = False, log=print) -> dict:
    folder = Path(config.output)
    parallel = distributed.from_environment(config.speed.distributed)
    log = distributed.main_only(log, parallel)

    # data first: the tokenizer and the vocabulary come from the export
    train_rows, validation_rows, manifest, tokenizer_path = pretrain_rows(config)
    if parallel.main:
        write_run_folder(folder, "pretrain", config, manifest, resume)
    log(f"data: {len(train_rows)} windows of {config.data.seq_len} tokens, {len(validation_rows)} held out")

    # setup: fp32 master weights, bf16 autocast
    device = pick_device()
    bf16 = uses_bf16(config.speed, device)
    tokenizer = tokenizer_from_file(tokenizer_path, manifest["eos_id"])
    model = build_from_architecture(config, tokenizer, device, torch.float32, config.seed)
    log(f"model: {sum(p.numel() for p in model.parameters()) / 1e6:.1f}M parameters")
    for note in speed_up(model, config.speed, device):
        log(note)

    # evaluate the random init (each rank its share, before the model is sharded), then the loop
    settings, batch, chunk = config.eval, config.data.batch_size, config.speed.loss_chunk
    columns = {}
    if settings.enabled and settings.before:
        columns["init"] = ev.evaluate(
            model, tokenizer, validation_rows, settings, batch, chunk, device, bf16, parallel
        )
    loop = build_loop(model, train_rows, config, device, bf16, folder, True, parallel)
    losses = loop.run(start_step(loop, resume, log), log)

    # the model with the export's tokenizer beside it
    distributed.save_pretrained(model, tokenizer, folder / "model", parallel)

    if settings.enabled:
        trained = reload_model(folder / "model", device) if parallel.sharded else model
        columns["trained"] = ev.evaluate(
            trained, tokenizer, validation_rows, settings, batch, chunk, device, bf16, parallel
        )
        log(ev.table(columns))
    if not parallel.main:
        return {"losses": losses}
    report = {"losses": losses, "evaluation": columns}
    ev.save(folder, report)
    return report
