"""The same build on datatrove's Local, Ray and Slurm executors, and the corpus-wide stages split
across tasks: a Ray-built corpus equals the local one; the Slurm scripts chain the stages."""

from __future__ import annotations

import os
import re
import shutil
import stat
from pathlib import Path

import dill
import duckdb
import pytest
from test_repeated_lines import OUTRO, TALKS

from sloika.config import validate_config
from sloika.corpora.dedup import near_duplicate_clusters
from sloika.pipelines.build import build_corpus

from conftest import DATA, assert_conserved, rows

NEARDUP = DATA / "neardup" / "docs"  # successive revisions of the same pages: near duplicates


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """Near duplicates (page revisions), an exact copy, and transcripts sharing an outro line."""
    folder = tmp_path_factory.mktemp("inputs")
    shutil.copytree(NEARDUP, folder / "pages")
    first = sorted(NEARDUP.glob("*.md"))[0]
    shutil.copy(first, folder / "copy_of_first.md")
    for i, talk in enumerate(TALKS):
        (folder / f"talk{i}.txt").write_text(f"{talk}\n{OUTRO}\n", encoding="utf-8")
    return folder


def config(inputs: Path, output: Path, **extra) -> dict:
    return {
        "inputs": [{"path": str(inputs)}],
        "output": str(output),
        "workers": 2,
        "dedup": {"repeated_lines": {"enabled": True, "min_docs": 3}},
        **extra,
    }


def tables(corpus: Path) -> dict[str, list[tuple]]:
    """Everything a corpus says about every record, in an order that does not depend on parts."""
    return {
        "documents": rows(
            corpus, "SELECT id, text, dup_cluster, source, position FROM documents ORDER BY id"
        ),
        "rejected": rows(
            corpus, "SELECT id, step, reason, detail, dup_cluster, dup_of FROM rejected ORDER BY id"
        ),
        "removed": duckdb.connect()
        .execute(
            f"SELECT doc_id, start, \"end\", attrs FROM read_parquet('{corpus}/layers/removed/*.parquet') "
            "ORDER BY ALL"
        )
        .fetchall(),
    }


