"""What went wrong in one model answer: the verdicts `sloika probe` records per answer.

The same judges that clean corpora judge a model's answers, so "the model answers in English" in a
probe and "this document is English" in a build are one measurement:

* ``empty``: no letter or digit at all (nothing, whitespace, punctuation);
* ``wrong_language``: the purity verdict (``sloika.lang.purity.judge``) finds the answer in another
  language than the prompt's expected one(s); the span is the whole answer. An answer too short for
  language ID ("Да") fails only when written in another script than the expected language's;
* ``foreign_text``: the language is right but purity is below ``min_purity``: each counted finding
  (a foreign sentence, a run of another script, a romanised Russian sentence) is one failure;
* ``mixed_script``: words mixing Cyrillic and Latin letters (``пapa``), each one a failure;
* ``loop``: a phrase repeated in a row (transcript_junk's decoding-loop detector: a phrase of 1–10
  words ``min_loop_repeats`` times, three words or more ``min_long_loop_repeats`` times); the span
  covers the repeats;
* ``repetition``: repeats that are not adjacent or longer than a loop unit: Gopher's share of
  characters in duplicated word n-grams (5…10) above the thresholds of ``quality.rules``; the span
  starts where the first repeated n-gram comes back.

Offsets are code points into the answer text, end exclusive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sloika.config import QualityRules
from sloika.filters.quality_stats import DUP_NGRAMS, gopher_repetition
from sloika.filters.transcript_junk import loop_cuts
from sloika.lang.alphabets import script_of_language
from sloika.lang.purity import MIN_SENTENCE_LETTERS, PurityVerdict, judge

KINDS = ("empty", "wrong_language", "foreign_text", "mixed_script", "loop", "repetition")
MIN_PURITY = 0.9
MIN_LOOP_REPEATS = 4  # transcript_junk's defaults
MIN_LONG_LOOP_REPEATS = 3
_WORD = re.compile(r"\S+")
_SIGN = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class Failure:
    kind: str
    start: int
    end: int
    verdict: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "verdict": self.verdict}


def answer_verdicts(
    answer: str, lang: str | Sequence[str], min_purity: float = MIN_PURITY
) -> tuple[dict[str, Any], list[Failure]]:
    """(the answer's summary verdict, its failures) for expected language(s) ``lang``."""
    if not _SIGN.search(answer):
        return {"lang": "und", "purity": None, "chars": len(answer)}, [
            Failure("empty", 0, len(answer), {"chars": len(answer)})
        ]
    expected = [lang] if isinstance(lang, str) else list(lang)
    verdict = judge(answer, expected)
    summary = {"lang": verdict.lang, "score": round(verdict.score, 4), "purity": round(verdict.purity, 4),
               "scripts": verdict.scripts, "chars": len(answer)}  # fmt: skip
    failures: list[Failure] = []
    if _wrong_language(verdict, expected, answer):
        failures.append(
            Failure("wrong_language", 0, len(answer),
                    {"lang": verdict.lang, "score": round(verdict.score, 4), "expected": expected})
        )  # fmt: skip
    for span in verdict.spans:
        if span.label in ("homoglyph", "mixed_script"):
            failures.append(Failure("mixed_script", span.start, span.end, {"label": span.label} | span.attrs))
        elif span.counted and verdict.lang in expected and verdict.purity < min_purity:
            failures.append(
                Failure("foreign_text", span.start, span.end,
                        {"label": span.label, "score": span.score, "purity": round(verdict.purity, 4)})
            )  # fmt: skip
    failures += loops(answer)
    failures += repetition(answer, covered=[(f.start, f.end) for f in failures if f.kind == "loop"])
    failures.sort(key=lambda f: (f.start, f.end, f.kind))
    return summary, failures


def _wrong_language(verdict: PurityVerdict, expected: list[str], answer: str) -> bool:
    """The verdict's language is not an expected one; under ``MIN_SENTENCE_LETTERS`` letters
    (where language ID guesses: "Да" reads as Bulgarian) only when the answer is written in another
    script than every expected language's."""
    if verdict.lang in expected:
        return False
    if sum(map(str.isalpha, answer)) >= MIN_SENTENCE_LETTERS:
        return True
    scripts = {script_of_language(lang) for lang in expected} - {None}
    written = max(verdict.scripts, key=verdict.scripts.get) if verdict.scripts else None
    return bool(scripts) and written not in scripts


def loops(answer: str) -> list[Failure]:
    """Phrases repeated in a row, as the transcript cleaner finds them (the first occurrence is not
    part of the span: it is what the answer meant to say)."""
    cuts = loop_cuts(answer, 0, len(answer), MIN_LOOP_REPEATS)
    cuts += loop_cuts(answer, 0, len(answer), MIN_LONG_LOOP_REPEATS, min_words=3)
    found: list[Failure] = []
    for start, end, _, attrs in sorted(cuts, key=lambda c: (c[0], -c[1])):
        if found and start < found[-1].end:  # one loop found by both rules
            continue
        found.append(Failure("loop", start, end, {"repeated": attrs["repeated"], "times": attrs["times"]}))
    return found


def repetition(answer: str, covered: list[tuple[int, int]] = ()) -> list[Failure]:
    """Gopher's duplicated n-gram shares over the thresholds of ``QualityRules``; nothing when a
    loop already covers where the repeats start."""
    words = [m for m in _WORD.finditer(answer)]
    stats = gopher_repetition(answer, [m.group() for m in words])
    rules = QualityRules()
    over = {
        f"dup_{n}gram_char_frac": round(stats[f"dup_{n}gram_char_frac"], 4)
        for n in DUP_NGRAMS
        if len(words) >= 2 * n
        and (limit := getattr(rules, f"max_dup_{n}gram_char_frac")) is not None
        and stats[f"dup_{n}gram_char_frac"] > limit
    }
    if not over:
        return []
    n = min(int(key.split("_")[1].removesuffix("gram")) for key in over)
    seen: set[tuple[str, ...]] = set()
    start = 0
    for i in range(len(words) - n + 1):
        gram = tuple(m.group() for m in words[i : i + n])
        if gram in seen:
            start = words[i].start()
            break
        seen.add(gram)
    if any(a <= start < b for a, b in covered):
        return []
    return [Failure("repetition", start, len(answer), over)]
