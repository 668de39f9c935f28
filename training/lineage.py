"""What a run was made of: its config, the export manifests and the corpus manifests behind them.

A trained adapter or model is only as explainable as its data; ``lineage.json`` in every run
folder lets anyone go from a checkpoint back to the corpus build that produced its text.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import yaml

from sloika.config import ConfigError
from sloika.training.config import RunConfig

PACKAGES = ("sloika", "torch", "transformers", "peft", "accelerate", "tokenizers")


def versions() -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for package in PACKAGES:
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = None
    return found


def config_differences(old: Any, new: Any, prefix: str = "") -> list[str]:
    """Dotted keys whose values differ between two resolved configs, with both values."""
    if isinstance(old, dict) and isinstance(new, dict):
        found = []
        for key in list(dict.fromkeys([*old, *new])):
            found += config_differences(old.get(key), new.get(key), f"{prefix}{key}.")
        return found
    return [] if old == new else [f"{prefix.rstrip('.')}: {old!r} → {new!r}"]


def has_results(folder: Path) -> bool:
    """Whether a run folder holds training results (checkpoints, an adapter, a model, topics)."""
    return any(
        (folder / name).is_dir() and any((folder / name).iterdir())
        for name in ("checkpoints", "adapter", "model", "topics")
    )


def write_run_folder(
    folder: Path, recipe: str, config: RunConfig, export_manifest: dict[str, Any], resume: bool = False
) -> None:
    """config.yaml (resolved, defaults included) and lineage.json, written only after every check:

    * a folder with results and a different config is refused, naming the keys that differ;
    * a folder with results is trained on only with ``resume`` (then ``created`` and ``command``
      are kept and the resume is appended to ``resumed``);
    * a folder without results (a run that died before training) takes the new config.
    """
    resolved = config.model_dump(mode="json")
    existing = folder / "config.yaml"
    results = has_results(folder)
    if results and existing.is_file():
        changed = config_differences(yaml.safe_load(existing.read_text(encoding="utf-8")), resolved)
        if changed:
            raise ConfigError(
                f"{folder} holds a run with a different config ({'; '.join(changed[:5])}): put the old "
                "values back to continue it, or pick another `output`"
            )
    if results and not resume:
        raise ConfigError(
            f"{folder} already holds a run: add --resume to continue it, or pick another `output`"
        )
    now = {"at": datetime.now(UTC).isoformat(timespec="seconds"), "command": sys.argv}
    previous = folder / "lineage.json"
    earlier = json.loads(previous.read_text(encoding="utf-8")) if results and previous.is_file() else {}
    corpus = export_manifest.get("corpus") or {}
    lineage = {
        "recipe": recipe,
        "created": earlier.get("created", now["at"]),
        "command": earlier.get("command", now["command"]),
        "resumed": [*earlier.get("resumed", []), *([now] if earlier else [])],
        "versions": versions(),
        "config": resolved,
        "export": {"path": config.data.export, "manifest": export_manifest},
        "corpus": {"path": corpus.get("path"), "manifest": corpus.get("manifest")},
    }
    folder.mkdir(parents=True, exist_ok=True)
    existing.write_text(yaml.safe_dump(resolved, allow_unicode=True, sort_keys=False), encoding="utf-8")
    previous.write_text(json.dumps(lineage, ensure_ascii=False, indent=1), encoding="utf-8")
