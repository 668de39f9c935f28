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

import copy
import gc
import math
import re
from bisect import bisect_right
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # datatrove stays optional for the purity API (training evaluation)
    from datatrove.data import Document

from sloika import __version__
from sloika.config import LanguageConfig
from sloika.lang.alphabets import script_of_language
from sloika.lang.calibrated_lid import CalibratedLanguageID, LanguageGuess, shared_identifier
from sloika.lang.entry_words import (
    framed_in_own_words,
    is_citation,
    is_reference_entry,
    joined_in_own_words,
    written_in_own_words,
)
from sloika.lang.translit import translit_in_runs
from sloika.text.code_lines import is_code_line
from sloika.text.name_lists import is_name_list, is_proper_name, is_title_line, labelled_name_lists
from sloika.text.scripts import (
    CJK,
    CYRILLIC,
    LATIN,
    exempt_mask,
    exempt_spans_many,
    fold_homoglyphs,
    may_hold_latin,
    mixed_script_words,
    script_counts,
    script_counts_many,
    script_of,
    script_runs,
    script_shares,
)
from sloika.text.sentences import sentences
from sloika.text.spans import Span, add_span, edit_document
from sloika.text.spans import spans as layer_spans

ANNOTATOR = f"sloika.purity@{__version__}"

TRANSLIT_TARGETS = {"ru"}  # the translit tables know romanised Russian only

MIN_SENTENCE_LETTERS = 20  # below this fastText guesses (two-word precision 0.47): no sentence verdict
MIN_FOREIGN_SCORE = 0.8  # a sentence counts as foreign only when the decision is this sure
# Close sister languages share most short words ("para", "uma", "de" in Portuguese and Spanish), and
# the decision was fitted on none of the Romance languages but French: a sentence of a few words is
# decided by the one telling word it may hold. In a text the decision is sure of (at least
# MIN_FOREIGN_SCORE), a sentence of under SISTER_MIN_LETTERS letters decided as a sister of the
# text's language takes the text's: "24 horas num dia, 24 cervejas numa caixa." (Spanish 0.99 as a
# sentence) in a record that is Portuguese 0.97 whole. A sentence in a language of another group
# (English in a Russian page) stays foreign at any length, and so does a long one in a sister
# language unless such sentences are most of the text (``_sisters_hold_most``), and so does every
# sentence of a text none of whose sentences is in the text's language
# (``_text_language_witnessed``: a Latin saying decided Italian beside its Portuguese translation).
# The Cyrillic neighbours have no group here: their alphabets, letter frequencies and n-gram tables
# tell them apart, and a Ukrainian sentence in a Russian text stays foreign.
SISTERS = {
    **dict.fromkeys(("pt", "gl", "es", "ca", "it", "fr", "ro", "oc"), "romance"),
    **dict.fromkeys(("cs", "sk", "pl"), "west_slavic"),
    **dict.fromkeys(("hi", "mr", "ne"), "devanagari"),
}
SISTER_MIN_LETTERS = 100
# Groups whose sisters the decision confuses at any length: Hindi, Marathi and Nepali share the
# Devanagari script and most short words, and the calibration has no tables for them (fastText's
# decision alone), so a Hindi subtitle file was decided Nepali whole and three of its sentences,
# 30 to 190 letters, Marathi or Hindi. A sentence of such a group takes the text's decision at any
# length; a sentence of another script or group (English in a Hindi text) stays foreign.
SISTERS_AT_ANY_LENGTH = frozenset({"devanagari"})
# a short sentence going with the foreign sentence before it (``_Reading._tail_of_item``): no decision
# of its own, so no score
ITEM_TAIL = "item_tail"
TERM_MAX_WORDS = 3  # longer runs of another script are text, not a name
LABEL_WORDS = (
    6  # a label over a command line, and each command line: longer is a sentence (``_label_over_commands``)
)
# ``trim`` keeps a document only when at least this share of its letters survives the cut: what
# would be left of a text that is mostly "foreign" is no longer the document (a proverb reduced to
# its attribution line), so it is rejected whole, with its original text.
TRIM_MIN_KEPT = 0.5
TOP_LANGUAGES = 5  # ``candidates`` (``lang_top`` on a document) keeps this many
# A document whose second language holds at least this share of the letters of its decided
# sentences is bilingual, not a text with foreign parts: neither language is foreign, so neither
# is trimmed. alpha-persian's user guide (English instructions, Persian examples: 70 % and 26 %)
# lost its English paragraphs labelled Persian and its Persian ones labelled English; a short
# English quotation in a Russian text stays far below and is still cut. Both languages must be
# allowed: configured, or (no ``languages``) the document's own top two. And the second language
# must run through the document, in at least BILINGUAL_MIN_PARAGRAPHS paragraphs: a German text's
# one English title and journal line (29 % of its few letters) is a quotation, and is cut.
BILINGUAL_SHARE = 0.25
BILINGUAL_MIN_PARAGRAPHS = 3
# ``level`` of a ``lang_spans`` record over a bilingual document's sentence in its second language
SECOND_LANGUAGE = "second_language"
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
EXPECTED_SHARE = 0.9  # the default of ``language.expected_share``
# a sentence's runs of other scripts, not read yet: only the verdict knows whether they are needed
# (a sentence judged foreign whole does not need them)
_LATER: list = []


@dataclass(frozen=True)
class PurityVerdict:
    """What ``judge`` found: the text's language, how sure, how pure, and where the impurities are."""

    lang: str
    score: float
    purity: float
    spans: list[Span]
    scripts: dict[str, float] = field(default_factory=dict)
    candidates: dict[str, float] = field(default_factory=dict)  # top languages, best first
    # the language(s) ``purity`` was judged against: with no configured target the whole-text guess,
    # which ``lang`` may not be where the sentences' letters outvote it
    targets: tuple[str, ...] = ()
    # a bilingual document's two languages and their shares of the decided letters (``BILINGUAL_SHARE``)
    bilingual: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "lang": self.lang,
            "score": round(self.score, 4),
            "purity": round(self.purity, 4),
            "scripts": self.scripts,
            "spans": [span.to_dict() for span in self.spans],
        }


def judge(
    text: str,
    lang: str | Sequence[str] | None = "ru",
    model_path: str | None = None,
    identifier: CalibratedLanguageID | None = None,
    expected_share: float = EXPECTED_SHARE,
    code: Sequence[tuple[int, int]] = (),
    wordless: Sequence[tuple[int, int]] = (),
) -> PurityVerdict:
    """The purity verdict of ``text`` for the allowed language(s) ``lang`` (ISO 639-1 codes like
    ``ru`` or ``["ru", "uk"]``: a sentence in any of them is not foreign; None: the text's own
    language is the target). ``expected_share``: how much of what is judged the caller expects to
    be in ``lang`` (the decision's prior; see ``CalibratedLanguageID.expected_prior``). ``code``:
    (start, end) of what the reader marked as code (its ``structure`` layer's ``code`` spans), exempt
    like the code ``exempt_spans`` finds in the text itself. ``wordless``: the part of ``code`` that
    has no words of any language (the reader's code and formulas): where ``code`` covers every word
    (a page whose paragraphs are all headings, a chapter that is one reference list), the text's
    language is still decided, from all but ``wordless``."""
    return judge_many([text], lang, model_path, identifier, expected_share, [code], [wordless])[0]


