"""Beamer's slide titles as headings.

A frame's title, ``\\frametitle{Выводы}`` or the argument of ``\\begin{frame}[fragile]{Выводы}``,
prints on a line of its own atop the slide; the reader ran it into the slide's first sentence
("Выводы Метод работает.", "Формулы $$…$$"). Each becomes an unnumbered heading one level under
the presentation's subsections (a subtitle one further), so it is its own paragraph and a
``structure`` span.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.latex_macros import group, optional_argument, skip_space

FRAME_TITLE = re.compile(r"\\frame(?P<sub>sub)?title(?![A-Za-z@])")
FRAME_BEGIN = re.compile(r"\\begin\{frame\}")
TITLE_HEADING, SUBTITLE_HEADING = "subsubsection", "paragraph"


def frame_titles(source: str) -> str:
    """``source`` with each frame's title and subtitle written as the unnumbered headings they print."""
    return _begin_frame_titles(FRAME_TITLE.sub(_title_command, source))


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
