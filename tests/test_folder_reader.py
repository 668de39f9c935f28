"""FolderReader: sloika's formats inside a user's own datatrove pipeline."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest
from datatrove.executor import LocalPipelineExecutor

from sloika.corpora.staging import RejectedWriter
from sloika.errors import SloikaError
from sloika.pipelines.folder_reader import FolderReader
from sloika.text.spans import spans
from sloika.verdicts import rejection

from conftest import DATA


def test_subtitles_with_cue_spans_and_a_broken_file(tmp_path):
    (tmp_path / "ok.srt").write_bytes((DATA / "transcripts" / "morevna-ep3-rus.srt").read_bytes())
    (tmp_path / "bad.srt").write_text("1\nsometime --> 00:00:01,000\nПривет\n")
    out = tmp_path / "out"
    reader = FolderReader(
        str(tmp_path), glob_pattern="*.srt", exclusion_writer=RejectedWriter(str(out), "read")
    )
    kept = list(reader.run())
    assert kept and all(d.metadata["kind"] == "transcript" and rejection(d) is None for d in kept)
    assert all(spans(d)["structure"] for d in kept)
    bad = pq.read_table(out / "rejected").select(["source", "step", "reason"]).to_pylist()
    assert bad == [{"source": str(tmp_path / "bad.srt"), "step": "read", "reason": "bad_timestamp"}]


def test_a_reader_without_an_exclusion_writer_refuses_to_run(tmp_path):
    (tmp_path / "a.md").write_text("Текст.")
    with pytest.raises(SloikaError, match="exclusion_writer"):
        list(FolderReader(str(tmp_path)).run())


def test_shards_like_any_datatrove_reader(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    for i in range(4):
        (notes / f"n{i}.md").write_text(f"# Заметка {i}\n\nТекст заметки номер {i}.\n")
    seen = []

    def collect(data, rank, world_size):
        seen.extend((rank, d.metadata["source"]) for d in data)
        return iter(())

    LocalPipelineExecutor(
        [FolderReader(str(notes), exclusion_writer=RejectedWriter(str(tmp_path), "read")), collect],
        tasks=2,
        workers=1,
        logging_dir=str(tmp_path / "logs"),
        skip_completed=False,
    ).run()
    assert sorted(src.rsplit("/", 1)[1] for _, src in seen) == [f"n{i}.md" for i in range(4)]
    assert {rank for rank, _ in seen} == {0, 1}
