"""Homoglyph folding for ``repair``: Latin letters hidden in Cyrillic words (``вpемя``, ``Cпина``)
written back in the word's own script, by default.

Such words look right and are wrong everywhere else: search misses them, a tokenizer splits them,
a lemmatiser returns ``клавиатyр``. ``sloika.text.scripts`` finds them; repair folds only what is
unambiguous, so real mixed tokens stay as written:

* code, formulas, URLs, paths, tags and identifiers are exempt (``scripts.exempt_spans``);
* only ``homoglyph`` words are folded (every foreign letter has a twin), never ``mixed_script`` ones;
* a word of two script runs whose Latin run has a capital after its first letter (``TeXом``,
  ``вTeX``, ``специалисту-TeXнику``, ``PCшник``) is a Latin name declined or prefixed the Russian
  way, not a typo: it stays as written, unless the whole word is in capitals ("TAKСИ" is one word
  typed on two keyboards);
* any other Russian word of two script runs whose Latin run has two letters or more (``SQLный``
  in capitals, ``словаpe``) is folded only when the folded word is a listed Russian word
  (wordfreq), so ``РНРшник`` is not invented; a Latin word with one Cyrillic letter at its edge
  (``grep`` with a Cyrillic р) and letters scattered through a word (``вpемя``, ``МАМАÁАА``:
  Cyrillic look-alikes around a Spanish Á) are folded;
* a one-letter Latin word whose twin is a Russian one-letter word ("y меня", "c винчестером") is
  folded in lower case only, between Cyrillic words or opening a sentence before one, and not beside
  another one-letter Latin word ("где a и b" names variables); the word after may be a Latin one
  declined in Russian ("y root'а");
* a capital (C, B, K, O, Y, A) is folded only where it opens a sentence and the word after it is one
  its Cyrillic twin governs as a preposition (pymorphy3 finds the case: "C каждым годом", "Y меня",
  "B качестве") or follows as the conjunction а ("A потом"); a sentence's "C позволяет", "C код",
  "A равно нулю" and every capital inside a sentence ("витамины A, B и C++", "диске C:") stay;
* a capital initial (a look-alike capital and a dot) is folded where it stands in a run of initials
  with a Cyrillic one, every other initial of the run Cyrillic, next to a Cyrillic surname ("B. П.
  Корячко", "А. C. Бождай", "Корячко B. П."): a name typed on two keyboards; "A. B. Иванов" (no
  Cyrillic initial to tell) and "витамины A. B." stay.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sloika.text.morph import russian_analyzer
from sloika.text.scripts import (
    CYRILLIC,
    LATIN,
    LATIN_LOOKALIKES,
    exempt_mask,
    exempt_spans,
    fold_word,
    mixed_script_words,
    script_of,
)

# a Latin and a Cyrillic letter side by side: the cheap test that skips almost every document
_MIXED = re.compile(r"[a-zA-ZÀ-ɏ][а-яёА-ЯЁіІ]|[а-яёА-ЯЁіІ][a-zA-ZÀ-ɏ]")
# a lone lower-case Latin letter whose Cyrillic twin is a Russian word (у, с, о, а, к), a space and
# a Cyrillic word after it
LONE_TWINS = {"y": "у", "c": "с", "o": "о", "a": "а", "k": "к"}
_LONE = re.compile(r"(?<![^\W_])[ycoak](?= [а-яёА-ЯЁ]| [A-Za-z]+['’][а-яё])")
_WORD_BEFORE = re.compile(r"(?:(?<![^\W_])(?P<word>[^\W\d_]+),? |(?P<start>^|[.!?…]\s+|\n))\Z")
_LONE_LATIN = re.compile(r"(?<![^\W_])[A-Za-z](?![^\W_])")
# Capitals whose Cyrillic twin opens a sentence as a preposition, with the cases (pymorphy3's tags) it
# governs in the next word; None for the conjunction А, which governs none
CAPITAL_TWINS: dict[str, tuple[str, frozenset[str] | None]] = {
    "C": ("С", frozenset({"gent", "gen2", "ablt"})),  # not the accusative: "C код компилируется"
    "B": ("В", frozenset({"accs", "acc2", "loct", "loc2"})),
    "K": ("К", frozenset({"datv"})),
    "O": ("О", frozenset({"loct", "loc2"})),
    "Y": ("У", frozenset({"gent", "gen2"})),
    "A": ("А", None),
}
_CAPITAL = re.compile(r"(?<![^\W_])[CBKOYA] (?P<next>[а-яёА-ЯЁ]+)(?![^\W_])")
# what may stand before a sentence's first word: the text's or a line's start, a sentence's end, a
# dialogue dash or an opening quote
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n)[ \t]*(?:[-—–][ \t]*|[«\"„(])?\Z")
_CONJUNCTION_NEXT = frozenset({"NPRO", "PRCL", "CONJ", "ADVB"})  # "A потом", "A ты", "A если"
_PREDICATE = frozenset({"VERB", "ADJS", "COMP", "PRED", "PRTS"})  # "A равно нулю": a variable's verb
_LIKELY = 0.1  # a parse pymorphy3 gives less than this share is a dictionary's stretch ("код" as genitive)
# A run of two or three initials (a capital and a dot each, spaces between or none) with a surname
# right after or right before it: where a name's initials, surname aside, mix a Cyrillic initial with
# Latin look-alike capitals ("B. П. Корячко" in a reference list), the Latin ones are Cyrillic typed
# on the other keyboard
_SPACE = "[ \u00a0\u2009\u202f]*"
_INITIALS = re.compile(rf"(?<![^\W_])(?:[A-ZА-ЯЁ]\.{_SPACE}){{1,2}}[A-ZА-ЯЁ]\.(?![^\W_])")
_SURNAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_SURNAME_AFTER = re.compile(rf"{_SPACE}{_SURNAME}")
_SURNAME_BEFORE = re.compile(rf"(?<![^\W_]){_SURNAME},?{_SPACE}\Z")


@lru_cache(maxsize=65_536)
def _listed(word: str, lang: str) -> bool:
    from sloika.text.frequency import zipf

    return zipf(word, lang, wordlist="small") > 0


def _script_runs(word: str) -> list[tuple[str, str]]:
    """``word`` as (script, letters) runs: ``TeXом`` is [(latin, "TeX"), (cyrillic, "ом")]."""
    runs: list[tuple[str, str]] = []
    for char in word:
        script = script_of(char)
        if runs and runs[-1][0] == script:
            runs[-1] = (script, runs[-1][1] + char)
        else:
            runs.append((script, char))
    return runs


def _latin_part_at_edge(word: str) -> str | None:
    """The Latin letters of a word made of one Latin run of two letters or more and one Cyrillic
    run, in either order (``TeXом``, ``вTeX``, ``PHPшник``); None for any other word (``вpемя``)."""
    runs = _script_runs(word)
    if len(runs) != 2 or {script for script, _ in runs} != {LATIN, CYRILLIC}:
        return None
    latin = next(letters for script, letters in runs if script == LATIN)
    return latin if len(latin) >= 2 else None


def _declined_latin_name(word: str, latin: str) -> bool:
    """Whether the Latin run is a name (a capital after its first letter: ``TeX``, ``PC``,
    ``iOS``) in a word not all in capitals: Russian declines such names with a Cyrillic ending
    (``TeXом``, ``PCшник``) or glues a preposition to them (``вTeX``); folding them makes a word of
    neither language (``ТеХом``, ``TeXa``)."""
    return any(char.isupper() for char in latin[1:]) and not word.isupper()


def declined_latin_name(word: str) -> bool:
    """Whether ``word`` is a Latin name declined or prefixed the Russian way (``TeXом``, ``вTeX``,
    ``PCшник``): one Latin run of two letters or more with a capital after its first letter, one
    Cyrillic run, not all in capitals. Such a word is written so on purpose: the repair leaves it
    and ``bench/bench_cleanliness.py``'s ``mixed_script`` detector does not count it (one definition
    for both)."""
    latin = _latin_part_at_edge(word)
    return latin is not None and _declined_latin_name(word, latin)


def fold_homoglyph_words(text: str) -> tuple[str, int]:
    """(text with unambiguous homoglyph words folded, how many words were folded); same length.
    Words first, so that a lone letter's neighbours are read in their own script ("чeлoвeкa c")."""
    if text.isascii():  # no Cyrillic letter to sit beside
        return text, 0
    text, words = _fold_words(text) if _MIXED.search(text) else (text, 0)
    text, letters = _fold_lone_letters(text)
    text, capitals = _fold_sentence_capitals(text)
    text, initials = _fold_initials(text)
    return text, words + letters + capitals + initials


