"""PDF papers through pdfminer.six (MIT): text boxes → clean paragraphs with labelled sections.

pdfminer's layout analysis gives text boxes with positions, which is what header/footer removal
needs; pypdf's plain extraction loses the spaces of some born-digital Russian PDFs. Clean-up, in
order: rotated text and letter-by-letter columns (watermarks), page furniture (a box near the top or
bottom edge whose text, digits and spacing aside, repeats on many pages, and bare page numbers),
soft hyphens, dot leaders, line-break hyphens, letter-spaced words ("М Е Ж Г О С У Д А Р С Т В
Е Н Н Ы Й"), paragraphs continued across pages; then sections are recognised by their headings
(Аннотация/Abstract … Список литературы/References) and the references section is labelled
``references`` so a filter or a query can drop it. Where kerning broke words at pdfminer's default
word gap ("П оправка", "д окум ен тац и и"), pages are read again with a wider gap and the reading
whose words wordfreq knows is kept, page by page.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass

from sloika.pipelines.formats.base import SENTENCE_END, FormatError, Parsed, TextBuilder

WORD_MARGIN = 0.1  # pdfminer's default gap (share of a character's width) that makes a space
WIDE_WORD_MARGIN = 0.3  # for PDFs whose kerning breaks words ("П оправка", "д окум ен тац и и")
GOOD_ENOUGH = 0.97  # share of letters in listed words above which the default extraction is kept
WORD = re.compile(r"[^\W\d_]{2,}")
WORD_LETTERS = re.compile(r"[^\W\d_]")
EDGE = 0.1  # share of the page height, at the top and at the bottom, where furniture lives
PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:(?:стр\.?|страница|page|p\.)\s*)?\d{1,4}(?:\s*(?:/|из|of)\s*\d{1,4})?(?:\s*[-–—])?$",
    re.I,
)
SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")
SOFT_HYPHEN = re.compile(r"\u00ad\s*")
INLINE_LEADERS = re.compile(r"[ \t]*(?:[.…·][ \t]?){5,}[ \t]*")  # "Область применения ........ 3"
HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])[-\u00ad]\n(?=[a-zа-яё])")
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
LEADERS = re.compile(
    r"^[.\s·…]*\.[.\s·…]*\d*$"
)  # table-of-contents dot leaders, with or without a page number


@dataclass
class Box:
    page: int
    text: str
    top: float  # distance from the page top, as a share of its height
    bottom: float


def parse_pdf(data: bytes) -> list[Parsed]:
    pages = _boxes(data, WORD_MARGIN)
    if known_share(_page_text(pages)) < GOOD_ENOUGH:  # words broken by kerning? try a wider word gap
        wider = _boxes(data, WIDE_WORD_MARGIN)
        if len(wider) == len(pages):  # page by page, keep the extraction whose words are words
            pages = [
                wide if known_share(_page_text([wide])) > known_share(_page_text([page])) + 0.005 else page
                for page, wide in zip(pages, wider, strict=True)
            ]
    pages = [_without_letter_columns(page) for page in pages]
    boxes = [box for box in _without_furniture(pages) if box.text and not LEADERS.match(box.text)]
    if not boxes:
        raise FormatError("no_text_layer", "the PDF has no extractable text (a scan? run OCR first)")
    return [_document(_paragraphs(boxes), n_pages=len(pages))]


def _without_letter_columns(page: list[Box]) -> list[Box]:
    """A run of three or more boxes of one or two letters each (no digits): a word written
    vertically letter by letter, such as a watermark down the margin, not text."""
    tiny = [len(WORD_LETTERS.findall(box.text)) <= 2 and not re.search(r"\d", box.text) for box in page]
    keep = [True] * len(page)
    start = 0
    while start < len(page):
        end = start
        while end < len(page) and tiny[end]:
            end += 1
        if end - start >= 3:
            keep[start:end] = [False] * (end - start)
        start = end + 1
    return [box for box, kept in zip(page, keep, strict=True) if kept]


def _page_text(pages: list[list[Box]]) -> str:
    return "\n".join(box.text for page in pages for box in page)


def known_share(text: str, sample: int = 20_000) -> float:
    """Share of the letters (of the first ``sample`` words) that belong to words wordfreq lists, in
    the text's majority script's language: how well the extraction kept words whole."""
    from wordfreq import zipf_frequency

    words = WORD.findall(text)[:sample]
    letters = sum(len(w) for w in words)
    if not letters:
        return 1.0
    cyrillic = sum(1 for w in words if "\u0400" <= w[0] <= "\u04ff")
    lang = "ru" if cyrillic * 2 >= len(words) else "en"
    known = sum(len(w) for w in words if zipf_frequency(w.lower(), lang, wordlist="small") > 0)
    return known / letters


def _upright(item) -> bool:
    """Mostly upright characters: rotated text (a vertical watermark, a turned table) is not prose."""
    from pdfminer.layout import LTChar, LTContainer

    def chars(node) -> list:
        if isinstance(node, LTChar):
            return [node]
        return [c for child in node for c in chars(child)] if isinstance(node, LTContainer) else []

    found = chars(item)
    return not found or sum(char.upright for char in found) * 2 >= len(found)


def _boxes(data: bytes, word_margin: float) -> list[list[Box]]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer
    from pdfminer.pdfparser import PDFSyntaxError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise FormatError("not_a_pdf", "the file does not start with %PDF: not a PDF (or a broken download)")
    pages: list[list[Box]] = []
    try:
        params = LAParams(word_margin=word_margin)
        for number, page in enumerate(extract_pages(io.BytesIO(data), laparams=params)):
            height = page.height or 1.0
            pages.append(
                [
                    Box(number, _clean_box(item.get_text()), 1 - item.y1 / height, 1 - item.y0 / height)
                    for item in page
                    if isinstance(item, LTTextContainer) and _upright(item)
                ]
            )
    except PDFSyntaxError as err:
        raise FormatError("broken_pdf", f"pdfminer: {err}; the PDF is damaged or truncated") from err
    except Exception as err:  # noqa: BLE001 - pdfminer raises many types on damaged files
        raise FormatError(
            "broken_pdf", f"{type(err).__name__}: {err}; the PDF is damaged or truncated"
        ) from err
    return pages


def _clean_box(text: str) -> str:
    """One box's lines → one paragraph: soft hyphens and hyphens at line ends joined, dot leaders
    inside lines removed, letter-spaced words joined."""
    text = SOFT_HYPHEN.sub("", text.strip().rstrip("\u00ad")) + (
        "\u00ad" if text.strip().endswith("\u00ad") else ""
    )
    text = INLINE_LEADERS.sub(" ", HYPHEN_BREAK.sub("", text))
    text = " ".join(line.strip() for line in text.split("\n") if line.strip())
    return re.sub(r"\s{2,}", " ", SPACED.sub(lambda m: m.group(0).replace(" ", ""), text))


def _furniture_key(text: str) -> str:
    """Digits and spacing aside: "ГОСТ 2 .1 0 5 -9 5" on one page is "ГОСТ 2.105-95" on the next."""
    return re.sub(r"[\d\s]+", "#", text.lower())


def _without_furniture(pages: list[list[Box]]) -> list[Box]:
    """Drop page numbers and edge boxes repeated on at least half of the pages (three at least)."""
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({_furniture_key(b.text) for b in page if b.top < EDGE or b.bottom > 1 - EDGE})
    repeated = {key for key, count in seen.items() if count >= max(3, len(pages) / 2)}
    kept = []
    for page in pages:
        for box in page:
            at_edge = box.top < EDGE or box.bottom > 1 - EDGE
            if at_edge and (PAGE_NUMBER.match(box.text) or _furniture_key(box.text) in repeated):
                continue
            kept.append(box)
    return kept


def _paragraphs(boxes: list[Box]) -> list[str]:
    """Boxes → paragraphs; a paragraph cut by a page break (no sentence end, lowercase next) is rejoined."""
    paragraphs: list[str] = []
    previous: Box | None = None
    for box in boxes:
        if previous is not None and paragraphs[-1].endswith("\u00ad") and box.text[:1].islower():
            paragraphs[-1] = paragraphs[-1][:-1] + box.text  # a word split at a soft hyphen
        elif (
            previous is not None
            and box.page != previous.page
            and not SENTENCE_END.search(paragraphs[-1])
            and box.text[:1].islower()
        ):
            joined = paragraphs[-1]
            if re.search(r"[^\W\d_]-$", joined):
                paragraphs[-1] = joined[:-1] + box.text
            else:
                paragraphs[-1] = f"{joined} {box.text}"
        else:
            paragraphs.append(box.text)
        previous = box
    return [paragraph.replace("\u00ad", "") for paragraph in paragraphs]


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
