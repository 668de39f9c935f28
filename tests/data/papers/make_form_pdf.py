"""Writes form.pdf, the PDF fixture for a ruled table whose header cells stack their labels over
several lines (run once; committed).

sloika's own labels (Apache-2.0) in the shape of a botanical field form typeset with LaTeX (the
`field-form` example of texlive-latex-extra-doc's shipunov, which is not copied): a framed table,
a vertical rule between every two columns, a rule under the header, header cells of three, two,
three and one lines of abbreviations, two data rows each under its own rule. Needs fpdf2 and a
Cyrillic TTF: python make_form_pdf.py [/path/to/DejaVuSans.ttf]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LEFT, TOP, SIZE = 30.0, 50.0, 9  # mm, mm, pt
COLUMN, PITCH = 25.0, 4.0  # mm: a column's width, a header line's baseline step
HEADER = (("№", "выс", "раст"), ("дл", "сцв"), ("кол", "лст", "пл"), ("цв",))
ROWS = (("1", "12", "3", "2"), ("2", "15", "4", "1"))
HEADER_HEIGHT, ROW_HEIGHT = 15.0, 7.0  # mm


def main(font: str = FONT) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=font)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    pdf.text(LEFT, TOP - 8, "Бланк описания популяции")
    pdf.set_font("DejaVu", size=SIZE)
    pdf.set_line_width(0.3)
    width = COLUMN * len(HEADER)
    bottom = TOP + HEADER_HEIGHT + ROW_HEIGHT * len(ROWS)
    for y in (
        TOP,
        TOP + HEADER_HEIGHT,
        *(TOP + HEADER_HEIGHT + ROW_HEIGHT * (i + 1) for i in range(len(ROWS))),
    ):
        pdf.line(LEFT, y, LEFT + width, y)
    for i in range(len(HEADER) + 1):
        pdf.line(LEFT + i * COLUMN, TOP, LEFT + i * COLUMN, bottom)
    for i, labels in enumerate(HEADER):
        for j, label in enumerate(labels):
            pdf.text(LEFT + i * COLUMN + 2, TOP + 4 + j * PITCH, label)
    for r, row in enumerate(ROWS):
        for i, cell in enumerate(row):
            pdf.text(LEFT + i * COLUMN + 2, TOP + HEADER_HEIGHT + ROW_HEIGHT * r + 5, cell)
    pdf.output(str(Path(__file__).with_name("form.pdf")))


if __name__ == "__main__":
    main(*sys.argv[1:])
