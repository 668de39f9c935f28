"""External benchmarks: sloika's lm-eval run (the model handed in, as `sloika eval` does) against
plain lm-evaluation-harness loading the same local model itself, on the same local tasks.

    python bench/bench_lm_eval.py --model models/qwen3-0.6b                       # the shipped task
    python bench/bench_lm_eval.py --model models/qwen3-0.6b --include tasks/ --tasks arc_easy \\
        --batch-size 32 --dtype bfloat16 [--adapter runs/lora-ru/adapter]        # GPU, a real task

anchor: plain lm-eval, ``HFLM(pretrained=folder, peft=adapter, dtype=...)`` loading the model
itself, then ``simple_evaluate`` with the task folder indexed by the harness (run from the folder,
as its CLI reads relative data files); sloika: ``training.benchmarks.run_benchmarks`` on the model
loaded with transformers (+ peft). Both offline. Reports each side's best seconds over
``--repeats`` evaluations (model loading left out, the sides interleaved), items/s, the ratio, and
the largest difference between the two sides' scores (0 in fp32; in bf16 they may differ a little,
sloika taking log-probabilities in fp32).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from contextlib import chdir
from pathlib import Path

import torch

from sloika.training.benchmarks import offline, run_benchmarks
from sloika.training.config import BenchmarksConfig

SCORES = ("acc,none", "acc_norm,none")
SHIPPED = Path(__file__).resolve().parents[1] / "training" / "examples" / "lm_eval"


def plain_harness(args, settings: BenchmarksConfig):
    """The harness on its own: HFLM loads the model (and adapter) from the folder; returns a
    function that evaluates once and gives (acc/acc_norm per task, seconds)."""
    import lm_eval
    from lm_eval.models.huggingface import HFLM
    from lm_eval.tasks import TaskManager

    device = "cuda" if torch.cuda.is_available() else "cpu"
    with offline():
        lm = HFLM(
            pretrained=str(Path(args.model).resolve()),
            peft=str(Path(args.adapter).resolve()) if args.adapter else None,
            dtype=args.dtype,
            device=device,
            batch_size=settings.batch_size,
        )

    def evaluate() -> tuple[dict, float]:
        manager = TaskManager(include_path=list(settings.include), include_defaults=False)
        with offline(), chdir(settings.include[0]):
            started = time.perf_counter()
            results = lm_eval.simple_evaluate(
                model=lm,
                tasks=settings.tasks,
                task_manager=manager,
                limit=settings.limit,
                log_samples=False,
                bootstrap_iters=1000,
            )
            seconds = time.perf_counter() - started
        scores = {
            task: {key.split(",")[0]: value for key, value in numbers.items() if key in SCORES}
            for task, numbers in results["results"].items()
        }
        return scores, seconds

    return evaluate


def handed_in(args, settings: BenchmarksConfig):
    """sloika's way: the model loaded with transformers (+ peft) and handed to run_benchmarks."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    device = "cuda" if torch.cuda.is_available() else "cpu"
    model = AutoModelForCausalLM.from_pretrained(
        args.model, dtype=getattr(torch, args.dtype), local_files_only=True
    ).to(device)
    if args.adapter:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, args.adapter)
    tokenizer = AutoTokenizer.from_pretrained(args.model, local_files_only=True)

    def evaluate() -> tuple[dict, float]:
        started = time.perf_counter()
        scores = run_benchmarks(model, tokenizer, settings)
        return scores, time.perf_counter() - started

    return evaluate


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", required=True, help="local model folder (config.json, weights, tokenizer)")
    parser.add_argument("--adapter", help="a peft adapter folder to judge on the model")
    parser.add_argument("--include", default=str(SHIPPED), help="folder of task YAMLs with local data")
    parser.add_argument("--tasks", default="sloika_ru_basics", help="comma-separated task or tag names")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--dtype", choices=["bfloat16", "float32"], default="float32")
    parser.add_argument("--repeats", type=int, default=2, help="evaluations per side; the best time counts")
    parser.add_argument("--threads", type=int, help="torch CPU threads (a tiny model on a loaded CPU: 1)")
    parser.add_argument("--out", default="bench/out/bench_lm_eval.json")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)

    settings = BenchmarksConfig(
        tasks=args.tasks.split(","),
        include=[str(Path(args.include).resolve())],
        limit=args.limit,
        batch_size=args.batch_size,
    )
    # both models loaded first, then the evaluations interleaved: neither side pays the first run's
    # imports and dataset cache alone
    anchor_run, our_run = plain_harness(args, settings), handed_in(args, settings)
    anchor_seconds = our_seconds = float("inf")
    for _ in range(args.repeats):
        anchor, seconds = anchor_run()
        anchor_seconds = min(anchor_seconds, seconds)
        ours, seconds = our_run()
        our_seconds = min(our_seconds, seconds)
    items = sum(scores["items"] for scores in ours.values())
    gap = max(abs(ours[task][metric] - anchor[task][metric]) for task in anchor for metric in anchor[task])
    report = {
        "device": torch.cuda.get_device_name() if torch.cuda.is_available() else "cpu",
        "args": vars(args),
        "items": items,
        "anchor": {"seconds": round(anchor_seconds, 3), "items_per_s": round(items / anchor_seconds, 2)},
        "sloika": {"seconds": round(our_seconds, 3), "items_per_s": round(items / our_seconds, 2)},
        "speedup": float(f"{anchor_seconds / our_seconds:.3g}"),
        "largest_score_difference": gap,
        "scores": {"anchor": anchor, "sloika": {t: {m: ours[t][m] for m in anchor[t]} for t in anchor}},
    }
    print(json.dumps(report, indent=1))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1), encoding="utf-8")


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
