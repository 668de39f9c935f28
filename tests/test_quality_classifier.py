"""The trained quality classifier: `sloika quality train` on two corpora built here from repo data,
its held-out numbers recomputed independently, and builds that score, reject and flag with it."""

from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path

import fasttext
import pytest
import xxhash

from sloika.cli import main
from sloika.config import ConfigError, QualityRules, validate_config
from sloika.corpora.manifest import load_manifest
from sloika.corpora.quality_train import TrainOptions, train_classifier, training_lines

from conftest import DATA, build_checked, rows

NO_DEDUP = {"exact": False, "near": {"enabled": False}}
HELDOUT = 0.25


def paragraphs() -> list[str]:
    """Prose paragraphs (8+ words, no code, tables, tags or headings) of the Russian fixtures."""
    files = sorted((DATA / "rust_book" / "ru").glob("*.md")) + sorted(
        (DATA / "react_docs" / "pages").glob("*.md")
    )
    found = []
    for path in files:
        text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.S)
        for part in re.split(r"\n\s*\n", text):
            if len(part.split()) >= 8 and not part.lstrip().startswith(("|", "<", "#", "-", "*")):
                found.append(" ".join(part.split()))
    return found


def junk(good: list[str], seed: int = 0) -> list[str]:
    """Bad text made from the same material: shuffled words, menus, keyboard mash."""
    rng = random.Random(seed)
    menu = (DATA / "quality" / "navigation.txt").read_text(encoding="utf-8").split("\n")
    mash = (DATA / "quality" / "keyboard_mash.txt").read_text(encoding="utf-8").split()
    made = []
    for i, text in enumerate(good):
        words = text.split()
        if i % 3 == 0:
            rng.shuffle(words)
            made.append(" ".join(words))
        elif i % 3 == 1:
            made.append("\n".join(rng.sample([m for m in menu if m], 6)))
        else:
            made.append(" ".join(rng.choice(mash) for _ in words))
    return made


def write_jsonl(path: Path, texts: list[str]) -> Path:
    path.write_text(
        "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts), encoding="utf-8"
    )
    return path


@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("quality_classifier")
    good = paragraphs()
    assert len(good) > 300, "the fixtures should give a few hundred paragraphs"
    built = {}
    for name, texts in (("good", good), ("bad", junk(good))):
        source = write_jsonl(root / f"{name}.jsonl", texts)
        built[name] = build_checked(root / name, [source], dedup=NO_DEDUP)
    built["root"] = root
    return built


@pytest.fixture(scope="module")
def trained(corpora) -> tuple[Path, dict]:
    out = corpora["root"] / "models" / "quality.bin"
    report = train_classifier([corpora["good"]], [corpora["bad"]], out, TrainOptions(heldout=HELDOUT))
    return out, report


def heldout_rows(corpus: Path) -> list[tuple[int, str]]:
    """(line in the source, text) of the held-out documents, chosen again here from the rule
    model.json states."""
    return [
        (position, text)
        for doc_id, position, text in rows(corpus, "SELECT id, position, text FROM documents")
        if xxhash.xxh3_64_intdigest(doc_id.encode()) < HELDOUT * 2**64
    ]


def heldout_texts(corpus: Path) -> list[str]:
    return [text for _, text in heldout_rows(corpus)]


def test_heldout_precision_and_recall_recomputed_from_the_saved_model(corpora, trained):
    from sklearn.metrics import precision_recall_fscore_support

    out, report = trained
    model = fasttext.load_model(str(out))  # the file on disk, through fastText's own Python API
    truth, predicted, easy_junk = [], [], []
    for label, corpus in (("hq", corpora["good"]), ("lq", corpora["bad"])):
        for position, text in heldout_rows(corpus):
            line = text.replace("\n", " ")  # DCLM's preprocessing
            labels, probs = model.predict(line, k=2)
            p_good = dict(zip(labels, probs, strict=True)).get("__label__hq", 0.0)
            truth.append(label == "hq")
            predicted.append(p_good >= 0.5)
            if label == "lq" and position % 3:  # junk() made a menu (1) or keyboard mash (2) here
                easy_junk.append(predicted[-1])
    precision, recall, f1, _ = precision_recall_fscore_support(truth, predicted, average="binary")
    held = report["heldout"]
    assert held["tp"] + held["fn"] == sum(truth) and held["fp"] + held["tn"] == len(truth) - sum(truth)
    assert held["precision"] == pytest.approx(precision, abs=1e-4)
    assert held["recall"] == pytest.approx(recall, abs=1e-4)
    assert held["f1"] == pytest.approx(f1, abs=1e-4)
    # Menus and keyboard mash are easy: every held-out one is judged bad. The shuffled third shares
    # every word with the prose, and a bag of word n-grams learnt from a few hundred documents does
    # not tell them apart (0-1 of ~30 caught), so they alone set the precision; their share of the
    # held-out split moves with the temporary path the ids hash, and with it F1 (seen 0.65-0.87 over
    # 30 paths), which is why F1 is only recomputed above, not held to a bar.
    assert len(easy_junk) > 30 and not any(easy_junk)
    assert recall > 0.75  # seen 0.87-1.0 over the same 30 paths


