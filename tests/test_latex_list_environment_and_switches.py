"""The forty-eighth check's LaTeX rows (issue 15, issue-texlist): LaTeX's own ``list`` environment
(``\\begin{list}{\\labelitemi}{\\leftmargin=1.5cm}``) printed its label argument into the sentence
before it, which went as an undefined macro's, and its items had no bullet; ragged2e's ``\\justify``
cut a synopsis's keyword line as an undefined macro's; totalcount's ``\\totalfigures`` was recorded as
an undefined macro, not as a value only the PDF knows. Fixtures written for these tests after the
shape of the synopses (referat.tex) of two Russian theses; the expected text is what LaTeX prints."""

from __future__ import annotations

import pytest

from conftest import read_latex_paper, removed_records

LEAD_IN = "Для достижения поставленной цели необходимо решить следующие задачи:\n"
ITEMS = "  \\item найти аналогичные парсеры;\n  \\item выделить критерии анализа.\n\\end{list}\n"
AFTER = "Объектом исследования является синтаксический парсер."


@pytest.mark.parametrize(
    ("begin", "first", "second"),
    [
        ("\\begin{list}{\\labelitemi}{\\leftmargin=1.5cm}", "•", "•"),
        ("\\begin{list}{$\\bullet$}{}", "•", "•"),
        ("\\begin{list}{\\textendash}{\\setlength{\\itemsep}{0pt}}", "–", "–"),
        ("\\begin{list}{\\arabic{enumi}.}{\\usecounter{enumi}}", "1.", "2."),
        ("\\begin{list}{\\labelenumi}{\\usecounter{enumi}\\setlength{\\itemindent}{1em}}", "1.", "2."),
    ],
)
def test_a_list_environment_reads_as_a_list_under_its_lead_in(tmp_path, begin, first, second):
    doc = read_latex_paper(tmp_path, LEAD_IN + begin + "\n" + ITEMS + AFTER)
    assert doc.text == (
        "Для достижения поставленной цели необходимо решить следующие задачи:\n\n"
        f"{first} найти аналогичные парсеры;\n\n{second} выделить критерии анализа.\n\n"
        "Объектом исследования является синтаксический парсер."
    )
    assert "undefined_macros" not in doc.fields
    assert removed_records(doc) == []


def test_a_list_with_an_empty_label_prints_its_items_bare(tmp_path):
    doc = read_latex_paper(tmp_path, LEAD_IN + "\\begin{list}{}{}\n" + ITEMS + AFTER)
    assert doc.text == (
        "Для достижения поставленной цели необходимо решить следующие задачи:\n\n"
        "найти аналогичные парсеры;\n\nвыделить критерии анализа.\n\n"
        "Объектом исследования является синтаксический парсер."
    )


def test_a_classs_bullet_and_item_number_named_in_the_text_are_known(tmp_path):
    body = (
        "\\begin{itemize}\n\\item[\\labelitemii] выделить критерии анализа.\n\\end{itemize}\n\n"
        "Пункт \\theenumi{} выполнен.\n\nДалее идёт обзор."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "– выделить критерии анализа.\n\nДалее идёт обзор."
    assert "undefined_macros" not in doc.fields
    assert removed_records(doc) == [("computed_value", "Пункт … выполнен.")]


def test_a_ragged2e_switch_prints_nothing_and_keeps_its_line(tmp_path):
    body = (
        "\\noindent \\justify \\sloppy СИСТЕМА УПРАВЛЕНИЯ ЦИФРОВЫМИ АКТИВАМИ, ОБЛАЧНОЕ ХРАНИЛИЩЕ, NOSQL.\n\n"
        "{\\FlushLeft В данной работе поставлена задача.}"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "СИСТЕМА УПРАВЛЕНИЯ ЦИФРОВЫМИ АКТИВАМИ, ОБЛАЧНОЕ ХРАНИЛИЩЕ, NOSQL.\n\n"
        "В данной работе поставлена задача."
    )
    assert "undefined_macros" not in doc.fields


def test_totalcounts_totals_are_computed_values(tmp_path):
    body = (
        "Работа содержит \\totalfigures\\ рисунков, \\totaltables\\ таблиц, 31 источник.\n\n"
        "В данной работе поставлена задача."
    )
    doc = read_latex_paper(tmp_path, body, preamble="\\usepackage{totalcount}\n")
    assert doc.text == "В данной работе поставлена задача."
    assert "undefined_macros" not in doc.fields
    assert removed_records(doc) == [("computed_value", "Работа содержит … рисунков, … таблиц, 31 источник.")]


def test_a_bullet_set_in_math_prints_as_its_sign(tmp_path):
    body = "\\begin{itemize}\n" + ITEMS.replace("{list}", "{itemize}")
    doc = read_latex_paper(tmp_path, body, preamble="\\renewcommand{\\labelitemi}{$\\bullet$}\n")
    assert doc.text == "• найти аналогичные парсеры;\n\n• выделить критерии анализа."


def test_compact_starred_lists_are_numbered_and_nested_as_their_plain_kinds(tmp_path):
    """mdwlist's ``enumerate*`` and ``itemize*`` (check 55's row 8, a chapter of a thesis on type
    design) are the plain lists closer set: their items lost every label and the classification's
    nesting ("Антиква" / "Старого стиля" / "Переходная" / "Гротески" as bare lines)."""
    body = (
        "В России чаще используется классификация ПараТайп:\n\n"
        "\\begin{enumerate*}\n\t\\item Антиква\n\t\\begin{enumerate*}\n"
        "\t\t\\item Старого стиля (например: Гарамон)\n\t\t\\item Переходная (например: Нью Баскервиль)\n"
        "\t\\end{enumerate*}\n\t\\item Гротески\n\\end{enumerate*}\n\n"
        "Важные события:\n\n\\begin{itemize*}\n\t\\item 1468 г. --- первая книга в Чехии.\n"
        "\t\\item 1517 г. --- первая книга на белорусском языке.\n\\end{itemize*}\n"
    )
    doc = read_latex_paper(tmp_path, body, preamble="\\usepackage{mdwlist}\n")
    assert doc.text == (
        "В России чаще используется классификация ПараТайп:\n\n"
        "1. Антиква\n\n(a) Старого стиля (например: Гарамон)\n\n(b) Переходная (например: Нью Баскервиль)\n\n"
        "2. Гротески\n\n"
        "Важные события:\n\n"
        "• 1468 г. — первая книга в Чехии.\n\n• 1517 г. — первая книга на белорусском языке."
    )
    assert removed_records(doc) == []
