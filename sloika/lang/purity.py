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
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # datatrove stays optional for the purity API (training evaluation)
    from datatrove.data import Document

from sloika import __version__
from sloika.config import LanguageConfig
from sloika.lang.alphabets import script_of_language
from sloika.lang.calibrated_lid import CalibratedLanguageID
from sloika.lang.translit import translit_spans
from sloika.text.scripts import (
    CJK,
    exempt_mask,
    exempt_spans,
    fold_homoglyphs,
    mixed_script_words,
    script_counts,
    script_runs,
    script_shares,
)
from sloika.text.sentences import sentences
from sloika.text.spans import Span, add_span, boundaries, remap

ANNOTATOR = f"sloika.purity@{__version__}"

TRANSLIT_TARGETS = {"ru"}  # the translit tables know romanised Russian only

MIN_SENTENCE_LETTERS = 20  # below this fastText guesses (two-word precision 0.47): no sentence verdict
MIN_FOREIGN_SCORE = 0.8  # a sentence counts as foreign only when the decision is this sure
TERM_MAX_WORDS = 3  # longer runs of another script are text, not a name


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


def judge(
    text: str,
    lang: str | None = "ru",
    model_path: str | None = None,
    identifier: CalibratedLanguageID | None = None,
) -> PurityVerdict:
    """The purity verdict of ``text`` for target language ``lang`` (an ISO 639-1 code like ``ru``;
    None: the text's own language is the target)."""
    identifier = identifier or _identifier(model_path)
    exempt = exempt_spans(text)
    mask = exempt_mask(text, exempt)
    judged = "".join(" " if flag else char for char, flag in zip(text, mask, strict=True))
    guess = identifier.identify(judged) if judged.strip() else None
    lang = lang or (guess.lang if guess else "und")
    target_script = script_of_language(lang)

    spans: list[Span] = []
    votes: dict[str, int] = {}  # sentence language → letters
    for start, end in sentences(text):
        letters = sum(script_counts(text, mask, start, end).values())
        translit = translit_spans(text, mask, start, end) if lang in TRANSLIT_TARGETS else []
        if sum(s.end - s.start for s in translit) * 2 >= end - start:  # a romanised sentence
            spans.extend(translit)
            continue
        if letters >= MIN_SENTENCE_LETTERS:
            found = identifier.identify(judged[start:end])
            votes[found.lang] = votes.get(found.lang, 0) + letters
            if found.lang != lang and found.score >= MIN_FOREIGN_SCORE:
                spans.append(Span(start, end, found.lang, found.score, attrs={"level": "sentence"}))
                continue
        spans.extend(_foreign_script_runs(text, mask, start, end, target_script, translit))
    spans.extend(mixed_script_words(text, mask))
    spans.sort(key=lambda s: (s.start, s.end))

    counts = script_counts(text, mask)
    total = sum(counts.values())
    impure = _letters_covered(text, mask, [s for s in spans if s.counted])
    doc_lang, doc_score = (guess.lang, guess.score) if guess else ("und", 0.0)
    if len(votes) > 1:  # sentences disagree: the language most letters are written in
        doc_lang = max(votes, key=votes.get)
        doc_score = votes[doc_lang] / sum(votes.values())
    return PurityVerdict(
        lang=doc_lang,
        score=doc_score,
        purity=1.0 - impure / total if total else 1.0,
        spans=spans,
        scripts=script_shares(counts),
    )


def _foreign_script_runs(
    text: str, mask: bytearray, start: int, end: int, target_script: str | None, translit: list[Span]
) -> list[Span]:
    """Runs of another script inside a sentence: romanised Russian (``translit``, found by the
    caller) and CJK always count, other scripts once they are longer than a name
    (``TERM_MAX_WORDS``)."""
    if target_script is None:
        return []
    spans = list(translit)
    found = {(s.start, s.end) for s in translit}
    for run_start, run_end, script, words in script_runs(text, mask, start, end):
        if script == target_script or (run_start, run_end) in found:
            continue
        counted = script == CJK or words > TERM_MAX_WORDS
        label = f"script:{script}" if counted else "term"
        counted_attr = {} if counted else {"counted": False}
        spans.append(Span(run_start, run_end, label, 1.0, {"level": "script", "words": words} | counted_attr))
    return spans


