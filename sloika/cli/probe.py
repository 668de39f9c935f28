"""`sloika probe`: talk with a model over prompt sets, record its failures; compare two probes."""

from __future__ import annotations

import argparse
import json

from sloika.errors import InputError


def register(sub) -> None:
    probe = sub.add_parser(
        "probe",
        help="talk with a model over prompt sets and record where it fails (the start of the loop)",
        description="Run a model over a prompt set (JSONL: id, topic, lang, held_out, and `prompt` or "
        "`turns` for a multi-turn dialogue) and write the dialogues where `sloika build` reads them as "
        "chats, each answer judged: wrong language and foreign text (the purity verdict), mixed-script "
        "words, loops and repetition, empty answers. MODEL is a local transformers folder, a `sloika "
        "train lora` run folder (its base with its adapter), or with --endpoint the name of a served "
        "model (vLLM, llama.cpp, Ollama, TGI). A teacher model can write a corrected answer for every "
        "failing one (`sloika export sft --from corrections` trains on them) and ask follow-up "
        "questions aimed at the weak spot. The loop, step by step: docs/loop.md.",
        epilog="examples:\n"
        "  sloika probe models/qwen3-0.6b --prompts prompts.jsonl --out probes/before\n"
        "  sloika probe qwen3 --endpoint http://127.0.0.1:8000/v1 --prompts prompts.jsonl --out probes/b \\\n"
        "      --teacher big --teacher-endpoint http://127.0.0.1:8001/v1 --steer-turns 1\n"
        "  sloika probe runs/fix --prompts prompts.jsonl --out probes/after     # base + the run's LoRA\n"
        "  sloika probe --compare probes/before probes/after",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    probe.add_argument("model", nargs="?", help="local model folder, run folder, or served model name")
    probe.add_argument("--prompts", metavar="JSONL", help="the prompt set")
    probe.add_argument("--out", "-o", metavar="DIR", help="probe folder to write (re-running resumes)")
    probe.add_argument(
        "--endpoint", metavar="URL", help="OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1"
    )
    probe.add_argument("--adapter", metavar="DIR", help="a peft LoRA adapter on top of the local MODEL")
    probe.add_argument("--api-key-env", metavar="VAR", help="environment variable holding the endpoints' key")
    probe.add_argument(
        "--max-new-tokens", type=int, default=128, metavar="N", help="per answer (default 128)"
    )
    probe.add_argument("--temperature", type=float, default=0.0, help="0 = greedy, reproducible (default)")
    probe.add_argument("--seed", type=int, default=0)
    probe.add_argument("--batch-size", type=int, default=8, metavar="N", help="conversations per batch")
    probe.add_argument("--concurrency", type=int, default=4, metavar="N", help="endpoint requests in flight")
    probe.add_argument(
        "--min-purity", type=float, default=0.9, help="an answer in the right language below this purity "
        "fails as foreign_text (default 0.9)",
    )  # fmt: skip
    probe.add_argument(
        "--teacher", metavar="MODEL", help="teacher: local folder, or served name with --teacher-endpoint"
    )
    probe.add_argument("--teacher-endpoint", metavar="URL", help="the teacher's OpenAI-compatible server")
    probe.add_argument(
        "--no-corrections", action="store_true", help="the teacher only steers, writes no corrections"
    )
    probe.add_argument(
        "--steer-turns", type=int, default=0, metavar="N",
        help="follow-up questions the teacher asks after a failing answer, per dialogue (default 0)",
    )  # fmt: skip
    probe.add_argument("--compare", nargs=2, metavar=("OLD", "NEW"), help="compare two probe folders")
    probe.add_argument("--json", action="store_true", help="with --compare: print the report as JSON")
    probe.set_defaults(handler=_probe)


def _probe(args: argparse.Namespace) -> int:
    from sloika.annotators.chat_endpoint import EndpointError
    from sloika.pipelines.probe import Generation, Model, Teacher, run_probe
    from sloika.pipelines.probe_summary import compare, comparison_table

    if args.compare:
        report = compare(*args.compare)
        print(json.dumps(report, ensure_ascii=False, indent=1) if args.json else comparison_table(report))
        return 0
    if not args.model or not args.prompts or not args.out:
        raise InputError("give MODEL, --prompts and --out (or --compare OLD NEW); see `sloika probe --help`")
    model = Model(args.model, endpoint=args.endpoint, adapter=args.adapter, api_key_env=args.api_key_env)
    teacher = None
    if args.teacher:
        teacher_model = Model(args.teacher, endpoint=args.teacher_endpoint, api_key_env=args.api_key_env)
        teacher = Teacher(teacher_model, correct=not args.no_corrections, steer_turns=args.steer_turns)
    elif args.steer_turns:
        raise InputError("--steer-turns needs a teacher: add --teacher MODEL (and --teacher-endpoint URL)")
    generation = Generation(
        max_new_tokens=args.max_new_tokens, temperature=args.temperature, seed=args.seed,
        batch_size=args.batch_size, concurrency=args.concurrency,
    )  # fmt: skip
    try:
        run_probe(model, args.prompts, args.out, generation, teacher, args.min_purity)
    except EndpointError as err:
        raise InputError(str(err)) from err
    return 0
