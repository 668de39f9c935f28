"""LaTeX: a known command without its required argument (a broken source: TeX stops there with an
error) prints nothing and goes to ``removed`` as ``missing_argument``; the text around it stays
(issue 15, thirty-fifth check row 8: kadirches' thesis kept the paragraphs "\\begin" and "\\end")."""

from conftest import read_latex_paper, removed_records


def test_a_bare_begin_and_end_around_a_chapter_are_no_paragraphs(tmp_path):
    """``\\begin`` with no environment's name (the next line ``\\hspace{\\parindent}``) and ``\\end``
    with none after a list read as the paragraphs "\\begin" and "\\end"."""
    body = (
        "\\chapter*{Введение}\n\\begin \n\\hspace{\\parindent}\n"
        "\\indent На сегодняшний день технологии переплелись с жизнью.\n\n"
        "\\begin{itemize}\n\\item Выявить плюсы и минусы.\n\\end{itemize}\n\\end\n\n"
        "Заключение работы.\n"
    )
    doc = read_latex_paper(tmp_path, body, cls="report")
    assert "\\" not in doc.text
    assert doc.text.split("\n\n") == [
        "Введение",
        "На сегодняшний день технологии переплелись с жизнью.",
        "• Выявить плюсы и минусы.",
        "Заключение работы.",
    ]
    assert removed_records(doc) == [("missing_argument", "\\begin"), ("missing_argument", "\\end")]


def test_a_command_before_a_blank_line_or_a_closing_brace_prints_nothing(tmp_path):
    """``\\textbf`` before a blank line, ``\\emph`` before its group's "}" and a bare ``\\section*``
    have no argument: pylatexenc printed "§" for the heading; a command with its argument on the next
    line (TeX reads it there) stays."""
    body = (
        "Первый абзац \\textbf\n\n\\section*\n\nВторой {абзац \\emph} идёт.\n\n"
        "Третий \\textbf\n{абзац} здесь.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text.split("\n\n") == ["Первый абзац", "Второй абзац идёт.", "Третий абзац здесь."]
    assert removed_records(doc) == [
        ("missing_argument", "\\textbf"),
        ("missing_argument", "\\section*"),
        ("missing_argument", "\\emph"),
    ]


def test_a_command_named_as_an_argument_is_no_use(tmp_path):
    """``\\section`` handed to another command (``\\titleformat{\\section}``, ``\\let\\x\\section``)
    is a name: no record of a missing argument."""
    body = "\\let\\oldsection\\section\n\\foo{\\section}\n\nТекст абзаца.\n"
    doc = read_latex_paper(tmp_path, body)
    assert "missing_argument" not in [label for label, _ in removed_records(doc)]


def test_an_unbraced_undefined_argument_takes_its_sentence_as_a_braced_one_does(tmp_path):
    """``\\textbf\\aimTXT`` is ``\\textbf{\\aimTXT}`` (TeX's argument is the one token): with the
    macro's definition missing, its sentence goes to ``removed`` as the braced ``\\tasksTXT``'s does;
    it kept "данной работы является исследование." without its subject and without a record
    (phd_template, issue-latex34's Left)."""
    preamble = "\\newcommand{\\aim}{{\\textbf\\aimTXT}}\n\\newcommand{\\tasks}{\\textbf{\\tasksTXT}}\n"
    body = (
        "Первый абзац текста.\n\n{\\aim} данной работы является исследование.\n\n"
        "Для достижения цели решены следующие {\\tasks}: первая и вторая.\n\n"
        "Текст \\textbf \\LaTeX\\ и {\\footnotesize\\faPhone} телефон.\n"
    )
    doc = read_latex_paper(tmp_path, body, preamble=preamble)
    assert doc.text == "Первый абзац текста.\n\nТекст LaTeX и телефон."
    assert removed_records(doc) == [
        ("undefined_macro", "\\aimTXT данной работы является исследование."),
        ("undefined_macro", "Для достижения цели решены следующие \\tasksTXT: первая и вторая."),
        ("undefined_macro", "\\faPhone"),  # after a known size switch: a mark, out alone, recorded
    ]
