"""Beamer's slide titles as headings.

A frame's title, ``\\frametitle{Выводы}`` or the argument of ``\\begin{frame}[fragile]{Выводы}``,
prints on a line of its own atop the slide; the reader ran it into the slide's first sentence
("Выводы Метод работает.", "Формулы $$…$$"). Each becomes an unnumbered heading one level under
the presentation's subsections (a subtitle one further), so it is its own paragraph and a
``structure`` span.

Beamer prints a ``\\section`` title only in the outline and the navigation bar, never over a slide,
so a frame opening a section often repeats its title ("\\section{Кодирование}" over
"\\frametitle{\\small Кодирование}"): read as two headings, the title stood twice in the text. A
frame title equal to the title of the section it opens (fonts and spacing aside) is that heading,
written once: the section's.

A block's title (``\\begin{block}{Замечания}``, ``alertblock``, ``exampleblock``) prints in the block's
header bar over its text; read as the body's first word, it ran into the block's first line
("Замечания 1) $D[0][0] = 0$…"). It is a paragraph of its own, as a framed box's title is
(``latex_boxes``).
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.latex_macros import group, optional_argument, skip_space

FRAME_TITLE = re.compile(r"\\frame(?P<sub>sub)?title(?![A-Za-z@])")
FRAME_BEGIN = re.compile(r"\\begin\{frame\}")
BLOCK_BEGIN = re.compile(r"\\begin\{(?:alert|example)?block\}")
SECTION = re.compile(r"\\(?:sub)*section\*?(?![A-Za-z@])")
# a control word (a font switch in a title: "\\small Кодирование"), a brace or a run of spaces
FORMATTING = re.compile(r"\\[A-Za-z@]+|[{}\s]+")
TITLE_HEADING, SUBTITLE_HEADING = "subsubsection", "paragraph"


def frame_titles(source: str) -> str:
    """``source`` with each frame's title and subtitle written as the unnumbered headings they print."""
    titled = _begin_frame_titles(FRAME_TITLE.sub(_title_command, source))
    return _block_titles(_section_titles_once(titled))


def _block_titles(source: str) -> str:
    """``source`` with the title argument of each ``\\begin{block}<overlay>{title}`` a paragraph of its
    own after it (an argument after a blank line is the block's text, no title)."""
    pieces, cursor = [], 0
    for found in BLOCK_BEGIN.finditer(source):
        index = _after_overlays_and_options(source, found.end())
        start = skip_space(source, index)
        title = group(source, start) if "\n\n" not in source[index:start] else None
        if title is None:
            continue
        pieces += [source[cursor : found.end()], f"\n\n{title[0]}\n\n"]
        cursor = title[1]
    return "".join(pieces) + source[cursor:]


def _title_command(found: re.Match) -> str:
    """``\\frametitle`` as the heading command its argument is (a short title ``[…]`` after it is
    skipped as a heading's)."""
    return "\\" + (SUBTITLE_HEADING if found["sub"] else TITLE_HEADING) + "*"


def _begin_frame_titles(source: str) -> str:
    """``source`` with the title arguments of ``\\begin{frame}<overlay>[options]{title}{subtitle}``
    written as headings after it (an argument after a blank line is the slide's text, no title),
    and without the overlays and options, which print nothing ("[fragile]ИтогиКратко Метод…")."""
    pieces, cursor = [], 0
    for found in FRAME_BEGIN.finditer(source):
        index = _after_overlays_and_options(source, found.end())
        titles = []
        for heading in (TITLE_HEADING, SUBTITLE_HEADING):
            start = skip_space(source, index)
            argument = group(source, start) if "\n\n" not in source[index:start] else None
            if argument is None:
                break
            titles.append(f"\\{heading}*{{{argument[0]}}}")
            index = argument[1]
        pieces += [source[cursor : found.end()], "".join(f"\n{title}\n" for title in titles)]
        cursor = index
    return "".join(pieces) + source[cursor:]


def _after_overlays_and_options(source: str, index: int) -> int:
    """The index after the ``<…>`` overlays and ``[…]`` options that follow ``index``."""
    while True:
        start = skip_space(source, index)
        if start < len(source) and source[start] == "<":
            end = source.find(">", start)
            if end < 0:
                return index
            index = end + 1
        elif (option := optional_argument(source, start)) is not None:
            index = option[1]
        else:
            return index


def _section_titles_once(source: str) -> str:
    """``source`` without the title of each frame that opens a section (nothing but space between the
    section's title and the frame) and repeats that title: the slide's heading is the section's."""
    pieces, cursor = [], 0
    for found in SECTION.finditer(source):
        section = group(source, skip_space(source, found.end()))
        frame = FRAME_BEGIN.match(source, skip_space(source, section[1])) if section else None
        if section is None or frame is None:
            continue
        start = skip_space(source, frame.end())
        command = f"\\{TITLE_HEADING}*"
        title = (
            group(source, skip_space(source, start + len(command)))
            if source.startswith(command, start)
            else None
        )
        if title is None or _words(title[0]) != _words(section[0]) or start < cursor:
            continue
        pieces.append(source[cursor:start])
        cursor = title[1]
    return "".join(pieces) + source[cursor:]


def _words(title: str) -> str:
    """``title`` without its control words, braces and spacing: what tells two titles apart."""
    return FORMATTING.sub(" ", title).strip()
