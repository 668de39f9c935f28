"""A scanned standard's text layer across its pages (scan_pages.pdf, written by
make_scan_pages_pdf.py): the expected text is typed by hand from the generator's lines."""

from __future__ import annotations

from pdf_objects import without_tables

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_debris import debris_reason
from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import DEBRIS
from sloika.pipelines.formats.pdf_pieces import _clause_numbers_joined
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
    "ГОСТ 1.001—90* Система примеров. Общие требования к документам\n\n"
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
    "Текст после таблицы продолжает раздел.\n\n"
    # page 3: the clause number apart from its first word; each definition a paragraph under its
    # lead-in; the record whole under its run-in heading, its title's "!:" running on
    "6.1 В заголовке приводят наименования постоянных организаций, учреждений и предприятий "
    "различных форм собственности.\n\n"
    "В стандарте применяют следующие термины с соответствующими определениями:\n\n"
    "библиографическая запись: по стандарту;\n\n"
    "заголовок записи: элемент записи.\n\n"
    "Москва, город (Россия)\n\n"
    "Петров И.И. Привет, Москва!: Путеводитель по городу и его окрестностям. — М.: Изд-во, 1997. — "
    "120 с.: ил.; 21 см. — ISBN 5-00000-000-0: Б. ц., 1000 экз. Тираж отпечатан.\n\n"
    "Размеры деталей приводят в таблице 3.\n\n"  # the continued table's label and unit out, the table a span
    "Массу деталей указывают в килограммах.\n\n"
    "Ссылки записывают по форме:\n\n"  # the form's header cells a table span, not lines of prose
    "Ссылки на раздел дают номером.\n\n"
    "Страницы нумеруют так:\n\n"  # the drawing's labels out
    "Текст начинают с нового листа.\n\n"
    "Россия. Президент (2000 — ).\n\n"  # the closing piece joins the line that leaves its bracket open
    "Действует ГОСТ 1.003—2003."  # page 1's asterisk note, a footnote after the text
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
    "раздел",  # page 3: two lower-case words far apart on one row, a drawing's labels
    "страница",
    "Два интервала",  # italic, larger than the body: a dimension's label
}


def test_a_scans_page_foot_references_and_numbering_example_read_as_the_page_shows():
    (doc,) = parse_pdf((DATA / "papers" / "scan_pages.pdf").read_bytes())
    assert without_tables(doc) == SCAN_PAGES_TEXT
    debris = [s for s in doc.layers["removed"] if s.label == "debris"]
    assert [(s.attrs["text"], s.attrs["why"]) for s in debris if s.attrs["why"] != "figure"] == [
        ("Издание официальное", "page_foot"),
        ("1", "page_furniture"),  # the page number
        ("I", "letter_column"),  # the braces "I" "f" "J" "f" down the margin: one column of letters
        ("21", "numbers_only"),  # the clause numbers set apart from their labels, a brace's "21" too
        ("f", "letter_column"),
        ("J", "letter_column"),
        ("2.2", "numbers_only"),
        ("2.3", "numbers_only"),
        ("f", "letter_column"),
        ("Таблица 2", "table_label"),
        ("Продолжение таблицы 3", "table_label"),
        ("В миллиметрах", "table_label"),  # the unit over the table's right column
    ]
    (note,) = (s for s in doc.spans if s.label == "footnote")
    assert note.attrs["mark"] == "*" and doc.text[note.start : note.end] == "Действует ГОСТ 1.003—2003."
    table, parts, header = (s for s in doc.spans if s.label == "table")
    assert header.attrs["rows"] == [
        ["Обозначение документа, на", "Номер раздела, подраздела, пункта"],
        ["который дана ссылка", "документа, в котором"],
        ["дана ссылка"],
    ]
    assert table.attrs["rows"] == [
        ["Марка", "Масса", "Длина"],
        ["А-1", "малая", "короткая"],
        ["А-2", "большая", "длинная"],
    ]
    assert parts.attrs["rows"] == [
        ["Деталь", "Длина", "Ширина"],
        ["Винт", "десять", "пять"],
        ["Болт", "двадцать", "восемь"],
    ]
    assert doc.text[: debris[0].start].endswith("в договоре на изделия и согласовывают с заказчиком.")
    figure = [s for s in debris if s.attrs["why"] == "figure"]
    assert {s.attrs["text"] for s in figure} == FIGURE and len(figure) == len(FIGURE)
    assert {doc.text[: s.start].rstrip()[-11:] for s in figure} == {  # each where it was read
        "рисунком 1.",
        "меруют так:",
        " (2000 — ).",  # the italic label, read after the last line
    }


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


