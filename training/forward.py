"""One forward pass to a loss, the same for every recipe, plain or LoRA-wrapped model."""

from __future__ import annotations

import contextlib

import torch
import torch.nn.functional as F

from sloika.config import ConfigError
from sloika.training.loss import linear_cross_entropy
from sloika.training.packing import IGNORE

# config keys of heads that do more than ``hidden @ W.T``, with the value that means "nothing more"
LOGIT_TRANSFORMS = {"final_logit_softcapping": None, "logit_scale": 1.0, "logits_scaling": 1.0}


def causal_lm(model: torch.nn.Module) -> torch.nn.Module:
    """The transformers ``*ForCausalLM`` inside a peft wrapper, or the model itself."""
    return model.get_base_model() if hasattr(model, "get_base_model") else model


def autocast(device: torch.device, bf16: bool):
    """bf16 autocast: weights stay in their dtype (fp32 masters for full FT), matmuls run in bf16."""
    if not bf16:
        return contextlib.nullcontext()
    return torch.autocast(device_type=device.type, dtype=torch.bfloat16)


def plain_head_weight(lm: torch.nn.Module) -> torch.Tensor:
    """The output head's weight, when the logits are exactly ``hidden @ weight.T``; otherwise a
    ConfigError naming what the chunked loss would leave out (a bias, a LoRA on the head, logit
    soft-capping or scaling as in Gemma 2, Cohere, Granite) and the setting that keeps it."""
    head = lm.get_output_embeddings()
    problem = None
    if type(head) is not torch.nn.Linear:
        problem = f"its output head is a {type(head).__name__} (a LoRA or other wrapper on lm_head)"
    elif head.bias is not None:
        problem = "its output head has a bias"
    else:
        for key, neutral in LOGIT_TRANSFORMS.items():
            value = getattr(lm.config, key, neutral)
            if value is not None and value != neutral:
                problem = f"its logits are transformed ({key}: {value})"
    if problem:
        raise ConfigError(
            f"the chunked loss computes hidden @ lm_head.weight only, but {problem}: set "
            "speed.loss_chunk: 0 to compute the loss from the model's own logits"
        )
    return head.weight


def forward_loss(
    model: torch.nn.Module, batch: dict[str, torch.Tensor], chunk: int
) -> tuple[torch.Tensor, int]:
    """(summed token loss, labelled tokens). Hidden states come from the decoder, the loss from the
    chunked linear + cross-entropy over the output head's weight, so full logits are never built;
    with ``chunk=0`` the logits come from the model's own head (bias, soft-capping, scaling, LoRA).

    No attention mask and ``use_cache=False``: that is what makes transformers read the restarts of
    ``position_ids`` as document boundaries (packing.py).
    """
    lm = causal_lm(model)
    inputs = {"input_ids": batch["input_ids"], "position_ids": batch["position_ids"], "use_cache": False}
    labels = batch["labels"]
    if chunk <= 0:
        logits = lm(**inputs).logits
        keep = labels != IGNORE
        loss = F.cross_entropy(logits[keep].float(), labels[keep], reduction="sum")
        return loss, int(keep.sum())
    weight = plain_head_weight(lm)
    hidden = lm.get_decoder()(**inputs).last_hidden_state
    return linear_cross_entropy(hidden, weight, labels, chunk)


class CausalLoss(torch.nn.Module):
    """A model and its chunked loss as one module, ``forward(batch) -> (loss sum, labelled)``: what a
    DDP or FSDP wrapper must wrap, since the loss reads the output head's weight directly."""

    def __init__(self, model: torch.nn.Module, chunk: int):
        super().__init__()
        self.model = model
        self.chunk = chunk

    def forward(self, input_ids: torch.Tensor, position_ids: torch.Tensor, labels: torch.Tensor):
        batch = {"input_ids": input_ids, "position_ids": position_ids, "labels": labels}
        return forward_loss(self.model, batch, self.chunk)
