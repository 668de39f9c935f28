"""Where a corpus lives: a local folder, or a folder behind any fsspec URL (``s3://``, ``gs://``,
``az://``, ``hf://`` ...), and how a finished corpus gets there.

A local output (``corpora/my`` or ``file:///data/my``) is published by renaming a finished folder
into place (``sloika.corpora.swap``): atomic. Object stores have no rename, so a remote output is
finished on local disk and then uploaded through datatrove's ``DataFolder`` in an order that keeps
the same promises:

- only a sloika corpus or export (a manifest at its top), the leftovers of an interrupted sloika
  upload (the ``.sloika-publishing`` marker object) or nothing at all is ever replaced; anything
  else is refused before any work starts;
- the manifest is the completion marker: an old corpus loses its manifest first, the new one gets
  its manifest last, so a prefix with a manifest holds one complete corpus and readers
  (``load_manifest``) refuse one without;
- the marker object is written before anything is deleted and removed after the manifest, so an
  upload killed half way leaves a prefix that the next ``--overwrite`` may replace.

Credentials and endpoints come from where the storage library looks for them (``AWS_*`` variables,
``~/.aws``, ``GOOGLE_APPLICATION_CREDENTIALS``), from fsspec's own configuration (``FSSPEC_S3_*``
variables, ``~/.config/fsspec``), or from a build config's ``storage.options`` (docs/storage.md).
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import fsspec
import xxhash
from fsspec.callbacks import TqdmCallback
from fsspec.core import split_protocol

from sloika.corpora.swap import (
    MANIFESTS,
    UnsafeOutputError,
    check_apart_from_inputs,
    check_replaceable,
    recover_swap,
    swap_into_place,
)
from sloika.errors import MissingDependency, SloikaError

if TYPE_CHECKING:  # datatrove.io pulls in huggingface_hub, pyarrow.dataset is large: loaded when used
    import pyarrow.dataset as ds
    from datatrove.io import DataFolder

PUBLISHING = ".sloika-publishing"  # marker object: a sloika upload into this prefix has begun
LOCAL_PROTOCOLS = (None, "file", "local")
BUCKET_PROTOCOLS = ("s3", "s3a", "gs", "gcs", "az", "abfs", "abfss", "adl")  # first path part: a bucket


# how storage libraries say what went wrong: exception class names (botocore, aiohttp, gcsfs, adlfs;
# matched by name so that none of them has to be installed) and S3 error codes
UNREACHABLE = {
    "EndpointConnectionError",
    "ConnectTimeoutError",
    "ReadTimeoutError",
    "ConnectionClosedError",
    "ProxyConnectionError",
    "ClientConnectorError",
    "ServerDisconnectedError",
    "ServerTimeoutError",
    "ServiceRequestError",  # azure
}
NO_CREDENTIALS = {
    "NoCredentialsError",
    "PartialCredentialsError",
    "CredentialRetrievalError",
    "DefaultCredentialsError",
}
DENIED = {
    "AccessDenied",
    "AllAccessDisabled",
    "ExpiredToken",
    "InvalidAccessKeyId",
    "InvalidToken",
    "SignatureDoesNotMatch",
    "TokenRefreshRequired",
    "403",
}
NO_BUCKET = {"NoSuchBucket"}


class StorageError(SloikaError):
    """Object storage could not be reached, or refused the request; the message says what to check."""


def storage_failure(err: BaseException, where: str | Path | None = None) -> StorageError | None:
    """``err`` as a ``StorageError`` that says what to do next when it (or what caused it) is an object
    store's failure: an unreachable endpoint, missing or refused credentials, a missing bucket. None
    for anything else (a missing object is the caller's to explain: an input that matches nothing, a
    prefix that holds no corpus)."""
    chain: list[BaseException] = []
    while err is not None and err not in chain and len(chain) < 10:
        chain.append(err)
        err = err.__cause__ or err.__context__
    names = {cls.__name__ for found in chain for cls in type(found).__mro__}
    codes = {
        str(found.response.get("Error", {}).get("Code"))
        for found in chain
        if isinstance(getattr(found, "response", None), dict)
    }
    there = f"{where}: " if where else ""
    said = str(chain[0]) if chain else ""
    if names & UNREACHABLE:
        endpoint = os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
        return StorageError(
            f"{there}the object store could not be reached ({said}). Check that the server is up, that "
            f"the endpoint is right ({'AWS_ENDPOINT_URL=' + endpoint if endpoint else 'AWS_ENDPOINT_URL'}"
            ", FSSPEC_S3_ENDPOINT_URL or storage.options.s3.endpoint_url in the config) and that this "
            "machine's network reaches it, then run the command again (a build resumes where it stopped)"
        )
    if names & NO_CREDENTIALS:
        return StorageError(
            f"{there}no credentials for the object store ({said}). Set AWS_ACCESS_KEY_ID and "
            "AWS_SECRET_ACCESS_KEY (or AWS_PROFILE, GOOGLE_APPLICATION_CREDENTIALS, ...) before running "
            "sloika; see docs/storage.md"
        )
    if codes & DENIED:
        return StorageError(
            f"{there}the object store refused these credentials ({said}). Check AWS_ACCESS_KEY_ID / "
            "AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) and that they may read the inputs and write the "
            "output; see docs/storage.md"
        )
    if codes & NO_BUCKET:
        return StorageError(
            f"{there}the bucket does not exist ({said}). Check the bucket name in the URL and the "
            "endpoint (another server or region?); sloika never creates buckets"
        )
    return None


@contextmanager
def explained(where: str | Path | None = None) -> Iterator[None]:
    """Re-raise an object store's failure inside the block as a ``StorageError`` (``storage_failure``)."""
    try:
        yield
    except SloikaError:
        raise
    except Exception as err:
        failure = storage_failure(err, where)
        if failure is None:
            raise
        raise failure from err


