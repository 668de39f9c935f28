"""Spacing commands in the LaTeX reader (issue 15, twentieth check rows 5 and 6): horizontal space and
a box of its own width separate the words around them, ``\\vfill`` ends a title page's line.

The fixtures are written here after the shape of two students' lab reports' title pages (an NSTU
one setting "Группа:\\hfill\\hbox to\\maxl{ПМ-13}", an SPbPU one a ``\\vfill`` between its department
and its title); the names and words are made up."""

import pytest

from conftest import read_latex_paper

# read line by line as a titlepage was; a titlepage is front matter now (test_latex_title_pages.py)
LABEL_COLUMN = (
    "\\begin{flushleft}\n"
    "\\begin{center}\nУниверситет имени Первого\n\\end{center}\n"
    "\\vspace{5cm}\n"
    "\\newlength{\\maxl}\n"
    "\\setlength{\\maxl}{4cm}\n"
    "\\hfill\\parbox{11cm}{\n"
    "\\hspace*{5cm}\\hspace*{-5cm}Группа:\\hfill\\hbox to\\maxl{АБ-12}\\\\\n"
    "\\hspace*{5cm}\\hspace*{-5cm}Студенты:\\hfill\\hbox to\\maxl{Петров П.П.\\hfill}\\\\\n"
    "\\hspace*{5cm}\\hspace*{-5cm}\\hfill\\hbox to\\maxl{Сидоров С.С.\\hfill}\\\\\n"
    "\\hspace*{5cm}\\hspace*{-5cm}Преподаватель:\\hfill\\hbox to\\maxl{Иванов И.И.\\hfill}\\\\\n"
    "}\n"
    "\\vfill\n"
    "\\begin{center}\nГород 2024\n\\end{center}\n"
    "\\end{flushleft}\n"
    "Работа начинается здесь.\n"
)


def test_a_title_pages_labels_stay_apart_from_their_values(tmp_path):
    doc = read_latex_paper(tmp_path, LABEL_COLUMN)
    assert doc.text == (
        "Университет имени Первого\n\n"
        "Группа: АБ-12\n\n"
        "Студенты: Петров П.П.\n\n"
        "Сидоров С.С.\n\n"
        "Преподаватель: Иванов И.И.\n\n"
        "Город 2024\n\n"
        "Работа начинается здесь."
    )


def test_a_title_set_a_vfill_below_the_department_is_a_paragraph_of_its_own(tmp_path):
    # read line by line as a titlepage was; a titlepage is front matter now (test_latex_title_pages.py)
    body = (
        "\\begin{flushleft}\n"
        "    \\begin{center}\n"
        "        Институт прикладной математики\\\\\n"
        "        \\vspace{0.25cm}\n"
        "        Кафедра «Высшая математика»\n"
        "        \\vfill\n"
        "        \\textsc{\\LARGE\\textbf{Отчет по лабораторной работе №5}}\\\\[5mm]\n"
        '        по дисциплине\\\\"Теория вероятностей"\n'
        "    \\end{center}\n"
        "    \\vfil\n"
        "    Город\\vfill 2021 г.\n"
        "\\end{flushleft}\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "Институт прикладной математики\n\n"
        "Кафедра «Высшая математика»\n\n"
        "Отчет по лабораторной работе №5\n\n"
        "по дисциплине\n\n"
        '"Теория вероятностей"\n\n'
        "Город\n\n"
        "2021 г."
    )


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Имя:\\hfill Значение", "Имя: Значение"),
        ("Имя:\\hfil Значение и\\hss другое", "Имя: Значение и другое"),
        ("Имя:\\hspace{2cm}Значение", "Имя: Значение"),
        ("Имя:\\hspace*{\\fill}Значение", "Имя: Значение"),
        ("Имя:\\enspace Значение\\thinspace да", "Имя: Значение да"),
        ("Имя:\\quad Значение\\qquad да", "Имя: Значение да"),
        ("Имя \\dotfill\\ 12", "Имя 12"),
        ("Имя:\\makebox[3cm][l]{Значение}конец", "Имя: Значение конец"),
        ("Имя:\\hbox to 3cm{Значение\\hfill}конец", "Имя: Значение конец"),
        # \hrulefill is glue that draws its line: the line stands apart from the words, not from a
        # full stop, and a box of its width is the line alone
        ("Слово\\hrulefill Значение", "Слово ——— Значение"),
        ("Дата:\\hrulefill.", "Дата: ———."),
        ("Имя:~\\hbox to3cm{\\hrulefill}, дата", "Имя: ———, дата"),
        # a line's words go on past LaTeX's vertical space inside a paragraph
        ("Первые слова\\vspace{1cm}вторые слова", "Первые слова вторые слова"),
        ("Первые слова\\bigskip вторые слова", "Первые слова вторые слова"),
    ],
)
def test_horizontal_space_and_a_box_of_its_own_width_separate_words(tmp_path, line, text):
    assert read_latex_paper(tmp_path, line).text == text


