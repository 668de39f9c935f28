"""What the language decision reads of a short text: its words, not its markup.

A chat line, a model's answer or a markdown list item carries table pipes, bullets, emoji, inline
code, links and @mentions. None of them is evidence for one Cyrillic language over another, yet
fastText reads every character, and a table row repeats its cells: "Генерация датасетов | ✅ да | ✅
да |" counted Bulgarian's commonest word twice (bg 0.97). ``evidence_text`` gives the decision
the words once: code, URLs, paths, identifiers and format placeholders (``scripts.exempt_spans``,
the purity analysis's own list), markup, emoji and @mentions blanked, each distinct table cell
read once, stretched letters and hyphen repeats said once. Only a mostly Cyrillic text is read so,
and only one no longer than ``EVIDENCE_CHARS``: beyond it markup cannot move a decision whose
evidence saturates long before.
"""

from __future__ import annotations

import re

from sloika.text.scripts import exempt_spans

# Letter, script and n-gram evidence is read from this many characters: no Lingua row the weights
# were fitted on is longer, and a long document's evidence saturates (LLR_CAP) well before.
EVIDENCE_CHARS = 300
CYRILLIC_MAJORITY = 0.6  # a text is mostly Cyrillic when this share of its letters is

# what may need blanking at all (most sentences have none of it): three searches, each cheap where
# one alternation tries every branch at every character. Case-sensitive: under ``re.I`` the symbol
# block's KELVIN SIGN and OHM SIGN matched every "k" and "ω" (a third of all sentences paid for the
# blanking they did not need). A URL's "://" holds the "/" of the first.
_MARK_CHAR = re.compile(r"[|`*#>_\[\]@/%{\u2100-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]")
_LINE_START = re.compile(r"^[ \t]*(?:[-+]|\d{1,3}[.)])", re.M)  # a bullet or a list number
_TEXT_START = re.compile(r"[ \t]*(?:[-+]|\d{1,3}[.)])")  # the same, where the only line start is 0
_WWW = re.compile(r"[wW][wW][wW]\.")
_LINE_MARK = re.compile(r"^[ \t]*(?:[-*+>]+|#{1,6}|\d{1,3}[.)])[ \t]+", re.M)  # bullet, quote, heading
_NON_LANGUAGE = re.compile(
    r"@\w*"  # a mention is a user name (its name may be an identifier, blanked already)
    r"|[*_~#\[\]]+"  # emphasis, link brackets, a hashtag's sign (its word is language)
    r"|[\u2100-\u2bff\ufe0f\u200d\u20e3\U0001f000-\U0001faff]"  # symbols and emoji: ✅ → ❌ ©
)
# quotes or brackets left empty by the blanking: fastText reads "« »" as French ("Имя узла «%s»
# содержит «[»" was fr 0.58 once its placeholder and bracket were blanked)
_EMPTY_PAIR = re.compile(r"«\s*»|„\s*“|“\s*”|\"\s*\"|\(\s*\)")
_SPACES = re.compile(r"[ \t]{2,}")
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile("[\u0400-\u052f]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f]")
# four or more of one letter (three is a word: "СССР", "XIII", "Schifffahrt"); a word repeated with
# hyphens ("да-да-да", "ха-ха")
_STRETCHED = re.compile(r"([^\W\d_])\1{3,}")
_FOUR_ALIKE = re.compile(r"(.)\1\1\1", re.DOTALL)  # what _STRETCHED needs, found 4x faster
# possessive: a shorter word than the whole run before a hyphen is followed by a letter, never by the
# hyphen, so giving letters back only costs time (a third of the substitution's)
_REPEATED_WORD = re.compile(r"\b([^\W\d_]++)(?:-\1\b)+", re.IGNORECASE)
_HYPHENATED = re.compile(r"[^\W\d_]-[^\W\d_]")  # what a repeat needs: half the hyphens are dashes


