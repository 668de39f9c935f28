"""pymorphy3's Russian dictionary, loaded once per process.

The repair step, the LaTeX reader and the annotators all ask it (is a word known, which case, which
part of speech); each had built its own analyzer, a 16 MB dictionary loaded again each time.
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def russian_analyzer() -> Any:  # a pymorphy3.MorphAnalyzer; pymorphy3 is imported only when asked
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")