def test_an_entry_at_the_indent_after_an_entry_ending_in_a_semicolon_starts_a_paragraph():
    """A form's fields described one entry a paragraph, "поле N — …" at the indent, lower case: after
    a one-line entry at that indent ending short in ";" (and after a short ";" line at the margin on
    the page before) the next entry is a paragraph of its own, not the end of the one before."""
    page = [
        _line(
            "поле 1 — наименование ведомства, в систему которого входит организация, разработавшая", 90, 75
        ),
        _line("данный документ. Заполнение поля не обязательно;", 101, 52, 300),
    ]
    nxt = [
        Line(
            1,
            "поле 2 — в левой части (для технических условий и ремонтных документов) — код",
            75,
            490,
            82,
            91.5,
            9.5,
            760.0,
        ),
        Line(1, "по классификатору продукции, в правой части — отметки.", 52, 330, 93, 102.5, 9.5, 760.0),
        Line(
            1,
            "поле 5 — слова «Лист утверждения»; поле заполняют только для ЛУ;",
            75,
            380,
            104,
            113.5,
            9.5,
            760.0,
        ),
        Line(
            1,
            "поле 6 — для титульного листа — обозначение документа (заглавными буквами), для альбома",
            75,
            490,
            115,
            124.5,
            9.5,
            760.0,
        ),
        Line(
            1,
            "документов — обозначение описи этого альбома; для ЛУ — обозначение ЛУ;",
            52,
            390,
            126,
            135.5,
            9.5,
            760.0,
        ),
        Line(
            1,
            "поле 7 — количество листов ЛУ. Поле не заполняют, если ЛУ выполнен на одном листе;",
            75,
            460,
            137,
            146.5,
            9.5,
            760.0,
        ),
        Line(
            1,
            "поле 8 — для титульного листа: подписи разработчиков документа, выполняемые согласно",
            75,
            490,
            148,
            157.5,
            9.5,
            760.0,
        ),
        Line(
            1,
            "ГОСТ 6.38, остальные подписи располагают в левой части поля 8.",
            52,
            400,
            159,
            168.5,
            9.5,
            760.0,
        ),
    ]
    assert paragraphs([page, nxt]) == [
        "поле 1 — наименование ведомства, в систему которого входит организация, разработавшая данный "
        "документ. Заполнение поля не обязательно;",
        "поле 2 — в левой части (для технических условий и ремонтных документов) — код по классификатору "
        "продукции, в правой части — отметки.",
        "поле 5 — слова «Лист утверждения»; поле заполняют только для ЛУ;",
        "поле 6 — для титульного листа — обозначение документа (заглавными буквами), для альбома "
        "документов — обозначение описи этого альбома; для ЛУ — обозначение ЛУ;",
        "поле 7 — количество листов ЛУ. Поле не заполняют, если ЛУ выполнен на одном листе;",
        "поле 8 — для титульного листа: подписи разработчиков документа, выполняемые согласно ГОСТ 6.38, "
        "остальные подписи располагают в левой части поля 8.",
    ]


def test_a_full_line_ending_in_a_semicolon_runs_on_at_a_lists_hanging_indent():
    """A list item's text wraps at its hanging indent: a full line ending in ";" goes on."""
    lines = [
        _line("The utility dpkg-source packs and unpacks Debian source archives;", 100, 110, 539, 10.0),
        _line(
            "details are provided in its manual page, and apt-get can be its frontend.", 112, 110, 500, 10.0
        ),
        _line(
            "Binary packages contain executables, configuration files and documentation.", 130, 98, 539, 10.0
        ),
    ]
    assert paragraphs([lines])[0] == (
        "The utility dpkg-source packs and unpacks Debian source archives; details are provided in its "
        "manual page, and apt-get can be its frontend."
    )


