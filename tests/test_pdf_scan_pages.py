"""A scanned standard's text layer across its pages (scan_pages.pdf, written by
make_scan_pages_pdf.py): the expected text is typed by hand from the generator's lines."""

from __future__ import annotations

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_debris import debris_reason
from sloika.pipelines.formats.pdf_layout import DEBRIS
from sloika.pipelines.formats.pdf_lines import Line
from sloika.pipelines.formats.pdf_reflow import paragraphs

from conftest import DATA

# "и т. д." with its gap; one reference a paragraph; the paragraph that runs on to page 2 whole, the
# foot's "Издание официальное" out of it; the numbering example without "21", "I", "f", "J" (each in
# ``removed``, nothing lost); the
# figure's example table out of the text; a centred title line apart from the line at the margin; a
# bare table label out of the text with its table; an entry at the indent after a short line apart
SCAN_PAGES_TEXT = (
    "Стандарт устанавливает правила оформления текстовых документов, их частей и книг. Обозначения "
    "частей записывают подряд, например: АБ.01, АБ.02 и т. д. Каждую часть комплектуют отдельно.\n\n"
    "2 Нормативные ссылки\n\n"
    "ГОСТ 1.001—90 Система примеров. Общие требования к документам\n\n"
    "ГОСТ 1.002—91 Система примеров. Правила построения и изложения текстов и обозначения документов\n\n"
    "поле 1 — наименование ведомства, в систему которого входит организация, разработавшая документ;\n\n"
    "поле 2 — код продукции.\n\n"
    "Порядок оформления приложений устанавливают в соответствии с этим стандартом, а требования к их "
    "содержанию определяют в договоре на изделия и согласовывают с заказчиком.\n\n"
    "Нумерация пунктов в пределах раздела, например:\n\n"
    "2 Технические требования\n\n"
    "Нумерация пунктов второго раздела\n\n"
    "3.1.2 Нумерация пунктов подраздела\n\n"
    "Пункты, как правило, заголовков не имеют.\n\n"
    "Порядковые номера показателей приводят в соответствии с рисунком 1.\n\n"
    "Перед числовыми значениями порядковые номера не проставляют.\n\n"
    "Для альбома указывают номер альбома, например:\n\n"
    "СТАНОК ТОКАРНЫЙ\n\n"
    "Всего альбомов 3\n\n"
    "поле 5 — слова «Лист утверждения».\n\n"
    "Текст после таблицы продолжает раздел."
)
FIGURE = {  # the example table's cells and its bare caption: removed, none a paragraph
    "Таблица...",
    "Наименование показателя",
    "Значение",
    "1 Ток коллектора, А",
    "2 Напряжение, В",
    "в режиме 1",
    "в режиме 2",
    "5, не менее",
    "7, не более",
    "Рисунок 1",
}


def test_a_scans_page_foot_references_and_numbering_example_read_as_the_page_shows():
    (doc,) = parse_pdf((DATA / "papers" / "scan_pages.pdf").read_bytes())
    assert doc.text == SCAN_PAGES_TEXT
    debris = [s for s in doc.layers["removed"] if s.label == "debris"]
    assert [(s.attrs["text"], s.attrs["why"]) for s in debris if s.attrs["why"] != "figure"] == [
        ("Издание официальное", "page_foot"),
        ("I", "letter_column"),  # the braces "I" "f" "J" "f" down the margin: one column of letters
        ("21", "numbers_only"),  # the clause numbers set apart from their labels, a brace's "21" too
        ("f", "letter_column"),
        ("J", "letter_column"),
        ("2.2", "numbers_only"),
        ("2.3", "numbers_only"),
        ("f", "letter_column"),
        ("Таблица 2", "table_label"),
    ]
    (table,) = (s for s in doc.spans if s.label == "table")
    assert table.attrs["rows"] == [
        ["Марка", "Масса", "Длина"],
        ["А-1", "малая", "короткая"],
        ["А-2", "большая", "длинная"],
    ]
    assert doc.text[: debris[0].start].endswith("в договоре на изделия и согласовывают с заказчиком.")
    figure = [s for s in debris if s.attrs["why"] == "figure"]
    assert {s.attrs["text"] for s in figure} == FIGURE and len(figure) == len(FIGURE)
    assert {doc.text[: s.start].rstrip()[-11:] for s in figure} == {"рисунком 1."}


def _line(text: str, top: float, x0: float = 50.0, x1: float = 490.0, size: float = 9.5) -> Line:
    return Line(0, text, x0, x1, top, top + size, size, 760.0)


def test_a_debris_line_between_two_lines_of_a_paragraph_parts_nothing():
    """A brace's "J" read between a clause's two lines: the clause stays one paragraph and the
    placeholder follows it."""
    lines = [
        _line("4.1.5 Если текст документа подразделяется только на пункты, они нумеруются порядковыми", 100),
        _line(f"{DEBRIS}0", 60, 105.0, 108.0, 15.0),
        _line("номерами в пределах документа.", 111, x1=190.0),
        _line("4.1.6 Пункты могут быть разбиты на подпункты.", 122, x1=300.0),
    ]
    assert paragraphs([lines]) == [
        "4.1.5 Если текст документа подразделяется только на пункты, они нумеруются порядковыми "
        "номерами в пределах документа.",
        f"{DEBRIS}0",
        "4.1.6 Пункты могут быть разбиты на подпункты.",
    ]


def test_a_lone_letter_line_is_debris_and_a_one_letter_word_in_text_is_not():
    assert debris_reason(_line("J", 10.0), 9.5) == "lone_letter"
    assert debris_reason(_line("f", 10.0), 9.5) == "lone_letter"
    assert debris_reason(_line("в )", 10.0), 9.5) is None  # a formula's letters: the parser's fragment
    assert debris_reason(_line("В заголовке приводят имя.", 10.0), 9.5) is None


def test_a_monospaced_block_of_numbers_only_is_a_fragment_and_a_numbered_listing_is_code():
    """A scanned drawing's field numbers in a monospaced font ("1", "3") are no listing; a listing
    with its line numbers is."""
    from sloika.pipelines.formats.base import TextBuilder
    from sloika.pipelines.formats.pdf import _code

    builder, removed = TextBuilder(), []
    _code(builder, "1\n\n3", removed)
    assert builder.text == "" and [(s.label, s.attrs["text"]) for s in removed] == [("fragment", "1\n\n3")]
    _code(builder, "1 int main()\n2 {", removed)
    assert builder.text == "1 int main()\n2 {" and [s.label for s in builder.spans] == ["code"]
