"""External benchmarks through the real lm-evaluation-harness, on a tiny random Qwen3 and the task
shipped in training/examples/lm_eval (8 multiple-choice items in a JSONL), with the hub switched
off in the environment. The scores are checked against log-likelihoods computed here with
transformers directly; tasks that would read from the hub or fetch a metric are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("peft")
pytest.importorskip("lm_eval")

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
import yaml  # noqa: E402
from tiny_models import save_tiny_qwen3, tiny_bpe  # noqa: E402

from sloika.cli import main  # noqa: E402
from sloika.config import ConfigError  # noqa: E402
from sloika.training.benchmarks import offline, resolve_tasks, run_benchmarks  # noqa: E402
from sloika.training.config import BenchmarksConfig  # noqa: E402

TASKS = Path(__file__).resolve().parents[1] / "training" / "examples" / "lm_eval"
ITEMS = [json.loads(line) for line in (TASKS / "ru_basics.jsonl").read_text(encoding="utf-8").splitlines()]
TASK = "sloika_ru_basics"
SETTINGS = BenchmarksConfig(tasks=[TASK], include=[str(TASKS)])


@pytest.fixture(autouse=True)
def no_hub(monkeypatch, tmp_path):
    """Network off for every Hugging Face library, and a fresh cache: nothing can come from a
    download or from a dataset cached by an earlier run."""
    for name in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "HF_EVALUATE_OFFLINE", "TRANSFORMERS_OFFLINE"):
        monkeypatch.setenv(name, "1")
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "datasets-cache"))
    import datasets.config

    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", tmp_path / "datasets-cache")


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    """A 64-wide model gains nothing from a second thread, and on a loaded 2-core machine torch's
    spinning threads made each forward ~40x slower (0.9 s vs 0.02 s)."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """A byte-level BPE trained on the task's own text (so the choices are a few tokens each) and a
    tiny random Qwen3 around it."""
    folder = tmp_path_factory.mktemp("bench") / "base"
    tokenizer = tiny_bpe([f"{item['question']} {' '.join(item['choices'])}" for item in ITEMS])
    tokenizer.save_pretrained(folder)
    save_tiny_qwen3(folder, tokenizer)
    return folder


@torch.no_grad()
def reference_scores(model, tokenizer) -> dict[str, float]:
    """acc and acc_norm of the task, from scratch: the log-likelihood of " " + choice after the
    prompt, summed over the choice's tokens (the prompt encoded alone and with the choice, the
    choice's tokens those past the prompt's), the argmax against the answer; acc_norm divides by
    the choice's length in characters first."""
    hits = hits_norm = 0
    for item in ITEMS:
        context = f"Вопрос: {item['question']}\nОтвет:"
        scores = []
        for choice in item["choices"]:
            prompt = tokenizer(context)["input_ids"]
            whole = tokenizer(context + " " + choice)["input_ids"]
            logits = model(input_ids=torch.tensor([whole])).logits[0].double()
            logprobs = torch.log_softmax(logits, dim=-1)
            scores.append(sum(float(logprobs[i - 1, whole[i]]) for i in range(len(prompt), len(whole))))
        hits += max(range(len(scores)), key=scores.__getitem__) == item["answer"]
        normed = [score / len(choice) for score, choice in zip(scores, item["choices"], strict=True)]
        hits_norm += max(range(len(normed)), key=normed.__getitem__) == item["answer"]
    return {"acc": hits / len(ITEMS), "acc_norm": hits_norm / len(ITEMS)}


def load(folder: Path, adapter: Path | None = None):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(str(folder), dtype=torch.float32, local_files_only=True)
    if adapter is not None:
        model = PeftModel.from_pretrained(model, str(adapter))
    return model.eval(), AutoTokenizer.from_pretrained(str(folder), local_files_only=True)


def assert_scores(found: dict, expected: dict[str, float]) -> None:
    assert found["items"] == len(ITEMS) and found["num_fewshot"] == 0
    assert found["acc"] == pytest.approx(expected["acc"], abs=1e-9)
    assert found["acc_norm"] == pytest.approx(expected["acc_norm"], abs=1e-9)
    assert found["acc_stderr"] > 0


def test_the_harness_scores_a_local_task_as_transformers_does(base):
    model, tokenizer = load(base)
    scores = run_benchmarks(model, tokenizer, SETTINGS)
    assert list(scores) == [TASK]
    assert_scores(scores[TASK], reference_scores(model, tokenizer))
    limited = run_benchmarks(model, tokenizer, SETTINGS.model_copy(update={"limit": 3}))
    assert limited[TASK]["items"] == 3


