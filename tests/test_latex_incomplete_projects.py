"""LaTeX projects gathered without their preamble and chapter files (issue 15, the thirty-eighth
held-out check's rows 06–08): a thesis whose missing preamble.tex defined the macros of most of its
sentences kept headings, one list item and a template's placeholders; the headings of chapters whose
files are missing stood as a run of bare titles mid-text; a missing ``\\inputminted`` listing and the
preamble's missing files left no record where they stood. Projects written here after those theses'
shapes; the expected texts and messages worked out by hand."""

from pathlib import Path

from sloika.pipelines.formats.base import Failed
from sloika.pipelines.formats.latex import parse_latex

from conftest import read_latex_paper, removed_records


def _project(folder: Path, main: str, files: dict[str, str]) -> list:
    """What the reader makes of ``main`` as main.tex in ``folder`` beside ``files`` (name → text)."""
    for name, text in files.items():
        (folder / name).write_text(text)
    path = folder / "main.tex"
    path.write_text(main)
    return parse_latex(str(path), main.encode(), "source", str(folder))


MAIN = (
    "\\documentclass[14pt]{diploma-custom}\n\\input{preamble.tex}\n\\begin{document}\n"
    "\\input{title.tex}\n\\maketitle\n\\input{intro}\n\\input{conclusion}\n\\end{document}\n"
)
INTRO = (
    "\\section*{Введение}\n"
    "Работа с данными в \\db{} бывает двух видов.\n"
    "\\postgresql{}~--- реляционная \\dbms{} с открытым кодом.\n"
    "В последнее время \\olap{} и \\oltp{} объединяют в \\postgresql{} для работы с данными.\n\n"
    "Целью работы является исследование \\parquet{} в \\postgresql{}. Для её выполнения поставлены задачи:\n"
    "\\begin{enumerate}\n\\item провести обзор предметной области;\n\\item создать тестовую \\db{}.\n"
    "\\end{enumerate}\n"
)
CONCLUSION = (
    "\\section*{Заключение}\nВ результате работы получены результаты:\n"
    "\\begin{itemize}\n\\item Результат к задаче №1.\n\\end{itemize}\n"
)


def test_a_thesis_whose_prose_went_for_its_missing_preamble_is_rejected(tmp_path):
    """More of its prose went to ``removed`` for macros its missing preamble.tex defined (five
    sentences) than it keeps (four, headings aside): rejected, ``incomplete_source``, the message
    naming the count, the macros most used first and the files they may be in, and saying what to
    do; the record's text is the thesis as read, each cut sentence where it stood."""
    (rejected,) = _project(tmp_path, MAIN, {"intro.tex": INTRO, "conclusion.tex": CONCLUSION})
    assert isinstance(rejected, Failed)
    assert rejected.reason == "incomplete_source"
    assert rejected.detail == (
        "5 of 9 sentences use macros nothing at hand defines (\\postgresql, \\db, \\dbms, \\olap …), "
        "likely from the missing preamble.tex or diploma-custom.cls: they went to removed "
        "(undefined_macro); give the whole project folder (the main .tex file with every file it reads)"
    )
    assert rejected.text == (
        "\\input {title.tex}\n\nВведение\n\n"
        "Работа с данными в \\db бывает двух видов.\n\n"
        "\\postgresql — реляционная \\dbms с открытым кодом.\n\n"
        "В последнее время \\olap и \\oltp объединяют в \\postgresql для работы с данными.\n\n"
        "Целью работы является исследование \\parquet в \\postgresql.\n\n"
        "Для её выполнения поставлены задачи:\n\n1. провести обзор предметной области;\n\n"
        "2. создать тестовую \\db.\n\n"
        "Заключение\n\nВ результате работы получены результаты:\n\n• Результат к задаче №1."
    )


def test_a_thesis_that_keeps_more_prose_than_its_missing_definitions_took_is_kept(tmp_path):
    """The same thesis with an introduction of its own words beside the cut sentences keeps more
    than it lost: kept, the cut sentences in ``removed`` as before."""
    intro = INTRO.replace(
        "\\section*{Введение}\n",
        "\\section*{Введение}\nСуществуют два принципиально разных подхода к организации работы с данными: "
        "интерактивная транзакционная обработка и интерактивная аналитическая обработка. Первый подход "
        "служит приложениям, второй подход служит отчётам и исследованиям больших наборов данных.\n\n",
    )
    (doc,) = _project(tmp_path, MAIN, {"intro.tex": intro, "conclusion.tex": CONCLUSION})
    assert not isinstance(doc, Failed)
    assert [label for label, _ in removed_records(doc)].count("undefined_macro") == 5


THESIS = (
    "\\input{header.tex}\n\\usepackage{float}\n\\begin{document}\n\\input{title.tex}\n"
    "\\section*{Введение}\n\\input{intro}\n\n"
    "\\section{Постановка задачи}\n\\input{task}\n\n\\section{Архитектура}\n\\input{architecture}\n\n"
    "\\section{Реализация}\nРеализация описана в этой главе.\n\\input{implementation}\n\n"
    "\\section{Тестирование}\n\\input{testing}\n\\subsection{Апробация}\nПодсистема опробована.\n\n"
    "\\section*{Заключение}\n\\input{conclusion}\n\\end{document}\n"
)


