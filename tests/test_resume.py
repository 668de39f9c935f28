"""kill -9 a build at several points, run it again: the corpus equals an uninterrupted one, and no
worker process outlives the kill."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from sloika.corpora.manifest import load_manifest

from conftest import DATA, assert_conserved

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="kill -9 and /proc"),
]


def _sloika(inputs: Path, output: Path, tag: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "sloika.cli", "build", "--input", str(inputs), "--output", str(output)]
    command += ["--workers", "3", "--lang", "ru,en"]
    env = os.environ | {"SLOIKA_TEST_TAG": tag}
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _tagged(tag: str, workers_only: bool = False) -> list[int]:
    """Processes started by the build with ``tag`` (they inherit its environment); with
    ``workers_only``, those forked by the forkserver, which run the pipeline's tasks."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if f"SLOIKA_TEST_TAG={tag}".encode() not in (entry / "environ").read_bytes():
                    continue
                if not workers_only or b"forkserver" in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _table(corpus: Path, name: str) -> list[dict]:
    return (
        pq.read_table(corpus / name).sort_by([("source", "ascending"), ("position", "ascending")]).to_pylist()
    )


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    shutil.copytree(DATA / "rust_book" / "ru", folder / "ru")
    shutil.copytree(DATA / "seeds", folder / "seeds")
    return folder


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("reference") / "corpus"
    assert _sloika(inputs, output, uuid.uuid4().hex).wait() == 0
    return output


def _staged(output: Path, what: str) -> bool:
    for work in output.parent.glob(f".{output.name}.sloika-tmp-*"):
        completions = work / "stage" / "logs" / "completions"
        if what == "a task done" and completions.is_dir() and any(completions.iterdir()):
            return True
        if what == "finishing" and (work / "corpus").exists():
            return True
    return False


@pytest.mark.parametrize("point", ["a task done", "finishing"])
def test_a_killed_build_resumes_to_the_same_corpus(inputs, reference, tmp_path, point):
    output = tmp_path / "corpus"
    tag = uuid.uuid4().hex
    build = _sloika(inputs, output, tag)
    while build.poll() is None and not _staged(output, point):
        time.sleep(0.02)
    build.send_signal(signal.SIGKILL)
    build.wait()
    for _ in range(300):  # workers notice their parent's death through the kernel, not at once
        if not _tagged(tag, workers_only=True):
            break
        time.sleep(0.1)
    assert _tagged(tag, workers_only=True) == [], "a worker outlived the killed build"
    for pid in _tagged(tag):  # datatrove's idle multiprocess Manager does outlive it (see docs)
        os.kill(pid, signal.SIGKILL)
    assert not output.exists() or build.returncode == 0

    assert _sloika(inputs, output, uuid.uuid4().hex).wait() == 0
    assert_conserved(output)
    for name in ("documents", "rejected"):
        assert _table(output, name) == _table(reference, name)
    assert load_manifest(output)["counts"] == load_manifest(reference)["counts"]
    assert list(tmp_path.glob(".corpus.sloika-*")) == [], "the staging folder is gone once published"


def test_stale_staging_folders_go_and_a_running_build_is_not_disturbed(tmp_path):
    import json
    import socket

    from sloika.pipelines.resume import OWNER, BuildRunning, open_staging

    output = tmp_path / "corpus"
    finished = subprocess.Popen(["true"])
    finished.wait()  # its pid belongs to no process any more
    stale = tmp_path / ".corpus.sloika-tmp-0000000000000000"
    stale.mkdir()
    (stale / OWNER).write_text(json.dumps({"pid": finished.pid, "host": socket.gethostname()}))
    foreign = tmp_path / ".corpus.sloika-tmp-notmine"
    foreign.mkdir()  # no owner file: not a build's staging folder, left alone
    work, done, removed = open_staging(output, "1111111111111111")
    assert (removed, done) == ([stale], 0)
    assert foreign.is_dir() and (work / "stage").is_dir()
    assert open_staging(output, "1111111111111111")[0] == work  # our own earlier attempt: resumed
    (work / OWNER).write_text(json.dumps({"pid": os.getppid(), "host": socket.gethostname()}))
    with pytest.raises(BuildRunning, match="already running"):
        open_staging(output, "1111111111111111")  # another live process owns it
