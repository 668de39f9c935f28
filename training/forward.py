"""One forward pass to a loss, the same for every recipe, plain or LoRA-wrapped model."""

from __future__ import annotations

import contextlib

import torch

from sloika.training.loss import linear_cross_entropy


def causal_lm(model: torch.nn.Module) -> torch.nn.Module:
    """The transformers ``*ForCausalLM`` inside a peft wrapper, or the model itself."""
    return model.get_base_model() if hasattr(model, "get_base_model") else model


def autocast(device: torch.device, bf16: bool):
    """bf16 autocast: weights stay in their dtype (fp32 masters for full FT), matmuls run in bf16."""
    if not bf16:
        return contextlib.nullcontext()
    return torch.autocast(device_type=device.type, dtype=torch.bfloat16)


def forward_loss(
    model: torch.nn.Module, batch: dict[str, torch.Tensor], chunk: int
) -> tuple[torch.Tensor, int]:
    """(summed token loss, labelled tokens). Hidden states come from the decoder, the loss from the
    chunked linear + cross-entropy over the output embedding, so full logits are never built.

    No attention mask and ``use_cache=False``: that is what makes transformers read the restarts of
    ``position_ids`` as document boundaries (packing.py).
    """
    lm = causal_lm(model)
    hidden = lm.get_decoder()(
        input_ids=batch["input_ids"], position_ids=batch["position_ids"], use_cache=False
    ).last_hidden_state
    return linear_cross_entropy(hidden, lm.get_output_embeddings().weight, batch["labels"], chunk)


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
