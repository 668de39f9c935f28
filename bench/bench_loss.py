"""The output head's loss alone: sloika's chunked linear + cross-entropy against the plain one.

    python bench/bench_loss.py                                  # GPU: the issue's Qwen3-0.6B head
    python bench/bench_loss.py --tokens 2048 --vocab 32000 --hidden 512 --dtype float32   # CPU

anchor: ``F.cross_entropy(F.linear(h, W).float(), y)`` and autograd, as ``model(..., labels=...)``
computes it; sloika: ``training.loss.linear_cross_entropy`` (gradients made chunk by chunk in the
forward pass). Both for a trainable head (full FT, pretraining) and a frozen one (LoRA). Reports
forward + backward time (best of ``--repeats``), the ratio, and peak CUDA memory where there is one.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import torch
import torch.nn.functional as F

from sloika.training.loss import linear_cross_entropy


def anchor(hidden, weight, labels):
    return F.cross_entropy(F.linear(hidden, weight).float(), labels, reduction="sum")


def measure(function, hidden, weight, labels, repeats: int, device: torch.device) -> dict:
    inputs = [t for t in (hidden, weight) if t.requires_grad]
    best = float("inf")
    for _ in range(repeats + 1):  # the first pass warms up
        if device.type == "cuda":
            torch.cuda.synchronize()
            torch.cuda.reset_peak_memory_stats()
        started = time.perf_counter()
        torch.autograd.grad(function(hidden, weight, labels), inputs)
        if device.type == "cuda":
            torch.cuda.synchronize()
        best = min(best, time.perf_counter() - started)
    peak = torch.cuda.max_memory_allocated() / 2**30 if device.type == "cuda" else None
    return {"seconds": round(best, 5), "peak_gib": round(peak, 3) if peak is not None else None}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tokens", type=int, default=8 * 2048)
    parser.add_argument("--hidden", type=int, default=1024)
    parser.add_argument("--vocab", type=int, default=151936)
    parser.add_argument("--chunk", type=int, default=4096)
    parser.add_argument("--dtype", choices=["bfloat16", "float32"], default="bfloat16")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--out", default="bench/out/bench_loss.json")
    args = parser.parse_args()

    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    dtype = getattr(torch, args.dtype)
    torch.manual_seed(0)
    hidden = torch.randn(args.tokens, args.hidden, device=device, dtype=dtype, requires_grad=True)
    labels = torch.randint(0, args.vocab, (args.tokens,), device=device)
    results = []
    for head in ("trainable", "frozen"):
        weight = (torch.randn(args.vocab, args.hidden, device=device, dtype=dtype) * 0.02).requires_grad_(
            head == "trainable"
        )
        ours = measure(
            lambda h, w, y: linear_cross_entropy(h, w, y, args.chunk)[0],
            hidden,
            weight,
            labels,
            args.repeats,
            device,
        )
        plain = measure(anchor, hidden, weight, labels, args.repeats, device)
        row = {
            "head": head,
            "anchor": plain,
            "sloika": ours,
            # three significant digits: a tiny smoke run under load can be 0.004x, which round(.., 2) made 0
            "speedup": float(f"{plain['seconds'] / ours['seconds']:.3g}"),
        }
        if plain["peak_gib"]:
            row["memory_ratio"] = round(ours["peak_gib"] / plain["peak_gib"], 3)
        results.append(row)
        print(json.dumps(row))
        del weight
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"device": str(device), "args": vars(args), "results": results}, indent=1))


if __name__ == "__main__":
    main()
