"""A verbatim, listing or minted block is a ``code`` span wherever it stands, its lines as typed
between the ``\\begin`` and ``\\end`` lines: the blank rest of the ``\\begin`` line and the spaces
before ``\\end{…}`` on its line are no lines of it (listings drops both), lines of spaces inside it
stay. ``\\lstset`` inside a group or an environment sets the listings of that group only, as in
LaTeX (issue 15, twenty-fifth check: a lab's appendix listing, the document's last block with a
tab before its ``\\end{lstlisting}``, had no ``code`` span; a listing followed by text kept a line
of that tab). Fixtures written for this test; expected texts by hand."""

from __future__ import annotations

import pytest

from conftest import read_latex_paper as read

PACKAGES = "\\usepackage{listings}\n\\usepackage{minted}\n"


def _code(doc) -> list[str]:
    """The text each ``code`` span of ``doc``'s ``structure`` covers, in order."""
    return [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"]


@pytest.mark.parametrize(
    "block",
    [
        "\\begin{verbatim}\nSub Main()\nEnd Sub  \n\\end{verbatim}",
        "\\begin{lstlisting}\nSub Main()\nEnd Sub  \n\\end{lstlisting}",
        "\\begin{minted}{vbnet}\nSub Main()\nEnd Sub  \n\\end{minted}\n",
    ],
)
def test_a_block_that_ends_the_document_is_a_code_span(tmp_path, block):
    """The text's end drops the last line's trailing spaces; the span ends with the text."""
    doc = read(tmp_path, "Текст.\n\n" + block, preamble=PACKAGES)
    assert doc.text == "Текст.\n\nSub Main()\nEnd Sub"
    assert _code(doc) == ["Sub Main()\nEnd Sub"]


@pytest.mark.parametrize("after", ["", "\nКонец."])
def test_spaces_before_end_are_no_line_of_the_listing(tmp_path, after):
    doc = read(
        tmp_path,
        "Текст.\n\n\\begin{lstlisting} \n\tDim i As Long\n\n  \n\tNext i\n\t\\end{lstlisting}" + after,
        preamble=PACKAGES,
    )
    code = "\tDim i As Long\n\n  \n\tNext i"
    assert doc.text == "Текст.\n\n" + code + ("\n\nКонец." if after else "")
    assert _code(doc) == [code]


def test_spaces_before_end_of_verbatim_are_no_line(tmp_path):
    doc = read(tmp_path, "Текст.\n\n\\begin{verbatim}\n  x = 1\n    \\end{verbatim}\nКонец.")
    assert doc.text == "Текст.\n\n  x = 1\n\nКонец."
    assert _code(doc) == ["  x = 1"]


LISTING = "\\begin{{lstlisting}}\n{code}\n\\end{{lstlisting}}\n"


def test_lstset_in_a_group_sets_the_group_s_listings_only(tmp_path):
    body = (
        "\\lstset{caption={Общая}}\n"
        + "{\\lstset{caption={В группе}}\n"
        + LISTING.format(code="a = 1")
        + "}\n"
        + LISTING.format(code="b = 2")
        + "\\begingroup\\lstset{caption={Во второй}}\n"
        + LISTING.format(code="c = 3")
        + "\\endgroup\n"
        + LISTING.format(code="d = 4")
        + "Конец."
    )
    doc = read(tmp_path, body, preamble=PACKAGES)
    assert doc.text == (
        "В группе\n\na = 1\n\nОбщая\n\nb = 2\n\nВо второй\n\nc = 3\n\nОбщая\n\nd = 4\n\nКонец."
    )


def test_lstset_in_an_environment_ends_with_it(tmp_path):
    """Braces typed as text (``\\{``) and a line break's ``\\\\`` open or close no group."""
    body = (
        "\\begin{itemize}\n\\item Шаг \\{1\\}.\\\\\n\\lstset{caption={Шаг}}\n"
        + LISTING.format(code="a = 1")
        + "\\end{itemize}\n"
        + LISTING.format(code="b = 2")
        + "Конец."
    )
    doc = read(tmp_path, body, preamble=PACKAGES)
    assert doc.text == "• Шаг {1}.\n\nШаг\n\na = 1\n\nb = 2\n\nКонец."


def test_environment_code_in_a_definition_closes_no_group(tmp_path):
    """A ``\\newenvironment``'s begin and end code open and close no group where it is defined: the
    preamble's ``\\lstset`` before it holds for the document's listings."""
    preamble = (
        PACKAGES + "\\lstset{caption={Общая}}\n\\newenvironment{steps}{\\begin{itemize}}{\\end{itemize}}\n"
    )
    doc = read(tmp_path, LISTING.format(code="a = 1") + "Конец.", preamble=preamble)
    assert doc.text == "Общая\n\na = 1\n\nКонец."
