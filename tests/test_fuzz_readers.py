"""Every reader under hostile input: property-based tests (hypothesis) and a small slice of the
deterministic fuzz run (the full run is `make fuzz`; figures in docs/reliability.md)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from fuzz_readers import READERS, run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sloika.config import InputSpec
from sloika.pipelines.inputs import resolve_inputs
from sloika.pipelines.readers import SourceReader
from sloika.verdicts import rejection

PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read(data: bytes, suffix: str, fmt: str | None = None) -> list:
    """All records ``SourceReader`` makes of a file holding ``data``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        [file] = resolve_inputs([InputSpec(path=str(path), **({"format": fmt} if fmt else {}))])
        return list(SourceReader([], 10_000_000, max_seconds_per_file=20).read_file(file))


def _accounted(records: list) -> None:
    assert records, "every file yields at least one record"
    assert len({doc.id for doc in records}) == len(records)
    for doc in records:
        verdict = rejection(doc)
        assert verdict is None or (verdict.step and verdict.reason)


@pytest.mark.parametrize("name", sorted(READERS))
@PROPERTY
@given(data=st.binary(max_size=2048))
def test_any_bytes_end_as_records(name, data):
    reader = READERS[name]
    _accounted(read(data, reader.suffix, reader.format))


@PROPERTY
@given(
    lines=st.lists(
        st.one_of(
            st.dictionaries(
                st.sampled_from(["text", "id", "meta"]), st.one_of(st.text(), st.integers(), st.none())
            ),
            st.text(),
            st.integers(),
        ),
        max_size=20,
    )
)
def test_jsonl_yields_one_record_per_non_blank_line(lines):
    body = "\n".join(
        json.dumps(line, ensure_ascii=False) if not isinstance(line, str) else line for line in lines
    )
    records = read(body.encode(), ".jsonl")
    non_blank = sum(1 for line in body.encode().split(b"\n") if line.strip())
    reasons = {rejection(doc).reason for doc in records if rejection(doc)}
    if non_blank and not reasons & {"binary_file"}:
        assert len(records) == non_blank
    _accounted(records)


def test_a_slice_of_the_fuzz_run():
    results = run(per_reader=10, seed=14, build_sample=0, readers=sorted(READERS))
    for name, figures in results.items():
        findings = figures.crashes + figures.hangs + figures.lost + figures.unreported_truncations
        assert findings == [], name
        assert figures.inputs == 10


def test_a_build_over_fuzzed_inputs_balances():
    results = run(per_reader=12, seed=7, build_sample=12, readers=["jsonl.gz", "warc"])
    assert all(f.build_balanced for f in results.values())
