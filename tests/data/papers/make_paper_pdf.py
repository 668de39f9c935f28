"""Writes paper.pdf, the PDF fixture of tests/test_readers_papers.py (run once; the PDF is committed).

A three-page Russian "paper" with what real PDFs throw at a reader: a running header and page
numbers on every page, words hyphenated at line ends, a letter-spaced title, a paragraph that
continues on the next page, and the usual sections ending with a reference list. The text is
sloika's own. Needs fpdf2 (a dev dependency) and a TTF font with Cyrillic, e.g. DejaVu Sans from
Debian's fonts-dejavu-core:  python make_paper_pdf.py [/path/to/DejaVuSans.ttf]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HEADER = "Вестник обработки текстов, 2025, № 3"

PAGES = [
    [
        ("title", "М Е Ж Г О С У Д А Р С Т В Е Н Н Ы Й   С Т А Н Д А Р Т"),
        ("title", "Очистка корпусов без потерь"),
        ("text", "И. И. Иванов, П. П. Петров"),
        ("heading", "Аннотация"),
        ("text", "В статье описан способ подготовки корпусов, при котором каждая запись"),
        ("text", "либо остаётся в корпусе, либо попадает в список отказов с объяснением при-"),
        ("text", "чины. Такой подход упрощает проверку и повторное использование данных."),
        ("heading", "1. Введение"),
        ("text", "Языковые модели учатся на том, что им дают. Если корпус содержит мусор,"),
        ("text", "модель воспроизводит мусор. Поэтому очистка данных важнее, чем кажется на"),
        ("text", "первый взгляд, и её результаты должны быть проверяемыми и воспроизводи-"),
        ("text", "мыми для любого исследователя, который работает с тем же"),
    ],
    [
        ("text", "набором исходных файлов и теми же настройками сборки."),
        ("heading", "2. Методы"),
        ("text", "Каждый шаг конвейера либо пропускает документ, либо отмечает его как от-"),
        ("text", "клонённый и передаёт дальше. В конце сборки число прочитанных записей"),
        ("text", "сравнивается с суммой оставленных, отклонённых и дубликатов."),
        ("heading", "3. Результаты"),
        ("text", "На тестовом наборе из пяти тысяч документов ни одна запись не потеряна,"),
        ("text", "а доля отклонённых документов составила семь процентов."),
    ],
    [
        ("heading", "Заключение"),
        ("text", "Подход без потерь делает сборку корпуса прозрачной: любой отказ можно"),
        ("text", "найти и объяснить одним запросом к базе данных."),
        ("heading", "Список литературы"),
        ("text", "1. Иванов И. И. Очистка данных для языковых моделей. М.: Наука, 2024."),
        ("text", "2. Петров П. П. Дубликаты в веб-корпусах // Вестник. 2023. № 2. С. 10-20."),
    ],
]


def main(font: str = FONT) -> None:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", fname=font)
    for number, lines in enumerate(PAGES, start=1):
        pdf.add_page()
        pdf.set_font("DejaVu", size=9)
        pdf.set_xy(20, 10)
        pdf.cell(text=HEADER)
        pdf.set_xy(20, 30)
        previous = None
        for style, text in lines:
            if previous is not None and (style != "text" or previous != "text"):
                pdf.ln(6)
            pdf.set_font("DejaVu", size={"title": 14, "heading": 12}.get(style, 11))
            pdf.set_x(20)
            pdf.cell(text=text, new_x="LMARGIN", new_y="NEXT")
            previous = style
        pdf.set_font("DejaVu", size=9)
        pdf.set_xy(100, 285)
        pdf.cell(text=str(number))
    pdf.output(str(Path(__file__).with_name("paper.pdf")))


if __name__ == "__main__":
    main(*sys.argv[1:])
