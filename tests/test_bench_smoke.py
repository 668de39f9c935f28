"""Every benchmark runs on CPU at a tiny size, so none can rot between the sessions that measure
with it (``make bench`` once failed at an import); the GPU ones also check their loss curve:
sloika's training step computes the anchor's math (fp32 here)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import write_gettext_catalogs

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench"
DATA = REPO / "tests" / "data"


def run_script(script: str, *flags: str) -> str:
    command = [sys.executable, str(BENCH / script), *flags]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return done.stdout


def run_bench(script: str, out: Path, *flags: str) -> dict:
    run_script(script, *flags, "--out", str(out))
    return json.loads(out.read_text())


def test_build_benchmark_runs_sloika_and_bare_datatrove():
    pytest.importorskip("fasteners")  # the bare side's LanguageFilter needs the `bench` extra
    printed = run_script("bench_build.py", "--size-mb", "0.2", "--shards", "2", "--workers", "1")
    assert "ratio" in printed.lower() and "sloika" in printed


def test_dedup_scale_benchmark_runs_all_three_sides(tmp_path):
    report = run_bench("bench_dedup_scale.py", tmp_path / "d.json", "--docs", "200", "--with-datatrove")
    assert [r["side"] for r in report["results"]] == ["sloika", "datasketch", "datatrove"]
    assert all(r["docs"] == 200 and r["removed"] > 0 for r in report["results"])


def test_scale_benchmark_measures_every_stage_and_both_anchors(tmp_path):
    pytest.importorskip("fasteners")  # the bare datatrove side's LanguageFilter needs the `bench` extra
    [report] = run_bench("bench_scale.py", tmp_path / "s.json", "--docs", "200", "--workers", "2")
    sloika, bare, datasketch, alone = report["sides"]
    assert (sloika["side"], bare["side"], datasketch["side"], alone["side"]) == (
        "sloika build",
        "bare datatrove",
        "plain datasketch near-dup",
        "signatures alone",
    )
    assert sloika["docs"] == bare["docs"] == datasketch["docs"] == alone["docs"] == 200
    assert sloika["duplicates"] > 0 and sloika["kept"] + sloika["duplicates"] + sloika["rejected"] == 200
    assert {"datatrove tasks", "stage: near_buckets", "stage: near_verify"} <= set(sloika["stages"])
    assert all(stage["peak_rss_mb"] > 0 for stage in sloika["stages"].values())


def test_reshard_benchmark_builds_a_gzip_file_both_ways(tmp_path):
    report = run_bench(
        "bench_reshard.py", tmp_path / "r.json", "--docs", "400", "--min-mb", "0", "--workers", "2", "--light"
    )
    before, after = report["sides"]
    assert report["same"] and before["kept"] == after["kept"] > 300
    assert before["tasks"] == 1 and "reshard" not in before["stages"]
    assert after["tasks"] == 2 and "reshard" in after["stages"]


def test_tokenize_benchmark_writes_tiktokens_ids(tmp_path):
    flags = ("--size-mb", "0.1", "--repeat", "1", "--workers", "1", "--flat-only")
    report = run_bench("bench_tokenize.py", tmp_path / "t.json", *flags)
    assert report["identical_ids_vs_tiktoken"] is True and report["ratio_vs_tiktoken"] > 0
    assert report["sides"]["sloika"]["tokens"] == report["sides"]["datatrove"]["tokens"]


def test_quality_benchmarks_run_on_the_shipped_data(tmp_path):
    pytest.importorskip("spacy")
    assert "segments" in run_script("bench_annotate.py", "--limit", "2", "--layers", "segments")
    assert "s=0.90" in run_script("bench_neardup.py", "--thresholds", "0.7")
    langid = run_script(
        "bench_langid.py", "--data", str(DATA / "langid" / "lingua_sentences_heldout.tsv"), "--repeats", "1"
    )
    assert "### sentences" in langid and "throughput" in langid
    # bench_purity reads fortunes and Lingua's fit half from the shared data: a stand-in of the layout
    (tmp_path / "prose" / "fortunes_ru").mkdir(parents=True)
    lines = [
        "Маленькая собака до старости щенок, а большая всегда лает громко.",
        "Тише едешь — дальше будешь, говорили старики в деревне каждый день.",
        "Он открыл Windows и долго смотрел на синий экран без всякой надежды.",
        "Слово нe воробей, вылетит — не поймаешь, даже если очень захочешь.",  # Latin "e": mixed
    ]
    (tmp_path / "prose" / "fortunes_ru" / "ru").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "langid").mkdir()
    (tmp_path / "langid" / "lingua.tsv").write_text(
        "label\tgranularity\ttext\n"
        + "".join(f"en\tsentences\tThis is sentence number {i} of a test.\n" for i in range(8))
    )
    purity = run_script("bench_purity.py", "--data", str(tmp_path))
    assert "homoglyph" in purity and "on 1 lines, 1 of them flagged" in purity


def test_training_benchmark_runs_and_sloika_follows_the_anchors_loss_curve(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("peft")
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
    pytest.importorskip("torch")
    flags = ("--tokens", "256", "--vocab", "1000", "--hidden", "32", "--dtype", "float32", "--repeats", "1")
    report = run_bench("bench_loss.py", tmp_path / "loss.json", *flags)
    assert [r["head"] for r in report["results"]] == ["trainable", "frozen"]
    assert all(r["speedup"] > 0 for r in report["results"])


def test_lm_eval_benchmark_runs_both_sides_and_they_agree(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("lm_eval")
    from tiny_models import save_tiny_qwen3, tiny_bpe

    tasks = REPO / "training" / "examples" / "lm_eval"
    tokenizer = tiny_bpe(
        [line for line in (tasks / "ru_basics.jsonl").read_text(encoding="utf-8").splitlines()]
    )
    tokenizer.save_pretrained(tmp_path / "model")
    save_tiny_qwen3(tmp_path / "model", tokenizer)
    flags = ("--model", str(tmp_path / "model"), "--repeats", "1", "--batch-size", "4", "--threads", "1")
    report = run_bench("bench_lm_eval.py", tmp_path / "lm_eval.json", *flags)
    assert report["items"] == 8 and report["speedup"] > 0
    # the harness loading the model itself and sloika handing it in score the same (fp32)
    assert report["largest_score_difference"] == 0.0
    assert report["scores"]["anchor"]["sloika_ru_basics"].keys() == {"acc", "acc_norm"}


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


def test_probe_benchmark_gives_the_anchors_answers(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    flags = ("--prompts", "4", "--batch", "2", "--new-tokens", "4", "--repeat", "1")
    report = run_bench("bench_probe.py", tmp_path / "probe.json", *flags)
    assert report["identical_answers"] == report["prompts"] == 4  # greedy, same rendering: same text
    assert report["ratio_sloika_over_anchor"] > 0


def test_repair_benchmark_compares_with_plain_ftfy_and_checks_the_skip(tmp_path):
    report = run_bench("bench_repair.py", tmp_path / "r.json", "--limit", "300", "--repeat", "1")
    assert report["paragraphs"] == 300 and report["same_output"] is True
    assert report["plain_ftfy_ms_per_doc"] > 0 and 0 < report["skipped_share"] <= 1


def test_fit_writes_a_calibration_that_loads_and_every_fit_row(tmp_path):
    """bench/fit_langid.py on the shipped held-out sentences (the real fit reads Lingua's dev file,
    which is not in the repo): the calibration loads, and --predictions holds the fit half's rows,
    the even rows of each (label, granularity) group counted here from the file itself."""
    from sloika.lang.calibrated_lid import load_calibration

    data = DATA / "langid" / "lingua_sentences_heldout.tsv"
    predictions = tmp_path / "rows.tsv"
    run_script(
        "fit_langid.py", "--data", str(data), "--out", str(tmp_path), "--predictions", str(predictions)
    )
    with open(data, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    seen: Counter = Counter()
    fit_half = []
    for row in rows:
        key = (row["label"], row["granularity"])
        if seen[key] % 2 == 0:
            fit_half.append(key)
        seen[key] += 1
    calibration = load_calibration(tmp_path / "lid_calibration.json")
    assert calibration["fitted_on"]["rows"] == len(fit_half)
    with open(predictions, encoding="utf-8", newline="") as handle:
        written = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert [(row["label"], row["granularity"]) for row in written] == fit_half
    right = sum(row["predicted"] == row["label"] for row in written)
    assert right > 0.9 * len(written)  # sentences, decided with cross-fitted features


def test_gettext_short_text_set_is_built_from_catalogs_read_in_place(tmp_path):
    """bench/build_short_text_gettext.py on two catalogs written here: the texts it must keep
    (counted by hand from ``write_gettext_catalogs``: ru 1 + 1 + 3 plural forms + "Файл", uk 3),
    their labels, and no text in the labels file (the catalogs are GPL)."""
    write_gettext_catalogs(tmp_path / "locale")
    labels = tmp_path / "labels.tsv"
    printed = run_script(
        "build_short_text_gettext.py",
        *("--locale-dir", str(tmp_path / "locale"), "--out", str(labels)),
        *("--hand-labels", str(tmp_path / "none.tsv")),
    )
    assert "9 texts" in printed
    rows = list(csv.DictReader(labels.open(encoding="utf-8"), delimiter="\t"))
    assert list(rows[0]) == ["catalog", "key", "label"]
    assert Counter((row["catalog"], row["label"]) for row in rows) == {
        ("ru/demo", "ru"): 5,
        ("ru/demo", "ambiguous"): 1,  # "Файл" is Ukrainian too
        ("uk/demo", "uk"): 2,
        ("uk/demo", "ambiguous"): 1,
    }
    assert "Файл" not in labels.read_text(encoding="utf-8")


def test_pdf_reader_benchmark_reads_the_smoke_page_beside_bare_pdfminer():
    printed = run_script("bench_pdf_reader.py", "--smoke", "--points", "400")
    assert "pdfminer" in printed and "ratio" in printed
    assert "(0 chars)" not in printed  # both sides read the table and the sentence
