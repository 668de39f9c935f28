"""Per-file budgets, so that one hostile file can't hang or flood a build.

- wall time: ``time_budget`` arms a ``SIGALRM`` timer around one file's parse (main thread only;
  datatrove's workers are processes, each with its own main thread). When it fires, ``OverBudget``
  (a ``BaseException``, so a parser's ``except Exception`` can't swallow it) ends the parse and the
  reader records ``timeout``.
- expanded bytes: ``pdf_inflate_budget`` makes pdfminer's FlateDecode inflate with a cap (zlib's
  ``max_length``), so a few KB of nested deflate can't grow into gigabytes: ``too_large``.
"""

from __future__ import annotations

import signal
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager


class OverBudget(BaseException):  # noqa: N818 - not an error of the code: a limit was reached
    """A file went over one of its budgets; ``reason`` is ``timeout`` or ``too_large``."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason, self.detail = reason, detail


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise ``OverBudget("timeout")`` if the block runs longer than ``seconds`` (0: no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum, _frame):
        raise OverBudget(
            "timeout",
            f"parsing took longer than {seconds:g} s (limits.max_seconds_per_file); the file is "
            "pathological or very large: raise the limit to keep trying",
        )

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class _CappedZlib:
    """The part of the ``zlib`` module pdfminer uses, inflating at most ``cap`` bytes in all."""

    error = zlib.error

    def __init__(self, cap: int):
        self.left = cap
        self.cap = cap

    def decompress(self, data: bytes) -> bytes:
        inflater = zlib.decompressobj()
        out = inflater.decompress(data, self.left + 1)
        self._spend(len(out))  # over the cap: raises before the rest is inflated
        if not inflater.eof:
            raise zlib.error("incomplete or truncated stream")  # as zlib.decompress says it
        return out

    def decompressobj(self):
        capped = self

        class _Inflater:
            def __init__(self) -> None:
                self.inner = zlib.decompressobj()

            def decompress(self, data: bytes) -> bytes:
                out = self.inner.decompress(data, capped.left + 1)
                capped._spend(len(out))
                return out

            def flush(self) -> bytes:
                return self.inner.flush()

        return _Inflater()

    def _spend(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise OverBudget(
                "too_large",
                f"its compressed streams inflate past {self.cap:,} bytes (a decompression bomb?); "
                "raise limits.max_doc_bytes to keep trying",
            )


@contextmanager
def pdf_inflate_budget(cap: int) -> Iterator[None]:
    """pdfminer inflates FlateDecode streams with ``zlib.decompress``: cap what they add up to."""
    from pdfminer import pdftypes

    original = pdftypes.zlib
    pdftypes.zlib = _CappedZlib(cap)
    try:
        yield
    finally:
        pdftypes.zlib = original
