"""Readers that turn input files into documents and never lose one.

datatrove's own readers skip a broken JSON line with a warning; sloika's must not. Every record
that could not become a document still becomes one, rejected at step ``read`` with a reason a user
understands and written by the reader's exclusion writer, and every file yields at least one
record (an empty or unreadable file yields a file-level record), so ``read = kept + rejected`` can
be checked per source after the build.
"""

from __future__ import annotations

import heapq
import io
import itertools
import json
import os
from collections import Counter
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import replace
from functools import partial

import fsspec
import orjson
import xxhash
from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.readers.base import BaseReader
from datatrove.pipeline.writers.disk_base import DiskWriter
from datatrove.utils.logging import logger
from tqdm import tqdm

from sloika.corpora.storage import apply_storage_options, storage_failure
from sloika.documents import SloikaDocument
from sloika.errors import SloikaError
from sloika.pipelines.budget import OverBudget, pdf_inflate_budget, time_budget
from sloika.pipelines.compressed import (
    CHUNK,
    DecompressedStream,
    TruncatedFile,
    decompressed_chunks,
    read_verified,
    verified_lines,
)
from sloika.pipelines.formats import (
    FORMATS,
    FormatError,
    ReaderOptions,
    all_removed,
    read_structured,
    structured_document,
)
from sloika.pipelines.formats.asciidoc import is_asciidoc
from sloika.pipelines.formats.base import (
    Failed,
    bad_byte,
    bom_encoding,
    decode_text,
    encoding_fields,
    iconv_hint,
)
from sloika.pipelines.formats.bbcode import is_bbcode
from sloika.pipelines.formats.dokuwiki import is_dokuwiki
from sloika.pipelines.formats.plain import parse_text
from sloika.pipelines.formats.text_html import page_start
from sloika.pipelines.formats.timestamp_lines import is_timestamped_transcript
from sloika.pipelines.inputs import PROBLEMS, UNSUPPORTED, InputFile, unsupported_detail
from sloika.pipelines.resharding import expand_resharded
from sloika.pipelines.resume import die_with_parent
from sloika.pipelines.splitting import Piece, whole_file
from sloika.verdicts import reject, rejection

STEP = "read"
PREVIEW_CHARS = 65_536  # what a too_large rejection keeps of the text
SNIFF_BYTES = 8192
FILE_POSITION = -1  # position of a file-level record (of piece k of a split file: -1 - k)
BOM = b"\xef\xbb\xbf"


def document_id(source: str, position: int) -> str:
    """Stable id: the same file path and position give the same id on every run and machine."""
    return xxhash.xxh3_128_hexdigest(f"{source}\0{position}".encode())


def shard_pieces(pieces: list[Piece], rank: int, world_size: int) -> list[Piece]:
    """Greedy largest-first assignment of pieces to tasks: deterministic and roughly balanced."""
    loads = [(0, task) for task in range(world_size)]
    mine = []
    for piece in sorted(pieces, key=lambda p: (-p.weight, p.file.path, p.index)):
        load, task = heapq.heappop(loads)
        if task == rank:
            mine.append(piece)
        heapq.heappush(loads, (load + max(piece.weight, 1), task))
    return sorted(mine, key=lambda p: (p.file.path, p.index))


