"""Writes table_last.pdf, the PDF fixture for a document whose last element is a ruled table (run
once; committed).

sloika's own text, set as a DocBook/dblatex front page or a font specimen ends (obnov's
example_obn.pdf, not copied, ends in glyph tables): two Russian paragraphs, the second ending in a
line of spaces and a page number under it, then on the next page a ruled table of two columns and
three rows with nothing after it. Needs fpdf2 and a Cyrillic TTF:
python make_table_last_pdf.py [/path/to/DejaVuSans.ttf]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF
from make_layout_pdf import first_page

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LEFT, SIZE, PITCH = 20.0, 11, 6.0  # mm, pt, mm
PARAGRAPHS = [
    "Образец шрифта начинается с обычного текста.",
    "Таблицы знаков идут после текста и завершают документ.",
]
TABLE = [("Код", "Знак"), ("C0", "А Б В Г"), ("E0", "а б в г")]


def ruled_table(pdf: FPDF, top: float) -> None:
    """Two columns, a rule above and below every row and at both sides and between the columns."""
    row, cut, right = 8.0, LEFT + 30, LEFT + 90
    pdf.set_line_width(0.3)
    for i in range(len(TABLE) + 1):
        pdf.line(LEFT, top + i * row, right, top + i * row)
    for x in (LEFT, cut, right):
        pdf.line(x, top, x, top + len(TABLE) * row)
    for i, (left, cell) in enumerate(TABLE):
        pdf.text(LEFT + 2, top + i * row + 5.5, left)
        pdf.text(cut + 2, top + i * row + 5.5, cell)


def main(font: str = FONT) -> None:
    pdf = first_page(font, SIZE)
    y = 40.0
    for paragraph in PARAGRAPHS:
        pdf.text(LEFT, y, paragraph)
        y += 2 * PITCH
    pdf.text(LEFT, y, "   ")  # a line of spaces: nothing a reader keeps
    pdf.add_page()
    ruled_table(pdf, 40.0)
    pdf.output(str(Path(__file__).with_name("table_last.pdf")))


if __name__ == "__main__":
    main(*sys.argv[1:])
