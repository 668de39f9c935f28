"""Labels that print text, not a number: a label set by hand and hyperref's ``\\nameref``.

A document may set what ``\\ref`` prints itself, ``\\def\\@currentlabel{text}`` right before a
``\\label`` (chordbox's ``\\namedlabel{key:numfrets}{/chordbox/numfrets}``, a user macro): its refs
print "/chordbox/numfrets", not the number of the section around it ("configuration key 3.2" read
where the PDF has "configuration key /chordbox/numfrets"), and the ``\\def`` itself prints nothing
(left in the text it was an undefined macro that took the description item's name to ``removed``).
``\\nameref{key}`` prints the title of what the label names: the text set by hand, the label of the
``\\item[…]`` it stands in, or the title of the heading it follows; never the key ("(see key:name)"
read where the PDF has "(see /chordbox/name)"). A label with none of these prints ``MARK``: a value
only the PDF knows, as an unknown ``\\ref`` does.
"""

from __future__ import annotations

import bisect
import re

from sloika.pipelines.formats.latex_computed import MARK
from sloika.pipelines.formats.latex_macros import LABEL, group

CURRENT_LABEL = re.compile(r"\\def\s*\\@currentlabel\s*(?=\{)")
# the \label right after the text (a comment's end of line, spaces between): the label it names
NEXT_LABEL = re.compile(r"(?:%[^\n]*\n)?\s*\\label\s*\{([^}]*)\}")
HEADING = re.compile(
    r"\\(?:part|chapter|section|subsection|subsubsection|paragraph)\*?\s*(?:\[[^\]]*\])?\s*(?=\{)"
)
ITEM = re.compile(r"\\item\s*(?=\[)")
NAMEREF = re.compile(r"\\[Nn]ameref\*?\s*\{([^}]*)\}")


def labels_set_by_hand(source: str) -> tuple[str, dict[str, str]]:
    """(``source`` without each ``\\def\\@currentlabel{text}`` that a ``\\label`` follows, key → the
    text that label's ``\\ref`` prints)."""
    named: dict[str, str] = {}
    pieces, cursor = [], 0
    for found in CURRENT_LABEL.finditer(source):
        braced = group(source, found.end())
        label = braced and NEXT_LABEL.match(source, braced[1])
        if found.start() < cursor or not braced or not label:
            continue
        named[label[1].strip()] = braced[0].strip()
        pieces.append(source[cursor : found.start()])
        cursor = braced[1]
    return "".join([*pieces, source[cursor:]]), named


def label_titles(source: str, named: dict[str, str]) -> dict[str, str]:
    """key → what ``\\nameref`` prints for each label of ``source``: its text set by hand, the label of
    the ``\\item[…]`` it stands in, or the title of the last heading before it."""
    headings = [
        (found.start(), braced[0])
        for found in HEADING.finditer(source)
        if (braced := group(source, found.end()))
    ]
    starts = [start for start, _ in headings]
    titles: dict[str, str] = {}
    for found in LABEL.finditer(source):
        key = found[1].strip()
        before = bisect.bisect_left(starts, found.start())
        heading = headings[before - 1][1] if before else None
        title = named.get(key) or _item_label(source, found.start()) or heading
        if title:
            titles.setdefault(key, LABEL.sub("", title).strip())
    return titles


def replace_namerefs(source: str, titles: dict[str, str]) -> str:
    """``source`` with each ``\\nameref{key}`` the title it prints (``MARK`` for a label it lacks)."""
    return NAMEREF.sub(lambda found: titles.get(found[1].strip(), MARK), source)


def _item_label(source: str, index: int) -> str | None:
    """The optional label of the ``\\item[…]`` whose brackets hold ``index``, its outer braces off."""
    items = list(ITEM.finditer(source, max(0, index - 2000), index))
    if not items:
        return None
    options = group(source, items[-1].end(), "[", "]")
    if not options or options[1] <= index:
        return None
    text = options[0].strip()
    braced = group(text, 0)
    return braced[0] if braced and braced[1] == len(text) else text
