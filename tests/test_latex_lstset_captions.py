"""listings' ``\\lstset{…}`` sets the keys of the listings after it and prints nothing; its
``caption=`` is their caption and its ``label=`` their label, numbered as LaTeX numbers listings
(only captioned ones count), whether or not the paper's ``\\usepackage{listings}`` is seen (issue
15, twenty-fifth check row 7: a lab whose ``\\input{setup.tex}`` is missing lost its appendix
listing's caption with the ``\\lstset`` cut as ``undefined_macro``, and "\\ref" to it printed 3,
where LaTeX prints 1). Fixtures written for this test; expected texts by hand."""

from __future__ import annotations

import pytest

from conftest import read_latex_paper as read
from conftest import removed_records

BODY = (
    "Код приведён в листинге \\ref{lst:main}, пример вызова в листинге \\ref{lst:call}.\n\n"
    "\\begin{enumerate}\n\\item Первый шаг.\n\\item Второй шаг.\n\\item Третий шаг.\n\\end{enumerate}\n"
    "\\begin{lstlisting}[caption={Вызов процедуры}, label=lst:call]\nCall Main\n\\end{lstlisting}\n"
    "\\begin{lstlisting}\nx = 1\n\\end{lstlisting}\n"
    "\\lstset{\n  language=[Visual]Basic,\n  tabsize=4,\n  label=lst:main,\n"
    "  caption={Основная процедура}\n}\n"
    "\\begin{lstlisting}\nSub Main()\nEnd Sub\n\\end{lstlisting}\n"
    "Конец."
)
EXPECTED = (
    "Код приведён в листинге 2, пример вызова в листинге 1.\n\n"
    "1. Первый шаг.\n\n2. Второй шаг.\n\n3. Третий шаг.\n\n"
    "Вызов процедуры\n\nCall Main\n\nx = 1\n\nОсновная процедура\n\nSub Main()\nEnd Sub\n\nКонец."
)


@pytest.mark.parametrize("preamble", ["", "\\usepackage{listings}\n"])
def test_lstset_caption_and_label_are_the_next_listings(tmp_path, preamble):
    doc = read(tmp_path, BODY, preamble=preamble)
    assert doc.text == EXPECTED
    assert removed_records(doc) == []


def test_a_listing_s_own_options_win_over_lstset(tmp_path):
    """A key the listing gives itself is its own; \\lstset's fills only the keys it lacks."""
    doc = read(
        tmp_path,
        "См. листинг \\ref{lst:b}.\n\n\\lstset{caption={Общая подпись}, label=lst:a}\n"
        "\\begin{lstlisting}[caption={Своя подпись}, label=lst:b]\ny = 2\n\\end{lstlisting}\nКонец.",
    )
    assert doc.text == "См. листинг 1.\n\nСвоя подпись\n\ny = 2\n\nКонец."


def test_lstset_shown_as_code_is_not_a_setting(tmp_path):
    """An ``\\lstset`` typed in ``\\verb`` or a verbatim block is its text, and sets no caption."""
    doc = read(
        tmp_path,
        "Текст.\n\n\\begin{verbatim}\n\\lstset{caption={X}}\n\\end{verbatim}\n"
        "Пишут \\verb|\\lstset{caption=Y}| перед листингом.\n\n"
        "\\begin{lstlisting}\nz = 3\n\\end{lstlisting}\nКонец.",
        preamble="\\usepackage{listings}\n",
    )
    assert doc.text == (
        "Текст.\n\n\\lstset{caption={X}}\n\nПишут \\lstset{caption=Y} перед листингом.\n\nz = 3\n\nКонец."
    )
