"""What a paper gathered without its preamble or chapter files leaves, once read.

A thesis's main file with ``\\section{Архитектура}\\input{030architecture}`` and no 030architecture.tex
kept the title alone, a run of five bare headings mid-text (``headings_over_missing_includes``). A
thesis whose preamble.tex (defining ``\\db``, ``\\postgresql``…) was missing lost every sentence using
those macros to ``removed``, and kept 275 characters of headings, one list item and a template's
placeholders (``incomplete_source``). A lab report whose four ``\\lstinputlisting`` files were missing
kept their bold labels stacked over nothing, "modulo.hpp" / "modulo.cpp" / "main.cpp" / "CMakeLists.txt"
(``labels_of_missing_files``). Separate from the conversion: all judge the finished document.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from sloika.pipelines.formats.base import Failed, Parsed, cut_paragraphs
from sloika.pipelines.formats.latex_undefined import (
    AUTHOR_NOTE,
    INCLUDED_PICTURE,
    MISSING_INCLUDE,
    PRINTED_BIBLIOGRAPHY,
)
from sloika.text.sentences import sentences
from sloika.text.spans import Span

UNDEFINED_MACRO = "undefined_macro"
LETTER = re.compile(r"[^\W\d_]")
CONTROL_WORD = re.compile(r"\\[^\W\d_]+")  # a macro's name in a record: no word of the prose
NAMED_MACROS = 4  # the undefined macros a refusal names, most used first
# records of what printed nothing in the text where they stand: a missing file, a bibliography whose
# entries are the ``citations`` layer's, a picture from a file (no caption kept: arsenijj's lab2.tex
# kept "Результаты тестирования программы" over nothing, its section a figure with an empty \caption{}),
# an author's note to self (a draft's margin note: perforator-thesis kept "Аннотация" over nothing, its
# section two \todo notes)
OVER_NOTHING = (MISSING_INCLUDE, PRINTED_BIBLIOGRAPHY, INCLUDED_PICTURE, AUTHOR_NOTE)
RECORDED_FILE = re.compile(r"\{([^{}]*)\}$")  # the file's name closing a missing include's record
PARAGRAPH_BREAK = "\n\n"


def labels_of_missing_files(document: Parsed) -> Parsed:
    """``document`` without each paragraph that only names a file the folder lacks, right over its
    ``missing_include`` record or right under it: a label the author set over a listing
    (``\\textbf{main.cpp}``), or the ``caption=``/``title=`` listings prints from its options. The
    name labels the file, which is not here, so it stood over nothing; it goes in the record
    (``caption``), which already says why. A trailing colon may follow the name, in any case, as the
    file's name or its last part; a sentence over the listing, or a heading (a section whose whole
    body was the file goes as ``headings_over_missing_includes`` says), stays."""
    unlabelled = {span.start for span in document.spans if span.attrs.get("title")}  # headings' starts
    records = document.layers.get("removed", [])
    taken: dict[int, Span] = {}  # the cut of each record that takes a label, by the record's identity
    for record in sorted(records, key=lambda span: span.start):
        if label := _label_of(document.text, record, unlabelled):
            unlabelled.add(label[0])  # each label goes with one record
            caption = document.text[label[0] : label[1]]
            taken[id(record)] = Span(*label, record.label, attrs={**record.attrs, "caption": caption})
    if not taken:
        return document
    kept = [span for span in records if id(span) not in taken]
    if kept:
        document.layers["removed"] = kept
    else:  # no layer of no records, as when none was made
        del document.layers["removed"]
    return cut_paragraphs(document, list(taken.values()))


def _label_of(text: str, record: Span, unlabelled: set[int]) -> tuple[int, int] | None:
    """The span of the paragraph beside ``record``, a ``missing_include``, that only names its file:
    the one over it first, then the one under it; none starting in ``unlabelled``."""
    found = RECORDED_FILE.search(record.attrs.get("text", "")) if record.label == MISSING_INCLUDE else None
    beside = _paragraphs_beside(text, record.start) if found else []
    return next(
        (
            (start, end)
            for start, end in beside
            if start not in unlabelled and _names_file(text[start:end], found[1])
        ),
        None,
    )


def _paragraphs_beside(text: str, at: int) -> list[tuple[int, int]]:
    """The paragraph of ``text`` ending at ``at``, then the one after the blank lines there (their
    spans), where ``at`` stands at a paragraph's end."""
    if text[at : at + len(PARAGRAPH_BREAK)] not in (PARAGRAPH_BREAK, ""):
        return []
    before = text.rfind(PARAGRAPH_BREAK, 0, at)
    after = text.find(PARAGRAPH_BREAK, at + len(PARAGRAPH_BREAK))
    beside = [(0 if before < 0 else before + len(PARAGRAPH_BREAK), at)]
    if at < len(text):
        beside.append((at + len(PARAGRAPH_BREAK), len(text) if after < 0 else after))
    return [(start, end) for start, end in beside if start < end]


def _names_file(label: str, file: str) -> bool:
    """Whether ``label`` is only ``file``'s name or its last part, any case, a colon after it allowed."""
    name = label.strip().removesuffix(":").rstrip().casefold()
    return name in {file.strip().casefold(), PurePosixPath(file.strip()).name.casefold()}


