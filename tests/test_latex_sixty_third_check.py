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


# a theorem whose preamble (absent) declares ``\newlist{mylist}{enumerate*}{1}`` with label (\arabic*):
# two inline lists inside one sentence, each case paired with its result by number
INLINE_LISTS = (
    "\\begin{theorem}\n"
    "\tПусть $a \\in \\CC$ — \n"
    "\t\\begin{mylist}\n"
    "\t\t\\item ноль $f$ порядка $n \\geq 0$,\n"
    "\t\t\\item полюс $f$ порядка $p \\geq 1$,\n"
    "\t\\end{mylist}\n"
    "тогда\n"
    "\t\\begin{mylist}\n"
    "\t\t\\item $L = n$,\n"
    "\t\t\\item $L = -p$.\n"
    "\t\\end{mylist}\n"
    "\\end{theorem}\n"
)


def test_an_undeclared_inline_list_stays_in_its_sentence_numbered(tmp_path):
    """An environment the fragment never declares whose body is ``\\item``s is a list. Set inside a
    running sentence (no stop before it, items ending in ",", the text after going on in lower case)
    it stays in its paragraph, its items numbered as enumitem's inline list prints them. Before, the
    one-sentence theorem was six paragraphs with no labels: "тогда" alone, the results unpaired."""
    assert read(tmp_path, INLINE_LISTS).text == (
        "Теорема. Пусть $a \\in \\CC$ — (1) ноль $f$ порядка $n \\geq 0$, (2) полюс $f$ порядка $p \\geq 1$,"
        " тогда (1) $L = n$, (2) $L = -p$."
    )


def test_an_undeclared_list_after_a_colon_is_left_as_it_was(tmp_path):
    """After a colon the list is set as lines of its own, not in a sentence: it is not run in (its
    items stay paragraphs, unlabelled, as a class's list that prints no label would read)."""
    body = "Свойства:\n\\begin{props}\n\\item первое;\n\\item второе.\n\\end{props}\n"
    assert read(tmp_path, body).text == "Свойства:\n\nпервое;\n\nвторое."
