"""AdamW (fused where the device has the kernel) and the warmup + decay learning-rate schedule
(transformers' ``get_scheduler``)."""

from __future__ import annotations

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


def scheduler(optimizer: torch.optim.Optimizer, train: TrainConfig) -> torch.optim.lr_scheduler.LambdaLR:
    """transformers' schedules: linear warmup over ``warmup_steps``, then cosine or linear decay to
    ``lr × min_lr_ratio`` at the last step, or constant."""
    from transformers import get_scheduler

    common = {"num_warmup_steps": train.warmup_steps, "num_training_steps": train.steps}
    if train.schedule == "constant" or train.min_lr_ratio >= 1:
        return get_scheduler("constant_with_warmup", optimizer, num_warmup_steps=train.warmup_steps)
    if train.schedule == "cosine":
        kwargs = {"min_lr_rate": train.min_lr_ratio}
        return get_scheduler("cosine_with_min_lr", optimizer, **common, scheduler_specific_kwargs=kwargs)
    kwargs = {"lr_end": train.lr * train.min_lr_ratio, "power": 1.0}  # power 1: a straight line
    return get_scheduler("polynomial", optimizer, **common, scheduler_specific_kwargs=kwargs)
