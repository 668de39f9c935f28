"""AdamW (fused where the device has the kernel) and the warmup + decay learning-rate schedule."""

from __future__ import annotations

import math

import torch

from sloika.training.config import SpeedConfig, TrainConfig


def adamw(
    parameters: dict[str, torch.nn.Parameter], train: TrainConfig, speed: SpeedConfig, device: torch.device
):
    """Weight decay on matrices only: norms and biases (1-D) keep their scale."""
    matrices = [p for p in parameters.values() if p.ndim >= 2]
    vectors = [p for p in parameters.values() if p.ndim < 2]
    groups = [
        {"params": matrices, "weight_decay": train.weight_decay},
        {"params": vectors, "weight_decay": 0.0},
    ]
    fused = speed.fused_adamw and device.type == "cuda"
    return torch.optim.AdamW(
        [g for g in groups if g["params"]], lr=train.lr, betas=train.betas, fused=fused or None
    )


def lr_factor(step: int, train: TrainConfig) -> float:
    """Linear warmup to 1, then cosine or linear decay to ``min_lr_ratio`` at the last step."""
    if step < train.warmup_steps:
        return (step + 1) / train.warmup_steps
    if train.schedule == "constant":
        return 1.0
    span = max(1, train.steps - train.warmup_steps)
    progress = min(1.0, (step - train.warmup_steps) / span)
    shape = 0.5 * (1 + math.cos(math.pi * progress)) if train.schedule == "cosine" else 1 - progress
    return train.min_lr_ratio + (1 - train.min_lr_ratio) * shape


def scheduler(optimizer: torch.optim.Optimizer, train: TrainConfig) -> torch.optim.lr_scheduler.LambdaLR:
    return torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: lr_factor(step, train))
