"""`sloika probe` against plain transformers: the same prompts, the same greedy generation.

    .venv/bin/python bench/bench_probe.py [--model DIR] [--prompts 64] [--batch 8] [--new-tokens 32]

The anchor is what a user writes by hand: load the model and tokenizer, render each prompt in
ChatML (what sloika renders for a base model without a chat template), ``generate`` in batches with
left padding, decode. sloika's side is ``run_probe`` whole: load, render, generate, judge every
answer (purity, script mixing, loops, repetition), write the dialogues and the manifest, with an
empty cache. Both load the model inside the timing; the libraries are imported before either, and
the two sides alternate ``--repeat`` times (the best time of each counts: a shared machine's load
falls on either). The answers must be the same text; the ratio
says what the probe's bookkeeping and verdicts cost. Without ``--model`` a tiny random Qwen3 is
built (tests/tiny_models.py), whose answers are noise but whose generation is real.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))


def prompts_from_rust_book(count: int) -> list[str]:
    """Questions made of the Rust Book's Russian sentences (shipped in tests/data)."""
    from sloika.text.sentences import split_sentences

    found = []
    for path in sorted((REPO / "tests" / "data" / "rust_book" / "ru").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        for start, end in split_sentences(text, 0, len(text)):
            sentence = " ".join(text[start:end].split())
            if 40 <= len(sentence) <= 200 and not sentence.startswith(("#", "`", "|")):
                found.append(f"Объясни своими словами: {sentence}")
            if len(found) == count:
                return found
    return found


def anchor(model_dir: Path, prompts: list[str], batch: int, new_tokens: int) -> tuple[float, list[str]]:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from sloika.chat_format import CHATML, end_of_turn_ids

    started = time.perf_counter()
    tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
    tokenizer.padding_side = "left"
    model = AutoModelForCausalLM.from_pretrained(model_dir, local_files_only=True).eval()
    template = getattr(tokenizer, "chat_template", None) or CHATML
    stops = end_of_turn_ids(tokenizer)
    answers = []
    for first in range(0, len(prompts), batch):
        texts = [
            tokenizer.apply_chat_template([{"role": "user", "content": p}], chat_template=template,
                                          tokenize=False, add_generation_prompt=True)
            for p in prompts[first : first + batch]
        ]  # fmt: skip
        inputs = tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False)
        with torch.inference_mode():
            output = model.generate(**inputs, max_new_tokens=new_tokens, do_sample=False,
                                    pad_token_id=tokenizer.pad_token_id, eos_token_id=stops)  # fmt: skip
        new = output[:, inputs["input_ids"].shape[1] :]
        answers += [text.strip() for text in tokenizer.batch_decode(new, skip_special_tokens=True)]
    return time.perf_counter() - started, answers


def sloika_probe(model_dir: Path, prompts: list[str], batch: int, new_tokens: int, work: Path):
    from sloika.pipelines.probe import Generation, Model, run_probe

    work.mkdir()
    path = work / "prompts.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "lang": "ru", "prompt": p}, ensure_ascii=False) + "\n"
                            for i, p in enumerate(prompts)), encoding="utf-8")  # fmt: skip
    started = time.perf_counter()
    generation = Generation(max_new_tokens=new_tokens, batch_size=batch)
    manifest = run_probe(Model(str(model_dir)), path, work / "probe", generation, log=lambda _: None)
    seconds = time.perf_counter() - started
    lines = (work / "probe" / "dialogues.jsonl").read_text(encoding="utf-8").splitlines()
    answers = [json.loads(line)["messages"][-1]["content"] for line in lines]
    return seconds, answers, manifest["counts"]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", type=Path, help="local model folder (default: a tiny random Qwen3)")
    parser.add_argument("--prompts", type=int, default=64)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--new-tokens", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=2, help="alternating runs of each side (best counts)")
    parser.add_argument("--out", type=Path, help="write the report as JSON")
    args = parser.parse_args()
    prompts = prompts_from_rust_book(args.prompts)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        model_dir = args.model
        if model_dir is None:
            from tiny_models import save_tiny_chat_model

            texts = [
                p.read_text(encoding="utf-8") for p in sorted((REPO / "tests/data/rust_book/ru").glob("*.md"))
            ]
            model_dir = save_tiny_chat_model(work / "tiny", texts[:3])
        import transformers  # noqa: F401  (imported once, outside both timings)

        anchor_times, sloika_times = [], []
        for run in range(args.repeat):
            seconds, theirs = anchor(model_dir, prompts, args.batch, args.new_tokens)
            anchor_times.append(seconds)
            seconds, ours, counts = sloika_probe(
                model_dir, prompts, args.batch, args.new_tokens, work / str(run)
            )
            sloika_times.append(seconds)
        anchor_s, sloika_s = min(anchor_times), min(sloika_times)
    same = sum(a == b for a, b in zip(ours, theirs, strict=True))
    report = {
        "model": str(args.model or "tiny random Qwen3"),
        "prompts": len(prompts), "batch": args.batch, "new_tokens": args.new_tokens,
        "anchor_s": round(anchor_s, 3), "sloika_s": round(sloika_s, 3), "repeat": args.repeat,
        "ratio_sloika_over_anchor": round(sloika_s / anchor_s, 3),
        "identical_answers": same, "failures_by_kind": counts["failures_by_kind"],
    }  # fmt: skip
    print(
        f"{len(prompts)} prompts, batch {args.batch}, {args.new_tokens} new tokens: plain transformers "
        f"{anchor_s:.2f} s, sloika probe {sloika_s:.2f} s (ratio {sloika_s / anchor_s:.2f}x, verdicts and "
        f"files included); identical answers {same}/{len(prompts)}; failures {counts['failures_by_kind']}"
    )
    if args.out:
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
