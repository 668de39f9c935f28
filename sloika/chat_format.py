"""How a conversation is rendered for a model: its own chat template, or ChatML when it has none.

One definition for everything that talks to a model — training (``sloika.training.chat``), the
tokenizer an export writes, and generation in `sloika probe` and the LLM annotators — so a model is
asked in the format it was trained in.
"""

from __future__ import annotations

CHATML = (  # Qwen's chat format
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
_PROBE = "\u2063PROBE\u2063"  # invisible separators: no template writes them around a reply


def render(tokenizer, messages: list[dict[str, str]], add_generation_prompt: bool = False) -> str:
    """The conversation as text in ``tokenizer``'s chat template, ChatML when it has none."""
    return tokenizer.apply_chat_template(
        messages,
        chat_template=getattr(tokenizer, "chat_template", None) or CHATML,
        tokenize=False,
        add_generation_prompt=add_generation_prompt,
    )


def end_of_turn_ids(tokenizer) -> list[int]:
    """The token the template closes an assistant turn with (``<|im_end|>``, ``<|eot_id|>``, …)
    when the vocabulary has it as one token, and EOS: generation stops at either."""
    user = [{"role": "user", "content": "?"}]
    reply = render(tokenizer, [*user, {"role": "assistant", "content": _PROBE}])
    closing = reply.split(_PROBE, 1)[1].strip() if _PROBE in reply else ""
    tag = tokenizer.convert_tokens_to_ids(closing) if closing else None
    tag = None if tag == tokenizer.unk_token_id else tag
    return list(dict.fromkeys(i for i in (tag, tokenizer.eos_token_id) if i is not None))
