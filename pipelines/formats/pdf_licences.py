"""A licence's full text appended to a manual: boilerplate, cut whole to ``removed``.

GNU manuals (Texinfo) append the GNU Free Documentation License, programs' manuals the GPL, the
Apache License or a Creative Commons licence's legal code: the same text in every manual under it,
none of it the manual's own prose (mit-scheme-ffi.pdf's "Appendix A GNU Free Documentation License"
was 20,221 of its 43,264 kept characters). A section whose title names a known licence
(``LICENCE_NAME``) and whose first characters (``OPENING_REACH``) hold a known opening of a
licence's text (``LICENCE_OPENINGS``: the version notice "Everyone is permitted to copy and
distribute verbatim copies …", a preamble's first words, compared word by word whatever quotes and
dashes a font prints) goes to ``removed`` as ``licence_text`` (``attrs.licence``: the name its
title gives), the sections under it with it ("0. PREAMBLE" … "A.1 ADDENDUM: How to use this
License …"), up to the next heading set as large as its title or larger (the index after the
appendix) or the text's end; a heading of the licence's own closing parts (``LICENCE_PARTS``: the
GFDL's addendum, the GPL's "How to Apply These Terms to Your New Programs"), which Texinfo sets as
large as the title of a licence that is a section of an appendix (libtasn1.pdf's "A.1 GNU Free
Documentation License"), goes with it. A heading right over the licence's, whose section held
nothing else, goes too, as ``empty_section``. A licence whose title is a one-line paragraph that
heads no section goes the same way, to the end of the section it stands in, its section's heading
with it where nothing stands between them (``_unheaded_licences``). A heading naming a licence over
other words (a chapter saying the program is under the GPL) stays, and so does a title page's
licence notice: it names the licence in a sentence, no line of its own.
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
    r"|\bApache License|\bEclipse Public License"
    # the Creative Commons licences' titles, in any dash a font prints: "Creative Commons
    # Attribution-ShareAlike 4.0 International (Public License)", "… 3.0 Unported", "… CC0 1.0
    # Universal", "Creative Commons Legal Code" (the title over CC0's and CC 3.0's texts)
    r"|\bCreative Commons (?:Attribution(?:\W(?:NonCommercial|NoDerivatives|NoDerivs|ShareAlike))*"
    r"|CC0|Zero|Legal Code)(?: \d\.\d)?(?: International| Unported| Universal)?(?: Public)?(?: License)?",
    re.IGNORECASE,
)
# the words a licence's text opens with, under its title and version line: the FSF's notice (GFDL,
# GPL, LGPL, AGPL), the GFDL's, GPL v2's, GPL v3's and LGPL v3's preambles, the Apache License's
# first heading, the EPL's first line, the Creative Commons notice every CC 4.0 licence, CC0 and
# CC 3.0 open with ('Creative Commons Corporation ("Creative Commons") is not a law firm …', in
# capitals in CC0 and 3.0), a CC 4.0 licence's first words under its own title, CC 3.0's first words
# after the notice; compared by their words alone (``_words``)
LICENCE_OPENINGS = (
    "Everyone is permitted to copy and distribute verbatim copies of this license document",
    "The purpose of this License is to make a manual, textbook",
    "The licenses for most software are designed to take away your freedom",
    "is a free, copyleft license for software and other kinds of works",
    "This version of the GNU Lesser General Public License incorporates the terms",
    "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION",
    "THE ACCOMPANYING PROGRAM IS PROVIDED UNDER THE TERMS OF THIS ECLIPSE PUBLIC LICENSE",
    "is not a law firm and does not provide legal services",
    "You accept and agree to be bound by the terms and conditions of this Creative Commons",
    "THE WORK (AS DEFINED BELOW) IS PROVIDED UNDER THE TERMS OF THIS CREATIVE COMMONS PUBLIC LICENSE",
)
# the headings of a licence's own closing parts, which Texinfo's fdl.texi and gpl.texi set as large as
# the licence's title: they go with it
LICENCE_PARTS = re.compile(
    r"ADDENDUM: How to use this License|How to Apply These Terms to Your New|END OF TERMS AND CONDITIONS"
    r"|APPENDIX: How to apply the Apache License",
    re.IGNORECASE,
)
OPENING_REACH = 1500  # characters under the title a licence's opening stands within
# what a licence's words are compared by: the letters and digits of each word, whatever quotes,
# dashes or spaces a font prints between them (bacula-doc's typewriter type prints an opening quote
# as "\" and a dash as "{": 'Corporation (\Creative Commons") is not a law firm')
NOT_WORD = re.compile(r"[\W_]+")
NAME_LINE = re.compile(r"(?:\A|(?<=\n\n))[^\n]+(?=\n\n|\Z)")  # a paragraph of one line


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
        name = _licence_named(parsed.text, heading.start, heading.attrs["title"])
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
    return cut_paragraphs(parsed, cuts + _unheaded_licences(parsed.text, headings, cuts, title_size))


def _unheaded_licences(
    text: str, headings: list[Span], cuts: list[Span], title_size: Callable[[str], float]
) -> list[Span]:
    """The cuts of the licences whose title is a paragraph of one line that heads no section
    (bacula-doc's problems.pdf reprints the CC BY-SA 4.0 legal code verbatim at the end of its last
    section, its title "Creative Commons Attribution-ShareAlike 4.0 International" a paragraph over
    the code blocks; freefem.pdf's "Chapter 5" sets "GNU Free Documentation License" under it): a
    one-line paragraph that is a licence's name whole (``LICENCE_NAME``) and whose text opens as a
    licence's does, to the end of the section it stands in (the next heading set as large as that
    section's or larger, ``_ends_licence``: the licence's own "Preamble" and numbered sections go with
    it) or the text's end, outside the cuts the headed licences made."""
    found: list[Span] = []
    for line in NAME_LINE.finditer(text):
        if not LICENCE_NAME.fullmatch(line.group().strip()):
            continue
        if any(cut.start <= line.start() < cut.end for cut in cuts + found):
            continue
        name = _licence_named(text, line.start(), line.group())
        if name is None:
            continue
        over = [h for h in headings if h.start < line.start()]
        size = title_size(over[-1].attrs["title"]) if over else 0.0
        after = (h for h in headings if h.start > line.start())
        end = next((h.start for h in after if _ends_licence(h.attrs["title"], size, title_size)), None)
        end = len(text[:end].rstrip())
        found += _heading_over(text, over[-1], line.start()) if over else []
        found.append(
            Span(line.start(), end, LICENCE_TEXT, None, {"text": text[line.start() : end], "licence": name})
        )
    return found


def _heading_over(text: str, heading: Span, start: int) -> list[Span]:
    """The cut of ``heading`` as ``empty_section`` where nothing stands between its title and the
    licence's at ``start``: the licence runs to its section's end, so the section held it alone
    (freefem.pdf's "Chapter 5" over "GNU Free Documentation License")."""
    title = heading.attrs["title"]
    if text[heading.start + len(title) : start].strip():
        return []
    return [Span(heading.start, heading.start + len(title), EMPTY_SECTION, None, {"text": title})]


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


def _licence_named(text: str, start: int, title: str) -> str | None:
    """The licence ``title`` (at ``start`` in ``text``) names where the text under it opens as a
    licence's does."""
    named = LICENCE_NAME.search(title)
    if named is None:
        return None
    under = _words(text[start + len(title) : start + len(title) + OPENING_REACH])
    if not any(_words(opening) in under for opening in LICENCE_OPENINGS):
        return None
    return named.group()


def _words(text: str) -> str:
    """``text``'s words, casefolded, one space between each two (``NOT_WORD``), and around them: an
    opening matches whole words only, whatever marks the print sets between them."""
    return f" {NOT_WORD.sub(' ', text.casefold()).strip()} "
