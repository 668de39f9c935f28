"""Writes page_break.pdf, the PDF fixture for paragraphs across page breaks (run once; committed).

Three pages of sloika's own Russian text (Apache-2.0) justified as TeX sets a paragraph that indents
its first lines: page 1 ends on a full line that ends a sentence, and page 2 goes on at the margin
with a capital (two paragraphs for the reader: a sentence end at a page break is as often a
paragraph's end);
page 2 ends on a full line without a sentence end, and page 3 goes on at the margin with a capital
("P. media"-style: one paragraph); then a short last line, and page 3's second paragraph opens
indented. Needs fpdf2 and a Cyrillic TTF: python make_page_break_pdf.py [/path/to/DejaVuSans.ttf]
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_layout_pdf import FONT, LEFT, first_page, justified  # the same page and type as layout.pdf

PITCH = 6.0  # mm between baselines
INDENT = 8.0  # mm: a paragraph's first line
PAGES = [
    [  # (indented, justified, text)
        (True, True, "Конвейер читает каждую страницу отдельно, а потом собирает"),
        (False, True, "абзацы заново: в файле нет ничего, кроме строк и их мест на"),
        (False, True, "странице. Строка внизу страницы, которая доходит до правого"),
        (False, True, "поля, обычно продолжается на следующей странице без отступа."),
    ],
    [
        (False, True, "Так бывает и тогда, когда на ней кончается предложение, а"),
        (False, True, "следующая строка начинается с прописной буквы, как здесь, и"),
        (False, True, "читатель видит один абзац, пока не встретит отступ. Род описан"),
    ],
    [
        (False, True, "Linnaeus в старой книге, и это тоже продолжение того же абзаца,"),
        (False, False, "хотя имя и начинается с прописной."),
        (True, True, "Новый абзац начинается с отступа, и его первая строка не"),
        (False, False, "продолжает прежний абзац."),
    ],
]


def main(font: str = FONT) -> None:
    pdf = first_page(font)
    for number, lines in enumerate(PAGES):
        if number:
            pdf.add_page()
        y = 40.0
        for indented, full, text in lines:
            left = LEFT + (INDENT if indented else 0.0)
            if full:
                justified(pdf, y, text, left)
            else:
                pdf.text(left, y, text)
            y += PITCH
    pdf.output(str(Path(__file__).with_name("page_break.pdf")))


if __name__ == "__main__":
    main(*sys.argv[1:])
