"""A listing's options are set-up wherever they are typed: minted's, listings' and fancyvrb's
optional argument written over several lines, and a space between it and minted's language
(``] {c++}``), print nothing; the code starts after them. A paper's own ``\\newtheorem`` of a
name a package also defines (``algorithm``, the algorithm package's float) is that theorem: its
uses get the heading "Алгоритм 1." and the note in parentheses, as the class prints them (issue
15, twenty-sixth check: a student paper's minted listings opened with their eleven option lines,
its ``\\newtheorem{algorithm}{Алгоритм}`` had no headings and printed "[Кристофидес] Пусть…").
In a title page (and the other environments set line by line) a ``\\\\`` in mid-line ends its line as
one at the source line's end does: "Имя\\\\Группа" is two lines, as TeX prints them.
Fixtures written for this test; expected texts by hand."""

from __future__ import annotations

import pytest

from conftest import read_latex_paper as read

CODE = "int f() {\n    return 1;\n}"


def _code(doc) -> list[str]:
    """The text each ``code`` span of ``doc``'s ``structure`` covers, in order."""
    return [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"]


@pytest.mark.parametrize(
    "begin",
    [
        "\\begin{minted}[\nstyle       = monokai,\nbreaksymbol = \\textcolor{white}{$\\hookrightarrow$},"
        "\nrulecolor   = \\color{white},\nlabel       = lst:f,\n] {c++}\n",
        "\\begin{minted}[linenos] {c++}\n",
        "\\begin{minted}\n  [linenos,\n   frame=lines]\n  {c++}\n",
        "\\begin{lstlisting}[\n  language=C,\n  morekeywords={[2]int},\n]\n",
        "\\begin{Verbatim}[\n  frame=single,\n  label={[f]f.c},\n]\n",
    ],
)
def test_options_over_several_lines_print_nothing(tmp_path, begin):
    end = begin.split("{", 2)[1].split("}")[0]
    doc = read(
        tmp_path,
        f"Текст.\n\n{begin}{CODE}\n\\end{{{end}}}\n\nКонец.",
        preamble="\\usepackage{minted}\n\\usepackage{listings}\n\\usepackage{fancyvrb}\n",
    )
    assert doc.text == f"Текст.\n\n{CODE}\n\nКонец."
    assert _code(doc) == [CODE]


THEOREMS = "\\usepackage{amsthm}\n\\newtheorem{theorem}{Теорема}\n\\newtheorem{algorithm}{Алгоритм}\n"


def test_own_theorem_named_algorithm_gets_its_heading(tmp_path):
    body = (
        "\\begin{algorithm}\\label{alg:mst}\nПостроим остов.\n\\end{algorithm}\n\n"
        "\\begin{theorem}[б/д]\nВерно.\n\\end{theorem}\n\n"
        "\\begin{algorithm}[Кристофидес]\nПостроим паросочетание.\n\\end{algorithm}\n\n"
        "Алгоритм~\\ref{alg:mst} прост."
    )
    doc = read(tmp_path, body, preamble=THEOREMS)
    assert doc.text == (
        "Алгоритм 1. Построим остов.\n\nТеорема 1 (б/д). Верно.\n\n"
        "Алгоритм 2 (Кристофидес). Построим паросочетание.\n\nАлгоритм 1 прост."
    )


def test_algorithm_float_without_own_theorem_stays_a_float(tmp_path):
    body = (
        "\\begin{algorithm}\n\\caption{Остов}\\label{alg:mst}\nПостроим остов.\n\\end{algorithm}\n\n"
        "Алгоритм~\\ref{alg:mst} прост."
    )
    doc = read(tmp_path, body, preamble="\\usepackage{algorithm}\n")
    assert "[" not in doc.text and doc.text.endswith("Алгоритм 1 прост.")


# a titlepage is front matter now (test_latex_title_pages.py); flushleft reads line by line as it did
@pytest.mark.parametrize("environment", ["flushleft", "center", "flushright"])
def test_break_in_mid_line_of_a_title_page_ends_the_line(tmp_path, environment):
    body = (
        f"\\begin{{{environment}}}\n{{\\Large Отчёт\\par}}\n"
        "{\\Large\\itshape Андрей Саутин\\\\Группа 396 \\\\ ФИВТ, МФТИ\\par}\n"
        f"\\end{{{environment}}}\n\nТекст, \\\\ и дальше."
    )
    doc = read(tmp_path, body)
    assert doc.text == "Отчёт\n\nАндрей Саутин\n\nГруппа 396\n\nФИВТ, МФТИ\n\nТекст, и дальше."