def _letters_covered(text: str, mask: bytearray, spans: list[Span]) -> int:
    covered = bytearray(len(text))
    for span in spans:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    return sum(1 for i, char in enumerate(text) if covered[i] and not mask[i] and char.isalpha())


def apply_purity(doc: Document, config: LanguageConfig) -> tuple[str, float, tuple[str, str] | None]:
    """The build step's side of ``judge``: sets ``purity`` on ``doc``, trims when configured, and
    attaches every finding to the ``lang_spans`` layer (offsets into the final text). Returns the
    document's language, its score, and (reason, detail) when the document stays impure."""
    target = config.languages[0] if config.languages else None
    verdict = judge(doc.text, target, model_path=config.model)
    if verdict.purity < config.min_purity and config.purity_action == "trim":
        doc.metadata["purity_before_trim"] = round(verdict.purity, 4)
        for start, end, original, label in trim(doc, verdict.spans):
            add_span(doc, "removed", start, end, label, annotator=ANNOTATOR, attrs={"text": original})
        verdict = judge(doc.text, target, model_path=config.model)
    for span in verdict.spans:
        add_span(doc, "lang_spans", span.start, span.end, span.label, ANNOTATOR, span.score, span.attrs)
    doc.metadata["purity"] = round(verdict.purity, 4)
    if not doc.text.strip():
        return verdict.lang, verdict.score, ("impure", "nothing left after trimming the foreign spans")
    if verdict.purity < config.min_purity:
        detail = f"purity {verdict.purity:.2f} < min_purity {config.min_purity} (target {verdict.lang})"
        return verdict.lang, verdict.score, ("impure", detail)
    return verdict.lang, verdict.score, None


_TRAILING_GAP = re.compile(r"[ \t]*")


def trim(doc: Document, spans: list[Span]) -> list[tuple[int, int, str, str]]:
    """Cut counted findings out of ``doc.text``; homoglyph words are written back in their script
    instead (same length, nothing lost). Spans already on the document are moved so they still
    cover the same characters (a boundary inside a cut lands on the cut). Returns (start, end in
    the new text, original text, label) per edit: empty for a cut, the word for a fold."""
    text = doc.text
    cuts: list[tuple[int, int, str]] = []
    for span in sorted((s for s in spans if s.counted and s.label != "homoglyph"), key=lambda s: s.start):
        end = _TRAILING_GAP.match(text, span.end).end()
        if cuts and span.start <= cuts[-1][1]:
            cuts[-1] = (cuts[-1][0], max(end, cuts[-1][1]), cuts[-1][2])
        else:
            cuts.append((span.start, end, span.label))
    new_offsets, shift, index = {}, 0, 0
    for point in boundaries(doc):
        while index < len(cuts) and cuts[index][1] <= point:
            shift += cuts[index][1] - cuts[index][0]
            index += 1
        inside = index < len(cuts) and cuts[index][0] < point
        new_offsets[point] = (cuts[index][0] if inside else point) - shift
    pieces, edits, last, shift = [], [], 0, 0
    for start, end, label in cuts:
        pieces.append(text[last:start])
        edits.append((start - shift, start - shift, text[start:end], label))
        shift += end - start
        last = end
    trimmed = "".join(pieces) + text[last:]
    folded = fold_homoglyphs(trimmed)
    edits += [
        (w.start, w.end, trimmed[w.start : w.end], "homoglyph")
        for w in mixed_script_words(trimmed)
        if folded[w.start : w.end] != trimmed[w.start : w.end]
    ]
    doc.text = folded
    remap(doc, new_offsets)
    return sorted(edits)