def evidence_text(text: str) -> str:
    """``text`` as the decision should read it (``without_markup``, then ``without_repeats``)."""
    return without_repeats(without_markup(text))


def without_markup(text: str) -> str:
    """A short text without what is not language: exempt spans (code, URLs, paths, tags,
    identifiers), format placeholders ("%s", "%1$d", "{0}"), bullets, list numbers, quote and
    heading marks, emphasis, emoji and other symbols and @mentions blanked; a table row read as its
    distinct cells ("| ✅ да | ✅ да |" is "да"). Numbers inside the text stay: fastText reads them
    with their words ("…културе за 2007." is Serbian to it, "…културе за ." Macedonian), and no
    short text's answer needed them gone."""
    if len(text) > EVIDENCE_CHARS or not _may_hold_markup(text) or not _CYRILLIC.search(text):
        return text  # without a Cyrillic letter, what is read is never ``_mostly_cyrillic``
    read, last = [], 0
    for span in exempt_spans(text):
        if not _NON_LATIN_LETTER.search(text, span.start, span.end):  # `"✅ Подключение..."` is Russian
            read += [text[last : span.start], " "]
            last = span.end
    # format placeholders are exempt spans too (``scripts.PLACEHOLDER``), blanked before the
    # script count: "%liмин %liс" is Russian
    read = "".join(read) + text[last:]
    if not _mostly_cyrillic(read):
        return text
    read = _NON_LANGUAGE.sub(" ", _LINE_MARK.sub(" ", read))
    if "|" in read:
        read = "\n".join(_distinct_cells(line) for line in read.split("\n"))
    read = _SPACES.sub(" ", _EMPTY_PAIR.sub(" ", read)).strip()
    return read if _LETTER.search(read) else text  # nothing but markup: the decision reads it all


def _may_hold_markup(text: str) -> bool:
    """Whether ``text`` holds a markup character, a bullet or list number at a line start, or "www.".
    A one-line text's only line start is its first character (one ``match``, not a scan for line
    breaks), and "www." is looked for only where a "w" is: most sentences are searched once."""
    return bool(
        _MARK_CHAR.search(text)
        or (_LINE_START.search(text) if "\n" in text else _TEXT_START.match(text))
        or (("w" in text or "W" in text) and _WWW.search(text))
    )


def _mostly_cyrillic(text: str) -> bool:
    """At least ``CYRILLIC_MAJORITY`` of the letters are Cyrillic: which Cyrillic language a text is in
    is told by its words alone, while fastText reads a Chinese or Greek sentence's numbers and signs
    as part of its language ("2008年")."""
    letters = len(_LETTER.findall(text))
    return letters > 0 and len(_CYRILLIC.findall(text)) >= CYRILLIC_MAJORITY * letters


def _distinct_cells(line: str) -> str:
    """A table row's cells, each distinct one once (a row repeats "да", "нет", a tick per column);
    in a line with one pipe, which is no row, the pipe is a space."""
    cells = [" ".join(cell.split()) for cell in line.split("|")]
    if len(cells) < 3:
        return line.replace("|", " ")
    return " ".join(dict.fromkeys(cell for cell in cells if cell.strip(" -:")))


def without_repeats(text: str) -> str:
    """A short text with stretched letters and hyphen-repeated words said once: "Кэээээрррроооот!!!"
    is "Кэрот!!!", "Да-да-да..." is "Да...". Chat lines and subtitle cues stretch and repeat for
    emphasis, which tells nothing about their language, but fastText reads "ээээ" as Frisian and
    each repeat of a word that Bulgarian shares with Russian counts its evidence again. A text longer
    than ``EVIDENCE_CHARS`` is left as it is: there a repeat cannot move the decision."""
    if len(text) > EVIDENCE_CHARS:
        return text
    if _FOUR_ALIKE.search(text):
        text = _STRETCHED.sub(r"\1", text)
    return _REPEATED_WORD.sub(r"\1", text) if "-" in text and _HYPHENATED.search(text) else text
