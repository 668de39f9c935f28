"""What every export records about where it came from: the corpus and its manifest, the filters
that shaped it, and the layers the export read. A training run can then name the exact corpus,
config and annotators behind each token."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from sloika.corpora.manifest import load_manifest, staging_dir
from sloika.corpora.storage import check_target, corpus_root, is_remote, layer_names, located, publish

# build-config sections that decide which documents are in the corpus and how their text looks
FILTER_SECTIONS = ("repair", "limits", "language", "purity", "quality", "dedup")


def provenance(corpus: str | Path, layers_used: list[str]) -> dict[str, Any]:
    """``corpus`` (path and manifest), ``filters`` (the build's filtering config and funnel) and
    ``layers`` (each layer read, with its producer as the corpus manifest records it)."""
    root = corpus_root(corpus)
    manifest = load_manifest(root)
    config = manifest.get("config", {})
    recorded = manifest.get("layers", {})
    return {
        "corpus": {"path": str(root), "manifest": manifest},
        "filters": {
            "config": {key: config[key] for key in FILTER_SECTIONS if key in config},
            "funnel": manifest.get("counts", {}).get("funnel", []),
            "rejected_by_reason": manifest.get("counts", {}).get("rejected_by_reason", []),
        },
        "layers": [{"name": name, **recorded.get(name, {})} for name in layers_used],
    }


def existing_layers(corpus: str | Path) -> set[str]:
    """Layer names with data in the corpus (folders under ``layers/`` holding Parquet parts)."""
    return set(layer_names(corpus))


def check_export_out(out: str | Path, overwrite: bool, inputs: list[str | Path]) -> None:
    """Refuse an ``--out`` the export may not write, before any work: an existing folder without
    ``--overwrite``, anything but a sloika corpus/export folder, the corpus or another input."""
    check_target(out, overwrite, [str(path) for path in inputs], "--out")


class ExportFolder:
    """An export is written into a hidden folder beside ``out`` and renamed into place at the end,
    so a crashed export never leaves a folder that looks finished. An ``out`` behind an fsspec URL is
    written into a local temporary folder and uploaded at the end (``sloika.corpora.storage``)."""

    def __init__(self, out: str | Path, overwrite: bool) -> None:
        self.out, self.overwrite = located(out), overwrite
        check_export_out(self.out, overwrite, [])
        if is_remote(self.out):
            self.work = Path(tempfile.mkdtemp(prefix="sloika-export-"))
        else:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            self.work = staging_dir(self.out)
            self.work.mkdir()

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        text = json.dumps(manifest, ensure_ascii=False, indent=2, default=str) + "\n"
        (self.work / "export_manifest.json").write_text(text, encoding="utf-8")

    def __enter__(self) -> ExportFolder:
        return self

    def __exit__(self, error_type, error, traceback) -> None:
        """Publish when the block finished, throw the half-written folder away when it raised."""
        try:
            if error_type is None:
                publish(self.work, self.out, self.overwrite)
        finally:
            shutil.rmtree(self.work, ignore_errors=True)
