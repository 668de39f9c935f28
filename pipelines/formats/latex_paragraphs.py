"""The converted document: headings as sections, paragraphs of text, formulas, citations and blocks as spans.

The source, with its formulas, citations and tables stashed as tokens (``Stash``), is cut at its
headings (``sections``); each paragraph is converted to text, its tokens put back as ``math``,
``citation`` and block spans, and what it lost (invisible formulas, a run-in heading whose sentences
went, unresolved citations) recorded in ``removed``. Separate from the entry point, which prepares
the source; this is where the offsets of the text and of every span are made.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from sloika.pipelines.formats.base import Parsed, TextBuilder
from sloika.pipelines.formats.latex_blocks import Block
from sloika.pipelines.formats.latex_computed import MARK, drop_computed_and_orphans, drop_reference_asides
from sloika.pipelines.formats.latex_convert import to_text
from sloika.pipelines.formats.latex_footnotes import body_footnotes, paragraphs_and_notes
from sloika.pipelines.formats.latex_holes import (
    BRACKETED_REF_HOLE,
    FIRST_HOLE,
    REF_HOLE,
    REF_HOLE_ENDS_SENTENCE,
    REF_HOLE_TOKEN,
    SEE_SENTENCE,
    UNRESOLVED_CITATION,
    reference_cut,
)
from sloika.pipelines.formats.latex_lead_ins import (
    COLON_OF_CUT_SAMPLE,
    TAIL_OF_CUT_SAMPLE,
    lead_ins_of_cut,
    phrase_object,
)
from sloika.pipelines.formats.latex_lists import ITEM_MARK
from sloika.pipelines.formats.latex_math import DISPLAY_START
from sloika.pipelines.formats.latex_spacing import DRAWN_LABELS, INVISIBLE_MATH, prints_nothing
from sloika.pipelines.formats.latex_typeset import ESCAPED, HARD_BREAK, tidy
from sloika.pipelines.formats.latex_undefined import (
    EMPTY_PROOF,
    INCLUDED_PDF,
    INCLUDED_PICTURE,
    MISSING_ARGUMENT,
    MISSING_INCLUDE,
    PAGE_FURNITURE,
    PRINTED_BIBLIOGRAPHY,
    Cut,
    drop_undefined,
    named,
    without_marks,
)
from sloika.pipelines.formats.pdf import heading_label
from sloika.text.spans import Span

# \paragraph's title runs into its text in the PDF ("Setup We use …" as plain text): a heading here;
# \part is one level above \chapter (a manual's "\part{Без набора данных}\label{…}" read as text, the
# label's key printed after it)
HEADING = re.compile(
    r"\\(part|chapter|section|subsection|subsubsection|paragraph|subparagraph)\*?\s*(?:\[[^\]]*\])?\s*\{"
    r"|\\begin\{thebibliography\}(?P<titled>\{)?"  # its heading's title (``printed_bibitems``)
)
LEVELS = {"part": -1, "chapter": 0, "section": 1, "subsection": 2, "subsubsection": 3, "paragraph": 4,
          "subparagraph": 5, "thebibliography": 0}  # fmt: skip
TOKEN = re.compile("\ue000(\\d+)\ue001")  # a formula, stashed before conversion
# a formula, a rendered citation or a block, each stashed before conversion
PIECE = re.compile("\ue000(\\d+)\ue001|\ue002(\\d+)\ue003|\ue004(\\d+)\ue005")
REFERENCES = "citations"
FILL_IN_BLANK = "fill_in_blank"  # a form's line of dots to write on: "……………………", "______"
# a line of a paragraph that is only dots, ellipses or underscores, eight or more: a blank to fill in
# by hand ("Краткое содержание задания:\\ ……………………\\"), no text of the paper
BLANK_LINE = re.compile(rf"(?:^|(?<={HARD_BREAK}))[ \t]*[.…_·][ \t.…_·]{{6,}}[.…_·][ \t]*(?={HARD_BREAK}|$)")
# records that leave no lead-in orphaned
PRINTS_NO_TEXT = frozenset(
    {
        PAGE_FURNITURE,
        INVISIBLE_MATH,
        DRAWN_LABELS,
        FILL_IN_BLANK,
        MISSING_ARGUMENT,
        INCLUDED_PDF,
        INCLUDED_PICTURE,
        MISSING_INCLUDE,
        PRINTED_BIBLIOGRAPHY,
        EMPTY_PROOF,
    }
)
# the layer a record's text is in instead of the text: a printed bibliography's entries
RECORD_LAYERS = {PRINTED_BIBLIOGRAPHY: REFERENCES}
BARE_COMMAND = re.compile(r"\\[A-Za-z@]+")  # a record of a command alone, without arguments
PLACEHOLDER = "[math]"


class Stash:
    """What was taken out of the source before conversion: formulas, rendered citations, blocks."""

    def __init__(
        self,
        formulas: list[str],
        citations: list[tuple[str, list[dict]]],
        blocks: list[Block],
        unresolved: list[tuple[str, list[str]]],
        references: Sequence[str] = (),
        missing_files: bool = False,
        drawings: Mapping[int, str] | None = None,
    ):
        self.formulas, self.citations, self.blocks = formulas, citations, blocks
        self.drawings = drawings or {}  # formula number → a drawing's labels as typed (``drawn_labels``)
        self.unresolved = unresolved  # the citations without an entry, numbered as their holes are
        self.references = references  # the references to labels no file at hand sets, likewise
        # why those labels are unknown: the paper's folder lacks files of it, or nothing defines them
        self.reference_why = "label_in_missing_file" if missing_files else "undefined_label"
        self.spans: list[Span] = []  # the citations once placed in the text
        self.removed: list[Span] = []  # sentences dropped for a value only the PDF knows

    def plain(self, text: str) -> str:
        """``text`` with every stashed piece put back as plain text (for titles)."""

        def piece(token: re.Match) -> str:
            if token.group(1) is not None:
                return self.formulas[int(token.group(1))]
            if token.group(2) is not None:
                return self.citations[int(token.group(2))][0]
            return self.blocks[int(token.group(3))].text

        return PIECE.sub(piece, text)


def sections(source: str, stash: Stash, math: str) -> Parsed:
    builder = TextBuilder()
    headings: list[tuple[int, int, str, str]] = []  # start, level, label, title
    cursor = 0
    for match in HEADING.finditer(source):
        if match.start() < cursor:
            continue  # inside the previous heading's title
        _append_text(builder, source[cursor : match.start()], stash, math)
        command = match.group(1) or "thebibliography"
        titled = match.group(1) or match["titled"]
        title_end = _closing_brace(source, match.end()) if titled else match.end()
        converted = to_text(source[match.end() : title_end]) if titled else ""
        converted = converted.replace(HARD_BREAK, " ")  # a heading's title is one line
        if (unmarked := without_marks(converted)) != converted:  # "\subsubsection{\tlc@headerFooter}"
            attrs = {"text": named(converted), "why": "heading"}
            stash.removed.append(Span(builder.length, builder.length, "undefined_macro", attrs=attrs))
            converted = _without_orphaned_separator(converted, unmarked)
        title = " ".join(stash.plain(converted).split())
        builder.separate("\n\n")
        label = "references" if command == "thebibliography" else heading_label(title) or command
        start = builder.length
        if title:
            heading = stash.plain(_inline_code_escaped(_escaped(converted), stash))
            _append_text(builder, " ".join(heading.split()), stash, math)
        # the title as the text prints it: "Глава \thesection. Обзор" is "Обзор" there, its number
        # (only the PDF knows it) in ``removed``; the source's title held the number's placeholder
        headings.append((start, LEVELS[command], label, builder.tail(builder.length - start).strip()))
        cursor = title_end + 1 if titled else match.end()
    _append_text(builder, source[cursor:], stash, math)
    text = builder.text.rstrip()
    for index, (start, level, label, title) in enumerate(headings):
        end = next((s for s, lvl, _, _ in headings[index + 1 :] if lvl <= level), len(text))
        builder.span(start, len(text[:end].rstrip()), label, title=title or None, level=level)
    spans = _ending_by(builder.spans, len(text))
    cited = _ending_by(stash.spans, len(text))
    removed = [replace(s, start=min(s.start, len(text)), end=min(s.end, len(text))) for s in stash.removed]
    layers = {name: spans for name, spans in ((REFERENCES, cited), ("removed", removed)) if spans}
    return Parsed(text, spans, "paper", 0, {}, layers)


def _ending_by(spans: list[Span], length: int) -> list[Span]:
    """``spans`` that start within a text of ``length``, each ending by its end: the text's end drops
    the trailing spaces of a last code line ("End Sub  "), and a block that ended the document lost
    its ``code`` span with them. An empty span past the end (a table with no caption, a picture, after
    the blank lines the end drops) stands at the end: the last section's table was lost with them."""
    return [
        replace(span, start=min(span.start, length), end=min(span.end, length))
        for span in spans
        if span.start <= min(span.end, length) or span.start == span.end
    ]