def write_sft_export(folder: Path) -> Path:
    """The task's questions answered correctly, as an SFT export split by topic (the format
    `sloika export sft --split-by topic` writes), four items a topic, one of them held out: what a
    run that should help on the benchmark trains on."""
    struct = pa.list_(pa.struct([("role", pa.string()), ("content", pa.string())]))
    topics = {"first": ITEMS[:4], "second": ITEMS[4:]}
    for topic, items in topics.items():
        rows = [
            [{"role": "user", "content": item["question"]}, {"role": "assistant", "content": choice}]
            for item in items
            for choice in [item["choices"][item["answer"]]]
        ]
        (folder / topic).mkdir(parents=True)
        for split, part in (("train", rows[:3]), ("validation", rows[3:])):
            table = pa.table(
                {
                    "id": [f"{topic}-{split}-{i}" for i in range(len(part))],
                    "messages": pa.array(part, type=struct),
                    "topic": [topic] * len(part),
                }
            )
            pq.write_table(table, folder / topic / f"{split}.parquet")
    manifest = {
        "format": "sloika-sft",
        "version": 1,
        "splits": {"train": {"rows": 6}, "validation": {"rows": 2}},
        "topics": list(topics),
        "split_by": "topic",
        "corpus": {"path": "corpora/none", "manifest": {}},
        "layers": [],
        "decontaminated_against": [],
    }
    (folder / "export_manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def test_train_and_sloika_eval_put_the_scores_beside_the_transfer_matrix_and_the_loss(base, tmp_path, capsys):
    run = tmp_path / "run"
    config = {
        "output": str(run),
        "model": {"path": str(base)},
        "data": {
            "export": str(write_sft_export(tmp_path / "sft")),
            "seq_len": 64,
            "batch_size": 2,
            "per_topic": True,
        },
        "train": {"steps": 24, "lr": 3e-2, "warmup_steps": 0, "log_every": 8, "checkpoint_every": 24},
        "speed": {"precision": "fp32", "compile": False, "loss_chunk": 0},
        "lora": {"r": 4, "alpha": 8},
        "eval": {"max_rows": 4, "benchmarks": {"tasks": [TASK], "include": [str(TASKS)], "batch_size": 4}},
    }
    path = tmp_path / "lora.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    assert main(["train", "lora", str(path)]) == 0
    report = json.loads((run / "eval.json").read_text())
    assert "sloika_ru_basics acc " in capsys.readouterr().out  # the printed table has the rows

    # once per model, beside the transfer matrix (its rows), not once per topic
    assert set(report["benchmarks"]) == set(report["transfer_matrix"]) == {"base", "first", "second"}
    assert all(
        "benchmarks" not in column for t in report["topics"].values() for column in t["evaluation"].values()
    )
    base_model, tokenizer = load(base)
    expected = {"base": reference_scores(base_model, tokenizer)}
    for topic in ("first", "second"):
        expected[topic] = reference_scores(load(base, run / "topics" / topic / "adapter")[0], tokenizer)
    # an adapter changed the model's picks, so matching it shows the harness judged the adapter on
    assert {expected["first"]["acc"], expected["second"]["acc"]} != {expected["base"]["acc"]}
    for name, scores in expected.items():
        assert_scores(report["benchmarks"][name][TASK], scores)

    # `sloika eval` with the flags: in each column of the before/after table, beside the loss
    flags = ["--lm-eval-tasks", TASK, "--lm-eval-include", str(TASKS), "--lm-eval-limit", "5"]
    assert main(["eval", str(run), *flags]) == 0
    again = json.loads((run / "eval.rerun.json").read_text())["evaluation"]
    assert list(again) == ["base first", "adapter first", "base second", "adapter second"]
    assert "benchmarks" not in again["base second"]  # the base is scored once
    for name in ("base first", "adapter first", "adapter second"):
        assert again[name]["benchmarks"][TASK]["items"] == 5 and again[name]["loss"] is not None


def test_a_standard_task_made_local_as_the_docs_say_runs_by_its_tag(base, tmp_path):
    """The harness's own arc_easy.yaml with its dataset switched to JSONL files (docs/training.md),
    three ARC-format items written here: the tag expands to it and few-shot draws from train."""
    import lm_eval

    standard = Path(lm_eval.__file__).parent / "tasks" / "arc" / "arc_easy.yaml"
    config = yaml.safe_load(standard.read_text(encoding="utf-8"))
    assert (config["dataset_path"], config["tag"]) == ("allenai/ai2_arc", ["ai2_arc"])
    del config["dataset_name"]
    splits = ("train", "validation", "test")
    config.update(dataset_path="json", dataset_kwargs={"data_files": {s: f"{s}.jsonl" for s in splits}})
    folder = tmp_path / "arc_easy"
    folder.mkdir()
    (folder / "arc_easy.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    asked = [
        ("Which of these is a mammal?", ["shark", "whale", "trout"], ["A", "B", "C"], "B"),
        ("What does a plant need to make food?", ["sunlight", "sand"], ["A", "B"], "A"),
        ("Water boils at sea level at", ["50 C", "100 C"], ["1", "2"], "2"),
    ]
    items = [
        {"question": q, "choices": {"text": text, "label": labels}, "answerKey": key}
        for q, text, labels, key in asked
    ]
    for split in splits:
        (folder / f"{split}.jsonl").write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    model, tokenizer = load(base)
    settings = BenchmarksConfig(tasks=["ai2_arc"], include=[str(folder)], num_fewshot=2)
    scores = run_benchmarks(model, tokenizer, settings)
    assert scores["arc_easy"]["items"] == 3 and scores["arc_easy"]["num_fewshot"] == 2
    assert 0 <= scores["arc_easy"]["acc"] <= 1


def write_task(folder: Path, **keys) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "items.jsonl").write_text(json.dumps(ITEMS[0], ensure_ascii=False) + "\n", encoding="utf-8")
    config = {
        "task": "mine",
        "dataset_path": "json",
        "dataset_kwargs": {"data_files": {"test": "items.jsonl"}},
        "test_split": "test",
        "output_type": "multiple_choice",
        "doc_to_text": "{{question}}",
        "doc_to_choice": "{{choices}}",
        "doc_to_target": "answer",
        **keys,
    }
    (folder / "mine.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        ({"dataset_path": "allenai/ai2_arc", "dataset_kwargs": {}}, "is not local"),
        ({"dataset_kwargs": {"data_files": {"test": "missing.jsonl"}}}, "does not exist"),
        ({"dataset_kwargs": {}}, "needs dataset_kwargs.data_files"),
        ({"metric_list": [{"metric": "squad"}]}, "would be fetched through HF evaluate"),
        ({"metric_list": [{"metric": "acc", "hf_evaluate": True}]}, "would be fetched through HF evaluate"),
    ],
)
def test_tasks_that_would_download_are_refused_before_a_model_loads(tmp_path, keys, message):
    folder = write_task(tmp_path / "tasks", **keys)
    with pytest.raises(ConfigError, match=message):
        resolve_tasks(BenchmarksConfig(tasks=["mine"], include=[str(folder)]))


