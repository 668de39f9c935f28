"""A LaTeX file with CRLF (Windows) or CR (old Mac) line ends reads exactly as the same file with LF
(issue 15, fifteenth check row 4): a CRLF report's ``verbatim`` C listing was no ``code`` span, so
the purity trim cut runs of it as English, once inside a line. The paper below is written for this
test; the expected text is the listing's lines as typed with the prose around them."""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.latex import parse_latex

from conftest import read_latex_paper

PAPER = (
    "\\documentclass{article}\n"
    "\\usepackage[russian]{babel}\n"
    "\\begin{document}\n"
    "\\section{Приложение}\n"
    "Исходный код модуля\n"
    "приведён ниже:\n"
    "\\begin{verbatim}\n"
    "#include <linux/module.h>\n"
    "\n"
    "static int tries = 3;\n"
    '\tprintk(KERN_ERR "Started. %d attempts\\n", tries);\n'
    "\\end{verbatim}\n"
    "\\input{tail}\n"
    "\\end{document}\n"
)
TAIL = "Модуль собирается командой\n\\texttt{make}.\n"
EXPECTED = (
    "Приложение\n\n"
    "Исходный код модуля приведён ниже:\n\n"
    "#include <linux/module.h>\n"
    "\n"
    "static int tries = 3;\n"
    '\tprintk(KERN_ERR "Started. %d attempts\\n", tries);\n\n'
    "Модуль собирается командой make."
)
LISTING = (
    '#include <linux/module.h>\n\nstatic int tries = 3;\n\tprintk(KERN_ERR "Started. %d attempts\\n", tries);'
)


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_a_paper_reads_the_same_whatever_its_line_ends(tmp_path, line_end):
    (tmp_path / "tail.tex").write_bytes(TAIL.replace("\n", line_end).encode())
    source = PAPER.replace("\n", line_end).encode()
    path = tmp_path / "paper.tex"
    path.write_bytes(source)
    (doc,) = parse_latex(str(path), source, "source")
    assert doc.text == EXPECTED
    codes = [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"]
    assert codes == [LISTING, "make"]
    assert doc.fields["included"] == ["tail.tex"]


def test_a_title_pages_lines_stay_apart_after_a_center_nested_in_its_center(tmp_path):
    """Read as LF, the same report's title page ran into one line: its outer ``center`` holds a
    second ``center`` (around the supervisor's table), and the first ``\\end{center}`` was taken
    for the outer one's end, so the lines after it were joined as running text. Each line of the
    outer ``center`` stays its own; a ``\\\\`` in running text is a line break inside the paragraph."""
    body = (
        "\\begin{center}\n"
        "Кафедра № 7\\\\\n"
        "\\begin{center}\n"
        "Руководитель\\\\\n"
        "\\end{center}\n"
        "\\textsc{отчёт о работе}\\\\\n"
        "\\hfill \\break\n"
        "\\large{Защита от запуска.}\\\\\n"
        "по \\textsc{системам}\\\\\n"
        "\\end{center}\n"
        "Сборка:\\\\\n"
        "Шаг 1: make.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "Кафедра № 7\n\nРуководитель\n\nотчёт о работе\n\nЗащита от запуска.\n\nпо системам\n\n"
        "Сборка:\nШаг 1: make."
    )


STEPS = (
    "\\section{Сборка}\n"
    " Сборка и установка:\\\\ \n"
    ' Шаг 1: Собираем модуль командой "make".\\\\\n'
    " Шаг 2: Копируем его в /usr/lib/\\\\\n"
    " Шаг 3: Перезагружаем систему.\\\\\n"
    " \n"
    "Модуль проверяет\\\\\n"
    "серийный номер при загрузке.\n"
)


@pytest.mark.parametrize("line_end", ["\n", "\r\n"], ids=["LF", "CRLF"])
def test_a_line_break_in_running_text_keeps_its_line(tmp_path, line_end):
    """A report's steps, each ended by ``\\\\`` (fifteenth check row 4): TeX sets each on a line of its
    own, and the text keeps those lines inside the paragraph (they ran into one line, joined by
    spaces); a ``\\\\`` before a lower-case word breaks a sentence's line for the page only, and the
    sentence reads whole. CRLF and LF read the same."""
    (tmp_path / "paper.tex").write_bytes(b"")
    source = ("\\documentclass{article}\n\\begin{document}\n" + STEPS + "\\end{document}\n").replace(
        "\n", line_end
    )
    (doc,) = parse_latex(str(tmp_path / "paper.tex"), source.encode(), "source")
    assert doc.text == (
        "Сборка\n\n"
        "Сборка и установка:\n"
        'Шаг 1: Собираем модуль командой "make".\n'
        "Шаг 2: Копируем его в /usr/lib/\n"
        "Шаг 3: Перезагружаем систему.\n\n"
        "Модуль проверяет серийный номер при загрузке."
    )


def test_a_line_break_in_mid_line_before_code_ends_its_line(tmp_path):
    """A ``\\newline`` or ``\\\\`` in mid-line before a piece of code that fills the rest of the line
    sets that code on a line of its own, as one at a line's end does (issue 15, the thirty-ninth
    check's row 07: an item's two SQL statements read "… ENGINE = Memory CREATE TABLE tbl_test …" on
    one line); before words it reads as the space it did."""
    (tmp_path / "paper.tex").write_bytes(b"")
    source = (
        "\\documentclass{article}\n\\begin{document}\nЗапросы теста:\n\\begin{itemize}\n"
        "\\item \\texttt{CREATE TABLE a (x String)} \\newline \\texttt{CREATE TABLE b (x String)}\n"
        "\\end{itemize}\nЗапуск: \\verb|make|\\\\ \\verb|make test|\n\n"
        "Шаг 1.\\newline Шаг 2.\n\\end{document}\n"
    )
    (doc,) = parse_latex(str(tmp_path / "paper.tex"), source.encode(), "source")
    assert doc.text == (
        "Запросы теста:\n\n• CREATE TABLE a (x String)\nCREATE TABLE b (x String)\n\n"
        "Запуск: make\nmake test\n\nШаг 1. Шаг 2."
    )