TITLE_SEPARATOR = re.compile(r"^[\s.:;,)–—-]+(?=\S)")  # "1. ", "1) ", "1 — " after a heading's number


def _without_orphaned_separator(marked: str, unmarked: str) -> str:
    """A heading's title without the undefined macros ``marked`` holds, and without the separator
    that stood after one that opened it: "\\subsection*{\\thesubsection. Title}" of a class's
    command read ". Title"."""
    return unmarked if TITLE_SEPARATOR.match(marked) else TITLE_SEPARATOR.sub("", unmarked)


def _escaped(text: str) -> str:
    """``text``, converted once already, as LaTeX that converts back to it: a heading's title goes
    through ``_append_text`` again, where its "&" (from ``\\&``) was an alignment tab, its "%" a
    comment, its braces a group ("Title, Author \\& Abstract" printed "Title, Author Abstract").
    Formulas are still tokens here: their source is not escaped."""
    return SPECIAL.sub(lambda match: ESCAPED[match.group(0)], text)


SPECIAL = re.compile(r"[\\~{}%$#&]")  # what a second conversion reads as markup ("^", "_" are kept)


def _inline_code_escaped(text: str, stash: Stash) -> str:
    """``text`` with each stashed inline code span its code, escaped like the text around it (``\\cs``
    in a heading: "Ensure that \\textbackslash remains robust" read "Ensure that \\remains robust",
    the name run as the command it names); other stashed pieces stay tokens."""

    def code(token: re.Match) -> str:
        block = stash.blocks[int(token.group(3))]
        return _escaped(block.text) if block.attrs.get("inline") else token.group(0)

    return PIECE.sub(lambda token: code(token) if token.group(3) is not None else token.group(0), text)


