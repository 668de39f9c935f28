"""A tiny random Qwen3 for the training tests: nothing to download, a few hundred kB on disk."""

from __future__ import annotations

from pathlib import Path


def save_tiny_qwen3(folder: Path, tokenizer) -> None:
    """A random 2-layer, 64-wide Qwen3 sized to ``tokenizer`` (its EOS and padding ids), saved to
    ``folder``; seeded, so every test run trains the same weights."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    config = AutoConfig.for_model(
        "qwen3",
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        head_dim=16,
        vocab_size=len(tokenizer),
        max_position_embeddings=512,
        tie_word_embeddings=True,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    torch.manual_seed(0)
    AutoModelForCausalLM.from_config(config).save_pretrained(folder)


def tiny_bpe(texts: list[str], vocab_size: int = 320):
    """A byte-level BPE trained on ``texts`` with ChatML's tags as special tokens; EOS and padding
    are <|endoftext|>, as in Qwen's base models."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    special = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, special_tokens=special, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    bpe.train_from_iterator(texts, trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=bpe,
        eos_token=special[0],
        pad_token=special[0],
        additional_special_tokens=special[1:],
    )


def save_tiny_chat_model(folder: Path, texts: list[str], vocab_size: int = 400) -> Path:
    """A tiny random Qwen3 around ``tiny_bpe(texts)``, saved with its tokenizer: no chat template
    (sloika renders ChatML). Its answers are noise: what the probe judges, not what it trusts."""
    tokenizer = tiny_bpe(texts, vocab_size)
    tokenizer.save_pretrained(folder)
    save_tiny_qwen3(folder, tokenizer)
    return folder
