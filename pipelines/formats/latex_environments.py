"""Environments the reader knows nothing of, whose leading optional argument is a label or a title.

A class or package that is not beside the paper (rbt-mathnotes-hw's ``problem``, unifith's
``acknowledgments``) defines environments the converter has no rule for; their ``[…]`` after
``\\begin{…}`` was kept as text: "[1.7] Define a topology…" (the PDF: "Problem 1.7. Define…"),
"[Ringraziamenti] Ho deciso…" (the PDF: the heading "Ringraziamenti"). Such an environment is
given to the theorem numbering (``latex_macros.number_labels``, the path ``\\newtheorem``'s take) as
an undeclared one: each use with a note prints a heading, none is counted. Only a note that reads as
a label or a title qualifies: a section-style number ("1.7", "1.27(a)") or words opening with a
capital ("Ringraziamenti", "Clairaut's Theorem"). An environment's options look otherwise
(``[fragile]``, ``[T,onlytextwidth]``, algorithmic's ``[1]``, floatrow's ``[4]``, tcolorbox's
``[colback=red]``) and so does an environment that takes more arguments after them
(``\\begin{slide}[Dissolve]{Title}``); one such use leaves every use of the environment as it was.
LaTeX's and beamer's own environments are known: a theme's ``quotation[author]`` is no title.
The heading is the name and the note as a theorem's ("Problem 1.7. ", "Exercise (Project). "), the
note alone where the name is no word ("psli", "calctab"), and a heading of its own where the name
is front or back matter (``SECTION_WORDS``: "Ringraziamenti", dithesis' "Περίληψη").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sloika.pipelines.formats.latex_macros import NUMBER_NOTE, Theorem, group, optional_argument, skip_space
from sloika.pipelines.formats.latex_undefined import NUMBER, setting

BEGIN_WITH_OPTION = re.compile(r"\\begin\{(?P<name>[A-Za-z@]+\*?)\}\s*(?=\[)")
# what options have and titles do not: key=value, a placeholder's <…>, a list with no space after its
# commas (beamer's "T,onlytextwidth"; a title's comma has one: "Donald E. Knuth, The TeX book")
OPTION_SIGNS = re.compile(r"[=<>]|,(?=\S)")
# LaTeX's and beamer's own environments: their [...] is an option (a theme's quotation[author] too),
# not a title the missing class would print
STANDARD_ENVIRONMENTS = frozenset(
    {"quote", "quotation", "verse", "center", "flushleft", "flushright", "titlepage", "tabbing", "trivlist",
     "list", "thebibliography", "theindex", "document", "filecontents", "appendix", "frame", "block",
     "alertblock", "exampleblock", "columns", "column", "onlyenv", "overprint", "actionenv", "semiverbatim"}
)  # fmt: skip
# front and back matter the classes set as an unnumbered chapter, its note that chapter's heading: an
# environment whose name holds one of these (dithesis' thesisabstract[Περίληψη], abnTeX2's
# resumo[Abstract], unifith's acknowledgments[Ringraziamenti])
SECTION_WORDS = re.compile(
    "abstract|acknowledg|preface|foreword|dedication|prologue|epilogue|resumo|resumen|summary"
    "|terminology|abbreviations|nomenclature|glossary"
)
# an environment's name that reads as a word its class would print ("problem", "exercice"), not an
# abbreviation or code ("thm", "psli", "calctab", "mytheorem"): four letters or more that wordfreq
# lists in one of the languages LaTeX papers are mostly written in
WORD_NAME = re.compile(r"[a-z]{4,}")
NAME_LANGUAGES = ("en", "fr", "de", "it", "es", "pt", "ru")
MIN_ZIPF = 2.0  # "lemma" 2.7, "methode" 2.9 (fr); "psli", "calctab" 0


def is_note(text: str) -> bool:
    """Whether an optional argument reads as a label or a title, not as options."""
    text = text.strip()
    if NUMBER_NOTE.fullmatch(text):
        return True
    # words opening with a capital, a lower-case letter among them ("SD", "EXP" are options' codes)
    return text[:1].isupper() and any(char.islower() for char in text) and not OPTION_SIGNS.search(text)


def undeclared_environments(source: str, known: Callable[[str], bool]) -> dict[str, Theorem]:
    """environment → undeclared ``Theorem`` for each environment ``known`` says nothing of whose every
    use with a leading optional argument gives a note (``is_note``) and goes on with its body."""
    notes: dict[str, bool] = {}
    for match in BEGIN_WITH_OPTION.finditer(source):
        name = match["name"]
        if known(name) or name.rstrip("*") in STANDARD_ENVIRONMENTS or notes.get(name) is False:
            continue
        found = optional_argument(source, match.end())
        after = skip_space(source, found[1]) if found else len(source)
        notes[name] = bool(found and is_note(found[0]) and source[after : after + 1] not in ("{", "["))
    return {name: _undeclared(name) for name, noted in notes.items() if noted}


def _undeclared(name: str) -> Theorem:
    """The heading's kind and name for ``name``: the starred form prints as the plain one."""
    bare = name.rstrip("*")
    kind = "section" if SECTION_WORDS.search(bare.lower()) else "theorem"
    return Theorem(bare.capitalize() if _reads_as_word(bare) else "", None, None, undeclared=kind)


def _reads_as_word(name: str) -> bool:
    """Whether the class would print ``name`` as a word (``WORD_NAME``, ``MIN_ZIPF``)."""
    from sloika.text.frequency import zipf

    return bool(WORD_NAME.fullmatch(name)) and any(
        zipf(name, language) >= MIN_ZIPF for language in NAME_LANGUAGES
    )


BEGIN = re.compile(r"\\begin\{(?P<name>[A-Za-z@]+\*?)\}")


def without_unknown_environment_settings(source: str, known: Callable[[str], bool]) -> str:
    """``source`` without the set-up arguments of the environments ``known`` does not know: a number,
    a length or a key list in ``{…}`` (``\\begin{rotate}{90}`` of the rotating package printed "90",
    ``\\begin{minipage2}{0.5\\textwidth}``), a length or key list in ``[…]``. The converter keeps an
    unknown environment's body and prints its arguments as text; TeX typesets them as settings. A
    ``[1.7]`` or a ``{Title}`` is no setting and stays (``undeclared_environments`` reads those)."""
    pieces, cursor = [], 0
    for found in BEGIN.finditer(source):
        if found.start() < cursor or known(found["name"]):
            continue
        index = found.end()
        while argument := _setting_argument(source, skip_space(source, index)):
            index = argument
        pieces.append(source[cursor : found.end()])
        cursor = index
    return "".join(pieces) + source[cursor:]


def _setting_argument(source: str, start: int) -> int | None:
    """The index after the ``{…}`` or ``[…]`` opening at ``start`` when it holds a setting (a bare
    number only in braces: "[2]" may be a label), else None."""
    for brackets in (("{", "}"), ("[", "]")):
        argument = group(source, start, *brackets)
        if argument is None:
            continue
        value = argument[0].strip()
        number = brackets[0] == "{" and NUMBER.fullmatch(value) is not None
        return argument[1] if number or setting(value) else None
    return None
