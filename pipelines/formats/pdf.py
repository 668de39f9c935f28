"""PDF papers through pdfminer.six (MIT): lines from character geometry → paragraphs with labelled
sections.

``pdf_lines`` writes each line from its characters (spaces from the PDF's space glyphs or from the
line's own letter gaps, so kerned and letter-spaced GOST text reads whole) and drops rotated text,
letter-by-letter watermark columns and page furniture (edge lines repeated across pages, page
numbers). ``pdf_reflow`` joins lines into paragraphs from their geometry (line gaps, indentation,
short lines, line-end punctuation), across page breaks, de-hyphenating where the joined word is a
word, and joins letter-spaced words ("П р и м е р ы"). Here sections are recognised by their
headings (Аннотация/Abstract … Список литературы/References) and the references section is labelled
``references`` so a filter or a query can drop it.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.base import FormatError, Parsed, TextBuilder
from sloika.pipelines.formats.pdf_lines import read_lines
from sloika.pipelines.formats.pdf_reflow import paragraphs

NUMBERING = r"(?:(?:глава|chapter|раздел|section|часть|part)\s+)?(?:(?:\d+(?:\.\d+)*|[IVXLC]+)\.?\s+)?"
SECTIONS = {
    "abstract": r"abstract|аннотация|реферат|резюме|summary",
    "introduction": r"introduction|введение",
    "related_work": r"related work|background|обзор литературы|обзор",
    "methods": r"methods?|methodology|materials and methods|методы|методика|методология|материалы и методы",
    "results": r"results|experiments?|результаты|эксперименты?",
    "discussion": r"discussion|обсуждение",
    "conclusion": r"conclusions?|concluding remarks|заключение|выводы",
    "acknowledgements": r"acknowledge?ments?|благодарности",
    "references": r"references|bibliography|библиография|литература|список литературы|"
    r"список использованных источников|список использованной литературы|библиографический список",
    "appendix": r"appendix|приложение",
}
KNOWN_HEADING = re.compile(
    rf"^{NUMBERING}(?P<name>{'|'.join(f'(?P<{k}>{v})' for k, v in SECTIONS.items())})"
    r"(?:\s+[^\s.,;]+){0,4}[.:]?$",
    re.I,
)
NUMBERED_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+[A-ZА-ЯЁ][^.!?;]{1,100}|(?:глава|chapter)\s+\d+\.?(?:\s+[^.!?;]{1,100})?)$", re.I
)


def parse_pdf(data: bytes) -> list[Parsed]:
    pages = read_lines(data)
    found = [paragraph.replace("\u00ad", "") for paragraph in paragraphs(pages)]
    if not found:
        raise FormatError("no_text_layer", "the PDF has no extractable text (a scan? run OCR first)")
    return [_document(found, n_pages=len(pages))]


def heading_label(paragraph: str) -> str | None:
    """``introduction``, ``references``, …, ``section`` for another numbered heading, else None."""
    if len(paragraph) > 120 or len(paragraph.split()) > 12:
        return None
    known = KNOWN_HEADING.match(paragraph)
    if known:
        return next(name for name in SECTIONS if known.group(name))
    if (
        NUMBERED_HEADING.match(paragraph)
        and not paragraph.rstrip().endswith((".", ",", ";"))
        and "," not in paragraph
    ):
        return "section"  # a comma is a clause's ("4.1.6 Пункты, при необходимости, могут быть …")
    return None


def _document(paragraphs: list[str], n_pages: int) -> Parsed:
    builder = TextBuilder()
    open_section: tuple[int, str, str] | None = None  # start, label, title
    for paragraph in paragraphs:
        label = heading_label(paragraph)
        if label is not None:
            _close_section(builder, open_section)
        builder.separate("\n\n")
        if label is not None:
            open_section = (builder.length, label, paragraph)
        elif open_section is None:
            open_section = (builder.length, "front_matter", "")
        builder.append(paragraph)
    _close_section(builder, open_section)
    return Parsed(builder.text, builder.spans, "paper", 0, {"pages": n_pages})


def _close_section(builder: TextBuilder, section: tuple[int, str, str] | None) -> None:
    if section is not None:
        start, label, title = section
        builder.span(start, builder.length, label, title=title or None)
