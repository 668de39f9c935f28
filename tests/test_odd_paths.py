"""Odd things in an input folder are accounted for, never read by accident, and never crash a build."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sloika.corpora.manifest import load_manifest

from conftest import rows

GOOD = '{"text": "Обычная запись о сборе корпуса, которую надо сохранить."}\n'
OTHER = '{"text": "Вторая запись: ссылка внутри папки читается как файл."}\n'

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs, symlinks and byte file names")


def by_name(corpus: Path) -> dict[str, str]:
    return {
        Path(source).name: reason for source, reason in rows(corpus, "SELECT source, reason FROM rejected")
    }


@pytest.fixture
def odd_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "a.jsonl").write_text(GOOD)
    (folder / "other.jsonl").write_text(OTHER)
    (folder / ".hidden.txt").write_text("скрытый файл")
    (folder / ".git" / "config.txt").write_text("[core]")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop1.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop1.txt")
    (folder / "leak.txt").symlink_to("/etc/passwd")
    (folder / "linked_dir").symlink_to(tmp_path)
    (folder / "sub" / "inside.jsonl").symlink_to(folder / "other.jsonl")
    os.mkfifo(folder / "fifo.txt")
    (folder / os.fsdecode(b"caf\xe9-\xff.txt")).write_bytes("Файл с именем не в UTF-8.".encode())
    return folder


def test_every_odd_path_is_accounted_for(build, odd_folder):
    corpus = build([odd_folder], dedup={"exact": False, "near": {"enabled": False}})
    assert by_name(corpus) == {
        "dangling.txt": "dangling_symlink",
        "loop1.txt": "symlink_loop",
        "loop2.txt": "symlink_loop",
        "leak.txt": "symlink_outside_input",
        "linked_dir": "symlinked_folder",
        "fifo.txt": "not_a_regular_file",
    }
    names = sorted(Path(s).name for (s,) in rows(corpus, "SELECT source FROM documents"))
    assert names == ["a.jsonl", "caf\\xe9-\\xff.txt", "inside.jsonl", "other.jsonl"]
    manifest = load_manifest(corpus)
    skipped = sorted(Path(item["path"]).name for item in manifest["skipped_inputs"])
    assert skipped == [".hidden.txt", "config.txt"]
    passwd = Path("/etc/passwd").read_text().splitlines()[0]
    assert rows(corpus, f"SELECT count(*) FROM documents WHERE contains(text, '{passwd}')") == [(0,)]


def test_a_non_utf8_file_name_gets_a_stable_printable_source(build, odd_folder):
    name = os.fsdecode(b"caf\xe9-\xff.txt")
    first = build([odd_folder / name], name="one")
    second = build([odd_folder / name], name="two")
    ids = rows(first, "SELECT id, source FROM documents")
    assert ids == rows(second, "SELECT id, source FROM documents")
    assert ids[0][1].endswith("caf\\xe9-\\xff.txt")


@pytest.mark.parametrize("special", ["fifo", "/dev/zero", "/dev/null"])
def test_a_special_file_as_input_is_refused_without_being_opened(build, tmp_path, special):
    """Opening a FIFO with no writer blocks forever; /dev/zero never ends: neither may be read."""
    if special == "fifo":
        path = tmp_path / "pipe.jsonl"
        os.mkfifo(path)
    else:
        path = Path(special)
        if not path.exists():
            pytest.skip(f"no {special} here")
    corpus = build([path])
    assert rows(corpus, "SELECT reason FROM rejected") == [("not_a_regular_file",)]
