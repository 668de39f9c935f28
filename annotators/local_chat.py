"""Replies from a transformers causal LM in a local folder (nothing is downloaded): the local twin of
``ChatEndpoint`` for the LLM annotators and `sloika probe`.

Conversations are rendered in the tokenizer's chat template — or ChatML, or as plain text, as the
caller asks — batched with left padding, greedy by default, on the GPU when there is one. A LoRA
adapter folder (``adapter``, peft) is applied on top of the base; its own tokenizer, which carries
the template it was trained with, is used when it has one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sloika.chat_format import CHATML, end_of_turn_ids
from sloika.config import ConfigError

# own: the tokenizer's template, plain text without one (the annotators' prompts are complete);
# own_or_chatml: the tokenizer's template, ChatML without one (what `sloika train` does);
# none: the turns' text joined by newlines
Template = Literal["own", "own_or_chatml", "none"]


@dataclass
class LocalChat:
    model: str
    adapter: str | None = None
    device: str = "auto"
    template: Template = "own"
    max_new_tokens: int = 128
    max_prompt_tokens: int = 512
    temperature: float = 0.0
    seed: int = 0
    batch_size: int = 8

    def __post_init__(self):
        for what, folder, marker in (("model", self.model, "config.json"),
                                     ("adapter", self.adapter, "adapter_config.json")):  # fmt: skip
            if folder is not None and not (Path(folder) / marker).is_file():
                raise ConfigError(
                    f"{folder} is not a local {what} folder (no {marker}); give the path of a saved "
                    "transformers model (or peft adapter): nothing is downloaded"
                )
        self.batches: list[int] = []  # sizes of the generate() calls made
        self._loaded: tuple[Any, Any, str, str | None] | None = None

    def load(self) -> tuple[Any, Any, str, str | None]:
        """(tokenizer, model, device, template text or None), built once."""
        if self._loaded is not None:
            return self._loaded
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        device = self.device
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        dtype = torch.bfloat16 if device.startswith("cuda") else torch.float32
        own_tokenizer = self.adapter and (Path(self.adapter) / "tokenizer_config.json").is_file()
        tokenizer = AutoTokenizer.from_pretrained(self.adapter if own_tokenizer else self.model,
                                                  local_files_only=True)  # fmt: skip
        tokenizer.padding_side, tokenizer.truncation_side = "left", "left"
        if tokenizer.pad_token is None:
            tokenizer.pad_token = tokenizer.eos_token
        model = AutoModelForCausalLM.from_pretrained(self.model, local_files_only=True, dtype=dtype)
        if self.adapter:
            from peft import PeftModel

            model = PeftModel.from_pretrained(model, self.adapter)
        model.to(device).eval()
        own = getattr(tokenizer, "chat_template", None) or None
        template = {"own": own, "own_or_chatml": own or CHATML, "none": None}[self.template]
        self._loaded = (tokenizer, model, device, template)
        return self._loaded

    @property
    def rendering(self) -> str:
        """Which template the prompts are rendered in: model, chatml or plain."""
        _, _, _, template = self.load()
        return "plain" if template is None else "chatml" if template == CHATML else "model"

    def text(self, messages: list[dict[str, str]]) -> str:
        """The prompt as the model sees it."""
        tokenizer, _, _, template = self.load()
        if template is None:
            return "\n".join(m["content"] for m in messages)
        return tokenizer.apply_chat_template(
            messages, chat_template=template, tokenize=False, add_generation_prompt=True
        )

    def reply_batches(self, conversations: list[list[dict[str, str]]]) -> Iterator[list[str]]:
        """The next assistant turn of each conversation, ``batch_size`` at a time, in order."""
        for first in range(0, len(conversations), self.batch_size):
            yield self._reply(conversations[first : first + self.batch_size])

    def complete_batches(self, prompts: list[str]) -> Iterator[list[str]]:
        """The answer to each prompt (one user turn), ``batch_size`` at a time, in order."""
        yield from self.reply_batches([[{"role": "user", "content": prompt}] for prompt in prompts])

    def _reply(self, conversations: list[list[dict[str, str]]]) -> list[str]:
        import torch

        tokenizer, model, device, template = self.load()
        inputs = tokenizer(
            [self.text(messages) for messages in conversations],
            return_tensors="pt",
            padding=True,
            truncation=True,
            max_length=self.max_prompt_tokens,
            add_special_tokens=template is None,  # a rendered template writes its own tokens
        ).to(device)
        sampling: dict[str, Any] = {"do_sample": False}
        if self.temperature > 0:
            torch.manual_seed(self.seed)
            sampling = {"do_sample": True, "temperature": self.temperature}
        stops = {"eos_token_id": end_of_turn_ids(tokenizer)} if template is not None else {}
        with torch.inference_mode():
            output = model.generate(
                **inputs, max_new_tokens=self.max_new_tokens, pad_token_id=tokenizer.pad_token_id,
                **stops, **sampling,
            )  # fmt: skip
        self.batches.append(len(conversations))
        new_tokens = output[:, inputs["input_ids"].shape[1] :]
        return [text.strip() for text in tokenizer.batch_decode(new_tokens, skip_special_tokens=True)]