def judge_many(
    texts: Sequence[str],
    lang: str | Sequence[str] | None = "ru",
    model_path: str | None = None,
    identifier: CalibratedLanguageID | None = None,
    expected_share: float = EXPECTED_SHARE,
    code: Sequence[Sequence[tuple[int, int]]] | None = None,
    wordless: Sequence[Sequence[tuple[int, int]]] | None = None,
) -> list[PurityVerdict]:
    """``judge`` of each of ``texts``, the texts and all their sentences decided in one batch
    (``identify_many``): fastText's and numpy's fixed costs per call are paid once, not per text
    or per sentence. With ``lang`` None each text's own language is its target, which decides how
    its sentences are read: the texts are decided first and their sentences in a second batch. A
    text gets the same decision, to the last bit, alone as in any batch: each verdict is ``judge``'s
    of the text alone."""
    with _cycle_collector_paused():
        identifier = identifier or shared_identifier(model_path)
        return _judge_many(texts, lang, identifier, expected_share, code, wordless)


def _judge_many(
    texts: Sequence[str],
    lang: str | Sequence[str] | None,
    identifier: CalibratedLanguageID,
    expected_share: float,
    code: Sequence[Sequence[tuple[int, int]]] | None = None,
    wordless: Sequence[Sequence[tuple[int, int]]] | None = None,
) -> list[PurityVerdict]:
    prior = identifier.expected_prior([lang] if isinstance(lang, str) else lang or [], expected_share)
    own = [found + _labelled_names(text) for found, text in zip(exempt_spans_many(texts), texts, strict=True)]
    exempt = (
        own if code is None else [_with_code(found, marked) for found, marked in zip(own, code, strict=True)]
    )
    readings = list(map(_Reading.of, texts, exempt))
    for reading, text, found, marked in zip(readings, texts, own, wordless or [()] * len(texts), strict=True):
        if code is not None and not reading.identified:
            # every word unjudged: decided from all but the wordless parts (a heading or a
            # reference entry is in the text's language), its sentences still left alone
            reading.said = _Reading.of(text, _with_code(found, marked)).judged
    counts = script_counts_many(texts, [reading.mask for reading in readings])
    for reading, letters in zip(readings, counts, strict=True):
        reading.counts = letters
    wanted = [reading for reading in readings if reading.said.strip()]
    if lang is None:
        # each text's own language is its target: its sentences are read once that is known, and
        # identified in a batch per own language, with that language's prior (``_own_priors``)
        _identify(identifier, prior, [(reading, None) for reading in wanted])
        questions = []
    else:
        # the targets are known before any decision: the texts and their sentences in one batch
        questions = [(reading, None) for reading in wanted]
    for reading in readings:
        reading.read_sentences(lang)
    # a one-sentence text is not asked about its sentence: that is the text, identified whole
    questions += [(reading, bounds) for reading in readings for bounds in reading.asked]
    if lang is None:
        for own_prior, asked in _own_priors(identifier, questions, expected_share):
            _identify(identifier, own_prior, asked)
    else:
        _identify(identifier, prior, questions)
    return [reading.verdict() for reading in readings]


def _own_priors(
    identifier: CalibratedLanguageID,
    questions: list[tuple[_Reading, tuple[int, int] | None]],
    expected_share: float,
) -> list[tuple[dict[str, float], list[tuple[_Reading, tuple[int, int] | None]]]]:
    """The sentence questions of texts judged in their own language, grouped by that language,
    each group with the prior that gives it ``expected_share``: a document lends its language to
    its sentences as a configured target does (and as a source lends its own to its records,
    ``source_language``). With the uniform prior a short Russian line of a Russian README
    ("Страница проекта на …", three words Bulgarian spells alike) was Bulgarian at 0.98 and cut;
    evidence still wins where there is some (an English or Ukrainian sentence stays foreign)."""
    groups: dict[str, list[tuple[_Reading, tuple[int, int] | None]]] = {}
    for question in questions:
        groups.setdefault(question[0].targets[0], []).append(question)
    return [(identifier.expected_prior([own], expected_share), asked) for own, asked in groups.items()]


def _with_code(exempt: list[Span], code: Sequence[tuple[int, int]]) -> list[Span]:
    """``exempt`` and the reader's ``code`` spans: a listing in a page (a debian/control file in
    a ``<pre>``) is code, not an English paragraph to count or cut, whatever the decision says."""
    return exempt + [Span(start, end, "code", 1.0, {"counted": False}) for start, end in code]


def _labelled_names(text: str) -> list[Span]:
    """The names listed after a label (``labelled_name_lists``: "- акции: Real-time market data, HI2
    (market concentration)"), exempt: neither foreign prose nor the text's own letters, as the
    readers' foreign-paragraph cut does not judge them either; counted, a Russian changelog full of
    such lines was impure while the cut kept them."""
    return [
        Span(start, end, "term", 1.0, {"counted": False, "list": True})
        for start, end in labelled_name_lists(text)
    ]


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector paused for the block and resumed after it. ``judge_many`` keeps a
    reading per text alive until the end (its lists and dicts of sentences, spans and answers), none
    of them in a reference cycle, and the collector walked them again every few thousand
    allocations: 4-9 % of a verdict's CPU time on a list of 5,200 held-out sentences (measured with
    ``gc.callbacks``; under 1 % for ``identify_many``, whose guesses are not kept). Where the caller
    has paused the collector already, it stays paused."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _identify(
    identifier: CalibratedLanguageID,
    prior: dict[str, float],
    questions: list[tuple[_Reading, tuple[int, int] | None]],
) -> None:
    """Decide every (reading, sentence bounds or None for the whole text) in one ``identify_many``
    batch and hand each reading its answers: a text gets the same bits alone as in any batch."""
    if not questions:
        return
    texts = [reading.said if at is None else reading.judged[at[0] : at[1]] for reading, at in questions]
    for (reading, bounds), guess in zip(questions, identifier.identify_many(texts, prior), strict=True):
        if bounds is None:
            reading.guess = guess
        else:
            reading.answers[bounds] = guess


