"""LaTeX defects of the sixty-third held-out check (issue 15), on fixtures in the shape of the Russian
lecture notes they were found in (a fragment whose shared preamble, absent, declares its theorem-like
environments and its lists); the expected texts are written by hand from the typeset page."""

from __future__ import annotations

from conftest import read_latex_paper as read

# a lecture whose preamble (absent) declares example and exercise, as amsthm's \newtheorem does
EXAMPLE_AND_EXERCISE = (
    "\\begin{example}\n"
    "У $\\exp{\\frac{1}{z}}$ в $0$ существует особенность.\n"
    "\\end{example}\n\n"
    "\\begin{exercise}\n"
    "Если $L$ существует, то это целое число.\n"
    "\\end{exercise}\n\n"
    "\\begin{statement}\n"
    "Сумма вычетов равна нулю.\n"
    "\\end{statement}\n"
)


def test_an_undeclared_example_and_exercise_are_headed_as_theorems_are(tmp_path):
    """``example``, ``exercise`` and ``statement`` used undeclared open with the names a Russian
    lecture declares them with, as ``theorem`` and ``definition`` do. Before, their bodies followed
    the previous paragraph unheaded: an exercise read as a plain statement of the lecture."""
    doc = read(tmp_path, EXAMPLE_AND_EXERCISE)
    assert doc.text == (
        "Пример. У $\\exp{\\frac{1}{z}}$ в $0$ существует особенность.\n\n"
        "Упражнение. Если $L$ существует, то это целое число.\n\n"
        "Утверждение. Сумма вычетов равна нулю."
    )


def test_an_example_that_shows_latex_code_stays_unheaded(tmp_path):
    """A LaTeX manual's ``example`` shows code (its body a ``\\documentclass`` or a verbatim): it is no
    theorem-like environment, so no example of that paper is headed "Example."."""
    body = (
        "\\begin{example}\nThe value of x is set.\n\\end{example}\n\n"
        "\\begin{example}\n\\begin{verbatim}\n\\section{A}\n\\end{verbatim}\n\\end{example}\n\n"
        "After the examples.\n"
    )
    assert read(tmp_path, body).text.startswith("The value of x is set.")
