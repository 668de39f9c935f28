"""The optimisation loop shared by the three recipes: micro-batches, clipping, schedule, logs,
checkpoints. It knows nothing of LoRA or pretraining; the recipes hand it a ready model."""

from __future__ import annotations

import contextlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

import torch

from sloika.config import ConfigError
from sloika.training import checkpoint
from sloika.training.batches import BatchStream, collate, labelled_tokens
from sloika.training.config import RunConfig
from sloika.training.distributed import SINGLE, Parallel, gradient_sync, sum_across, wrap
from sloika.training.forward import autocast, causal_lm
from sloika.training.modeling import trainable_parameters
from sloika.training.optim import adamw, scheduler

H100_BF16_FLOPS = 989e12  # dense bf16 peak of an H100 SXM, the reference of the MFU in the logs


def flops_per_token(model: torch.nn.Module, seq_len: int, full: bool) -> float:
    """nanoGPT's estimate: 6N (4N when the base is frozen: no weight gradients) plus attention
    12·L·d_attn·T, with N the parameters that take part in matmuls (the input embedding only when
    it is tied to the output)."""
    lm = causal_lm(model)
    config = lm.config
    n = sum(p.numel() for p in lm.parameters())
    embedding = lm.get_input_embeddings().weight
    if embedding is not lm.get_output_embeddings().weight:
        n -= embedding.numel()
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
    attention = 12 * config.num_hidden_layers * config.num_attention_heads * head_dim * seq_len
    return (6 if full else 4) * n + attention


@dataclass
class Loop:
    """Everything the loop touches. ``module`` is the model with its loss, wrapped for the
    processes of ``parallel`` (``distributed.wrap``); ``folder`` is where checkpoints and
    metrics.jsonl go (written by the main rank)."""

    model: torch.nn.Module
    module: torch.nn.Module
    batches: BatchStream
    optimizer: torch.optim.Optimizer
    scheduler: torch.optim.lr_scheduler.LambdaLR
    parameters: dict[str, torch.nn.Parameter]
    config: RunConfig
    device: torch.device
    bf16: bool
    folder: Path
    full: bool = True
    parallel: Parallel = SINGLE

    def resume(self, path: Path) -> int:
        state = checkpoint.load(
            path, self.parameters, self.optimizer, self.scheduler, self.parallel, self.module
        )
        self.batches.load_state_dict(state["data"])
        checkpoint.set_rng_state(state["rng"])
        return state["step"]

    def save(self, step: int) -> Path:
        train = self.config.train
        return checkpoint.save(
            self.folder / "checkpoints",
            step,
            self.parameters,
            self.optimizer,
            self.scheduler,
            self.batches.state_dict(),
            train.keep_checkpoints,
            self.parallel,
            self.module,
        )

    def step(self) -> torch.Tensor:
        """One optimizer step over ``grad_accum`` micro-batches on every rank; the loss is the mean
        over all labelled tokens of the global step, however they are split across micro-batches
        and ranks (gradients are averaged over ranks, hence the ``world`` factor). The loss comes
        back as a device tensor: reading it would make the host wait for the GPU every step."""
        micro = [self.batches.next() for _ in range(self.config.data.grad_accum)]
        local = sum(labelled_tokens(rows) for rows in micro)
        labelled = torch.tensor(float(local), device=self.device)
        labelled = sum_across(labelled, self.parallel).clamp_min(1.0)
        total = torch.zeros((), device=self.device)
        self.module.train()
        for index, rows in enumerate(micro):
            last = index == len(micro) - 1
            with gradient_sync(self.module, self.parallel, sync=last):
                with autocast(self.device, self.bf16):
                    loss_sum, _ = self.module(**collate(rows, self.device))
                (loss_sum * self.parallel.world / labelled).backward()
            total += loss_sum.detach().float()
        if self.config.train.grad_clip:
            torch.nn.utils.clip_grad_norm_(list(self.parameters.values()), self.config.train.grad_clip)
        self.optimizer.step()
        self.scheduler.step()
        self.optimizer.zero_grad(set_to_none=True)
        return sum_across(total, self.parallel) / labelled

    def run(self, start: int = 0, log=print, until: int | None = None) -> list[float]:
        """Steps ``start`` .. ``train.steps`` (or only up to ``until``: a job with a time limit runs
        in slices); returns their losses. A checkpoint every ``checkpoint_every`` steps and one at
        the end of the slice."""
        train = self.config.train
        data = self.config.data
        tokens_per_step = data.batch_size * data.grad_accum * self.parallel.world * self.batches.rows.seq_len
        per_token = flops_per_token(self.model, self.batches.rows.seq_len, self.full)
        losses: list[float] = []
        pending: list[torch.Tensor] = []  # device losses since the last log, read in one go
        self.folder.mkdir(parents=True, exist_ok=True)
        metrics = None
        if self.parallel.main:
            keep_metrics_until(self.folder / "metrics.jsonl", start)
            metrics = (self.folder / "metrics.jsonl").open("a", encoding="utf-8")
        started, done = time.perf_counter(), 0
        with metrics or contextlib.nullcontext():
            end = min(train.steps, until or train.steps)
            for step in range(start, end):
                pending.append(self.step())
                done += 1
                if (step + 1) % train.log_every == 0 or step + 1 == end:
                    losses.extend(torch.stack(pending).tolist())  # the one wait for the GPU between logs
                    pending.clear()
                    if metrics:
                        tokens_per_s = done * tokens_per_step / (time.perf_counter() - started)
                        self._record(metrics, step + 1, losses[-1], tokens_per_s, per_token, log)
                    started, done = time.perf_counter(), 0
                every = train.checkpoint_every
                if (every and (step + 1) % every == 0) or step + 1 == end:
                    self.save(step + 1)
        return losses

    def _record(self, metrics, step: int, loss: float, tokens_per_s: float, per_token: float, log) -> None:
        """One line of metrics.jsonl and of the log."""
        record = {
            "step": step,
            "loss": round(loss, 5),
            "lr": self.scheduler.get_last_lr()[0],
            "tokens_per_s": round(tokens_per_s, 1),
            "mfu_h100": round(tokens_per_s * per_token / self.parallel.world / H100_BF16_FLOPS, 4),
        }
        if self.device.type == "cuda":
            record["peak_gib"] = round(torch.cuda.max_memory_allocated() / 2**30, 2)
        metrics.write(json.dumps(record) + "\n")
        metrics.flush()
        log(" ".join(f"{key} {value}" for key, value in record.items()))


