"""Writes scan_pages.pdf, the PDF fixture for what runs across a scanned standard's pages (run once;
committed).

Three pages of sloika's own Russian text, every line placed by hand, with what the OCR text layers
of the GOST scans in ``$SHARED_DATA/papers/gost_pdfs`` (not copied) hold: "и т. д." whose "и" and
"т." stand a narrow gap apart without a space glyph in a line spaced by glyphs; a list of
normative references in which one entry fills its line and the next starts at the same indent;
"Издание официальное" in small print at the first page's foot, set apart under a paragraph that
runs on to the next page, and above it the note of a designation's asterisk ("90*") at 9 pt; a
numbering example drawn with braces, whose OCR reads "2.1" as "21" in a brace's larger size, the
braces as "I", "f" and "J", and one brace in the line of the label beside it; an example table
drawn in a figure whose cells the text layer holds as lines, above its bare caption "Рисунок 1";
a title page's example lines centred, before a line at the margin that starts in lower case; a
list of fields, each entry at the first-line indent and in lower case after a short line; a bare
table label "Таблица 2" over an aligned table; on the third page what ``_third_page`` says. Needs
fpdf2 and a Cyrillic TTF:
python make_scan_pages_pdf.py [/path/to/DejaVuSans.ttf]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BODY, SMALL, BRACE, LABEL, NOTE = 10, 8, 12, 14, 9  # pt
LEFT, INDENT, RIGHT = 20, 30, 190  # mm: the margin, a first line's indent, the right edge
GAP = 0.45  # mm (1.3 pt, 0.13 em) between "и" and "т. д.": no space glyph there
FULL = [  # (x, baseline, text): lines justified to the right edge
    (INDENT, 20, "Стандарт устанавливает правила оформления текстовых документов,"),
    (LEFT, 25, "их частей и книг. Обозначения частей записывают подряд, например: АБ.01,"),
    (INDENT, 45, "ГОСТ 1.001—90* Система примеров. Общие требования к документам"),
    (INDENT, 50, "ГОСТ 1.002—91 Система примеров. Правила построения и изложения"),
    (INDENT, 240, "Порядок оформления приложений устанавливают в соответствии с этим"),
    (LEFT, 245, "стандартом, а требования к их содержанию определяют в договоре на"),
    (INDENT, 70, "поле 1 — наименование ведомства, в систему которого входит организация,"),
]
FIGURE = [  # (x, baseline, text): an example table drawn in a figure, its cells read as lines, then
    # its bare caption; only two rows of cells stand side by side (no aligned block of three)
    (50, 100, "Таблица..."),
    (50, 108, "Наименование показателя"),
    (50, 120, "1 Ток коллектора, А"),
    (50, 125, "2 Напряжение, В"),
    (120, 106, "Значение"),
    (110, 113, "в режиме 1"),
    (110, 120, "5, не менее"),
    (140, 113, "в режиме 2"),
    (140, 120, "7, не более"),
    (95, 138, "Рисунок 1"),
]
TABLE = [("Марка", "Масса", "Длина"), ("А-1", "малая", "короткая"), ("А-2", "большая", "длинная")]
PARTS = [("Деталь", "Длина", "Ширина"), ("Винт", "десять", "пять"), ("Болт", "двадцать", "восемь")]
HEADER = (  # (baseline, line) of each header cell: the right one a line longer, half a line higher
    ((132, "Обозначение документа, на"), (136.5, "который дана ссылка")),
    ((130.5, "Номер раздела, подраздела, пункта"), (135, "документа, в котором"), (139.5, "дана ссылка")),
)
TITLE_PAGE = ["СТАНОК ТОКАРНЫЙ", "Всего альбомов 3"]
SHORT = [  # (x, baseline, text): lines that end before the right edge
    (INDENT, 38, "2 Нормативные ссылки"),
    (LEFT, 55, "текстов и обозначения документов"),
    (LEFT, 75, "разработавшая документ;"),
    (INDENT, 80, "поле 2 — код продукции."),
]


def main(font: str = FONT) -> None:
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=font)
    pdf.add_font("DejaVuBold", fname=str(Path(font).with_name("DejaVuSans-Bold.ttf")))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DejaVu", size=BODY)
    for x, y, text in FULL:
        _justified(pdf, x, y, text)
    for x, y, text in SHORT:
        pdf.text(x, y, text)
    head = "АБ.02 и"
    pdf.text(LEFT, 30, head)
    pdf.text(LEFT + pdf.get_string_width(head) + GAP, 30, "т. д. Каждую часть комплектуют отдельно.")
    pdf.set_font("DejaVu", size=NOTE)
    pdf.text(INDENT, 254, "* Действует ГОСТ 1.003—2003.")  # the asterisk's note, near the body's size
    pdf.set_font("DejaVu", size=SMALL)
    pdf.text(LEFT, 262, "Издание официальное")
    pdf.set_font("DejaVu", size=BODY)
    pdf.text(185, 285, "1")
    pdf.add_page()
    pdf.text(LEFT, 20, "изделия и согласовывают с заказчиком.")
    pdf.text(INDENT, 32, "Нумерация пунктов в пределах раздела, например:")
    pdf.text(INDENT, 40, "2 Технические требования")
    pdf.text(INDENT, 66, "3.1.2")  # the text layer's order: numbers, braces, then each label
    pdf.set_font("DejaVuBold", size=BRACE)
    pdf.text(INDENT, 47, "21")
    pdf.set_font("DejaVu", size=BODY)
    for row, number in enumerate(("2.2", "2.3")):
        pdf.text(INDENT, 52 + 4 * row, number)
    pdf.set_font("DejaVuBold", size=BRACE)
    pdf.text(40, 47, "I")
    pdf.set_font("DejaVu", size=BODY)
    for row, brace in enumerate(("f", "J")):
        pdf.text(40, 52 + 4 * row, brace)
    pdf.text(46, 48.5, "Нумерация пунктов второго раздела")
    pdf.text(40, 66, "f")  # a brace read in one line with the label beside it, 11 pt apart
    pdf.text(45, 66, "Нумерация пунктов подраздела")
    pdf.text(INDENT, 76, "Пункты, как правило, заголовков не имеют.")
    pdf.text(INDENT, 90, "Порядковые номера показателей приводят в соответствии с рисунком 1.")
    for x, y, text in FIGURE:
        pdf.text(x, y, text)
    pdf.text(INDENT, 150, "Перед числовыми значениями порядковые номера не проставляют.")
    pdf.text(INDENT, 160, "Для альбома указывают номер альбома, например:")
    for row, text in enumerate(TITLE_PAGE):  # a drawn title page's lines, centred
        pdf.text((LEFT + RIGHT - pdf.get_string_width(text)) / 2, 166 + 5 * row, text)
    pdf.text(LEFT, 176, "поле 5 — слова «Лист утверждения».")
    pdf.text(LEFT, 190, "Таблица 2")
    for row, cells in enumerate(TABLE):  # three rows of short cells side by side: an aligned table
        for column, cell in enumerate(cells):
            pdf.text(LEFT + 40 * column, 197 + 5 * row, cell)
    pdf.text(INDENT, 220, "Текст после таблицы продолжает раздел.")
    _third_page(pdf)
    pdf.output(str(Path(__file__).with_name("scan_pages.pdf")))


def _justified(pdf: FPDF, x: float, y: float, text: str) -> None:
    """The text from ``x`` to the right edge, its letters spread apart (a justified line)."""
    assert " " in text
    pdf.set_char_spacing(0)
    room = RIGHT - x - pdf.get_string_width(text)
    pdf.set_char_spacing(room / (len(text) - 1) * 72 / 25.4)  # pt between letters
    pdf.text(x, y, text)
    pdf.set_char_spacing(0)


def _third_page(pdf: FPDF) -> None:
    """A clause number one narrow gap from its first word, no space glyph between ("6.1В"); a
    definition list whose lead-in fills its line at the indent and ends in a colon, each entry at
    that indent in lower case; a bibliographic record under a bold run-in heading whose first line
    (the heading's size) ends short in "!:" and whose next line, smaller, starts at the same indent;
    a table continued from an earlier page under its label "Продолжение таблицы 3", its unit
    "В миллиметрах" over its right column; a form's header of two cells whose lines are centred; a
    drawing's labels: two lower-case words far apart on one row, an italic one larger than the body;
    a bracket closed by a piece standing three em right of the line that opens it."""
    pdf.add_page()
    pdf.set_font("DejaVu", size=BODY)
    pdf.text(INDENT, 20, "6.1")
    pdf.text(INDENT + pdf.get_string_width("6.1") + GAP, 20, "В заголовке приводят наименования постоянных")
    pdf.text(LEFT, 25, "организаций, учреждений и предприятий различных форм собственности.")
    _justified(pdf, INDENT, 30, "В стандарте применяют следующие термины с соответствующими определениями:")
    pdf.text(INDENT, 35, "библиографическая запись: по стандарту;")
    pdf.text(INDENT, 40, "заголовок записи: элемент записи.")
    pdf.set_font("DejaVuBold", size=BODY)
    heading = "Москва, город (Россия) "
    pdf.text(INDENT, 50, heading)
    pdf.set_font("DejaVu", size=SMALL)
    pdf.text(INDENT + pdf.get_string_width(heading) * BODY / SMALL, 50, "Петров И.И. Привет, Москва!:")
    record = "Путеводитель по городу и его окрестностям. — М.: Изд-во, 1997. — 120 с.: ил.;"
    _justified(pdf, INDENT, 54, record)
    pdf.text(LEFT, 58, "21 см. — ISBN 5-00000-000-0: Б. ц., 1000 экз. Тираж отпечатан.")
    pdf.set_font("DejaVu", size=BODY)
    pdf.text(INDENT, 70, "Размеры деталей приводят в таблице 3.")
    pdf.text(LEFT, 80, "Продолжение таблицы 3")
    right = LEFT + 40 * (len(PARTS[0]) - 1) + max(pdf.get_string_width(row[-1]) for row in PARTS)
    pdf.text(right - pdf.get_string_width("В миллиметрах"), 86, "В миллиметрах")  # over the table's right
    for row, cells in enumerate(PARTS):
        for column, cell in enumerate(cells):
            pdf.text(LEFT + 40 * column, 93 + 5 * row, cell)
    pdf.text(INDENT, 115, "Массу деталей указывают в килограммах.")
    pdf.text(INDENT, 125, "Ссылки записывают по форме:")
    for centre, cells in ((55, HEADER[0]), (140, HEADER[1])):  # a form's header, its cells' lines centred
        for y, cell in cells:
            pdf.text(centre - pdf.get_string_width(cell) / 2, y, cell)
    pdf.text(INDENT, 150, "Ссылки на раздел дают номером.")
    pdf.text(INDENT, 160, "Страницы нумеруют так:")
    pdf.text(INDENT, 166, "раздел")  # the labels under a drawn example, one row, far apart
    pdf.text(INDENT + 30, 166, "страница")
    pdf.add_font("DejaVuOblique", fname=str(Path(FONT).with_name("DejaVuSans-Oblique.ttf")))
    pdf.set_font("DejaVuOblique", size=LABEL)
    pdf.text(150, 176, "Два интервала")  # a dimension's label on a drawing, italic and large
    pdf.set_font("DejaVu", size=BODY)
    pdf.text(INDENT, 186, "Текст начинают с нового листа.")
    open_date = "Россия. Президент (2000 —"  # a record's date left open, its bracket closed 3 em right
    pdf.text(INDENT, 196, open_date)
    pdf.text(INDENT + pdf.get_string_width(open_date) + 12, 196, ").")


if __name__ == "__main__":
    main(*sys.argv[1:])
