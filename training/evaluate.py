"""Before/after evaluation: held-out loss and perplexity, and whether the answers stay in the
target language, scored with the same purity API that cleans the corpora.

The purity API (``sloika.lang.purity``) needs no datatrove (tested in tests/test_training.py);
it is imported only when prompts are evaluated, since it loads the fastText model.

With several processes every rank evaluates its share (every world-th batch, every world-th
prompt) of a whole, unsharded model, and the ranks combine sums and answers: all of them must call.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import torch

from sloika.training import distributed
from sloika.training.batches import collate, once
from sloika.training.chat import encode_chat, end_of_turn_ids
from sloika.training.config import EvalConfig
from sloika.training.forward import autocast, forward_loss
from sloika.training.packing import RowSet
from sloika.training.script_mask import ForbidOtherScripts


@torch.no_grad()
def heldout_loss(
    model,
    rows: RowSet,
    batch_size: int,
    chunk: int,
    device,
    bf16: bool,
    max_rows: int,
    parallel: distributed.Parallel = distributed.SINGLE,
) -> dict:
    """Mean loss per labelled token over (at most ``max_rows``) validation rows, and its perplexity."""
    model.eval()
    sums = torch.zeros(2, dtype=torch.float64, device=device)  # summed token loss, labelled tokens
    for index, batch in enumerate(once(rows, batch_size, max_rows)):
        if index % parallel.world != parallel.rank:
            continue
        with autocast(device, bf16):
            loss_sum, labelled = forward_loss(model, collate(batch, device), chunk)
        sums[0] += loss_sum.double()
        sums[1] += labelled
    total, count = distributed.sum_across(sums, parallel).tolist()
    count = round(count)
    if not count:  # no validation rows: no number rather than a NaN (not even valid JSON)
        return {"loss": None, "perplexity": None, "tokens": 0}
    loss = total / count
    return {"loss": loss, "perplexity": math.exp(min(loss, 50.0)), "tokens": count}


@torch.no_grad()
def generate_answers(
    model, tokenizer, prompts: list[str], max_new_tokens: int, forbid: ForbidOtherScripts | None
):
    """Greedy answers to each prompt, rendered as the model was trained (``chat.encode_chat``)."""
    from transformers import LogitsProcessorList

    model.eval()
    device = next(model.parameters()).device
    stop = end_of_turn_ids(tokenizer)
    answers = []
    for prompt in prompts:
        ids, _ = encode_chat(tokenizer, [{"role": "user", "content": prompt}], add_generation_prompt=True)
        output = model.generate(
            input_ids=torch.tensor([ids], device=device),
            attention_mask=torch.ones(1, len(ids), dtype=torch.long, device=device),
            max_new_tokens=max_new_tokens,
            do_sample=False,
            eos_token_id=stop,
            pad_token_id=tokenizer.pad_token_id,
            logits_processor=LogitsProcessorList([forbid]) if forbid else None,
        )
        new = output[0, len(ids) :].tolist()
        answers.append(
            {"prompt": prompt, "answer": tokenizer.decode(new, skip_special_tokens=True), "tokens": len(new)}
        )
    return answers


def purity_scores(answers: list[dict], lang: str) -> dict:
    """Share of answers wholly in ``lang`` (detected as ``lang`` with purity 1) and counted foreign
    spans per 1,000 generated tokens; each answer keeps its own verdict. An answer without a letter
    (punctuation, digits, nothing) is in no language: it is ``und`` and never counts as pure."""
    from sloika.lang.purity import judge

    wholly, spans, tokens = 0, 0, 0
    for answer in answers:
        has_letters = any(char.isalpha() for char in answer["answer"])
        verdict = judge(answer["answer"], lang) if has_letters else None
        foreign = [span for span in verdict.spans if span.counted] if verdict else []
        answer["lang"] = verdict.lang if verdict else "und"
        answer["purity"] = round(verdict.purity, 4) if verdict else None
        answer["foreign_spans"] = len(foreign)
        wholly += bool(verdict and verdict.lang == lang and verdict.purity == 1.0)
        spans += len(foreign)
        tokens += answer["tokens"]
    return {
        "answers_wholly_in_lang": wholly / len(answers) if answers else None,
        "foreign_spans_per_1k_tokens": 1000 * spans / tokens if tokens else None,
    }


def evaluate(
    model,
    tokenizer,
    rows: RowSet | None,
    settings: EvalConfig,
    batch_size: int,
    chunk: int,
    device,
    bf16,
    parallel: distributed.Parallel = distributed.SINGLE,
):
    """One column of the before/after table."""
    result: dict[str, Any] = {}
    if rows is not None and len(rows):
        result.update(heldout_loss(model, rows, batch_size, chunk, device, bf16, settings.max_rows, parallel))
    if settings.prompts:
        forbid = (
            ForbidOtherScripts(tokenizer, settings.allowed_scripts) if settings.forbid_other_scripts else None
        )
        mine = settings.prompts[parallel.rank :: parallel.world]
        shares = distributed.gather_objects(
            generate_answers(model, tokenizer, mine, settings.max_new_tokens, forbid), parallel
        )
        answers = [shares[i % parallel.world][i // parallel.world] for i in range(len(settings.prompts))]
        if parallel.main:  # the report's rank: the others need not load the language identifier
            result.update(purity_scores(answers, settings.lang))
        result["answers"] = answers
    if settings.benchmarks.tasks:
        result.update(external_benchmarks(model, tokenizer, settings, parallel))
    return result


def external_benchmarks(model, tokenizer, settings: EvalConfig, parallel: distributed.Parallel) -> dict:
    """lm-eval tasks on one process only: the harness does not split a model it was handed, and the
    other ranks would wait on it in their next collective, where NCCL gives up after minutes."""
    from sloika.training.benchmarks import run_benchmarks

    if parallel.world > 1:
        return {"benchmarks_skipped": "several processes: run `sloika eval RUN` (one process) for them"}
    return {"benchmarks": run_benchmarks(model, tokenizer, settings.benchmarks)}


METRICS = ("loss", "perplexity", "answers_wholly_in_lang", "foreign_spans_per_1k_tokens")


def table(columns: dict[str, dict]) -> str:
    """A plain-text table of the metrics, one column per evaluated model."""
    names = list(columns)
    lines = ["metric".ljust(28) + "".join(name[:18].rjust(20) for name in names)]
    for metric in METRICS:
        if any(metric in column for column in columns.values()):
            cells = "".join(_cell(columns[name].get(metric)).rjust(20) for name in names)
            lines.append(metric.ljust(28) + cells)
    for task, metric in benchmark_rows(columns):
        cells = "".join(
            _cell(columns[name].get("benchmarks", {}).get(task, {}).get(metric)).rjust(20) for name in names
        )
        lines.append(f"{task} {metric} ".ljust(28) + cells)
    return "\n".join(lines)


def benchmark_rows(columns: dict[str, dict]) -> list[tuple[str, str]]:
    """(task, metric) of every external benchmark score in the columns, stderr and counts left out."""
    rows = []
    for column in columns.values():
        for task, numbers in column.get("benchmarks", {}).items():
            for metric in numbers:
                if not metric.endswith("_stderr") and metric not in ("items", "num_fewshot"):
                    rows.append((task, metric))
    return list(dict.fromkeys(rows))


def _cell(value) -> str:
    return "—" if value is None else f"{value:.4f}"


def transfer_table(matrix: dict[str, dict[str, float]]) -> str:
    """Rows: adapters (and the base); columns: the topic whose validation loss is measured."""
    topics = sorted({topic for row in matrix.values() for topic in row})
    lines = ["adapter \\ topic".ljust(24) + "".join(topic[:14].rjust(16) for topic in topics)]
    for adapter, row in matrix.items():
        lines.append(adapter[:23].ljust(24) + "".join(_cell(row.get(topic)).rjust(16) for topic in topics))
    return "\n".join(lines)


def save(folder: Path, report: dict) -> Path:
    path = folder / "eval.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
