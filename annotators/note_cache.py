"""What a language-model producer has generated, kept on disk so a run resumes and a re-run is free.

Every finished batch is appended to ``<state>/cache-<pid>-<random>.jsonl`` (one file per process,
so parallel tasks never write the same file) as ``{"key", "text"}`` lines. The key hashes the
*fingerprint* of everything that decides the text — which weights, which tokenizer and chat template,
which endpoint and served model, the generation settings — and the prompt itself. A line cut short
by a crash is skipped on reading and generated again.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

# files of a model folder that decide what it writes, read whole (small): configuration, tokenizer,
# chat template. Weight files are keyed by name, size and mtime instead of hashing gigabytes.
_SMALL_FILES = (
    "config.json",
    "generation_config.json",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "chat_template.jinja",
    "chat_template.json",
    "vocab.json",
    "merges.txt",
    "tokenizer.model",
    "adapter_config.json",  # a LoRA folder: rank, alpha and targets decide what it writes
)
_WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".gguf", ".index.json")


def model_folder_fingerprint(folder: str | Path) -> dict[str, Any]:
    """The identity of a local model folder: its resolved path, the hashes of its configuration,
    tokenizer and chat-template files, and every weight file's name, size and mtime (a re-trained or
    re-copied checkpoint with the same config is a different model)."""
    folder = Path(folder).resolve()
    files = {}
    for name in _SMALL_FILES:
        path = folder / name
        if path.is_file():
            files[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    weights = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name.endswith(_WEIGHT_SUFFIXES):
            stat = path.stat()
            weights[str(path.relative_to(folder))] = [stat.st_size, stat.st_mtime_ns]
    return {"path": str(folder), "files": files, "weights": weights}


def fingerprint(parts: dict[str, Any]) -> str:
    """A short stable hash of a JSON-serialisable description."""
    return hashlib.sha256(json.dumps(parts, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


class NoteCache:
    """Prompt → generated text for one fingerprint, persisted under ``state_dir`` (or in memory
    only when there is none)."""

    def __init__(self, state_dir: Path | None, key: str):
        self.state_dir = Path(state_dir) if state_dir is not None else None
        self.key = key
        self.texts: dict[str, str] = {}
        if self.state_dir is not None:
            for part in sorted(self.state_dir.glob("cache-*.jsonl")):
                for line in part.read_text(encoding="utf-8").splitlines():
                    try:
                        entry = json.loads(line)
                    except json.JSONDecodeError:  # a line cut short by a crash: generate it again
                        continue
                    self.texts[entry["key"]] = entry["text"]

    def _key(self, prompt: str) -> str:
        return hashlib.sha256(f"{self.key}\0{prompt}".encode()).hexdigest()

    def get(self, prompt: str) -> str | None:
        return self.texts.get(self._key(prompt))

    def fill(self, prompts: Iterable[str], generate: Callable[[list[str]], Iterable[list[str]]]) -> None:
        """Generate the prompts not cached yet; ``generate`` yields one list of texts per finished
        batch (in prompt order), and each batch is on disk before the next one starts."""
        todo = list(dict.fromkeys(p for p in prompts if self.get(p) is None))
        if not todo:
            return
        log = None
        if self.state_dir is not None:
            self.state_dir.mkdir(parents=True, exist_ok=True)
            name = f"cache-{os.getpid()}-{uuid.uuid4().hex[:8]}.jsonl"
            log = open(self.state_dir / name, "a", encoding="utf-8")  # noqa: SIM115
        try:
            done = 0
            for texts in generate(todo):
                for prompt, text in zip(todo[done : done + len(texts)], texts, strict=True):
                    self.texts[self._key(prompt)] = text
                    if log is not None:
                        log.write(
                            json.dumps({"key": self._key(prompt), "text": text}, ensure_ascii=False) + "\n"
                        )
                done += len(texts)
                if log is not None:
                    log.flush()
        finally:
            if log is not None:
                log.close()
