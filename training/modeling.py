"""Setting up a model to train: from a local folder or from an architecture, then LoRA or freezing,
then the speed options. Never the hub: a path that is not a local folder is refused.
"""

from __future__ import annotations

import fnmatch
import importlib.util
import json
from pathlib import Path
from typing import Any

import torch

from sloika.config import ConfigError
from sloika.training.chat import end_of_turn_ids, use_chat_template
from sloika.training.config import LoraConfig, ModelConfig, RunConfig, SpeedConfig
from sloika.training.forward import causal_lm, plain_head_weight


def pick_device() -> torch.device:
    return torch.device("cuda") if torch.cuda.is_available() else torch.device("cpu")


def uses_bf16(speed: SpeedConfig, device: torch.device) -> bool:
    if speed.precision == "fp32":
        return False
    supported = device.type == "cuda" and torch.cuda.is_bf16_supported()
    if speed.precision == "bf16" and not supported and device.type == "cuda":
        raise ConfigError("speed.precision: bf16 is not supported by this GPU; use fp32")
    return supported or speed.precision == "bf16"


def attention(model: ModelConfig, device: torch.device) -> str:
    if model.attn_implementation != "auto":
        return model.attn_implementation
    if device.type == "cuda" and importlib.util.find_spec("flash_attn") is not None:
        return "flash_attention_2"
    return "sdpa"


def local_folder(path: str) -> Path:
    folder = Path(path).expanduser()
    if not (folder / "config.json").is_file():
        raise ConfigError(
            f"model.path {path!r} is not a local model folder with a config.json. sloika never downloads: "
            "fetch the model yourself (e.g. `hf download Qwen/Qwen3-0.6B --local-dir models/qwen3-0.6b`)"
        )
    return folder


def load_tokenizer(folder: str | Path):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def tokenizer_from_file(path: Path, eos_id: int):
    """The export's tokenizer.json as a transformers tokenizer, EOS (and padding) set from the manifest."""
    from transformers import PreTrainedTokenizerFast

    tokenizer = PreTrainedTokenizerFast(tokenizer_file=str(path))
    eos = tokenizer.convert_ids_to_tokens(eos_id)
    tokenizer.eos_token = eos
    tokenizer.pad_token = eos
    return tokenizer


def load_pretrained(config: RunConfig, device: torch.device, dtype: torch.dtype):
    from transformers import AutoModelForCausalLM

    folder = local_folder(config.model.path)
    model = AutoModelForCausalLM.from_pretrained(
        str(folder), dtype=dtype, attn_implementation=attention(config.model, device), local_files_only=True
    )
    tokenizer = load_tokenizer(folder)
    use_chat_template(tokenizer, config.data.chat_template)
    return model.to(device), tokenizer


def save_generation_stops(folder: Path, tokenizer) -> None:
    """generation_config.json that stops at the chat template's end-of-turn tag as well as EOS, so a
    plain ``generate()`` on the saved model ends a chat turn where training taught it to."""
    from transformers import GenerationConfig

    folder = Path(folder)
    exists = (folder / "generation_config.json").is_file()
    config = GenerationConfig.from_pretrained(str(folder)) if exists else GenerationConfig()
    config.eos_token_id = end_of_turn_ids(tokenizer)
    config.pad_token_id = tokenizer.pad_token_id
    config.save_pretrained(str(folder))


def reload_model(folder: Path, device: torch.device):
    """A model just saved by a run, whole on ``device`` (after sharded training, for evaluation)."""
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(str(folder), local_files_only=True).to(device)


def architecture(spec: dict[str, Any] | str) -> dict[str, Any]:
    if isinstance(spec, dict):
        return dict(spec)
    path = Path(spec)
    if path.is_dir():
        path = path / "config.json"
    if not path.is_file():
        raise ConfigError(f"model.architecture {spec!r}: no such config.json")
    return json.loads(path.read_text(encoding="utf-8"))


def build_from_architecture(
    config: RunConfig, tokenizer, device: torch.device, dtype: torch.dtype, seed: int
):
    """A random-initialised model of the given shape, its vocabulary sized to the tokenizer."""
    from transformers import AutoConfig, AutoModelForCausalLM

    keys = architecture(config.model.architecture)
    if "model_type" not in keys:
        raise ConfigError("model.architecture needs model_type (qwen3, llama, ...)")
    keys.update(
        vocab_size=len(tokenizer),
        eos_token_id=tokenizer.eos_token_id,
        bos_token_id=tokenizer.bos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    model_config = AutoConfig.for_model(**keys)
    model_config._attn_implementation = attention(config.model, device)
    torch.manual_seed(seed)
    return AutoModelForCausalLM.from_config(model_config, dtype=dtype).to(device)


def add_lora(model, lora: LoraConfig):
    """peft LoRA on the chosen modules. float32 adapters on a bf16 base (peft's autocast) keep small
    updates; under bf16 autocast their matmuls still run in bf16."""
    from peft import LoraConfig as PeftLoraConfig
    from peft import get_peft_model

    peft_config = PeftLoraConfig(
        r=lora.r,
        lora_alpha=lora.alpha,
        lora_dropout=lora.dropout,
        target_modules=lora.targets,
        task_type="CAUSAL_LM",
    )
    return get_peft_model(model, peft_config, autocast_adapter_dtype=lora.adapter_dtype == "float32")


def freeze(model: torch.nn.Module, first_layers: int, patterns: list[str]) -> list[str]:
    """Freeze the embeddings and the first ``first_layers`` decoder layers, and every parameter whose
    name matches a pattern. With tied embeddings freezing the input embedding freezes lm_head too."""
    decoder = causal_lm(model).get_decoder()
    frozen: list[str] = []
    if first_layers:
        if first_layers > len(decoder.layers):
            raise ConfigError(
                f"freeze.first_layers={first_layers}, but the model has {len(decoder.layers)} layers"
            )
        modules = [decoder.get_input_embeddings(), *decoder.layers[:first_layers]]
        for module in modules:
            for parameter in module.parameters():
                parameter.requires_grad_(False)
    for name, parameter in model.named_parameters():
        if any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns):
            parameter.requires_grad_(False)
        if not parameter.requires_grad:
            frozen.append(name)
    if all(not p.requires_grad for p in model.parameters()):
        raise ConfigError(
            "freeze: every parameter is frozen; lower freeze.first_layers or narrow freeze.patterns"
        )
    return frozen


def speed_up(model: torch.nn.Module, speed: SpeedConfig, device: torch.device) -> list[str]:
    """Gradient checkpointing and per-layer torch.compile (one compiled graph per decoder layer:
    short compile times, no graph breaks from the mask and loss code around them). Returns notes."""
    notes = []
    lm = causal_lm(model)
    if speed.loss_chunk > 0:
        plain_head_weight(lm)  # refused now, with the fix, rather than at the first step
    if speed.gradient_checkpointing:
        lm.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        notes.append("gradient checkpointing on")
    if speed.compile and device.type == "cuda":
        for layer in lm.get_decoder().layers:
            layer.compile()
        notes.append("per-layer torch.compile on")
    elif speed.compile:
        notes.append("torch.compile skipped: no CUDA device")
    return notes


def trainable_parameters(model: torch.nn.Module) -> dict[str, torch.nn.Parameter]:
    return {name: p for name, p in model.named_parameters() if p.requires_grad}
