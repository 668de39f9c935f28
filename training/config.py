"""The training configuration: one YAML file per run, validated before any model is loaded.

One schema serves the three recipes (``sloika train lora|full|pretrain``); ``check_for`` says
which sections each recipe needs, so a LoRA config without a base model fails in a second, not
after the data was tokenised.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from sloika.config import ConfigError, explain, merge_overrides, read_yaml_mapping
from sloika.training.chat import ChatTemplate

Recipe = Literal["lora", "full", "pretrain"]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ModelConfig(Section):
    """Where the model comes from. Never the hub: ``path`` is a local folder."""

    path: str | None = Field(None, description="local folder with config.json, weights and tokenizer")
    # pretraining: the architecture as config.json keys (model_type: qwen3 | llama | ...) or a path to
    # a config.json; vocab_size, bos/eos ids come from the export's tokenizer.
    architecture: dict[str, Any] | str | None = None
    attn_implementation: Literal["auto", "sdpa", "flash_attention_2", "flex_attention", "eager"] = Field(
        "auto", description="auto: flash_attention_2 if installed on CUDA, else sdpa"
    )


class DataConfig(Section):
    export: str = Field(description="a `sloika export sft|pretrain` folder")
    seq_len: int = Field(2048, ge=8, description="tokens per packed row")
    batch_size: int = Field(8, ge=1, description="rows per micro-batch")
    grad_accum: int = Field(1, ge=1, description="micro-batches per optimizer step")
    chat_template: ChatTemplate = Field(
        "auto",
        description="sft: auto = the model's own chat template if its tokenizer has one, else ChatML; "
        "model = its own (error if none); chatml = ChatML always",
    )
    per_topic: bool = Field(False, description="lora: one adapter per topic of an export split by topic")
    topics: list[str] = Field(default_factory=list, description="per_topic: only these (default: all)")
    validation_windows: int = Field(
        16, ge=0, description="pretrain: rows held out from the end of the last shard for evaluation"
    )


class TrainConfig(Section):
    steps: int = Field(1000, ge=1, description="optimizer steps (the data repeats as needed)")
    lr: float = Field(2e-4, gt=0)
    min_lr_ratio: float = Field(0.1, ge=0, le=1, description="final lr = lr × this")
    warmup_steps: int = Field(50, ge=0)
    schedule: Literal["cosine", "linear", "constant"] = "cosine"
    weight_decay: float = Field(0.0, ge=0)
    betas: tuple[float, float] = (0.9, 0.95)
    grad_clip: float = Field(1.0, ge=0, description="0 disables clipping")
    log_every: int = Field(10, ge=1)
    checkpoint_every: int = Field(
        500, ge=0, description="steps between resumable checkpoints; 0 = only at the end"
    )
    keep_checkpoints: int = Field(2, ge=1)


class SpeedConfig(Section):
    precision: Literal["auto", "bf16", "fp32"] = Field(
        "auto", description="auto: bf16 autocast where the device supports it, else fp32"
    )
    compile: bool = Field(True, description="torch.compile each decoder layer (CUDA only; off on CPU)")
    gradient_checkpointing: bool = False
    loss_chunk: int = Field(
        4096, ge=0, description="tokens per chunk of the fused linear + cross-entropy; 0 = whole logits"
    )
    fused_adamw: bool = Field(True, description="fused AdamW kernel where the device has one")
    distributed: Literal["ddp", "fsdp"] = Field(
        "ddp",
        description="with several processes (torchrun / accelerate launch): ddp = every GPU holds the "
        "model; fsdp = parameters, gradients and optimizer state sharded per decoder layer (full, pretrain)",
    )


class LoraConfig(Section):
    r: int = Field(16, ge=1)
    alpha: float = Field(32, gt=0)
    dropout: float = Field(0.05, ge=0, lt=1)
    targets: list[str] | Literal["all-linear"] = "all-linear"
    adapter_dtype: Literal["float32", "bfloat16"] = Field(
        "float32",
        description="float32 adapters still compute in bf16 under autocast; bfloat16 saves the casts "
        "but rounds small updates away on long runs",
    )


class FreezeConfig(Section):
    first_layers: int = Field(0, ge=0, description="freeze the embeddings and the first k decoder layers")
    patterns: list[str] = Field(default_factory=list, description="fnmatch patterns of parameter names")


class BenchmarksConfig(Section):
    """External benchmarks through lm-evaluation-harness, on task data in local files only."""

    tasks: list[str] = Field(
        default_factory=list, description="lm-eval task or tag names, defined in the `include` folders"
    )
    include: list[str] = Field(
        default_factory=list,
        description="folders of lm-eval task YAMLs whose data are local files (dataset_path: json, csv, "
        "parquet, text or arrow, with dataset_kwargs.data_files)",
    )
    limit: int | None = Field(None, ge=1, description="at most this many items per task: a quick look")
    num_fewshot: int | None = Field(None, ge=0, description="few-shot examples (default: the task's own)")
    batch_size: int = Field(8, ge=1)


class EvalConfig(Section):
    enabled: bool = True
    before: bool = Field(True, description="evaluate the untrained model too, for the before/after table")
    max_rows: int = Field(256, ge=1, description="validation rows used for loss/perplexity")
    lang: str = Field("ru", description="target language of the answers (purity API)")
    prompts: list[str] = Field(default_factory=list, description="user prompts to generate answers for")
    max_new_tokens: int = Field(128, ge=1)
    forbid_other_scripts: bool = Field(False, description="generate with the script-forbidding processor")
    allowed_scripts: list[str] = Field(
        default_factory=lambda: ["cyrillic"], description="letters of these scripts may be generated"
    )
    benchmarks: BenchmarksConfig = Field(default_factory=BenchmarksConfig)


class RunConfig(Section):
    output: str = Field(description="run folder: lineage, metrics, checkpoints, adapters or model")
    seed: int = 0
    model: ModelConfig = Field(default_factory=ModelConfig)
    data: DataConfig
    train: TrainConfig = Field(default_factory=TrainConfig)
    speed: SpeedConfig = Field(default_factory=SpeedConfig)
    lora: LoraConfig = Field(default_factory=LoraConfig)
    freeze: FreezeConfig = Field(default_factory=FreezeConfig)
    eval: EvalConfig = Field(default_factory=EvalConfig)


def check_for(config: RunConfig, recipe: Recipe) -> RunConfig:
    """Refuse combinations a recipe cannot run, with the key to fix."""
    if recipe in ("lora", "full") and not config.model.path:
        raise ConfigError(f"`sloika train {recipe}` needs model.path: a local folder with the base model")
    if recipe == "pretrain" and not config.model.architecture:
        raise ConfigError(
            "`sloika train pretrain` needs model.architecture: config.json keys such as "
            "{model_type: qwen3, hidden_size: 768, ...} or the path of a config.json"
        )
    if config.speed.distributed == "fsdp" and recipe == "lora":
        raise ConfigError(
            "speed.distributed: fsdp shards full fine-tunes and pretraining; a LoRA run keeps the frozen "
            "base on every GPU: use ddp"
        )
    if isinstance(config.lora.targets, list) and "lm_head" in config.lora.targets and config.speed.loss_chunk:
        raise ConfigError(
            "lora.targets has lm_head, but the chunked loss reads the head's weight only: set "
            "speed.loss_chunk: 0 (the loss from the model's own logits) or drop lm_head"
        )
    if config.data.per_topic and recipe != "lora":
        raise ConfigError("data.per_topic trains one adapter per topic: use it with `sloika train lora`")
    return config


def load_run_config(path: str | Path, recipe: Recipe, overrides: dict[str, Any] | None = None) -> RunConfig:
    """Read a training YAML (safe_load only), apply overrides such as ``{"output": ...}``, validate."""
    raw = read_yaml_mapping(path, "`output` and `data`", hint=" (examples: training/examples/*.yaml)")
    return check_for(validate_run_config(merge_overrides(raw, overrides or {}), origin=str(path)), recipe)


def validate_run_config(raw: dict[str, Any], origin: str = "training config") -> RunConfig:
    try:
        return RunConfig.model_validate(raw)
    except ValidationError as err:
        raise ConfigError(f"invalid training config ({origin}):\n" + explain(err, RunConfig)) from err
