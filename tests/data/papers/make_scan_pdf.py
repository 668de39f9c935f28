"""Writes scan.pdf, the PDF fixture for a scanned standard's text layer (run once; committed).

Five pages of sloika's own Russian text, every line placed by hand, with what the OCR text layers of
the GOST scans in ``$SHARED_DATA/papers/gost_pdfs`` (not copied) hold besides the text: a
scanner's tiny print in the margin (2 pt letters), a drawing's stroke and a star read as marks, a
clause number set a tab apart from its text with the clause's second line below the number (a text
layer reads the number and that line as one box), an amendment table whose middle column runs on
three lines below the other columns, and an example table in small print with a paragraph at body
size set beside it; a drawing's mark in a monospaced font; on four more pages a running header
the OCR misread once ("ГОСТ 1Л234-56") and a letter-spaced title set in two pieces. Needs fpdf2
and a Cyrillic TTF: python make_scan_pdf.py [/path/to/DejaVuSans.ttf]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BODY, SMALL = 10, 8  # pt
PITCH = 5.0  # mm between baselines of body lines
AMENDMENT = [  # (column x in mm, row, text): the middle column runs on below the others
    (20, 0, "В каком месте"),
    (60, 0, "Напечатано"),
    (120, 0, "Должно быть"),
    (20, 1, "Пункт 2.1"),
    (60, 1, "поле 2 — код по классифи-"),
    (120, 1, "поле 2 — код по"),
    (60, 2, "катору продукции, в правой"),
    (120, 2, "классификатору, в правой"),
    (60, 3, "части — особые отметки,"),
    (120, 3, "части — отметки;"),
    (60, 4, "которые заполняют только"),
    (60, 5, "для титульного листа;"),
]
EXAMPLE = [  # (column x in mm, row, text): short cells on the baselines of the paragraph beside them
    (20, 0, "Марка"),
    (45, 0, "Назначение"),
    (20, 1, "ПН-4"),
    (45, 1, "Трубы"),
    (20, 2, "ПН-8"),
    (45, 2, "Детали"),
    (20, 3, "ПН-9"),
    (45, 3, "Муфели"),
]
HEADERS = ["ГОСТ 1.234-56", "ГОСТ 1.234-56", "ГОСТ 1.234-56", "ГОСТ 1Л234-56"]
NEXT_SHEET = ["Текст следующего листа продолжает", "изложение требований к оформлению", "документов."]
TITLE = ("М Е Ж Г О С У Д А Р С Т В Е Н Н Ы Й", "С Т А Н Д А Р Т")  # one row, set wide, two pieces
BESIDE = [  # body-size paragraph beside the example table
    "Если значения величин в графах табли-",
    "цы выражены в разных единицах физи-",
    "ческой величины, их обозначения указы-",
    "вают в подзаголовке каждой графы таблицы.",
]


def main(font: str = FONT) -> None:
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=font)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DejaVu", size=2)
    pdf.text(4, 200, "ь с")
    pdf.text(4, 201, "х р")
    pdf.set_font("DejaVu", size=BODY)
    pdf.text(20, 20, "Предисловие к примеру стандарта.")
    pdf.text(20, 30, "3.10")
    pdf.text(35, 30, "Содержательная часть документа должна соответствовать требованиям стан-")
    pdf.text(20, 30 + PITCH, "дарта ЕСКД.")
    pdf.text(20, 30 + 2 * PITCH, "Структура документа обеспечивает его обращение в программных средствах.")
    pdf.text(60, 55, "★")
    pdf.text(40, 62, "-----v---------' v—")
    pdf.text(20, 72, "Таблица изменений приведена ниже.")
    pdf.set_font("DejaVu", size=SMALL)
    for x, row, text in AMENDMENT:
        pdf.text(x, 82 + row * 4, text)
    pdf.set_font("DejaVu", size=BODY)
    pdf.text(20, 115, "Текст после таблицы изменений продолжается обычным абзацем.")
    pdf.set_font("DejaVu", size=SMALL)
    for x, row, text in EXAMPLE:
        pdf.text(x, 128 + row * 6, text)
    pdf.set_font("DejaVu", size=BODY)
    for row, text in enumerate(BESIDE):
        pdf.text(100, 128 + row * 6, text)
    pdf.text(20, 165, "Последний абзац завершает страницу примера.")
    pdf.add_font("DejaVuMono", fname=str(Path(font).with_name("DejaVuSansMono.ttf")))
    pdf.set_font("DejaVuMono", size=BODY)
    pdf.text(150, 180, "%")
    for header in HEADERS:  # a running header the OCR misread once, read a little lower and larger
        pdf.add_page()
        pdf.set_font("DejaVu", size=BODY + (header != HEADERS[0]))
        pdf.text(150, 12 + 2 * (header != HEADERS[0]), header)
        pdf.set_font("DejaVu", size=BODY)
        pdf.text(40, 60, TITLE[0])
        pdf.text(112, 60, TITLE[1])
        for row, text in enumerate(NEXT_SHEET):
            pdf.text(20, 75 + row * PITCH, text)
    pdf.output(str(Path(__file__).with_name("scan.pdf")))


if __name__ == "__main__":
    main(*sys.argv[1:])
