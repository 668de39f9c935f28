"""Structure-keeping readers: papers (PDF, LaTeX), web pages (HTML, WARC), transcripts (SRT, VTT,
ASS/SSA, Whisper JSON, ASR text) and chat exports (ChatGPT, Obsidian callouts, JSONL ``messages``).

``FORMATS`` maps a format name to its parser; ``SUFFIXES`` adds their extensions to the input
resolver; ``read_structured`` turns a parser's output into datatrove documents with spans in the
``structure`` layer, for ``SourceReader`` and ``FolderReader`` alike. See docs/readers.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from datatrove.data import Document

from sloika.pipelines.formats.base import STRUCTURE, Failed, FormatError, Parsed
from sloika.text.spans import add_span

VERSION = 1
AUTO_KIND = "auto"  # the kind is decided by what the file turns out to be (.json)

SUFFIXES = {
    ".pdf": "pdf",
    ".tex": "latex",
    ".html": "html",
    ".htm": "html",
    ".warc": "warc",
    ".srt": "srt",
    ".msrt": "srt",
    ".vtt": "vtt",
    ".ass": "ass",
    ".ssa": "ass",
    ".json": "json",
    ".md": "markdown",
    ".mdx": "markdown",
    ".markdown": "markdown",
    ".rst": "rst",
    ".rest": "rst",
    ".adoc": "asciidoc",
    ".asciidoc": "asciidoc",
}
DEFAULT_KIND = {
    "pdf": "paper",
    "latex": "paper",
    "html": "article",
    "warc": "article",
    "srt": "transcript",
    "vtt": "transcript",
    "ass": "transcript",
    "whisper_json": "transcript",
    "asr_text": "transcript",
    "chatgpt_json": "chat",
    "obsidian_chat": "chat",
    "chat_jsonl": "chat",
    "fortune": "article",
    "markdown": "article",
    "rst": "article",
    "dokuwiki": "article",
    "bbcode": "article",
    "asciidoc": "article",
    "json": AUTO_KIND,
}


@dataclass(frozen=True)
class ReaderOptions:
    """What the parsers may be told; built from ``readers:`` in the build config."""

    latex_math: str = "source"
    paragraph_pause_s: float = 2.0
    split_languages: bool = True
    foreign_paragraphs: str = "trim"
    languages: tuple[str, ...] = ()  # the build's target languages (``language.languages``)
    # set per file by the reader: the input folder it was found in (``InputFile.folder``)
    input_folder: str | None = None


Parser = Callable[[str, bytes, ReaderOptions], Iterable[Parsed | Failed]]


def _json(path: str, data: bytes, options: ReaderOptions) -> Iterable[Parsed | Failed]:
    """A .json file is a ChatGPT export (a list with ``mapping`` trees) or Whisper output (``segments``)."""
    from sloika.pipelines.formats.chats import parse_chatgpt
    from sloika.pipelines.formats.whisper import load_json, whisper_document

    record = load_json(data, "JSON")
    if isinstance(record, dict) and "segments" in record:
        return [whisper_document(record, options.paragraph_pause_s)]
    if isinstance(record, list | dict) and "mapping" in (
        record[0] if isinstance(record, list) and record else record
    ):
        return parse_chatgpt(data)
    raise FormatError(
        "unknown_json",
        "neither Whisper output (`segments`) nor a ChatGPT export (`mapping`); set `format:` on this input",
    )


def _parsers() -> dict[str, Parser]:
    from sloika.pipelines.formats import (
        asciidoc,
        ass,
        bbcode,
        chats,
        dokuwiki,
        fortune,
        latex,
        markdown,
        pdf,
        rst,
        subtitles,
        web,
        whisper,
    )

    return {
        "pdf": lambda path, data, o: pdf.parse_pdf(data, o.foreign_paragraphs, o.languages),
        "latex": lambda path, data, o: latex.parse_latex(path, data, o.latex_math, o.input_folder),
        "html": lambda path, data, o: web.parse_html(data, o.foreign_paragraphs, o.languages),
        "warc": lambda path, data, o: web.parse_warc(data, o.foreign_paragraphs, o.languages),
        "srt": lambda path, data, o: subtitles.parse_subtitles(
            data, o.paragraph_pause_s, o.split_languages, "srt"
        ),
        "vtt": lambda path, data, o: subtitles.parse_subtitles(
            data, o.paragraph_pause_s, o.split_languages, "vtt"
        ),
        "ass": lambda path, data, o: ass.parse_ass(data, o.paragraph_pause_s),
        "whisper_json": lambda path, data, o: whisper.parse_whisper_json(data, o.paragraph_pause_s),
        "asr_text": lambda path, data, o: whisper.parse_asr_text(data, o.paragraph_pause_s),
        "chatgpt_json": lambda path, data, o: chats.parse_chatgpt(data),
        "obsidian_chat": lambda path, data, o: chats.parse_obsidian(data),
        "chat_jsonl": lambda path, data, o: chats.parse_chat_jsonl(data),
        "fortune": lambda path, data, o: fortune.parse_fortune(data, fortune.rotated_by_strfile(path)),
        "markdown": lambda path, data, o: markdown.parse_markdown(data, o.foreign_paragraphs, o.languages),
        "rst": lambda path, data, o: [rst.parse_rst(data, o.foreign_paragraphs, o.languages)],
        "dokuwiki": lambda path, data, o: [dokuwiki.parse_dokuwiki(data, o.foreign_paragraphs, o.languages)],
        "bbcode": lambda path, data, o: [bbcode.parse_bbcode(data, o.foreign_paragraphs, o.languages)],
        "asciidoc": lambda path, data, o: [asciidoc.parse_asciidoc(data, o.foreign_paragraphs, o.languages)],
        "json": _json,
    }


FORMATS = tuple(DEFAULT_KIND)


def read_structured(
    fmt: str,
    path: str,
    data: bytes | BinaryIO,  # a WARC is streamed
    options: ReaderOptions,
    make_document: Callable[[int, str, dict], Document],
    make_rejected: Callable[[int, str, str, str], Document],
    kind: str,
) -> Iterator[Document]:
    """Documents of one file; a ``FormatError`` propagates for the caller to record against the file.

    ``make_document(position, text, fields)`` and ``make_rejected(position, text, reason, detail)``
    are the caller's, so ids and metadata follow the caller's conventions.
    """
    for item in _parsers()[fmt](path, data, options):
        item = all_removed(item) if isinstance(item, Parsed) else item
        if isinstance(item, Failed):
            yield make_rejected(item.position, item.text, item.reason, item.detail)
            continue
        yield structured_document(item, fmt, make_document, kind)


def all_removed(item: Parsed) -> Parsed | Failed:
    """A document the reader's own cuts left without text (a Russian page whose every paragraph
    is untranslated English, cut as ``foreign_paragraph`` and ``orphaned_by_cut``) is rejected
    here, ``all_text_removed``, with the cut text in reading order as its text and the cuts
    counted in the detail: the cause is named and what was judged stays queryable in ``rejected``
    (an empty document would reach the length filter as "no text after repair", its ``removed``
    layer in no table)."""
    cuts = [span for span in item.layers.get("removed", []) if span.attrs.get("text")]
    if item.text.strip() or not cuts:
        return item
    counts = Counter(span.label for span in cuts)
    detail = ", ".join(f"{label} ×{count}" for label, count in counts.most_common())
    text = "\n\n".join(span.attrs["text"] for span in cuts)
    hint = "readers.foreign_paragraphs: keep keeps untranslated text" if "foreign_paragraph" in counts else ""
    return Failed(
        item.position,
        text,
        "all_text_removed",
        f"the reader removed all of it: {detail}" + (f" ({hint})" if hint else ""),
    )


def structured_document(
    item: Parsed, fmt: str, make_document: Callable[[int, str, dict], Document], kind: str
) -> Document:
    """One parsed document as a datatrove document, its spans in their layers."""
    annotator = f"sloika.readers.{fmt}@{VERSION}"
    doc = make_document(item.position, item.text, item.fields)
    doc.metadata["kind"] = item.kind if kind == AUTO_KIND else kind
    if item.repairs:  # the repair step adds its own to them
        doc.metadata["repairs"] = list(item.repairs)
    for span in item.spans:
        add_span(doc, STRUCTURE, span.start, span.end, span.label, annotator=annotator, attrs=span.attrs)
    for layer, layer_spans in item.layers.items():  # e.g. a paper's citations
        for span in layer_spans:
            add_span(doc, layer, span.start, span.end, span.label, annotator, span.score, span.attrs)
    return doc


__all__ = [
    "DEFAULT_KIND",
    "FORMATS",
    "SUFFIXES",
    "FormatError",
    "ReaderOptions",
    "all_removed",
    "read_structured",
    "structured_document",
]