def test_the_report_beside_the_model_names_corpora_split_and_settings(corpora, trained):
    out, report = trained
    assert json.loads(out.with_suffix(".json").read_text(encoding="utf-8")) == report
    assert [c["path"] for c in report["positive"]] == [str(corpora["good"].resolve())]
    assert report["negative"][0]["manifest_sha256"] and report["negative"][0]["kept"] > 0
    split = report["split"]
    assert split["heldout_documents"]["hq"] == len(heldout_texts(corpora["good"]))
    assert split["train"]["hq"] + split["heldout_documents"]["hq"] == report["positive"][0]["kept"]
    assert report["fasttext"]["wordNgrams"] == 2 and report["fasttext"]["thread"] == 1


def test_training_twice_gives_the_same_model(corpora, trained, tmp_path):
    out, _ = trained
    again = tmp_path / "again.bin"
    train_classifier([corpora["good"]], [corpora["bad"]], again, TrainOptions(heldout=HELDOUT))
    assert again.read_bytes() == out.read_bytes()


def test_training_lines_mix_the_labels_and_keep_every_document():
    """fastText reads its file in order under a decaying learning rate: every good line before every
    bad one leaves the model leaning to the last label, so the lines must come mixed."""
    train = {"hq": [f"good {i}" for i in range(40)], "lq": [f"bad {i}" for i in range(40)]}
    lines = training_lines(train, seed=0)
    expected = [f"__label__hq good {i}\n" for i in range(40)] + [f"__label__lq bad {i}\n" for i in range(40)]
    assert sorted(lines) == sorted(expected)
    first_half = {line.split()[0] for line in lines[:40]}
    assert first_half == {"__label__hq", "__label__lq"}
    assert lines == training_lines(train, seed=0) and lines != training_lines(train, seed=1)


