"""``sloika probe``: talk with a model over prompt sets and record where it fails.

    prompts.jsonl ──► the model answers every user turn, dialogue by dialogue, batched by turn
                  ──► each answer judged (``sloika.filters.answer_failures``)
                  ──► optional teacher: a corrected answer for each failing one, and/or follow-up
                      user turns aimed at the weak spot, which the model answers and is judged on
                  ──► probes/dialogues.jsonl   (`sloika build --format chat_jsonl` reads it as chats;
                                               the verdicts become the `failures` layer)
                      probes/held_out.jsonl    (the held-out prompts, an eval set for
                                               `--decontaminate`)
                      probes/probe_manifest.json (model fingerprint, generation settings, counts)

A prompt record: ``{"id", "topic", "lang", "held_out", "prompt" | "turns", "system"}``. The model is a
local transformers folder (``LocalChat``; a `sloika train lora` run folder or ``adapter`` puts its
LoRA on the base), or a served model behind an OpenAI-compatible endpoint (``ChatEndpoint``, the LLM
annotators' client). Every reply is cached under ``probes/cache/`` by the model's fingerprint and the
settings, so an interrupted probe resumes and a re-run generates nothing new.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from sloika import __version__
from sloika.annotators.chat_endpoint import ChatEndpoint
from sloika.annotators.local_chat import LocalChat
from sloika.annotators.note_cache import NoteCache, fingerprint, model_folder_fingerprint
from sloika.config import ConfigError, explain
from sloika.console import progress
from sloika.errors import InputError
from sloika.filters.answer_failures import MIN_PURITY, answer_verdicts
from sloika.pipelines.probe_summary import summarize

FORMAT = "sloika-probe"
MANIFEST = "probe_manifest.json"
DIALOGUES = "dialogues.jsonl"
HELD_OUT = "held_out.jsonl"

CORRECT = {
    "ru": "Ты — внимательный учитель. Ответь на последнее сообщение пользователя так, как должен был "
    "ответить хороший ассистент: только по-русски, по существу, без повторов.",
    "en": "You are a careful teacher. Answer the user's last message the way a good assistant should "
    "have: only in {language}, to the point, without repeating yourself.",
}
STEER = {
    "ru": "Ты проверяешь языковую модель. В последнем ответе она ошиблась: {problems}. Напиши "
    "следующую реплику пользователя по-русски — один вопрос, который проверяет ту же слабость ещё "
    "раз. Только текст вопроса.",
    "en": "You are testing a language model. Its last answer failed: {problems}. Write the user's next "
    "message in {language}: one question that tests the same weakness again. Only the question.",
}


def instruction(templates: dict[str, str], lang: str, **fields: str) -> str:
    """The teacher's instruction in the dialogue's language, else in English naming the language
    (by its ISO code) the answer must be in."""
    language = "English" if lang == "en" else f"the language with ISO 639-1 code `{lang}`"
    return templates.get(lang, templates["en"]).format(language=language, **fields)


class ProbePrompt(BaseModel):
    """One line of a prompt set."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, description="unique in the set; corrections are joined by it")
    topic: str | None = Field(
        None, description="what the prompt is about (the loop counts failures per topic)"
    )
    lang: str | list[str] = Field("ru", description="the language(s) the answer should be in")
    held_out: bool = Field(False, description="kept for evaluation: never exported for training")
    prompt: str | None = Field(None, description="a single user turn")
    turns: list[str] | None = Field(None, description="user turns of a multi-turn dialogue, in order")
    system: str | None = Field(None, description="a system message before the first turn")

    @model_validator(mode="after")
    def _one_kind(self):
        if (self.prompt is None) == (self.turns is None):
            raise ValueError("give either `prompt` (one turn) or `turns` (a list of user turns)")
        if self.turns is not None and not [t for t in self.turns if t.strip()]:
            raise ValueError("`turns` holds no text")
        if self.prompt is not None and not self.prompt.strip():
            raise ValueError("`prompt` is empty")
        return self

    @property
    def user_turns(self) -> list[str]:
        return [self.prompt] if self.prompt is not None else [t for t in self.turns or [] if t.strip()]

    @property
    def langs(self) -> list[str]:
        return [self.lang] if isinstance(self.lang, str) else list(self.lang)


