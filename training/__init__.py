"""Training on sloika's exports: LoRA, full fine-tuning and pretraining, adapter merging, and
before/after evaluation of language purity.

Importable without datatrove, spaCy or DuckDB: a GPU box needs torch, transformers, peft,
safetensors, pyarrow, pydantic and pyyaml. torch and transformers are imported by the modules
that use them, not here, so ``import sloika.training`` stays cheap. See docs/training.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sloika.config import ConfigError

RECIPES = ("lora", "full", "pretrain")


def train(
    recipe: str,
    config_path: str | Path,
    resume: bool = False,
    overrides: dict[str, Any] | None = None,
    steps: int | None = None,
    log=print,
) -> dict[str, Any]:
    """Run a recipe on a YAML config; returns its report (also in <output>/eval.json) and ``output``."""
    from sloika.training.config import load_run_config

    if recipe not in RECIPES:
        raise ConfigError(f"unknown recipe {recipe!r}; choose one of {', '.join(RECIPES)}")
    overrides = dict(overrides or {})
    if steps is not None:
        overrides["train"] = {**overrides.get("train", {}), "steps": steps}
    config = load_run_config(config_path, recipe, overrides)
    if config.eval.enabled and config.eval.benchmarks.tasks:
        from sloika.training.benchmarks import resolve_tasks

        resolve_tasks(config.eval.benchmarks)  # a task that would download fails now, not after training
    if recipe == "lora":
        from sloika.training.recipes.lora import run
    elif recipe == "full":
        from sloika.training.recipes.full import run
    else:
        from sloika.training.recipes.pretrain import run
    from sloika.training.distributed import close_group

    finished = False
    try:
        report = run(config, resume=resume, log=log)
        finished = True
        return {"output": config.output, **report}
    finally:
        close_group(finished)