class SourceReader(BaseReader):
    """Reads JSONL (plain/.gz/.zst), Parquet, text/markdown and the structured formats
    (pipelines/formats) of a resolved file list through fsspec.

    Args:
        files: the inputs (``sloika.pipelines.inputs.resolve_inputs``), dealt to the tasks
            largest-first.
        pieces: the same files cut into pieces (``sloika.pipelines.splitting.scan_input``), dealt
            instead of whole files so one big file keeps every task busy.
        max_doc_bytes: larger records are rejected as ``too_large`` with a preview.
        exclusion_writer: where records that can't become documents go (step ``read``); see
            ``sloika.filters.base.Filter``. Required before the step runs.
        counts_folder: when given, receives ``read-<rank>.json``: how many records this task read
            per source, the reader's side of the conservation check.
        options: ``ReaderOptions`` of the structured formats.
        storage_options: fsspec options per protocol for remote inputs (``{"s3": {"endpoint_url":
            ...}}``), set in each worker before it opens a file: worker processes don't see the
            build process's fsspec configuration (``sloika.corpora.storage``).
    """

    name = "📖 sloika sources"

    def __init__(
        self,
        files: list[InputFile],
        max_doc_bytes: int,
        exclusion_writer: DiskWriter | None = None,
        counts_folder: str | None = None,
        options: ReaderOptions | None = None,
        max_seconds_per_file: float = 0,
        max_expanded_bytes: int = 512_000_000,
        storage_options: dict[str, dict] | None = None,
        pieces: list[Piece] | None = None,
    ):
        super().__init__()
        self.options = options or ReaderOptions()
        self.storage_options = storage_options or {}
        self.files = files
        self.pieces = pieces if pieces is not None else [whole_file(file) for file in files]
        self.max_doc_bytes = max_doc_bytes
        self.exclusion_writer = exclusion_writer
        self.counts_folder = counts_folder
        self.max_seconds_per_file = max_seconds_per_file
        self.max_expanded_bytes = max_expanded_bytes
        self.build_pid = os.getpid()  # travels to the workers with the step

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        die_with_parent(self.build_pid)
        apply_storage_options(self.storage_options)
        if data:
            yield from data
        shard = shard_pieces(expand_resharded(self.pieces), rank, world_size)
        emitted: Counter[str] = Counter()

        def records() -> Iterator[Document]:
            with tqdm(
                shard, desc=f"task {rank}", unit="piece", position=rank, disable=None, leave=False
            ) as bar:
                for piece in bar:
                    file = piece.file
                    self.stat_update("input_files" if piece.index == 0 else "input_pieces")
                    found = self.read_file(file, piece)
                    while True:
                        with self.track_time():  # parsing only, not the steps downstream
                            doc = next(found, None)
                        if doc is None:
                            break
                        emitted[file.source] += 1
                        self.update_doc_stats(doc)
                        yield doc
                    bar.set_postfix(docs=sum(emitted.values()), refresh=False)

        yield from divert_rejected(records(), self.exclusion_writer, rank, self)
        if self.counts_folder is not None:
            with fsspec.open(f"{self.counts_folder}/read-{rank:05d}.json", "w") as out:
                json.dump(dict(emitted), out)

    def read_file(self, file: InputFile, piece: Piece | None = None) -> Iterator[Document]:
        """All records of one file (or of one ``piece`` of it); whatever goes wrong ends as a
        rejected record, never a crash."""
        piece = piece or whole_file(file)
        readers = {
            "jsonl": partial(self._read_jsonl, piece=piece),
            "parquet": partial(self._read_parquet, piece=piece),
            "text": self._read_text,
            "warc": self._read_warc,
        }
        readers.update({fmt: self._read_structured for fmt in FORMATS if fmt not in readers})
        if piece.index:  # a failure of a later piece is its own record, with its own id
            file_record = partial(self._file_record, position=FILE_POSITION - piece.index)
        else:
            file_record = self._file_record
        if file.problem:
            yield file_record(file, file.problem, PROBLEMS[file.problem])
            return
        if file.format == UNSUPPORTED:
            yield file_record(file, "unsupported_file_type", unsupported_detail(file.path))
            return
        count = 0
        try:
            for doc in readers[file.format](file):
                count += 1
                yield doc
        except OverBudget as err:  # raised before any of the file's documents left the parser
            yield file_record(file, err.reason, err.detail)
            return
        except TruncatedFile as err:  # the records before the cut are kept; the cut is recorded
            before = f"{count:,} records read before the cut; " if count else ""
            tail = err.tail[:PREVIEW_CHARS].decode("utf-8", errors="replace")
            yield file_record(file, err.reason, before + err.detail, tail)
            return
        except FormatError as err:  # the format's own reason code and advice
            where = f" (after {count:,} records)" if count else ""
            yield file_record(file, err.reason, err.detail + where)
            return
        except Exception as err:  # noqa: BLE001 - any failure of one file becomes its record
            if (failure := storage_failure(err, file.source)) is not None:
                raise failure from err  # not the file's fault: the build stops, to resume once fixed
            where = f" after {count} records" if count else ""
            yield file_record(file, "unreadable_file", f"{type(err).__name__}{where}: {err}")
            return
        if count == 0 and piece.whole:  # a piece of a split file may hold only blank lines
            yield file_record(file, "empty_file", "the file holds no records")

    # --- formats -------------------------------------------------------------------------

    def _read_jsonl(self, file: InputFile, piece: Piece) -> Iterator[Document]:
        # a shard the re-sharding stage wrote (plain JSONL), or the file itself
        path, compression = (piece.shard, None) if piece.shard else (file.path, file.compression)
        with fsspec.open(path, "rb") as handle:
            if piece.start or piece.stop:  # a byte range of a plain file
                handle.seek(piece.start)
                size = piece.stop - piece.start if piece.stop else None
                lines = verified_lines(_range_chunks(handle, size))
            else:
                lines = verified_lines(decompressed_chunks(handle, compression))
            head: list[bytes] = []
            if piece.index == 0:  # the file's head: sniffed, as in an unsplit read
                head, lines = _head(lines, SNIFF_BYTES)
            if head and head[0].startswith(BOM):
                head[0] = head[0][len(BOM) :]
            if any(b"\0" in line for line in head) and not any(map(_is_json_object, head)):
                yield self._file_record(
                    file, "binary_file", "NUL bytes and no JSON object in the first 8 KiB: not a JSONL file"
                )
                return
            for position, line in enumerate(itertools.chain(head, lines), start=piece.first_position):
                if not line.strip():
                    continue  # a blank line carries no record
                yield self._jsonl_record(file, position, line)

    def _jsonl_record(self, file: InputFile, position: int, line: bytes) -> Document:
        if len(line) > self.max_doc_bytes:
            preview = line[:PREVIEW_CHARS].decode("utf-8", errors="replace")
            return self._rejected(
                file, position, preview, "too_large", _too_large(len(line), self.max_doc_bytes)
            )
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as err:
            text = line.decode("utf-8", errors="replace")
            return self._rejected(file, position, text, "invalid_utf8", _utf8_hint(err))
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as err:
            return self._rejected(
                file, position, line.decode("utf-8"), "broken_json", f"line {position + 1}: {err}"
            )
        if not isinstance(record, dict):
            return self._rejected(
                file,
                position,
                line.decode("utf-8"),
                "not_an_object",
                f"line {position + 1} is a JSON {type(record).__name__}, not an object",
            )
        return self._record_document(file, position, record, raw=line.decode("utf-8"))

    def _read_parquet(self, file: InputFile, piece: Piece) -> Iterator[Document]:
        import pyarrow.parquet as pq

        with fsspec.open(file.path, "rb") as handle:
            _check_parquet_footer(handle, file.size)
            parquet = pq.ParquetFile(handle)
            columns = parquet.schema_arrow.names
            if columns.count(file.text_key) > 1:
                yield self._file_record(
                    file,
                    "ambiguous_text_column",
                    f"{columns.count(file.text_key)} columns are named `{file.text_key}`; "
                    "rename them so one holds the text, or set `text_key:` to another column",
                )
                return
            if file.text_key not in columns:
                yield self._file_record(
                    file,
                    "no_text_column",
                    f"no column `{file.text_key}`; columns: {', '.join(columns)}. "
                    "Set `text_key:` on this input",
                )
                return
            position = piece.first_position
            groups = range(piece.start, piece.stop or parquet.num_row_groups)
            for batch in parquet.iter_batches(batch_size=1024, row_groups=groups):
                for record in batch.to_pylist():
                    yield self._record_document(file, position, record)
                    position += 1

    def _read_text(self, file: InputFile) -> Iterator[Document]:
        with fsspec.open(file.path, "rb") as handle:
            if file.size > self.max_doc_bytes and file.compression is None:
                preview = handle.read(PREVIEW_CHARS).decode("utf-8", errors="replace")
                yield self._rejected(file, 0, preview, "too_large", _too_large(file.size, self.max_doc_bytes))
                return
            raw = read_verified(handle, file.compression, self.max_doc_bytes + 1)
        if not raw:
            return  # read_file records the empty file
        if len(raw) > self.max_doc_bytes:  # compressed, or the size was unknown
            preview = raw[:PREVIEW_CHARS].decode("utf-8", errors="replace")
            yield self._rejected(file, 0, preview, "too_large", _too_large(len(raw), self.max_doc_bytes))
            return
        try:
            text, encoding = decode_text(raw, "text")  # a clean cp1251/KOI8-R file is read, not refused
        except FormatError as err:
            yield self._rejected(file, 0, _refused_text(raw, err), err.reason, err.detail)
            return
        # markup is sniffed in UTF-8 files only: a UTF-16/32 or legacy-encoded file stays plain text
        sniffed = file.content_decides and encoding == "utf-8" and not bom_encoding(raw)
        if sniffed and is_dokuwiki(text[:SNIFF_BYTES]):
            yield from self._parse_within_budget(replace(file, format="dokuwiki"), raw)
        elif sniffed and is_bbcode(text[:SNIFF_BYTES]):
            yield from self._parse_within_budget(replace(file, format="bbcode"), raw)
        elif sniffed and is_asciidoc(text[:SNIFF_BYTES]):
            yield from self._parse_within_budget(replace(file, format="asciidoc"), raw)
        elif sniffed and (start := page_start(text)) is not None:
            yield from self._text_and_page(file, text, start, encoding)
        elif sniffed and is_timestamped_transcript(text) and _may_be_transcript(file):
            # a transcript copied from a video site: timed cues, a transcript
            yield from self._parse_within_budget(replace(file, format="srt", kind="transcript"), raw)
        else:
            yield self._text_document(file, text, encoding)

    def _text_and_page(self, file: InputFile, text: str, start: int, encoding: str) -> Iterator[Document]:
        """A web page saved as text is read as a page (``formats.text_html``); a text with a page
        pasted after it is two documents, the text's and then the page's."""
        first = 0
        if text[:start].strip():
            yield self._text_document(file, text[:start].rstrip() + "\n", encoding)
            first = 1
        yield from self._parse_within_budget(replace(file, format="html"), text[start:].encode(), first)

    def _text_document(self, file: InputFile, text: str, encoding: str) -> Document:
        """The text as written, its untranslated paragraphs cut (``formats.plain``); a file read in a
        legacy ``encoding`` says so in ``fields.encoding``."""
        parsed = parse_text(text, self.options.foreign_paragraphs, self.options.languages)
        parsed = replace(parsed, fields={**parsed.fields, **encoding_fields(encoding)})
        parsed = all_removed(parsed)
        if isinstance(parsed, Failed):
            return self._rejected(file, 0, parsed.text, parsed.reason, parsed.detail)
        return structured_document(parsed, "text", partial(self._document, file), file.kind)

    def _read_warc(self, file: InputFile) -> Iterator[Document]:
        """A WARC is streamed record by record (a crawl's archive runs to gigabytes, far over
        ``max_doc_bytes``): each record is a document, parsed under its own time budget, and leaves
        as soon as it is parsed. A cut archive keeps the records before the cut."""
        if file.size == 0:
            return  # read_file records the empty file
        with fsspec.open(file.path, "rb") as handle:
            decoded = DecompressedStream(handle, file.compression)
            documents = read_structured(
                "warc",
                file.path,
                io.BufferedReader(decoded, CHUNK),
                self.options,
                make_document=partial(self._document, file),
                make_rejected=partial(self._rejected, file),
                kind=file.kind,
            )
            while True:
                with time_budget(self.max_seconds_per_file):
                    doc = next(documents, None)
                if doc is None:
                    break
                yield doc
        decoded.check()  # a cut archive: its records before the cut are out, now the cut's record

    def _read_structured(self, file: InputFile) -> Iterator[Document]:
        """Papers, transcripts, chats, web pages: pipelines/formats parses, spans go to ``structure``."""
        with fsspec.open(file.path, "rb") as handle:
            raw = read_verified(handle, file.compression, self.max_doc_bytes + 1)
        if not raw:
            return  # read_file records the empty file
        if len(raw) > self.max_doc_bytes:
            yield self._file_record(file, "too_large", _too_large(len(raw), self.max_doc_bytes))
            return
        yield from self._parse_within_budget(file, raw)

    def _parse_within_budget(self, file: InputFile, raw: bytes, first: int = 0) -> Iterator[Document]:
        """The parse runs under the file's time (and, for PDF, inflate) budget; its documents leave
        only afterwards, so the timer never runs while later steps work on them. Documents parsed
        before a failure still leave, ahead of the failure's record. Positions count from ``first``
        (a page after a text's own document)."""
        parsed: list[Document] = []
        inflate = pdf_inflate_budget(self.max_expanded_bytes) if file.format == "pdf" else nullcontext()
        try:
            with time_budget(self.max_seconds_per_file), inflate:
                parsed.extend(
                    read_structured(
                        file.format,
                        file.path,
                        raw,
                        replace(self.options, input_folder=file.folder),
                        make_document=lambda position, *rest: self._document(file, first + position, *rest),
                        make_rejected=lambda position, *rest: self._rejected(file, first + position, *rest),
                        kind=file.kind,
                    )
                )
        except (Exception, OverBudget):
            yield from parsed
            raise
        yield from parsed

    # --- records -------------------------------------------------------------------------

    def _record_document(
        self, file: InputFile, position: int, record: dict, raw: str | None = None
    ) -> Document:
        text = record.pop(file.text_key, None)
        if not isinstance(text, str):
            found = "missing" if text is None else f"a {type(text).__name__}"
            detail = (
                f"field `{file.text_key}` is {found}; keys: {', '.join(record) or 'none'}. Set `text_key:`"
            )
            return self._rejected(file, position, raw or "", "no_text_field", detail)
        if len(text.encode("utf-8", errors="surrogatepass")) > self.max_doc_bytes:
            return self._rejected(
                file,
                position,
                text[:PREVIEW_CHARS],
                "too_large",
                _too_large(len(text.encode("utf-8", errors="surrogatepass")), self.max_doc_bytes),
            )
        return self._document(file, position, text, record)

    def _document(self, file: InputFile, position: int, text: str, fields: dict) -> SloikaDocument:
        """The record's other fields stay under ``fields`` so they can't clash with sloika's own."""
        metadata = {"source": file.source, "position": position, "kind": file.kind}
        if fields:
            metadata["fields"] = fields
        return SloikaDocument(text=text, id=document_id(file.source, position), metadata=metadata)

    def _rejected(self, file: InputFile, position: int, text: str, reason: str, detail: str) -> Document:
        return reject(self._document(file, position, text, {}), STEP, reason, detail)

    def _file_record(
        self, file: InputFile, reason: str, detail: str, text: str = "", position: int = FILE_POSITION
    ) -> Document:
        return self._rejected(file, position, text, reason, detail)


