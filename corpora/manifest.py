"""manifest.json: what a corpus is, where it came from, and where every input document went.

It is written last, so a folder without it is not a finished corpus.
"""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path
from typing import Any

from sloika.errors import SloikaError

MANIFEST = "manifest.json"


class CorpusError(SloikaError, RuntimeError):
    """A corpus folder that can't be used; the message says what to do."""


def staging_dir(output: Path) -> Path:
    """A fresh hidden folder beside ``output``, so the final rename stays on one filesystem."""
    return output.parent / f".{output.name}.sloika-tmp-{uuid.uuid4().hex[:8]}"


def swap_into_place(new: Path, target: Path) -> None:
    """Rename the finished folder ``new`` to ``target``; an existing ``target`` is moved aside first
    and deleted only after the rename, so at every moment one complete version is in place."""
    if not target.exists():
        new.rename(target)
        return
    old = target.parent / f".{target.name}.sloika-old-{uuid.uuid4().hex[:8]}"
    target.rename(old)
    new.rename(target)
    shutil.rmtree(old)


def write_manifest(corpus: Path, manifest: dict[str, Any]) -> None:
    tmp = corpus / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(corpus / MANIFEST)


def load_manifest(corpus: str | Path) -> dict[str, Any]:
    path = Path(corpus) / MANIFEST
    if not Path(corpus).is_dir():
        raise CorpusError(f"no corpus at {corpus}: build one with `sloika build`")
    if not path.is_file():
        raise CorpusError(
            f"{corpus} has no {MANIFEST}: it is not a finished sloika corpus "
            "(a build that crashed leaves none); rebuild it with `sloika build`"
        )
    return json.loads(path.read_text(encoding="utf-8"))
