"""Linear + cross-entropy in chunks, so a 150k-vocabulary logits tensor never exists whole.

For batch 8 × 2048 tokens × 151,936 entries the fp32 logits alone take 10 GiB, plus as much
again for their gradient. Here each chunk of tokens computes its logits, its loss and, at once,
its gradients (softmax − one-hot, times the weight and times the hidden states), then is dropped:
the Liger-kernel recipe in plain torch. Peak extra memory is one chunk's logits; the backward pass
only scales the stored gradients, so the vocabulary matmul is not recomputed (a checkpointed
chunk would run it a fourth time). Positions labelled -100 are removed before the matmul, so SFT
prompts cost nothing here.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

from sloika.training.packing import IGNORE


def _wide(logits: torch.Tensor) -> torch.Tensor:
    """Softmax in at least fp32: bf16 logits lose the small probabilities the loss is made of."""
    return logits.to(torch.promote_types(logits.dtype, torch.float32))


class _ChunkedLinearCrossEntropy(torch.autograd.Function):
    """Summed cross-entropy of ``hidden @ weight.T``; gradients are computed in the forward pass,
    chunk by chunk, for the inputs that need them (a frozen head, as under LoRA, gets none)."""

    @staticmethod
    def forward(ctx, hidden: torch.Tensor, weight: torch.Tensor, labels: torch.Tensor, chunk: int):
        want_hidden, want_weight = ctx.needs_input_grad[:2]
        grad_hidden = torch.empty_like(hidden) if want_hidden else None
        wide = torch.promote_types(hidden.dtype, torch.float32)  # sums in at least fp32
        grad_weight = torch.zeros_like(weight, dtype=wide) if want_weight else None
        total = hidden.new_zeros((), dtype=wide)
        for start in range(0, hidden.shape[0], chunk):
            part, targets = hidden[start : start + chunk], labels[start : start + chunk]
            logits = _wide(F.linear(part, weight))
            picked = logits.gather(1, targets[:, None]).squeeze(1)
            lse = torch.logsumexp(logits, dim=1)
            total += (lse - picked).sum()
            if not (want_hidden or want_weight):
                continue
            # d(sum of losses)/d(logits) = softmax − one-hot, built in place of the logits
            grad_logits = logits.sub_(lse[:, None]).exp_()
            grad_logits[torch.arange(len(targets), device=targets.device), targets] -= 1.0
            grad_logits = grad_logits.to(part.dtype)
            if want_hidden:
                grad_hidden[start : start + chunk] = grad_logits @ weight
            if want_weight:
                grad_weight += grad_logits.T @ part
        ctx.save_for_backward(grad_hidden, grad_weight)
        ctx.weight_dtype = weight.dtype
        return total

    @staticmethod
    def backward(ctx, grad_total: torch.Tensor):
        grad_hidden, grad_weight = ctx.saved_tensors
        if grad_hidden is not None:
            grad_hidden = grad_hidden * grad_total.to(grad_hidden.dtype)
        if grad_weight is not None:
            grad_weight = (grad_weight * grad_total).to(ctx.weight_dtype)
        return grad_hidden, grad_weight, None, None


def linear_cross_entropy(
    hidden: torch.Tensor, weight: torch.Tensor, labels: torch.Tensor, chunk: int = 4096
) -> tuple[torch.Tensor, int]:
    """(sum of token losses, number of tokens with a label) for ``hidden @ weight.T`` against ``labels``.

    ``labels`` are already aligned with ``hidden`` (no shift here). ``chunk=0`` computes the whole
    logits with plain autograd (the reference the chunked path is tested against).
    """
    hidden = hidden.reshape(-1, hidden.shape[-1])
    labels = labels.reshape(-1)
    keep = labels != IGNORE
    hidden, labels = hidden[keep], labels[keep]
    count = int(labels.numel())
    if count == 0:
        return hidden.sum() * 0.0, 0
    if chunk <= 0:
        return F.cross_entropy(_wide(F.linear(hidden, weight)), labels, reduction="sum"), count
    if not torch.is_grad_enabled():  # evaluation: detached inputs tell the function to skip gradients
        hidden, weight = hidden.detach(), weight.detach()
    return _ChunkedLinearCrossEntropy.apply(hidden, weight, labels, chunk), count
