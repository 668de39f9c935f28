"""Inputs and outputs on object storage: a real S3 server (moto's, started on loopback by the test)
holds the inputs and the corpus; the corpus is checked against a local build of the same files,
read back with boto3 (not through sloika), queried and exported from its URL, and the overwrite
rules hold on the bucket as they do on disk."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from sloika.cli import main
from sloika.config import ConfigError, validate_config
from sloika.corpora.catalog import QueryError, query
from sloika.corpora.export_sft import SftOptions, export_sft
from sloika.corpora.manifest import CorpusError, load_manifest
from sloika.corpora.staging import RejectedWriter
from sloika.corpora.storage import PUBLISHING
from sloika.corpora.swap import UnsafeOutputError
from sloika.pipelines.build import build_corpus
from sloika.pipelines.folder_reader import FolderReader

from conftest import DATA, assert_conserved

boto3 = pytest.importorskip("boto3")
moto_server = pytest.importorskip("moto.server")

BUCKET = "sloika-test"
INPUTS = {  # bucket key → local file: plain text, gzip/zstd JSONL with duplicates, Parquet
    **{f"in/seeds/{p.name}": p for p in sorted((DATA / "seeds").iterdir())},
    **{f"in/react/{p.name}": p for p in sorted((DATA / "react_docs").glob("*_pages.*"))},
}


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    """A moto S3 server on 127.0.0.1 with the inputs uploaded; yields a boto3 client."""
    patch = pytest.MonkeyPatch()
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        patch.setenv(name, value)
    patch.delenv("AWS_PROFILE", raising=False)
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    patch.setenv("AWS_ENDPOINT_URL", endpoint)  # what botocore (so s3fs, so `sloika query`) reads
    client = boto3.client("s3", endpoint_url=endpoint)
    client.create_bucket(Bucket=BUCKET)
    for key, path in INPUTS.items():
        client.upload_file(str(path), BUCKET, key)
    client.put_object(Bucket=BUCKET, Key="in/seeds/.DS_Store", Body=b"\0\0\0\1Bud1")  # hidden: skipped
    client.endpoint = endpoint
    yield client
    server.stop()
    patch.undo()


def _keys(client, prefix: str) -> list[str]:
    pages = client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=prefix)
    return sorted(obj["Key"] for page in pages for obj in page.get("Contents", []))


def _download(client, prefix: str, folder: Path) -> Path:
    """The objects under ``prefix`` as a local folder, fetched with boto3 (not through sloika)."""
    for key in _keys(client, prefix + "/"):
        target = folder / key[len(prefix) + 1 :]
        target.parent.mkdir(parents=True, exist_ok=True)
        client.download_file(BUCKET, key, str(target))
    return folder


def _config(output: str, staging: Path, inputs: list[str], **extra) -> dict:
    storage = {"staging": str(staging), **extra.pop("storage", {})}
    return {"inputs": [{"path": path} for path in inputs], "output": output, "storage": storage, **extra}


def _essence(corpus: Path, table: str) -> list[tuple]:
    """Rows without where the files were: (file name, position, text[, step, reason])."""
    columns = ["source", "position", "text"] + (["step", "reason"] if table == "rejected" else [])
    rows = pq.read_table(corpus / table, columns=columns).to_pylist()
    return sorted((r["source"].rsplit("/", 1)[-1], *(r[c] for c in columns[1:])) for r in rows)


@pytest.fixture(scope="module")
def remote_corpus(s3, tmp_path_factory) -> str:
    url = f"s3://{BUCKET}/corpora/main"
    staging = tmp_path_factory.mktemp("staging")
    inputs = [
        f"s3://{BUCKET}/in/seeds",
        f"s3://{BUCKET}/in/react/*.jsonl.*",
        f"s3://{BUCKET}/in/react/*.parquet",
    ]
    build_corpus(validate_config(_config(url, staging, inputs)))
    assert not list(staging.iterdir()), "the local staging is cleaned up after the upload"
    return url


def test_a_corpus_built_from_s3_to_s3_equals_the_local_build(s3, remote_corpus, tmp_path):
    copy = _download(s3, "corpora/main", tmp_path / "copy")
    manifest = assert_conserved(copy)  # read = kept + rejected + duplicates, recounted from the tables
    local = tmp_path / "local"
    inputs = [
        str(DATA / "seeds"),
        str(DATA / "react_docs" / "*.jsonl.*"),
        str(DATA / "react_docs" / "*.parquet"),
    ]
    build_corpus(validate_config({"inputs": [{"path": p} for p in inputs], "output": str(local)}))
    expected = load_manifest(local)["counts"]
    for key in ("read", "kept", "rejected", "duplicates"):
        assert manifest["counts"][key] == expected[key], key
    assert manifest["counts"]["duplicates"] > 0, "the JSONL files share pages: dedup ran across them"
    assert _essence(copy, "documents") == _essence(local, "documents")
    assert _essence(copy, "rejected") == _essence(local, "rejected")
    sources = {row["source"] for row in pq.read_table(copy / "documents").to_pylist()}
    assert all(source.startswith(f"s3://{BUCKET}/in/") for source in sources)
    assert [s["path"] for s in manifest["skipped_inputs"]] == [f"{BUCKET}/in/seeds/.DS_Store"]
    assert PUBLISHING not in {k.rsplit("/", 1)[-1] for k in _keys(s3, "corpora/main/")}


def test_query_reads_an_s3_corpus_and_writes_nothing(s3, remote_corpus, capsys):
    kept = load_manifest(remote_corpus)["counts"]["kept"]
    assert query(remote_corpus, "SELECT count(*) FROM documents")[1] == [(kept,)]
    assert main(["query", remote_corpus, "SELECT count(*) AS n FROM rejected", "-f", "jsonl"]) == 0
    assert (
        json.loads(capsys.readouterr().out)["n"]
        == load_manifest(remote_corpus)["counts"]["rejected"]
        + (load_manifest(remote_corpus)["counts"]["duplicates"])
    )
    before = _keys(s3, "")
    for sql in (
        f"COPY documents TO 's3://{BUCKET}/stolen.parquet'",
        f"SELECT * FROM read_parquet('s3://{BUCKET}/corpora/main/documents/*.parquet')",
        "INSTALL httpfs",
    ):
        with pytest.raises(QueryError):
            query(remote_corpus, sql)
    assert _keys(s3, "") == before


def test_export_from_an_s3_corpus_to_disk_and_to_s3(s3, remote_corpus, tmp_path):
    local = export_sft(remote_corpus, tmp_path / "sft", SftOptions())
    assert local["documents"] == load_manifest(remote_corpus)["counts"]["kept"]
    assert local["corpus"]["path"] == remote_corpus
    url = f"s3://{BUCKET}/exports/sft"
    remote = export_sft(remote_corpus, url, SftOptions())
    copy = _download(s3, "exports/sft", tmp_path / "copy")
    for split in ("train", "validation"):
        assert (copy / f"{split}.jsonl").read_bytes() == (tmp_path / "sft" / f"{split}.jsonl").read_bytes()
    assert json.loads((copy / "export_manifest.json").read_text())["splits"] == remote["splits"]
    with pytest.raises(CorpusError, match="already exists"):
        export_sft(remote_corpus, url, SftOptions())


def test_overwrite_rules_hold_on_s3(s3, remote_corpus, tmp_path):
    seeds = [f"s3://{BUCKET}/in/seeds"]
    one = [f"s3://{BUCKET}/in/seeds/000_f1b2c30c9d7d7355.txt"]
    # a prefix of someone else's objects is never replaced, and nothing is staged for it
    s3.put_object(Bucket=BUCKET, Key="backups/db.sql", Body=b"precious")
    with pytest.raises(UnsafeOutputError, match="no sloika manifest"):
        build_corpus(validate_config(_config(f"s3://{BUCKET}/backups", tmp_path, seeds)), overwrite=True)
    assert _keys(s3, "backups/") == ["backups/db.sql"]
    assert not list(tmp_path.iterdir())
    # a bucket that isn't there fails before the build, not at the upload
    with pytest.raises(UnsafeOutputError, match="does not exist"):
        build_corpus(validate_config(_config("s3://no-such-bucket/corpus", tmp_path, seeds)))
    assert not list(tmp_path.iterdir())
    # nor an output inside an input, nor one that holds an input
    for output in (f"s3://{BUCKET}/in/seeds/corpus", f"s3://{BUCKET}/in"):
        with pytest.raises(UnsafeOutputError, match="input"):
            build_corpus(validate_config(_config(output, tmp_path, seeds)), overwrite=True)
    # an existing corpus: refused without --overwrite, replaced whole with it
    url = f"s3://{BUCKET}/corpora/small"
    build_corpus(validate_config(_config(url, tmp_path, seeds)))
    s3.put_object(Bucket=BUCKET, Key="corpora/small/layers/old/part-00000.parquet", Body=b"stale")
    with pytest.raises(CorpusError, match="already exists"):
        build_corpus(validate_config(_config(url, tmp_path, one)))
    build_corpus(validate_config(_config(url, tmp_path, one)), overwrite=True)
    assert load_manifest(url)["counts"]["read"] == 1
    assert not [key for key in _keys(s3, "corpora/small/") if "/layers/old/" in key]
    assert_conserved(_download(s3, "corpora/small", tmp_path / "copy"))


def test_an_interrupted_upload_is_refused_by_readers_and_replaced_by_overwrite(s3, tmp_path):
    url = f"s3://{BUCKET}/corpora/cut"
    s3.put_object(Bucket=BUCKET, Key=f"corpora/cut/{PUBLISHING}", Body=b"{}")
    s3.put_object(Bucket=BUCKET, Key="corpora/cut/documents/part-00000.parquet", Body=b"half")
    with pytest.raises(CorpusError, match="never finished"):
        query(url, "SELECT count(*) FROM documents")
    build_corpus(validate_config(_config(url, tmp_path, [f"s3://{BUCKET}/in/seeds"])), overwrite=True)
    assert query(url, "SELECT count(*) FROM documents")[1] == [(load_manifest(url)["counts"]["kept"],)]
    assert f"corpora/cut/{PUBLISHING}" not in _keys(s3, "corpora/cut/")


def test_folder_reader_opens_files_with_its_folders_options(s3, tmp_path, monkeypatch):
    """A user's own pipeline: FolderReader(("s3://...", {endpoint_url: ...})) without AWS_ENDPOINT_URL."""
    monkeypatch.delenv("AWS_ENDPOINT_URL")
    folder = (f"s3://{BUCKET}/in/react", {"endpoint_url": s3.endpoint})
    reader = FolderReader(
        folder, glob_pattern="*.jsonl.*", exclusion_writer=RejectedWriter(str(tmp_path), "read")
    )
    documents = list(reader.run())
    assert len(documents) == 8 + 5  # every record of both JSONL files (the reference build reads as many)
    assert {d.metadata["source"].rsplit("/", 1)[-1] for d in documents} == {
        "mixed_pages.jsonl.zst",
        "ru_pages.jsonl.gz",
    }
    assert not (tmp_path / "rejected").exists()


