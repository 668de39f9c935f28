"""Writes noisy.pdf, the PDF fixture for text layers like the GOST standards' (run once; committed).

Two pages of sloika's own Russian text with the defects of those PDFs (which are not copied):
a running header whose spacing differs from page to page ("ГОСТ 1 .2 3 -4 5" / "ГОСТ 1.23-45"),
a line set with wide character spacing (which breaks its words at pdfminer's default word gap), a
word written letter by letter down the margin (a vertical watermark), a table-of-contents line
with dot leaders, page numbers. Needs fpdf2 and a Cyrillic TTF:
python make_noisy_pdf.py [/path/to/DejaVuSans.ttf]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HEADERS = ["ГОСТ 1 .2 3 -4 5", "ГОСТ 1.23-45", "ГОСТ 1. 23 - 45"]
SPACED = "Настоящий стандарт устанавливает правила"
WATERMARK = "КОНТРОЛЬНЫЙ"


def main(font: str = FONT) -> None:
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=font)
    pdf.set_auto_page_break(False)
    for number, header in enumerate(HEADERS):
        pdf.add_page()
        pdf.set_font("DejaVu", size=9)
        pdf.set_xy(20, 10)
        pdf.cell(0, 5, header)
        pdf.set_xy(20, 40)
        pdf.set_font("DejaVu", size=11)
        if number == 0:
            pdf.set_char_spacing(2)
            pdf.cell(0, 6, SPACED + ".")
            pdf.set_char_spacing(0)
            pdf.set_xy(20, 50)
            pdf.multi_cell(150, 6, "1 Область применения " + "." * 40 + " 3")
            pdf.set_font("DejaVu", size=10)
            for index, letter in enumerate(WATERMARK):
                pdf.text(195, 60 + index * 6, letter)
        else:
            pdf.multi_cell(150, 6, f"Лист {number + 1} продолжает текст стандарта обычными словами.")
        pdf.set_font("DejaVu", size=9)
        pdf.set_xy(100, 285)
        pdf.cell(0, 5, str(number + 1))
    pdf.output(str(Path(__file__).with_name("noisy.pdf")))


if __name__ == "__main__":
    main(*sys.argv[1:])
