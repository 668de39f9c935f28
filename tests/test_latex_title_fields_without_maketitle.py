"""A report whose class sets its own title page without ``\\maketitle`` (issue 15, thirty-first check
rows 6 and 8): the class's declarations before the body are fields, its heading command alone in a
paragraph leaves a record, and fontspec's and babel's font set-up prints nothing. The fixtures are
written here after the shape of a G7-32 report (the class is not at hand)."""

from conftest import read_latex_paper, removed_records

DECLARATIONS = (
    "\\frontmatter\n\n"
    "\\Report{к учебной работе}\n"
    "\\Theme{Методы \\hfill\\null \\\\ анализа}\n"
    "\\Group{АБ-12}\n"
    "\\Student{И.И. Иванова}\n"
    "\\Teacher{П.П. Петров}\n\n"
)
INTRO = (
    "\\Introduction\n\nЦелью работы является обзор методов. Задачи решены.\n\n"
    "\\chapter*{ОСНОВНАЯ ЧАСТЬ}\nТекст главы."
)


def test_a_run_of_declarations_before_the_body_without_maketitle_is_title_page_fields(tmp_path):
    doc = read_latex_paper(tmp_path, DECLARATIONS + INTRO, cls="G7-32")
    assert doc.text == (
        "Введение\n\nЦелью работы является обзор методов. Задачи решены.\n\nОСНОВНАЯ ЧАСТЬ\n\nТекст главы."
    )
    assert doc.fields["title_page"] == {
        "Report": "к учебной работе",
        "Theme": "Методы анализа",
        "Group": "АБ-12",
        "Student": "И.И. Иванова",
        "Teacher": "П.П. Петров",
    }
    assert removed_records(doc) == [
        ("undefined_macro", "\\Report {к учебной работе}"),
        ("undefined_macro", "\\Theme {Методы \\hfill\\null \\\\ анализа}"),  # as typed
        ("undefined_macro", "\\Group {АБ-12}"),
        ("undefined_macro", "\\Student {И.И. Иванова}"),
        ("undefined_macro", "\\Teacher {П.П. Петров}"),
        ("undefined_macro", "\\Introduction"),
    ]


def test_a_class_heading_command_alone_in_its_paragraph_leaves_a_record(tmp_path):
    doc = read_latex_paper(tmp_path, INTRO, cls="G7-32")
    assert doc.text.startswith("Введение\n\nЦелью работы является обзор методов.")
    assert removed_records(doc) == [("undefined_macro", "\\Introduction")]


def test_declarations_after_the_first_prose_are_no_title_page_fields(tmp_path):
    """Past the body's first words such lines are the body's: their words stay."""
    body = "Отчёт описывает опыт.\n\n" + DECLARATIONS.removeprefix("\\frontmatter\n\n") + "Далее текст."
    doc = read_latex_paper(tmp_path, body, cls="G7-32")
    assert "title_page" not in doc.fields
    assert "АБ-12" in doc.text


def test_declarations_inside_an_environment_are_no_title_page_fields(tmp_path):
    """An environment that sets its fields where it stands (frontespizio's) prints them: they stay."""
    body = "\\begin{cover}\n" + DECLARATIONS.removeprefix("\\frontmatter\n\n") + "\\end{cover}\n\n" + INTRO
    doc = read_latex_paper(tmp_path, body, cls="G7-32")
    assert "title_page" not in doc.fields
    assert "АБ-12" in doc.text


def test_fewer_declarations_than_a_run_are_no_title_page_fields(tmp_path):
    doc = read_latex_paper(tmp_path, "\\Group{АБ-12}\n\nЦелью работы является обзор.", cls="G7-32")
    assert "title_page" not in doc.fields
    assert doc.text.startswith("АБ-12")


def test_font_set_up_of_fontspec_and_babel_prints_nothing(tmp_path):
    body = (
        "\\defaultfontfeatures{Ligatures=TeX}\n"
        "\\setmainfont[Ligatures=TeX]{Times New Roman}\n"
        "\\setsansfont{Arial}\n"
        "\\newfontfamily\\cyrillicfont[Script=Cyrillic]{Times New Roman}\n"
        "\\setmathfont{XITS Math}\n"
        "\\babelfont{rm}{Liberation Serif}\n"
        "Работа закончена за счёт алгоритма.\n\n"
        "\\setmonofont{CMU Typewriter Text}\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Работа закончена за счёт алгоритма."
    commands = {
        "defaultfontfeatures",
        "setmainfont",
        "setsansfont",
        "setmonofont",
        "newfontfamily",
        "setmathfont",
        "babelfont",
    }
    assert not commands & set(doc.fields.get("undefined_macros", {}))
    assert removed_records(doc) == []
