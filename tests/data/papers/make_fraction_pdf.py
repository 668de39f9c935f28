"""Writes fraction.pdf, the PDF fixture for inch fractions a scan's text layer lost (run once; committed).

One page of sloika's own Russian text, every line placed by hand, with what the OCR text layer of GOST
2.105's scan in ``$SHARED_DATA/papers/gost_pdfs`` (not copied) holds where the page prints inch
fractions: a superscript numerator read as a mark ("*/4"" for ¹/4", "'/2"" for ¹/2"), stacked
fractions whose denominators are read as ", -j" on the line and whose numerators as two tiny italic
Courier words above it, cut from the line's words by a gap where the fractions stand; and a line with
a fraction whose digits are all there ("5/32"), which stays. Needs fpdf2 and a Cyrillic TTF:
python make_fraction_pdf.py [/path/to/DejaVuSans.ttf]
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_layout_pdf import first_page

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LEFT, SIZE, TINY = 20.0, 10, 4  # mm, pt, pt
PITCH = 5.0  # mm between baselines
BEFORE = 'Шаг резьбы в дюймах пишут простой дробью, например */4"; \'/2" (но не'
AFTER = ", -j )."  # the stacked fractions' denominators and the closing bracket, after a gap
NUMERATORS = ("ft", "tr")  # above the gap, set tiny
GAP = 5.0  # mm between the line's words and AFTER
REST = "Прочие числа пишут десятичными дробями или дробью через косую черту: 5/32."


def main(font: str = FONT) -> None:
    pdf = first_page(font, SIZE)
    y = 40.0
    pdf.text(LEFT + 10, y, BEFORE)
    x = LEFT + 10 + pdf.get_string_width(BEFORE) + GAP
    pdf.text(x, y, AFTER)
    pdf.set_font("Courier", style="I", size=TINY)
    pdf.text(x - 1.5, y - 3.2, NUMERATORS[0])
    pdf.text(x + 5.0, y - 3.2, NUMERATORS[1])
    pdf.set_font("DejaVu", size=SIZE)
    pdf.text(LEFT + 10, y + PITCH, REST)
    pdf.output(str(Path(__file__).with_name("fraction.pdf")))


if __name__ == "__main__":
    main(*sys.argv[1:])
