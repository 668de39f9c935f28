"""Resumable checkpoints: the next step after a resume computes what the uninterrupted run would.

A checkpoint is a folder ``checkpoints/step-NNNNNN/`` with

* ``trainable.safetensors``: the parameters being trained (LoRA adapters, or the whole model);
* ``trainer.pt``: optimizer and scheduler state, the data position, the RNG states of every
  rank. Only tensors and plain containers, read back with ``torch.load(weights_only=True)``.

Sharded (FSDP) runs gather whole parameters and a name-keyed optimizer state first, so a
checkpoint is one set of files whatever the number of processes.

It is written to a hidden folder and renamed into place, so a crash mid-save leaves no
checkpoint that looks complete.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file, save_file

from sloika.errors import InputError
from sloika.training import distributed
from sloika.training.distributed import (
    SINGLE,
    Parallel,
    barrier,
    full_tensors,
    gather_objects,
    load_full_tensors,
)

PREFIX = "step-"


def rng_state() -> dict[str, Any]:
    state: dict[str, Any] = {"torch": torch.get_rng_state(), "python": random.getstate()}
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def set_rng_state(state: dict[str, Any]) -> None:
    torch.set_rng_state(state["torch"])
    random.setstate(state["python"])
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["cuda"])


def save(
    folder: Path,
    step: int,
    parameters: dict[str, torch.nn.Parameter],
    optimizer: torch.optim.Optimizer,
    scheduler: torch.optim.lr_scheduler.LRScheduler,
    data: dict[str, int],
    keep: int,
    parallel: Parallel = SINGLE,
    module: torch.nn.Module | None = None,
) -> Path:
    """Every rank calls this (sharded parameters and optimizer state are gathered); the main rank
    writes. ``module`` is the wrapped training module whose optimizer state is gathered by name."""
    final = folder / f"{PREFIX}{step:06d}"
    gathered = parallel.sharded or parallel.main
    tensors = full_tensors(parameters) if gathered else {}
    optimizer_state = distributed.optimizer_state(module, optimizer, parallel) if gathered else {}
    rng = gather_objects(rng_state(), parallel)
    if parallel.main:
        partial = folder / f".{PREFIX}{step:06d}.partial"
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        save_file(tensors, partial / "trainable.safetensors")
        trainer = {
            "step": step,
            "optimizer": optimizer_state,
            "optimizer_keys": _optimizer_keys(parallel),
            "scheduler": scheduler.state_dict(),
            "data": data,
            "rng": rng,
        }
        torch.save(trainer, partial / "trainer.pt")
        shutil.rmtree(final, ignore_errors=True)
        partial.rename(final)
        for old in sorted(folder.glob(f"{PREFIX}*"))[:-keep]:
            shutil.rmtree(old)
    barrier(parallel)
    return final


def _optimizer_keys(parallel: Parallel) -> str:
    """How the saved optimizer state names parameters: by name (gathered from shards) or by id."""
    return "names" if parallel.sharded else "ids"


def latest(folder: Path) -> Path | None:
    found = sorted(p for p in folder.glob(f"{PREFIX}*") if (p / "trainer.pt").is_file())
    return found[-1] if found else None


def load(
    path: Path,
    parameters: dict[str, torch.nn.Parameter],
    optimizer: torch.optim.Optimizer,
    scheduler: torch.optim.lr_scheduler.LRScheduler,
    parallel: Parallel = SINGLE,
    module: torch.nn.Module | None = None,
) -> dict[str, Any]:
    """Restore parameters, optimizer and scheduler in place; returns the trainer state (step, data,
    and this rank's RNG state as ``rng``)."""
    saved = load_file(path / "trainable.safetensors")
    if set(saved) != set(parameters):
        missing, extra = sorted(set(parameters) - set(saved)), sorted(set(saved) - set(parameters))
        raise InputError(
            f"checkpoint {path} does not match this model (missing {missing[:3]}, unexpected {extra[:3]}): "
            "resume with the config the run started with"
        )
    load_full_tensors(parameters, saved)
    trainer = torch.load(path / "trainer.pt", weights_only=True)
    if trainer["optimizer_keys"] != _optimizer_keys(parallel):
        kind = "a sharded (fsdp)" if trainer["optimizer_keys"] == "names" else "an unsharded"
        raise InputError(
            f"checkpoint {path} was written by {kind} run: resume with the same speed.distributed "
            "and, for fsdp, more than one process (fsdp checkpoints resume on any number of them)"
        )
    distributed.load_optimizer_state(module, optimizer, trainer["optimizer"], parallel)
    scheduler.load_state_dict(trainer["scheduler"])
    states = trainer["rng"]  # one per rank; a run resumed on more ranks reuses rank 0's
    trainer["rng"] = states[parallel.rank] if parallel.rank < len(states) else states[0]
    return trainer