@pytest.mark.parametrize(
    ("line", "text"),
    [
        # no space: a negative one moves the line's start back, a zero one lets TeX break a word
        ("\\hspace*{3cm}\\hspace*{-3cm}Слово", "Слово"),
        ("пере\\hspace{0pt}нос и\\hspace{-1em}нет", "перенос инет"),
        # a box as wide as its text, or of no width (an overlap), is glued to its neighbours
        ("Слово\\makebox{часть}\\mbox{другая}", "Словочастьдругая"),
        ("Слово\\makebox[0pt][l]{*}дальше", "Слово*дальше"),
    ],
)
def test_space_of_no_width_and_a_box_as_wide_as_its_text_separate_nothing(tmp_path, line, text):
    assert read_latex_paper(tmp_path, line).text == text


# a thesis assignment form's header and signature lines (issue 15, check 53 row 8): 0-pt-high rules
# push the approval block right, 0.4-pt ones are blanks to fill in
FORM = (
    "\\noindent\\rule{105mm}{0pt}УТВЕРЖДАЮ\\\\\n"
    "\\rule{105mm}{0pt}Заведующий кафедрой\\\\\n"
    "\\rule{105mm}{0pt}<<\\rule{10mm}{0.4pt}>>\\rule{25mm}{0.4pt} 2020 г.\\\\\n\n"
    "\\noindent Руководитель\\rule{30mm}{0pt}\\rule{30mm}{0.4pt}\\rule{30mm}{0pt} И. И. Петров.\\\\\n\n"
    "\\noindent Задание принял\\rule{10mm}{0pt}<<\\rule{10mm}{0.4pt}>>\\rule{25mm}{0.4pt} 2020 г."
    "\\rule{10mm}{0pt}\\rule{23mm}{0.4pt}\\\\\n"
)


def test_a_rule_of_no_height_is_a_space_and_a_blank_to_fill_in_its_drawn_line(tmp_path):
    """A rule of no height draws nothing: it is a space as wide as it is, none at a line's start
    ("———УТВЕРЖДАЮ" stood for a spacer); a drawn rule is the line "———", glued where TeX leaves no
    space ("«———»———") and apart from the words where a spacer parts them ("Руководитель ———")."""
    assert read_latex_paper(tmp_path, FORM).text == (
        "УТВЕРЖДАЮ\nЗаведующий кафедрой\n«———»——— 2020 г.\n\n"
        "Руководитель ——— И. И. Петров.\n\n"
        "Задание принял «———»——— 2020 г. ———"
    )


@pytest.mark.parametrize(
    ("line", "text"),
    [
        # the height typed is the rule's ink: a raise only moves it (LaTeX sets height+depth to it)
        ("Имя\\rule[-1ex]{2cm}{0pt}Значение", "Имя Значение"),
        ("Имя\\rule[1ex]{2cm}{0pt}Значение", "Имя Значение"),
        ("Имя:\\rule[-.2ex]{3cm}{.4pt}, дата", "Имя:———, дата"),
        # a rule of no width is a strut, of no width and no height nothing: neither parts words
        ("пере\\rule{0pt}{0pt}нос и\\rule{0pt}{3ex}стойка", "перенос истойка"),
    ],
)
def test_a_rules_height_decides_whether_it_is_a_line_or_a_space(tmp_path, line, text):
    assert read_latex_paper(tmp_path, line).text == text
