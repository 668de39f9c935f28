"""The ``unpacking`` layer written by a language model: a question **and its answer** per note.

Two producers share everything but where the text comes from:

* ``unpacking_llm`` — a transformers causal LM from a local folder (nothing is downloaded), batched
  with left padding, greedy by default, on the GPU when there is one;
* ``unpacking_endpoint`` — a served model behind an OpenAI-compatible ``/v1/chat/completions``
  (vLLM, llama.cpp's server, Ollama, TGI), ``concurrency`` requests in flight, timeouts and retries.

The targets are the template producer's (definitions and key claims). For each target and note
kind the model is asked, in the target's language, for a question of that kind (a question, a
counter-question, a paradox, an analogy, a counterexample); then, given the sentence and that
question, for the answer. A note is kept only when both are there and the language purity verdict
(``sloika.lang.purity.judge``) finds it written in the target's language at ``min_purity``; the
rest are counted (``notes_dropped`` in the layer's manifest entry), not silently lost.

Generated text is cached on disk (``note_cache``), keyed by the model's identity (weights, tokenizer
and chat template; or endpoint and served model), the generation settings and the prompt: an
interrupted run resumes, a re-run with the same settings generates nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from datatrove.data import Document
from pydantic import Field, model_validator

from sloika.annotators.base import Annotator, Span, register
from sloika.annotators.chat_endpoint import ChatEndpoint
from sloika.annotators.local_chat import LocalChat
from sloika.annotators.note_cache import NoteCache, fingerprint, model_folder_fingerprint
from sloika.annotators.unpacking import TargetOptions, doc_targets, fill
from sloika.config import ConfigError

_ONLY = {
    "ru": "Напиши только {what}, одним предложением, по-русски.",
    "en": "Write only {what}, in one sentence.",
}
PROMPTS: dict[str, dict[str, str]] = {
    "ru": {
        "question": "Задай один точный вопрос, который проясняет смысл текста. "
        + _ONLY["ru"].format(what="вопрос")
        + "\nТекст: {sentence}\nВопрос:",
        "counter_question": "Задай встречный вопрос, который ставит утверждение текста под сомнение. "
        + _ONLY["ru"].format(what="вопрос")
        + "\nТекст: {sentence}\nВстречный вопрос:",
        "paradox": "Сформулируй в виде вопроса парадокс, который вытекает из текста. "
        + _ONLY["ru"].format(what="вопрос")
        + "\nТекст: {sentence}\nПарадокс:",
        "analogy": "Задай вопрос об аналогии: на что из повседневной жизни похоже то, о чём говорит текст? "
        + _ONLY["ru"].format(what="вопрос")
        + "\nТекст: {sentence}\nВопрос об аналогии:",
        "counterexample": "Задай вопрос о контрпримере: что могло бы опровергнуть текст? "
        + _ONLY["ru"].format(what="вопрос")
        + "\nТекст: {sentence}\nВопрос о контрпримере:",
    },
    "en": {
        "question": "Ask one precise question that clarifies the meaning of the text. "
        + _ONLY["en"].format(what="the question")
        + "\nText: {sentence}\nQuestion:",
        "counter_question": "Ask a counter-question that puts the text's claim in doubt. "
        + _ONLY["en"].format(what="the question")
        + "\nText: {sentence}\nCounter-question:",
        "paradox": "State, as a question, a paradox that follows from the text. "
        + _ONLY["en"].format(what="the question")
        + "\nText: {sentence}\nParadox:",
        "analogy": "Ask about an analogy: what everyday thing is the text's subject like? "
        + _ONLY["en"].format(what="the question")
        + "\nText: {sentence}\nAnalogy question:",
        "counterexample": "Ask about a counterexample: what could refute the text? "
        + _ONLY["en"].format(what="the question")
        + "\nText: {sentence}\nCounterexample question:",
    },
}
ANSWER_PROMPTS = {
    "ru": "Ответь на вопрос к тексту коротко, одним-двумя предложениями, по-русски.\n"
    "Текст: {sentence}\nВопрос: {question}\nОтвет:",
    "en": "Answer the question about the text briefly, in one or two sentences.\n"
    "Text: {sentence}\nQuestion: {question}\nAnswer:",
}


class NoteOptions(TargetOptions):
    prompts: dict[str, dict[str, str]] = Field(
        default_factory=lambda: {lang: dict(kinds) for lang, kinds in PROMPTS.items()},
        description="{lang: {note kind: prompt asking for the question}}; {sentence}, {term}, {definiens}",
    )
    answer_prompts: dict[str, str] = Field(
        default_factory=lambda: dict(ANSWER_PROMPTS),
        description="{lang: prompt asking for the answer}; {sentence}, {term}, {definiens}, {question}",
    )
    max_new_tokens: int = Field(96, ge=1, description="tokens generated per question or answer at most")
    temperature: float = Field(0.0, ge=0.0, description="0 = greedy (reproducible)")
    seed: int = 0
    min_purity: float = Field(
        0.9, ge=0.0, le=1.0, description="notes less pure in the target's language are dropped (0: keep all)"
    )

    @model_validator(mode="after")
    def _prompts_for_every_kind(self):
        for lang, kinds in self.prompts.items():
            missing = sorted(set(self.kinds) - set(kinds))
            if missing:
                raise ValueError(f"no {lang} prompt for note kinds {missing}; add them to `prompts.{lang}`")
            if lang not in self.answer_prompts:
                raise ValueError(f"no answer prompt for {lang}; add `answer_prompts.{lang}`")
        return self


class _ModelNotes(Annotator):
    """Questions and answers from a model; subclasses say where the text comes from."""

    layer = "unpacking"
    Options = NoteOptions

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.counts: Counter[str] = Counter()  # notes written / dropped by this process, per reason
        self.cache_key = fingerprint(self._identity() | {"settings": self._settings()})

    def _identity(self) -> dict[str, Any]:
        """What the model is (weights, tokenizer, endpoint): part of the cache key."""
        raise NotImplementedError

    def _settings(self) -> dict[str, Any]:
        return {"max_new_tokens": self.options.max_new_tokens, "temperature": self.options.temperature,
                "seed": self.options.seed}  # fmt: skip

    def _generate(self, prompts: list[str]) -> Iterator[list[str]]:
        """One list of texts per finished batch, in prompt order."""
        raise NotImplementedError

    @property
    def model_name(self) -> str:
        raise NotImplementedError

    def describe(self) -> dict[str, Any]:
        return super().describe() | {"cache_key": self.cache_key}

    def take_counts(self) -> Counter[str]:
        counts, self.counts = self.counts, Counter()
        return counts

    def annotate(self, docs: Sequence[Document]) -> list[list[Span]]:
        cache = NoteCache(self.state_dir, self.cache_key)
        jobs = []
        for i, doc in enumerate(docs):
            for target in doc_targets(doc, self.options):
                prompts = self.options.prompts.get(target.lang)
                if prompts is None:
                    self.counts["targets_without_prompt"] += 1
                    continue
                for kind in self.options.kinds:
                    jobs.append((i, target, kind, fill(prompts[kind], target.fields())))
        cache.fill([prompt for *_, prompt in jobs], self._generate)
        asked = []
        for i, target, kind, prompt in jobs:
            question = _first_line(cache.get(prompt) or "")
            if not question:
                self.counts["dropped_empty"] += 1
                continue
            fields = target.fields() | {"question": question}
            asked.append((i, target, kind, question, fill(self.options.answer_prompts[target.lang], fields)))
        cache.fill([prompt for *_, prompt in asked], self._generate)

        out: list[list[Span]] = [[] for _ in docs]
        for i, target, kind, question, answer_prompt in asked:
            answer = " ".join((cache.get(answer_prompt) or "").split())
            if not answer:
                self.counts["dropped_empty"] += 1
                continue
            if not self._pure(f"{question}\n{answer}", target.lang):
                self.counts["dropped_impure"] += 1
                continue
            self.counts["notes"] += 1
            attrs = {
                "question": question,
                "answer": answer,
                "kind": kind,
                "target": target.kind,
                "term": target.term,
                "lang": target.lang,
                "producer": self.name,
                "model": self.model_name,
            }
            out[i].append(Span(target.start, target.end, kind, None, attrs))
        return out

    def _pure(self, text: str, lang: str) -> bool:
        if self.options.min_purity <= 0:
            return True
        from sloika.lang.purity import judge

        verdict = judge(text, lang)
        return verdict.lang == lang and verdict.purity >= self.options.min_purity


def _first_line(text: str) -> str:
    """A question is one line: models often go on with an answer or another question."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


