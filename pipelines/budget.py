"""Per-file budgets, so that one hostile file can't hang or flood a build.

- time: ``time_budget`` arms two timers around one file's parse (main thread only; datatrove's
  workers are processes, each with its own main thread): ``SIGPROF`` after the budget's seconds of
  the process's CPU time, so that a machine loaded by other work does not reject a file it would read
  in time when quiet, and ``SIGALRM`` after ``WALL_FACTOR`` times as many seconds of wall time, for a
  parse that waits instead of working. When one fires, ``OverBudget`` (a ``BaseException``, so a
  parser's ``except Exception`` can't swallow it) ends the parse and the reader records ``timeout``.
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


WALL_FACTOR = 10  # wall seconds per budgeted CPU second before a parse that waits is stopped too


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise ``OverBudget("timeout")`` after ``seconds`` of CPU time, or ``WALL_FACTOR`` times as
    many of wall time, in the block (0: no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, _frame):
        on_cpu = signum == signal.SIGPROF
        spent = f"{seconds:g} s of CPU time" if on_cpu else f"{seconds * WALL_FACTOR:g} s of wall time"
        raise OverBudget(
            "timeout",
            f"parsing took longer than {spent} (limits.max_seconds_per_file: {seconds:g}); the file is "
            "pathological or very large: raise the limit to keep trying",
        )

    timers = {
        signal.SIGPROF: (signal.ITIMER_PROF, seconds),
        signal.SIGALRM: (signal.ITIMER_REAL, seconds * WALL_FACTOR),
    }
    previous = {signum: signal.signal(signum, expire) for signum in timers}
    for timer, after in timers.values():
        signal.setitimer(timer, after)
    try:
        yield
    finally:
        for signum, (timer, _) in timers.items():
            signal.setitimer(timer, 0)
            signal.signal(signum, previous[signum])


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