@pytest.mark.slow
def test_storage_options_from_the_config_reach_the_workers(s3, tmp_path, monkeypatch):
    """Without AWS_ENDPOINT_URL only the config's storage.options know the server, in two workers."""
    from multiprocess import forkserver

    # datatrove's workers fork from a forkserver, which keeps the environment it started with: an
    # earlier test's would lack this module's AWS credentials. A `sloika build` starts a fresh one.
    forkserver._forkserver._stop()
    monkeypatch.delenv("AWS_ENDPOINT_URL")
    options = {"s3": {"endpoint_url": s3.endpoint}}
    url = f"s3://{BUCKET}/corpora/workers"
    inputs = [f"s3://{BUCKET}/in/seeds", f"s3://{BUCKET}/in/react/*.jsonl.*"]
    build_corpus(validate_config(_config(url, tmp_path, inputs, workers=2, storage={"options": options})))
    monkeypatch.setenv("AWS_ENDPOINT_URL", s3.endpoint)
    counts = load_manifest(url)["counts"]
    assert counts["read"] == 5 + 8 + 5 and counts["kept"] > 5  # records, not one unreadable_file per file


def test_credentials_are_refused_in_the_config(tmp_path):
    secret = {"s3": {"client_kwargs": {"aws_secret_access_key": "x"}}}
    with pytest.raises(ConfigError, match="looks like a credential"):
        validate_config(_config("s3://b/c", tmp_path, ["x"], storage={"options": secret}))


