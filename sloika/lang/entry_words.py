"""What a reference entry is (``is_reference_entry``), and whose words it is written in, its names and
cited source aside. Core, so the language decision (``sloika.lang.purity``) and the readers' trim ask
the same question without the language package importing the readers.

An entry of a bibliography is mostly names, initials, a publisher and a year; the language
decision reads those and is sure of the wrong language ("4. Пономаренко Л. А., … Основы создания
гибких автоматизированных производств / под ред. … — К.: Техніка, 1986. — 144 с.": Kazakh 1.0,
for the initials and a Kyiv publisher's Ukrainian name). The entry's own title is what says its
language: the lower-case words before the source it appeared in (after " // ", a collection's
title in its own language) that are common in one language and rare in the others of its script.
"""

from __future__ import annotations

import re
from functools import cache

from sloika.lang.alphabets import script_of_language
from sloika.text.frequency import zipf
from sloika.text.function_words import is_function_word
from sloika.text.scripts import script_of

__all__ = [
    "framed_in_own_words",
    "is_citation",
    "is_reference_entry",
    "joined_in_own_words",
    "written_in_own_words",
]

# an entry of a list of references ("2. Афанасьев В. В. Расчеты … — М.: Энергоиздат, 1992. — 190 с.",
# "[12] Knuth D. E. The TeXbook. 1984."): a year, and a number with an initial, a dash or a "//"
# before the source, or unnumbered (an author–year list) two of GOST's area marks ". — " and a mark
# of a source ("Поляков М. О. Системний ефект … // Науковий вiсник … — К.: НАУ. — 1998. — Вип.
# 8."); each entry stands alone, whatever
# language its neighbours are in
REFERENCE_ENTRY = re.compile(r"^\W{0,2}(?:\[\d{1,4}\]|\d{1,4}\.)\s")
REFERENCE_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
REFERENCE_MARK = re.compile(r"\s[—–-]\s|\s//\s|\b[A-ZА-ЯЁ]\.\s?(?:[A-ZА-ЯЁ]\.)?[\s,]")
GOST_AREA = re.compile(r"\.\s[—–]\s")
# and what only an entry has beside them: a source after "//", two initials, a year closing an area
SOURCE_MARK = re.compile(r"\s//\s|\b[A-ZА-ЯЁ]\.\s?[A-ZА-ЯЁ]\.|\b(?:1[5-9]|20)\d\d\.(?:\s[—–]\s|$)")


def is_reference_entry(text: str) -> bool:
    """Whether ``text`` is an entry of a list of references (``REFERENCE_ENTRY``, or ``GOST_AREA``
    with ``SOURCE_MARK``, with a year; numbered with two ``GOST_AREA`` marks, without): an item that
    stands alone, neither text a translation left behind when
    cut nor one that needs its neighbours when kept."""
    text = text.strip()
    areas = len(GOST_AREA.findall(text))
    numbered = REFERENCE_ENTRY.match(text) and REFERENCE_MARK.search(text)
    unnumbered = areas >= 2 and SOURCE_MARK.search(text)
    dated = REFERENCE_YEAR.search(text) and (numbered or unnumbered)
    # a numbered entry with no year (a thesis, "49. Скворцов М. А. … дис. … — Черноголовка. — 224 с.")
    # is told by its GOST areas alone
    return bool(dated or REFERENCE_ENTRY.match(text) and areas >= 2)


# a bibliography entry as a list item or a line cites it: an author with initials first ("N. N.
# Bhattacharyya, …", "Knuth, D. E. …"), and a year
BIBLIOGRAPHY = (
    re.compile(r"^\W*(?:[A-Z][a-z]+,? (?:[A-Z]\. ?){1,3}|(?:[A-Z]\. ?){1,3}[A-Z][a-z]+\b)"),
    re.compile(r"\b(?:1[5-9]|20)\d\d\b"),
)


def is_citation(text: str) -> bool:
    """Whether ``text`` is a bibliography entry (``BIBLIOGRAPHY``: an author with initials first, a
    year), which is never foreign, in whatever script: it cites a work in the work's own language
    ("• N. N. Bhattacharyya, The King and the Dice. … 1973/1974" in a German sample of a citation
    style, cut, took its section's German entries with it): neither the readers' foreign cut nor the
    purity trim judges one. Read on the paragraph's own text: the judged one has "1973/1974" blanked
    as a path."""
    return all(pattern.search(text) for pattern in BIBLIOGRAPHY)


# a word of a language: this common in it (wordfreq zipf) and this much rarer in the other
OWN_WORD_ZIPF = 3.0
OWN_WORD_MARGIN = 2.0
SOURCE = " // "  # GOST's mark of the source an entry appeared in
EDGE = "\"'«»“”„‘’‹›()[]{}<>.,;:!?…•*–—-/"


@cache
def _word_listed() -> frozenset[str]:
    """The languages wordfreq has a word list of (for others it answers with a neighbour's)."""
    from wordfreq import available_languages

    return frozenset(available_languages())


def _rivals(own: str, lang: str) -> tuple[str, ...]:
    """The languages ``own``'s words are told from: ``lang`` where wordfreq lists it, else every
    listed language of ``own``'s script (Kazakh has no list; Ukrainian, Bulgarian, Macedonian do)."""
    if lang in _word_listed() and lang != own:
        return (lang,)
    script = script_of_language(own)
    return tuple(
        other for other in sorted(_word_listed()) if other != own and script_of_language(other) == script
    )


def _words_only_in(words: list[str], lang: str, rivals: tuple[str, ...]) -> int:
    """How many lower-case ``words`` are common in ``lang`` and rarer by the margin in every rival."""
    return sum(
        word[0].islower()
        and zipf(word, lang) >= OWN_WORD_ZIPF
        and all(zipf(word, lang) - zipf(word, rival) >= OWN_WORD_MARGIN for rival in rivals)
        for word in words
    )


