"""Language purity of a text in a target language: one function for corpora and model outputs.

``judge(text, lang="ru")`` answers three questions at once, each with code-point offsets:

* document: which language is it (the calibrated decision, ``calibrated_lid``)?
* sentence/line: which sentences are in another language (an English paragraph, a Bulgarian quote)?
* character: which runs are in another script (a Chinese insertion), which words mix scripts
  (``пapa``)?

Code, URLs, e-mails, paths, formulas and identifiers are Latin by nature and never count
(``scripts.exempt_spans``). Short runs of Latin words inside Russian sentences ("React", "Server
Components") are reported as ``term`` but do not lower purity: names are not language slips.

purity = 1 − (letters inside counted spans) / (letters outside exempt spans), 1.0 without letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from sloika.filters.alphabets import script_of_language
from sloika.filters.calibrated_lid import CalibratedLanguageID
from sloika.filters.scripts import (
    CJK,
    Span,
    exempt_mask,
    exempt_spans,
    mixed_script_words,
    script_counts,
    script_runs,
    script_shares,
)

MIN_SENTENCE_LETTERS = 20  # below this fastText guesses (two-word precision 0.47): no sentence verdict
MIN_FOREIGN_SCORE = 0.8  # a sentence counts as foreign only when the decision is this sure
TERM_MAX_WORDS = 3  # longer runs of another script are text, not a name
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|(?<=[。！？])|\n+")


@dataclass(frozen=True)
class PurityVerdict:
    """What ``judge`` found: the text's language, how sure, how pure, and where the impurities are."""

    lang: str
    score: float
    purity: float
    spans: list[Span]
    scripts: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "lang": self.lang,
            "score": round(self.score, 4),
            "purity": round(self.purity, 4),
            "scripts": self.scripts,
            "spans": [span.to_dict() for span in self.spans],
        }


@lru_cache(maxsize=4)
def _identifier(model_path: str | None) -> CalibratedLanguageID:
    return CalibratedLanguageID(model_path)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence or line, whitespace trimmed; no text is skipped but spaces."""
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    trimmed = []
    for a, b in bounds:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            trimmed.append((a, b))
    return trimmed


def judge(
    text: str,
    lang: str = "ru",
    model_path: str | None = None,
    identifier: CalibratedLanguageID | None = None,
) -> PurityVerdict:
    """The purity verdict of ``text`` for target language ``lang`` (an ISO 639-1 code like ``ru``)."""
    identifier = identifier or _identifier(model_path)
    exempt = exempt_spans(text)
    mask = exempt_mask(text, exempt)
    judged = "".join(" " if flag else char for char, flag in zip(text, mask, strict=True))
    guess = identifier.identify(judged) if judged.strip() else None
    target_script = script_of_language(lang)

    spans: list[Span] = []
    for start, end in sentences(text):
        letters = sum(script_counts(text, mask, start, end).values())
        if letters >= MIN_SENTENCE_LETTERS:
            found = identifier.identify(judged[start:end])
            if found.lang != lang and found.score >= MIN_FOREIGN_SCORE:
                spans.append(Span(start, end, found.lang, found.score, attrs={"level": "sentence"}))
                continue
        spans.extend(_foreign_script_runs(text, mask, start, end, target_script))
    spans.extend(mixed_script_words(text, mask))
    spans.sort(key=lambda s: (s.start, s.end))

    counts = script_counts(text, mask)
    total = sum(counts.values())
    impure = _letters_covered(text, mask, [s for s in spans if s.counted])
    return PurityVerdict(
        lang=guess.lang if guess else "und",
        score=guess.score if guess else 0.0,
        purity=1.0 - impure / total if total else 1.0,
        spans=spans,
        scripts=script_shares(counts),
    )


def _foreign_script_runs(
    text: str, mask: bytearray, start: int, end: int, target_script: str | None
) -> list[Span]:
    """Runs of another script inside a sentence: CJK always counts, other scripts once they are
    longer than a name (``TERM_MAX_WORDS``)."""
    if target_script is None:
        return []
    spans = []
    for run_start, run_end, script, words in script_runs(text, mask, start, end):
        if script == target_script:
            continue
        counted = script == CJK or words > TERM_MAX_WORDS
        label = f"script:{script}" if counted else "term"
        spans.append(
            Span(run_start, run_end, label, counted=counted, attrs={"level": "script", "words": words})
        )
    return spans


def _letters_covered(text: str, mask: bytearray, spans: list[Span]) -> int:
    covered = bytearray(len(text))
    for span in spans:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    return sum(1 for i, char in enumerate(text) if covered[i] and not mask[i] and char.isalpha())