class LocalOptions(NoteOptions):
    model: str = Field(description="local folder of a transformers causal LM and its tokenizer")
    batch_size: int = Field(8, ge=1, description="prompts per generate() call")
    max_prompt_tokens: int = Field(512, ge=8, description="longer prompts are cut from the left")
    device: str = Field("auto", description="auto (cuda when present), cpu, cuda, cuda:1, ...")
    chat_template: bool | None = Field(
        None, description="wrap prompts in the tokenizer's chat template; default: if it has one"
    )


@register
class LLMUnpacking(_ModelNotes):
    name = "unpacking_llm"
    version = "2"
    requires = {"torch": "torch", "transformers": "transformers"}
    Options = LocalOptions

    def __init__(self, *args, **kwargs):
        options = args[0] if args else kwargs.get("options")
        model = (options or {}).get("model")
        if model and not (Path(model) / "config.json").is_file():
            raise ConfigError(
                f"unpacking_llm: {model} is not a local model folder (no config.json); "
                "give the path of a saved transformers causal LM (nothing is downloaded), "
                "or serve it and use `annotator: unpacking_endpoint`"
            )
        super().__init__(*args, **kwargs)

    def _identity(self) -> dict[str, Any]:
        return {"local": model_folder_fingerprint(self.options.model)}

    def _settings(self) -> dict[str, Any]:
        return super()._settings() | {
            "max_prompt_tokens": self.options.max_prompt_tokens,
            "chat_template": self.options.chat_template,
        }

    @property
    def model_name(self) -> str:
        return Path(self.options.model).name

    @property
    def batches(self) -> list[int]:
        """Sizes of the generate() calls made by this process."""
        return self.load().batches

    def _load(self) -> LocalChat:
        template = {None: "own", True: "own", False: "none"}[self.options.chat_template]
        return LocalChat(
            model=self.options.model,
            device=self.options.device,
            template=template,
            max_new_tokens=self.options.max_new_tokens,
            max_prompt_tokens=self.options.max_prompt_tokens,
            temperature=self.options.temperature,
            seed=self.options.seed,
            batch_size=self.options.batch_size,
        )

    def _generate(self, prompts: list[str]) -> Iterator[list[str]]:
        yield from self.load().complete_batches(prompts)