def _fold_words(text: str) -> tuple[str, int]:
    """(text with its ``homoglyph`` words folded, how many)."""
    words = mixed_script_words(text, exempt_mask(text, exempt_spans(text)))
    parts, last, folded = [], 0, 0
    for word in words:
        if word.label != "homoglyph":
            continue
        written = text[word.start : word.end]
        fixed = fold_word(written, word.attrs["base"])
        if declined_latin_name(written):
            continue
        latin = _latin_part_at_edge(written)
        if latin and word.attrs["base"] == CYRILLIC and not _listed(fixed.lower(), "ru"):
            continue
        parts += [text[last : word.start], fixed]
        last = word.end
        folded += 1
    return ("".join(parts) + text[last:], folded) if folded else (text, 0)


def _fold_lone_letters(text: str) -> tuple[str, int]:
    """(text with lone Latin letters standing for Russian one-letter words folded, how many)."""
    found = [match.start() for match in _LONE.finditer(text)]
    if not found:
        return text, 0
    mask = exempt_mask(text, exempt_spans(text))
    chars, folded = list(text), 0
    for at in found:
        before = _WORD_BEFORE.search(text, max(0, at - 40), at)
        word = before and before["word"]
        if not before or mask[at] or (word is not None and script_of(word[-1]) != CYRILLIC):
            continue
        if _names_letters(text, at):
            continue
        chars[at] = LONE_TWINS[text[at]]
        folded += 1
    return "".join(chars), folded


