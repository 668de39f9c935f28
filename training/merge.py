"""Merging LoRA adapters on their weight changes ΔW_i = s_i·B_i·A_i, and folding them into the base.

Merging the A and B factors separately (peft's ``add_weighted_adapter`` with ``linear``/``ties``)
is not a merge of what the adapters learned: Σ w_i·B_i · Σ w_i·A_i has cross terms B_i·A_j, and
TIES would elect signs over factor entries. Here every adapter's ΔW comes from peft itself
(``LoraLayer.get_delta_weight``: scaling, rsLoRA and rank/alpha patterns included), the methods are
peft's tensor primitives (``peft.utils.merge_utils``, the ones mergekit's methods are named after)
applied to the ΔW_i, and the result is

* folded into the base weights (``unload=True``): W + merged ΔW, a plain transformers model, or
* brought back to a LoRA of rank ``rank`` by a truncated SVD (B = U·√S, A = √S·Vᵀ, scaling 1);
  ``merge.json`` records the relative error the truncation left. Linear merges of ranks r_i are
  exact at rank Σ r_i, the default.

Methods: ``linear`` (task arithmetic: W + Σ w_i·ΔW_i), ``ties`` (trim to ``density`` by magnitude,
elect the sign per entry, average the agreeing entries), ``dare_linear`` / ``dare_ties`` (drop at
random to ``density`` and rescale; ``seed`` repeats it), ``magnitude_prune``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import torch

from sloika.config import ConfigError
from sloika.errors import InputError
from sloika.training.lineage import versions
from sloika.training.modeling import load_tokenizer, local_folder, save_generation_stops

METHODS = ("linear", "ties", "dare_linear", "dare_ties", "magnitude_prune")
DENSITY_METHODS = ("ties", "dare_linear", "dare_ties", "magnitude_prune")
PREFIX = "base_model.model."  # peft's name for the wrapped model's modules


def combine(method: str, deltas: list[torch.Tensor], weights: list[float], density: float) -> torch.Tensor:
    """One module's merged ΔW from the adapters' ΔW_i (peft's merge_utils on the weight changes)."""
    from peft.utils import merge_utils

    w = torch.tensor(weights, dtype=deltas[0].dtype, device=deltas[0].device)
    if method == "linear":
        return merge_utils.task_arithmetic(deltas, w)
    if method == "ties":
        return merge_utils.ties(deltas, w, density)
    if method == "dare_linear":
        return merge_utils.dare_linear(deltas, w, density)
    if method == "dare_ties":
        return merge_utils.dare_ties(deltas, w, density)
    if method == "magnitude_prune":
        return merge_utils.magnitude_prune(deltas, w, density)
    raise ValueError(f"unknown merge method {method!r}; choose one of {', '.join(METHODS)}")


def _check_adapter(path: str) -> dict[str, Any]:
    config_path = Path(path) / "adapter_config.json"
    if not config_path.is_file():
        raise InputError(f"{path} is not a LoRA adapter folder (no adapter_config.json)")
    config = json.loads(config_path.read_text(encoding="utf-8"))
    if config.get("peft_type") != "LORA":
        raise InputError(f"{path} is a {config.get('peft_type')} adapter; only LoRA adapters are merged")
    if config.get("use_dora"):
        raise InputError(f"{path} is a DoRA adapter: its weight change is not s·B·A; fold it with peft")
    return config


def adapter_deltas(base: str, adapters: list[str]) -> tuple[torch.nn.Module, dict[str, list[torch.Tensor]]]:
    """The base model (LoRA layers removed, weights untouched) and, per adapted module, every
    adapter's ΔW in fp32 (zeros where an adapter does not touch the module)."""
    from peft import PeftModel
    from peft.tuners.lora import LoraLayer
    from transformers import AutoModelForCausalLM

    for path in adapters:
        _check_adapter(path)
    model = AutoModelForCausalLM.from_pretrained(
        str(local_folder(base)), dtype=torch.float32, local_files_only=True
    )
    names = [f"a{i}" for i in range(len(adapters))]
    model = PeftModel.from_pretrained(model, adapters[0], adapter_name=names[0])
    for path, name in zip(adapters[1:], names[1:], strict=True):
        model.load_adapter(path, adapter_name=name)
    deltas: dict[str, list[torch.Tensor]] = {}
    with torch.no_grad():
        for key, module in model.named_modules():
            if not isinstance(module, LoraLayer) or not module.lora_A:
                continue
            if not isinstance(module.get_base_layer(), torch.nn.Linear):
                raise ConfigError(
                    f"{key.removeprefix(PREFIX)} is a {type(module.get_base_layer()).__name__}: only LoRA on "
                    "linear layers is merged here"
                )
            weight = module.get_base_layer().weight
            deltas[key.removeprefix(PREFIX)] = [
                module.get_delta_weight(name).float() if name in module.lora_A else torch.zeros_like(weight)
                for name in names
            ]
    return model.unload(), deltas


def low_rank(delta: torch.Tensor, rank: int) -> tuple[torch.Tensor, torch.Tensor, float, float]:
    """(A, B, squared error, squared norm): the best rank-``rank`` B·A ≈ ΔW (Eckart–Young), its
    singular values shared evenly between the factors."""
    u, s, vh = torch.linalg.svd(delta.double(), full_matrices=False)
    k = min(rank, s.numel())
    root = s[:k].sqrt()
    b, a = u[:, :k] * root, root[:, None] * vh[:k]
    return a.float(), b.float(), float((s[k:] ** 2).sum()), float((s**2).sum())


def merge(
    base: str,
    adapters: list[str],
    out: str,
    method: str = "ties",
    weights: list[float] | None = None,
    density: float = 0.5,
    unload: bool = False,
    seed: int = 0,
    rank: int | None = None,
) -> Path:
    """Write the merged adapter to ``out`` (or, with ``unload``, the base with the merge folded in).

    One adapter is not a merge: with ``unload`` it is folded in (``merge.json`` says ``fold``);
    without, there is nothing to write and it is refused.
    """
    if method not in METHODS:
        raise ConfigError(f"unknown merge method {method!r}; choose one of {', '.join(METHODS)}")
    if not adapters:
        raise ConfigError("give at least one --adapter folder")
    if len(adapters) == 1 and not unload:
        raise ConfigError(
            "one adapter is nothing to merge: give two or more --adapter folders, or --unload to fold "
            "this one into the base model"
        )
    if not 0 < density <= 1:
        raise ConfigError(f"--density {density}: the share of each ΔW kept, in (0, 1]")
    folding = len(adapters) == 1
    if weights is None:
        weights = [1.0 / len(adapters) if method == "linear" else 1.0] * len(adapters)
    if len(weights) != len(adapters):
        raise ConfigError(f"{len(weights)} weights for {len(adapters)} adapters: give one weight per adapter")
    configs = [_check_adapter(path) for path in adapters]
    target = Path(out)
    if (target / "config.json").exists() or (target / "adapter_config.json").exists():
        raise InputError(f"{target} already holds a model or adapter: choose another --out")

    model, deltas = adapter_deltas(base, adapters)
    torch.manual_seed(seed)  # DARE's random drop; modules in a fixed order, so the seed repeats it
    merged = {
        key: (per[0] * weights[0] if folding else combine(method, per, weights, density))
        for key, per in sorted(deltas.items())
    }

    record: dict[str, Any] = {"operation": "fold" if folding else "merge", "base": base}
    if not folding:
        record.update(method=method, weights=weights, seed=seed)
        record["density"] = density if method in DENSITY_METHODS else None
    else:
        record["weight"] = weights[0]
    modules = dict(model.named_modules())
    if unload:
        with torch.no_grad():
            for key, delta in merged.items():
                layer = modules[key]
                layer.weight += delta.to(layer.weight.dtype)
        model.save_pretrained(target)
        record["unloaded"] = True
    else:
        rank = rank or min(sum(int(c["r"]) for c in configs), 4096)
        record.update(unloaded=False, rank=rank)
        record["svd_relative_error"] = _save_low_rank(model, merged, rank, target)
    tokenizer_folder = adapters[0] if (Path(adapters[0]) / "tokenizer_config.json").is_file() else base
    tokenizer = load_tokenizer(tokenizer_folder)  # the adapters' tokenizer carries their chat template
    tokenizer.save_pretrained(target)
    if unload:
        save_generation_stops(target, tokenizer)
    record["adapters"] = [
        adapter_lineage(path, config) for path, config in zip(adapters, configs, strict=True)
    ]
    record["versions"] = versions()
    (target / "merge.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    return target


def _save_low_rank(model, merged: dict[str, torch.Tensor], rank: int, target: Path) -> float:
    """A peft adapter of rank ``rank`` (alpha = rank: scaling 1) holding the SVD of each merged ΔW;
    returns the relative Frobenius error over all modules."""
    from peft import LoraConfig, get_peft_model

    config = LoraConfig(r=rank, lora_alpha=rank, target_modules=sorted(merged), task_type="CAUSAL_LM")
    peft_model = get_peft_model(model, config)
    modules = dict(peft_model.named_modules())
    error = norm = 0.0
    with torch.no_grad():
        for key, delta in merged.items():
            a, b, lost, total = low_rank(delta, rank)
            layer = modules[PREFIX + key]
            width = a.shape[0]  # below ``rank`` when the matrix is smaller: the rest stay zero
            layer.lora_A["default"].weight.zero_()[:width] = a
            layer.lora_B["default"].weight.zero_()[:, :width] = b
            error, norm = error + lost, norm + total
    peft_model.save_pretrained(target)
    return (error / norm) ** 0.5 if norm else 0.0


def adapter_lineage(path: str, config: dict[str, Any]) -> dict[str, Any]:
    """An input adapter as merge.json records it: its shape, a hash of its weights, and what made
    it: the training run's lineage.json (config, export and corpus manifests) or its own merge.json."""
    folder = Path(path)
    weights = folder / "adapter_model.safetensors"
    entry: dict[str, Any] = {
        "path": str(folder),
        "r": config.get("r"),
        "lora_alpha": config.get("lora_alpha"),
        "target_modules": config.get("target_modules"),
        "sha256": hashlib.sha256(weights.read_bytes()).hexdigest() if weights.is_file() else None,
    }
    if (folder / "merge.json").is_file():
        entry["merge"] = json.loads((folder / "merge.json").read_text(encoding="utf-8"))
    for parent in list(folder.resolve().parents)[:3]:  # <run>/adapter or <run>/topics/<topic>/adapter
        if (parent / "lineage.json").is_file():
            entry["run"] = str(parent)
            entry["lineage"] = json.loads((parent / "lineage.json").read_text(encoding="utf-8"))
            if folder.resolve().parent.parent.name == "topics":
                entry["topic"] = folder.resolve().parent.name
            break
    return entry
