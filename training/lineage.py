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


def write_run_folder(folder: Path, recipe: str, config: RunConfig, export_manifest: dict[str, Any]) -> None:
    """config.yaml (resolved, defaults included) and lineage.json; refuses to mix two different runs."""
    folder.mkdir(parents=True, exist_ok=True)
    resolved = config.model_dump(mode="json")
    existing = folder / "config.yaml"
    if existing.is_file() and yaml.safe_load(existing.read_text(encoding="utf-8")) != resolved:
        raise ConfigError(
            f"{folder} holds a run with a different config: pick another `output`, or delete the folder"
        )
    existing.write_text(yaml.safe_dump(resolved, allow_unicode=True, sort_keys=False), encoding="utf-8")
    corpus = export_manifest.get("corpus") or {}
    lineage = {
        "recipe": recipe,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": sys.argv,
        "versions": versions(),
        "config": resolved,
        "export": {"path": config.data.export, "manifest": export_manifest},
        "corpus": {"path": corpus.get("path"), "manifest": corpus.get("manifest")},
    }
    (folder / "lineage.json").write_text(json.dumps(lineage, ensure_ascii=False, indent=1), encoding="utf-8")
