"""``sloika eval RUN``: evaluate a finished run again (new prompts, another language, the script
processor on or off) without training: the model before (base or random init is skipped for
pretraining) next to the model after, on the run's own validation data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
import yaml

from sloika.config import merge_overrides
from sloika.errors import InputError
from sloika.training import evaluate as ev
from sloika.training.config import BenchmarksConfig, RunConfig, validate_run_config
from sloika.training.data import pretrain_rows, sft_rows
from sloika.training.modeling import load_pretrained, load_tokenizer, pick_device, uses_bf16


def evaluate_run(folder: str | Path, eval_overrides: dict[str, Any] | None = None, log=print) -> dict:
    folder = Path(folder)
    if not (folder / "lineage.json").is_file() and (folder / "merge.json").is_file():
        return evaluate_merge(folder, eval_overrides, log)
    if not (folder / "lineage.json").is_file():
        raise InputError(
            f"{folder} is neither a training run folder (no lineage.json) nor a `sloika adapters merge` "
            "output (no merge.json)"
        )
    raw = yaml.safe_load((folder / "config.yaml").read_text(encoding="utf-8"))
    raw["eval"] = merge_overrides(raw.get("eval", {}), eval_overrides or {})
    config = validate_run_config(raw, origin=str(folder / "config.yaml"))
    check_benchmarks(config)
    recipe = json.loads((folder / "lineage.json").read_text(encoding="utf-8"))["recipe"]
    device = pick_device()
    bf16 = uses_bf16(config.speed, device)
    columns = _columns(config, folder, recipe, device, bf16)
    log(ev.table(columns))
    report = {"run": str(folder), "recipe": recipe, "evaluation": columns}
    path = folder / "eval.rerun.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return report


def _columns(config: RunConfig, folder: Path, recipe: str, device, bf16: bool) -> dict[str, dict]:
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    settings, batch, chunk = config.eval, config.data.batch_size, config.speed.loss_chunk
    dtype = torch.bfloat16 if bf16 else torch.float32
    if recipe == "pretrain":
        _, validation, _, _ = pretrain_rows(config)
        model = AutoModelForCausalLM.from_pretrained(
            str(folder / "model"), dtype=dtype, local_files_only=True
        )
        tokenizer = load_tokenizer(folder / "model")
        return {
            "trained": ev.evaluate(
                model.to(device), tokenizer, validation, settings, batch, chunk, device, bf16
            )
        }

    base, tokenizer = load_pretrained(config, device, dtype)
    columns = {}
    if recipe == "full":
        _, validation = sft_rows(config, tokenizer)
        columns["before"] = ev.evaluate(base, tokenizer, validation, settings, batch, chunk, device, bf16)
        del base
        after = AutoModelForCausalLM.from_pretrained(
            str(folder / "model"), dtype=dtype, local_files_only=True
        )
        columns["after"] = ev.evaluate(
            after.to(device), tokenizer, validation, settings, batch, chunk, device, bf16
        )
        return columns

    # one adapter, or one per topic, each judged on its own topic's validation set
    adapters = (
        {None: folder / "adapter"}
        if (folder / "adapter").is_dir()
        else {
            p.name: p / "adapter" for p in sorted((folder / "topics").iterdir()) if (p / "adapter").is_dir()
        }
    )
    model = None
    once = settings.model_copy(update={"benchmarks": BenchmarksConfig()})  # the base's scores: first topic
    for topic, path in adapters.items():
        _, validation = sft_rows(config, tokenizer, topic)
        suffix = f" {topic}" if topic else ""
        name = topic or "default"
        if model is None:
            model = PeftModel.from_pretrained(base, str(path), adapter_name=name)
        else:
            model.load_adapter(str(path), adapter_name=name)
        with model.disable_adapter():
            columns[f"base{suffix}"] = ev.evaluate(
                model, tokenizer, validation, once if columns else settings, batch, chunk, device, bf16
            )
        model.set_adapter(name)
        columns[f"adapter{suffix}"] = ev.evaluate(
            model, tokenizer, validation, settings, batch, chunk, device, bf16
        )
    return columns


def evaluate_merge(folder: Path, eval_overrides: dict[str, Any] | None, log=print) -> dict:
    """A merged adapter or a folded-in model against its base, on the data and eval settings of
    the first input adapter's training run (from merge.json's lineage): the whole export's
    validation split, since a merge spans topics."""
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    record = json.loads((folder / "merge.json").read_text(encoding="utf-8"))
    runs = run_configs(record)
    if not runs:
        raise InputError(
            f"{folder}/merge.json names no adapter with a training run (lineage.json): its data and eval "
            "settings are unknown; evaluate the run folders the adapters came from"
        )
    raw = {**runs[0], "model": {**runs[0]["model"], "path": record["base"]}}
    raw["data"] = {**raw["data"], "per_topic": False, "topics": []}
    raw["eval"] = merge_overrides({**raw.get("eval", {}), "enabled": True}, eval_overrides or {})
    config = validate_run_config(raw, origin=str(folder / "merge.json"))
    check_benchmarks(config)
    device = pick_device()
    bf16 = uses_bf16(config.speed, device)
    dtype = torch.bfloat16 if bf16 else torch.float32
    settings, batch, chunk = config.eval, config.data.batch_size, config.speed.loss_chunk
    base, _ = load_pretrained(config, device, dtype)
    tokenizer = load_tokenizer(folder)  # the merge's tokenizer carries the adapters' chat template
    _, validation = sft_rows(config, tokenizer, log=log)
    columns = {"base": ev.evaluate(base, tokenizer, validation, settings, batch, chunk, device, bf16)}
    if record.get("unloaded"):
        del base
        merged = AutoModelForCausalLM.from_pretrained(str(folder), dtype=dtype, local_files_only=True)
    else:
        merged = PeftModel.from_pretrained(base, str(folder))
    name = "folded" if record.get("unloaded") else "merged"
    columns[name] = ev.evaluate(
        merged.to(device), tokenizer, validation, settings, batch, chunk, device, bf16
    )
    log(ev.table(columns))
    report = {"merge": str(folder), "evaluation": columns}
    (folder / "eval.rerun.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return report


def run_configs(record: dict) -> list[dict]:
    """The training-run configs behind a merge.json, through merges of merges."""
    found = []
    for entry in record.get("adapters", []):
        if "config" in entry.get("lineage", {}):
            found.append(entry["lineage"]["config"])
        found += run_configs(entry.get("merge") or {})
    return found


def check_benchmarks(config: RunConfig) -> None:
    """External benchmark tasks are checked (local data, known metrics) before a model loads."""
    if config.eval.enabled and config.eval.benchmarks.tasks:
        from sloika.training.benchmarks import resolve_tasks

        resolve_tasks(config.eval.benchmarks)
