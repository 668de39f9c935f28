"""Definitions a paper's own folder holds for the macros nothing the paper reads defines.

A class or package the input lacks often reads a definitions file that ships beside the paper:
tlc-article's class (not in its documentation package) reads ``data/additional-layout.tex``,
which defines the guide's own words (``\\def\\tlcA{…tlc-article…}``, about 100 uses). Without the
class nothing reads that file, and every use printed nothing: "The goal of is to simplify". TeX
would have the definitions, so the reader takes them where they lie: in the ``.tex``, ``.sty`` and
``.cls`` files of the paper's folder and below it (never above it, never through a link that
leads out of it), and only the definitions of names the paper uses without defining them (and
those their bodies use in turn), never a file's text. A file that is itself a paper (it has
``\\begin{document}``) is another paper's, not read; a name defined in more than one file is taken
from the file nearest the paper (fewest folders down, then by name), as the user would look.

In a flat folder of many papers (an arXiv dump) every paper with an undefined macro listed the same
folder and read the same files again. The listing of each folder and the definitions of each file
are kept for the reader's process (``_LISTINGS``, ``_DEFINITIONS``, the least recently used out
first), keyed by path and modification time, so a folder or file that changes is read anew.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections import OrderedDict
from typing import Any

import fsspec

from sloika.pipelines.formats.base import lf_line_ends
from sloika.pipelines.formats.latex_macros import Macro, collect_macros

EXTENSIONS = (".tex", ".sty", ".cls")
MAX_FOLDERS_DOWN = 4  # a paper's data/, chapters/, styles/… are a level or two below it
MAX_FILES = 300  # definition files read per paper
MAX_LISTED = 20_000  # folder entries looked at per paper
MAX_FILE_BYTES = 1_000_000  # a definitions file is small; a larger one is data or a whole book
BEGIN_DOCUMENT = re.compile(r"\\begin\s*\{document\}")
COMMENT = re.compile(r"(?<!\\)%[^\n]*")
NAME = re.compile(r"\\([A-Za-z@]+)")
MAX_CACHED_FOLDERS = 256  # listings kept per process
MAX_CACHED_FILES = 4096  # files' definitions kept per process (a paper reads MAX_FILES at most)
# (folder, its modification time) → its entries, sorted by name
_LISTINGS: OrderedDict[tuple[str, Any], list[dict]] = OrderedDict()
# (root, file, fallback encoding, size, modification time) → its definitions; None for a paper or a
# file not read
_DEFINITIONS: OrderedDict[tuple[str, str, str, Any, Any], dict[str, Macro] | None] = OrderedDict()


def folder_definitions(
    root: str, paper: str, wanted: set[str], already_read: set[str], encoding: str = "utf-8"
) -> tuple[dict[str, Macro], dict[str, list[str]]]:
    """(name → Macro for the ``wanted`` names the folder's files define, file → the names it gave).

    ``root`` is the paper's folder, ``paper`` the main file, ``already_read`` the files the paper
    includes (paths relative to ``root``): neither is read again. The paths in the answer are
    relative to ``root``, as the ``included`` field's are.
    """
    found: dict[str, Macro] = {}
    supplied: dict[str, list[str]] = {}
    for relative in _candidates(root, paper, already_read):
        if not wanted - set(found):
            break
        defined = _definitions(root, relative, encoding)
        if defined is None:
            continue
        taken = _needed(defined, wanted - set(found))
        if taken:
            found.update(taken)
            supplied[relative] = sorted(taken)
            wanted = wanted | _names_used(taken.values())  # \tlcA's body uses \tlcProduct
    return found, supplied


def _definitions(root: str, relative: str, encoding: str) -> dict[str, Macro] | None:
    """The macros ``root/relative`` defines (None for a paper or a file not read), from the cache when
    the file has not changed since it was read."""
    fs, local = fsspec.core.url_to_fs(posixpath.join(root, relative))
    try:
        info = fs.info(local)
    except OSError:
        return None
    key = (root, relative, encoding, info.get("size"), info.get("mtime"))  # a link is judged by its root
    if key in _DEFINITIONS:
        _DEFINITIONS.move_to_end(key)
        return _DEFINITIONS[key]
    text = _read_inside(root, relative, encoding)
    text = COMMENT.sub("", text) if text is not None else None  # "before your \\begin{document}"
    defined = None if text is None or BEGIN_DOCUMENT.search(text) else collect_macros(text)[1]
    _remember(_DEFINITIONS, key, defined, MAX_CACHED_FILES)
    return defined


def _listing(fs: Any, folder: str) -> list[dict]:
    """``folder``'s entries sorted by name, from the cache while the folder is unchanged."""
    key = (posixpath.normpath(folder), fs.info(folder).get("mtime"))
    if key in _LISTINGS:
        _LISTINGS.move_to_end(key)
        return _LISTINGS[key]
    entries = sorted(fs.ls(folder, detail=True), key=lambda entry: entry["name"])
    _remember(_LISTINGS, key, entries, MAX_CACHED_FOLDERS)
    return entries


def _remember(cache: OrderedDict, key: Any, value: Any, limit: int) -> None:
    """``value`` kept under ``key``; past ``limit`` the least recently used goes (memory stays bounded)."""
    cache[key] = value
    if len(cache) > limit:
        cache.popitem(last=False)


def _needed(defined: dict[str, Macro], wanted: set[str]) -> dict[str, Macro]:
    """The ``defined`` macros that are ``wanted``, with those their bodies use that the same file
    defines (``\\def\\tlcA{\\tlcDarkblue{\\tlcProduct}}`` needs ``\\tlcProduct``)."""
    taken: dict[str, Macro] = {}
    pending = [name for name in wanted if name in defined]
    while pending:
        name = pending.pop()
        if name in taken:
            continue
        taken[name] = defined[name]
        pending += [used for used in _names_used([defined[name]]) if used in defined and used not in taken]
    return taken


def _names_used(macros: Any) -> set[str]:
    return {name for macro in macros for name in NAME.findall(macro.body)}


def tex_files_below(folder: str, skip: str) -> list[str]:
    """The ``.tex`` files in ``folder`` and the folders below it but ``skip``, nearest first, as paths
    relative to ``folder``, within ``_candidates``' bounds (a folder's chapters that may read a file)."""
    return [name for name in _candidates(folder, skip, set()) if name.endswith(".tex")]


def _candidates(root: str, paper: str, already_read: set[str]) -> list[str]:
    """The ``.tex``/``.sty``/``.cls`` files under ``root`` (relative paths), nearest first: folder by
    folder, ``MAX_FOLDERS_DOWN`` deep at most, no linked folder entered, ``MAX_LISTED`` entries
    listed at most (a paper put in a large folder must not cost a walk of the whole disk)."""
    fs, local_root = fsspec.core.url_to_fs(root)
    main = posixpath.normpath(posixpath.relpath(fsspec.core.url_to_fs(paper)[1], local_root))
    skip, found, listed = {main, *already_read}, [], 0
    level = [local_root]
    for _ in range(MAX_FOLDERS_DOWN + 1):
        below = []
        for folder in level:
            try:
                entries = _listing(fs, folder)
            except (OSError, ValueError):
                continue
            listed += len(entries)
            for entry in entries:
                relative = posixpath.relpath(entry["name"], local_root)
                if entry.get("islink") and entry["type"] == "directory":
                    continue  # a linked folder may lead anywhere
                if entry["type"] == "directory":
                    below.append(entry["name"])
                elif relative.endswith(EXTENSIONS) and relative not in skip:
                    found.append(relative)
            if listed > MAX_LISTED or len(found) >= MAX_FILES:
                return found[:MAX_FILES]
        level = below
    return found[:MAX_FILES]


def _read_inside(root: str, relative: str, encoding: str) -> str | None:
    """The text of ``root/relative`` (UTF-8, else the paper's ``encoding``); None for a file too
    large to be definitions or a link whose real path leaves ``root``."""
    fs, local = fsspec.core.url_to_fs(posixpath.join(root, relative))
    if "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,)):
        real, inside = os.path.realpath(local), os.path.realpath(fsspec.core.url_to_fs(root)[1])
        if not real.startswith(inside.rstrip(os.sep) + os.sep):
            return None
    try:
        if int(fs.size(local) or 0) > MAX_FILE_BYTES:
            return None
        data = fs.cat_file(local)
    except OSError:
        return None
    try:
        return lf_line_ends(data.decode("utf-8"))
    except UnicodeDecodeError:
        return lf_line_ends(data.decode(encoding, errors="replace"))