def _closing_brace(source: str, start: int) -> int:
    depth = 1
    for index in range(start, len(source)):
        char = source[index]
        if char == "{" and source[index - 1] != "\\":
            depth += 1
        elif char == "}" and source[index - 1] != "\\":
            depth -= 1
            if depth == 0:
                return index
    return len(source)


def _append_text(builder: TextBuilder, latex: str, stash: Stash, math: str) -> None:
    """Convert a stretch of LaTeX, paragraph by paragraph, and put formulas and citations back with
    their spans. A lead-in whose object went whole to ``removed`` goes with it (``latex_lead_ins``)."""
    pieces = paragraphs_and_notes(to_text(body_footnotes(latex)), PARAGRAPH_BREAK)
    prepared = [_prepared(paragraph, stash) for paragraph, _ in pieces]
    # a paragraph of running heads, blank formulas or bare switches alone printed nothing of the text:
    # no lead-in went with it
    cut = [
        not text and any(_printed_text(label, attrs) for label, attrs, _ in records)
        for text, records in prepared
    ]
    ends_in_cut = [_ends_in_cut(text, records) for text, records in prepared]
    cut_objects = [
        gone and any(phrase_object(attrs.get("text", "")) for _, attrs, _ in records)
        for gone, (_, records) in zip(cut, prepared, strict=True)
    ]
    lead_ins = lead_ins_of_cut([text for text, _ in prepared], cut, ends_in_cut, cut_objects)
    for position, ((paragraph, records), (_, note)) in enumerate(zip(prepared, pieces, strict=True)):
        words = len(WORD_TOKEN.findall(paragraph))
        paragraph, opening, closing = _without_lead_ins(paragraph, lead_ins.get(position, []), stash)
        paragraph = _displays_apart(paragraph, stash)
        shift = (
            words - len(WORD_TOKEN.findall(paragraph)) if opening else 0
        )  # the words of a lead-in cut at its start
        at = builder.length
        inside = []  # cut after kept words of the paragraph: placed once it is in the text
        for label, attrs, before in records:
            if before - shift > 0 and paragraph:
                inside.append((label, attrs, before - shift))
            else:
                stash.removed.append(Span(at, at, label, attrs=attrs))
        for label, attrs in opening:
            stash.removed.append(Span(at, at, label, attrs=attrs))
        if paragraph:
            builder.separate("\n\n")
            start = builder.length  # a note's: after the break before it
            offsets = _append_paragraph(
                builder, paragraph, stash, math, [_word_end(paragraph, before) for *_, before in inside]
            )
            for (label, attrs, _), offset in zip(inside, offsets, strict=True):  # where it stood
                stash.removed.append(Span(offset, offset, label, attrs=attrs))
            if note:
                builder.span(start, builder.length, "footnote")
        for label, attrs in closing:  # where they stood: after what is left of the paragraph
            stash.removed.append(Span(builder.length, builder.length, label, attrs=attrs))