def divert_rejected(
    docs: Iterator[Document], writer: DiskWriter | None, rank: int, step: PipelineStep
) -> Iterator[Document]:
    """Kept records go on; rejected ones leave the stream here, written by ``writer``."""
    if writer is None:
        raise SloikaError(
            f"{type(step).__name__} has no exclusion_writer: sloika records every rejected record; "
            "pass exclusion_writer=RejectedWriter(folder, 'read') (sloika.corpora.staging) or any "
            "datatrove writer"
        )
    with writer:
        for doc in docs:
            if rejection(doc) is None:
                yield doc
            else:
                step.stat_update("rejected")
                writer.write(doc, rank)


def _range_chunks(handle, size: int | None) -> Iterator[bytes]:
    """The next ``size`` bytes of ``handle`` (None: all the rest) in chunks: one piece of a plain file."""
    left = size if size is not None else float("inf")
    while left > 0 and (block := handle.read(int(min(CHUNK, left)))):
        left -= len(block)
        yield block


def _head(lines: Iterator[bytes], size: int) -> tuple[list[bytes], Iterator[bytes]]:
    """(the first lines, at least ``size`` bytes of them, to sniff; the lines after them). A damaged
    end found while sniffing is raised by the second part, after the head's records are out."""
    head: list[bytes] = []
    taken = 0
    try:
        for line in lines:
            head.append(line)
            taken += len(line)
            if taken >= size:
                break
    except FormatError as err:
        return head, _raising(err)
    return head, lines


