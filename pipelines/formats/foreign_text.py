"""What the foreign-paragraph cut and the rules judging what it leaves share: the ``Paragraph``
handed over by the readers, the text helpers (list marks, sentence breaks, letters of the page's
script) and the patterns of section numbers and the cut's labels. Words and lines of code are core's
(``sloika.text.code_lines``), shared with the purity judge.

Kept apart from ``foreign_paragraphs`` (the judging and ``foreign_cut``) so that the rules of
``foreign_sections``, ``foreign_lists``, ``foreign_pointers``, ``foreign_notes`` and
``foreign_orphans`` can use them without importing the cut that calls them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a Markdown heading, its marks still in the text when the cut judges it ("# tgwindow"): a title
# belongs to the section it opens, as ``Paragraph.heading`` does
MARKED_HEADING = re.compile(r"^#{1,6}[ \t]+\S")
# a changelog's version line, alone in its paragraph: a version number with an optional build or date
# ("-v.1.2.5 build 3239", "--v1.2 build 1490 [11.09.2009]--", "v.1.0 beta on 08.11.07", "1.3.2.4563"):
# the title of the entries under it, as a heading is
VERSION_LINE = re.compile(
    r"[-=*~ \t]*(?:[Vv](?:er(?:sion)?)?\.?[ \t]?|[Вв]ерсия[ \t]+)?\d+(?:\.(?:\d+|x+))+[a-z]?"
    r"(?:[ \t]+(?:(?i:beta|alpha|rc|build|from|on|от)|\d[\w.]*|\[[\d./-]+\]|\([\d./-]+\)))*[-=*~ \t]*"
)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"«“(]?[A-ZА-ЯЁ])")


@dataclass(frozen=True)
class Paragraph:
    text: str
    code: tuple[tuple[int, int], ...] = ()  # inline code inside it (offsets into ``text``)
    start: int = 0  # where it stands in the document's text
    heading: bool = False  # a section's title: not judged, goes with its section (``titles``)
    depth: int | None = None  # its indentation where the layout nests (``terms``)
    marked_at: int | None = None  # a footnote: where its mark stands in the text, -1 unknown (``orphans``)
    item: int = 0  # an HTML list item's paragraph (no mark in the text): 1 its first, 2 a further one
    term: int = 0  # an HTML definition list's paragraph: 1 a term (``<dt>``), 2 its definition (``<dd>``)
    # an admonition's label ("Примечание" over a note): goes with its cut body in any language (``terms``)
    label: bool = False
    card: bool = False  # the label is a card's: a box in the page's flow, voting as the flow does


def _own_script_letters(text: str, lang: str) -> int:
    """Letters of ``text`` in the script ``lang`` is written in (all letters when it is not known):
    a language is judged on its own letters, so identifiers around three Russian words
    ("pdebuild = pbuilder + dpkg-buildpackage (сборка в chroot)", Bulgarian to the model) are not
    a paragraph of a Cyrillic language."""
    from sloika.lang.alphabets import script_of_language
    from sloika.text.scripts import script_of

    script = script_of_language(lang)
    return sum(char.isalpha() and (script is None or script_of(char) == script) for char in text)


# an admonition's label standing alone on its line, over its body (a PDF's bold "Note", a text's "Tip")
BLOCK_LABEL = re.compile(r"(?:Note|Notes|Warning|Tip|Hint|Caution|Important|Attention|Danger):?")
CUT_LABELS = ("foreign_paragraph", "foreign_sentence", "foreign_companion", "orphaned_by_cut")
SECTION_NUMBER = re.compile(r"^(?:(?:глава|chapter|раздел|section|часть|part)\s+)?(\d+(?:\.\d+)*)\b", re.I)
# a section's number in its heading ("3.1.9 Что …", "9.1.1 aptitude", "A.2 Управление …", "Глава 9",
# "4 Файлы …"); a date ("31 мая 2022 г.") is none
NUMBERED_TITLE = re.compile(
    r"^(?:(?i:глава|chapter|раздел|section|часть|part|приложение|appendix)\s+(?P<label>\w+)$"
    r"|(?P<number>(?:\d+|[A-ZА-ЯЁ])\.\d+(?:\.\d+)*)\.?\s+\S"
    r"|(?P<top>\d+)\.?\s+[A-ZА-ЯЁ«\"“(])"
)
LABEL_ONLY = re.compile(
    r"^(?:глава|chapter|часть|part|раздел|section|приложение|appendix)\s+(?:\d+|[IVXLC]+|[A-ZА-ЯЁ])\.?$", re.I
)
# a count of what follows ("три версии", "следующих двух документов", "two ways"): a number written
# as digits counts things rather than what the list holds ("более 59100 пакетов")
COUNT_WORD = re.compile(
    r"\b(?:два|две|двух|двум|двумя|три|тр[её]х|тр[её]м|тремя|четыре|четыр[её]х|пять|пяти|шесть|шести"
    r"|семь|семи|восемь|восьми|девять|девяти|десять|десяти|оба|обе|обоих"
    r"|two|three|four|five|six|seven|eight|nine|ten|both)\b",
    re.I,
)


def _gone(items: list, cut, records: dict, position: int) -> bool:
    """Whether the paragraph at ``position`` was cut or went whole (a record over all its text)."""
    record = records.get(position)
    length = len(items[position][3].text.rstrip())
    return cut(position) or record is not None and record[1] - record[0] >= length


OUTLINE_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.?\s")


def _last_sentence(text: str) -> int:
    """Where the last sentence of ``text`` starts."""
    bounds = [0, *(m.end() for m in SENTENCE_BREAK.finditer(text))]
    return bounds[-1]
