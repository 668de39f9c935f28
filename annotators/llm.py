"""``unpacking_llm``: the ``unpacking`` layer written by a causal language model from a local path.

The same targets as the template producer (definitions and key claims); one prompt per target and
note kind, from ``prompts`` in the config ({sentence}, {term}, {definiens} are filled in). Prompts
are generated in batches (left padding), greedy by default, on the GPU when there is one. Every
finished batch is appended to a JSONL cache in the annotator's state folder, keyed by model,
prompt and generation settings, so an interrupted run resumes where it stopped and a re-run with
the same settings generates nothing. Nothing is downloaded: ``model`` must be a local folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Sequence
from pathlib import Path

from datatrove.data import Document
from pydantic import Field

from sloika.annotators.base import Annotator, Span, register
from sloika.annotators.unpacking import TargetOptions, doc_targets, fill
from sloika.config import ConfigError

PROMPTS = {
    "question": "Задай один точный вопрос, который проясняет смысл текста.\nТекст: {sentence}\nВопрос:",
    "counter_question": "Задай встречный вопрос, ставящий текст под сомнение.\nТекст: {sentence}\nВопрос:",
    "paradox": "Сформулируй парадокс, который вытекает из текста.\nТекст: {sentence}\nПарадокс:",
    "analogy": "Приведи аналогию из повседневной жизни к тексту.\nТекст: {sentence}\nАналогия:",
    "counterexample": "Приведи контрпример к тексту.\nТекст: {sentence}\nКонтрпример:",
}


class LLMOptions(TargetOptions):
    model: str = Field(description="local folder of a transformers causal LM and its tokenizer")
    prompts: dict[str, str] = Field(default_factory=lambda: dict(PROMPTS), description="note kind -> prompt")
    batch_size: int = Field(8, ge=1, description="prompts per generate() call")
    max_new_tokens: int = Field(64, ge=1)
    max_prompt_tokens: int = Field(512, ge=8, description="longer prompts are cut from the left")
    temperature: float = Field(0.0, ge=0.0, description="0 = greedy (reproducible)")
    seed: int = 0
    device: str = Field("auto", description="auto (cuda when present), cpu, cuda, cuda:1, ...")
    chat_template: bool | None = Field(
        None, description="wrap prompts in the tokenizer's chat template; default: if it has one"
    )


@register
class LLMUnpacking(Annotator):
    name = "unpacking_llm"
    layer = "unpacking"
    version = "1"
    requires = {"torch": "torch", "transformers": "transformers"}
    Options = LLMOptions

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not (Path(self.options.model) / "config.json").is_file():
            raise ConfigError(
                f"unpacking_llm: {self.options.model} is not a local model folder (no config.json); "
                "give the path of a saved transformers causal LM (nothing is downloaded)"
            )
        unknown = set(self.options.kinds) - set(self.options.prompts)
        if unknown:
            raise ConfigError(
                f"unpacking_llm: no prompt for note kinds {sorted(unknown)}; add them to `prompts`"
            )
        self.batches: list[int] = []  # sizes of the generate() calls made by this process
        self.fingerprint = self._fingerprint()

    def _load(self):
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        device = self.options.device
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        dtype = torch.bfloat16 if device.startswith("cuda") else torch.float32
        tokenizer = AutoTokenizer.from_pretrained(self.options.model, local_files_only=True)
        tokenizer.padding_side, tokenizer.truncation_side = "left", "left"
        if tokenizer.pad_token is None:
            tokenizer.pad_token = tokenizer.eos_token
        model = AutoModelForCausalLM.from_pretrained(self.options.model, local_files_only=True, dtype=dtype)
        model.to(device).eval()
        return tokenizer, model, device

    def _fingerprint(self) -> str:
        config = (Path(self.options.model) / "config.json").read_bytes()
        settings = [
            self.options.max_new_tokens,
            self.options.max_prompt_tokens,
            self.options.temperature,
            self.options.seed,
            self.options.chat_template,
        ]
        return hashlib.sha256(config + json.dumps(settings).encode()).hexdigest()[:16]

    def _key(self, prompt: str) -> str:
        return hashlib.sha256(f"{self.fingerprint}\0{prompt}".encode()).hexdigest()

    def _read_cache(self) -> dict[str, str]:
        cache: dict[str, str] = {}
        if self.state_dir is not None:
            for part in sorted(Path(self.state_dir).glob("cache-*.jsonl")):
                for line in part.read_text(encoding="utf-8").splitlines():
                    try:
                        entry = json.loads(line)
                    except json.JSONDecodeError:  # a line cut short by a crash: generate it again
                        continue
                    cache[entry["key"]] = entry["text"]
        return cache

    def _prompt_text(self, tokenizer, prompt: str) -> str:
        use_chat = self.options.chat_template
        if use_chat is None:
            use_chat = bool(getattr(tokenizer, "chat_template", None))
        if not use_chat:
            return prompt
        messages = [{"role": "user", "content": prompt}]
        return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)

    def _generate(self, prompts: list[str]) -> list[str]:
        import torch

        tokenizer, model, device = self.load()
        texts = [self._prompt_text(tokenizer, p) for p in prompts]
        inputs = tokenizer(
            texts,
            return_tensors="pt",
            padding=True,
            truncation=True,
            max_length=self.options.max_prompt_tokens,
        ).to(device)
        sampling = {"do_sample": False}
        if self.options.temperature > 0:
            torch.manual_seed(self.options.seed)
            sampling = {"do_sample": True, "temperature": self.options.temperature}
        with torch.inference_mode():
            output = model.generate(
                **inputs,
                max_new_tokens=self.options.max_new_tokens,
                pad_token_id=tokenizer.pad_token_id,
                **sampling,
            )
        self.batches.append(len(prompts))
        new_tokens = output[:, inputs["input_ids"].shape[1] :]
        return [text.strip() for text in tokenizer.batch_decode(new_tokens, skip_special_tokens=True)]

    def annotate(self, docs: Sequence[Document]) -> list[list[Span]]:
        jobs = [
            (i, target, kind, fill(self.options.prompts[kind], target.fields()))
            for i, doc in enumerate(docs)
            for target in doc_targets(doc, self.options)
            for kind in self.options.kinds
        ]
        cache = self._read_cache()
        todo = list(dict.fromkeys(prompt for *_, prompt in jobs if self._key(prompt) not in cache))
        log = None
        if self.state_dir is not None and todo:
            Path(self.state_dir).mkdir(parents=True, exist_ok=True)
            log = open(Path(self.state_dir) / f"cache-{os.getpid()}-{uuid.uuid4().hex[:8]}.jsonl", "a")  # noqa: SIM115
        try:
            for first in range(0, len(todo), self.options.batch_size):
                batch = todo[first : first + self.options.batch_size]
                for prompt, text in zip(batch, self._generate(batch), strict=True):
                    cache[self._key(prompt)] = text
                    if log is not None:
                        log.write(
                            json.dumps({"key": self._key(prompt), "text": text}, ensure_ascii=False) + "\n"
                        )
                if log is not None:
                    log.flush()
        finally:
            if log is not None:
                log.close()
        out: list[list[Span]] = [[] for _ in docs]
        for i, target, kind, prompt in jobs:
            text = cache[self._key(prompt)]
            if text:
                attrs = {
                    "text": text,
                    "kind": kind,
                    "target": target.kind,
                    "term": target.term,
                    "producer": "llm",
                    "model": Path(self.options.model).name,
                    "prompt": prompt,
                }
                out[i].append(Span(target.start, target.end, kind, None, attrs))
        return out
