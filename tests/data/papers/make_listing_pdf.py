"""Writes listing.pdf, the PDF fixture for code listings, screens and command lines in a manual
rendered from DocBook (run once; committed).

sloika's own text, set the way the Debian manuals' PDFs in the shared data (GPL, not copied) set
their listings: a listing in a smaller monospaced font with line numbers in a column of their own
(right-aligned, so "9" stands one digit right of "10"), continuation lines indented away from their
number (pdfminer reads them as boxes of their own, after the numbers), and a row whose right part
stands a tab away ("CFLAGS" … "= -O2"), a number and its text read as one line with two columns
between them (a gap, or two space glyphs); a two-column screen whose rows are parted by a prose line
("frobnicate" … "install", "на:", "frobnicate" … "hold"); a command set inline at the body's size that the
line breaks ("aptitude" + "install foo."); a file name whose placeholder is set in monospaced italic
("lib" + "foo" + ".so.1"); untranslated English paragraphs that introduce commands ("… run the
command" + "service foo start" + "and" + "service foo stop") and one that introduces a setting
("… in the ~/.toolrc file:" + "KEY=значение" + "в начале файла.", the sentence's translated
tail); a log line set on a row of its own inside a sentence ("(например" + line + "), и …").
Word spaces are gaps, not glyphs. Needs fpdf2 and the DejaVu fonts:
python make_listing_pdf.py [/path/to/dejavu/]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF

FONTS = "/usr/share/fonts/truetype/dejavu/"
LEFT, SIZE, CODE_SIZE, PITCH, CODE_PITCH = 20.0, 10, 9, 5.5, 4.0  # mm, pt, pt, mm, mm
LISTING = [  # number, text at the text column (None: the line is the number alone), right part
    ("1", "# Файл настроек сборки", None),
    ("2", "Source: frobnicate", None),
    ("3", None, None),
    ("4", "Files: *", None),
    ("5", "License: Apache-2.0", None),
    ("6", None, None),
    ("7", "export CFLAGS", "= -O2 -Wall"),
    ("8", "License: Apache-2.0", None),
    ("9", None, None),
    ("10", None, None),
    ("11", "Licensed under the Apache License, Version 2.0", None),
    ("12", "you may not use this file except in compliance", None),
    ("13", "with the License.", None),
    ("14", "(at your option) any later version.", None),
    ("15", " -- Автор <author@example.org>  Пн, 30 ноя 2026", None),
]
NEAR = {"14"}  # its text stands 1.9 columns right of the number: pdfminer reads them as one line
GLYPHS = {"15"}  # drawn as one string, its spaces as glyphs (two between the name and the date)
INDENTED = {"10", "11", "12", "13"}  # their text stands four columns right of the number's


def words(pdf: FPDF, x: float, y: float, text: str, font: str = "Serif", size: int = SIZE) -> float:
    """Words one space's width apart, no space glyph drawn; returns where the last one ends."""
    pdf.set_font(font, size=size)
    space = pdf.get_string_width(" ")
    for word in text.split(" "):
        pdf.text(x, y, word)
        x += pdf.get_string_width(word) + space
    return x - space


