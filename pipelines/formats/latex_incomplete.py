"""What a paper gathered without its preamble or chapter files leaves, once read.

A thesis's main file with ``\\section{Архитектура}\\input{030architecture}`` and no 030architecture.tex
kept the title alone, a run of five bare headings mid-text (``headings_over_missing_includes``). A
thesis whose preamble.tex (defining ``\\db``, ``\\postgresql``…) was missing lost every sentence using
those macros to ``removed``, and kept 275 characters of headings, one list item and a template's
placeholders (``incomplete_source``). Separate from the conversion: both judge the finished document.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.base import Failed, Parsed, cut_paragraphs
from sloika.pipelines.formats.latex_undefined import MISSING_INCLUDE
from sloika.text.sentences import sentences
from sloika.text.spans import Span

UNDEFINED_MACRO = "undefined_macro"
LETTER = re.compile(r"[^\W\d_]")
CONTROL_WORD = re.compile(r"\\[^\W\d_]+")  # a macro's name in a record: no word of the prose
NAMED_MACROS = 4  # the undefined macros a refusal names, most used first


def headings_over_missing_includes(document: Parsed) -> Parsed:
    """``document`` without each heading whose whole body is a file the folder lacks: nothing is
    printed under it before the next heading of its level or higher, and a ``missing_include``
    record stands there. The heading goes to ``removed`` in that record (its ``heading``), where it
    stood: a title over nothing is no text, and the record already says why its chapter is not
    here."""
    headings = sorted(
        (span for span in document.spans if span.attrs.get("title") and "level" in span.attrs),
        key=lambda span: span.start,
    )
    records = document.layers.get("removed", [])
    taken: set[int] = set()  # the records that go with a heading, by identity
    cuts = []
    for index, heading in enumerate(headings):
        title_end = heading.start + len(heading.attrs["title"])
        after = headings[index + 1] if index + 1 < len(headings) else None
        end = after.start if after else len(document.text)
        if after and after.attrs["level"] > heading.attrs["level"] or document.text[title_end:end].strip():
            continue
        record = next(
            (
                span
                for span in records
                if span.label == MISSING_INCLUDE and title_end <= span.start <= end and id(span) not in taken
            ),
            None,
        )
        if record is not None and document.text.startswith(heading.attrs["title"], heading.start):
            taken.add(id(record))
            attrs = {**record.attrs, "heading": heading.attrs["title"]}
            cuts.append(Span(heading.start, title_end, MISSING_INCLUDE, attrs=attrs))
    if not cuts:
        return document
    document.layers["removed"] = [span for span in records if id(span) not in taken]
    return cut_paragraphs(document, cuts)


def incomplete_source(document: Parsed, missing: list[str], undefined: list[str]) -> Failed | None:
    """The rejection (``incomplete_source``) of a paper whose prose is mostly gone for definitions it
    lacks: more letters of prose went to ``removed`` in sentences using macros nothing at hand defines
    (``undefined_macro``) than its kept paragraphs hold, headings aside. ``missing`` names the files the
    definitions may be in (the preamble's missing includes, a missing class), ``undefined`` the
    macros, most used first. Letters, not sentences, are weighed: a template's "и т.д." is no
    sentence of the paper's. The share of missing includes says nothing by itself: a thesis whose
    main reads nine missing files keeps its whole introduction and conclusion (0.82), clean prose.
    The caller asks only of a project gathered without files it reads (its ``missing_includes``): a
    paper of one file whose class alone is missing keeps its text and records as before. The
    record's text is the paper as read, its cut sentences in place (``_as_read``)."""
    cut = [
        span.attrs["text"]
        for span in document.layers.get("removed", [])
        if span.label == UNDEFINED_MACRO and _letters(span.attrs.get("text", ""))
    ]
    kept = _prose_paragraphs(document)
    if sum(map(_letters, cut)) <= sum(map(_letters, kept)):
        return None
    total = len(cut) + sum(len(sentences(paragraph)) for paragraph in kept)
    names = ", ".join(f"\\{name}" for name in undefined[:NAMED_MACROS]) + (
        " …" if len(undefined) > NAMED_MACROS else ""
    )
    where = f"likely from the missing {' or '.join(missing)}" if missing else "defined in no file at hand"
    detail = (
        f"{len(cut)} of {total} sentences use macros nothing at hand defines ({names}), {where}: they "
        "went to removed (undefined_macro); give the whole project folder (the main .tex file with every "
        "file it reads)"
    )
    return Failed(document.position, _as_read(document), "incomplete_source", detail)


def _letters(text: str) -> int:
    """The letters of ``text`` outside macros' names."""
    return len(LETTER.findall(CONTROL_WORD.sub("", text)))


def _prose_paragraphs(document: Parsed) -> list[str]:
    """The kept paragraphs of ``document`` that are not a heading's title."""
    titles = {span.attrs["title"] for span in document.spans if span.attrs.get("title")}
    paragraphs = (paragraph.strip() for paragraph in document.text.split("\n\n"))
    return [paragraph for paragraph in paragraphs if paragraph and paragraph not in titles]


def _as_read(document: Parsed) -> str:
    """``document``'s text with the text of each ``removed`` record put back where it stood: a
    paragraph of its own at a paragraph's start or end, else after a space inside it."""
    text, pieces, cursor = document.text, [], 0
    records = [span for span in document.layers.get("removed", []) if span.attrs.get("text")]
    for record in sorted(records, key=lambda span: span.start):
        pieces.append(text[cursor : record.start])
        cursor, inserted = record.start, record.attrs["text"]
        if cursor == 0 or text[cursor - 1] == "\n":
            pieces.append(inserted + "\n\n")
        elif cursor == len(text) or text[cursor] == "\n":
            pieces.append("\n\n" + inserted)
        else:
            pieces.append(" " + inserted)
    pieces.append(text[cursor:])
    return "".join(pieces).strip()