def _cut_attrs(cut: Cut, stash: Stash) -> dict[str, str]:
    """A cut's record: its text, and the layer that holds what it printed (``RECORD_LAYERS``)."""
    attrs = {"text": _recorded(cut.text, stash)}
    if layer := RECORD_LAYERS.get(cut.label):
        attrs["layer"] = layer
    return attrs


def _recorded(text: str, stash: Stash) -> str:
    """A cut sentence as its record holds it: tidied, its stashed pieces put back, a value only the PDF
    knows as "…" (as ``drop_computed_and_orphans`` records one). Tidied with its mark in, the sentence
    went whole as a computed value's, and the record of a synopsis's "содержит: \\pageref{LastPage}\\
    страниц, \\totalfigures\\ рисунков", cut for the macro nothing defines, held no text."""
    return stash.plain(tidy(text.replace(MARK, "…")))


def _prepared(paragraph: str, stash: Stash) -> tuple[str, list[tuple[str, dict, int]]]:
    """(a converted paragraph without what goes to ``removed``, the records of what went: label,
    attrs, the number of the paragraph's kept words before it), before any of it is placed in the
    text. A record of a sentence cut inside the paragraph stands where it was; the others (values
    only the PDF knows, their orphans) at the paragraph's start."""
    paragraph, invisible = _without_invisible_math(paragraph, stash)
    paragraph, drawn = _without_drawn_lines(paragraph, stash)
    paragraph, blanks = _without_fill_in_blanks(paragraph)
    paragraph, undefined, undefined_orphans = drop_undefined(paragraph)
    # "Other commands are: (\g) 45\g, (\C) 30\C…" without the class
    records = [(cut.label, _cut_attrs(cut, stash), _words(cut)) for cut in undefined]
    for cut in undefined_orphans:
        attrs = {"text": _recorded(cut.text, stash), "why": "points_back"}
        records.append(("orphaned_by_cut", attrs, _words(cut)))
    at_start: list[tuple[str, dict]] = []
    # "Eq.~(\ref{x})": the brackets are the number's, no aside's
    paragraph, asides = drop_reference_asides(BRACKETED_REF_HOLE.sub(r"\1\2", paragraph))
    paragraph, references = _without_unresolved_references(paragraph, stash)
    records += references
    paragraph, dropped, phrases, orphans = drop_computed_and_orphans(
        paragraph, ends=_display_sentence_ends(paragraph, stash) + _line_ends(paragraph)
    )
    records += _unresolved_citations(paragraph, stash) + invisible + drawn + blanks
    records.sort(key=lambda record: record[2])  # in source order: a cut, the sentence pointing back at it
    paragraph = tidy(paragraph)
    if (
        dropped
        and paragraph
        and len(paragraph.split()) <= LEAD_IN_WORDS
        and paragraph[-1] in ".:"
        and not (
            re.search(r"[\d,;]", paragraph)  # "Приказ № 5, § 3." is a sentence, no heading
        )
    ):
        dropped, paragraph = [paragraph, *dropped], ""  # "Объем и структура работы." led only into them
    at_start += [("computed_value", {"text": stash.plain(tidy(sentence))}) for sentence in dropped]
    # "на странице …": the page only the PDF knows, its sentence kept
    at_start += [("page_reference", {"text": stash.plain(tidy(phrase))}) for phrase in phrases]
    at_start += _cut_companions(stash, asides, orphans)
    return paragraph, [*records, *((label, attrs, 0) for label, attrs in at_start)]


