"""Sections a missing class prints from commands the paper can only name.

A thesis's class (disser, not beside the template that uses it) defines commands the reader cannot
load, and some of them print sections. Without the class, what they print is known from their names
and uses alone:

* a section made by key: ``\\mkcommonsect{novelty}{Научная новизна.}{Текст о новизне.}`` defines
  ``\\noveltysection`` and ``\\noveltytext``, which print the heading and the text where the paper
  uses them (``\\input{common}`` before ``\\maketitle``, the uses under "Общая характеристика работы"
  or ``\\intro``). A use of several arguments whose first is a bare name, one of the others a sentence
  (``section_text``), and whose name opens commands nothing defines elsewhere in the paper, is
  moved to where the first of those commands stands (the run of them is what prints it there): the
  synopsis's heading stood over nothing and its eleven sections sat before the title page's end;
* a heading of the class, named as a sectioning command with a prefix or a letter after it
  (``\\nsection{Общая характеристика работы}``, ``\\nchapter``, a CV class's ``\\CVSection{Опыт работы}``
  and ``\\cvsect``, a thesis style's ``\\mysubsection``, ``\\chapterx``), on a line of its own with one
  short argument, is that heading starred (the class's numbering is not known): it printed as a
  paragraph, no ``structure`` span;
* a command named as the front or back matter it opens (``\\intro``, ``\\Introduction``,
  ``\\conclusion``), alone on its line, is that unnumbered chapter (a section where the paper has no
  ``\\chapter``) with its usual name in the paper's language ("Введение", "Заключение"), as disser
  and SCWorks print it; the command stays after the heading, so it is still counted and recorded:
  the heading's words are the reader's, not the source's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sloika.pipelines.formats.latex_front import section_text
from sloika.pipelines.formats.latex_macros import group, skip_space

KEY = re.compile(r"[A-Za-z]{2,}")  # a name the class builds commands from ("actuality", "pub")
USE = re.compile(r"(?<!\\)\\([A-Za-z]+)(?![A-Za-z@])")
# a class's heading named as a sectioning command with a prefix or a letter after it (disser's
# \nsection, a CV class's \CVSection and \cvsect, a thesis style's \mysubsection, \chapterx)
PREFIXED_HEADING = re.compile(
    r"[A-Za-z]*?(?P<level>part|chap(?:ter)?|(?:sub){0,2}sect(?:ion)?)[a-z\d]?", re.I
)
LEVEL_NAMES = {"chap": "chapter", "sect": "section", "subsect": "subsection", "subsubsect": "subsubsection"}
# a line opening with a command and a brace, a \protect before it, a star after it allowed
HEADING_LINE = re.compile(r"(?m)^[ \t]*(?P<command>(?:\\protect[ \t]*)?\\(?P<name>[A-Za-z]+)\*?[ \t]*)(?=\{)")
TITLE_WORDS = 12  # a heading's title is short: a longer argument is a paragraph the command sets
# the matter a command's name says it opens, and its usual heading by the paper's main language
MATTER = {"intro": "intro", "introduction": "intro", "conclusion": "conclusion", "conclusions": "conclusion"}
MATTER_NAMES = {
    "russian": {"intro": "Введение", "conclusion": "Заключение"},
    "ukrainian": {"intro": "Вступ", "conclusion": "Висновки"},
    "english": {"intro": "Introduction", "conclusion": "Conclusion"},
}


def class_sections(source: str, knows: Callable[[str], bool], language: str) -> str:
    """``source`` with the sections a missing class prints from commands it only names written where
    they print, as LaTeX the reader reads (see the module's docstring). ``knows`` says whether a
    command is defined; ``language`` is the paper's main language, babel's name ("russian")."""
    source = keyed_sections(source, knows)
    level = "chapter" if re.search(r"\\chapter(?![A-Za-z@])", source) else "section"
    return _matter_headings(_prefixed_headings(source, knows), knows, level, MATTER_NAMES.get(language, {}))


def keyed_sections(source: str, knows: Callable[[str], bool]) -> str:
    """``source`` with each section made by key moved to the first run of the commands made from its
    key (``\\noveltysection \\noveltytext``), which it replaces; one whose commands the paper never
    uses stays where it is."""
    edits: list[tuple[int, int, str]] = []
    for found in USE.finditer(source):
        name = found[1]
        if knows(name) or any(start <= found.start() < end for start, end, _ in edits):
            continue
        arguments, end = _arguments(source, found.end())
        if not arguments or not KEY.fullmatch(arguments[0].strip()) or not section_text(name, arguments):
            continue
        run = _first_run(source, arguments[0].strip(), knows, end)
        if run is not None:
            edits += [(found.start(), end, ""), (*run, f"\n\n{source[found.start() : end]}\n\n")]
    for start, end, text in sorted(edits, reverse=True):
        source = source[:start] + text + source[end:]
    return source


def _arguments(source: str, index: int) -> tuple[list[str], int]:
    """(the braced arguments right after ``index``, the index after them)."""
    arguments, end = [], index
    while (braced := group(source, skip_space(source, end))) is not None:
        arguments, end = [*arguments, braced[0]], braced[1]
    return arguments, end


def _first_run(source: str, key: str, knows: Callable[[str], bool], after: int) -> tuple[int, int] | None:
    """(start, end) of the first run of commands nothing defines named ``key`` and more
    (``\\noveltysection``, ``\\noveltytext``) after ``after``, only spaces between them; None if
    the paper uses none."""
    made = re.compile(rf"(?<!\\)\\{key}[A-Za-z]+(?![A-Za-z@])")
    uses = [found for found in made.finditer(source, after) if not knows(found[0][1:])]
    if not uses:
        return None
    end = uses[0].end()
    for found in uses[1:]:
        if source[end : found.start()].strip():
            break
        end = found.end()
    return uses[0].start(), end


def _prefixed_headings(source: str, knows: Callable[[str], bool]) -> str:
    """``source`` with each class heading named as a sectioning command (``PREFIXED_HEADING``), alone
    on its line with one short argument, as that heading starred. Its starred form and a
    ``\\protect`` before it are the same heading (``\\protect\\spchapter*{\\MakeUppercase{Реферат}}``:
    the star was kept as text, "*Реферат"), and its argument may hold groups."""
    edits: list[tuple[int, int, str]] = []
    for found in HEADING_LINE.finditer(source):
        named = PREFIXED_HEADING.fullmatch(found["name"])
        braced = group(source, found.end())
        if named is None or braced is None or knows(found["name"]):
            continue
        title, end = braced
        rest = source[end:].split("\n", 1)[0]
        if "\n" in title or rest.strip() or not 0 < len(title.split()) <= TITLE_WORDS:
            continue
        level = named["level"].lower()
        edits.append((found.start("command"), end, f"\\{LEVEL_NAMES.get(level, level)}*{{{title}}}"))
    for start, end, heading in reversed(edits):
        source = source[:start] + heading + source[end:]
    return source


def _matter_headings(source: str, knows: Callable[[str], bool], level: str, names: dict[str, str]) -> str:
    """``source`` with a heading over each command that names the matter it opens (``MATTER``) alone
    on its line, in the paper's language (``names``; none where the reader has no name for it)."""

    def heading(found: re.Match) -> str:
        matter = MATTER.get(found[1].lower())
        if matter not in names or knows(found[1]):
            return found[0]
        return f"\\{level}*{{{names[matter]}}}\n{found[0]}"

    return re.sub(r"(?m)^[ \t]*\\([A-Za-z]+)[ \t]*$", heading, source)