@dataclass
class _Reading:
    """One text between the steps of ``judge_many``: blanked, then identified whole, then read
    sentence by sentence (which sentences need a decision of their own), then judged."""

    text: str
    mask: bytearray
    judged: str  # the text with exempt spans blanked: what is identified
    said: str = ""  # what is identified whole: ``judged``, or more of the text where that is blank
    guess: LanguageGuess | None = None
    targets: tuple[str, ...] = ()
    own_target: bool = False  # no configured target: the text's own language is it
    target_scripts: frozenset[str] = frozenset()
    counts: dict[str, int] = field(default_factory=dict)  # letters per script (``script_counts``)
    spans: list[Span] = field(default_factory=list)
    # (start, end, letters, translit spans, foreign runs, None (no other script) or ``_LATER``)
    pieces: list = field(default_factory=list)
    asked: list[tuple[int, int]] = field(default_factory=list)
    answers: dict[tuple[int, int], LanguageGuess] = field(default_factory=dict)  # of the ``asked``

    @classmethod
    def of(cls, text: str, exempt: list[Span]) -> _Reading:
        """The reading of ``text`` whose exempt spans (``exempt_spans``) are ``exempt``."""
        mask = exempt_mask(text, exempt)
        judged = "".join(" " if flag else c for c, flag in zip(text, mask, strict=True)) if exempt else text
        return cls(text, mask, judged, judged)

    @property
    def identified(self) -> bool:
        """Whether the text is identified whole: it has something outside its exempt spans."""
        return bool(self.judged.strip())

    def read_sentences(self, lang: str | Sequence[str] | None) -> None:
        """Scripts, runs and romanised Russian per sentence; which sentences to identify. With
        ``lang`` None the text's own language is the target: the text must be identified first."""
        text, mask, judged = self.text, self.mask, self.judged
        self.targets, self.own_target = _targets(lang, self.guess), lang is None
        self.target_scripts, wants_translit = _what_targets_need(self.targets)
        bounds = sentences(text)
        for start, end in bounds:
            scripts = _sentence_counts(text, mask, judged, start, end, self.counts, len(bounds) == 1)
            letters = sum(scripts.values())
            other_scripts = not scripts.keys() <= self.target_scripts
            # runs are needed now for romanised Russian (Latin letters); another script's runs only
            # if the verdict does not find the sentence foreign whole (a Greek sentence in a Russian
            # corpus), so without Latin letters they wait for it
            later = other_scripts and not (wants_translit and may_hold_latin(text, start, end))
            needs_runs = not later and (other_scripts or (wants_translit and LATIN in scripts))
            runs = script_runs(text, mask, start, end) if needs_runs else []
            translit = translit_in_runs(text, runs) if wants_translit and runs else []
            # a romanised sentence (a sentence is never empty: without translit spans it is not one)
            if translit and sum(s.end - s.start for s in translit) * 2 >= end - start:
                self.spans.extend(translit)
            else:
                foreign_runs = _LATER if later else runs if other_scripts else None
                self.pieces.append((start, end, letters, translit, foreign_runs))
        whole = _trimmed_bounds(judged) if self.identified else None
        self.asked = [
            (start, end)
            for start, end, letters, _, _ in self.pieces
            if letters >= MIN_SENTENCE_LETTERS and _trimmed_bounds(judged, start, end) != whole
        ]

    def _tail_of_item(self, cut: Span, start: int, end: int, letters: int) -> bool:
        """Whether the sentence ``start:end`` is the unjudged rest of the line or list item whose
        sentence ``cut`` is foreign: too short to be decided alone (``MIN_SENTENCE_LETTERS``), no
        letter of the target scripts, and no new item or paragraph between them. razdel ends a
        sentence at a semicolon, so "… `Authorization: Bearer` is preserved as Bearer; `X-API-Key`
        is passed through as is." was cut after "Bearer; " and its English rest stood alone under
        a Russian list without its "- "; a short sentence of the text's own script stays."""
        between = self.text[cut.end : start]
        return (
            letters < MIN_SENTENCE_LETTERS
            and "\n\n" not in between
            and not any(_ITEM_MARK.match(line) for line in between.split("\n")[1:])
            and not any(script_of(char) in self.target_scripts for char in self.judged[start:end])
        )

    def verdict(self) -> PurityVerdict:
        """The verdict, once the text and its ``asked`` sentences are decided."""
        text, mask, guess, targets, spans = self.text, self.mask, self.guess, self.targets, self.spans
        answers = self.answers
        foreign_sentences = foreign_letters = 0
        witnessed = _text_language_witnessed(self.pieces, answers, guess)
        most = _sisters_hold_most(self.pieces, answers, guess)
        decided: dict[tuple[int, int], LanguageGuess] = {}  # the language of each long sentence
        votes: dict[str, int] = {}  # sentence language → letters
        for start, end, letters, _, _ in self.pieces:
            if letters >= MIN_SENTENCE_LETTERS:
                found = answers.get((start, end), guess)
                found = _unless_sister_of_text(found, guess, targets, letters, most) if witnessed else found
                decided[start, end] = found
                votes[found.lang] = votes.get(found.lang, 0) + letters
        bilingual = _bilingual(text, decided, votes, targets, self.own_target)
        second = min(bilingual, key=bilingual.get) if bilingual else None
        if bilingual:
            targets = self.targets = tuple(dict.fromkeys(targets + tuple(bilingual)))
            self.target_scripts = _what_targets_need(targets)[0]
        cut_before: Span | None = None  # the sentence cut right before this one
        for start, end, letters, translit, runs in self.pieces:
            if cut_before and self._tail_of_item(cut_before, start, end, letters):
                cut_before = Span(start, end, cut_before.label, None, attrs={"level": ITEM_TAIL})
                spans.append(cut_before)
                foreign_sentences, foreign_letters = foreign_sentences + 1, foreign_letters + letters
                continue
            cut_before = None
            if letters >= MIN_SENTENCE_LETTERS:
                found = decided[start, end]
                if found.lang == second:  # kept, known: a user may take one language with the layer
                    kept = {"level": SECOND_LANGUAGE, "counted": False}
                    spans.append(Span(start, end, second, found.score, kept))
                if (
                    found.lang not in targets
                    and found.score >= MIN_FOREIGN_SCORE
                    and not _in_name_list(self.judged, start, end)
                    and not _entry_of_target(_line_around(self.judged, start, end), found.lang, targets)
                    and not _framed_in_target(self.judged[start:end], found.lang, targets)
                    and not _label_over_commands(self.judged[start:end], targets)
                    and not _title_alone(self.text, self.judged, start, end, self.target_scripts)
                    # code by the readers' own test: a README's unfenced install steps, a listing
                    and not is_code_line(self.judged[start:end])
                ):
                    cut_start, cut_end = _judged_lines(
                        self.text, self.judged, start, end, self.target_scripts
                    )
                    cut_before = Span(
                        cut_start, cut_end, found.lang, found.score, attrs={"level": "sentence"}
                    )
                    spans.append(cut_before)
                    foreign_sentences, foreign_letters = foreign_sentences + 1, foreign_letters + letters
                    continue
            if runs is _LATER:
                runs = script_runs(text, mask, start, end)
            if runs is not None:  # only then can a run of another script be found
                spans.extend(_foreign_script_runs(runs, self.target_scripts, translit, text, self.judged))
            else:
                spans.extend(translit)
        if CYRILLIC in self.counts and LATIN in self.counts:  # else no unmasked word mixes them
            spans.extend(mixed_script_words(text, mask))
        spans.sort(key=lambda s: (s.start, s.end))

        total = sum(self.counts.values())
        counted = [s for s in spans if s.counted]
        # only whole sentences (which never overlap): their letters are known already
        impure = (
            foreign_letters if len(counted) == foreign_sentences else _letters_covered(text, mask, counted)
        )
        doc_lang, doc_score = (guess.lang, guess.score) if guess else ("und", 0.0)
        candidates = dict(islice(guess.candidates.items(), TOP_LANGUAGES)) if guess else {}
        if len(votes) > 1 and max(votes, key=votes.get) != doc_lang:
            # sentences disagree with the whole-text guess: the language most letters are written
            # in, as sure as its share of them (an attribution line in other letters changes nothing)
            doc_lang = max(votes, key=votes.get)
            doc_score = votes[doc_lang] / sum(votes.values())
            shares = sorted(((n / sum(votes.values()), v) for v, n in votes.items()), reverse=True)
            candidates = {v: share for share, v in shares[:TOP_LANGUAGES]}
        return PurityVerdict(
            lang=doc_lang,
            score=doc_score,
            purity=1.0 - impure / total if total else 1.0,
            spans=spans,
            scripts=script_shares(self.counts),
            candidates=candidates,
            targets=targets,
            bilingual=bilingual,
        )


