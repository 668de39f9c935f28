"""Data-parallel training over several processes (one per GPU): DDP, where every rank holds the
whole model and gradients are all-reduced, or FSDP2 (``fully_shard`` per decoder layer), where
parameters, gradients and optimizer state are split across ranks for full fine-tunes and
pretraining runs whose optimizer state does not fit one GPU.

Launch with ``torchrun --nproc_per_node N -m sloika.cli train full CONFIG.yaml`` or
``accelerate launch --num_processes N -m sloika.cli train …``: both set ``RANK``, ``WORLD_SIZE``
and ``LOCAL_RANK``, which is all this reads. One process means no process group and nothing
wrapped, so the single-GPU path is the plain one.

Each rank takes its own slice of every global batch (``batches.BatchStream``) and the loss is
normalised by the labelled tokens of the whole global step, so N ranks with batch B compute what
one process with batch N·B computes (tested on CPU with gloo).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

import torch
import torch.distributed as dist

from sloika.training.forward import CausalLoss, causal_lm
from sloika.training.modeling import save_generation_stops

Strategy = Literal["ddp", "fsdp"]


@dataclass(frozen=True)
class Parallel:
    rank: int = 0
    world: int = 1
    local_rank: int = 0
    strategy: Strategy = "ddp"

    @property
    def main(self) -> bool:
        return self.rank == 0

    @property
    def active(self) -> bool:
        return self.world > 1

    @property
    def sharded(self) -> bool:
        return self.active and self.strategy == "fsdp"


SINGLE = Parallel()


def from_environment(strategy: Strategy = "ddp") -> Parallel:
    """The process group a launcher asked for (``WORLD_SIZE`` > 1), joined once; else one process."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world <= 1:
        return Parallel(strategy=strategy)
    rank, local = int(os.environ["RANK"]), int(os.environ.get("LOCAL_RANK", "0"))
    if not dist.is_initialized():
        if torch.cuda.is_available():
            torch.cuda.set_device(local)  # "cuda" (modeling.pick_device) is this rank's GPU from here on
        dist.init_process_group("nccl" if torch.cuda.is_available() else "gloo")
    return Parallel(rank, world, local, strategy)


def wrap(model: torch.nn.Module, chunk: int, parallel: Parallel) -> torch.nn.Module:
    """The model and its loss as one module (``forward.CausalLoss``), wrapped for ``parallel``: the
    wrapper must see the whole forward, embeddings and output head included."""
    step = CausalLoss(model, chunk)
    if not parallel.active:
        return step
    if parallel.strategy == "fsdp":
        from torch.distributed.fsdp import fully_shard

        for layer in causal_lm(model).get_decoder().layers:
            fully_shard(layer)
        return fully_shard(step)  # the rest (embeddings, final norm, head) is one more unit
    from torch.nn.parallel import DistributedDataParallel

    device_ids = [parallel.local_rank] if torch.cuda.is_available() else None
    return DistributedDataParallel(step, device_ids=device_ids)


@contextmanager
def gradient_sync(step: torch.nn.Module, parallel: Parallel, sync: bool):
    """Reduce gradients across ranks only on the last micro-batch of an optimizer step."""
    if not parallel.active or sync:
        yield
    elif parallel.strategy == "fsdp":
        step.set_requires_gradient_sync(False)
        try:
            yield
        finally:
            step.set_requires_gradient_sync(True)
    else:
        with step.no_sync():
            yield


def sum_across(value: torch.Tensor, parallel: Parallel) -> torch.Tensor:
    """``value`` summed over the ranks, in place and in stream order (the host does not wait)."""
    if parallel.active:
        dist.all_reduce(value)
    return value


def gather_objects(value: Any, parallel: Parallel) -> list[Any]:
    """``value`` of every rank, in rank order (RNG states for a checkpoint)."""
    if not parallel.active:
        return [value]
    found: list[Any] = [None] * parallel.world
    dist.all_gather_object(found, value)
    return found


