"""`sloika train`, `sloika adapters merge`, `sloika eval`: handlers import sloika.training lazily."""

from __future__ import annotations

import argparse
import os
from typing import Any


def register(sub) -> None:
    """train, adapters and eval: handlers import sloika.training (torch, transformers) lazily."""
    train = sub.add_parser(
        "train",
        help="LoRA, full fine-tune or pretraining on an export (needs the train extra; docs/training.md)",
        description="Train on a `sloika export sft|pretrain` folder with a YAML config: sequence packing "
        "without cross-document attention, bf16, per-layer torch.compile and a chunked cross-entropy by "
        "default. The run folder gets config.yaml, lineage.json (export and corpus manifests), "
        "metrics.jsonl, resumable checkpoints, the adapter or model, and eval.json (before/after).",
        epilog="examples:\n"
        "  sloika train lora training/examples/lora-ru.yaml\n"
        "  sloika train lora training/examples/lora-ru.yaml --resume\n"
        "  sloika train full training/examples/full-consolidate.yaml\n"
        "  sloika train pretrain training/examples/pretrain-124m.yaml --steps 100\n"
        "  torchrun --nproc_per_node 8 -m sloika.cli train full CONFIG.yaml   # several GPUs: "
        "speed.distributed ddp|fsdp",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    train.add_argument("recipe", choices=["lora", "full", "pretrain"])
    train.add_argument("config", help="training YAML (see training/examples/)")
    train.add_argument("--resume", action="store_true", help="continue from the run's latest checkpoint")
    train.add_argument("--output", "-o", metavar="DIR", help="run folder (overrides `output`)")
    train.add_argument("--steps", type=int, metavar="N", help="optimizer steps (overrides train.steps)")
    train.set_defaults(handler=_train)

    adapters = sub.add_parser(
        "adapters",
        help="merge LoRA adapters (linear, TIES, DARE on their ΔW) and fold them into a full model",
        description="Merge LoRA adapters trained on one base on their weight changes ΔW_i = s_i·B_i·A_i "
        "(task arithmetic, TIES, DARE: peft's merge_utils), then fold the result into the base (--unload: "
        "the input of a consolidating full fine-tune) or bring it back to a LoRA by a truncated SVD "
        "(--rank). Adapters of different ranks merge. merge.json records the inputs with their lineage.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = adapters.add_subparsers(dest="adapters_action", metavar="ACTION", required=True)
    merge = actions.add_parser(
        "merge",
        help="several adapters → one adapter, or a full model with --unload",
        description="linear: W + Σ w_i·ΔW_i (weights default to 1/n). ties: each ΔW trimmed to its top "
        "--density entries by magnitude, a sign elected per entry, the agreeing entries averaged. "
        "dare_linear/dare_ties: entries dropped at random to --density and rescaled (--seed repeats it). "
        "magnitude_prune: trimmed, then summed. Without --unload the merged ΔW is stored as a LoRA of "
        "--rank (default: the sum of the input ranks, exact for linear); merge.json gives the relative "
        "error of that cut. One adapter with --unload is folded into the base.",
        epilog="examples:\n"
        "  sloika adapters merge --base models/qwen3-0.6b --adapter runs/t/topics/a/adapter "
        "--adapter runs/t/topics/b/adapter --method ties --density 0.5 --out runs/t/merged\n"
        "  sloika adapters merge --base models/qwen3-0.6b --adapter runs/t/topics/a/adapter "
        "--adapter runs/t/topics/b/adapter --method linear --unload --out models/consolidated\n"
        "  sloika adapters merge --base models/qwen3-0.6b --adapter runs/t/merged --unload "
        "--out models/consolidated",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    merge.add_argument("--base", required=True, metavar="DIR", help="local base model folder")
    merge.add_argument(
        "--adapter", action="append", required=True, metavar="DIR", help="adapter folder (repeatable)"
    )
    merge.add_argument("--out", required=True, metavar="DIR", help="folder to write")
    merge.add_argument(
        "--method",
        default="ties",
        choices=["linear", "ties", "dare_linear", "dare_ties", "magnitude_prune"],
        help="how the ΔW_i combine (default: ties)",
    )
    merge.add_argument(
        "--weights", metavar="W,W,...", help="one weight per adapter (default: 1/n for linear, else 1)"
    )
    merge.add_argument(
        "--density", type=float, default=0.5, help="share of each ΔW kept by ties/dare/magnitude_prune"
    )
    merge.add_argument("--unload", action="store_true", help="write the full model, the merge folded in")
    merge.add_argument(
        "--rank", type=int, metavar="R", help="rank of the merged adapter (default: sum of the ranks)"
    )
    merge.add_argument("--seed", type=int, default=0, help="DARE's random drop seed")
    merge.set_defaults(handler=_adapters_merge)

    evaluate = sub.add_parser(
        "eval",
        help="re-evaluate a training run or a merge: held-out loss, answers' purity, before vs after",
        description="Evaluate a finished run folder again: the model before and after training on the "
        "run's validation data and eval prompts; the answers are judged with the purity API. A merged "
        "adapter or a folded-in model (`sloika adapters merge` output) is evaluated against its base on "
        "the data and settings of its first adapter's run. External benchmarks: lm-evaluation-harness "
        "tasks from your own task folders, on local data only (nothing is downloaded), scored for "
        "both models. Writes eval.rerun.json in the folder and prints the table.",
        epilog="examples:\n  sloika eval runs/lora-ru --forbid-other-scripts --prompt 'Что такое владение?'\n"
        "  sloika eval runs/lora-ru --lm-eval-include training/examples/lm_eval "
        "--lm-eval-tasks sloika_ru_basics",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    evaluate.add_argument(
        "run", help="run folder written by `sloika train`, or the --out of `sloika adapters merge`"
    )
    evaluate.add_argument("--prompt", action="append", metavar="TEXT", help="prompts instead of the config's")
    evaluate.add_argument("--lang", metavar="CODE", help="target language of the answers")
    evaluate.add_argument(
        "--forbid-other-scripts", action="store_true", help="generate with the script-forbidding processor"
    )
    bench = evaluate.add_argument_group(
        "external benchmarks (lm-evaluation-harness; the `eval` extra)",
        "Task YAMLs with dataset_path: json|csv|parquet|text and dataset_kwargs.data_files (paths "
        "relative to the YAML). Each flag overrides its eval.benchmarks key of the run config.",
    )
    bench.add_argument(
        "--lm-eval-tasks",
        metavar="NAMES",
        help="comma-separated task or tag names from the --lm-eval-include folders",
    )
    bench.add_argument(
        "--lm-eval-include", action="append", metavar="DIR", help="folder of task YAMLs (repeatable)"
    )
    bench.add_argument(
        "--lm-eval-limit", type=int, metavar="N", help="at most N items per task (a quick look)"
    )
    bench.add_argument("--lm-eval-fewshot", type=int, metavar="K", help="few-shot examples per item")
    bench.add_argument(
        "--lm-eval-batch-size", type=int, metavar="B", help="items per forward pass (default 8)"
    )
    evaluate.set_defaults(handler=_eval)


def _train(args: argparse.Namespace) -> int:
    from sloika.training import train

    overrides: dict[str, Any] = {}
    if args.output:
        overrides["output"] = args.output
    report = train(args.recipe, args.config, resume=args.resume, overrides=overrides, steps=args.steps)
    if os.environ.get("RANK", "0") == "0":  # one line from a multi-process launch, not one per rank
        print(f"run written to {report['output']}")
    return 0


def _adapters_merge(args: argparse.Namespace) -> int:
    from sloika.training.merge import merge

    weights = [float(w) for w in args.weights.split(",")] if args.weights else None
    out = merge(
        args.base,
        args.adapter,
        args.out,
        args.method,
        weights,
        args.density,
        args.unload,
        args.seed,
        args.rank,
    )
    print(f"{'model' if args.unload else 'adapter'} written to {out}")
    return 0


def _eval(args: argparse.Namespace) -> int:
    from sloika.training.eval_run import evaluate_run

    overrides: dict[str, Any] = {"enabled": True}
    if args.prompt:
        overrides["prompts"] = args.prompt
    if args.lang:
        overrides["lang"] = args.lang
    if args.forbid_other_scripts:
        overrides["forbid_other_scripts"] = True
    benchmarks = {
        "tasks": [name.strip() for name in args.lm_eval_tasks.split(",") if name.strip()]
        if args.lm_eval_tasks
        else None,
        "include": args.lm_eval_include,
        "limit": args.lm_eval_limit,
        "num_fewshot": args.lm_eval_fewshot,
        "batch_size": args.lm_eval_batch_size,
    }
    overrides["benchmarks"] = {key: value for key, value in benchmarks.items() if value is not None}
    evaluate_run(args.run, overrides)
    return 0