def _bilingual(
    text: str,
    decided: dict[tuple[int, int], LanguageGuess],
    votes: dict[str, int],
    targets: tuple[str, ...],
    own_target: bool,
) -> dict[str, float]:
    """The two languages of a bilingual text and their shares of its decided letters (``votes``),
    or nothing: the two languages most letters are in, each holding at least ``BILINGUAL_SHARE``,
    both allowed (in ``targets``, or any two where the text's own language is the target), the
    second's sentences (``decided``) in ``BILINGUAL_MIN_PARAGRAPHS`` paragraphs or more."""
    total = sum(votes.values())
    top = sorted(votes, key=votes.get, reverse=True)[:2]
    if len(top) < 2 or votes[top[1]] < BILINGUAL_SHARE * total:
        return {}
    if not own_target and not set(top) <= set(targets):
        return {}
    breaks = [match.start() for match in PARAGRAPH_BREAK.finditer(text)]
    second = {bisect_right(breaks, start) for (start, _), found in decided.items() if found.lang == top[1]}
    if len(second) < BILINGUAL_MIN_PARAGRAPHS:
        return {}
    return {lang: round(votes[lang] / total, 4) for lang in top}


def _line_around(text: str, start: int, end: int) -> str:
    """The line(s) of ``text`` holding ``text[start:end]``: a reference entry is a line, and the
    sentence splitter parts it at its initials and area marks ("38. Пурич Штефан." / "Румынско-
    Украинское … // … — Черновцы: Золотые литавры." / "— 1999. — 196 с.")."""
    return text[text.rfind("\n", 0, start) + 1 : _line_end(text, end)]