def _display_sentence_ends(paragraph: str, stash: Stash) -> list[int]:
    """The ends (their space after them) of the displays of ``paragraph`` that the next sentence follows
    (a capital after them): TeX sets the display as the close of the sentence that leads into it
    ("…will be ⟨display⟩ In…")."""
    ends = []
    for token in TOKEN.finditer(paragraph):
        after = len(paragraph) - len(paragraph[token.end() :].lstrip())  # its space stays with it
        if stash.formulas[int(token[1])].startswith(DISPLAY_START) and paragraph[after : after + 1].isupper():
            ends.append(after)
    return ends


# what closes the words before a display's end: it stays on the display's last line ("$$ x $$.")
CLOSING_PUNCTUATION = re.compile(r"[.,;:!?)\]]*")


def _displays_apart(paragraph: str, stash: Stash) -> str:
    """``paragraph`` with each display formula (``$$…$$``, ``\\[…\\]``, an ``equation``) on lines of
    its own, the prose before and after it on lines of their own, as TeX sets a display apart from
    the lines around it; a sentence that goes on after it stays one paragraph. Read into the
    sentence, a Taylor formula's remarks were glued to the delimiters: "…производная
    $f^{(n)}(x)$, то $$" and "$$ (остаточный член в форме Лагранжа), или$$"."""
    pieces, cursor = [], 0
    for token in TOKEN.finditer(paragraph):
        if not stash.formulas[int(token[1])].startswith(DISPLAY_START):
            continue
        before = paragraph[cursor : token.start()].rstrip()
        if before or pieces and pieces[-1] != "\n":
            pieces += [before, "\n"]
        closing = CLOSING_PUNCTUATION.match(paragraph, token.end()).end()
        pieces.append(paragraph[token.start() : closing])
        cursor = closing
        if rest := paragraph[cursor:].lstrip():
            pieces.append("\n")
            cursor = len(paragraph) - len(rest)
    return "".join(pieces) + paragraph[cursor:]


# the end of a line the author set apart before a capital: a forced break ("Дата выдачи задания:
# 01.02.2018\\"), or a value only the PDF knows ending its source line ("Не менее \pageref{LastPage}")
LINE_END = re.compile(rf"(?:{HARD_BREAK}|{MARK}[ \t]*\n)\s*(?=[«“\"(\[]?[^\W\d_a-zа-яё])")


def _line_ends(paragraph: str) -> list[int]:
    """The ends (their space after them) of the lines of ``paragraph`` that the author ended before a
    capital (``LINE_END``): a form's "Field: value" lines hold no stop, and a computed value's cut took
    the plain date lines after it with it ("Не менее … Дата выдачи задания: 01.02.2018 Дата сдачи…")."""
    return [found.end() for found in LINE_END.finditer(paragraph)]


