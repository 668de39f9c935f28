"""manifest.json: what a corpus is, where it came from, and where every input document went.

It is written last, so a folder without it is not a finished corpus.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sloika.corpora.swap import recover_swap, staging_dir, swap_into_place
from sloika.errors import SloikaError

MANIFEST = "manifest.json"


class CorpusError(SloikaError, RuntimeError):
    """A corpus folder that can't be used; the message says what to do."""


def write_manifest(corpus: Path, manifest: dict[str, Any]) -> None:
    tmp = corpus / (MANIFEST + ".tmp")
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    # a file name with non-UTF-8 bytes (in the config's inputs) is written as a JSON \udcXX escape
    tmp.write_bytes(text.encode("utf-8", errors="backslashreplace"))
    tmp.replace(corpus / MANIFEST)


def load_manifest(corpus: str | Path) -> dict[str, Any]:
    recover_swap(Path(corpus))
    path = Path(corpus) / MANIFEST
    if not Path(corpus).is_dir():
        raise CorpusError(f"no corpus at {corpus}: build one with `sloika build`")
    if not path.is_file():
        raise CorpusError(
            f"{corpus} has no {MANIFEST}: it is not a finished sloika corpus "
            "(a build that crashed leaves none); rebuild it with `sloika build`"
        )
    return json.loads(path.read_text(encoding="utf-8"))


__all__ = ["MANIFEST", "CorpusError", "load_manifest", "staging_dir", "swap_into_place", "write_manifest"]
