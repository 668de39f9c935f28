"""The staged kept documents as one relation with dense integer ids, for the corpus-wide stages.

The tasks of a build write one ``kept/<rank>.parquet`` each (``sloika.corpora.staging``). Once
they are done, the files sorted by name and their row counts (Parquet footers, nothing else is
read) number every staged document: ``doc = offset of its file + its row in the file``. The dedup
and repeated-line stages pass these integers around (in numpy arrays and narrow Parquet files)
instead of 32-character ids, and any stage, in any process, numbers the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from sloika.corpora.schema import STAGED_KEPT
from sloika.corpora.sql import read_parquet

_DUCK_TYPES = {"int64": "BIGINT", "float": "FLOAT", "list<item: int64>": "BIGINT[]"}


@dataclass(frozen=True)
class StagedKept:
    """Staged kept files in order, each with the dense id of its first row and its row count."""

    files: tuple[Path, ...]
    starts: tuple[int, ...]
    sizes: tuple[int, ...]

    @classmethod
    def scan(cls, stage: str | Path) -> StagedKept:
        files = tuple(sorted((Path(stage) / "kept").glob("*.parquet")))
        sizes = tuple(pq.ParquetFile(path).metadata.num_rows for path in files)
        starts = tuple(sum(sizes[:i]) for i in range(len(sizes)))
        return cls(files, starts, sizes)

    @property
    def total(self) -> int:
        return sum(self.sizes)

    def of_rank(self, rank: int) -> StagedKept:
        """Only the files task ``rank`` wrote (``[NNN_]<rank:05d>.parquet``: datatrove numbers the
        files of a task that grew past its size limit), keeping their global ids."""
        mine = [i for i, path in enumerate(self.files) if path.stem.split("_")[-1] == f"{rank:05d}"]
        return StagedKept(
            tuple(self.files[i] for i in mine),
            tuple(self.starts[i] for i in mine),
            tuple(self.sizes[i] for i in mine),
        )

    def relation(self, con: duckdb.DuckDBPyConnection) -> str:
        """SQL over the staged kept rows (STAGED_KEPT columns) plus ``doc``, their dense id."""
        if not self.files:
            columns = ", ".join(
                f"NULL::{_DUCK_TYPES.get(str(field.type), 'VARCHAR')} AS {field.name}"
                for field in STAGED_KEPT
            )
            return f"(SELECT {columns}, NULL::BIGINT AS doc WHERE false)"
        name = f"kept_offsets_{id(self)}"
        con.register(
            name,
            pa.table({"filename": [str(p) for p in self.files], "file_offset": list(self.starts)}),
        )
        names = ", ".join(field.name for field in STAGED_KEPT)
        source = read_parquet(self.files)[:-1] + ", filename = true, file_row_number = true)"
        return (
            f"(SELECT {names}, o.file_offset + k.file_row_number AS doc "
            f"FROM {source} k JOIN {name} o USING (filename))"
        )


class StagedPass(PipelineStep):
    """A corpus-wide stage: it reads and writes files in the staging folder once the build's tasks
    are done (``process``); documents passed in from an earlier step go on unchanged."""

    type = "🫂 - DEDUP"

    def __init__(self, stage: str):
        super().__init__()
        self.stage = stage

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data:
            yield from data
        with self.track_time():
            self.process(rank, world_size)

    def process(self, rank: int, world_size: int) -> None:
        raise NotImplementedError
