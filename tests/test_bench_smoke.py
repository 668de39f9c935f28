"""The GPU benchmarks run on CPU at tiny sizes, so they cannot rot between GPU sessions, and their
loss-curve check holds: sloika's training step computes the anchor's math (fp32 here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("peft")

BENCH = Path(__file__).resolve().parents[1] / "bench"


def run_bench(script: str, out: Path, *flags: str) -> dict:
    command = [sys.executable, str(BENCH / script), *flags, "--out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return json.loads(out.read_text())


def test_training_benchmark_runs_and_sloika_follows_the_anchors_loss_curve(tmp_path):
    flags = ("--shape", "tiny", "--seq", "64", "--batch", "2", "--steps", "1", "--curve-steps", "4")
    report = run_bench("bench_train.py", tmp_path / "train.json", *flags, "--lr", "1e-2")
    assert [r["summary"]["mode"] for r in report["results"]] == ["lora", "full", "pretrain"]
    for result in report["results"]:
        anchor, ours = result["anchor"]["loss_curve"], result["sloika"]["loss_curve"]
        # random tokens teach nothing, but the updates move the loss: agreeing is not trivial
        assert len(anchor) == 4 and max(anchor) - min(anchor) > 1e-2
        assert ours == pytest.approx(anchor, abs=1e-4), result["summary"]["mode"]
        assert result["sloika"]["tokens_per_s"] > 0


def test_loss_benchmark_runs_for_a_trainable_and_a_frozen_head(tmp_path):
    flags = ("--tokens", "256", "--vocab", "1000", "--hidden", "32", "--dtype", "float32", "--repeats", "1")
    report = run_bench("bench_loss.py", tmp_path / "loss.json", *flags)
    assert [r["head"] for r in report["results"]] == ["trainable", "frozen"]
    assert all(r["speedup"] > 0 for r in report["results"])


def test_layer_measurement_runs_on_a_fortune_folder(tmp_path):
    """bench/measure_layers.py on two fortune files written here (the real ones are GPL: measured
    locally, never copied): one wrapped definition in each half, both found."""
    pytest.importorskip("razdel")
    folder = tmp_path / "fortunes"
    folder.mkdir()
    (folder / "a").write_text("Скука - это время, которое\nнекуда деть.\n\t\t-- Кто-то\n%\nПросто строка.\n")
    (folder / "b").write_text("Терпение - это умение ждать, не теряя\nинтереса.\n%\n")
    out = tmp_path / "defs.json"
    done = subprocess.run(
        [sys.executable, str(BENCH / "measure_layers.py"), "definitions", str(folder), "--out", str(out)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(out.read_text())
    assert sum(part["sentences"] for part in report.values()) == 2
    assert sum(part["found"] for part in report.values()) == 2


def test_browser_benchmark_runs_on_a_small_generated_corpus(tmp_path):
    pytest.importorskip("starlette")
    report = run_bench("bench_browse.py", tmp_path / "browse.json", "--docs", "3000", "--repeat", "1",
                       "--data", str(tmp_path / "data"))  # fmt: skip
    assert report["docs"] == 3000 and len(report["results"]) == 6
    assert all(r["sloika_s"] > 0 and r["anchor_s"] > 0 for r in report["results"])
    manifest = json.loads((tmp_path / "data" / "browse-3000" / "manifest.json").read_text())
    counts = manifest["counts"]
    assert counts["kept"] + counts["rejected"] + counts["duplicates"] == 3000 and counts["duplicates"] > 0