def test_a_file_url_output_is_the_local_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "corpora" / "mine"
    seeds = [str(DATA / "seeds")]
    build_corpus(validate_config({"inputs": [{"path": p} for p in seeds], "output": target.as_uri()}))
    assert assert_conserved(target)["counts"]["read"] == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpora"]  # no folder called `file:`
    kept = load_manifest(target.as_uri())["counts"]["kept"]
    assert query(target.as_uri(), "SELECT count(*) FROM documents")[1] == [(kept,)]
    with pytest.raises(CorpusError, match="already exists"):
        build_corpus(validate_config({"inputs": [{"path": p} for p in seeds], "output": target.as_uri()}))
    shutil.rmtree(target)


def test_the_cli_builds_reports_and_refuses_to_annotate_on_s3(s3, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # the default local staging
    url = f"s3://{BUCKET}/corpora/cli"
    assert main(["build", "--input", f"s3://{BUCKET}/in/seeds/", "--output", url]) == 0
    assert f"corpus written to {url}" in " ".join(capsys.readouterr().out.split())
    assert not any(p.is_file() for p in (tmp_path / "cache").rglob("*")), "staging cleaned up"
    assert main(["report", url, "-o", str(tmp_path / "report.html")]) == 0
    assert "cli" in (tmp_path / "report.html").read_text(encoding="utf-8")
    assert main(["annotate", url, "--layers", "segments"]) == 1
    assert "object storage" in capsys.readouterr().err
    from starlette.testclient import TestClient

    from sloika.corpora.browser import create_app

    page = TestClient(create_app(url)).get("/?status=kept")
    assert page.status_code == 200 and "cli" in page.text


def _objects_fetched(caplog) -> dict[str, int]:
    """GET requests per object key as moto's server logged them (it runs in this process, so requests
    from the build's worker processes are counted too); listings (``?list-type``) are not downloads."""
    counts: dict[str, int] = {}
    for record in caplog.records:
        found = re.search(r"GET /[^/?\s]+/([^?\s]+) HTTP", record.getMessage())
        if record.name == "werkzeug" and found:
            counts[found[1]] = counts.get(found[1], 0) + 1
    return counts


def test_remote_inputs_are_downloaded_once(s3, tmp_path, caplog, monkeypatch):
    """Before, the build's fingerprint pass read every remote object and the readers read it again;
    now the fingerprint is the store's checksum and each object is fetched once (a big one by the
    re-sharding stage, whose shards the two workers then read from the local work folder)."""
    import logging

    from sloika.pipelines import resharding, splitting

    caplog.set_level(logging.INFO, logger="werkzeug")
    keys = ["in/react/mixed_pages.jsonl.zst", "in/react/ru_pages.jsonl.gz"]
    url = f"s3://{BUCKET}/corpora/once"
    build_corpus(validate_config(_config(url, tmp_path, [f"s3://{BUCKET}/{key}" for key in keys])))
    assert {key: _objects_fetched(caplog).get(key) for key in keys} == dict.fromkeys(keys, 1)
    manifest = load_manifest(url)
    assert all(
        item["checksum"].startswith("ETag:") and item["xxh3_64"] is None for item in manifest["inputs"]
    )
    # re-sharded on two workers: still one download each, and the same documents
    from multiprocess import forkserver

    forkserver._forkserver._stop()  # a fresh one with this module's AWS_ENDPOINT_URL (see below)
    caplog.clear()
    monkeypatch.setattr(splitting, "MIN_PIECE_BYTES", 1024)
    monkeypatch.setattr(resharding, "MIN_RESHARD_BYTES", 0)
    resharded = f"s3://{BUCKET}/corpora/once-resharded"
    build_corpus(
        validate_config(_config(resharded, tmp_path, [f"s3://{BUCKET}/{k}" for k in keys], workers=2))
    )
    assert {key: _objects_fetched(caplog).get(key) for key in keys} == dict.fromkeys(keys, 1)
    copy, plain = (
        _download(s3, "corpora/once-resharded", tmp_path / "a"),
        _download(s3, "corpora/once", tmp_path / "b"),
    )
    assert_conserved(copy)
    assert (copy / "logs" / "reshard").is_dir() and load_manifest(resharded)["tasks"] == 2
    documents = ["id", "position", "text"]
    assert sorted(pq.read_table(copy / "documents", columns=documents).to_pylist(), key=str) == sorted(
        pq.read_table(plain / "documents", columns=documents).to_pylist(), key=str
    )


def _fresh_filesystems() -> None:
    """s3fs keeps one filesystem per set of options; a test that changes the environment needs new ones."""
    import s3fs
    from datatrove.io import DataFolder

    s3fs.S3FileSystem.clear_instance_cache()
    DataFolder.clear_instance_cache()  # a DirFileSystem over the cached s3fs one


def test_storage_failures_say_what_to_check(s3, remote_corpus, tmp_path, monkeypatch, capsys):
    """An unreachable server, a missing bucket or object, refused or missing credentials: each ends in
    one message that says what to check, from the API and from the command line, never a traceback."""
    from moto.core.authorization import enable_iam_authentication

    from sloika.corpora.storage import StorageError

    seeds = [f"s3://{BUCKET}/in/seeds"]
    # a missing bucket or object among the inputs
    with pytest.raises(ConfigError, match="bucket 'no-such-bucket' does not exist"):
        build_corpus(validate_config(_config(f"{tmp_path}/out", tmp_path, ["s3://no-such-bucket/in"])))
    with pytest.raises(ConfigError, match="matches no files: check the path"):
        build_corpus(
            validate_config(_config(f"{tmp_path}/out", tmp_path, [f"s3://{BUCKET}/in/nothing.jsonl"]))
        )
    # the server down: a second moto server, stopped
    down = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    down.start()
    host, port = down.get_host_and_port()
    down.stop()
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://{host}:{port}")
    _fresh_filesystems()
    with pytest.raises(StorageError, match="could not be reached.*Check that the server is up"):
        build_corpus(validate_config(_config(f"{tmp_path}/out", tmp_path, seeds)))
    assert main(["query", remote_corpus, "SELECT count(*) FROM documents"]) == 1
    assert main(["build", "--input", str(DATA / "seeds"), "--output", f"s3://{BUCKET}/corpora/x"]) == 1
    err = capsys.readouterr().err
    assert err.count("could not be reached") == 2 and "Traceback" not in err
    monkeypatch.setenv("AWS_ENDPOINT_URL", s3.endpoint)
    _fresh_filesystems()
    # credentials the server refuses (moto checks them against its IAM users: it has none)
    with enable_iam_authentication():
        with pytest.raises(StorageError, match="refused these credentials"):
            build_corpus(validate_config(_config(f"{tmp_path}/out", tmp_path, seeds)))
        assert main(["report", remote_corpus, "-o", str(tmp_path / "r.html")]) == 1
    assert "refused these credentials" in capsys.readouterr().err
    # no credentials at all
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    _fresh_filesystems()
    assert main(["export", "sft", remote_corpus, "--out", str(tmp_path / "sft")]) == 1
    assert "no credentials for the object store" in capsys.readouterr().err
    monkeypatch.undo()
    _fresh_filesystems()
    assert not list(tmp_path.glob("out*")), "nothing was built or published"


def test_a_build_whose_upload_was_cut_resumes_without_reading_its_inputs_again(
    s3, tmp_path, caplog, monkeypatch
):
    """The network goes away during the upload: the build says so and how to go on; the same build
    run again (no --overwrite: what is there is its own unfinished upload) skips the finished stages,
    downloads no input again, and uploads the corpus."""
    import logging

    from botocore.exceptions import EndpointConnectionError
    from datatrove.io import DataFolder

    from sloika.pipelines.build import BuildError

    caplog.set_level(logging.INFO, logger="werkzeug")
    url = f"s3://{BUCKET}/corpora/resumed"
    config = validate_config(
        _config(url, tmp_path, [f"s3://{BUCKET}/in/seeds", f"s3://{BUCKET}/in/react/*.jsonl.*"])
    )
    put = DataFolder.put

    def cut_off(self, sources, targets, **kwargs):
        put(self, sources[:1], targets[:1], **kwargs)  # one part arrives, then the connection is gone
        raise EndpointConnectionError(endpoint_url=s3.endpoint)

    monkeypatch.setattr(DataFolder, "put", cut_off)
    with pytest.raises(BuildError, match="(?s)could not be reached.*run the same build again"):
        build_corpus(config)
    with pytest.raises(CorpusError, match="never finished"):
        load_manifest(url)
    monkeypatch.setattr(DataFolder, "put", put)
    caplog.clear()
    build_corpus(config)
    assert not [key for key in _objects_fetched(caplog) if key.startswith("in/")], "no input read again"
    manifest = assert_conserved(_download(s3, "corpora/resumed", tmp_path / "copy"))
    assert manifest["counts"]["read"] == 5 + 8 + 5
    assert PUBLISHING not in {k.rsplit("/", 1)[-1] for k in _keys(s3, "corpora/resumed/")}


def test_export_pretrain_from_an_s3_corpus_equals_the_export_of_its_local_copy(s3, remote_corpus, tmp_path):
    """`sloika export pretrain` reads the corpus from its URL and writes to a URL: the token shards
    are byte for byte those exported from a local copy of the corpus fetched with boto3."""
    qwen = str(DATA / "tokenizers" / "qwen.tiktoken")
    copy = _download(s3, "corpora/main", tmp_path / "copy")
    url = f"s3://{BUCKET}/exports/pretrain"
    assert main(["export", "pretrain", remote_corpus, "--tokenizer", qwen, "--out", url]) == 0
    assert main(["export", "pretrain", str(copy), "--tokenizer", qwen, "--out", str(tmp_path / "local")]) == 0
    remote = _download(s3, "exports/pretrain", tmp_path / "remote")
    names = sorted(p.relative_to(remote).as_posix() for p in remote.rglob("*") if p.is_file())
    local = tmp_path / "local"
    assert names == sorted(p.relative_to(local).as_posix() for p in local.rglob("*") if p.is_file())
    for name in names:
        if name != "export_manifest.json":  # it names where the corpus was
            assert (remote / name).read_bytes() == (local / name).read_bytes(), name
    manifest = json.loads((remote / "export_manifest.json").read_text())
    assert manifest["corpus"]["path"] == remote_corpus and manifest["n_documents"] > 0
