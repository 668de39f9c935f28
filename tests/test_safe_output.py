"""--overwrite replaces only sloika's own folders; outputs never touch inputs; a half-done swap is
recovered by the next command."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sloika.cli import main
from sloika.config import validate_config
from sloika.corpora.catalog import query
from sloika.corpora.export_sft import SftOptions, export_sft
from sloika.corpora.manifest import load_manifest
from sloika.corpora.swap import UnsafeOutputError, swap_into_place
from sloika.pipelines.build import build_corpus

from conftest import DATA, assert_conserved, build_checked

SEEDS = DATA / "seeds"


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _no_work_started(parent: Path) -> None:
    assert not [p.name for p in parent.iterdir() if ".sloika-" in p.name], "nothing may be staged"


def _build(inputs: list[Path], output: Path, overwrite: bool = True) -> None:
    specs = [{"path": str(path)} for path in inputs]
    build_corpus(validate_config({"inputs": specs, "output": str(output)}), overwrite=overwrite)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return build_checked(tmp_path_factory.mktemp("safe") / "corpus", [SEEDS])


def test_overwrite_refuses_a_folder_that_is_not_a_corpus(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "MARKER.txt").write_text("mine")
    with pytest.raises(UnsafeOutputError, match="without a sloika manifest"):
        _build([SEEDS], folder)
    assert _tree(folder) == {"MARKER.txt": b"mine"}
    _no_work_started(tmp_path)


def test_overwrite_replaces_a_corpus_and_an_empty_folder(tmp_path):
    output = tmp_path / "out"
    output.mkdir()
    _build([SEEDS / "000_f1b2c30c9d7d7355.txt"], output)
    assert load_manifest(output)["counts"]["read"] == 1
    _build([SEEDS], output)
    assert assert_conserved(output)["counts"]["read"] == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no old version left beside it


@pytest.mark.parametrize("where", ["same", "inside"])
def test_output_in_an_input_is_refused(tmp_path, where):
    inputs = tmp_path / "inputs"
    shutil.copytree(SEEDS, inputs)
    before = _tree(inputs)
    output = inputs if where == "same" else inputs / "corpus"
    with pytest.raises(UnsafeOutputError, match="lies inside it"):
        _build([inputs], output)
    assert _tree(inputs) == before
    _no_work_started(inputs)


def test_output_containing_an_input_is_refused(tmp_path, corpus):
    output = tmp_path / "old"
    shutil.copytree(corpus, output)
    (output / "notes.txt").write_text("Заметка, которую нельзя терять.")
    with pytest.raises(UnsafeOutputError, match="contains the input"):
        _build([output / "notes.txt"], output)
    assert (output / "notes.txt").exists()


def test_a_symlink_does_not_hide_an_overlap(tmp_path):
    inputs = tmp_path / "inputs"
    shutil.copytree(SEEDS, inputs)
    (tmp_path / "alias").symlink_to(inputs)
    with pytest.raises(UnsafeOutputError):
        _build([inputs], tmp_path / "alias" / "corpus")


def test_existing_file_as_output_is_refused_before_any_work(tmp_path, capsys):
    target = tmp_path / "report.txt"
    target.write_text("keep me")
    code = main(["build", "--input", str(SEEDS), "--output", str(target), "--overwrite"])
    assert code == 1
    assert "is not a folder" in capsys.readouterr().err
    assert target.read_text() == "keep me"
    _no_work_started(tmp_path)


def test_export_refuses_the_corpus_and_foreign_folders(tmp_path, corpus):
    before = _tree(corpus)
    with pytest.raises(UnsafeOutputError, match="is the input"):
        export_sft(corpus, corpus, SftOptions(overwrite=True))
    assert _tree(corpus) == before
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "MARKER.txt").write_text("mine")
    with pytest.raises(UnsafeOutputError, match="without a sloika manifest"):
        export_sft(corpus, foreign, SftOptions(overwrite=True))
    assert _tree(foreign) == {"MARKER.txt": b"mine"}
    export_sft(corpus, tmp_path / "sft", SftOptions())
    export_sft(corpus, tmp_path / "sft", SftOptions(overwrite=True))  # its own export: replaced
    assert (tmp_path / "sft" / "export_manifest.json").is_file()


def test_a_swap_killed_between_its_renames_is_recovered(tmp_path, corpus):
    """The window where the old corpus sits only in `.sloika-old-*`: the next command puts it back."""
    target = tmp_path / "corpus"
    shutil.copytree(corpus, target)
    expected = query(target, "SELECT count(*) FROM documents")
    target.rename(tmp_path / ".corpus.sloika-old-0123abcd")  # first rename done, then kill -9
    assert query(target, "SELECT count(*) FROM documents") == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


def test_leftover_old_versions_are_removed_once_the_new_one_is_in_place(tmp_path, corpus):
    target = tmp_path / "corpus"
    shutil.copytree(corpus, target)
    shutil.copytree(corpus, tmp_path / ".corpus.sloika-old-89abcdef")  # killed before the delete
    (tmp_path / ".corpus.sloika-old-notmine").mkdir()  # not a name sloika writes: left alone
    load_manifest(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".corpus.sloika-old-notmine", "corpus"]


def test_swap_into_place_itself_refuses_a_foreign_target(tmp_path):
    new, target = tmp_path / "new", tmp_path / "target"
    new.mkdir()
    target.mkdir()
    (target / "MARKER.txt").write_text("mine")
    with pytest.raises(UnsafeOutputError):
        swap_into_place(new, target)
    assert (target / "MARKER.txt").read_text() == "mine"