def load_prompts(path: str | Path) -> list[ProbePrompt]:
    """The prompt set; a broken or invalid line is an error naming the line (a probe that silently
    skipped prompts would count failures over a different set)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"prompt set {path} not found: give a JSONL file, one prompt per line")
    prompts: list[ProbePrompt] = []
    seen: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            prompt = ProbePrompt.model_validate(json.loads(line))
        except json.JSONDecodeError as err:
            raise InputError(f"{path}:{number}: broken JSON ({err}); fix the line") from err
        except ValidationError as err:
            raise InputError(f"{path}:{number}: {explain(err, ProbePrompt)}") from err
        if prompt.id in seen:
            raise InputError(f"{path}:{number}: id {prompt.id!r} is used twice; ids must be unique")
        seen.add(prompt.id)
        prompts.append(prompt)
    if not prompts:
        raise InputError(f"prompt set {path} holds no prompts")
    return prompts


@dataclass
class Generation:
    max_new_tokens: int = 128
    temperature: float = 0.0
    seed: int = 0
    max_prompt_tokens: int = 1024
    batch_size: int = 8
    concurrency: int = 4
    timeout: float = 120.0

    def settings(self) -> dict[str, Any]:
        return {"max_new_tokens": self.max_new_tokens, "temperature": self.temperature, "seed": self.seed,
                "max_prompt_tokens": self.max_prompt_tokens}  # fmt: skip


@dataclass
class Model:
    """A model to talk with: ``path`` (local folder or run folder) or ``endpoint`` + ``name``."""

    name: str
    endpoint: str | None = None
    adapter: str | None = None
    api_key_env: str | None = None
    run: dict[str, Any] | None = field(default=None, init=False)  # the training run it came from

    def __post_init__(self):
        if self.endpoint is not None:
            return
        folder = Path(self.name)
        if self.adapter is None and (folder / "lineage.json").is_file() and (folder / "adapter").is_dir():
            self.adapter = str(folder / "adapter")  # a `sloika train lora` run folder
        elif self.adapter is None and (folder / "adapter_config.json").is_file():
            self.adapter = str(folder)  # an adapter folder, e.g. runs/fix/topics/rust/adapter
        if self.adapter is not None and not (folder / "config.json").is_file():
            self.name = self._base_of(Path(self.adapter))
        if not (Path(self.name) / "config.json").is_file():
            raise ConfigError(
                f"{self.name} is not a local model folder (no config.json) nor a `sloika train lora` run "
                "folder (lineage.json + adapter/); for a served model add --endpoint URL"
            )

    def _base_of(self, adapter: Path) -> str:
        """The base model of an adapter: its training run's ``model.path`` (the run's lineage is
        recorded), else what peft wrote in ``adapter_config.json``."""
        for folder in [adapter, *adapter.resolve().parents][:4]:
            if (folder / "lineage.json").is_file():
                lineage = json.loads((folder / "lineage.json").read_text(encoding="utf-8"))
                self.run = {"path": str(folder.resolve()), "recipe": lineage.get("recipe"),
                            "export": lineage.get("export", {}).get("path"),
                            "corpus": lineage.get("corpus", {}).get("path")}  # fmt: skip
                return lineage["config"]["model"]["path"]
        config = json.loads((adapter / "adapter_config.json").read_text(encoding="utf-8"))
        return str(config.get("base_model_name_or_path") or "")

    def identity(self) -> dict[str, Any]:
        if self.endpoint is not None:
            return {"endpoint": self.endpoint.rstrip("/"), "model": self.name}
        found = {"local": model_folder_fingerprint(self.name)}
        if self.adapter:
            found["adapter"] = model_folder_fingerprint(self.adapter)
        return found

    def describe(self) -> dict[str, Any]:
        identity = self.identity()
        kind = "endpoint" if self.endpoint else "local"
        adapter = str(Path(self.adapter).resolve()) if self.adapter else None
        return {"kind": kind, "name": self.name if self.endpoint else Path(self.name).name,
                "path": None if self.endpoint else str(Path(self.name).resolve()),
                "endpoint": self.endpoint, "adapter": adapter, "run": self.run,
                "fingerprint": fingerprint(identity), "identity": identity}  # fmt: skip

    def client(self, generation: Generation, template: str = "own_or_chatml") -> ChatEndpoint | LocalChat:
        if self.endpoint is not None:
            return ChatEndpoint(
                url=self.endpoint, model=self.name, max_tokens=generation.max_new_tokens,
                temperature=generation.temperature, seed=generation.seed, timeout=generation.timeout,
                concurrency=generation.concurrency, batch_size=generation.batch_size,
                api_key_env=self.api_key_env,
            )  # fmt: skip
        return LocalChat(
            model=self.name, adapter=self.adapter, template=template,
            max_new_tokens=generation.max_new_tokens, max_prompt_tokens=generation.max_prompt_tokens,
            temperature=generation.temperature, seed=generation.seed, batch_size=generation.batch_size,
        )  # fmt: skip


@dataclass
class Teacher:
    model: Model
    correct: bool = True  # write a corrected answer for each failing one
    steer_turns: int = 0  # follow-up user turns aimed at the weak spot, per dialogue


class Talker:
    """Replies of one model, cached by its fingerprint and settings; counts what it generated."""

    def __init__(self, model: Model, generation: Generation, cache_dir: Path):
        self.model, self.generation = model, generation
        self.client = model.client(generation)
        key = fingerprint({"model": model.identity(), "settings": generation.settings()})
        self.cache = NoteCache(cache_dir, key)
        self.generated = 0

    def reply(self, conversations: list[list[dict[str, str]]], desc: str) -> list[str]:
        keys = [json.dumps(messages, ensure_ascii=False, sort_keys=True) for messages in conversations]
        by_key = dict(zip(keys, conversations, strict=True))
        todo = [key for key in dict.fromkeys(keys) if self.cache.get(key) is None]
        bar = progress(total=len(todo), desc=desc, unit="reply")

        def generate(batch_keys: list[str]) -> Iterator[list[str]]:
            for texts in self.client.reply_batches([by_key[key] for key in batch_keys]):
                self.generated += len(texts)
                bar.update(len(texts))
                yield texts

        try:
            self.cache.fill(todo, generate)
        finally:
            bar.close()
        return [self.cache.get(key) or "" for key in keys]


def _strip(messages: list[dict[str, Any]]) -> list[dict[str, str]]:
    """What the model sees: roles and contents only."""
    return [{"role": m["role"], "content": m["content"]} for m in messages]


def _instructed(instruction: str, messages: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The conversation with ``instruction`` as its system message (before the prompt's own one:
    chat templates take one system message, first)."""
    messages = _strip(messages)
    if messages and messages[0]["role"] == "system":
        return [{"role": "system", "content": f"{instruction}\n\n{messages[0]['content']}"}, *messages[1:]]
    return [{"role": "system", "content": instruction}, *messages]


