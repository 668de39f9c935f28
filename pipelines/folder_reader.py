"""Every sloika format as a plain datatrove disk reader, for people's own datatrove pipelines.

``SourceReader`` takes the file list a build resolved; ``FolderReader`` takes a datatrove data
folder (local or any fsspec URL) and lets datatrove shard its files over the tasks, exactly like
``JsonlReader``. Each file is read by the same code as in ``sloika build``, so a broken record or
file still becomes a rejected document (``sloika.verdicts``) instead of a silent skip::

    FolderReader("s3://bucket/subtitles", glob_pattern="**/*.srt")   # kind=transcript, cue spans
    FolderReader("dumps/", format="jsonl", text_key="content")
"""

from __future__ import annotations

from collections.abc import Iterator

from datatrove.data import Document
from datatrove.io import DataFolderLike
from datatrove.pipeline.readers.base import BaseDiskReader

from sloika.pipelines.formats import DEFAULT_KIND, ReaderOptions
from sloika.pipelines.inputs import InputFile, detect_format
from sloika.pipelines.readers import SourceReader


class FolderReader(BaseDiskReader):
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
        **kwargs,
    ):
        super().__init__(
            data_folder, text_key=text_key, glob_pattern=glob_pattern, recursive=recursive, **kwargs
        )
        self.format, self.kind = format, kind
        self.files = SourceReader([], max_doc_bytes, options=options)

    def read_file(self, filepath: str) -> Iterator[Document]:
        path = self.data_folder.resolve_paths(filepath)
        detected, compression = detect_format(path)
        fmt = detected if self.format == "auto" else self.format
        kind = self.kind or DEFAULT_KIND.get(fmt, "article")
        size = int(self.data_folder.info(filepath).get("size") or 0)
        yield from self.files.read_file(InputFile(path, fmt, compression, kind, self.text_key, size))