def test_a_clause_number_joins_its_label_where_the_page_order_fits():
    """A numbering example's label read before the headings above it (GOST 2.105's "Нумерация
    пунктов первого подраздела …" before "3 Методы испытаний"): joined to its number "3.1.2", it
    stands where the number was read, under "3.1"; a number read before the line under it ("3.10",
    "та ЕСКД.", then "Содержательная …") keeps its own place, as before."""

    def line(text: str, x0: float, x1: float, top: float) -> Line:
        return Line(0, text, x0, x1, top, top + 9.5, 9.5, 842.0)

    example = [
        line("например:", 52, 70, 517),
        line("Нумерация пунктов первого подраздела", 126, 415, 565),
        line("3 Методы испытаний", 75, 171, 531),
        line("3.1 Аппараты, материалы и реактивы", 75, 234, 542),
        line("3.1.2", 75, 97, 565),
        line("3.2 Подготовка к испытанию", 75, 206, 588),
    ]
    assert [ln.text for ln in _clause_numbers_joined(example)] == [
        "например:",
        "3 Методы испытаний",
        "3.1 Аппараты, материалы и реактивы",
        "3.1.2 Нумерация пунктов первого подраздела",
        "3.2 Подготовка к испытанию",
    ]
    clause = [
        line("3.10", 75, 94, 82),
        line("та ЕСКД.", 52, 95, 94),
        line("Содержательная и реквизитная части ДЭ", 124, 519, 82),
        line("Структура и состав реквизитов ДЭ", 75, 492, 105),
    ]
    assert [ln.text for ln in _clause_numbers_joined(clause)] == [
        "3.10 Содержательная и реквизитная части ДЭ",
        "та ЕСКД.",
        "Структура и состав реквизитов ДЭ",
    ]


def test_a_signatures_date_is_text_and_a_line_of_numbers_alone_is_debris():
    """An example title page's dates under its signatures ("22.06.93", GOST 2.105's annexes, whose
    note speaks of them) and the product code its field 2 holds ("31 1398") stay in the text; a
    clause number set apart, a contents page's numbers read across and a drawing's sizes ("(18)",
    "20") still leave as ``numbers_only``; a full stop set alone under a long URL ends the URL's
    line."""
    page = [
        _line("Руководитель ОКБА", 100, x1=200.0),
        _line("(подпись) И.И. Гусев", 111, x1=200.0),
        _line("22.06.93", 122, x1=90.0),
        _line("Директор завода", 140, x1=200.0),
        _line("(подпись) А.А. Лист 07.08.1993", 151, x1=200.0),
        _line("1993-06-21", 162, x1=100.0),
        _line("4.1.12", 180, x1=80.0),
        _line("5 5 6 6", 200, x1=200.0),
        _line("31 1398", 220, x1=100.0),
        _line("(18)", 228, x1=80.0),
        _line("20", 234, x1=80.0),
        _line("Читайте раздел 5.8 (http://www.debian.org/doc/manuals/developers-reference/pkgs.html)", 240),
        _line(".", 251, x1=53.0),
    ]
    layout = lay_out([page], [[]])
    assert [ln.text for ln in layout.pages[0] if not ln.text.startswith(DEBRIS)] == [
        "Руководитель ОКБА",
        "(подпись) И.И. Гусев",
        "22.06.93",
        "Директор завода",
        "(подпись) А.А. Лист 07.08.1993",
        "1993-06-21",
        "31 1398",
        "Читайте раздел 5.8 (http://www.debian.org/doc/manuals/developers-reference/pkgs.html).",
    ]
    assert layout.debris == [
        ("4.1.12", "numbers_only"),
        ("5 5 6 6", "numbers_only"),
        ("(18)", "numbers_only"),
        ("20", "numbers_only"),
    ]


