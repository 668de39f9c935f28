"""A student paper whose class the reader lacks (issue 15, sixteenth check): the class's heading
command on a line of its own loses nothing under it, and the class's title-page declarations are
fields, not fragments in the text. The fixture is written here, after the shape of Saratov's
SCWorks papers (the class defines ``\\intro`` and the title-page commands; it is not at hand)."""

from conftest import read_latex_paper, removed_records

TITLE_PAGE = (
    "\\chair{информатики и программирования}\n"
    "\\title{Обзор компаний города}\n"
    "\\course{1}\n"
    "\\group{151}\n"
    "\\variant{$N = 7$}\n"
    '\\napravlenie{09.03.04 "--- Программная инженерия}\n'
    "\\author{Иванова Ивана Ивановича}\n"
    "\\date{2022}\n"
    "\\maketitle\n\n"
)
BODY = (
    "\\intro\n"
    "Целью настоящей работы является обзор компаний города.\n\n"
    "Поставлена задача выяснить их вакансии.\n\n"
    "\\section{Первая компания}\n"
    "Компания работает с 1999 года."
)


def test_a_class_heading_command_on_its_own_line_keeps_the_paragraph_under_it(tmp_path):
    doc = read_latex_paper(tmp_path, BODY, cls="SCWorks")
    # the class's heading is the section it names, in the paper's language; the command is recorded
    assert doc.text == (
        "Введение\n\n"
        "Целью настоящей работы является обзор компаний города.\n\n"
        "Поставлена задача выяснить их вакансии.\n\n"
        "Первая компания\n\n"
        "Компания работает с 1999 года."
    )
    assert removed_records(doc) == [("undefined_macro", "\\intro")]


def test_an_undefined_macro_inside_a_sentence_still_takes_its_sentence(tmp_path):
    """The hole rule stays for a macro between words: "при 30 \\degC" would read "при 30"."""
    doc = read_latex_paper(tmp_path, "Опыт шёл при 30 \\degC весь день. Журнал вёл лаборант.", cls="SCWorks")
    assert doc.text == "Журнал вёл лаборант."


def test_the_title_page_declarations_of_a_missing_class_are_fields(tmp_path):
    doc = read_latex_paper(tmp_path, TITLE_PAGE + BODY, cls="SCWorks")
    # the author is a title-page field too: the class sets the name (genitive) in its own words
    assert doc.text.startswith("Введение\n\nЦелью настоящей работы является")
    assert doc.fields["title_page"] == {
        "chair": "информатики и программирования",
        "course": "1",
        "group": "151",
        "variant": "$N = 7$",  # math as its source, as the text keeps it
        "napravlenie": "09.03.04 — Программная инженерия",
    }
    assert (doc.fields["title"], doc.fields["author"], doc.fields["date"]) == (
        "Обзор компаний города",
        "Иванова Ивана Ивановича",
        "2022",
    )
    assert removed_records(doc) == [("undefined_macro", "\\intro")]


def test_a_command_of_the_body_after_maketitle_is_no_title_page_field(tmp_path):
    body = "\\maketitle\n\n\\remark{Это примечание читается как текст.}\n\nДалее текст."
    doc = read_latex_paper(tmp_path, body, cls="SCWorks")
    assert doc.text == "Это примечание читается как текст.\n\nДалее текст."
    assert "title_page" not in doc.fields


# after ITMO's report class (absent): one title-page command, its arguments a line each, no \maketitle
REPORT_TITLE = (
    "\\makereporttitle{Факультета информатики (ФИ)}\n"
    "\t{лабораторной работе №2}\n"
    "\t{Базы данных}\n"
    "\t{Хэш-таблица в файле}\n"
    "\t{}\n"
    "\t{Иванов~И.~И./P3100}\n"
    "\t{Петров~П.~П./доцент}\n\n"
    "\\maketableofcontents\n\n"
    "\\chapter{Теоретическая часть}\n"
    "Таблица хранится в одном файле.\n"
    "Коллизии обрабатываются цепочками.\n"
    "Записи читаются по ключу.\n"
    "Файл переживает перезапуск.\n"
    "Размер бакета постоянен.\n"
    "Удаление помечает запись.\n"
    "Сжатие идёт отдельно.\n"
    "Ключи хэшируются один раз."
)
# a body of fewer prose lines than the title page's lines is taken for code (``latex_code``'s
# guess); the report's eight lines of prose are as many as its title page has


def test_a_missing_classs_title_command_over_several_lines_is_a_title_page_field(tmp_path):
    doc = read_latex_paper(tmp_path, REPORT_TITLE, cls="itmo")
    assert doc.text.startswith("Теоретическая часть\n\nТаблица хранится в одном файле. Коллизии")
    assert doc.fields["title_page"] == {
        "makereporttitle": "Факультета информатики (ФИ) лабораторной работе №2 Базы данных "
        "Хэш-таблица в файле Иванов И. И./P3100 Петров П. П./доцент"
    }


def test_a_command_named_to_make_the_title_page_with_one_argument_is_a_field(tmp_path):
    body = "\\mytitlepage{Отчёт о практике}\n\n\\section{Введение}\nПрактика шла месяц."
    doc = read_latex_paper(tmp_path, body, cls="itmo")
    assert doc.text == "Введение\n\nПрактика шла месяц."
    assert doc.fields["title_page"] == {"mytitlepage": "Отчёт о практике"}


def test_an_unknown_command_after_the_first_heading_is_no_title_page_field(tmp_path):
    """Past the first sectioning command a several-argument command is the body's: its words stay."""
    body = "\\section{Введение}\n\\pair{Первый довод.}\n{Второй довод.}\n\nДалее текст."
    doc = read_latex_paper(tmp_path, body, cls="itmo")
    assert "title_page" not in doc.fields
    assert doc.text.startswith("Введение\n\n")


def test_a_several_argument_command_after_a_line_of_prose_is_no_title_page_field(tmp_path):
    """After the body's first words a command of several arguments is the body's, even before the first
    heading: its words stay in the text."""
    body = (
        "Отчёт описывает опыт.\n\n\\pair{Первый довод.}\n{Второй довод.}\n\n\\section{Введение}\nДалее текст."
    )
    doc = read_latex_paper(tmp_path, body, cls="itmo")
    assert "title_page" not in doc.fields
    assert doc.text.startswith("Отчёт описывает опыт.\n\n")
