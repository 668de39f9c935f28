"""What sloika's commands print: colour only for a terminal, library chatter only when asked.

datatrove logs through loguru to stderr (a screen of per-step stats per build) and decides on
colour once, at import, from DATATROVE_COLORIZE_LOGS. sloika follows the NO_COLOR convention
and keeps pipes and files free of escape codes; a quiet build sends datatrove's lines to a log
file in the corpus (``logs/console.log``) instead of the screen, so nothing is lost.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


def wants_colour(stream: TextIO | None = None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    stream = stream or sys.stderr
    return not os.environ.get("NO_COLOR") and hasattr(stream, "isatty") and stream.isatty()


def plain_library_logs() -> None:
    """Tell datatrove (and loguru under it) not to colour, unless stderr is a terminal that may be
    coloured. Must run before datatrove is imported; the child processes inherit it."""
    if not wants_colour():
        os.environ.setdefault("DATATROVE_COLORIZE_LOGS", "0")


@contextmanager
def stderr_to(path: Path) -> Iterator[TextIO]:
    """Redirect file descriptor 2 (this process and the workers it starts) into ``path`` and yield
    a stream on the real stderr, for the lines the user should still see."""
    path.parent.mkdir(parents=True, exist_ok=True)
    sys.stderr.flush()
    saved = os.dup(2)
    with open(path, "a", encoding="utf-8") as log:
        os.dup2(log.fileno(), 2)
        screen = os.fdopen(os.dup(saved), "w", encoding="utf-8", errors="replace")
        try:
            yield screen
        finally:
            screen.flush()
            screen.close()
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


def progress(iterable=None, total: int | None = None, desc: str = "", unit: str = "doc"):
    """A tqdm bar with rate and ETA on stderr; silent when stderr is not a terminal (logs, CI)."""
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit=unit, unit_scale=True, disable=None, leave=False)