def test_a_standards_number_ending_a_list_item_is_text():
    """ESKDX's manual: "– титульный лист и лист утверждения по ГОСТ" wrapped its standard's number
    "2.105-95;" onto a line of its own, which went as ``numbers_only``; a number ending in ";" ends
    a list's item (no page number, clause number or cell does). A page number still goes."""
    page = [
        _line("– титульный лист и лист утверждения по ГОСТ", 100, x1=500.0),
        _line("2.105-95;", 111, x1=90.0),
        _line("– основная надпись.", 122, x1=200.0),
        _line("12", 180, x1=80.0),
    ]
    layout = lay_out([page], [[]])
    assert [ln.text for ln in layout.pages[0] if not ln.text.startswith(DEBRIS)][:2] == [
        "– титульный лист и лист утверждения по ГОСТ",
        "2.105-95;",
    ]
    assert layout.debris == [("12", "numbers_only")]


def test_a_text_layer_of_unmapped_glyphs_is_refused(monkeypatch):
    """ESKD's manual (PsCyr Type 1 fonts without a ToUnicode table) has a text layer pdfminer reads
    as "˚º(cid:224)ææ ¯(cid:209)˚˜" for "Класс …": garbage, not text. A layer whose glyphs map to no
    character more than one time in twenty is refused with what to do; a stray unmapped glyph (a
    formula's symbol) in a real layer is not."""
    import pytest

    from sloika.pipelines.formats import pdf
    from sloika.pipelines.formats.base import FormatError

    garbage = [
        _line("˚º(cid:224)ææ ¯(cid:209)˚˜", 100),
        _line("´(cid:255)(cid:247)(cid:229)æº(cid:224)(cid:226)", 112),
    ]
    monkeypatch.setattr(pdf, "read_lines", lambda data: ([garbage], [[]], []))
    with pytest.raises(FormatError, match="ocrmypdf") as refused:
        pdf.parse_pdf(b"")
    assert refused.value.reason == "unmapped_text_layer"
    text = [_line("Стандарт устанавливает общие требования к выполнению документов (cid:3).", 100)]
    monkeypatch.setattr(pdf, "read_lines", lambda data: ([text], [[]], []))
    (parsed,) = pdf.parse_pdf(b"")
    assert parsed.text.startswith("Стандарт устанавливает общие требования")


def test_a_loosely_justified_line_split_into_words_is_one_line_and_drawing_labels_stay_apart():
    """The Ubuntu guide's justified "Патчи хранятся в debian/patches. Для этого пакета имеется один
    патч" came from pdfminer as ten pieces 1.85 em apart, read out of order, and its lower-case
    words went to ``removed`` as a drawing's labels: words of one row from the text's left margin to
    its right one, all gaps one width, are one line. Two labels far apart under a drawing (gaps
    neither even nor reaching the margins) stay two lines. Positions as in that PDF."""
    from sloika.pipelines.formats.pdf_debris import without_debris

    def line(text: str, x0: float, top: float, x1: float | None = None, mono: bool = False) -> Line:
        return Line(0, text, x0, x1 or x0 + 5.0 * len(text), top, top + 10.0, 10.0, 792.0, mono=mono)

    full = [
        line(f"Полная строка абзаца номер {n} идёт от поля до поля.", 72.0, 300.0 + 12 * n, 540.0)
        for n in range(3)
    ]
    words = [  # (text, x0, x1) as pdfminer read them
        ("в", 179.0, 184.0), ("хранятся", 119.3, 160.5), ("debian/patches.", 202.6, 278.5),
        ("Патчи", 72.0, 100.8), ("патч", 519.0, 540.0), ("Для", 297.1, 315.8), ("имеется", 425.1, 460.6),
        ("пакета", 376.7, 406.5), ("этого", 334.3, 358.1), ("один", 479.1, 500.5),
    ]  # fmt: skip
    row = [line(text, x0, 359.0, x1, mono=text.startswith("debian")) for text, x0, x1 in words]
    labels = [line("раздел", 150.0, 500.0), line("страница", 300.0, 500.0)]
    layout = without_debris(lay_out([full + row + labels], [[]]))
    texts = [ln.text for ln in layout.pages[0] if not ln.text.startswith(DEBRIS)]
    assert "Патчи хранятся в debian/patches. Для этого пакета имеется один патч" in texts
    assert sorted(text for text, _why in layout.debris) == ["раздел", "страница"]