def _without_invisible_math(paragraph: str, stash: Stash) -> tuple[str, list[tuple[str, dict, int]]]:
    """``paragraph`` without the formulas that print nothing (``prints_nothing``: "$\\phantom{x}$",
    an author's blank room, layout and no formula of the text), and an ``INVISIBLE_MATH`` record
    of each: label, attrs, the number of the paragraph's kept words before it."""
    kept, records, cursor = [], [], 0
    for token in TOKEN.finditer(paragraph):
        formula = stash.formulas[int(token[1])]
        if prints_nothing(formula):
            kept.append(paragraph[cursor : token.start()])
            cursor = token.end()
            before = len(WORD_TOKEN.findall(tidy("".join(kept))))
            records.append((INVISIBLE_MATH, {"text": formula}, before))
    return "".join(kept) + paragraph[cursor:], records


# a line of a paragraph that is one formula: at the paragraph's start or after a forced break, to a
# forced break or the paragraph's end
FORMULA_LINE = re.compile(rf"(?:^|(?<={HARD_BREAK}))\s*\ue000(\d+)\ue001\s*(?={HARD_BREAK}|$)")


def _without_drawn_lines(paragraph: str, stash: Stash) -> tuple[str, list[tuple[str, dict, int]]]:
    """``paragraph`` without its lines that are a drawing's labels alone (``FORMULA_LINE``, a formula
    ``drawn_labels`` found so), and a ``DRAWN_LABELS`` record of each as typed: label, attrs, the
    number of the paragraph's kept words before it. Placed under the formula above them ("∥ ∥" / "C R"
    under two factors), they mean nothing read as a line; beside words, the formula is the text's."""
    kept, records, cursor = [], [], 0
    for found in FORMULA_LINE.finditer(paragraph):
        if (typed := stash.drawings.get(int(found[1]))) is None:
            continue
        kept.append(paragraph[cursor : found.start()])
        cursor = found.end()
        records.append((DRAWN_LABELS, {"text": typed}, len(WORD_TOKEN.findall(tidy("".join(kept))))))
    return "".join(kept) + paragraph[cursor:], records


def _without_fill_in_blanks(paragraph: str) -> tuple[str, list[tuple[str, dict, int]]]:
    """``paragraph`` without its lines that are blanks to fill in by hand (``BLANK_LINE``: a
    template's "Перечень выполненных работ:" over rows of "……"), a ``FILL_IN_BLANK`` record of each:
    label, attrs, the number of the paragraph's kept words before it."""
    records = []
    for found in BLANK_LINE.finditer(paragraph):
        before = len(WORD_TOKEN.findall(tidy(paragraph[: found.start()])))
        records.append((FILL_IN_BLANK, {"text": found[0].strip()}, before))
    kept = BLANK_LINE.sub("", paragraph)
    return re.sub(f"{HARD_BREAK}(?:[ \t]*{HARD_BREAK})+", HARD_BREAK, kept).strip(f" \t{HARD_BREAK}"), records


def _printed_text(label: str, attrs: dict) -> bool:
    """Whether what a record took out printed text of the paper: a running head, a formula that
    prints nothing and a command alone without arguments (a switch, ``\\bigtiles``; a class's heading,
    ``\\Introduction``) did not, so no lead-in before them pointed at them."""
    return label not in PRINTS_NO_TEXT and not BARE_COMMAND.fullmatch(attrs.get("text", ""))


def _ends_in_cut(paragraph: str, records: list[tuple[str, dict, int]]) -> bool:
    """Whether sentences cut from the kept ``paragraph`` stood after its last kept word."""
    words = len(WORD_TOKEN.findall(paragraph))
    return bool(paragraph) and any(
        before >= words > 0 for label, _, before in records if label not in PRINTS_NO_TEXT
    )


def _words(cut: Cut) -> int:
    """How many words of the tidied paragraph stand before ``cut`` (measured as the paragraph
    will be: "~" a space, holes closed)."""
    return len(WORD_TOKEN.findall(tidy(cut.kept_before)))