def headings_over_missing_includes(document: Parsed) -> Parsed:
    """``document`` without each run of headings over nothing but files the folder lacks: a heading
    and its subheadings (up to the next heading of its level or higher) print no text but their
    titles, and at least one ``missing_include`` record stands among them. The headings go to
    ``removed`` in those records (their ``heading``), where they stood, each with the first record
    standing under it or a later heading of the run (the last ones, over a present file that prints
    nothing, with the last record): a title
    over nothing is no text, and the record already says why its chapter is not here. A section
    whose subsections are all missing or empty went as an outline of bare titles otherwise. A
    ``printed_bibliography`` record (the list printed from a .bib at hand, its entries in the
    ``citations`` layer) takes the heading over it the same way ("Список литературы" closed the text
    over nothing); one that takes no heading stood for nothing taken out of the text and goes. An
    ``included_picture`` record (a picture from a file, where it stood) takes a heading over nothing
    but pictures the same way: a section that is one figure with no caption prints no text; so does an
    ``author_note`` record (a ``\todo`` in a draft's margin): a section of notes to self is not written."""
    headings = titled_headings(document)
    records = document.layers.get("removed", [])
    taken: set[int] = set()  # the records that go with headings, by identity
    cuts: list[Span] = []
    index = 0
    while index < len(headings):
        run = heading_run(headings, index)
        end = run_end(document.text, headings, index, len(run))
        title_end = run[0].start + len(run[0].attrs["title"])  # a record before it stood above
        found = [span for span in _records_in(records, title_end, end) if id(span) not in taken]
        if not prints_only_titles(document.text, run, end) or not found:
            index += 1
            continue
        ends = [heading.start for heading in run[1:]] + [end]
        for cut, record in _cuts_for(run, ends, found):
            taken.add(id(record))
            cuts.append(cut)
        index += len(run)
    kept = [span for span in records if id(span) not in taken and span.label != PRINTED_BIBLIOGRAPHY]
    if len(kept) < len(records) and kept:
        document.layers["removed"] = kept
    elif len(kept) < len(records):  # no layer of no records, as when none was made
        del document.layers["removed"]
    return cut_paragraphs(document, cuts) if cuts else document


def titled_headings(document: Parsed) -> list[Span]:
    """``document``'s sectioning headings with a title, in the text's order."""
    return sorted(
        (span for span in document.spans if span.attrs.get("title") and "level" in span.attrs),
        key=lambda span: span.start,
    )


def heading_run(headings: list[Span], index: int) -> list[Span]:
    """The heading at ``index`` and its subheadings: those after it before one of its level or higher."""
    level = headings[index].attrs["level"]
    run = [headings[index]]
    for heading in headings[index + 1 :]:
        if heading.attrs["level"] <= level:
            break
        run.append(heading)
    return run


def run_end(text: str, headings: list[Span], index: int, length: int) -> int:
    """Where the run of ``length`` headings from ``index`` ends: at the next heading, or the text's end."""
    after = index + length
    return headings[after].start if after < len(headings) else len(text)


def prints_only_titles(text: str, run: list[Span], end: int) -> bool:
    """Whether the run's stretch of ``text`` (to ``end``) holds its titles, as typed, and blanks only."""
    at = run[0].start
    for heading in run:
        title = heading.attrs["title"]
        if text[at : heading.start].strip() or not text.startswith(title, heading.start):
            return False
        at = heading.start + len(title)
    return not text[at:end].strip()


def _records_in(records: list[Span], start: int, end: int) -> list[Span]:
    """The ``missing_include`` records standing from ``start`` to ``end``, in the text's order."""
    found = [span for span in records if span.label in OVER_NOTHING and start <= span.start <= end]
    return sorted(found, key=lambda span: span.start)


def _cuts_for(run: list[Span], ends: list[int], records: list[Span]) -> list[tuple[Span, Span]]:
    """The run's cuts, each with the record it goes in: a heading waits for the first record standing
    under it before the next heading (its ``ends``); those left when the run ends go with the last."""
    pairs: list[tuple[Span, Span]] = []
    pending: list[Span] = []
    remaining = list(records)
    for heading, end in zip(run, ends, strict=True):
        pending.append(heading)
        if remaining and remaining[0].start <= end:
            pairs.append((_cut(pending, remaining[0]), remaining.pop(0)))
            pending = []
    if pending:  # the run's end closes the last heading's stretch, so some record came before
        pairs.append(_joined(pairs.pop(), pending))
    return pairs


def _joined(pair: tuple[Span, Span], pending: list[Span]) -> tuple[Span, Span]:
    """The last cut of a run widened over the headings after it (over a present file printing nothing)."""
    cut, record = pair
    titles = "\n\n".join([cut.attrs["heading"], *(heading.attrs["title"] for heading in pending)])
    end = pending[-1].start + len(pending[-1].attrs["title"])
    return Span(cut.start, end, record.label, attrs={**record.attrs, "heading": titles}), record


def _cut(headings: list[Span], record: Span) -> Span:
    """The cut of ``headings`` (their titles, blank lines between) in ``record``'s ``missing_include``."""
    titles = "\n\n".join(heading.attrs["title"] for heading in headings)
    end = headings[-1].start + len(headings[-1].attrs["title"])
    return Span(headings[0].start, end, record.label, attrs={**record.attrs, "heading": titles})


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