def test_headings_over_missing_chapter_files_go_with_their_records(tmp_path):
    """A heading whose whole body is a file the folder lacks (nothing printed under it before the next
    heading of its level or higher) goes to ``removed`` in that file's ``missing_include`` record
    (``heading``), where it stood, so the introduction runs into the conclusion with the records
    between them; a heading over text of its own, or over a subsection that has some, stays. The
    missing header.tex the preamble reads has a record too, first, as title.tex's."""
    files = {
        "intro.tex": "Операционных систем много. Разработка ОС трудоёмка.\n",
        "conclusion.tex": "Подсистема реализована и опробована.\n",
    }
    (doc,) = _project(tmp_path, THESIS, files)
    assert doc.text == (
        "Введение\n\nОперационных систем много. Разработка ОС трудоёмка.\n\n"
        "Реализация\n\nРеализация описана в этой главе.\n\n"
        "Тестирование\n\nАпробация\n\nПодсистема опробована.\n\n"
        "Заключение\n\nПодсистема реализована и опробована."
    )
    assert removed_records(doc) == [
        ("missing_include", "\\input {header.tex}"),
        ("missing_include", "\\input {title.tex}"),
        ("missing_include", "\\input {task}"),
        ("missing_include", "\\input {architecture}"),
        ("missing_include", "\\input {implementation}"),
        ("missing_include", "\\input {testing}"),
    ]
    headings = [span.attrs.get("heading") for span in doc.layers["removed"]]
    assert headings == [None, None, "Постановка задачи", "Архитектура", None, None]
    after_intro = len("Введение\n\nОперационных систем много. Разработка ОС трудоёмка.")
    # where the cut began: at the start of the paragraph after it, as every cut paragraph's record
    assert [span.start for span in doc.layers["removed"]][2:4] == [after_intro + 2, after_intro + 2]
    assert [span.attrs["title"] for span in doc.spans if span.attrs.get("title")] == [
        "Введение", "Реализация", "Тестирование", "Апробация", "Заключение"
    ]  # fmt: skip


def test_code_files_the_folder_lacks_are_recorded_where_they_stood(tmp_path):
    """minted's ``\\inputminted``, listings' ``\\lstinputlisting``, fancyvrb's ``\\VerbatimInput`` and
    verbatim's ``\\verbatiminput`` of a file the folder lacks go to ``removed`` where they stood
    (``missing_include``), as a missing ``\\input`` does: the lead-in "Далее представлена реализация…"
    pointed at nothing, the gap recorded only in the fields. One typed inside code is code."""
    (tmp_path / "present.py").write_text("x = 1\n")
    doc = read_latex_paper(
        tmp_path,
        "Далее представлена реализация сортировки.\n\n\\inputminted[fontsize=\\small]{C++}{code/sort.cpp}\n\n"
        "Далее приведём примеры.\n\\lstinputlisting[language=C]{a.c}\n\\VerbatimInput{b.txt}\n"
        "\\verbatiminput{c.txt}\n\\inputminted{python}{present.py}\n\n"
        "\\begin{verbatim}\n\\inputminted{python}{typed.py}\n\\end{verbatim}\nКонец.",
    )
    assert doc.text == (
        "Далее представлена реализация сортировки.\n\nДалее приведём примеры.\n\n"
        "\\inputminted{python}{typed.py}\n\nКонец."
    )
    assert removed_records(doc) == [
        ("missing_include", "\\inputminted {code/sort.cpp}"),
        ("missing_include", "\\lstinputlisting {a.c}"),
        ("missing_include", "\\VerbatimInput {b.txt}"),
        ("missing_include", "\\verbatiminput {c.txt}"),
    ]
    first_end = len("Далее представлена реализация сортировки.")
    second_end = len("Далее представлена реализация сортировки.\n\nДалее приведём примеры.")
    assert [span.start for span in doc.layers["removed"]] == [first_end, *[second_end] * 3]
    assert doc.fields["missing_includes"] == ["code/sort.cpp", "a.c", "b.txt", "c.txt"]


def test_sections_over_only_missing_or_empty_subsection_files_go_with_their_records(tmp_path):
    """A section whose subsections print nothing, their files missing or a comment only, goes with
    them (issue 15, the thirty-ninth check's row 08: "Описание организации⏎⏎Функции
    организации⏎⏎Разработка…" stood as three bare titles): each heading in the first record under
    it, those over the empty file in the record before; a section with a subsection of text stays."""
    main = (
        "\\documentclass{article}\n\\begin{document}\n\\section*{Введение}\nСеть описана ниже.\n"
        "\\section{Описание организации}\n\\subsection{Функции организации}\n\\input{a1}\n"
        "\\subsection{Структура организации}\n\\input{a2}\n"
        "\\section{Топология}\n\\subsection{Планы}\n\\input{b1}\n\\subsection{Выбор}\n\\input{b2}\n"
        "\\section{Расчёт стоимости}\n\\subsection{Оборудование}\n\\input{c1}\n"
        "\\subsection{Персонал}\n\\input{c2}\n"
        "\\section*{Заключение}\nСеть спроектирована.\n\\end{document}\n"
    )
    files = {"a1.tex": "% функции\n", "b2.tex": "Выбрана звезда.\n", "c2.tex": "% персонал\n"}
    (doc,) = _project(tmp_path, main, files)
    assert doc.text == (
        "Введение\n\nСеть описана ниже.\n\nТопология\n\nВыбор\n\nВыбрана звезда.\n\n"
        "Заключение\n\nСеть спроектирована."
    )
    assert removed_records(doc) == [
        ("missing_include", "\\input {a2}"),
        ("missing_include", "\\input {b1}"),
        ("missing_include", "\\input {c1}"),
    ]
    assert [span.attrs["heading"] for span in doc.layers["removed"]] == [
        "Описание организации\n\nФункции организации\n\nСтруктура организации",
        "Планы",
        "Расчёт стоимости\n\nОборудование\n\nПерсонал",
    ]
