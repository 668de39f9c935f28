"""Three constructs the last LaTeX fixes left (issue 15, twenty-fifth check): text typed after
``\\begin{lstlisting}`` on its line is dropped by listings (with a warning), by fancyvrb's
``Verbatim`` and by minted (fancyvrb's), and printed by LaTeX's own ``verbatim`` as its first line;
a ``\\newenvironment`` defined in the document body whose begin code opens another environment
prints nothing (its name stood in the text, "Текст. steps"); "See~\\cite{x} for $n>2$." without
the entry keeps its formula ("For $n>2$."), "See~\\cite{x} for details." goes whole; "(see~\\cite{x}
for $n>2$)" loses "see" with the citation (it read "(see for $n>2$)"), "For $n>2$, see~\\cite{x}." its comma.
Fixtures written for this test; expected texts by hand."""

from __future__ import annotations

import pytest

from conftest import read_latex_paper as read
from conftest import removed_records


def _code(doc) -> list[str]:
    """The text each ``code`` span of ``doc``'s ``structure`` covers, in order."""
    return [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"]


@pytest.mark.parametrize(
    "begin, end",
    [
        ("\\begin{lstlisting} foo", "\\end{lstlisting}"),
        ("\\begin{lstlisting}[language=C] foo", "\\end{lstlisting}"),
        ("\\begin{Verbatim} foo", "\\end{Verbatim}"),
        ("\\begin{minted}{c} foo", "\\end{minted}"),
    ],
)
def test_listing_packages_drop_the_rest_of_the_begin_line(tmp_path, begin, end):
    doc = read(tmp_path, f"Текст.\n\n{begin}\nint x;\nint y;\n{end}\n\nДальше.")
    assert _code(doc) == ["int x;\nint y;"]
    assert "foo" not in doc.text


def test_latex_verbatim_prints_the_rest_of_the_begin_line(tmp_path):
    doc = read(tmp_path, "Текст.\n\n\\begin{verbatim} foo\nint x;\n\\end{verbatim}\n\nДальше.")
    assert _code(doc) == [" foo\nint x;"]


def test_declared_verbatim_environment_drops_the_rest_of_the_begin_line(tmp_path):
    doc = read(
        tmp_path,
        "Текст.\n\n\\begin{code} foo\nint x;\n\\end{code}\n\nДальше.",
        "\\usepackage{fancyvrb}\n\\DefineVerbatimEnvironment{code}{Verbatim}{}\n",
    )
    assert _code(doc) == ["int x;"]


@pytest.mark.parametrize(
    "definition",
    [
        "\\newenvironment{steps}{\\begin{enumerate}}{\\end{enumerate}}",
        "\\newenvironment{steps}{\\begin{itemize}}{\\end{itemize}}",
        "\\renewenvironment{steps}{\\begin{center}}{\\end{center}}",
    ],
)
def test_body_environment_definition_prints_nothing(tmp_path, definition):
    doc = read(tmp_path, f"Текст. {definition}\n\\begin{{steps}}\n\\item Один.\n\\end{{steps}}\n\nКонец.")
    assert "steps" not in doc.text
    assert doc.text.startswith("Текст.\n\n")
    assert "Один." in doc.text and doc.text.endswith("Конец.")


def test_see_sentence_keeps_its_formula(tmp_path):
    doc = read(tmp_path, "Начало. See~\\cite{x} for $n>2$. Конец.")
    assert doc.text == "Начало. For $n>2$. Конец."
    assert removed_records(doc) == [("unresolved_citation", "See \\cite{x}")]


def test_see_sentence_without_content_goes_whole(tmp_path):
    doc = read(tmp_path, "Начало. See~\\cite{x} for details. Конец.")
    assert doc.text == "Начало. Конец."
    assert removed_records(doc) == [("unresolved_citation", "See \\cite{x} for details")]


def test_see_after_a_bracket_goes_with_its_citation(tmp_path):
    doc = read(tmp_path, "The bound holds (see~\\cite{x} for $n>2$). End.")
    assert doc.text == "The bound holds (for $n>2$). End."
    assert removed_records(doc) == [("unresolved_citation", "see \\cite{x}")]


def test_see_after_a_formula_leaves_no_comma(tmp_path):
    doc = read(tmp_path, "Start. For $n>2$, see~\\cite{x}. End.")
    assert doc.text == "Start. For $n>2$. End."
    assert removed_records(doc) == [("unresolved_citation", "see \\cite{x}")]
