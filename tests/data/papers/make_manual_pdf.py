"""Writes manual.pdf, the PDF fixture for a manual's code, drawings and wrapped URLs (run once;
committed).

A contents page (dot leaders, page numbers), then a page of sloika's own text with what the Debian
manuals' PDFs in the shared data (GPL, not copied) and the GOST scans do to a text layer: a word set
in another font right against the one before it ("исполняемый" + "двоичный", no space glyph, no
gap), an ASCII drawing in a monospaced font whose pieces pdfminer reads one after the other (left
column, then right column), a shell line with the converter's "<i>…</i>" printed as text, a
bracketed URL broken over two lines with its end in the monospaced font on a line of its own (and
one broken after "https:" at the end of a short line), a word broken at a line end before a wider
gap (a line with a formula's tall glyphs), and a two-line footnote whose second line starts with a
number. Needs
fpdf2 and the DejaVu fonts: python make_manual_pdf.py [/path/to/dejavu/]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF

FONTS = "/usr/share/fonts/truetype/dejavu/"
LEFT, WIDTH, SIZE, PITCH = 20.0, 163.0, 11, 6.0  # mm, mm, pt, mm
CONTENTS = [  # the contents page: every line ends in dot leaders and a page number
    "Оглавление",
    *(f"{number} {title} {'.' * 30} 2" for number, title in enumerate(["Сборка", "Схема", "Ссылки"], 1)),
    *(f"{number}.1 Подробности {'.' * 30} 2" for number in range(1, 4)),
]
DRAWING = (  # (row, column in characters, text): drawn right pieces after the left ones
    [(0, 0, "Makefile.in -----+"), (1, 0, "config.h.in -----+"), (2, 17, "|")],
    [(0, 22, "+-> Makefile"), (1, 22, "+-> config.h")],
)


def justified(pdf: FPDF, y: float, words: list[tuple[str, str]]) -> None:
    """(font, word) pairs spread over the full width."""
    widths = []
    for font, word in words:
        pdf.set_font(font, size=SIZE)
        widths.append(pdf.get_string_width(word))
    room = (WIDTH - sum(widths)) / max(len(words) - 1, 1)
    x = LEFT
    for (font, word), width in zip(words, widths, strict=True):
        pdf.set_font(font, size=SIZE)
        pdf.text(x, y, word)
        x += width + room


def sans(text: str) -> list[tuple[str, str]]:
    return [("Sans", word) for word in text.split()]


def main(fonts: str = FONTS) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("Sans", fname=fonts + "DejaVuSans.ttf")
    pdf.add_font("Mono", fname=fonts + "DejaVuSansMono.ttf")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Sans", size=SIZE)
    for number, line in enumerate(CONTENTS):
        pdf.text(LEFT, 40 + number * PITCH, line)
    pdf.add_page()
    y = 40.0
    justified(pdf, y, sans("Второй шаг выполняет пользователь: он получает исходный код и собирает"))
    y += PITCH
    pdf.set_font("Sans", size=SIZE)
    pdf.text(LEFT, y, "программу в исполняемый")
    x = LEFT + pdf.get_string_width("программу в исполняемый")
    pdf.set_font("Mono", size=SIZE)
    pdf.text(x, y, "двоичный")
    x += pdf.get_string_width("двоичный")
    pdf.set_font("Sans", size=SIZE)
    pdf.text(x, y, " файл.")
    y += PITCH * 1.8
    pdf.set_font("Mono", size=10)
    column = pdf.get_string_width("M")
    for pieces in DRAWING:
        for row, at, text in pieces:
            pdf.text(LEFT + at * column, y + row * 5, text)
    y += 3 * 5 + PITCH
    pdf.text(LEFT, y, "$ apt show <i>пакет</i>")
    y += PITCH * 1.8
    justified(
        pdf,
        y,
        [*sans("Подробности о сборке есть на странице проекта и в справочнике"), ("Mono", "(https://www.")],
    )
    y += PITCH
    pdf.set_font("Mono", size=SIZE)
    pdf.text(LEFT, y, "debian.org/doc/).")
    y += PITCH * 1.8
    justified(pdf, y, sans("Дробные числа приводят в виде десятичных дробей, кроме разме-"))
    y += PITCH * 1.7  # the next line holds a fraction's tall glyphs
    pdf.set_font("Sans", size=SIZE)
    before = "ров в дюймах, например"
    pdf.text(LEFT, y, before)
    x = LEFT + pdf.get_string_width(before)
    pdf.set_font("Sans", size=7)
    pdf.text(x + 0.2, y - 1.6, "1")  # the footnote mark: smaller, above the baseline
    x += 0.2 + pdf.get_string_width("1") + 0.1
    pdf.set_font("Sans", size=SIZE)
    pdf.text(x, y, " четверть дюйма.")
    y += PITCH * 1.8
    pdf.text(LEFT, y, "Образы лежат на странице загрузок (https:")  # a short line ending inside a URL
    pdf.text(LEFT, y + PITCH, "//www.debian.org/CD/) вместе с контрольными суммами.")
    pdf.line(LEFT, 262, LEFT + 50, 262)  # the footnote rule
    pdf.set_font("Sans", size=6)
    pdf.text(LEFT, 266.5, "1")
    pdf.set_font("Sans", size=8)
    pdf.text(LEFT + 1.8, 268, "В более чем 80 % пакетов размеры задают в миллиметрах, а длина числа менее")
    pdf.text(LEFT, 272, "10 символов, как и в этом примере.")
    pdf.output(str(Path(__file__).with_name("manual.pdf")))


if __name__ == "__main__":
    main(*sys.argv[1:])
