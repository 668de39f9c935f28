"""Three defects of the thirty-sixth held-out check's LaTeX rows (issue 15), each a rule: a command
nothing defines, alone in its paragraph, is recorded, never printed as its name (BSU's ``\\BSUtitle``,
its style file absent, read "BSUtitle"), and one named for the title is the class's ``\\maketitle``;
an ``\\item`` over a blank line opens its text ("•" was a paragraph alone over it); an ``\\input``
whose file the folder lacks leaves a record where it stood (the intro ran into "Заключение" where four
chapters were). Fixtures written here after the shape of the BSU template; expected texts worked out
by hand from TeX's rules."""

from pathlib import Path

from sloika.pipelines.formats.latex import parse_latex

from conftest import read_latex_paper, removed_records

TITLE_PAGE = (
    "\\title{Синтез оптимальной системы}\n\n"
    "\\author{Селях Никита}\n\n"
    "\\project{Курсовой проект}\n\n"
    "\\supervisor{доцент \\\\ Н.М. Дмитрук}\n\n"
    "\\BSUtitle\n\n"
    "\\section*{Введение}\n"
    "Работа посвящена синтезу систем."
)


def test_a_command_alone_in_its_paragraph_is_recorded_not_printed_as_its_name(tmp_path):
    body = "Первый абзац.\n\n\\BSUfooter\n\n\\section*{Введение}\nРабота посвящена синтезу систем."
    doc = read_latex_paper(tmp_path, body, preamble="\\usepackage{BSUStyle}\n", cls="extreport")
    assert doc.text == "Первый абзац.\n\nВведение\n\nРабота посвящена синтезу систем."
    assert removed_records(doc) == [("undefined_macro", "\\BSUfooter")]
    (record,) = doc.layers["removed"]
    assert record.start == record.end == len("Первый абзац.")  # where it stood, before the heading


def test_a_class_s_own_title_command_sets_the_title_page_as_maketitle_does(tmp_path):
    """BSU's ``\\BSUtitle`` (its style absent) is the class's ``\\maketitle``: the declarations before it
    are title-page fields, the author a field only, as for SCWorks' title page; before, "Курсовой
    проект", the supervisor and the author were paragraphs over "Введение", and the title a field."""
    doc = read_latex_paper(tmp_path, TITLE_PAGE, preamble="\\usepackage{BSUStyle}\n", cls="extreport")
    assert doc.text == "Введение\n\nРабота посвящена синтезу систем."
    assert doc.fields["title_page"] == {"project": "Курсовой проект", "supervisor": "доцент Н.М. Дмитрук"}
    assert (doc.fields["title"], doc.fields["author"]) == ("Синтез оптимальной системы", "Селях Никита")
    assert removed_records(doc) == [("undefined_macro", "\\BSUtitle")]


def test_a_title_command_with_a_definition_is_no_title_page(tmp_path):
    """A command named for the title that the paper defines prints what it defines: no fields."""
    preamble = "\\newcommand{\\mytitle}{Отчёт}\n"
    doc = read_latex_paper(tmp_path, "\\project{Курсовой проект}\n\n\\mytitle\n\nТекст.", preamble=preamble)
    assert "title_page" not in doc.fields
    assert doc.text.startswith("Курсовой проект")


def test_a_logo_among_words_still_prints_its_name(tmp_path):
    """A logo in a sentence, or alone on a line inside a paragraph, prints its name, as before."""
    body = "Пакет \\KOMAScript удобен.\n\nВёрстка в\n\\KOMAScript\nпроста."
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Пакет KOMAScript удобен.\n\nВёрстка в KOMAScript проста."
    assert removed_records(doc) == []


def test_an_item_over_a_blank_line_opens_its_text(tmp_path):
    body = (
        "\\begin{itemize}\n\\item\n\nМеня зовут Мария.\n\nВторой абзац пункта.\n\\item Следующий пункт.\n"
        "\\end{itemize}\n"
        "\\begin{enumerate}\n\\item\n\n   Первый шаг.\n\\item[а)]\n\nСвой номер.\n\\end{enumerate}"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "• Меня зовут Мария.\n\nВторой абзац пункта.\n\n• Следующий пункт.\n\n"
        "1. Первый шаг.\n\nа) Свой номер."
    )


def test_a_missing_input_leaves_a_record_where_it_stood(tmp_path: Path):
    (tmp_path / "intro.tex").write_text("\\section*{Введение}\nВ главе 2 описан метод.\n")
    (tmp_path / "conclusions.tex").write_text("\\section*{Заключение}\nМетод работает.\n")
    source = (
        "\\documentclass{article}\n\\begin{document}\n"
        "\\input{intro}\n\n\\input{chapter1}\n\n\\include{chapter2}\n\n\\input{conclusions}\n\n"
        "\\input{bibliography}\n\\end{document}\n"
    )
    path = tmp_path / "main.tex"
    path.write_text(source)
    (doc,) = parse_latex(str(path), source.encode(), "source")
    assert doc.text == "Введение\n\nВ главе 2 описан метод.\n\nЗаключение\n\nМетод работает."
    assert doc.fields["missing_includes"] == ["chapter1", "chapter2", "bibliography"]
    assert [(span.label, span.attrs["text"], span.start, span.end) for span in doc.layers["removed"]] == [
        ("missing_include", "\\input {chapter1}", 33, 33),  # after the intro's text, before "Заключение"
        ("missing_include", "\\include {chapter2}", 33, 33),
        ("missing_include", "\\input {bibliography}", len(doc.text), len(doc.text)),
    ]