def test_a_build_rejects_low_scores_and_keeps_every_score(corpora, trained, tmp_path):
    out, _ = trained
    good = paragraphs()[:20]
    bad = junk(paragraphs()[20:40], seed=7)
    source = write_jsonl(tmp_path / "mixed.jsonl", good + bad)
    no_rules = dict.fromkeys(QualityRules.model_fields)  # the classifier alone decides
    quality = {"action": "drop", "classifier": str(out), "rules": no_rules}
    corpus = build_checked(tmp_path / "scored", [source], quality=quality, dedup=NO_DEDUP)
    model = fasttext.load_model(str(out))
    recorded = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))["quality_classifier"]
    assert recorded["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert recorded["training"] == json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))

    kept = rows(corpus, "SELECT text, metadata->>'$.quality.classifier_score' FROM documents")
    low = rows(corpus, "SELECT text, detail, metadata FROM rejected WHERE reason = 'low_quality_score'")
    unscored = (
        "SELECT count(*) FROM rejected WHERE json_extract(metadata, '$.quality.classifier_score') IS NULL"
    )
    assert rows(corpus, unscored) == [(0,)], "rejected documents keep their score too"
    assert all(float(score) >= 0.5 for _, score in kept)
    assert len(low) >= 10 and all(text not in good for text, _, _ in low)
    from sloika.corpora.catalog import connect
    from sloika.corpora.quality_report import quality_summary

    summary = {s.rule: s for s in quality_summary(connect(corpus), load_manifest(corpus))}
    assert summary["classifier_threshold"].dropped == len(low)
    assert len(summary["classifier_threshold"].values) == len(kept) + len(low)
    for text, detail, metadata in low:
        score = json.loads(metadata)["quality"]["classifier_score"]
        assert re.fullmatch(
            r"classifier_score [0-9.e-]+ < classifier_threshold 0\.5(; also failed: .*)?", detail
        )
        assert float(detail.split()[1]) == pytest.approx(score, abs=1e-4) and score < 0.5
        line = text.replace("\n", " ")  # DCLM's preprocessing
        labels, probs = model.predict(line, k=2)
        assert dict(zip(labels, probs, strict=True))["__label__hq"] == pytest.approx(score, abs=1e-3)


def test_flag_mode_keeps_and_lists_low_quality_score(trained, tmp_path):
    out, _ = trained
    source = write_jsonl(tmp_path / "junk.jsonl", junk(paragraphs()[:9], seed=3))
    corpus = build_checked(
        tmp_path / "flagged", [source], quality={"action": "flag", "classifier": str(out)}, dedup=NO_DEDUP
    )
    assert rows(corpus, "SELECT count(*) FROM rejected WHERE step = 'quality'") == [(0,)]
    flagged = rows(corpus, "SELECT count(*) FROM documents WHERE metadata LIKE '%low_quality_score%'")
    assert flagged[0][0] >= 6


def test_cli_trains_and_builds(corpora, tmp_path, capsys):
    out = tmp_path / "cli.bin"
    code = main(
        [
            "quality",
            "train",
            "--positive",
            str(corpora["good"]),
            "--negative",
            str(corpora["bad"]),
            "--out",
            str(out),
            "--epoch",
            "3",
        ]  # fmt: skip
    )
    assert code == 0 and out.is_file() and out.with_suffix(".json").is_file()
    assert "precision" in capsys.readouterr().out
    assert main(["quality", "train", "--positive", str(corpora["good"]), "--negative", str(corpora["bad"]),
                 "--out", str(out)]) == 1  # fmt: skip
    assert "already exists" in capsys.readouterr().err
    source = write_jsonl(tmp_path / "one.jsonl", paragraphs()[:3])
    args = [
        "build",
        "--input",
        str(source),
        "--output",
        str(tmp_path / "c"),
        "--quality-classifier",
        str(out),
    ]
    assert main(args) == 1 and "quality.action is off" in capsys.readouterr().err
    assert main([*args, "--quality", "drop", "--no-dedup"]) == 0


def test_clear_errors(corpora, tmp_path):
    with pytest.raises(ConfigError, match="quality.action"):
        validate_config({"inputs": [{"path": "x"}], "output": "y", "quality": {"classifier": "m.bin"}})
    not_a_model = tmp_path / "model.bin"
    not_a_model.write_text("hello")
    with pytest.raises(ValueError, match="not a fastText model"):
        build_checked(
            tmp_path / "c", [write_jsonl(tmp_path / "a.jsonl", ["Текст."])],
            quality={"action": "drop", "classifier": str(not_a_model)},
        )  # fmt: skip
    with pytest.raises(ValueError, match="held-out"):
        train_classifier([corpora["good"]], [corpora["bad"]], tmp_path / "m.bin", TrainOptions(heldout=1e-9))


def test_bench_quality_classifier_smoke(corpora, tmp_path):
    """prepare → build → compare at tiny size: both sides report held-out numbers and a ratio."""
    import subprocess
    import sys

    bench = Path(__file__).resolve().parents[1] / "bench" / "bench_quality_classifier.py"

    def run(*args: str) -> None:
        done = subprocess.run(
            [sys.executable, str(bench), *args], capture_output=True, text=True, timeout=600
        )
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]

    run("prepare", "--corpus", str(corpora["good"]), "--out", str(tmp_path / "made"), "--min-words", "8")
    made = {
        name: (tmp_path / "made" / f"{name}.jsonl").read_text(encoding="utf-8").count("\n")
        for name in ("good", "junk")
    }
    assert made["good"] == made["junk"] > 100
    built = [
        build_checked(tmp_path / n, [tmp_path / "made" / f"{n}.jsonl"], dedup=NO_DEDUP)
        for n in ("good", "junk")
    ]
    out = tmp_path / "result.json"
    run("compare", "--positive", str(built[0]), "--negative", str(built[1]), "--unseen", str(corpora["bad"]),
        "--heldout", "0.3", "--epoch", "3", "--out", str(out))  # fmt: skip
    result = json.loads(out.read_text())
    assert result["sloika"]["tp"] + result["sloika"]["fn"] == result["anchor"]["tp"] + result["anchor"]["fn"]
    assert result["ratio_score_speed_sloika_over_anchor"] > 0 and "bad" in result["unseen"]
