"""Resumable checkpoints: the next step after a resume computes what the uninterrupted run would.

A checkpoint is a folder ``checkpoints/step-NNNNNN/`` with

* ``trainable.safetensors``: the parameters being trained (LoRA adapters, or the whole model);
* ``trainer.pt``: optimizer and scheduler state, the data position, the RNG states. Only
  tensors and plain containers, read back with ``torch.load(weights_only=True)``.

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
) -> Path:
    final = folder / f"{PREFIX}{step:06d}"
    partial = folder / f".{PREFIX}{step:06d}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    save_file(
        {name: p.detach().contiguous().cpu() for name, p in parameters.items()},
        partial / "trainable.safetensors",
    )
    trainer = {
        "step": step,
        "optimizer": optimizer.state_dict(),
        "scheduler": scheduler.state_dict(),
        "data": data,
        "rng": rng_state(),
    }
    torch.save(trainer, partial / "trainer.pt")
    shutil.rmtree(final, ignore_errors=True)
    partial.rename(final)
    for old in sorted(folder.glob(f"{PREFIX}*"))[:-keep]:
        shutil.rmtree(old)
    return final


def latest(folder: Path) -> Path | None:
    found = sorted(p for p in folder.glob(f"{PREFIX}*") if (p / "trainer.pt").is_file())
    return found[-1] if found else None


def load(
    path: Path,
    parameters: dict[str, torch.nn.Parameter],
    optimizer: torch.optim.Optimizer,
    scheduler: torch.optim.lr_scheduler.LRScheduler,
) -> dict[str, Any]:
    """Restore parameters, optimizer and scheduler in place; returns the trainer state (step, data, rng)."""
    saved = load_file(path / "trainable.safetensors")
    if set(saved) != set(parameters):
        missing, extra = sorted(set(parameters) - set(saved)), sorted(set(saved) - set(parameters))
        raise ValueError(
            f"checkpoint {path} does not match this model (missing {missing[:3]}, unexpected {extra[:3]}): "
            "resume with the config the run started with"
        )
    with torch.no_grad():
        for name, parameter in parameters.items():
            parameter.copy_(saved[name])
    trainer = torch.load(path / "trainer.pt", weights_only=True)
    optimizer.load_state_dict(trainer["optimizer"])
    scheduler.load_state_dict(trainer["scheduler"])
    return trainer