def _without_lead_ins(
    paragraph: str, stretches: list[tuple[int, int, str]], stash: Stash
) -> tuple[str, list[tuple[str, dict]], list[tuple[str, dict]]]:
    """(``paragraph`` without the ``stretches`` that lead into cut text, the ``orphaned_by_cut``
    records of those at its opening, of those at its end); overlapping stretches (a sentence both
    going on with a cut lead-in and leading into cut text) are one record. A lead-in that says
    something of its own keeps its sentence: only its colon goes, a period in its place
    (``colon_of_cut_sample``, recorded with ``replaced_by``)."""
    merged: list[list] = []
    for start, end, why in sorted(stretches):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, why])
    opening, closing = [], []
    for start, end, why in merged:
        record = ("orphaned_by_cut", {"text": stash.plain(tidy(paragraph[start:end])), "why": why})
        if why in (COLON_OF_CUT_SAMPLE, TAIL_OF_CUT_SAMPLE):  # the lead-in stays, a period for its colon
            record[1]["replaced_by"] = "."
        (opening if start == 0 else closing).append(record)
    for start, end, why in reversed(merged):
        if why in (COLON_OF_CUT_SAMPLE, TAIL_OF_CUT_SAMPLE):
            paragraph = f"{paragraph[:start]}.{paragraph[end:]}"
        else:
            paragraph = f"{paragraph[:start].rstrip()} {paragraph[end:].lstrip()}"
    return paragraph.strip(), opening, closing


def _word_end(paragraph: str, words: int) -> int:
    """The index in ``paragraph`` right after its first ``words`` words (a bracket or a dash alone is
    none: a hole closed in the paragraph, "()" where an inline picture was, leaves no word to count)."""
    ends = [found.end() for found in WORD_TOKEN.finditer(paragraph)]
    return ends[words - 1] if 0 < words <= len(ends) else len(paragraph) if words else 0


WORD_TOKEN = re.compile(r"\S*\w\S*")


def _append_paragraph(
    builder: TextBuilder, paragraph: str, stash: Stash, math: str, anchors: Sequence[int] = ()
) -> list[int]:
    """Append one converted paragraph, its formulas, code and citations put back with their spans;
    return where each of ``anchors`` (indices in ``paragraph``) lands in the text."""
    builder.separate("\n\n")
    cursor, landed = 0, {}
    for token in PIECE.finditer(paragraph):
        start = builder.length
        landed.update(
            {anchor: start + anchor - cursor for anchor in anchors if cursor <= anchor <= token.start()}
        )
        builder.append(paragraph[cursor : token.start()])
        if token.group(1) is not None:
            formula = stash.plain(stash.formulas[int(token.group(1))])  # a stash number never shows
            start, end = builder.append(formula if math == "source" else PLACEHOLDER)
            builder.span(start, end, "math", source=formula if math != "source" else None)
        elif token.group(3) is not None:
            block = stash.blocks[int(token.group(3))]
            start, end = builder.append(block.text)
            stash.removed += [Span(start, start, label, attrs=attrs) for label, attrs in block.removed]
            # inline code that prints nothing gets no span (acmart's \texttt{\acmSubmissionID}, empty
            # until an ID is set; its PDF: "Use with the command to print…"); its place stays two
            # spaces, so a hole the reader made, not the PDF, stays visible
            if block.label and (block.text or not block.attrs.get("inline")):
                builder.span(start, end, block.label, **block.attrs)
        else:
            text, entries = stash.citations[int(token.group(2))]
            start, end = builder.append(text)
            attrs = {"keys": [e["key"] for e in entries], "entries": entries}
            stash.spans.append(Span(start, end, "citation", attrs=attrs))
        cursor = token.end()
    start = builder.length
    landed.update(
        {anchor: start + anchor - cursor for anchor in anchors if anchor >= cursor and anchor not in landed}
    )
    builder.append(paragraph[cursor:])
    return [landed.get(anchor, start) for anchor in anchors]


def _cut_companions(stash: Stash, asides: list[str], orphans: list[str]) -> list[tuple[str, dict]]:
    """Records for ``removed`` of the references in parentheses whose number only the PDF knows
    (``reference_aside``, their sentence kept) and the sentences that pointed back at a dropped one
    (``orphaned_by_cut``, ``why`` ``points_back``, as the language trim's orphans are)."""
    records = [
        ("reference_aside", {"text": stash.plain(tidy(aside))}) for aside in asides
    ]  # "(см. рисунок …)"
    for sentence in orphans:  # "Он отличается…" after "На рисунке … символ Linux."
        records.append(("orphaned_by_cut", {"text": stash.plain(tidy(sentence)), "why": "points_back"}))
    return records