def _names_letters(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` holds another one-letter Latin word: then its letters name
    things ("Пусть a и b — стороны, где c больше", "x, y и z")."""
    start = max(text.rfind(end, 0, at) for end in ".!?\n") + 1
    ends = [found for found in (text.find(end, at) for end in ".!?\n") if found >= 0]
    sentence = text[start : min(ends, default=len(text))]
    return len(_LONE_LATIN.findall(sentence)) > 1


def _fold_sentence_capitals(text: str) -> tuple[str, int]:
    """(text with sentence-initial capitals standing for a Russian preposition or а folded, how
    many): "C каждым годом" is "С каждым годом", a sentence's "C позволяет" is the language."""
    found = [(match.start(), match["next"]) for match in _CAPITAL.finditer(text)]
    if not found:
        return text, 0
    mask = exempt_mask(text, exempt_spans(text))
    chars, folded = list(text), 0
    for at, following in found:
        if mask[at] or not _SENTENCE_START.search(text, max(0, at - 12), at) or _names_letters(text, at):
            continue
        twin, cases = CAPITAL_TWINS[text[at]]
        if not (_governs(following, cases) if cases else _follows_conjunction(following)):
            continue
        chars[at] = twin
        folded += 1
    return "".join(chars), folded


def _fold_initials(text: str) -> tuple[str, int]:
    """(text with Latin look-alike initials folded where they stand with a Cyrillic initial by a
    Cyrillic surname, ``_INITIALS``; how many): "B. П. Корячко" is "В. П. Корячко"."""
    found = list(_INITIALS.finditer(text))
    if not found:
        return text, 0
    mask = exempt_mask(text, exempt_spans(text))
    chars, folded = list(text), 0
    for run in found:
        capitals = [(run.start() + at, char) for at, char in enumerate(run.group()) if char.isupper()]
        latin = [at for at, char in capitals if script_of(char) == LATIN]
        if not latin or len(latin) == len(capitals) or any(text[at] not in LATIN_LOOKALIKES for at in latin):
            continue
        named = _SURNAME_AFTER.match(text, run.end()) or _SURNAME_BEFORE.search(
            text, max(0, run.start() - 40), run.start()
        )
        if not named or any(mask[at] for at in latin):
            continue
        for at in latin:
            chars[at] = fold_word(text[at], CYRILLIC)
            folded += 1
    return "".join(chars), folded


def _likely_parses(word: str) -> list:
    """pymorphy3's dictionary parses of ``word`` that are not a stretch (share ≥ ``_LIKELY``)."""
    return [parse for parse in russian_analyzer().parse(word) if parse.is_known and parse.score >= _LIKELY]


def _governs(word: str, cases: frozenset[str]) -> bool:
    """Whether ``word`` is likely in one of ``cases``: the preposition would govern it."""
    return any(parse.tag.case in cases for parse in _likely_parses(word))


def _follows_conjunction(word: str) -> bool:
    """Whether ``word`` is what opens a clause after а (a pronoun, particle, conjunction or adverb)
    and cannot be a variable's predicate ("A равно нулю", "A больше B")."""
    parses = _likely_parses(word)
    tags = {parse.tag.POS for parse in parses}
    return bool(tags & _CONJUNCTION_NEXT) and not tags & _PREDICATE
