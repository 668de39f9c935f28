"""Headings over nothing: a template's skeleton, a section never written.

A practice report's main file ended on four empty ``\\chapter``s, "Введение", "Основная часть",
"Список использованных источников", "Приложение" (its class's outline, the chapters to be written),
and a lab report on an empty last ``\\subsection{Опыт с резисторами}``: each title stood in the text
over nothing. A heading with no text, table, picture, formula or record of anything cut under it, up
to the next heading of its level or higher or the text's end, titles no content; it goes to
``removed`` as ``empty_section``, as the other readers' headings left over nothing do
(``foreign_sections``), mid-text as at the end. A heading whose only content is its subsections is
empty only where they are: a chapter over sections with text stays.
"""

from __future__ import annotations

from sloika.pipelines.formats.base import Parsed, cut_paragraphs
from sloika.pipelines.formats.latex_incomplete import (
    heading_run,
    prints_only_titles,
    run_end,
    titled_headings,
)
from sloika.text.spans import Span

EMPTY_SECTION = "empty_section"


def without_empty_sections(document: Parsed) -> Parsed:
    """``document`` without each heading whose section, its subsections' with it, holds its titles
    and blank lines only: no other span (a table, a picture, a formula) and no ``removed`` record
    stands from its title's end to the next heading of its level or higher (a mark there, where a
    block with no text of its own ends a section, keeps it)."""
    headings = titled_headings(document)
    titled = {id(span) for span in headings}
    marks = [span.start for span in document.spans if id(span) not in titled]
    marks += [span.start for span in document.layers.get("removed", [])]
    empty: list[Span] = []
    index = 0
    while index < len(headings):
        run = heading_run(headings, index)
        end = run_end(document.text, headings, index, len(run))
        title_end = run[0].start + len(run[0].attrs["title"])
        if not prints_only_titles(document.text, run, end) or any(title_end <= at <= end for at in marks):
            index += 1
            continue
        empty += map(_cut, run)
        index += len(run)
    return cut_paragraphs(document, empty)


def _cut(heading: Span) -> Span:
    """The cut of ``heading``'s title, its record holding the title."""
    title = heading.attrs["title"]
    return Span(heading.start, heading.start + len(title), EMPTY_SECTION, None, {"text": title})
