"""Merging LoRA adapters (peft's ``add_weighted_adapter``) and folding them into a full model.

linear needs equal ranks; ties, dare_ties, dare_linear and magnitude_prune prune by ``density``
(DARE drops at random: the seed makes it repeatable); cat and svd keep more of each adapter.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch

from sloika.config import ConfigError
from sloika.errors import InputError
from sloika.training.lineage import versions
from sloika.training.modeling import load_tokenizer, local_folder

METHODS = ("linear", "ties", "dare_ties", "dare_linear", "magnitude_prune", "cat", "svd")
DENSITY_METHODS = ("ties", "dare_ties", "dare_linear", "magnitude_prune")
MERGED = "default"  # peft saves the "default" adapter at the top of the folder, others in subfolders


def load_with_adapters(base: str, adapters: list[str], names: list[str], dtype: torch.dtype = torch.float32):
    """The base model with every adapter loaded under its name."""
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(str(local_folder(base)), dtype=dtype, local_files_only=True)
    for index, (adapter, name) in enumerate(zip(adapters, names, strict=True)):
        if not (Path(adapter) / "adapter_config.json").is_file():
            raise InputError(f"{adapter} is not a LoRA adapter folder (no adapter_config.json)")
        if index == 0:
            model = PeftModel.from_pretrained(model, adapter, adapter_name=name)
        else:
            model.load_adapter(adapter, adapter_name=name)
    return model


def merge(
    base: str,
    adapters: list[str],
    out: str,
    method: str = "ties",
    weights: list[float] | None = None,
    density: float = 0.5,
    unload: bool = False,
    seed: int = 0,
) -> Path:
    """Write the merged adapter to ``out`` (or, with ``unload``, the full model with it folded in)."""
    if method not in METHODS:
        raise ConfigError(f"unknown merge method {method!r}; choose one of {', '.join(METHODS)}")
    if not adapters:
        raise ConfigError("give at least one --adapter folder")
    if weights is None:
        weights = [1.0 / len(adapters) if method == "linear" else 1.0] * len(adapters)
    if len(weights) != len(adapters):
        raise ConfigError(f"{len(weights)} weights for {len(adapters)} adapters: give one weight per adapter")
    names = [MERGED] if len(adapters) == 1 else [f"a{i}" for i in range(len(adapters))]
    model = load_with_adapters(base, adapters, names)
    if len(adapters) > 1:
        torch.manual_seed(seed)
        options = {"density": density} if method in DENSITY_METHODS else {}
        model.add_weighted_adapter(names, weights, MERGED, combination_type=method, **options)
        model.set_adapter(MERGED)
        for name in names:
            model.delete_adapter(name)
    target = Path(out)
    if unload:
        model.merge_and_unload().save_pretrained(target)
    else:
        model.save_pretrained(target)
    # the adapters' tokenizer: it carries the chat template they were trained with
    tokenizer_folder = adapters[0] if (Path(adapters[0]) / "tokenizer_config.json").is_file() else base
    load_tokenizer(tokenizer_folder).save_pretrained(target)
    record = {
        "base": base,
        "adapters": adapters,
        "method": method,
        "weights": weights,
        "density": density if method in DENSITY_METHODS else None,
        "unloaded": unload,
        "seed": seed,
        "versions": versions(),
    }
    (target / "merge.json").write_text(json.dumps(record, indent=1), encoding="utf-8")
    return target
