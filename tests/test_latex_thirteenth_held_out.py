"""The thirteenth held-out check on Russian TeX papers (issue 15): ``\\newblock``, the separator
of an entry's parts in ``thebibliography``, prints a space, not a hole."""

from conftest import read_latex_paper
from conftest import removed_records as _removed


def test_newblock_in_a_bibliography_is_a_space_and_the_entry_stays_whole(tmp_path):
    body = (
        "Книги по теме.\n\n"
        "\\begin{thebibliography}{9}\n"
        "\\bibitem{a}Петров П.П. Набор формул. \\newblock --- Тверь: Изд. Сосна, 2001 г.\n"
        "\\bibitem{b}Иванов И.И. Вёрстка таблиц.\\newblock{} --- 2-е издание, 1999 г.\n"
        "\\end{thebibliography}\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert "[1] Петров П.П. Набор формул. — Тверь: Изд. Сосна, 2001 г." in doc.text
    assert "[2] Иванов И.И. Вёрстка таблиц. — 2-е издание, 1999 г." in doc.text
    assert _removed(doc) == []
    assert "newblock" not in doc.fields.get("undefined_macros", {})


def test_a_title_pages_lines_stay_apart_across_spacing_commands_and_indented_blank_lines(tmp_path):
    """A blank line holding the indentation's tabs is a paragraph break to TeX; after ``\\vfill``,
    ``\\bigskip`` or ``\\vspace{…}`` it was read as the command's trailing space, and the title
    page's department, report name, topic and group ran into one line (issue 15, thirteenth check
    row 4)."""
    # read line by line as a titlepage was; a titlepage is front matter now (test_latex_title_pages.py)
    body = (
        "\t\\begin{flushleft}\n\t\t\\begin{center}\n"
        "\t\t\tКафедра прикладной математики\n\t\t\t\\vfill\n\t\t\t\n\t\t\t\\vfill\n\t\t\t\n"
        "\t\t\t\\textsc{Отчёт по лабораторной работе}\\\\[5mm]\n\t\t\t\n"
        "\t\t\t{\\LARGE Метод прогонки \\textit{Вариант седьмой.}}\n\t\t\t\\bigskip\n\t\t\t\n"
        "\t\t\t2 курс, группа 2ПМ\n\t\t\t\\vspace{1cm}\n\t\t\t\n"
        "\t\t\tТверь, 2023 г.\n"
        "\t\t\\end{center}\n\t\\end{flushleft}\n"
        "\tПервый абзац отчёта\n\t\\medskip\n\tидёт дальше.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "Кафедра прикладной математики\n\n"
        "Отчёт по лабораторной работе\n\n"
        "Метод прогонки Вариант седьмой.\n\n"
        "2 курс, группа 2ПМ\n\n"
        "Тверь, 2023 г.\n\n"
        "Первый абзац отчёта идёт дальше."
    )


def test_indented_blank_lines_inside_verbatim_are_kept_as_written(tmp_path):
    body = "\\begin{verbatim}\n\tint a;\n\t\n\treturn a;\n\\end{verbatim}\n"
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "\tint a;\n\t\n\treturn a;"
