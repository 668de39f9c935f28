"""GPU benchmark of sloika's training recipes against a plain HF + peft loop, in one run.

    python bench/bench_train.py             # LoRA and full FT (Qwen3-0.6B shape), pretraining (124M)
    python bench/bench_train.py --modes lora --steps 40 --out bench/out/train.json
    python bench/bench_train.py --shape tiny --steps 3   # a CPU smoke run of every code path

Both sides see the same random-initialised model (same seed) and the same token rows.

* anchor: model.train(), fused AdamW, bf16 autocast, sdpa, loss from ``model(input_ids, labels=...)``;
  LoRA via peft ``get_peft_model`` with its defaults (r16 on all linear layers);
* sloika: the recipes' own step (``loop.Loop.step``) on a model set up as the recipes set it up:
  bf16 frozen base for LoRA, fp32 masters + bf16 autocast for full FT and pretraining, per-layer
  torch.compile, the chunked linear + cross-entropy (gradients made in its forward pass), fused
  AdamW, packed rows with position_ids restarts; the anchor's optimiser settings (torch's AdamW
  defaults, constant lr, no clipping), so the loss curves can be compared.

The loss-curve check uses rows holding one document each, so both sides compute the same math;
the throughput rows are packed (several documents a row) for sloika as in real use.
Goals (issue 8): LoRA >= 2.5x anchor tokens/s at <= 0.5x its peak memory; full FT >= 2x;
pretraining >= 40% MFU (6N + attention FLOPs vs 989 TFLOP/s).
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from pathlib import Path

import numpy as np
import torch

from sloika.training.batches import BatchStream, collate
from sloika.training.config import validate_run_config
from sloika.training.forward import autocast
from sloika.training.loop import H100_BF16_FLOPS, build_loop, flops_per_token
from sloika.training.modeling import add_lora, speed_up
from sloika.training.packing import IGNORE, Row

SHAPES = {
    "qwen3-0.6b": dict(
        hidden_size=1024,
        num_hidden_layers=28,
        num_attention_heads=16,
        head_dim=128,
        num_key_value_heads=8,
        intermediate_size=3072,
        vocab_size=151936,
        tie_word_embeddings=True,
    ),
    "124m": dict(
        hidden_size=768,
        num_hidden_layers=12,
        num_attention_heads=12,
        head_dim=64,
        num_key_value_heads=12,
        intermediate_size=2048,
        vocab_size=50304,
        tie_word_embeddings=True,
    ),
    "tiny": dict(
        hidden_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        head_dim=16,
        num_key_value_heads=2,
        intermediate_size=128,
        vocab_size=1000,
        tie_word_embeddings=True,
    ),
}
PLAN = {"lora": "qwen3-0.6b", "full": "qwen3-0.6b", "pretrain": "124m"}
# the measurement of the anchor on one H100: a sanity check of this run's anchor
ANCHOR_MEASURED = {
    "lora": {"tokens_per_s": 36_100, "peak_gib": 64.6},
    "full": {"tokens_per_s": 43_900, "peak_gib": 66.7},
    "pretrain": {"tokens_per_s": 157_000, "mfu": 0.154},
}


def rows(vocab: int, seq: int, count: int, seed: int, packed: bool) -> list[Row]:
    """Random token rows; packed rows hold documents of 128..seq/2 tokens with position restarts."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(count):
        window = rng.integers(0, vocab, seq + 1)
        positions = np.arange(seq + 1)
        labels = window[1:].copy()
        if packed:
            at = 0
            while at < seq:
                length = int(rng.integers(128, max(129, seq // 2)))
                positions[at : at + length] = np.arange(min(length, seq + 1 - at))
                at += length
                if at <= seq:
                    labels[at - 1] = IGNORE
        else:
            labels[-1] = IGNORE  # HF's shifted loss has no target for the last position either
        out.append(Row(window[:-1], labels, positions[:-1]))
    return out


def build_model(shape: str, device: torch.device, dtype: torch.dtype, seed: int, attention: str = "sdpa"):
    from transformers import AutoConfig, AutoModelForCausalLM

    config = AutoConfig.for_model("qwen3", max_position_embeddings=4096, **SHAPES[shape])
    config._attn_implementation = attention
    torch.manual_seed(seed)
    return AutoModelForCausalLM.from_config(config, dtype=dtype).to(device)


class RowList(list):
    """Rows as the loop reads them (``packing.RowSet``: a sequence with ``seq_len``)."""

    def __init__(self, rows: list[Row], seq_len: int):
        super().__init__(rows)
        self.seq_len = seq_len


def anchor_trainer(model, device, bf16: bool, lr: float):
    """The plain loop: HF computes the whole logits and shifts the labels itself."""
    parameters = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(parameters, lr=lr, fused=device.type == "cuda" or None)
    model.train()

    def step(rows: list[Row]) -> torch.Tensor:
        batch = collate(rows, device)
        with autocast(device, bf16):
            loss = model(input_ids=batch["input_ids"], labels=_unshift(batch["labels"])).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        return loss.detach()

    return step


def _unshift(targets: torch.Tensor) -> torch.Tensor:
    """sloika's labels are aligned with the inputs (target of position t at t); HF's ``labels`` are
    the tokens themselves (it shifts): put target t at t+1."""
    shifted = torch.full_like(targets, IGNORE)
    shifted[:, 1:] = targets[:, :-1]
    return shifted


def sloika_trainer(model, config, device, bf16: bool, full: bool, seed: int, first: list[Row]):
    """sloika's own optimisation step (``loop.Loop.step``: host-side token counts, chunked loss,
    AdamW as the recipes build it), fed the given rows in order (``first``: one batch to build on)."""
    rows = RowList(first, config.data.seq_len)
    loop = build_loop(model, rows, config, device, bf16, Path("unused"), full)

    def step(rows: list[Row]) -> torch.Tensor:
        loop.batches = BatchStream(RowList(rows, config.data.seq_len), len(rows), seed, shuffle=False)
        return loop.step()

    return step


def run_one(mode: str, impl: str, shape: str, args, device: torch.device) -> dict:
    bf16 = device.type == "cuda" and torch.cuda.is_bf16_supported()
    lora = mode == "lora"
    vocab = SHAPES[shape]["vocab_size"]
    curve_rows = rows(vocab, args.seq, args.batch * args.curve_steps, args.seed, packed=False)
    speed_rows = rows(vocab, args.seq, args.batch, args.seed + 1, packed=impl == "sloika")
    # a LoRA base is frozen, so both sides hold it in bf16 where the device has it (peft keeps the
    # adapters in fp32 on both sides); full FT and pretraining keep fp32 masters on both sides
    dtype = torch.bfloat16 if (lora and bf16) else torch.float32
    if impl == "anchor":
        model = build_model(shape, device, dtype, args.seed)
        if lora:
            from peft import LoraConfig, get_peft_model

            model = get_peft_model(model, LoraConfig(r=16, lora_alpha=32, target_modules="all-linear"))
        step = anchor_trainer(model, device, bf16, args.lr)
    else:
        model = build_model(shape, device, dtype, args.seed, args.attention)
        config = validate_run_config(
            {
                "output": "unused",
                "data": {"export": "unused", "seq_len": args.seq, "batch_size": args.batch},
                # the anchor's optimiser: torch's AdamW defaults, constant lr, no clipping
                "train": {
                    "lr": args.lr,
                    "warmup_steps": 0,
                    "schedule": "constant",
                    "betas": [0.9, 0.999],
                    "weight_decay": 0.01,
                    "grad_clip": 0,
                },
                "speed": {
                    "compile": not args.no_compile,
                    "gradient_checkpointing": args.checkpointing,
                    "loss_chunk": args.loss_chunk,
                },
                "lora": {"r": 16, "alpha": 32, "dropout": 0.0, "adapter_dtype": args.adapter_dtype},
            }
        )
        if lora:
            model = add_lora(model, config.lora)
        speed_up(model, config.speed, device)
        step = sloika_trainer(model, config, device, bf16, not lora, args.seed, speed_rows)
    # the loss-curve steps are also the warmup (compilation) of the timed steps
    curve = [step(curve_rows[i * args.batch : (i + 1) * args.batch]) for i in range(args.curve_steps)]
    curve = torch.stack(curve).tolist()
    if device.type == "cuda":
        torch.cuda.synchronize()
        torch.cuda.reset_peak_memory_stats()
    started = time.perf_counter()
    for _ in range(args.steps):
        step(speed_rows)
    if device.type == "cuda":
        torch.cuda.synchronize()
    elapsed = time.perf_counter() - started
    tokens_per_s = args.steps * args.batch * args.seq / elapsed
    result = {
        "mode": mode,
        "impl": impl,
        "shape": shape,
        "tokens_per_s": round(tokens_per_s, 1),
        "mfu": round(tokens_per_s * flops_per_token(model, args.seq, full=not lora) / H100_BF16_FLOPS, 4),
        "peak_gib": round(torch.cuda.max_memory_allocated() / 2**30, 2) if device.type == "cuda" else None,
        "loss_curve": [round(x, 5) for x in curve],
    }
    del step, model
    gc.collect()
    if device.type == "cuda":
        torch.cuda.empty_cache()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--modes", default="lora,full,pretrain")
    parser.add_argument(
        "--shape", choices=list(SHAPES), help="one shape for every mode (default: the issue's)"
    )
    parser.add_argument("--seq", type=int, default=2048)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--steps", type=int, default=20, help="timed steps")
    parser.add_argument(
        "--curve-steps", type=int, default=10, help="steps of the loss-curve check (and warmup)"
    )
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--loss-chunk", type=int, default=4096)
    parser.add_argument("--adapter-dtype", choices=["float32", "bfloat16"], default="float32")
    parser.add_argument("--checkpointing", action="store_true", help="sloika: gradient checkpointing on")
    parser.add_argument("--no-compile", action="store_true")
    parser.add_argument(
        "--attention",
        choices=["sdpa", "flex_attention", "flash_attention_2"],
        default="sdpa",
        help="sloika's attention (the anchor keeps sdpa); packed rows: a block mask, or varlen for flash",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default="bench/out/bench_train.json")
    args = parser.parse_args()

    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    results = []
    for mode in args.modes.split(","):
        shape = args.shape or PLAN[mode]
        pair = {impl: run_one(mode, impl, shape, args, device) for impl in ("anchor", "sloika")}
        anchor, ours = pair["anchor"], pair["sloika"]
        gap = max(abs(a - b) for a, b in zip(anchor["loss_curve"], ours["loss_curve"], strict=True))
        summary = {
            "mode": mode,
            "shape": shape,
            "speedup": round(ours["tokens_per_s"] / anchor["tokens_per_s"], 2),
            "memory_ratio": round(ours["peak_gib"] / anchor["peak_gib"], 2) if anchor["peak_gib"] else None,
            "loss_curve_max_abs_diff": round(gap, 4),
            # bf16 rounding differs (a bf16 base for LoRA, chunked fp32 softmax): allow 2% of the loss
            "loss_curves_agree": bool(gap < 0.02 * float(np.mean(anchor["loss_curve"]))),
            "anchor_measured_in_issue": ANCHOR_MEASURED[mode],
        }
        results.append({"anchor": anchor, "sloika": ours, "summary": summary})
        print(
            f"{mode:8s} {shape:10s} anchor {anchor['tokens_per_s']:>10,.0f} tok/s {anchor['peak_gib']} GiB "
            f"MFU {anchor['mfu']:.3f} | sloika {ours['tokens_per_s']:>10,.0f} tok/s {ours['peak_gib']} GiB "
            f"MFU {ours['mfu']:.3f} | x{summary['speedup']} speed, x{summary['memory_ratio']} memory, "
            f"loss curves max |diff| {gap:.4f}"
        )
        # written after every mode, so a run cut off at its time limit keeps what it measured
        report = {"device": _device_name(device), "args": vars(args), "results": results}
        out.write_text(json.dumps(report, indent=1))
    print(f"written to {out}")


def _device_name(device: torch.device) -> str:
    return torch.cuda.get_device_name(device) if device.type == "cuda" else str(device)


if __name__ == "__main__":
    main()
