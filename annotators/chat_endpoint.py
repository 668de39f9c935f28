"""A client for the OpenAI-compatible ``/v1/chat/completions`` protocol — what vLLM, llama.cpp's
server, Ollama and TGI serve — for producers that write notes with a served model.

One conversation per request (the protocol has no batch call: the server batches what arrives
together), ``concurrency`` requests in flight at once, a timeout per request, and retries with
exponential backoff on what a busy or restarting server answers (429, 5xx, a dropped or refused
connection, a timeout). Any other refusal (a wrong model name, a bad key) stops at once with the
server's own message.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sloika.config import ConfigError

_RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}


class EndpointError(RuntimeError):
    """The endpoint could not give an answer; the message says what to check."""


@dataclass
class ChatEndpoint:
    url: str  # base URL, e.g. http://127.0.0.1:8000/v1 (or the full .../chat/completions)
    model: str  # the served model's name
    max_tokens: int = 128
    temperature: float = 0.0
    seed: int | None = 0
    timeout: float = 120.0
    retries: int = 3
    concurrency: int = 4
    batch_size: int = 16  # prompts per finished batch handed back (and cached) at once
    api_key_env: str | None = None
    backoff: float = 0.5

    def __post_init__(self):
        if not self.url.startswith(("http://", "https://")):
            raise ConfigError(f"endpoint {self.url!r} is not an http(s) URL, e.g. http://127.0.0.1:8000/v1")
        base = self.url.rstrip("/")
        self.completions_url = base if base.endswith("/chat/completions") else base + "/chat/completions"
        self.requests = 0  # HTTP requests sent, retries included
        self.retried = 0

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if self.api_key_env:
            key = os.environ.get(self.api_key_env)
            if not key:
                raise ConfigError(
                    f"the endpoint's API key is read from ${self.api_key_env}, which is not set"
                )
            headers["Authorization"] = f"Bearer {key}"
        return headers

    def complete_batches(self, prompts: list[str]) -> Iterator[list[str]]:
        """The answer to each prompt (a user turn), ``batch_size`` at a time, in prompt order."""
        yield from self.reply_batches([[{"role": "user", "content": prompt}] for prompt in prompts])

    def reply_batches(self, conversations: list[list[dict[str, str]]]) -> Iterator[list[str]]:
        """The next assistant turn of each conversation (``[{"role", "content"}, ...]``),
        ``batch_size`` at a time, in order."""
        import httpx

        limits = httpx.Limits(max_connections=self.concurrency, max_keepalive_connections=self.concurrency)
        with (
            httpx.Client(timeout=self.timeout, limits=limits, headers=self._headers()) as client,
            ThreadPoolExecutor(max_workers=self.concurrency) as pool,
        ):
            for first in range(0, len(conversations), self.batch_size):
                batch = conversations[first : first + self.batch_size]
                yield list(pool.map(lambda messages: self._complete(client, messages), batch))

    def _complete(self, client, messages: list[dict[str, str]]) -> str:
        import httpx

        body = {
            "model": self.model,
            "messages": messages,
            "max_tokens": self.max_tokens,
            "temperature": self.temperature,
        }
        if self.seed is not None:
            body["seed"] = self.seed
        problem = ""
        for attempt in range(self.retries + 1):
            if attempt:
                self.retried += 1
                time.sleep(self.backoff * 2 ** (attempt - 1))
            self.requests += 1
            try:
                response = client.post(self.completions_url, json=body)
            except (httpx.TimeoutException, httpx.TransportError) as err:
                problem = f"{type(err).__name__}: {err}"
                continue
            if response.status_code in _RETRY_STATUS:
                problem = f"HTTP {response.status_code}: {response.text[:300]}"
                continue
            if response.status_code != 200:
                raise EndpointError(
                    f"{self.completions_url} refused the request (HTTP {response.status_code}: "
                    f"{response.text[:300]}); check `endpoint`, `model` ({self.model!r}) and the API key"
                )
            try:
                return (response.json()["choices"][0]["message"]["content"] or "").strip()
            except (ValueError, KeyError, IndexError, TypeError) as err:
                raise EndpointError(
                    f"{self.completions_url} did not answer in the chat/completions format "
                    f"({response.text[:300]!r}): is it an OpenAI-compatible server?"
                ) from err
        raise EndpointError(
            f"{self.completions_url} gave no answer after {self.retries + 1} tries ({problem}); "
            "is the server up? What was generated so far is cached: run again to resume"
        )
