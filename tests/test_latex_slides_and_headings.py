"""Beamer slide titles, amssymb's signs in item labels and a class's numbered heading command (issue
15, a Russian LaTeX pool: a dissertation template's slides read "Формулы $$…$$" and lost every
"\\item[\\checkmark]" sub-item; a diploma template's headings read ". Название первого параграфа")."""

from conftest import read_latex_paper, removed_records


def test_a_frame_title_is_a_heading_of_its_own_and_frame_options_print_nothing(tmp_path):
    body = (
        "\\section{Результаты}\n"
        "\\begin{frame}\n\\frametitle{Формулы}\n$$\nx = 1\n$$\n\\end{frame}\n\n"
        "\\begin{frame}[fragile]{Итоги}{Кратко}\nМетод работает.\n\\end{frame}\n\n"
        "\\begin{frame}<1->[t]\n\\frametitle{Выводы}\n\\framesubtitle{Главное}\n"
        "Метод устойчив.\n\\end{frame}\n\n"
        "\\begin{frame}\n\nСлайд без заголовка.\n\\end{frame}"
    )
    doc = read_latex_paper(tmp_path, body, cls="beamer")
    assert doc.text.split("\n\n") == [
        "Результаты",
        "Формулы",
        "$$\nx = 1\n$$",
        "Итоги",
        "Кратко",
        "Метод работает.",
        "Выводы",
        "Главное",
        "Метод устойчив.",
        "Слайд без заголовка.",
    ]
    titles = [(span.attrs["title"], span.attrs["level"]) for span in doc.spans if span.label != "math"]
    assert titles == [
        ("Результаты", 1),
        ("Формулы", 3),
        ("Итоги", 3),
        ("Кратко", 4),
        ("Выводы", 3),
        ("Главное", 4),
    ]


def test_an_item_labelled_with_a_checkmark_keeps_its_text(tmp_path):
    preamble = "\\usepackage{amssymb}\n\\newcommand{\\itemi}{\\item[\\checkmark]}\n"
    body = (
        "\\begin{itemize}\n\\item \\textbf{Пункт 1}\n\\begin{itemize}\n\\itemi Подпункт 1-1\n"
        "\\itemi Подпункт 1-2\n\\end{itemize}\n\\end{itemize}\n\nГотово~\\checkmark, сноска~\\ddag."
    )
    doc = read_latex_paper(tmp_path, body, preamble)
    assert doc.text.split("\n\n") == [
        "• Пункт 1",
        "✓ Подпункт 1-1",
        "✓ Подпункт 1-2",
        "Готово ✓, сноска ‡.",
    ]
    assert "removed" not in doc.layers


def test_a_heading_numbered_by_a_counter_the_reader_cannot_print_keeps_no_separator(tmp_path):
    preamble = (
        "\\newcommand{\\mysubsection}[1]{\\refstepcounter{subsection}\\subsection*{\\thesubsection. #1}}\n"
    )
    body = "\\mysubsection{Название параграфа}\nТекст.\n\n\\subsection*{--- с тире}\nЕщё текст."
    doc = read_latex_paper(tmp_path, body, preamble)
    assert doc.text == "Название параграфа\n\nТекст.\n\n— с тире\n\nЕщё текст."
    assert [span.attrs["title"] for span in doc.spans] == ["Название параграфа", "— с тире"]
    assert removed_records(doc) == [("undefined_macro", "\\thesubsection. Название параграфа")]


def test_a_class_redefining_every_sectioning_command_keeps_them_headings(tmp_path):
    preamble = (
        "\\makeatletter\n"
        "\\renewcommand{\\subsubsection}{\\@startsection{subsubsection}{3}%\n{\\parindent}"
        "{-1.5ex plus -1ex minus -.2ex}%\n{0.5ex plus.2ex}{\\normalfont\\bfseries}}\n"
        "\\renewcommand{\\paragraph}{\\@startsection{paragraph}{4}{\\z@}{1ex}{-1em}{\\bfseries}}\n"
        "\\makeatother\n"
    )
    body = "\\subsubsection*{Первый подпараграф}\nТекст.\n\n\\paragraph{Замечание}Ещё текст."
    doc = read_latex_paper(tmp_path, body, preamble)
    assert doc.text == "Первый подпараграф\n\nТекст.\n\nЗамечание\n\nЕщё текст."
    assert [(span.label, span.attrs["title"]) for span in doc.spans] == [
        ("subsubsection", "Первый подпараграф"),
        ("paragraph", "Замечание"),
    ]


def test_a_class_s_title_for_the_table_of_contents_prints_nothing_in_the_text(tmp_path):
    body = "\\tableofcontents[Содержание]\n\\listoffigures*[Рисунки]\n\n\\section{Введение}\nТекст."
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Введение\n\nТекст."


def test_a_heading_s_title_attribute_is_the_title_the_text_prints(tmp_path):
    preamble = (
        "\\newcommand{\\mysection}[1]{\\refstepcounter{section}\\section*{Глава \\thesection. #1}}\n"
        "\\newcounter{appendix}\n"
        "\\newcommand{\\addappendix}[1]{\\refstepcounter{appendix}\\section*{ПРИЛОЖЕНИЕ \\theappendix. #1}}\n"
    )
    body = "\\mysection{Обзор литературы}\nТекст главы.\n\n\\addappendix{Код программы}\nЛистинг."
    doc = read_latex_paper(tmp_path, body, preamble)
    assert doc.text == "Обзор литературы\n\nТекст главы.\n\nПРИЛОЖЕНИЕ. Код программы\n\nЛистинг."
    assert [span.attrs["title"] for span in doc.spans] == ["Обзор литературы", "ПРИЛОЖЕНИЕ. Код программы"]