class EndpointOptions(NoteOptions):
    endpoint: str = Field(
        description="base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1"
    )
    model: str = Field(description="the served model's name (what the server's /v1/models lists)")
    concurrency: int = Field(4, ge=1, le=256, description="requests in flight at once")
    batch_size: int = Field(32, ge=1, description="prompts cached together (progress survives a crash)")
    timeout: float = Field(120.0, gt=0, description="seconds per request")
    retries: int = Field(3, ge=0, description="tries more on a timeout, a dropped connection, 429 or 5xx")
    api_key_env: str | None = Field(
        None, description="environment variable holding the API key (never the key itself in a config)"
    )

    @model_validator(mode="after")
    def _http_url(self):
        if not self.endpoint.startswith(("http://", "https://")):
            raise ValueError(
                f"endpoint {self.endpoint!r} is not an http(s) URL, e.g. http://127.0.0.1:8000/v1"
            )
        return self


@register
class EndpointUnpacking(_ModelNotes):
    name = "unpacking_endpoint"
    version = "1"
    requires = {"httpx": "httpx"}
    Options = EndpointOptions

    def _identity(self) -> dict[str, Any]:
        return {"endpoint": self.options.endpoint.rstrip("/"), "model": self.options.model}

    @property
    def model_name(self) -> str:
        return self.options.model

    def _load(self) -> ChatEndpoint:
        return ChatEndpoint(
            url=self.options.endpoint,
            model=self.options.model,
            max_tokens=self.options.max_new_tokens,
            temperature=self.options.temperature,
            seed=self.options.seed,
            timeout=self.options.timeout,
            retries=self.options.retries,
            concurrency=self.options.concurrency,
            batch_size=self.options.batch_size,
            api_key_env=self.options.api_key_env,
        )

    def _generate(self, prompts: list[str]) -> Iterator[list[str]]:
        yield from self.load().complete_batches(prompts)
