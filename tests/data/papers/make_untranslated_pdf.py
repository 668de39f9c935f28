"""Writes untranslated.pdf, the PDF fixture for a half-translated manual (run once; committed).

One page of sloika's own text shaped like the Russian Debian manuals' PDFs in the shared data (not
copied): Russian paragraphs with an English one the translators left, footnote marks set small and
raised after a word before and after it, a drawing's stray letters ("P = f ,") standing alone after
it, and the footnotes at the page bottom. Cutting the English paragraph must leave every other
``removed`` record where its text stood. Needs fpdf2 and a Cyrillic TTF:
python make_untranslated_pdf.py [/path/to/DejaVuSans.ttf]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF
from make_layout_pdf import first_page

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LEFT, SIZE, PITCH = 20.0, 11, 6.0  # mm, pt, mm between baselines
# paragraphs of lines; "^N" after a word is footnote mark N
PARAGRAPHS = [
    [
        "Пакет собирают командой debuild, а она сама вызывает^1 все",
        "нужные шаги сборки по порядку и проверяет результат.",
    ],
    [
        "The Section line gives the section of the Debian archive where",
        "the package goes, and most packages belong to the main section.",
    ],
    ["P = f ,"],
    [
        "Поле Priority описывает, насколько пакет важен^2 для",
        "пользователя системы, и обычно его значение optional.",
    ],
    ["Готовый пакет проверяют программой lintian перед загрузкой в архив."],
]
FOOTNOTES = ["1 Через dpkg-buildpackage.", "2 Подробнее в руководстве по политике Debian."]


def line(pdf: FPDF, y: float, text: str) -> None:
    """The line word by word, a mark smaller and raised right after its word."""
    x = LEFT
    for word in text.split(" "):
        word, _, mark = word.partition("^")
        pdf.text(x, y, word)
        x += pdf.get_string_width(word)
        if mark:
            pdf.set_font("DejaVu", size=7)
            pdf.text(x + 0.2, y - 1.6, mark)
            x += 0.2 + pdf.get_string_width(mark) + 0.1
            pdf.set_font("DejaVu", size=SIZE)
        x += pdf.get_string_width(" ")


def main(font: str = FONT) -> None:
    pdf = first_page(font, SIZE)
    y = 40.0
    for paragraph in PARAGRAPHS:
        for text in paragraph:
            line(pdf, y, text)
            y += PITCH
        y += PITCH * 0.8  # the paragraph gap
    pdf.line(LEFT, 262, LEFT + 50, 262)  # the footnote rule
    for index, note in enumerate(FOOTNOTES):
        mark, text = note.split(" ", 1)
        pdf.set_font("DejaVu", size=6)
        pdf.text(LEFT, 266.5 + index * 5, mark)
        pdf.set_font("DejaVu", size=8)
        pdf.text(LEFT + 1.8, 268 + index * 5, text)
    pdf.output(str(Path(__file__).with_name("untranslated.pdf")))


if __name__ == "__main__":
    main(*sys.argv[1:])
