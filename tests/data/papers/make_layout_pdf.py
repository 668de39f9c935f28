"""Writes layout.pdf, the PDF fixture for reflow and spacing (run once; committed).

Three pages of sloika's own Russian text, each line placed by hand so the PDF has what GOST and
Debian PDFs have (which are not copied): a running header in three spellings (letters set apart by
gaps without space glyphs, plain, typed letter by letter with spaces), page numbers, justified
hard-wrapped lines drawn word by word (no space glyphs, as TeX writes them), a Word-style line with
space glyphs and wide kerning between letters, a heading typed letter by letter, a numbered heading
followed by its first clause, line-end hyphens (a word, a compound, a rare word's syllable break),
a first-line indent, a paragraph gap and a paragraph continued on the next page. The fourth page
has what pdfminer reads out of order: a ruled table (drawn lines, cells placed by hand), a footnote
mark set small and raised after a word, two columns of prose side by side on the same baselines,
and the footnote's body in a smaller font at the page bottom. Needs fpdf2 and a Cyrillic TTF:
python make_layout_pdf.py [/path/to/DejaVuSans.ttf]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LEFT, WIDTH, SIZE = 20.0, 163.0, 11  # mm, mm, pt
EM = SIZE * 25.4 / 72  # one em in mm
PITCH = 6.0  # mm between baselines
# (kind, text): "justify" fills the width word by word, "left" is drawn as it is, "indent" is a
# justified line 10 mm in, "kerned" puts every character (spaces too) 0.15 em apart, "gap" skips a line
PAGES = [
    [
        ("left", "П р и м е р ы о ф о р м л е н и я"),
        ("gap", ""),
        ("left", "4.5 Сноски"),
        ("justify", "4.5.1 Если в тексте нужно пояснить отдельные данные, их отмечают"),
        ("justify", "надстрочными знаками, а пояснения выносят вниз страницы докумен-"),
        ("justify", "тации. Так поступают во всех управлениях, в том числе и в северо-"),
        ("left", "западных, где правила одинаковы для всех."),
        ("kerned", "Поправку к стандарту вносят тем же порядком, что и сам"),
        ("justify", "стандарт, и публикуют её в том же ежемесячном указателе, причём без"),
    ],
    [
        ("left", "исключений для отдельных разделов."),
        ("gap", ""),
        ("justify", "Текст стандарта разбивают на разделы, подразделы, пункты и подпункты."),
        ("justify", "В нём встречаются и редкие слова, например прилагательное экстраполяци-"),
        ("left", "онный, их перенос снимают."),
    ],
    [("left", "Последний лист завершает текст стандарта.")],
]
TABLE = [("Формат", "Читатель"), ("PDF", "pdfminer.six"), ("HTML", "trafilatura")]
COLUMNS = (  # left and right column, line by line on shared baselines
    [
        "Левая колонка начинается здесь и",
        "продолжается на следующей строке,",
        "пока мысль не закончится точкой.",
    ],
    [
        "Правая колонка стоит рядом с левой",
        "на тех же строках, но читать её",
        "нужно только после левой колонки.",
    ],
)


def header(pdf: FPDF, number: int) -> None:
    """ "ГОСТ 7.1—2003" three ways: letters 0.25 em apart and words 0.8 em apart without space glyphs;
    plain; typed with a space between every character."""
    pdf.set_font("DejaVu", size=9)
    if number == 0:
        x = LEFT
        for word in ("ГОСТ", "7.1—2003"):
            for char in word:
                pdf.text(x, 12, char)
                x += pdf.get_string_width(char) + 0.25 * 9 * 25.4 / 72
            x += 0.8 * 9 * 25.4 / 72
    elif number == 1:
        pdf.text(LEFT, 12, "ГОСТ 7.1—2003")
    else:
        pdf.text(LEFT, 12, " ".join("ГОСТ 7.1-2003"))
    pdf.text(105, 287, str(number + 1))  # the page number at the bottom


def justified(pdf: FPDF, y: float, text: str, left: float = LEFT) -> None:
    words = text.split()
    room = LEFT + WIDTH - left - sum(pdf.get_string_width(w) for w in words)
    x = left
    for word in words:
        pdf.text(x, y, word)
        x += pdf.get_string_width(word) + room / max(len(words) - 1, 1)


def kerned(pdf: FPDF, y: float, text: str) -> None:
    x = LEFT + 10  # a first-line indent
    for char in text:
        pdf.text(x, y, char)
        x += pdf.get_string_width(char) + 0.15 * EM


def first_page(font: str = FONT, size: float = SIZE) -> FPDF:
    """An A4 document on its first page, DejaVu at ``size`` and no automatic page breaks: the page
    every generated fixture here starts from, so that their type and page are the same."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=font)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DejaVu", size=size)
    return pdf


def main(font: str = FONT) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=font)
    pdf.set_auto_page_break(False)
    for number, lines in enumerate(PAGES):
        pdf.add_page()
        header(pdf, number)
        pdf.set_font("DejaVu", size=SIZE)
        y = 40.0
        for kind, text in lines:
            if kind == "justify":
                justified(pdf, y, text)
            elif kind == "kerned":
                kerned(pdf, y, text)
            elif kind == "left":
                pdf.text(LEFT, y, text)
            y += PITCH * (1.6 if kind == "gap" else 1)
    fourth_page(pdf)
    pdf.output(str(Path(__file__).with_name("layout.pdf")))


def fourth_page(pdf: FPDF) -> None:
    """A caption, a ruled table, a line with a raised footnote mark, two columns, the footnote."""
    pdf.add_page()
    header(pdf, 3)
    pdf.set_font("DejaVu", size=SIZE)
    pdf.text(LEFT, 40, "Таблица 1 — Форматы и их читатели")
    top, row, cut = 45.0, 8.0, LEFT + 50
    pdf.set_line_width(0.3)
    for i in range(len(TABLE) + 1):
        pdf.line(LEFT, top + i * row, LEFT + 110, top + i * row)
    for x in (LEFT, cut, LEFT + 110):
        pdf.line(x, top, x, top + len(TABLE) * row)
    for i, (left, right) in enumerate(TABLE):
        pdf.text(LEFT + 2, top + i * row + 5.5, left)
        pdf.text(cut + 2, top + i * row + 5.5, right)
    y = top + len(TABLE) * row + 10
    before = "Таблица показывает, какой читатель"
    pdf.text(LEFT, y, before)
    x = LEFT + pdf.get_string_width(before)
    pdf.set_font("DejaVu", size=7)
    pdf.text(x + 0.2, y - 1.6, "1")  # the footnote mark: smaller, above the baseline
    x += 0.2 + pdf.get_string_width("1") + 0.1
    pdf.set_font("DejaVu", size=SIZE)
    pdf.text(x, y, " разбирает каждый формат.")
    y += 2 * PITCH
    for left, right in zip(*COLUMNS, strict=True):
        pdf.text(LEFT, y, left)
        pdf.text(LEFT + 88, y, right)
        y += PITCH
    pdf.line(LEFT, 262, LEFT + 50, 262)  # the footnote rule
    pdf.set_font("DejaVu", size=6)
    pdf.text(LEFT, 266.5, "1")
    pdf.set_font("DejaVu", size=8)
    pdf.text(LEFT + 1.8, 268, "Читатели выбирают по расширению файла.")


if __name__ == "__main__":
    main(*sys.argv[1:])
