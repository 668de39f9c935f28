"""Resuming a killed build, and keeping its worker processes from outliving it.

A build stages its tasks' output in ``.<output>.sloika-tmp-<key>`` beside the output, where the key
hashes everything that decides the result (config, input fingerprints, task count, sloika version).
The same build started again finds that folder and lets datatrove skip the tasks it marked
complete (``skip_completed``); a task that was cut off is run again from its start and overwrites
its partial files, so nothing is lost or doubled. A staging folder records its owner's pid: one
whose owner is alive is refused (the same build is running), one whose owner is dead and whose key
no longer matches (the config or inputs changed) is removed.
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import signal
import socket
import sys
from pathlib import Path
from typing import Any

import xxhash

from sloika import __version__
from sloika.errors import SloikaError

OWNER = "owner.json"
PR_SET_PDEATHSIG = 1


class BuildRunning(SloikaError, RuntimeError):
    """The same build is already running in another process."""


def staging_key(config: dict[str, Any], inputs: list[dict[str, Any]], tasks: int) -> str:
    payload = json.dumps(
        {"config": config, "inputs": inputs, "tasks": tasks, "sloika": __version__},
        sort_keys=True,
        default=str,
    )
    return xxhash.xxh3_64_hexdigest(payload.encode("utf-8", "backslashreplace"))


def _owner_alive(folder: Path) -> bool:
    try:
        owner = json.loads((folder / OWNER).read_text())
    except (OSError, ValueError):
        return False
    if owner.get("host") != socket.gethostname():
        return True  # can't tell from here: assume it runs
    if owner.get("pid") == os.getpid():
        return False  # an earlier build of this same process, which failed: resume it
    try:
        os.kill(int(owner["pid"]), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, KeyError, ValueError):
        return True
    return True


def open_staging(output: Path, key: str) -> tuple[Path, int, list[Path]]:
    """(the staging folder for this build, tasks already completed in it, stale folders removed).

    A finish step that was cut off (``corpus`` inside the folder) is thrown away and redone."""
    work = output.parent / f".{output.name}.sloika-tmp-{key}"
    removed = []
    for other in sorted(output.parent.glob(f".{output.name}.sloika-tmp-*")):
        if other != work and other.is_dir() and (other / OWNER).is_file() and not _owner_alive(other):
            shutil.rmtree(other)
            removed.append(other)
    if work.is_dir() and _owner_alive(work):
        raise BuildRunning(
            f"this build is already running (staging folder {work}, see {OWNER}); "
            "wait for it, or stop that process first"
        )
    (work / "stage").mkdir(parents=True, exist_ok=True)
    (work / OWNER).write_text(json.dumps({"pid": os.getpid(), "host": socket.gethostname()}))
    shutil.rmtree(work / "corpus", ignore_errors=True)
    completions = work / "stage" / "logs" / "completions"
    done = len(list(completions.iterdir())) if completions.is_dir() else 0
    return work, done, removed


def die_with_parent(build_pid: int) -> None:
    """In a build's worker process, have Linux kill it when its parent dies (a ``kill -9`` of the
    build leaves no orphan writing into the staging folder). No-op in the build process itself."""
    if os.getpid() == build_pid or not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the request was made
        os._exit(1)
