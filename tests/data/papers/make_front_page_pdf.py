"""Writes front_page.pdf, the PDF fixture for a DocBook manual's front pages as dblatex sets them
(run once; committed).

sloika's own text, set the way debian-history's project-history.ru.pdf (GPL, not copied) sets its
front pages: a title page of ruled tables, a title in capitals centred over each ("CONTRIBUTORS",
"REVISION HISTORY"; the second drawn after its table, as the layer reads it); then a page whose
abstract is drawn before its centred heading "Аннотация", which stands above it; then a chapter.
Needs fpdf2 and a Cyrillic TTF: python make_front_page_pdf.py [/path/to/DejaVuSans.ttf]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LEFT, RIGHT, SIZE = 20.0, 190.0, 10  # mm, mm, pt
ABSTRACT = "Этот сборник описывает, как конвейер читает документы разных форматов."
CHAPTER = [
    "Конвейер начинается с чтения файлов, а заканчивается записью слоёв разметки.",
    "Каждый шаг оставляет свои следы в отдельном слое, и ничего не теряется.",
]


def ruled(pdf: FPDF, top: float, rows: list[tuple[str, ...]]) -> None:
    """A ruled table across the text width: a rule above and below each row, one at each side and
    between the columns; each cell's text 2 mm in."""
    row, width = 8.0, (RIGHT - LEFT) / len(rows[0])
    pdf.set_line_width(0.3)
    for i in range(len(rows) + 1):
        pdf.line(LEFT, top + i * row, RIGHT, top + i * row)
    for i in range(len(rows[0]) + 1):
        pdf.line(LEFT + i * width, top, LEFT + i * width, top + len(rows) * row)
    for i, cells in enumerate(rows):
        for j, cell in enumerate(cells):
            pdf.text(LEFT + j * width + 2, top + i * row + 5.5, cell)


def centred(pdf: FPDF, y: float, text: str) -> None:
    pdf.text((LEFT + RIGHT - pdf.get_string_width(text)) / 2, y, text)


def main(font: str = FONT) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=font)
    pdf.set_auto_page_break(False)
    pdf.set_font("DejaVu", size=SIZE)
    pdf.add_page()
    centred(pdf, 30, "CONTRIBUTORS")
    ruled(pdf, 38, [("ACTION", "NAME", "DATE"), ("WRITTEN BY", "Сборщик", "1 мая 2026 г.")])
    ruled(pdf, 80, [("NUMBER", "DATE", "DESCRIPTION")])
    centred(pdf, 74, "REVISION HISTORY")  # drawn after its table, read after it
    pdf.add_page()
    pdf.text(LEFT, 120, ABSTRACT)  # drawn before its heading, which stands above it
    centred(pdf, 108, "Аннотация")
    pdf.add_page()
    pdf.set_font("DejaVu", size=20)
    pdf.text(LEFT, 40, "Глава 1")
    pdf.set_font("DejaVu", size=SIZE)
    y = 60.0
    for paragraph in CHAPTER:
        pdf.text(LEFT, y, paragraph)
        y += 10.0
    pdf.output(str(Path(__file__).with_name("front_page.pdf")))


if __name__ == "__main__":
    main(*sys.argv[1:])
