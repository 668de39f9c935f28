"""Publishing a finished folder in place of an old one, without destroying anything else.

sloika writes every corpus and export into a hidden folder beside its target and renames it into
place at the end. Three rules keep that safe:

- only a folder that is sloika's own (it holds a corpus or export manifest, or is empty) is ever
  replaced; anything else is refused *before* any work starts (``check_replaceable``);
- an output may not be, contain or lie inside an input (``check_apart_from_inputs``);
- the old version is renamed aside (``.<name>.sloika-old-<id>``) before the new one moves in,
  and deleted only after; if the process dies between the two renames, the next command that
  touches the path puts the old version back (``recover_swap``).
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
from collections.abc import Iterable
from pathlib import Path

from fsspec.core import split_protocol

from sloika.errors import SloikaError

MANIFESTS = ("manifest.json", "export_manifest.json")  # a corpus's, an export's


class UnsafeOutputError(SloikaError, RuntimeError):
    """An output path sloika must not write to; the message says what to do instead."""


def staging_dir(output: Path) -> Path:
    """A fresh hidden folder beside ``output``, so the final rename stays on one filesystem."""
    return output.parent / f".{output.name}.sloika-tmp-{uuid.uuid4().hex[:8]}"


def _old_versions(target: Path) -> list[Path]:
    pattern = re.compile(rf"\.{re.escape(target.name)}\.sloika-old-[0-9a-f]{{8}}")
    if not target.parent.is_dir():
        return []
    olds = [p for p in target.parent.iterdir() if pattern.fullmatch(p.name) and p.is_dir()]
    return sorted(olds, key=lambda p: p.stat().st_mtime)


def recover_swap(target: Path) -> None:
    """Finish a swap that a killed process left half done.

    No ``target`` but an old version beside it: the process died between moving the old version
    aside and moving the new one in, so the old one goes back. ``target`` present and old versions
    beside it: the process died before deleting them; they are sloika's own leftovers and go.
    """
    target = Path(target)
    olds = _old_versions(target)
    if not olds:
        return
    if not target.exists():
        olds.pop().rename(target)  # the newest complete version
    for old in olds:
        shutil.rmtree(old)


def _is_sloika_folder(path: Path) -> bool:
    return any((path / name).is_file() for name in MANIFESTS)


def check_replaceable(target: Path, flag: str = "--output") -> None:
    """Raise unless ``target`` is absent, an empty folder, or a sloika corpus or export."""
    target = Path(target)
    if not target.exists() and not target.is_symlink():
        return
    if target.is_symlink() or not target.is_dir():
        raise UnsafeOutputError(
            f"{target} exists and is not a folder: sloika replaces only its own corpora and exports. "
            f"Choose another {flag}."
        )
    if _is_sloika_folder(target) or not any(target.iterdir()):
        return
    raise UnsafeOutputError(
        f"{target} is a folder without a sloika manifest ({' or '.join(MANIFESTS)}): sloika replaces "
        f"only its own corpora and exports, so it leaves this one alone. Choose another {flag}, or "
        "move the folder away yourself."
    )


def _inside(path: str, folder: str, sep: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(sep) + sep)


def _comparable(location: str | Path) -> tuple[str, str]:
    """(protocol, path) of a local path (its real path, so links and ``..`` don't hide anything) or
    of an fsspec URL (bucket and key, as the store names its objects)."""
    protocol, path = split_protocol(str(location))
    if protocol in (None, "file", "local"):
        return "file", os.path.realpath(path if protocol else str(location))
    return protocol, path.rstrip("/")


def check_apart_from_inputs(output: str | Path, inputs: Iterable[str], flag: str = "--output") -> None:
    """Raise if ``output`` is an input, lies inside an input folder, or contains an input.

    ``inputs`` and ``output`` are local paths or fsspec URLs; local ones are compared by real path,
    URLs of the same protocol by bucket and key prefix.
    """
    protocol, out = _comparable(output)
    sep = os.sep if protocol == "file" else "/"
    for given in inputs:
        other, real = _comparable(given)
        if other != protocol:
            continue
        if _inside(out, real, sep):
            raise UnsafeOutputError(
                f"{flag} {output} is the input {given} or lies inside it: the build would read or "
                f"replace its own inputs. Choose a {flag} outside {given}."
            )
        if _inside(real, out, sep):
            raise UnsafeOutputError(
                f"{flag} {output} contains the input {given}: replacing it would delete that input. "
                f"Choose another {flag}."
            )


def swap_into_place(new: Path, target: Path, owned: bool = False) -> None:
    """Rename the finished folder ``new`` to ``target``; an existing ``target`` is moved aside first
    and deleted only after the rename, so at every moment one complete version is in place.

    ``target`` is checked with ``check_replaceable`` first unless the caller ``owned`` it (a layer
    folder inside a corpus it just loaded)."""
    recover_swap(target)
    if not owned:
        check_replaceable(target)
    if not target.exists():
        new.rename(target)
        return
    old = target.parent / f".{target.name}.sloika-old-{uuid.uuid4().hex[:8]}"
    target.rename(old)
    new.rename(target)
    shutil.rmtree(old)