def is_remote(where: str | Path) -> bool:
    """True for an fsspec URL of anything but the local filesystem."""
    return not isinstance(where, Path) and split_protocol(str(where))[0] not in LOCAL_PROTOCOLS


def require_filesystems(locations: list[str | Path]) -> None:
    """Fail at once, with what to install, when a URL's filesystem package is missing (s3fs for
    ``s3://``, gcsfs for ``gs://``, adlfs for ``az://``), not after the pipeline ran."""
    for where in locations:
        protocol = split_protocol(str(where))[0]
        if protocol in LOCAL_PROTOCOLS:
            continue
        try:
            fsspec.get_filesystem_class(protocol)
        except ImportError as err:
            extra = " (pip install 'sloika[s3]' for S3 and S3-compatible stores)" if protocol == "s3" else ""
            raise MissingDependency(f"{where}: {err}{extra}") from err
        except ValueError as err:
            raise MissingDependency(f"{where}: fsspec knows no protocol {protocol!r} ({err})") from err


def local_path(where: str | Path) -> Path:
    """The local folder ``where`` names: ``file:///data/my`` is ``/data/my`` (a plain ``Path`` of the
    URL would be a folder called ``file:``)."""
    if is_remote(where):
        raise ValueError(f"{where} is not on the local filesystem")
    protocol, path = split_protocol(str(where))
    return Path(path) if protocol else Path(where)


def located(where: str | Path) -> str | Path:
    """A remote URL as given (without a trailing slash), a local location as a ``Path``."""
    return str(where).rstrip("/") if is_remote(where) else local_path(where)


@contextmanager
def storage_options(options: dict[str, dict[str, Any]]) -> Iterator[None]:
    """fsspec options per protocol (``{"s3": {"endpoint_url": ...}}``) for everything this process
    opens inside the block, through fsspec's global configuration, restored on exit. (Worker
    processes don't inherit it: the build hands the options to its reader step.)"""
    saved = {protocol: dict(values) for protocol, values in fsspec.config.conf.items()}
    apply_storage_options(options)
    try:
        yield
    finally:
        fsspec.config.conf.clear()
        fsspec.config.conf.update(saved)