# a blank line, or a list item (ITEM_MARK before its label, "\n  * " as pylatexenc writes another
# \item): "Новизна: * Впервые … * Было" read as one run-on paragraph where the source had no blank
# lines between the items
PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n[ \t]+(?=\* )|\s*" + ITEM_MARK)
LEAD_IN_WORDS = 6  # a run-in heading left alone when the sentences it led into needed the PDF's values


def _without_unresolved_references(paragraph: str, stash: Stash) -> tuple[str, list[tuple[str, dict, int]]]:
    """(``paragraph`` without the holes of references to labels no file at hand sets, and the
    pointing phrases that go with them, a record of each: label ``unresolved_reference``, the phrase
    and the reference as typed, why the label is unknown, the number of the paragraph's kept words
    before it). The words around stay ("Глава посвящена обзору…", "…принципа максимума."): the claim
    is the chapter's content, and TeX's "??" for the number is no word of it. Where nothing of the
    sentence can go without tearing it (``latex_holes.reference_cut``) the hole is the number the
    sentence is about, a value only the PDF knows (``MARK``): its sentence goes as before."""
    pieces: list[str] = []
    phrases: dict[str, str] = {}  # the words that go with each hole, by its token
    cursor = 0
    for found in re.finditer(REF_HOLE_TOKEN, paragraph):
        before = paragraph[: found.start()]
        cut = reference_cut(before, bool(REF_HOLE_ENDS_SENTENCE.match(paragraph, found.start())))
        if cut is None or cut < cursor:
            pieces += [paragraph[cursor : found.start()], MARK]
        else:
            phrases[found[0]] = " ".join(before[cut:].split())
            pieces += [_without_aside_comma(paragraph[cursor:cut], paragraph[found.end() :]), " ", found[0]]
        cursor = found.end()
    paragraph = "".join(pieces) + paragraph[cursor:]
    records: list[tuple[str, dict, int]] = []

    def hole(found: re.Match) -> str:
        token = found[0].lstrip(" \u00a0")
        text = f"{phrases[token]} {stash.references[ord(token[-1]) - FIRST_HOLE]}".strip()
        before = len(WORD_TOKEN.findall(tidy(paragraph[: found.start()])))
        records.append(("unresolved_reference", {"text": text, "why": stash.reference_why}, before))
        return ""

    return REF_HOLE.sub(hole, paragraph), records


def _without_aside_comma(before: str, after: str) -> str:
    """``before`` (the text up to a pointing phrase that goes) without its trailing blanks, and without
    its comma where one follows the phrase too: "In (1), with \\eqref{x}, each factor" read "In (1),,
    each factor"."""
    before = before.rstrip(" \u00a0")
    return before[:-1] if before.endswith(",") and after.lstrip(" \u00a0").startswith(",") else before


def _unresolved_citations(paragraph: str, stash: Stash) -> list[tuple[str, dict, int]]:
    """Records for ``removed`` of the citations without a bibliography entry that ``tidy`` will mend
    out of ``paragraph`` with the words that led to them ("as in \\cite{x}"): label, attrs, the number
    of the paragraph's kept words before it. Nothing cut goes unexplained, a citation no more than a
    sentence."""
    records = []
    paragraph = " ".join(paragraph.split())  # a line break or "~" between the words and the citation
    rests = {found.end("holes"): found["rest"].rstrip() for found in SEE_SENTENCE.finditer(paragraph)}
    for found in UNRESOLVED_CITATION.finditer(paragraph):
        typed, keys = stash.unresolved[ord(found[0][-1]) - FIRST_HOLE]
        lead, rest = " ".join(found[0][:-2].split()), rests.get(found.end(), "")
        attrs = {"text": f"{lead} {typed}{rest}".strip(), "keys": keys, "why": "no_bibliography_entry"}
        records.append(
            ("unresolved_citation", attrs, len(WORD_TOKEN.findall(tidy(paragraph[: found.end()]))))
        )
    return records