@pytest.fixture(scope="module")
def local(inputs, tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("local") / "corpus"
    build_corpus(validate_config(config(inputs, output)))
    assert_conserved(output)
    return output


def test_the_local_build_exercises_every_corpus_wide_stage(local):
    counts = assert_conserved(local)["counts"]
    reasons = {(row["step"], row["reason"]) for row in counts["rejected_by_reason"]}
    assert {("exact_dedup", "exact_duplicate"), ("near_dedup", "near_duplicate")} <= reasons
    assert counts["read"] == counts["kept"] + counts["rejected"] + counts["duplicates"]
    assert rows(local, "SELECT count(*) FROM documents WHERE text LIKE '%подписывайтесь%'") == [(0,)]
    # two tasks, so two sets of parts (each bounded, sorted by source within itself)
    assert len(list((local / "documents").glob("part-*.parquet"))) == 2


def test_every_reader_reads_every_part(local):
    """The catalog (sloika query, serve, report, exports) and annotate's reader see all the parts."""
    from sloika.corpora.annotate import count_documents, iter_documents
    from sloika.corpora.catalog import query

    counts = assert_conserved(local)["counts"]
    assert query(local, "SELECT count(*) FROM documents")[1] == [(counts["kept"],)]
    assert query(local, "SELECT count(*) FROM rejected")[1] == [(counts["rejected"] + counts["duplicates"],)]
    assert count_documents(local) == counts["kept"]
    assert len({doc.id for doc in iter_documents(local, 0, 1)}) == counts["kept"]


@pytest.fixture(scope="module")
def unedited(inputs, tmp_path_factory) -> Path:
    """The local build without repeated-line removal, so every text in the corpus is the text its
    signature was computed on (the removal edits texts after the signatures)."""
    output = tmp_path_factory.mktemp("unedited") / "corpus"
    build_corpus(validate_config(config(inputs, output, dedup={"repeated_lines": {"enabled": False}})))
    assert_conserved(output)
    return output


def test_near_duplicate_stages_agree_with_the_one_process_clustering(unedited):
    """The sharded stages (2 band shards, integer ids, numpy union-find) find the clusters that the
    one-process algorithm finds over the same signatures."""
    from sloika.config import NearDedupConfig
    from sloika.filters.near_dedup import MinHashSignature

    con = duckdb.connect()
    docs = rows(
        unedited,
        "SELECT id, text FROM documents UNION ALL SELECT id, text FROM rejected WHERE step = 'near_dedup'",
    )
    step = MinHashSignature(NearDedupConfig())
    con.execute("CREATE TABLE candidates (id VARCHAR, text VARCHAR, minhash_bands BIGINT[])")
    con.executemany("INSERT INTO candidates VALUES (?, ?, ?)", [(i, t, step.band_keys(t)) for i, t in docs])
    roots = near_duplicate_clusters(con, "candidates", 0.7, 5)
    reference = {doc: "n" + root[:16] for doc, root in roots.items()}
    staged = dict(
        rows(unedited, "SELECT id, dup_cluster FROM documents WHERE dup_cluster LIKE 'n%'")
        + rows(unedited, "SELECT id, dup_cluster FROM rejected WHERE step = 'near_dedup'")
    )
    assert staged == reference and len(staged) > 10


def test_a_ray_cluster_builds_the_same_corpus(local, inputs, tmp_path):
    ray = pytest.importorskip("ray")
    for attempt in range(3):  # Ray gives its raylet a fixed 30 s to register: a busy machine can miss it
        try:
            ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1")
            break
        except Exception as err:
            ray.shutdown()
            if attempt == 2 or "timed out during startup" not in str(err):
                raise
    try:
        output = tmp_path / "corpus"
        result = build_corpus(
            validate_config(config(inputs, output, executor="ray", ray={"mem_per_cpu_gb": 0.25}))
        )
    finally:
        ray.shutdown()
    assert result.manifest["config"]["executor"] == "ray"
    assert_conserved(output)
    assert tables(output) == tables(local)


def test_near_verification_in_worker_processes_builds_the_same_corpus(local, inputs, tmp_path, monkeypatch):
    """Past PARALLEL_VERIFY_PAIRS candidate pairs the verification's tasks run in spawned worker
    processes instead of one after another in the build's own: same corpus, and both tasks ran."""
    import sloika.pipelines.build as build_mod
    import sloika.pipelines.executors as executors_mod

    pools = []
    original = executors_mod._run_in_pool
    monkeypatch.setattr(build_mod, "PARALLEL_VERIFY_PAIRS", 0)
    monkeypatch.setattr(
        executors_mod, "_run_in_pool", lambda ex, ranks: (pools.append(ranks), original(ex, ranks))
    )
    output = tmp_path / "corpus"
    build_corpus(validate_config(config(inputs, output)))
    assert pools == [[0, 1]]
    assert_conserved(output)
    assert tables(output) == tables(local)
    assert sorted(p.name for p in (output / "logs" / "near_verify" / "completions").iterdir()) == [
        "00000",
        "00001",
    ]


FAKE_SBATCH = """#!/bin/sh
# records each submission (arguments + script) and answers like sbatch
n=$(ls "$SBATCH_RECORD" | wc -l)
job=$((1000 + n))
{ echo "ARGS: $*"; for last; do :; done; cat "$last"; } > "$SBATCH_RECORD/$job.sh"
echo "Submitted batch job $job"
"""


def test_slurm_submits_one_job_array_per_stage_each_after_the_last(inputs, tmp_path, monkeypatch):
    record, bin_dir = tmp_path / "sbatch", tmp_path / "bin"
    record.mkdir()
    bin_dir.mkdir()
    sbatch = bin_dir / "sbatch"
    sbatch.write_text(FAKE_SBATCH)
    sbatch.chmod(sbatch.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("SBATCH_RECORD", str(record))
    output = tmp_path / "out" / "corpus"
    slurm = {"partition": "cpu", "time": "2:00:00", "env_command": "source /opt/sloika/.venv/bin/activate"}
    result = build_corpus(validate_config(config(inputs, output, executor="slurm", slurm=slurm)))

    stages = ["tasks", "exact_dedup", "near_buckets", "near_verify", "dup_clusters", "repeated_lines"]
    stages += ["finish", "publish"]
    arrays = dict.fromkeys(stages, 2) | {"dup_clusters": 1, "publish": 1}
    assert not output.exists(), "nothing is published before the jobs run"
    assert len(result.jobs) == len(stages)
    scripts = {int(p.stem): p.read_text() for p in record.glob("*.sh")}
    by_job = {str(job): scripts[int(job)] for job in result.jobs}
    logs = output.parent / "corpus.slurm-logs"
    previous = None
    for name, job in zip(stages, result.jobs, strict=True):
        script = by_job[job]
        assert f"#SBATCH --job-name=sloika-corpus-{name}" in script
        assert f"#SBATCH --array=0-{arrays[name] - 1}\n" in script
        assert f"#SBATCH --output={logs / name}/%A_%a.out" in script
        assert "#SBATCH --partition=cpu" in script and "#SBATCH --time=2:00:00" in script
        assert "source /opt/sloika/.venv/bin/activate" in script
        args = script.splitlines()[0]
        assert (f"--dependency=afterok:{previous}" in args) == (previous is not None), (name, args)
        pickled = re.search(r"launch_pickled_pipeline (\S+)", script).group(1)
        with open(pickled, "rb") as handle:  # what each node will load and run
            executor = dill.load(handle)
        assert executor.world_size == arrays[name]
        previous = job
    # the stats-merging job datatrove adds after each array waits for that array
    merges = [s for s in scripts.values() if "merge_stats" in s]
    assert len(merges) == len(stages)