def full_tensors(parameters: dict[str, torch.nn.Parameter]) -> dict[str, torch.Tensor]:
    """Whole parameters on the CPU; sharded ones are gathered (a collective: every rank calls)."""
    from torch.distributed.tensor import DTensor

    return {
        name: (p.full_tensor() if isinstance(p, DTensor) else p).detach().contiguous().cpu()
        for name, p in parameters.items()
    }


def load_full_tensors(parameters: dict[str, torch.nn.Parameter], saved: dict[str, torch.Tensor]) -> None:
    """Copy whole tensors into (possibly sharded) parameters: each rank keeps its own shard."""
    from torch.distributed.tensor import DTensor, distribute_tensor

    with torch.no_grad():
        for name, parameter in parameters.items():
            value = saved[name].to(parameter.device, parameter.dtype)
            if isinstance(parameter, DTensor):
                value = distribute_tensor(value, parameter.device_mesh, parameter.placements)
            parameter.copy_(value)


def optimizer_state(step: torch.nn.Module, optimizer: torch.optim.Optimizer, parallel: Parallel) -> dict:
    """Whole optimizer state: keyed by parameter name when sharded (any world size can resume it)."""
    if not parallel.sharded:
        return optimizer.state_dict()
    from torch.distributed.checkpoint.state_dict import StateDictOptions, get_optimizer_state_dict

    options = StateDictOptions(full_state_dict=True, cpu_offload=True)
    return get_optimizer_state_dict(step, optimizer, options=options)


def load_optimizer_state(
    step: torch.nn.Module, optimizer: torch.optim.Optimizer, state: dict, parallel: Parallel
) -> None:
    if not parallel.sharded:
        optimizer.load_state_dict(state)
        return
    from torch.distributed.checkpoint.state_dict import StateDictOptions, set_optimizer_state_dict

    options = StateDictOptions(full_state_dict=True)
    set_optimizer_state_dict(step, optimizer, optim_state_dict=state, options=options)


def barrier(parallel: Parallel) -> None:
    if parallel.active:
        dist.barrier()


def close_group(finished: bool = True) -> None:
    """Leave the process group a launcher made us join (a no-op in a single process). A finished
    rank first waits for the others: tearing the group down while a peer is still inside a
    collective with it aborts that peer. A failed rank leaves at once (its peers will not come)."""
    if dist.is_available() and dist.is_initialized():
        if finished:
            dist.barrier()
        dist.destroy_process_group()


def save_pretrained(model: torch.nn.Module, tokenizer, target, parallel: Parallel) -> None:
    """The trained model (or peft adapter) in its library's format, written by the main rank;
    sharded parameters are gathered first (a collective: every rank calls)."""
    state = None
    if parallel.sharded:
        from torch.distributed.checkpoint.state_dict import StateDictOptions, get_model_state_dict

        options = StateDictOptions(full_state_dict=True, cpu_offload=True)
        state = get_model_state_dict(model, options=options)
        state = {name: state[name] for name in _first_names(model) if name in state}  # tied: one copy
    if parallel.main:
        model.save_pretrained(target, **({"state_dict": state} if state is not None else {}))
        tokenizer.save_pretrained(target)
        if not hasattr(model, "peft_config"):  # a full model: generate() stops at the end of a turn
            save_generation_stops(target, tokenizer)
    barrier(parallel)


def _first_names(model: torch.nn.Module) -> list[str]:
    """Each parameter and buffer once, by its first name (tied embeddings have two)."""
    first: dict[int, str] = {}
    for name, tensor in [*model.named_parameters(remove_duplicate=False), *model.named_buffers()]:
        first.setdefault(id(tensor), name)
    return list(first.values())


def main_only(log, parallel: Parallel):
    """``log`` on the main rank, silence elsewhere: N processes print one log."""
    return log if parallel.main else (lambda *_args, **_kwargs: None)