def main(fonts: str = FONTS) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("Serif", fname=fonts + "DejaVuSerif.ttf")
    pdf.add_font("Mono", fname=fonts + "DejaVuSansMono.ttf")
    pdf.add_font("MonoItalic", fname=fonts + "DejaVuSansMono-Oblique.ttf")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    y = 30.0
    words(pdf, LEFT, y, "Файл настроек сборки выглядит так:")
    pdf.set_font("Mono", size=CODE_SIZE)
    digit = pdf.get_string_width("0")
    y += PITCH * 1.5
    tail = []  # the indented lines, drawn after all numbers: pdfminer reads them last
    for row, (number, text, right) in enumerate(LISTING):
        top = y + row * CODE_PITCH
        pdf.set_font("Mono", size=CODE_SIZE)
        pdf.text(LEFT + digit * (2 - len(number)), top, number)
        if text is None:
            continue
        if number in INDENTED:
            tail.append((LEFT + digit * 6, top, text))
            continue
        if number in NEAR:
            words(pdf, LEFT + digit * 3.9, top, text, "Mono", CODE_SIZE)
            continue
        if number in GLYPHS:
            pdf.set_font("Mono", size=CODE_SIZE)
            pdf.text(LEFT + digit * 3, top, text)
            continue
        end = words(pdf, LEFT + digit * 3, top, text, "Mono", CODE_SIZE)
        if right:
            tail.append((end + digit * 3, top, right))
    for x, top, text in tail:
        words(pdf, x, top, text, "Mono", CODE_SIZE)
    y += len(LISTING) * CODE_PITCH + PITCH
    words(pdf, LEFT, y, "Чтобы зафиксировать пакет, замените строку:")
    pdf.set_font("Mono", size=CODE_SIZE)
    words(pdf, LEFT, y + PITCH * 1.2, "frobnicate", "Mono", CODE_SIZE)
    words(pdf, LEFT, y + PITCH * 2.4, "на:")
    words(pdf, LEFT, y + PITCH * 3.6, "frobnicate", "Mono", CODE_SIZE)
    words(pdf, LEFT + 80, y + PITCH * 1.2, "install", "Mono", CODE_SIZE)
    words(pdf, LEFT + 80, y + PITCH * 3.6, "hold", "Mono", CODE_SIZE)
    y += PITCH * 5.6
    end = words(pdf, LEFT, y, "Например, чтобы установить пакет foo, можно выполнить")
    words(pdf, end + 2.2, y, "aptitude", "Mono", SIZE)
    words(pdf, LEFT, y + PITCH, "install foo.", "Mono", SIZE)
    words(pdf, LEFT + 8, y + PITCH * 2, "Программа сама разрешит зависимости пакета.")
    y += PITCH * 3.5
    end = words(pdf, LEFT, y, "Имя общей библиотеки,")
    x = end + 2.2
    for font, piece in (("Mono", "lib"), ("MonoItalic", "foo"), ("Mono", ".so.1")):
        pdf.set_font(font, size=SIZE)
        pdf.text(x, y, piece)
        x += pdf.get_string_width(piece)
    words(pdf, x + 2.2, y, "задаёт поле SONAME.")
    y += PITCH * 2
    words(pdf, LEFT, y, "You can check the status of any service by the command")
    y += PITCH * 1.3
    words(pdf, LEFT, y, "service foo status", "Mono", CODE_SIZE)
    y += PITCH * 1.5
    words(pdf, LEFT + 8, y, ". To start or stop a service, run")
    y += PITCH * 1.3
    words(pdf, LEFT, y, "service foo start", "Mono", CODE_SIZE)
    y += PITCH * 1.5
    words(pdf, LEFT + 8, y, "and")
    y += PITCH * 1.3
    words(pdf, LEFT, y, "service foo stop", "Mono", CODE_SIZE)
    y += PITCH * 1.5
    words(pdf, LEFT + 8, y, "Службы запускаются при загрузке системы в порядке их зависимостей.")
    y += PITCH * 2
    words(pdf, LEFT, y, "Каждый вызов записывается в журнал (например")
    words(pdf, LEFT, y + PITCH * 1.3, "2026-11-30 12:00:00 install frob 1.0", "Mono", CODE_SIZE)
    words(pdf, LEFT, y + PITCH * 2.6, "), и его результат тоже.")
    y += PITCH * 4
    words(
        pdf, LEFT, y, "The tool can be made to use your key by putting the following in the ~/.toolrc file:"
    )
    y += PITCH * 1.3
    words(pdf, LEFT, y, "TOOL_KEY=ключ", "Mono", CODE_SIZE)
    y += PITCH * 1.5
    words(pdf, LEFT + 8, y, "в начале файла.")
    y += PITCH * 1.5
    words(pdf, LEFT, y, "Длинные строки цифр в этих файлах — контрольные суммы.")
    pdf.output(str(Path(__file__).with_name("listing.pdf")))


if __name__ == "__main__":
    main(*sys.argv[1:])
