"""External benchmarks: lm-evaluation-harness tasks run on the model in memory, before and after.

The harness (``lm-eval``, the ``eval`` extra) does the prompting, scoring and aggregation; sloika
hands it the loaded model and tokenizer (``HFLM(pretrained=model)``, so an adapter on a base is
judged as it is, without saving a merged copy) and the user's task folders only: the harness's
own task library is not indexed, since its tasks read their data from the hub.

Nothing downloads. Before a model is touched, every task is read with the harness's YAML loader
and refused unless its data are local files (``dataset_path`` one of :data:`LOCAL_BUILDERS` with
``dataset_kwargs.data_files`` that exist, or a local folder) and its metrics are the harness's
own (a metric it would fetch through HF ``evaluate`` is refused). Relative ``data_files`` are
read from the task YAML's folder, so a task folder works from any working directory. The run
itself happens with the hub switched off (:func:`offline`), so a slip fails instead of fetching.

A task folder is code: ``!function`` entries import the folder's Python, as the harness's own CLI
does. Include only folders you trust.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sloika.config import ConfigError
from sloika.training.config import BenchmarksConfig

LOCAL_BUILDERS = ("json", "csv", "parquet", "text", "arrow")
OFFLINE_VARIABLES = ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "HF_EVALUATE_OFFLINE", "TRANSFORMERS_OFFLINE")
INSTALL = "lm-evaluation-harness is not installed: pip install 'sloika[eval]' (or `make install-all`)"


def _harness():
    try:
        import lm_eval
    except ImportError as err:
        raise ConfigError(INSTALL) from err
    return lm_eval


def resolve_tasks(settings: BenchmarksConfig) -> list[dict[str, Any]]:
    """The config of every task named in ``settings`` (tags expanded), checked to read only local
    files, with relative ``data_files`` made absolute against the task YAML's folder; in the
    order named. Raises ConfigError naming the task and what to change."""
    _harness()
    from lm_eval.tasks import TaskManager
    from lm_eval.tasks._yaml_loader import load_yaml

    if not settings.include:
        raise ConfigError(
            "eval.benchmarks.tasks needs eval.benchmarks.include (--lm-eval-include): a folder of task "
            "YAMLs whose data are local files; see training/examples/lm_eval/"
        )
    for folder in settings.include:
        if not Path(folder).is_dir():
            raise ConfigError(f"eval.benchmarks.include: {folder} is not a folder of lm-eval task YAMLs")
    index = TaskManager(include_path=list(settings.include), include_defaults=False).task_index
    resolved = []
    for name in settings.tasks:
        entry = index.get(name)
        if entry is None:
            known = ", ".join(sorted(index)) or "none"
            folders = ", ".join(settings.include)
            raise ConfigError(f"lm-eval task {name!r} is not defined in {folders} (tasks there: {known})")
        kind = entry.kind.name
        if kind == "TAG":
            members = [index[member] for member in sorted(entry.tags) if member in index]
        elif kind == "TASK":
            members = [entry]
        else:
            raise ConfigError(
                f"lm-eval {name!r} is a {kind.lower().replace('_', ' ')}: name its tasks (YAML tasks with "
                "local data) instead, or give them a common `tag:` and name the tag"
            )
        for member in members:
            config = load_yaml(member.yaml_path, resolve_func=True)
            resolved.append(_checked_local(config, Path(member.yaml_path)))
    return resolved


def _checked_local(config: dict[str, Any], yaml_path: Path) -> dict[str, Any]:
    from lm_eval.api.registry import get_metric, metric_registry

    name = config["task"]
    config = {**config, "dataset_kwargs": dict(config.get("dataset_kwargs") or {})}
    source = config.get("dataset_path")
    folder = yaml_path.parent
    if config.get("custom_dataset") is None and source not in LOCAL_BUILDERS:
        local = Path(source or "").expanduser()
        local = local if local.is_absolute() else folder / local
        if not source or not local.is_dir():
            raise ConfigError(
                f"lm-eval task {name!r} ({yaml_path}) reads dataset_path {source!r}, which is not local: "
                f"use dataset_path: json (or {', '.join(LOCAL_BUILDERS[1:])}) with dataset_kwargs: "
                "{data_files: {test: items.jsonl}}; nothing is downloaded"
            )
        config["dataset_path"] = str(local)
    if source in LOCAL_BUILDERS:
        files = config["dataset_kwargs"].get("data_files")
        if not files:
            raise ConfigError(
                f"lm-eval task {name!r} ({yaml_path}): dataset_path {source} needs dataset_kwargs.data_files"
            )
        config["dataset_kwargs"]["data_files"] = _absolute(files, folder, name)
    get_metric("acc")  # fills the harness's metric registry
    for metric in config.get("metric_list") or []:
        named = metric.get("metric")
        if metric.get("hf_evaluate") or (isinstance(named, str) and named not in metric_registry):
            raise ConfigError(
                f"lm-eval task {name!r}: metric {named!r} would be fetched through HF evaluate; use one "
                f"of the harness's own ({', '.join(sorted(metric_registry))})"
            )
    return config


def _absolute(files, folder: Path, task: str):
    """data_files (a path, a list, or a split → path(s) mapping) with each path made absolute
    against ``folder`` and checked to exist."""
    if isinstance(files, dict):
        return {split: _absolute(paths, folder, task) for split, paths in files.items()}
    if isinstance(files, list):
        return [_absolute(path, folder, task) for path in files]
    path = Path(str(files)).expanduser()
    path = path if path.is_absolute() else folder / path
    if not path.is_file():
        raise ConfigError(f"lm-eval task {task!r}: data file {path} does not exist")
    return str(path)


@contextmanager
def offline() -> Iterator[None]:
    """The hub switched off for ``datasets``, ``huggingface_hub``, ``evaluate`` and transformers,
    in the environment and in the flags those libraries read at import time; restored after."""
    import datasets.config
    import huggingface_hub.constants

    saved_env = {name: os.environ.get(name) for name in OFFLINE_VARIABLES}
    flags = [
        (datasets.config, "HF_HUB_OFFLINE"),
        (datasets.config, "HF_DATASETS_OFFLINE"),
        (huggingface_hub.constants, "HF_HUB_OFFLINE"),
    ]
    saved_flags = [getattr(module, attribute) for module, attribute in flags]
    os.environ.update(dict.fromkeys(OFFLINE_VARIABLES, "1"))
    for module, attribute in flags:
        setattr(module, attribute, True)
    try:
        yield
    finally:
        for (module, attribute), value in zip(flags, saved_flags, strict=True):
            setattr(module, attribute, value)
        for name, value in saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def run_benchmarks(model, tokenizer, settings: BenchmarksConfig) -> dict:
    """Every task's metrics for ``model`` (a transformers model, or a peft model with its adapter
    on): ``{task: {metric: value, metric_stderr: value, "items": n, "num_fewshot": k}}``."""
    lm_eval = _harness()
    import torch
    from lm_eval.models.huggingface import HFLM
    from lm_eval.tasks import TaskManager

    tasks = resolve_tasks(settings)
    was_training = model.training
    # its warnings that a model object was passed in (not a hub name) are about what we mean to do
    wrapper_log = logging.getLogger("lm_eval.models.huggingface")
    level = wrapper_log.level
    wrapper_log.setLevel(logging.ERROR)
    try:
        model.eval()
        with offline(), torch.no_grad():
            lm = HFLM(
                pretrained=model,
                tokenizer=tokenizer,
                batch_size=settings.batch_size,
                softmax_dtype=torch.float32,  # log-probabilities in fp32 under a bf16 model
            )
            results = lm_eval.simple_evaluate(
                model=lm,
                tasks=tasks,
                task_manager=TaskManager(include_defaults=False),
                num_fewshot=settings.num_fewshot,
                limit=settings.limit,
                log_samples=False,
                bootstrap_iters=1000,  # stderr of the metrics without a closed form; 100,000 takes minutes
            )
    finally:
        wrapper_log.setLevel(level)
        model.train(was_training)
    return {name: _metrics(results, name) for name in (task["task"] for task in tasks)}


def _metrics(results: dict, task: str) -> dict[str, Any]:
    """One task's numbers: lm-eval's ``acc,none`` keys as ``acc`` (the filter named only when it
    is not the default ``none``), its ``N/A`` stderr as None."""
    numbers: dict[str, Any] = {}
    for key, value in results["results"][task].items():
        if "," not in key:
            continue  # alias, sample counts
        metric, filter_name = key.split(",", 1)
        name = metric if filter_name == "none" else f"{metric}[{filter_name}]"
        if isinstance(value, int | float) and not (isinstance(value, float) and math.isnan(value)):
            numbers[name] = value
        else:
            numbers[name] = None
    numbers["items"] = results["n-samples"][task]["effective"]
    numbers["num_fewshot"] = results["n-shot"][task]
    return numbers