def apply_storage_options(options: dict[str, dict[str, Any]]) -> None:
    """fsspec options per protocol for the rest of this process: a worker process's side of
    ``storage_options`` (it does not inherit the build's configuration)."""
    for protocol, values in options.items():
        fsspec.config.conf.setdefault(protocol, {}).update(values)


def corpus_root(corpus: str | Path) -> str | Path:
    """A corpus location as sloika opens it: a remote URL as given, a local folder resolved."""
    require_filesystems([corpus])
    where = located(corpus)
    return where if isinstance(where, str) else where.resolve()


def work_folder(where: str | Path, staging: str | None) -> Path:
    """The local folder a build stages and finishes beside: the output itself when it is local; for a
    remote output a stand-in under ``staging`` (default ``~/.cache/sloika/staging``), one per URL, so a
    killed build to the same URL resumes from it."""
    if not is_remote(where):
        return local_path(where)
    url = str(where).rstrip("/")
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sloika" / "staging"
    root = Path(staging).expanduser() if staging else cache
    return root / xxhash.xxh3_64_hexdigest(url.encode()) / url.rsplit("/", 1)[-1]


def check_target(where: str | Path, overwrite: bool, inputs: list[str], flag: str = "--output") -> None:
    """Refuse, before any work, an output sloika may not write: an existing one without
    ``overwrite``, one that is or holds an input, or anything but a sloika corpus/export."""
    if is_remote(where):
        require_filesystems([where])
        folder = _folder(where)
        folder.fs.invalidate_cache(folder.path)  # others may have written there since it was listed
        if _remote_exists(folder) and not overwrite and not _only_interrupted(folder):
            raise _exists(where, flag)
        check_apart_from_inputs(where, inputs, flag)
        _check_remote_replaceable(folder, where, flag)
        _check_bucket(folder, where)
        return
    target = local_path(where)
    recover_swap(target)
    if target.exists() and not overwrite:
        raise _exists(target, flag)
    check_apart_from_inputs(target, inputs, flag)
    check_replaceable(target, flag)


def _exists(where: str | Path, flag: str) -> Exception:
    from sloika.corpora.manifest import CorpusError  # manifest reads corpora through this module

    return CorpusError(f"{where} already exists: pass --overwrite or choose another {flag}")


def publish(finished: Path, where: str | Path, overwrite: bool) -> str | Path:
    """Put the finished folder at ``where`` (renamed locally, uploaded remotely); an existing corpus
    there is replaced only with ``overwrite``. Returns where it now is."""
    check_target(where, overwrite, [])
    if not is_remote(where):
        target = local_path(where)
        swap_into_place(finished, target)
        return target
    url = str(where).rstrip("/")
    _upload(finished, _folder(url))
    return url


def _folder(url: str | Path) -> DataFolder:
    from datatrove.io import DataFolder

    return DataFolder(str(url).rstrip("/"))


def _check_bucket(folder: DataFolder, where: str | Path) -> None:
    """A bucket that isn't there fails now, not at the upload after the whole build."""
    protocol = split_protocol(str(where))[0]
    bucket = folder.path.split("/", 1)[0]
    if protocol in BUCKET_PROTOCOLS and not folder.fs.exists(bucket):
        raise UnsafeOutputError(
            f"{where}: the bucket {bucket!r} does not exist or these credentials can't see it; create "
            "it first (sloika never creates buckets) or check the credentials and endpoint (docs/storage.md)"
        )


def _remote_exists(folder: DataFolder) -> bool:
    return folder.fs.exists(folder.path)


def _only_interrupted(folder: DataFolder) -> bool:
    """The prefix holds a sloika upload that never finished (the marker, no manifest): no reader
    accepts it and no corpus is lost by replacing it, so rerunning the build needs no --overwrite."""
    top = {name.rstrip("/").rsplit("/", 1)[-1] for name in folder.ls("", detail=False)}
    return PUBLISHING in top and not top & set(MANIFESTS)