def test_task_paths_resolve_against_the_yaml_and_unknown_names_list_the_known(tmp_path, monkeypatch):
    folder = write_task(tmp_path / "tasks")
    monkeypatch.chdir(tmp_path)  # not the task folder: data_files are read from the YAML's folder
    (resolved,) = resolve_tasks(BenchmarksConfig(tasks=["mine"], include=[str(folder)]))
    assert resolved["dataset_kwargs"]["data_files"] == {"test": str(folder / "items.jsonl")}
    with pytest.raises(ConfigError, match=r"'arc_easy' is not defined .*tasks there: mine"):
        resolve_tasks(BenchmarksConfig(tasks=["arc_easy"], include=[str(folder)]))
    with pytest.raises(ConfigError, match="needs eval.benchmarks.include"):
        resolve_tasks(BenchmarksConfig(tasks=["mine"]))


def test_offline_refuses_a_hub_dataset_and_restores_the_flags(monkeypatch):
    """The flags the libraries read at import are what counts: with them on, a hub dataset fails
    with OfflineModeIsEnabled instead of a request, even where the environment said nothing."""
    import datasets
    import huggingface_hub.constants

    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", False)
    with offline(), pytest.raises(ConnectionError, match="OfflineModeIsEnabled"):
        datasets.load_dataset("allenai/ai2_arc", "ARC-Easy")
    assert not datasets.config.HF_HUB_OFFLINE and not huggingface_hub.constants.HF_HUB_OFFLINE
