"""Every sloika format as a plain datatrove disk reader, for people's own datatrove pipelines.

``SourceReader`` takes the file list a build resolved; ``FolderReader`` takes a datatrove data
folder (local or any fsspec URL) and lets datatrove shard its files over the tasks, exactly like
``JsonlReader``. Each file is read by the same code as in ``sloika build``, so a broken record or
file still becomes a rejected record, written by the reader's exclusion writer, instead of a
silent skip::

    FolderReader("s3://bucket/subtitles", glob_pattern="**/*.srt",   # kind=transcript, cue spans
                 exclusion_writer=RejectedWriter("out", "read"))
    FolderReader("dumps/", format="jsonl", text_key="content", exclusion_writer=...)
"""

from __future__ import annotations

from collections.abc import Iterator

from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFolderLike
from datatrove.pipeline.readers.base import BaseDiskReader
from datatrove.pipeline.writers.disk_base import DiskWriter

from sloika.corpora.storage import storage_options
from sloika.pipelines.formats import DEFAULT_KIND, ReaderOptions
from sloika.pipelines.inputs import InputFile, detect_format
from sloika.pipelines.readers import SourceReader, divert_rejected


class FolderReader(BaseDiskReader):
    """Every file of a datatrove data folder, read with sloika's readers.

    Args:
        data_folder: a local path, an fsspec URL, or a datatrove ``DataFolder``.
        format: ``auto`` (by extension) or one format for every file (``jsonl``, ``parquet``,
            ``text``, ``pdf``, ``latex``, ``html``, ``warc``, ``srt``, ``vtt``, ``whisper``, ``chat``).
        kind: the documents' ``kind``; default: the format's (``transcript`` for subtitles, ...).
        text_key: the text field of JSONL/Parquet records.
        max_doc_bytes: larger records are rejected as ``too_large`` with a preview.
        options: ``ReaderOptions`` of the structured formats.
        glob_pattern, recursive, **kwargs: as for datatrove's ``BaseDiskReader`` (``limit``,
            ``file_progress``, ``shuffle_files``, ...).
        exclusion_writer: where records that can't become documents go (step ``read``); see
            ``sloika.filters.base.Filter``. Required before the step runs.
    """

    name = "📖 sloika folder"

    def __init__(
        self,
        data_folder: DataFolderLike,
        format: str = "auto",
        kind: str | None = None,
        text_key: str = "text",
        max_doc_bytes: int = 10_000_000,
        options: ReaderOptions | None = None,
        glob_pattern: str | None = None,
        recursive: bool = True,
        exclusion_writer: DiskWriter | None = None,
        **kwargs,
    ):
        super().__init__(
            data_folder, text_key=text_key, glob_pattern=glob_pattern, recursive=recursive, **kwargs
        )
        self.format, self.kind = format, kind
        self.exclusion_writer = exclusion_writer
        self.files = SourceReader([], max_doc_bytes, options=options)

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        # sloika's readers open each file by its URL: the folder's own options (an endpoint, given as
        # ("s3://bucket/in", {...})) must hold for those opens too
        fs = self.data_folder.fs
        protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
        with storage_options({protocol: fs.storage_options} if fs.storage_options else {}):
            yield from divert_rejected(super().run(data, rank, world_size), self.exclusion_writer, rank, self)

    def read_file(self, filepath: str) -> Iterator[Document]:
        path = self.data_folder.resolve_paths(filepath)
        detected, compression = detect_format(path)
        fmt = detected if self.format == "auto" else self.format
        kind = self.kind or DEFAULT_KIND.get(fmt, "article")
        size = int(self.data_folder.info(filepath).get("size") or 0)
        folder = self.data_folder.resolve_paths("")  # a chapter's main file is looked for no higher
        file = InputFile(path, fmt, compression, kind, self.text_key, size, folder=folder)
        yield from self.files.read_file(file)
