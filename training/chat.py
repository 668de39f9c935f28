"""Conversations as tokens: in the model's own chat template, or ChatML when it has none.

An instruct model is trained and asked in the format it already knows; a base model without a
template gets ChatML (Qwen's ``<|im_start|>role\\n…<|im_end|>\\n``). The chosen template is written
into the tokenizer, so the saved adapter or model carries it and ``apply_chat_template`` on the
result renders what training saw. Assistant turns are found by rendering growing prefixes of the
conversation through the template: what an assistant turn adds is learned, whatever the
template's tags, and training and generation both render through ``encode_chat``.
"""

from __future__ import annotations

from typing import Literal

from sloika.chat_format import CHATML, end_of_turn_ids, render
from sloika.config import ConfigError

__all__ = ["CHATML", "encode_chat", "end_of_turn_ids", "render", "use_chat_template"]

ChatTemplate = Literal["auto", "model", "chatml"]


def use_chat_template(tokenizer, setting: ChatTemplate) -> str:
    """Give ``tokenizer`` the template ``setting`` asks for; returns ``"model"`` or ``"chatml"``.

    auto: the model's own template if its tokenizer has one, else ChatML; model: the model's own
    (an error if there is none); chatml: ChatML even where the model has its own.
    """
    own = bool(getattr(tokenizer, "chat_template", None))
    if setting == "model" and not own:
        raise ConfigError(
            "data.chat_template: model, but this tokenizer has no chat template; "
            "use `auto` or `chatml` (ChatML is written into the saved tokenizer)"
        )
    if setting == "chatml" or not own:
        tokenizer.chat_template = CHATML
        return "chatml"
    return "model"


def encode_chat(
    tokenizer, messages: list[dict[str, str]], add_generation_prompt: bool = False
) -> tuple[list[int], list[bool]]:
    """Tokens of the rendered conversation and, per token, whether it is learned: each assistant
    turn's text with the template's closing tag (so the model learns to stop), never the headers
    or other turns."""
    pieces: list[tuple[str, bool]] = []
    rendered = ""
    for index, message in enumerate(messages):
        if message["role"] != "assistant":
            continue
        prompt = render(tokenizer, messages[:index], add_generation_prompt=True) if index else ""
        full = render(tokenizer, messages[: index + 1])
        _grow(pieces, rendered, prompt, learned=False)
        _grow(pieces, prompt, full, learned=True)
        rendered = full
    _grow(pieces, rendered, render(tokenizer, messages, add_generation_prompt), learned=False)
    ids: list[int] = []
    learn: list[bool] = []
    for text, learned in pieces:
        piece = tokenizer.encode(text, add_special_tokens=False)
        ids.extend(piece)
        learn.extend([learned] * len(piece))
    return ids, learn


def _grow(pieces: list[tuple[str, bool]], before: str, after: str, learned: bool) -> None:
    if not after.startswith(before):
        raise ConfigError(
            "this chat template rewrites earlier turns when the conversation grows (some templates "
            "drop past reasoning), so learned tokens cannot be located; set data.chat_template: chatml"
        )
    added = after[len(before) :]
    body = added.rstrip() if learned else added  # the newline after a closing tag is not a lesson
    if body:
        pieces.append((body, learned))
    if len(added) > len(body):
        pieces.append((added[len(body) :], False))
