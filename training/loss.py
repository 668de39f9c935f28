"""Linear + cross-entropy in chunks, so a 150k-vocabulary logits tensor never exists whole.

For batch 8 × 2048 tokens × 151,936 entries the fp32 logits alone take 10 GiB, plus as much
again for their gradient. Here each chunk of tokens computes its logits, its loss, and is
dropped; ``torch.utils.checkpoint`` recomputes the chunk in the backward pass. Peak extra
memory is one chunk's logits (chunk × vocab × 4 bytes). Positions labelled -100 are removed
before the matmul, so SFT prompts cost nothing here.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch.utils.checkpoint import checkpoint

from sloika.training.packing import IGNORE


def _chunk_loss(hidden: torch.Tensor, weight: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    logits = F.linear(hidden, weight).float()
    return F.cross_entropy(logits, labels, reduction="sum")


def linear_cross_entropy(
    hidden: torch.Tensor, weight: torch.Tensor, labels: torch.Tensor, chunk: int = 4096
) -> tuple[torch.Tensor, int]:
    """(sum of token losses, number of tokens with a label) for ``hidden @ weight.T`` against ``labels``.

    ``labels`` are already aligned with ``hidden`` (no shift here). ``chunk=0`` computes the whole
    logits at once (the reference the chunked path is tested against).
    """
    hidden = hidden.reshape(-1, hidden.shape[-1])
    labels = labels.reshape(-1)
    keep = labels != IGNORE
    hidden, labels = hidden[keep], labels[keep]
    count = int(labels.numel())
    if count == 0:
        return hidden.sum() * 0.0, 0
    if chunk <= 0 or count <= chunk:
        return _chunk_loss(hidden, weight, labels), count
    total = hidden.new_zeros((), dtype=torch.float32)
    for start in range(0, count, chunk):
        part = slice(start, start + chunk)
        total = total + checkpoint(_chunk_loss, hidden[part], weight, labels[part], use_reentrant=False)
    return total, count
