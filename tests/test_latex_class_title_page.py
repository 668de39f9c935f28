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
    assert doc.text == (
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
    assert doc.text.startswith("Иванова Ивана Ивановича\n\nЦелью настоящей работы является")
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