def written_in_own_words(entry: str, own: str, lang: str) -> bool:
    """Whether the reference ``entry`` (decided ``lang``) has at least one word of ``own`` before its
    source and no fewer than of ``lang``: a Russian title citing a Ukrainian collection ("Пурич
    Штефан. … сотрудничество: проблемы и перспективы // Транскордонне співробітництво …") is
    Russian; a Ukrainian title ("Василенко М. В. Теорія коливань: Навчальний посібник. — К., 1992.")
    is not."""
    title = entry.split(SOURCE, 1)[0]
    words = [w for w in (t.strip(EDGE) for t in title.split()) if len(w) >= 2 and w.isalpha()]
    rivals = _rivals(own, lang)
    if not rivals:
        return False
    mine = _words_only_in(words, own, rivals)
    theirs = _words_only_in(words, lang, (own,)) if lang in _word_listed() and lang != own else 0
    return mine >= 1 and mine >= theirs


# what a sentence quotes or mentions: terms set in quotation marks ("the options ‘tricentesimo’ and
# ‘trecentesimo’", "becomes “centésimo duodécimo”", «…», "…") are the other language's words named,
# not the sentence's own
QUOTED = re.compile(r"‘[^’\n]*’|“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]|\"[^\"\n]*\"")
FRAME_MIN_WORDS = 3  # a sentence frame: this many words of its own language at least
FRAME_MARGIN = 2  # and this many times the other language's words outside the quotations


def framed_in_own_words(sentence: str, own: str, lang: str) -> bool:
    """Whether ``sentence`` (decided ``lang``) is written in ``own`` and only mentions ``lang``'s
    words: outside its quoted spans (``QUOTED``) it holds at least ``FRAME_MIN_WORDS`` lower-case
    words of ``own`` (common in it, rare in ``lang``: "the", "are", "to", "for", "with") and
    ``FRAME_MARGIN`` times as many as of ``lang``. An English manual about Portuguese ordinals ("The
    options ‘tricentesimo’ … are provided to choose between “tricentésimo” and “trecentésimo”,
    since both forms are correct for the ordinal of 300.", Italian 0.9) is English; an Italian
    sentence quoting an English term has its own "di", "che", "per" and is not."""
    frame = QUOTED.sub(" ", sentence)
    words = [w for w in (t.strip(EDGE) for t in frame.split()) if len(w) >= 2 and w.isalpha()]
    rivals = _rivals(own, lang)
    if not rivals or lang == own:
        return False
    mine = _words_only_in(words, own, rivals)
    theirs = _words_only_in(words, lang, (own,)) if lang in _word_listed() else 0
    return mine >= FRAME_MIN_WORDS and mine >= FRAME_MARGIN * theirs


# A sentence's grammar is in its function words, its terms are nouns: a Russian sentence naming
# English things ("ML, распознавание лиц, clustering, … и pinned GPU runtime не менялись.") joins them
# with Russian words and holds no English "the", "of", "is", "to" (``is_function_word``: the closed
# classes, so "new game", "first_name", "all time" stay terms)
# a word is letters, with a hyphen or an apostrophe inside ("Release-check", "don't"); an identifier
# ("docs_i18n_hygiene_polish", "project.json", "v69.6") or an option ("--yes") is none
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
PARTS = re.compile(r"[-'’]")  # a compound's words: "Release-check" is "release" and "check"
SENTENCE_STOP = re.compile(r"[.!?…][\"'»”’)\]*]*$")  # a token ending a sentence, closers after its stop


def joined_in_own_words(sentence: str, own: str, lang: str) -> bool:
    """Whether ``sentence`` (decided ``lang``, written in another script than ``own``) is ``own``'s
    sentence full of ``lang``'s terms: a word of ``own``'s script common in ``own`` (a verb, a
    preposition, a conjunction: "Release-check получил guard …", "… package для Windows."), in lower
    case or capitalised by its place (``_framing_words``: a list of steps, "- Нажмите …" / "-
    Скопируйте Application ID"), joins them, and none of its words in ``lang``'s script outside
    quotation marks (``QUOTED``: the UI label a step names, 'Нажмите "Add new application"') is a
    function word of ``lang`` (``is_function_word``: "new", "first", "time" are terms, "the", "for",
    "is" are English grammar). The decision weighs letters, and the terms hold most of them; an
    English sentence mentioning a Russian word ("The word дом means house.") has its "the"."""
    own_script, their_script = script_of_language(own), script_of_language(lang)
    if own_script is None or their_script is None or own_script == their_script:
        return False
    words = _framing_words(QUOTED.sub(" ", sentence))
    theirs = [part.lower() for w, _ in words if script_of(w[0]) == their_script for part in PARTS.split(w)]
    joined = any(
        (opening or word[0].islower()) and zipf(word, own) >= OWN_WORD_ZIPF
        for word, opening in words
        if script_of(word[0]) == own_script
    )
    return joined and not any(is_function_word(word, lang) for word in theirs)


def _framing_words(text: str) -> list[tuple[str, bool]]:
    """The words of ``text`` (``WORD``), each with whether it opens a line or a sentence (list marks,
    numbers and emphasis before it: "1. **Создайте", "- Откройте:"), where a word is capitalised by
    its place and not for being a name."""
    found = []
    for line in text.split("\n"):
        opening = True
        for token in line.split():
            word = token.strip(EDGE)
            if WORD.fullmatch(word):
                found.append((word, opening))
                opening = False
            opening = opening or SENTENCE_STOP.search(token) is not None
    return found