PROBLEMS = {
    "ru": {"empty": "пустой ответ", "wrong_language": "ответ не на том языке",
           "foreign_text": "вставки на другом языке", "mixed_script": "слова из смеси кириллицы и латиницы",
           "loop": "зацикливание", "repetition": "повторы"},
    "en": {"empty": "an empty answer", "wrong_language": "the wrong language",
           "foreign_text": "text in another language",
           "mixed_script": "words mixing Cyrillic and Latin letters",
           "loop": "a loop", "repetition": "repetition"},
}  # fmt: skip


def _problems(failures: list[dict[str, Any]], lang: str) -> str:
    names = PROBLEMS.get(lang, PROBLEMS["en"])
    return ", ".join(sorted({names.get(f["kind"], f["kind"]) for f in failures}))


def run_probe(
    model: Model,
    prompts_path: str | Path,
    out: str | Path,
    generation: Generation | None = None,
    teacher: Teacher | None = None,
    min_purity: float = MIN_PURITY,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Probe ``model`` with the prompt set; writes the probe folder and returns its manifest."""
    generation = generation or Generation()
    prompts = load_prompts(prompts_path)
    out = Path(out)
    _check_out(out)
    cache = out / "cache"
    talker = Talker(model, generation, cache / "model")
    teacher_talker = Talker(teacher.model, generation, cache / "teacher") if teacher else None

    marker = {"model": model.describe()["fingerprint"], "folder": str(out.resolve())}
    dialogues = [_start(prompt, marker) for prompt in prompts]
    rounds = max(len(p.user_turns) for p in prompts)
    for turn in range(rounds):  # every dialogue's k-th user turn together: one batched round
        waiting = []
        for dialogue, prompt in zip(dialogues, prompts, strict=True):
            if turn < len(prompt.user_turns):
                dialogue["messages"].append(
                    {"role": "user", "content": prompt.user_turns[turn], "by": "prompts"}
                )
                waiting.append(dialogue)
        _answer(talker, waiting, f"probe turn {turn + 1}/{rounds}", min_purity)
    for step in range(teacher.steer_turns if teacher_talker else 0):
        if not _steer(teacher_talker, talker, dialogues, step, min_purity):
            break
    if teacher_talker and teacher.correct:
        _correct(teacher_talker, dialogues, min_purity)

    manifest = {
        "format": FORMAT,
        "version": 1,
        "sloika": __version__,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": sys.argv,
        "model": model.describe(),
        "generation": generation.settings() | {"rendering": _rendering(talker)},
        "prompts": {
            "path": str(Path(prompts_path).resolve()),
            "sha256": _sha256(Path(prompts_path)),
            "dialogues": len(prompts),
            "held_out": sum(p.held_out for p in prompts),
        },  # fmt: skip
        "teacher": None
        if teacher is None
        else {
            "model": teacher.model.describe(),
            "correct": teacher.correct,
            "steer_turns": teacher.steer_turns,
        },
        "min_purity": min_purity,
        "generated": {
            "model": talker.generated,
            "teacher": teacher_talker.generated if teacher_talker else 0,
        },
        "files": {"dialogues": DIALOGUES, "held_out": HELD_OUT},
        "counts": summarize(dialogues),
    }
    _write_jsonl(out / DIALOGUES, dialogues)
    _write_jsonl(out / HELD_OUT, [
        {"id": p.id, "topic": p.topic, "turns": p.user_turns} for p in prompts if p.held_out
    ])  # fmt: skip
    _write_json(out / MANIFEST, manifest)
    counts = manifest["counts"]
    found = _kinds(counts["failures_by_kind"])
    log(f"probed {counts['answers']} answers in {counts['dialogues']} dialogues: "
        f"{counts['failing_answers']} failing ({found}); written to {out}")  # fmt: skip
    return manifest


def _start(prompt: ProbePrompt, marker: dict[str, str]) -> dict[str, Any]:
    """A dialogue record; ``probe`` marks it as a probe's (an SFT export never trains on a probed
    model's own answers, and held-out ones never reach training at all)."""
    messages = [{"role": "system", "content": prompt.system, "by": "prompts"}] if prompt.system else []
    return {"id": prompt.id, "topic": prompt.topic, "lang": prompt.langs, "held_out": prompt.held_out,
            "probe": marker, "messages": messages}  # fmt: skip


def _answer(talker: Talker, dialogues: list[dict[str, Any]], desc: str, min_purity: float) -> None:
    replies = talker.reply([_strip(d["messages"]) for d in dialogues], desc)
    for dialogue, reply in zip(dialogues, replies, strict=True):
        verdict, failures = answer_verdicts(reply, dialogue["lang"], min_purity)
        dialogue["messages"].append({
            "role": "assistant", "content": reply, "verdict": verdict,
            "failures": [failure.to_dict() for failure in failures],
        })  # fmt: skip


def _steer(
    teacher: Talker, talker: Talker, dialogues: list[dict[str, Any]], step: int, min_purity: float
) -> bool:
    """The teacher asks one more question in every dialogue whose last answer failed, aimed at
    the same weakness; the model answers it. False when no dialogue's last answer failed."""
    failing = [d for d in dialogues if d["messages"][-1].get("failures")]
    if not failing:
        return False
    asks = []
    for dialogue in failing:
        problems = _problems(dialogue["messages"][-1]["failures"], dialogue["lang"][0])
        steer = instruction(STEER, dialogue["lang"][0], problems=problems)
        asks.append(_instructed(steer, dialogue["messages"]))
    asked = []
    for dialogue, question in zip(failing, teacher.reply(asks, f"teacher steers {step + 1}"), strict=True):
        if question.strip():
            dialogue["messages"].append({"role": "user", "content": question.strip(), "by": "teacher"})
            asked.append(dialogue)
    _answer(talker, asked, f"probe steer {step + 1}", min_purity)
    return True


def _correct(teacher: Talker, dialogues: list[dict[str, Any]], min_purity: float) -> None:
    """A corrected answer for every failing one, judged like the model's own: a correction that
    fails too is kept with its failures, and `export sft --from corrections` leaves it out."""
    jobs = []
    for dialogue in dialogues:
        for index, message in enumerate(dialogue["messages"]):
            if message["role"] == "assistant" and message["failures"]:
                correct = instruction(CORRECT, dialogue["lang"][0])
                jobs.append((dialogue, message, _instructed(correct, dialogue["messages"][:index])))
    replies = teacher.reply([asked for *_, asked in jobs], "teacher corrects")
    for (dialogue, message, _), reply in zip(jobs, replies, strict=True):
        _, failures = answer_verdicts(reply, dialogue["lang"], min_purity)
        message["correction"] = {"content": reply, "by": "teacher",
                                 "failures": sorted({failure.kind for failure in failures})}  # fmt: skip


def _rendering(talker: Talker) -> str:
    client = talker.client
    if isinstance(client, LocalChat):
        return client.rendering
    return "endpoint"  # the server applies its own chat template


def _kinds(counts: dict[str, int]) -> str:
    return ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items())) or "no failures"


def _check_out(out: Path) -> None:
    """A new folder, or a probe folder (its cache makes the run resume); never anything else."""
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {out} is a file; give a folder")
    if (
        out.is_dir()
        and any(out.iterdir())
        and not (out / MANIFEST).is_file()
        and not (out / "cache").is_dir()
    ):
        raise ConfigError(f"--out {out} holds other files, not a probe: give a new or empty folder")
    out.mkdir(parents=True, exist_ok=True)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    part = path.with_name(path.name + ".part")
    with open(part, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    os.replace(part, path)


def _write_json(path: Path, record: dict[str, Any]) -> None:
    part = path.with_name(path.name + ".part")
    part.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(part, path)
