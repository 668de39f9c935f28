"""Shared helpers: build a corpus in a temp folder and check that nothing was lost."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import duckdb
import pytest

from sloika.config import validate_config
from sloika.corpora.manifest import load_manifest
from sloika.pipelines.build import build_corpus

DATA = Path(__file__).parent / "data"


def assert_conserved(corpus: Path) -> dict[str, Any]:
    """read = kept + rejected + duplicates per source, recounted from the Parquet tables themselves."""
    manifest = load_manifest(corpus)
    con = duckdb.connect()
    docs = f"read_parquet('{corpus}/documents/*.parquet')"
    rej = f"read_parquet('{corpus}/rejected/*.parquet')"
    kept = dict(con.execute(f"SELECT source, count(*) FROM {docs} GROUP BY 1").fetchall())
    rejected = dict(con.execute(f"SELECT source, count(*) FROM {rej} GROUP BY 1").fetchall())
    by_source = manifest["counts"]["by_source"]
    assert set(kept) | set(rejected) <= set(by_source)
    for source, counts in by_source.items():
        assert counts["read"] == kept.get(source, 0) + rejected.get(source, 0), source
        assert counts["read"] >= 1, f"{source} yielded no record at all"
    total = con.execute(
        f"SELECT count(*), count(DISTINCT id) FROM (SELECT id FROM {docs} UNION ALL SELECT id FROM {rej})"
    ).fetchone()
    assert total[0] == total[1] == manifest["counts"]["read"], (
        "ids must be unique and every record accounted for"
    )
    missing = con.execute(f"SELECT count(*) FROM {rej} WHERE step IS NULL OR reason IS NULL").fetchone()[0]
    assert missing == 0, "every rejected record names its step and reason"
    return manifest


def build_checked(output: Path, inputs: list[str | Path | dict], **config: Any) -> Path:
    """Build a corpus at ``output`` and check conservation; for module-scoped fixtures."""
    specs = [spec if isinstance(spec, dict) else {"path": str(spec)} for spec in inputs]
    build_corpus(validate_config({"inputs": specs, "output": str(output), **config}))
    assert_conserved(output)
    return output


@pytest.fixture
def build(tmp_path_factory: pytest.TempPathFactory):
    """build(inputs, **config) → the corpus path, after checking conservation. Corpora go to a
    folder of their own: sloika refuses an output inside an input, and tests write inputs to
    ``tmp_path``."""
    corpora = tmp_path_factory.mktemp("corpora")

    def _build(inputs: list[str | Path | dict], name: str = "corpus", **config: Any) -> Path:
        return build_checked(corpora / name, inputs, **config)

    return _build


def rows(corpus: Path, sql: str) -> list[tuple]:
    """Run SQL with `documents` / `rejected` as tables of the corpus."""
    con = duckdb.connect()
    for table in ("documents", "rejected"):
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{corpus}/{table}/*.parquet')")
    return con.execute(sql).fetchall()


def read_latex_paper(tmp_path: Path, body: str, preamble: str = "", cls: str = "article", options: str = ""):
    """The one document the LaTeX reader makes of ``body`` in a ``cls`` paper (``options`` as
    ``[…]``) with ``preamble``, written to ``tmp_path``."""
    from sloika.pipelines.formats.latex import parse_latex

    source = f"\\documentclass{options}{{{cls}}}\n{preamble}\\begin{{document}}\n{body}\n\\end{{document}}\n"
    path = tmp_path / "paper.tex"
    path.write_text(source)
    (doc,) = parse_latex(str(path), source.encode(), "source")
    return doc


def removed_records(doc) -> list[tuple[str, str]]:
    """``doc``'s ``removed`` layer as (label, text) pairs, in order."""
    return [(span.label, span.attrs.get("text", "")) for span in doc.layers.get("removed", [])]


def warc_archive(pages: list[bytes], gzip: bool = False, requests: bool = False) -> bytes:
    """HTML pages as a WARC written by warcio: one response record each, at
    ``https://example.org/<n>``; with ``requests`` each is followed by an empty request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for i, page in enumerate(pages):
        url = f"https://example.org/{i}"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.0")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(page), http_headers=headers)
        )
        if requests:
            writer.write_record(writer.create_warc_record(url, "request", payload=b""))
    return out.getvalue()


def write_gettext_catalogs(locale_dir: Path) -> None:
    """Two tiny ``.mo`` catalogs (ru and uk, domain "demo") written with babel, laid out as
    ``/usr/share/locale``: what ``bench/build_short_text_gettext.py`` reads. Our own strings, in
    the forms the installed catalogs hold (an accelerator, a placeholder, plural forms, an
    untranslated and a too long message, a word both languages write alike)."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    messages = {
        "ru": [
            ("_Open", "_Открыть"),
            ("File not found: %s", "Файл не найден: %s"),
            (("%d file", "%d files"), ("%d файл", "%d файла", "%d файлов")),
            ("OK", "OK"),  # untranslated: left out
            ("Hello", "Hello"),  # no Cyrillic: left out
            ("Long", "Очень длинное сообщение, " * 5),  # over 80 characters: left out
            ("File", "Файл"),  # the Ukrainian catalog writes it alike: ambiguous
        ],
        "uk": [("_Open", "_Відкрити"), ("File", "Файл"), ("Cancel", "Скасувати")],
    }
    for locale, pairs in messages.items():
        catalog = Catalog(locale=locale)
        for msgid, msgstr in pairs:
            catalog.add(msgid, msgstr)
        folder = locale_dir / locale / "LC_MESSAGES"
        folder.mkdir(parents=True)
        with (folder / "demo.mo").open("wb") as handle:
            write_mo(handle, catalog)