def _in_name_list(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a list of names (``is_name_list``) or an item of one: a list
    item is judged with its list, its items' lines in a row (``_ITEM_MARK``). Each item of a
    README's list of projections, "* mill, Miller Cylindrical projection;", is two names, too few
    alone, and was cut as English while its shorter siblings stayed as terms. Lines are found around
    the span, not by splitting ``text``: a document asks once for each foreign stretch."""
    if is_name_list(text[start:end]):
        return True
    first = text.rfind("\n", 0, start) + 1
    stop = _line_end(text, end)
    if not all(_ITEM_MARK.match(text, at) for at in _line_starts(text, first, stop)):
        return False
    while first > 0 and _ITEM_MARK.match(text, above := text.rfind("\n", 0, first - 1) + 1):
        first = above
    while stop < len(text) and _ITEM_MARK.match(text, stop + 1):
        stop = _line_end(text, stop + 1)
    return "\n" in text[first:stop] and is_name_list(text[first:stop])


def _line_end(text: str, at: int) -> int:
    """Where the line holding ``at`` ends: its newline, or the text's end."""
    found = text.find("\n", at)
    return len(text) if found < 0 else found


def _line_starts(text: str, first: int, stop: int) -> list[int]:
    """Where each line of ``text[first:stop]`` starts (``first`` a line's start)."""
    return [first] + [at + 1 for at in range(first, stop) if text[at] == "\n"]


def _entry_of_target(sentence: str, lang: str, targets: tuple[str, ...]) -> bool:
    """Whether the line of a ``sentence`` decided ``lang`` is a reference entry in a target's script titled in
    that target's words (``written_in_own_words``): the decision read its names and publisher
    ("4. Пономаренко Л. А., … Основы создания гибких … производств / под ред. … — К.: Техніка,
    1986.", Kazakh 1.0), and cutting it would leave "— 144 с." alone."""
    return any(
        script_of_language(target) == script_of_language(lang)
        and is_reference_entry(sentence)
        and written_in_own_words(sentence, target, lang)
        for target in targets
    )


def _framed_in_target(sentence: str, lang: str, targets: tuple[str, ...]) -> bool:
    """Whether a ``sentence`` decided ``lang`` is a target's sentence that mentions ``lang``'s words
    (``framed_in_own_words``: its frame, quotations aside, is the target's function words): an
    English manual's "The options ‘tricentesimo’ … are provided to choose between “tricentésimo” and
    “trecentésimo” …" (Italian 0.9) is English, and cutting it would cut the manual's own text; or
    whose words in the target's script join ``lang``'s terms (``joined_in_own_words``: "Release-check
    получил guard docs_i18n_hygiene_polish." was cut from a Russian README as English)."""
    return any(
        framed_in_own_words(sentence, target, lang) or joined_in_own_words(sentence, target, lang)
        for target in targets
    )


def _title_alone(text: str, judged: str, start: int, end: int, target_scripts: frozenset[str]) -> bool:
    """Whether ``text[start:end]`` holds all its line's judged letters and the line is a title
    (``is_title_line``: a few capitalised words, names or versions, no English function word, no
    sentence's end) with no letter of a target's script, over the target's text
    (``_heads_target_text``): a product's or a section's title in a Russian page ("Tuned Image
    Sorter v69.6", "Visual Studio Code Extension") is a name, not a sentence of English; over an
    English paragraph it is that paragraph's heading, and goes with it."""
    first, stop = text.rfind("\n", 0, start) + 1, _line_end(text, end)
    line = text[first:stop]
    return (
        not any(map(str.isalpha, judged[first:start]))
        and not any(map(str.isalpha, judged[end:stop]))
        and not any(script_of(char) in target_scripts for char in line if char.isalpha())
        and is_title_line(line)
        and _heads_target_text(judged, stop, target_scripts)
    )


def _heads_target_text(judged: str, stop: int, target_scripts: frozenset[str]) -> bool:
    """Whether the next line after ``stop`` with a judged letter holds a letter of a target's
    script, or no such line follows (a title closing the text heads nothing)."""
    for line in judged[stop:].split("\n"):
        if any(map(str.isalpha, line)):
            return any(script_of(char) in target_scripts for char in line if char.isalpha())
    return True


def _label_over_commands(sentence: str, targets: tuple[str, ...]) -> bool:
    """Whether a ``sentence`` is a target's short label on a line of its own ("Установить:", an
    all-caps heading "ОТКАТ") over command lines without a letter of the target's script ("node
    install-….mjs", a list's next "4."): the sentence splitter joined them, and the decision read
    the command's Latin words; it is the target's text with code, not a foreign paragraph (the
    command lines are still judged as runs of another script)."""
    label, *rest = [line.strip() for line in sentence.strip().split("\n")]
    if not rest or len(label.split()) > LABEL_WORDS or not (label.endswith(":") or label.isupper()):
        return False
    scripts = [script_counts(line) for line in rest]
    return any(
        set(script_counts(label)) == {own}
        and not any(own in counted for counted in scripts)
        and all(len(line.split()) <= LABEL_WORDS for line in rest)
        for own in {script_of_language(target) for target in targets}
    )


def _judged_lines(
    text: str, judged: str, start: int, end: int, target_scripts: frozenset[str]
) -> tuple[int, int]:
    """``start:end`` of a foreign sentence without the lines at its top that hold nothing judged
    (blanked in ``judged``: a heading, a line of code), and without those at its bottom when they
    hold a letter of a ``target_scripts``. The splitter joins a heading's line to the line under
    it, and the cut took a Russian "## Установка" with the English line it heads; a heading goes
    only with its section's prose (``_headings_of_cut_sections``). The lines under the last judged
    one that hold no such letter (file names, identifiers) are the rest of the block the sentence
    heads, as the lines between were: left, "experimental_slim_gpu_package" stood alone after the
    cut of "GPU Lite experimental package:" and the file names and commands under it."""
    first, last = _trimmed_bounds(judged, start, end)
    top = max(start, judged.rfind("\n", 0, first) + 1)
    bottom = _line_end(judged, last)
    rest = text[bottom:end]
    if any(char.isalnum() for char in rest) and not any(script_of(char) in target_scripts for char in rest):
        bottom = _line_end(text, _trimmed_bounds(text, bottom, end)[1] - 1)
    return top, min(end, bottom)


def _text_language_witnessed(
    pieces: list, answers: dict[tuple[int, int], LanguageGuess], text: LanguageGuess | None
) -> bool:
    """Whether some sentence of the text is decided in the text's language or too short to be
    decided (and so read as the text's): then the text's decision rests on more than its sister
    sentences. A Latin saying and its Portuguese translation, decided Italian and Portuguese
    under a whole-text Spanish, have no such sentence and stay as decided."""
    if text is None:
        return False
    return any(
        0 < letters < MIN_SENTENCE_LETTERS or answers.get((start, end), text).lang == text.lang
        for start, end, letters, _, _ in pieces
    )


def _unless_sister_of_text(
    found: LanguageGuess,
    text: LanguageGuess | None,
    targets: tuple[str, ...],
    letters: int,
    sisters_hold_most: bool = False,
) -> LanguageGuess:
    """``found`` (a sentence's decision), or the whole ``text``'s decision where the sentence is
    short (under ``SISTER_MIN_LETTERS``, or of any length in ``SISTERS_AT_ANY_LENGTH`` or where
    ``sisters_hold_most``, ``_sisters_hold_most``) and decided as a sister (``SISTERS``) of the
    text's language, which is a target and whose group is decided surely (``_group_score``): the
    few words of such a sentence do not outweigh the whole text's."""
    if (
        text is None
        or found is text
        or (
            letters >= SISTER_MIN_LETTERS
            and SISTERS.get(text.lang) not in SISTERS_AT_ANY_LENGTH
            and not sisters_hold_most
        )
        or text.lang not in targets
        or _group_score(text) < MIN_FOREIGN_SCORE
        or SISTERS.get(found.lang) is None
        or SISTERS.get(found.lang) != SISTERS.get(text.lang)
    ):
        return found
    return text


def _sisters_hold_most(
    pieces: list, answers: dict[tuple[int, int], LanguageGuess], text: LanguageGuess | None
) -> bool:
    """Whether sentences decided as sisters of the text's language (``SISTERS``) hold at least half
    of the text's letters. The whole text's decision reads all of them and still names its language:
    they are not a quotation in it but most of it, in the one language the decision wavers on
    between sisters, and cutting them as foreign would reject the text as impure (a Portuguese
    subtitle file whose long run of captions was read as Spanish, the whole Portuguese). A foreign
    quotation in a sister language is a minority of the text and is still judged alone."""
    group = SISTERS.get(text.lang) if text else None
    if group is None:
        return False
    sisters = sum(
        letters
        for start, end, letters, _, _ in pieces
        if (found := answers.get((start, end), text)).lang != text.lang and SISTERS.get(found.lang) == group
    )
    return sisters > 0 and 2 * sisters >= sum(piece[2] for piece in pieces)


def _group_score(text: LanguageGuess) -> float:
    """How sure the decision is that ``text`` is in its language's group of sisters (``SISTERS``):
    its candidates of that group summed. A two-line Italian rhyme decided Italian 0.51, Spanish 0.49
    whole is surely Romance, unsure only which sister, as each of its short lines is; a language of no
    group has its own score."""
    group = SISTERS.get(text.lang)
    if group is None:
        return text.score
    return max(
        text.score, sum(share for lang, share in text.candidates.items() if SISTERS.get(lang) == group)
    )


@cache
def _what_targets_need(targets: tuple[str, ...]) -> tuple[frozenset[str], bool]:
    """The scripts the target languages are written in, and whether romanised Russian is looked for."""
    scripts = frozenset(script_of_language(t) for t in targets) - {None}
    return scripts, bool(TRANSLIT_TARGETS & set(targets))


def _targets(lang: str | Sequence[str] | None, guess: LanguageGuess | None) -> tuple[str, ...]:
    if lang is None:
        return (guess.lang if guess else "und",)
    return (lang,) if isinstance(lang, str) else tuple(lang)


def _trimmed_bounds(text: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """(start, end) of ``text[start:end]`` without the whitespace at its ends."""
    end = len(text) if end is None else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence_counts(
    text: str, mask: bytearray, judged: str, start: int, end: int, counts: dict[str, int], only: bool
) -> dict[str, int]:
    """``script_counts`` of the sentence ``start:end`` from what the text's ``counts`` already
    say: a text's ``only`` sentence that holds all its letters has the text's counts, and in a
    text of one script every sentence's letters are of that script."""
    if only and not any(map(str.isalpha, judged[:start])) and not any(map(str.isalpha, judged[end:])):
        return counts
    if len(counts) <= 1:
        letters = sum(map(str.isalpha, judged[start:end]))
        return {next(iter(counts)): letters} if letters else {}
    return script_counts(text, mask, start, end)


def _foreign_script_runs(
    runs: list[tuple[int, int, str, int]],
    target_scripts: frozenset[str],
    translit: list[Span],
    text: str,
    judged: str,
) -> list[Span]:
    """Runs of another script inside a sentence (its ``script_runs``): romanised Russian
    (``translit``, found by the caller) of two words or more and CJK always count, other scripts
    once they are longer than a name (``TERM_MAX_WORDS`` words apart: a package's name joined by
    hyphens, "tg-jarv-dialogue-manager", is one, and cut, it took a README's only title and left
    "Установите пакет через pip"), are no list of names (``is_name_list``:
    "amsfonts, amsmath, amssymb, caption, cmap" in a Russian README is nine package names, not
    English) and no name of capitalised words (``is_proper_name``: "UDP (User Datagram Protocol)",
    "UNIX System V Release" in a Russian manual's title) nor a title alone on its line
    (``_title_alone``: "Tuned Image Sorter v69.6" over a Russian README)."""
    if not target_scripts:
        return []
    romanised = {(s.start, s.end): s for s in translit}
    spans = []
    for run_start, run_end, script, words in runs:
        if script in target_scripts:
            continue
        if (run_start, run_end) in romanised:
            spans.append(_romanised_run(romanised[(run_start, run_end)], words))
            continue
        run = text[run_start:run_end]
        long = len(run.split()) > TERM_MAX_WORDS and script != CJK  # "tg-jarv-dialogue-manager": one name
        listed = long and _in_name_list(text, run_start, run_end)
        named = (
            long
            and not listed
            and (is_proper_name(run) or _title_alone(text, judged, run_start, run_end, target_scripts))
        )
        counted = script == CJK or (long and not listed and not named)
        label = f"script:{script}" if counted else "term"
        counted_attr = {} if counted else {"counted": False} | ({"list": True} if listed else {})
        counted_attr |= {"name": True} if named else {}
        spans.append(Span(run_start, run_end, label, 1.0, {"level": "script", "words": words} | counted_attr))
    return spans


def _romanised_run(found: Span, words: int) -> Span:
    """A ``translit`` run inside a sentence of the target language, counted from two words on. One
    word alone is a term with its rate kept: "operator", "monitor", "primarykey" read as romanised
    Russian to the n-gram model, and a command, a product or a loanword between Russian words is one
    word far more often than a slip into Latin letters is."""
    if words > 1:
        return found
    attrs = {"level": "script", "words": words, "counted": False, "translit_rate": found.attrs.get("rate")}
    return Span(found.start, found.end, "term", found.score, attrs)


def _letters_covered(text: str, mask: bytearray, spans: list[Span]) -> int:
    """Letters outside ``mask`` covered by ``spans`` (overlaps counted once); only the spans' own
    characters are visited, not the whole text."""
    total, reached = 0, 0
    for span in sorted(spans, key=lambda s: s.start):
        start = max(span.start, reached)
        if start < span.end:
            piece = text[start : span.end]
            if mask.find(1, start, span.end) >= 0:
                masked = mask[start : span.end]
                piece = "".join(" " if flag else char for char, flag in zip(piece, masked, strict=True))
            total += sum(map(str.isalpha, piece))
            reached = max(reached, span.end)
    return total


def apply_purity(
    doc: Document, config: LanguageConfig, verdict: PurityVerdict | None = None
) -> tuple[PurityVerdict, tuple[str, str] | None]:
    """The build step's side of ``judge``: sets ``purity`` on ``doc``, trims when configured, and
    attaches every finding to the ``lang_spans`` layer (offsets into the final text). Returns the
    verdict on the final text and (reason, detail) when the document stays impure. ``verdict``:
    the document's verdict when the caller judged it already (``judge_many`` over a batch).

    Trimming never destroys: it cuts only what is foreign to a document whose own language is
    allowed, and when less than ``TRIM_MIN_KEPT`` of the letters would remain the document is
    rejected as ``impure`` with its text untouched."""
    targets = config.languages or None
    if verdict is None:
        verdict = _judge_document(doc, config)
    own_language_allowed = targets is None or verdict.lang in targets
    final = verdict
    if verdict.purity < config.min_purity and config.purity_action == "trim" and own_language_allowed:
        kept = kept_share(doc.text, verdict.spans)
        if kept < TRIM_MIN_KEPT:
            detail = _too_foreign_to_trim(verdict.purity, config.min_purity, kept, _target_of(verdict))
            _attach(doc, verdict.spans)
            doc.metadata["purity"] = round(verdict.purity, 4)
            return verdict, ("impure", detail)
        original_text, original_spans = doc.text, copy.deepcopy(layer_spans(doc))
        for start, end, original, label in trim(doc, verdict.spans):
            add_span(doc, "removed", start, end, label, annotator=ANNOTATOR, attrs={"text": original})
        final = _judge_document(doc, config)
        if final.purity < config.min_purity:  # trimming did not help: rejected as it came
            doc.text = original_text
            layers = layer_spans(doc)  # the document's own dict of layers: restored in place
            layers.clear()
            layers.update(original_spans)
            final = verdict
        else:
            doc.metadata["purity_before_trim"] = round(verdict.purity, 4)
    _attach(doc, final.spans)
    doc.metadata["purity"] = round(final.purity, 4)
    if final.bilingual:
        doc.metadata["bilingual"] = final.bilingual
    if final.purity < config.min_purity:
        detail = f"purity {final.purity:.4f} < min_purity {config.min_purity} (target {_target_of(final)})"
        return final, ("impure", detail)
    return final, None


def _target_of(verdict: PurityVerdict) -> str:
    """The language(s) a verdict's purity was judged against, for a message: a mixed English-Russian
    file guessed Russian whole is judged against Russian while its sentences' letters make ``lang``
    English."""
    return "/".join(verdict.targets) or verdict.lang


def _too_foreign_to_trim(purity: float, min_purity: float, kept: float, target: str) -> str:
    """The ``impure`` detail when trimming would leave too little: says the document is rejected
    untrimmed and names the ``target`` the purity was judged for (a mixed English-Russian file's
    ``lang`` column may say English while its purity is Russian's), the kept share rounded down to a
    tenth of a percent so that 49.96% never reads as the 50% floor itself."""
    kept_percent = math.floor(kept * 1000) / 10
    return (
        f"purity {purity:.4f} < min_purity {min_purity} (target {target}); rejected untrimmed: cutting "
        f"the parts not in {target} would keep only {kept_percent:.1f}% of the letters (a trimmed "
        f"document keeps at least {TRIM_MIN_KEPT:.0%})"
    )


def _judge_document(doc: Document, config: LanguageConfig) -> PurityVerdict:
    """``judge`` of the document's text as the build's language step asks it, its code exempt."""
    targets, share = config.languages or None, config.expected_share
    return judge(doc.text, targets, config.model, None, share, code=unjudged(doc), wordless=wordless_of(doc))


def code_of(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of the ``code`` spans the reader put in ``doc``'s ``structure`` layer."""
    return [(span.start, span.end) for span in layer_spans(doc).get("structure", []) if span.label == "code"]


def math_of(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of the ``math`` spans the reader put in ``doc``'s ``structure`` layer."""
    return [(span.start, span.end) for span in layer_spans(doc).get("structure", []) if span.label == "math"]


# ``level`` of a reader's ``lang_spans`` record over foreign text it kept on purpose: a short lead
# that labels a block in the page's language ("For Firefox browsers go to:" over Russian menu paths)
KEPT_LABEL = "label"


def wordless_of(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of what the reader marked that has no words of any language: code, formulas."""
    return code_of(doc) + math_of(doc)


def kept_labels_of(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of the foreign labels the reader kept (``KEPT_LABEL``): judged again here, the
    trim would cut what the reader decided to keep."""
    spans = layer_spans(doc).get("lang_spans", [])
    return [(span.start, span.end) for span in spans if (span.attrs or {}).get("level") == KEPT_LABEL]


def unjudged(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of what carries no language of the text: the reader's code, its formulas (a
    display "\\int_{-\\infty}^{+\\infty} e^{-x^2} \\, dx" or "$\\mathtt{Mama}$" was decided English
    and cut), the citations it rendered (its ``citations`` layer: "Moraux (1979); de Geer (1985);
    Loh (1992)" is one list of names and years, and the trim cut inside it, leaving "Moraux (1979);
    (1985); Loh (1992)"), its reference lists (``references_of``) and the entries cited anywhere else
    (``cited_lines``), and the headings it marked (``headings_of``): a heading names its section as a
    title names a work, and goes or stays with the section's prose (``trim``), not by its own words.
    """
    cited = [(span.start, span.end) for span in layer_spans(doc).get("citations", [])]
    items = {span.start for span in layer_spans(doc).get("structure", []) if span.label == "list_item"}
    own = references_of(doc) + cited_lines(doc.text, items)
    titles = [(heading.start, heading.end) for heading in headings_of(doc)]
    return sorted(wordless_of(doc) + cited + own + kept_labels_of(doc) + titles)


# the number or letter a reader writes before a list item ("1. ", "b. ", "iv. ": an HTML ``<ol>``'s
# item as the browser numbers it): the list's, not the words of the entry it opens
ITEM_NUMBER = re.compile(r"^(?:\d{1,4}|[A-Za-z]{1,2}|[IVXLCivxlc]{1,6})[.)]\s")


def cited_lines(text: str, items: Collection[int] = ()) -> list[tuple[int, int]]:
    """(start, end) of the lines of ``text`` that are bibliography entries (``is_citation``), as the
    readers' foreign cut leaves them: a style sample's bullet "• N. N. Bhattacharyya, The King and
    the Dice. A Study in the Rituals of the Rājasūa. Journal …" in a German text, whose English title
    the trim cut from the middle of the entry. A line opening a list item (its marker at one of
    ``items``, the ``list_item`` spans' starts) is told on its text after the item's number: an HTML
    page's numbered reference list ("1. Walker R.T., Young A.B. … 1995") was cut whole as English."""
    found, start = [], 0
    for line in text.split("\n"):
        body = line.lstrip(" ")
        if start + len(line) - len(body) in items:
            body = ITEM_NUMBER.sub("", body, count=1)
        if is_citation(body):
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def references_of(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of the reference lists the reader found (``references`` spans of its ``structure``
    layer: a "References", "Literatur" or "Список литературы" section, a LaTeX ``thebibliography``):
    each entry cites a work in the work's own language, so a German paper's English and Dutch titles
    are no foreign paragraphs, and an English paper's "Lorenz Halbeisen and Norbert Hungerbühler."
    (decided German) is an entry's authors; the trim cut them, and with them whole lists."""
    return reference_lists(layer_spans(doc).get("structure", []))


def reference_lists(structure: Sequence[Span]) -> list[tuple[int, int]]:
    """(start, end) of the ``references`` spans among a reader's ``structure`` spans: what
    ``references_of`` leaves unjudged, and what a reader's own foreign cut leaves unjudged too (the
    PDF reader's, before the document exists), so the two agree on what a reference list is."""
    return [(span.start, span.end) for span in structure if span.label == "references"]


@dataclass(frozen=True)
class Heading:
    """A section's heading in a document's text, with how deep it stands and where its section ends."""

    start: int
    end: int
    level: int
    until: int  # where the section ends when no later heading of its level or above ends it


# a section's number at a title's start: "6" is depth 1, "6.1" depth 2 (a title without one: depth 1)
SECTION_DEPTH = re.compile(r"\d{1,3}(?:\.\d{1,3})*(?![\d.]*\d)")


def headings_of(doc: Document) -> list[Heading]:
    """The headings the reader marked in its ``structure`` layer: a ``heading`` span (HTML, BBCode,
    DokuWiki) and the title at the start of a titled section (PDF's "6.1 title field ends with
    question mark", LaTeX's ``\\section``), when that first paragraph is still the title. A German
    style sample's English section titles over German entries were cut as English, and the entries
    ran on under the section before."""
    text, found = doc.text, []
    for span in layer_spans(doc).get("structure", []):
        attrs = span.attrs or {}
        if span.label == "heading" and span.end > span.start:
            level = _heading_level(attrs.get("level"), text[span.start : span.end])
            found.append(Heading(span.start, span.end, level, len(text)))
        elif title := str(attrs.get("title") or ""):
            end = text.find("\n\n", span.start, span.end)
            end = span.end if end < 0 else end
            if "".join(text[span.start : end].split()) == "".join(title.split()):
                found.append(Heading(span.start, end, _heading_level(attrs.get("level"), title), span.end))
    return sorted(set(found), key=lambda heading: (heading.start, heading.end))


def _heading_level(marked: object, title: str) -> int:
    """The level the reader gave a heading, else its section number's depth ("6.1" is 2), else 1."""
    if isinstance(marked, int):
        return marked
    number = SECTION_DEPTH.match(title.strip())
    return number.group(0).count(".") + 1 if number else 1


# ``removed`` label of a heading whose section's prose the trim cut whole, where no cut of that prose
# follows it at once (it is recorded with that cut, under its label, when one does)
EMPTY_SECTION = "empty_section"


def _headings_of_cut_sections(
    text: str, headings: list[Heading], cuts: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The headings (as cuts, ``EMPTY_SECTION``) whose sections ``cuts`` leave with no letter or digit,
    some cut among them: a heading goes with its section's prose, as it stays with it. A section runs
    to the next heading of its level or above, the last one as far as it or a subsection under it
    reaches (``Heading.until``), so "6" goes when every "6.x" under it went. Judged from the last
    heading back, so that the subsections that go are gone when their parent is judged. A section
    that had nothing to cut keeps its heading."""
    gone = bytearray(len(text))
    for start, end, _ in cuts:
        gone[start:end] = b"\x01" * (end - start)
    emptied: list[tuple[int, int, str]] = []
    for index in reversed(range(len(headings))):
        heading = headings[index]
        later = [other.start for other in headings[index + 1 :] if other.level <= heading.level]
        until = later[0] if later else max(max(other.until, other.end) for other in headings[index:])
        body = range(heading.end, until)
        cut_inside = any(heading.end <= start < until for start, _, _ in cuts)
        if cut_inside and not any(text[at].isalnum() and not gone[at] for at in body):
            gone[heading.start : heading.end] = b"\x01" * (heading.end - heading.start)
            emptied.append((heading.start, heading.end, EMPTY_SECTION))
    return emptied


def _attach(doc: Document, spans: list[Span]) -> None:
    for span in spans:
        add_span(doc, "lang_spans", span.start, span.end, span.label, ANNOTATOR, span.score, span.attrs)


def kept_share(text: str, spans: list[Span]) -> float:
    """Share of ``text``'s letters that ``trim`` would leave (homoglyph words are rewritten, not cut)."""
    letters = sum(map(str.isalpha, text))
    if not letters:
        return 1.0
    return 1.0 - _letters_covered(text, bytearray(len(text)), cuttable(text, spans)) / letters


def cuttable(text: str, spans: list[Span]) -> list[Span]:
    """The findings ``trim`` may cut: counted ones that are a whole sentence or line (an English
    paragraph, a romanised line). A word or run inside a sentence of the document's own language
    stays ("бURLаки на Волге." cut to "на Волге." is a destroyed joke, not a purer one): it is in
    ``lang_spans``, and if the text stays below ``min_purity`` the document is rejected whole.
    A word mixing scripts is never cut, not even as a line's only word: a homoglyph is rewritten,
    and a ``mixed_script`` one is a name written so ("ЮMoney", "iPhoneы"); cut, the donation line
    "- ЮMoney: 4100118510603906" read "- : 4100118510603906"."""
    counted = [span for span in spans if span.counted and span.label not in ("homoglyph", "mixed_script")]
    whole = [span for span in counted if span.attrs.get("level") in ("sentence", ITEM_TAIL)]
    nobody = bytearray(len(text))
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    for start, end in sentences(text) + lines:
        inside = [span for span in counted if start <= span.start and span.end <= end and span not in whole]
        letters = sum(map(str.isalpha, text[start:end]))
        if inside and _letters_covered(text, nobody, inside) == letters:  # the findings are the line
            whole.extend(inside)
    return whole


_TRAILING_GAP = re.compile(r"[ \t]*")
_LINE = re.compile(r"[^\n]+")
# a list item's marker ("- ", "* ", "• ", "1. ", "2) ", "> "): with nothing after it the item is empty
_ITEM_MARK = re.compile(r"[ \t]*(?:[-*+•·–—>]|\d{1,3}[.)])(?=\s|$)")


def _with_emptied_lines(text: str, cuts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``cuts`` (start, end, label; sorted, apart) grown to the whole of each line they leave with
    no letter or digit (a lone "," after a cut list of names, a list item's "- " or "1." with its
    text cut, an empty line inside a paragraph), the line's newline with it and, for a paragraph of
    its own, the blank line after it (all the blank lines before it, where the cut ends the text, a
    last section cut with its heading: the text ends with a newline if it did): what is left is no
    text, and it goes to ``removed`` with the cut, under the cut's label. Lines with a word left are
    not touched."""
    if not cuts:
        return cuts
    gone = bytearray(len(text))
    for start, end, _ in cuts:
        gone[start:end] = b"\x01" * (end - start)
    for start, end, _ in cuts:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        line, cut = text[line_start:line_end], gone[line_start:line_end]
        left = "".join(char for char, flag in zip(line, cut, strict=True) if not flag)
        if any(map(str.isalnum, _ITEM_MARK.sub("", left, count=1))):
            continue
        grown_start, grown_end = line_start, line_end + 1
        if line_end == len(text):  # the last line: the newline before it goes
            grown_start, grown_end = max(line_start - 1, 0), line_end
        # a paragraph of its own (the text's start or a blank line before it): one blank line goes too,
        # the one after it, or the one before it when it ends the text
        alone = text[max(line_start - 2, 0) : line_start] in ("", "\n", "\n\n")
        if alone and text.startswith("\n", grown_end):
            grown_end += 1
        elif alone and grown_end == len(text) and text[grown_start - 1 : grown_start] == "\n":
            grown_start -= 1
        gone[grown_start:grown_end] = b"\x01" * (grown_end - grown_start)
    if gone and gone[-1]:  # the cut ends the text: the blank lines before it end nothing
        last = gone.rfind(0) + 1
        kept = len(text[:last].rstrip())
        kept += text.endswith("\n") and text.startswith("\n", kept)  # the text ends as it did
        gone[kept:last] = b"\x01" * max(last - kept, 0)
    return _runs_of(gone, cuts)


def _runs_of(gone: bytearray, cuts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The runs of ``gone`` as cuts, each labelled as the first of ``cuts`` inside it that is not a
    heading's (``EMPTY_SECTION``): a heading cut with its section's prose is recorded under the
    prose's label, with it."""
    runs: list[tuple[int, int, str]] = []
    position = gone.find(1)
    while position >= 0:
        end = gone.find(0, position)
        end = len(gone) if end < 0 else end
        labels = [label for start, stop, label in cuts if position <= start < end]
        runs.append((position, end, next((label for label in labels if label != EMPTY_SECTION), labels[0])))
        position = gone.find(1, end)
    return runs


def trim(doc: Document, spans: list[Span]) -> list[tuple[int, int, str, str]]:
    """Cut the ``cuttable`` findings out of ``doc.text``; homoglyph words are written back in their
    script instead (same length, nothing lost). Spans already on the document are moved so they still
    cover the same characters (a boundary inside a cut lands on the cut). Returns (start, end in
    the new text, original text, label) per edit: empty for a cut, the word for a fold."""
    text = doc.text
    cuts: list[tuple[int, int, str]] = []
    for span in sorted(cuttable(text, spans), key=lambda s: s.start):
        end = _TRAILING_GAP.match(text, span.end).end()
        if cuts and span.start <= cuts[-1][1]:
            cuts[-1] = (cuts[-1][0], max(end, cuts[-1][1]), cuts[-1][2])
        else:
            cuts.append((span.start, end, span.label))
    cuts = _with_emptied_lines(text, cuts)
    emptied = _headings_of_cut_sections(text, headings_of(doc), cuts)
    if emptied:
        cuts = _with_emptied_lines(text, sorted(cuts + emptied))
    # a span but a ``removed`` record wholly inside a cut goes with the text it covered, as a reader's
    # cut takes it (``cut_paragraphs``): kept, a cut heading's span stood empty where its section had been
    edited = edit_document(doc, [(start, end, "") for start, end, _ in cuts], drop_emptied=True)
    edits = [(edited.offset(at), edited.offset(at), text[at:end], label) for at, end, label in cuts]
    trimmed = edited.text
    folded = fold_homoglyphs(trimmed)
    edits += [
        (w.start, w.end, trimmed[w.start : w.end], "homoglyph")
        for w in mixed_script_words(trimmed)
        if folded[w.start : w.end] != trimmed[w.start : w.end]
    ]
    doc.text = folded
    return sorted(edits)
