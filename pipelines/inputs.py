"""Turn the user's ``--input`` specs (files, folders, globs, fsspec URLs) into a list of files.

The list is sorted and fingerprinted, so a build knows exactly what it read and two runs over the
same files see them in the same order.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass

import fsspec
import xxhash

from sloika.config import ConfigError, InputSpec
from sloika.pipelines.formats import DEFAULT_KIND
from sloika.pipelines.formats import SUFFIXES as FORMAT_SUFFIXES

FORMAT_BY_SUFFIX = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".txt": "text",
}
FORMAT_BY_SUFFIX.update(FORMAT_SUFFIXES)  # papers, transcripts, chats, web pages
COMPRESSION_BY_SUFFIX = {".gz": "gzip", ".zst": "zstd", ".zstd": "zstd"}
UNSUPPORTED = "unsupported"
SNIFF_BYTES = 8192


@dataclass(frozen=True)
class InputFile:
    """One file to read, with what the reader needs to know about it."""

    path: str  # as the user would write it: relative stays relative, URLs keep their protocol
    format: str  # jsonl | parquet | text | unsupported
    compression: str | None
    kind: str
    text_key: str
    size: int

    def to_dict(self) -> dict:
        return asdict(self)


def detect_format(path: str) -> tuple[str, str | None]:
    """(format, compression) from the file name, e.g. ``a.jsonl.zst`` → (jsonl, zstd)."""
    name = path.lower()
    compression = None
    for suffix, codec in COMPRESSION_BY_SUFFIX.items():
        if name.endswith(suffix):
            compression, name = codec, name[: -len(suffix)]
            break
    for suffix, fmt in FORMAT_BY_SUFFIX.items():
        if name.endswith(suffix):
            return fmt, compression
    return UNSUPPORTED, compression


def _no_extension(path: str) -> bool:
    """No suffix a format could be named by: ``COPYING``, ``fortunes/love``, ``2001.03``."""
    suffix = os.path.splitext(path.rsplit("/", 1)[-1])[1]
    return not suffix or suffix[1:].isdigit()


def sniff_text_format(fs: fsspec.AbstractFileSystem, path: str) -> str:
    """An extensionless file without NUL bytes is ``fortune`` (``%`` separator lines) or ``text``
    (which rejects it as ``invalid_utf8``, with advice, if it is not UTF-8); a binary one stays
    unsupported and is recorded as such."""
    from sloika.pipelines.formats.fortune import is_fortune

    with fs.open(path, "rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if b"\0" in head:
        return UNSUPPORTED
    text = head.decode("utf-8", errors="ignore")
    return "fortune" if is_fortune(text) else "text"


def resolve_inputs(specs: list[InputSpec]) -> list[InputFile]:
    """Expand every spec into files; a spec that matches nothing is an error the user must fix."""
    files: dict[str, InputFile] = {}
    for spec in specs:
        fs, root = fsspec.core.url_to_fs(spec.path)
        matches = _expand(fs, spec.path, root)
        if not matches:
            raise ConfigError(f"input `{spec.path}` matches no files: check the path or quote the glob")
        for full_path, size in matches:
            shown = _as_user_path(fs, spec.path, full_path)
            fmt, compression = detect_format(shown)
            if fmt == UNSUPPORTED and spec.format == "auto" and _no_extension(shown):
                fmt = sniff_text_format(fs, full_path)
            if spec.format != "auto":
                fmt = spec.format
            kind = spec.kind if "kind" in spec.model_fields_set else DEFAULT_KIND.get(fmt, spec.kind)
            files.setdefault(shown, InputFile(shown, fmt, compression, kind, spec.text_key, size))
    return sorted(files.values(), key=lambda f: f.path)


def _expand(fs: fsspec.AbstractFileSystem, spec_path: str, root: str) -> list[tuple[str, int]]:
    if any(ch in spec_path for ch in "*?["):
        paths, base = fs.glob(root, detail=True), None
    elif fs.isdir(root):
        paths, base = fs.find(root, detail=True), root.rstrip("/")
    elif fs.exists(root):
        return [(root, int(fs.info(root).get("size") or 0))]
    else:
        return []
    return [
        (path, int(info.get("size") or 0))
        for path, info in paths.items()
        if info.get("type") == "file"
        and not _is_hidden(path[len(base) :] if base else path.rsplit("/", 1)[-1])
    ]


def _is_hidden(relative: str) -> bool:
    """Dot-files and dot-folders below the input root (.git, .DS_Store) are not documents."""
    return any(part.startswith(".") for part in relative.split("/") if part not in ("", ".", ".."))


def _as_user_path(fs: fsspec.AbstractFileSystem, spec_path: str, full_path: str) -> str:
    """Local paths relative to the working directory when the user wrote a relative path."""
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    if protocol in ("file", "local"):
        return full_path if os.path.isabs(spec_path) else os.path.relpath(full_path)
    return fs.unstrip_protocol(full_path)


def fingerprint(file: InputFile, chunk: int = 1 << 20) -> str:
    """xxh3-64 of the file's bytes: cheap enough for every build, and it tells two inputs apart."""
    digest = xxhash.xxh3_64()
    with fsspec.open(file.path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()
