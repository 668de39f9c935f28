"""manifest.json: what a corpus is, where it came from, and where every input document went.

It is written last, so a folder without it is not a finished corpus.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sloika.corpora.storage import PUBLISHING, exists, is_remote, local_path, read_text, upload_interrupted
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
    """The manifest of the corpus at ``corpus``, a local folder or an fsspec URL."""
    if not is_remote(corpus):
        corpus = local_path(corpus)
        recover_swap(corpus)
    if not exists(corpus):
        raise CorpusError(f"no corpus at {corpus}: build one with `sloika build`")
    text = read_text(corpus, MANIFEST)
    if text is None and upload_interrupted(corpus):
        raise CorpusError(
            f"{corpus} holds an upload of a corpus that never finished (the {PUBLISHING} marker "
            "is there, the manifest is not): build it again with --overwrite"
        )
    if text is None:
        raise CorpusError(
            f"{corpus} has no {MANIFEST}: it is not a finished sloika corpus "
            "(a build that crashed leaves none); rebuild it with `sloika build`"
        )
    return json.loads(text)


__all__ = ["MANIFEST", "CorpusError", "load_manifest", "staging_dir", "swap_into_place", "write_manifest"]
