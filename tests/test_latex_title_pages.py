"""A title page set by hand in a ``titlepage`` environment is front matter (check 58 row 8, issue
15): a report's letterhead, its kind and topic, the student's name and group, the city and year were
kept as a column of one-line paragraphs opening the text. The page goes to ``removed`` as
``title_page`` with what it prints; its title, the first line set in its largest size (``\\Large`` or
larger), is the ``title`` field where no ``\\title`` gives one. The page is written here after the
report's (a Moscow report on a café's simulation model), names and words made up; expected values by
hand."""

from conftest import read_latex_paper, removed_records

TITLE_PAGE = (
    "\\begin{titlepage}\n"
    "\t\\centering\n"
    "\t{\\large МОСКОВСКИЙ УНИВЕРСИТЕТ имени~И.И.~ИВАНОВА \\par}\n"
    "\t{\\large ФАКУЛЬТЕТ ПРИКЛАДНОЙ МАТЕМАТИКИ \\par}\n"
    "\t\\rule[0.5ex]\\linewidth{1pt} \\par\n"
    "\t\\vspace{4 cm}\n"
    "\t{\\large\\textbf{Отчёт о выполнении задания №2\\\\по курсу «Моделирование систем»} \\par}\n"
    "\t\\vspace{0.5 cm}\n"
    "\t{\\Large Построение имитационной модели кафе \\par}\n"
    "\t\\vfill\n"
    "\t{\\raggedleft\\Large Петров П.П. \\par}\n"
    "\t{\\raggedleft\\Large 321 группа \\par}\n"
    "\t\\vspace{2 cm}\n"
    "\t{\\large Москва, 2017}\n"
    "\\end{titlepage}\n"
    "\n\\newpage\n"
)
BODY = "\\section{Постановка задачи}\n\nДано описание исследуемой системы на естественном языке.\n"


def test_a_hand_set_title_page_is_front_matter_with_its_title_a_field(tmp_path):
    doc = read_latex_paper(tmp_path, TITLE_PAGE + BODY)
    assert doc.text == "Постановка задачи\n\nДано описание исследуемой системы на естественном языке."
    assert doc.fields["title"] == "Построение имитационной модели кафе"
    assert removed_records(doc) == [
        (
            "title_page",
            "МОСКОВСКИЙ УНИВЕРСИТЕТ имени И.И. ИВАНОВА ФАКУЛЬТЕТ ПРИКЛАДНОЙ МАТЕМАТИКИ "
            "Отчёт о выполнении задания №2 по курсу «Моделирование систем» "
            "Построение имитационной модели кафе Петров П.П. 321 группа Москва, 2017",
        )
    ]


def test_the_papers_own_title_stays_the_field(tmp_path):
    doc = read_latex_paper(tmp_path, TITLE_PAGE + BODY, preamble="\\title{Модель кафе}\n")
    assert doc.fields["title"] == "Модель кафе"
    assert [label for label, _ in removed_records(doc)] == ["title_page"]


def test_a_title_page_in_no_large_size_gives_no_title(tmp_path):
    page = "\\begin{titlepage}\n\\centering\nОтчёт по практике\\\\\nИванов И.И.\n\\end{titlepage}\n"
    doc = read_latex_paper(tmp_path, page + BODY)
    assert doc.text == "Постановка задачи\n\nДано описание исследуемой системы на естественном языке."
    assert "title" not in doc.fields
    assert removed_records(doc) == [("title_page", "Отчёт по практике Иванов И.И.")]


def test_a_title_page_holding_prose_or_maketitle_stays_text(tmp_path):
    abstract = (
        "\\begin{titlepage}\n\\centering\n{\\Large Модель кафе}\n\n"
        "В работе построена и исследована имитационная модель кафе университета, в котором клиенты "
        "прибывают группами и выбирают один из трёх маршрутов обслуживания.\n\\end{titlepage}\n"
    )
    doc = read_latex_paper(tmp_path, abstract + BODY)
    assert doc.text.startswith("Модель кафе\n\nВ работе построена")
    assert removed_records(doc) == []
    made = "\\begin{titlepage}\n\\maketitle\n\\end{titlepage}\n"
    doc = read_latex_paper(tmp_path, made + BODY, preamble="\\title{Модель кафе}\n\\author{Петров П.П.}\n")
    assert removed_records(doc) == []
    assert doc.fields["title"] == "Модель кафе"


def test_a_letterhead_set_largest_is_no_title(tmp_path):
    """A faculty's line set in ``\\Large`` over the course's in ``\\large`` (check 64 row 6's lecture
    notes): the letterhead names who issued the page, the course line is the title. Before, the
    title field was the faculty's name."""
    page = (
        "\\begin{titlepage}\n\\begin{center}\n\\Large Механико-математический факультет\n\\end{center}\n"
        "\\vspace{2em}\n\\begin{center}\n"
        "\\large{\\textsc{\\textbf{Линейная алгебра и геометрия, 2 семестр}}}\n\\end{center}\n"
        "\\vspace{6em}\nСтудент: Петров П.П.\n\\end{titlepage}\n"
    )
    doc = read_latex_paper(tmp_path, page + BODY)
    assert doc.fields["title"] == "Линейная алгебра и геометрия, 2 семестр"
    assert removed_records(doc) == [
        (
            "title_page",
            "Механико-математический факультет Линейная алгебра и геометрия, 2 семестр Студент: Петров П.П.",
        )
    ]