def keep_metrics_until(path: Path, step: int) -> None:
    """Drop the metrics.jsonl lines of steps after ``step``: a run killed between checkpoints logged
    steps that the resumed run computes again, and each step must appear once."""
    if not path.is_file():
        return
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if line.strip() and json.loads(line)["step"] <= step]
    if len(kept) != len(lines):
        path.write_text("".join(kept), encoding="utf-8")


def build_loop(
    model,
    rows,
    config: RunConfig,
    device: torch.device,
    bf16: bool,
    folder: Path,
    full: bool,
    parallel: Parallel = SINGLE,
) -> Loop:
    """The loop over ``rows`` with AdamW on the trainable parameters and the warmup schedule. With
    several processes the model is wrapped (DDP, or sharded by FSDP) here, before the optimizer
    sees its parameters."""
    module = wrap(model, config.speed.loss_chunk, parallel)
    parameters = trainable_parameters(model)
    optimizer = adamw(parameters, config.train, config.speed, device)
    batches = BatchStream(rows, config.data.batch_size, config.seed, rank=parallel.rank, world=parallel.world)
    return Loop(
        model,
        module,
        batches,
        optimizer,
        scheduler(optimizer, config.train),
        parameters,
        config,
        device,
        bf16,
        folder,
        full,
        parallel,
    )


def start_step(loop: Loop, resume: bool, log=print) -> int:
    """0 for a fresh run; the checkpoint's step with ``resume``. A folder with checkpoints is never
    silently trained over from scratch."""
    found = checkpoint.latest(loop.folder / "checkpoints")
    if not resume:
        if found:
            raise ConfigError(
                f"{loop.folder} already has checkpoints: add --resume, or choose another output"
            )
        return 0
    if found is None:
        log(f"no checkpoint in {loop.folder}/checkpoints: starting from step 0")
        return 0
    step = loop.resume(found)
    log(f"resumed from {found} at step {step}")
    return step
