"""A chapter opener's label set on lines of its own over the chapter's title, cut from the text.

Sphinx's LaTeX manuals (fncychap's Bjarne style) open each chapter with "CHAPTER" in small capitals,
under it the chapter's number spelled out in large bold ("ONE", "TWENTY-ONE"; an appendix's letter),
and under that the title. The word "CHAPTER" comes back at one place on every opener and goes as
page furniture, which left the number word alone as a paragraph over the title. The title is the
heading a reader keeps (its sections are numbered "1.1", "1.2" under it); the label goes to
``removed``, both its lines, as ``chapter_label``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.pdf_line_record import Line, _rows_shared, _spans_overlap, body_size

CHAPTER_LABEL = "chapter_label"  # why the label's lines leave the text
CHAPTER_WORD = re.compile(r"(?:chapter|appendix|part|глава|приложение|часть)", re.I)
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# a chapter's number as an opener sets it: digits, a Roman numeral, an appendix's letter, or in words
CHAPTER_NUMBER = re.compile(
    rf"(?:\d{{1,3}}|[IVXLC]{{1,7}}|[A-ZА-Я]|(?:{_TENS})(?:-(?:{_UNITS}))?|{_TEENS}|{_UNITS})", re.I
)
LABEL_GAP = 2.0  # em of the number's size: the number stands at most this far under the chapter word
TITLE_STEP = 1.0  # pt: a chapter's title is set this much larger than the body, its number larger still
TITLE_LEADING = 1.0  # em of the title's size: its lines stand at most this far apart


def chapter_labels_cut(
    pages: list[list[Line]], dropped: list[tuple[Line, str]]
) -> tuple[list[list[Line]], list[tuple[Line, str]]]:
    """The pages without each chapter opener's label (``_label_number``), and the lines taken out
    with the label's lines as ``CHAPTER_LABEL``, the chapter word's among them whether it was kept
    or had gone as page furniture."""
    labels: dict[int, Line] = {}
    for number, page in enumerate(pages):
        words = page + [line for line, _ in dropped if line.page == number]
        for word in (line for line in words if CHAPTER_WORD.fullmatch(line.text.strip())):
            found = _label_number(page, word)
            if found is not None:
                labels.update({id(word): word, id(found): found})
    kept = [[line for line in page if id(line) not in labels] for page in pages]
    cut = [(line, why) for line, why in dropped if id(line) not in labels]
    return kept, cut + [(line, CHAPTER_LABEL) for line in labels.values()]


def _label_number(page: list[Line], word: Line) -> Line | None:
    """The kept line right under the chapter word ``word`` where it is the chapter's number alone
    (``CHAPTER_NUMBER``), set no smaller than the word, across from it and within ``LABEL_GAP``
    of it, alone on its row (a table's column headed "Chapter" has cells beside its numbers), with
    a line under it (the title); else None."""
    under = sorted((line for line in page if line.top >= word.bottom), key=lambda line: line.top)
    if len(under) < 2:
        return None
    number = under[0]
    near = number.top - word.bottom <= LABEL_GAP * number.size
    alone = not any(_rows_shared(number, line) for line in page if line is not number)
    fits = number.size >= word.size and CHAPTER_NUMBER.fullmatch(number.text.strip())
    return number if near and alone and fits and _spans_overlap(word, number) else None


def chapter_numbers_joined(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages with each chapter opener's number set beside its title (``_title_beside``) read
    with the title as one line, the number first: a number alone at the page's top is taken for a
    page number, and gap-sonata's tutorial lost "4" of "4 / Nearrings of transformations / on
    groups" as page furniture, its title read as two paragraphs."""
    body = body_size(pages)
    joined = []
    for page in pages:
        for number in [line for line in page if CHAPTER_NUMBER.fullmatch(line.text.strip())]:
            title = _title_beside(page, number, body)
            if title:
                text = " ".join([number.text.strip(), *(line.text.strip() for line in title)])
                whole = replace(
                    title[0],
                    text=text,
                    x0=number.x0,
                    x1=max(line.x1 for line in title),
                    top=min(number.top, title[0].top),
                    bottom=max(number.bottom, title[-1].bottom),
                )
                gone = {id(line) for line in title[1:]} | {id(number)}
                page = [whole if line is title[0] else line for line in page if id(line) not in gone]
        joined.append(page)
    return joined


def _title_beside(page: list[Line], number: Line, body: float) -> list[Line]:
    """The lines of the chapter's title set beside ``number``, top to bottom: every line that shares
    its height stands right of it, in one size larger than the body's by ``TITLE_STEP`` and smaller
    than the number's, and with the lines of that size right of the number stacked over and under
    them, each within ``TITLE_LEADING`` of the next (the number's box, hung from its baseline, may
    miss a title's first line), they are the title; else none (a table's number cell beside its row,
    a heading's number in its title's size, a figure beside a paragraph)."""
    shared = [line for line in page if line is not number and _rows_shared(line, number)]
    size = shared[0].size if shared else 0.0
    if not body + TITLE_STEP < size < number.size - TITLE_STEP:
        return []
    sized = sorted(
        (line for line in page if line.x0 >= number.x1 and abs(line.size - size) < TITLE_STEP),
        key=lambda line: line.top,
    )
    if len({id(line) for line in sized} & {id(line) for line in shared}) < len(shared):
        return []
    title = sorted(shared, key=lambda line: line.top)
    reach = TITLE_LEADING * size
    while True:
        over = [line for line in sized if title[0].top - reach <= line.bottom < title[0].top]
        under = [line for line in sized if title[-1].bottom < line.top <= title[-1].bottom + reach]
        if not over and not under:
            break
        title = [*over[-1:], *title, *under[:1]]
    return title if all(b.top - a.bottom <= reach for a, b in zip(title, title[1:], strict=False)) else []