def _raising(err: Exception) -> Iterator[bytes]:
    raise err
    yield b""  # noqa: RET503 - makes this a generator that raises when it is read


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(orjson.loads(line), dict)
    except orjson.JSONDecodeError:
        return False


def _check_parquet_footer(handle, size: int) -> None:
    """A Parquet file starts with ``PAR1`` and ends with its footer and ``PAR1``; a file that
    starts right but lacks the end was cut short."""
    if handle.read(4) != b"PAR1":
        raise FormatError("unreadable_file", "the file does not start with PAR1: it is not Parquet")
    if size >= 12:
        handle.seek(size - 4)
        if handle.read(4) == b"PAR1":
            handle.seek(0)
            return
    raise TruncatedFile(
        size,
        "Parquet",
        "the footer that locates every row group is missing, so no record can be read; "
        "the file was truncated: write or fetch it again",
    )


def _may_be_transcript(file: InputFile) -> bool:
    """A text file that reads like a copied video-site transcript is read as one unless its input
    names another kind: the user's `kind: article` (or paper) wins over the sniff, which the build
    log still reports as a hint."""
    if not file.kind_given or file.kind == "transcript":
        return True
    logger.info(
        f"{file.source}: reads like a copied video-site transcript (times alone over their words); "
        f"read as plain text, the `{file.kind}` its input names"
    )
    return False


def _too_large(size: int, limit: int) -> str:
    return f"{size:,} bytes > limit {limit:,} (raise `limits.max_doc_bytes` to keep it)"


def _refused_text(raw: bytes, err: FormatError) -> str:
    """What a refused text file's record shows: its bytes read as UTF-8 with replacements, so the
    user sees where it went wrong; nothing for a binary file or a UTF-16/32 one (by its byte-order
    mark), whose bytes read so are noise."""
    if err.reason == "binary_file" or bom_encoding(raw):
        return ""
    return raw.decode("utf-8", errors="replace")


def _utf8_hint(err: UnicodeDecodeError) -> str:
    """What a JSON line that is not UTF-8 tells its user: the whole file is converted, never one line."""
    return f"{bad_byte(err)} is not UTF-8; convert the file first ({iconv_hint(err.object)})"
