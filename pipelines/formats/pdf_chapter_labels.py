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

from sloika.pipelines.formats.pdf_line_record import Line, _rows_shared, _spans_overlap

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
