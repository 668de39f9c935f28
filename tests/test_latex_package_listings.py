"""Listing environments the common packages define (issue 15): pythonhighlight's ``python``,
minted's ``\\newminted``, tcolorbox's ``\\newtcblisting``. Read as LaTeX, a lab report's
``\\begin{python}`` program ran together as one paragraph, its indentation lost, and the purity trim
cut half of it as English and Polish. Expected: the code lines as typed, one ``code`` span."""

from __future__ import annotations

from conftest import read_latex_paper as read

PROGRAM = "import math\n\nx = 1\ny = 2  # 50% of it\n\nfor i in range(3):\n    x = x + y\n    y = x"


def _code_spans(doc) -> list[str]:
    return [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"]


def test_pythonhighlight_python_environment_is_code(tmp_path):
    doc = read(
        tmp_path,
        f"Листинг программы\n\\begin{{python}}\n{PROGRAM}\n\\end{{python}}\nКонец.",
        preamble="\\usepackage{float}\n\\usepackage{pythonhighlight}\n",
    )
    assert doc.text == f"Листинг программы\n\n{PROGRAM}\n\nКонец."
    assert _code_spans(doc) == [PROGRAM]


def test_newminted_and_newtcblisting_environments_are_code(tmp_path):
    doc = read(
        tmp_path,
        f"Один:\n\\begin{{pythoncode}}\n{PROGRAM}\n\\end{{pythoncode}}\n"
        f"Два:\n\\begin{{shell}}\n{PROGRAM}\n\\end{{shell}}\n"
        f"Три:\n\\begin{{mycode}}\n{PROGRAM}\n\\end{{mycode}}\nКонец.",
        preamble="\\usepackage{minted,tcolorbox}\n\\newminted{python}{fontsize=\\small}\n"
        "\\newminted[shell]{bash}{}\n\\newtcblisting[auto counter]{mycode}[1][]{listing only,#1}\n",
    )
    assert doc.text == f"Один:\n\n{PROGRAM}\n\nДва:\n\n{PROGRAM}\n\nТри:\n\n{PROGRAM}\n\nКонец."
    assert _code_spans(doc) == [PROGRAM] * 3


def test_an_environment_named_python_without_the_package_is_read_as_latex(tmp_path):
    doc = read(tmp_path, "\\begin{python}\nЗмея \\textbf{большая}.\n\\end{python}", preamble="")
    assert doc.text == "Змея большая."
