"""A licence's full text appended to a manual: boilerplate, cut whole to ``removed``.

GNU manuals (Texinfo) append the GNU Free Documentation License, programs' manuals the GPL or the
Apache License: the same text in every manual under it, none of it the manual's own prose
(mit-scheme-ffi.pdf's "Appendix A GNU Free Documentation License" was 20,221 of its 43,264 kept
characters). A section whose title names a known licence (``LICENCE_NAME``) and whose first
characters (``OPENING_REACH``) hold a known opening of a licence's text (``LICENCE_OPENINGS``: the
version notice "Everyone is permitted to copy and distribute verbatim copies …", a preamble's first
words) goes to ``removed`` as ``licence_text`` (``attrs.licence``: the name its title gives), the
sections under it with it ("0. PREAMBLE" … "A.1 ADDENDUM: How to use this License …"), up to the
next heading set as large as its title or larger (the index after the appendix) or the text's end;
a heading of the licence's own closing parts (``LICENCE_PARTS``: the GFDL's addendum, the GPL's "How
to Apply These Terms to Your New Programs"), which Texinfo sets as large as the title of a licence
that is a section of an appendix (libtasn1.pdf's "A.1 GNU Free Documentation License"), goes with it.
A heading right over the licence's, whose section held nothing else, goes too, as ``empty_section``.
A heading naming a licence over other words (a chapter saying the program is under the GPL) stays,
and so does a title page's licence notice: it names the licence under no heading of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sloika.lang.purity import EMPTY_SECTION
from sloika.pipelines.formats.base import Parsed, cut_paragraphs
from sloika.text.spans import Span

LICENCE_TEXT = "licence_text"
LICENCE_NAME = re.compile(
    r"\bGNU (?:Free Documentation|(?:Lesser |Library |Affero )?General Public) License"
    r"|\bApache License|\bEclipse Public License",
    re.IGNORECASE,
)
# the words a licence's text opens with, under its title and version line: the FSF's notice (GFDL,
# GPL, LGPL, AGPL), the GFDL's, GPL v2's, GPL v3's and LGPL v3's preambles, the Apache License's
# first heading, the EPL's first line
LICENCE_OPENINGS = (
    "Everyone is permitted to copy and distribute verbatim copies of this license document",
    "The purpose of this License is to make a manual, textbook",
    "The licenses for most software are designed to take away your freedom",
    "is a free, copyleft license for software and other kinds of works",
    "This version of the GNU Lesser General Public License incorporates the terms",
    "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION",
    "THE ACCOMPANYING PROGRAM IS PROVIDED UNDER THE TERMS OF THIS ECLIPSE PUBLIC LICENSE",
)
# the headings of a licence's own closing parts, which Texinfo's fdl.texi and gpl.texi set as large as
# the licence's title: they go with it
LICENCE_PARTS = re.compile(
    r"ADDENDUM: How to use this License|How to Apply These Terms to Your New|END OF TERMS AND CONDITIONS"
    r"|APPENDIX: How to apply the Apache License",
    re.IGNORECASE,
)
OPENING_REACH = 1500  # characters under the title a licence's opening stands within
SPACES = re.compile(r"\s+")


def without_licence_texts(parsed: Parsed, title_size: Callable[[str], float]) -> Parsed:
    """``parsed`` without each licence's full text (the module's rule); ``title_size`` gives the
    size a heading's title is set in (0 where no line of the layout opens with it)."""
    headings = sorted(
        (span for span in parsed.spans if span.attrs and span.attrs.get("title")), key=lambda s: s.start
    )
    cuts: list[Span] = []
    for at, heading in enumerate(headings):
        if cuts and heading.start < cuts[-1].end:
            continue
        name = _licence_named(parsed.text, heading)
        if name is None:
            continue
        size = title_size(heading.attrs["title"])
        end = next(
            (h.start for h in headings[at + 1 :] if _ends_licence(h.attrs["title"], size, title_size)), None
        )
        end = len(parsed.text[:end].rstrip())
        text = parsed.text[heading.start : end]
        cuts += _emptied_parent(parsed.text, headings, at, end, title_size)
        cuts.append(Span(heading.start, end, LICENCE_TEXT, None, {"text": text, "licence": name}))
    return cut_paragraphs(parsed, cuts)


def _emptied_parent(
    text: str, headings: list[Span], at: int, end: int, title_size: Callable[[str], float]
) -> list[Span]:
    """The cut of the heading right over the licence's, as ``empty_section``, where the licence was
    all its section held: set larger than the licence's title, nothing between the two titles, and
    no heading smaller than it after the licence's end (libtasn1.pdf's "Appendix A Copying
    Information" over "A.1 GNU Free Documentation License" and the indices)."""
    if at == 0:
        return []
    parent, title = headings[at - 1], headings[at - 1].attrs["title"]
    size = title_size(title)
    following = next((h for h in headings[at + 1 :] if h.start >= end), None)
    if (
        text[parent.start + len(title) : headings[at].start].strip()
        or size <= title_size(headings[at].attrs["title"])
        or (following is not None and title_size(following.attrs["title"]) < size)
    ):
        return []
    return [Span(parent.start, parent.start + len(title), EMPTY_SECTION, None, {"text": title})]


def _ends_licence(title: str, size: float, title_size: Callable[[str], float]) -> bool:
    """Whether a heading titled ``title`` after a licence's, set in ``size``, ends its text: set as
    large or larger, and none of the licence's own parts (``LICENCE_PARTS``)."""
    return title_size(title) >= size and not LICENCE_PARTS.search(title)


def _licence_named(text: str, heading: Span) -> str | None:
    """The licence ``heading``'s title names where the text under it opens as a licence's does."""
    title = heading.attrs["title"]
    named = LICENCE_NAME.search(title)
    if named is None:
        return None
    under = SPACES.sub(" ", text[heading.start + len(title) : heading.start + len(title) + OPENING_REACH])
    if not any(opening.casefold() in under.casefold() for opening in LICENCE_OPENINGS):
        return None
    return named.group()