def _check_remote_replaceable(folder: DataFolder, where: str | Path, flag: str) -> None:
    if not _remote_exists(folder):
        return
    if folder.fs.isfile(folder.path):
        raise UnsafeOutputError(
            f"{where} exists and is an object, not a folder: sloika replaces only its own corpora and "
            f"exports. Choose another {flag}."
        )
    top = {name.rstrip("/") for name in folder.ls("", detail=False)}
    top = {name.rsplit("/", 1)[-1] for name in top}
    if top & {*MANIFESTS, PUBLISHING} or not folder.find(""):
        return
    raise UnsafeOutputError(
        f"{where} holds objects but no sloika manifest ({' or '.join(MANIFESTS)}): sloika replaces only "
        f"its own corpora and exports, so it leaves this prefix alone. Choose another {flag}, or "
        "delete the objects yourself."
    )


def _upload(finished: Path, folder: DataFolder) -> None:
    """Replace whatever sloika corpus is at ``folder`` by the local folder ``finished``."""
    marker = json.dumps(
        {"host": socket.gethostname(), "pid": os.getpid(), "started": datetime.now(UTC).isoformat()}
    )
    folder.pipe_file(PUBLISHING, marker.encode())
    folder.fs.invalidate_cache(folder.path)
    old = [name for name in folder.find("") if name != PUBLISHING]
    manifests = [name for name in old if name in MANIFESTS]
    if manifests:  # from here on, readers see no corpus rather than a mix of two
        folder.rm(manifests)
    if rest := [name for name in old if name not in MANIFESTS]:
        folder.rm(rest)
    files = sorted(p.relative_to(finished).as_posix() for p in finished.rglob("*") if p.is_file())
    data = [name for name in files if name not in MANIFESTS]
    if data:  # in parallel (s3fs, gcsfs); a bar on a terminal
        shown = {"desc": f"uploading to {folder.path}", "unit": "file", "disable": None}
        bar = TqdmCallback(tqdm_kwargs=shown)
        folder.put([str(finished / name) for name in data], data, callback=bar)
    for name in (name for name in files if name in MANIFESTS):
        folder.put_file(str(finished / name), name)  # last: the completion marker
    folder.rm_file(PUBLISHING)


def read_text(where: str | Path, name: str) -> str | None:
    """The text of the file ``name`` under a corpus location, None when there is none."""
    if not is_remote(where):
        path = local_path(where) / name
        return path.read_text(encoding="utf-8") if path.is_file() else None
    folder = _folder(where)
    return folder.cat_file(name).decode("utf-8") if folder.isfile(name) else None


def upload_interrupted(where: str | Path) -> bool:
    """Whether a remote location holds the marker of a sloika upload that never finished."""
    return is_remote(where) and _folder(where).isfile(PUBLISHING)


def exists(where: str | Path) -> bool:
    if is_remote(where):
        return _remote_exists(_folder(where))
    return local_path(where).is_dir()


def parquet_dataset(where: str | Path, table: str) -> ds.Dataset | None:
    """The Parquet parts of ``<corpus>/<table>`` (only ``*.parquet``, sorted) as one Arrow dataset,
    opened for reading through the location's filesystem; None when there are none."""
    import pyarrow.dataset as ds

    if not is_remote(where):
        parts = sorted(str(p) for p in (local_path(where) / table).glob("*.parquet"))
        return ds.dataset(parts, format="parquet") if parts else None
    folder = _folder(where)
    parts = sorted(folder.fs.glob(f"{folder.path}/{table}/*.parquet"))
    return ds.dataset(parts, format="parquet", filesystem=folder.fs) if parts else None


def layer_names(where: str | Path) -> list[str]:
    """Layers with data in the corpus: folders under ``layers/`` that hold Parquet parts."""
    if not is_remote(where):
        root = local_path(where) / "layers"
        return sorted(p.name for p in root.glob("*") if p.is_dir() and any(p.glob("*.parquet")))
    folder = _folder(where)
    parts = folder.fs.glob(f"{folder.path}/layers/*/*.parquet")
    return sorted({part.rsplit("/", 2)[-2] for part in parts})
