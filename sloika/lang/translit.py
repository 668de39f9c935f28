"""Russian written in Latin letters ("privet kak dela", "spasibo bolshoe"): found, not guessed.

fastText calls such text English, Polish or nothing at all, so a base model that slips into
translit passes every language filter. A two-class character n-gram model (``char_ngrams``)
tells romanised Russian from ordinary Latin-script text: the romanised side is real Russian text
that ``romanise`` writes in the common informal scheme (``zh``, ``kh``, ``shch``, ``ya``), the
other side real English and other Latin-script sentences. ``bench/fit_translit.py`` counts the
tables from files in ``tests/data`` only; ``bench/bench_purity.py`` measures it on other text.
"""

from __future__ import annotations

from functools import lru_cache

from sloika.lang.char_ngrams import CharNgramModel
from sloika.text.scripts import LATIN, script_runs
from sloika.text.spans import Span

TABLES = "translit_ngrams.json.gz"
TRANSLIT, LATIN_TEXT = "translit", "latin"
MIN_LETTERS = 8  # shorter runs ("da", "OK") say too little either way
MIN_RATE = 0.5  # log-likelihood ratio per letter needed to call a run translit

# The informal scheme people type in chats (close to BGN/PCGN, without diacritics).
INFORMAL = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
# GOST 7.79-2000 system B (ISO 9 without diacritics): a second, independent scheme for evaluation.
GOST_B = INFORMAL | {
    "ё": "yo", "й": "j", "х": "x", "ц": "cz", "щ": "shh", "ъ": "``", "ы": "y`", "ь": "`", "э": "e`",
    "ю": "yu", "я": "ya",
}  # fmt: skip


def romanise(text: str, scheme: dict[str, str] = INFORMAL) -> str:
    """Cyrillic Russian letters written with ``scheme``; capitals keep a capital first letter."""
    out = []
    for char in text:
        low = char.lower()
        latin = scheme.get(low)
        if latin is None:
            out.append(char)
        else:
            out.append(latin.capitalize() if char != low else latin)
    return "".join(out)


@lru_cache(maxsize=2)
def _model(path: str | None = None) -> CharNgramModel:
    return CharNgramModel.load(path, packaged=TABLES)


def translit_score(text: str, model: CharNgramModel | None = None) -> float:
    """Log-likelihood ratio per letter, romanised Russian against other Latin text (> 0: translit)."""
    model = model or _model()
    ll = model.log_likelihoods(text, [TRANSLIT, LATIN_TEXT])
    letters = sum(1 for c in text if c.isalpha())
    return (ll[TRANSLIT] - ll[LATIN_TEXT]) / letters if letters else 0.0


def translit_spans(
    text: str,
    mask: bytearray | None = None,
    start: int = 0,
    end: int | None = None,
    model: CharNgramModel | None = None,
) -> list[Span]:
    """Latin runs of ``text[start:end]`` (exempt code/URLs skipped) that read as romanised Russian."""
    spans = []
    for run_start, run_end, script, _ in script_runs(text, mask, start, end):
        if script != LATIN:
            continue
        run = text[run_start:run_end]
        if sum(1 for c in run if c.isalpha()) < MIN_LETTERS:
            continue
        rate = translit_score(run, model)
        if rate >= MIN_RATE:
            spans.append(
                Span(
                    run_start,
                    run_end,
                    "translit",
                    min(1.0, rate / (2 * MIN_RATE)),
                    attrs={"rate": round(rate, 3)},
                )
            )
    return spans
