"""The thirtieth held-out check (issue 15): mathtools' ``showonlyrefs`` numbers only the equations
that are referenced, and a sentence cut for a value only the PDF knows does not take the sentence
before it that ends at a display."""

from conftest import read_latex_paper
from conftest import removed_records as _removed

EQUATIONS = (
    "\\begin{equation}a=1\\label{eq:a}\\end{equation}\n"
    "\\begin{equation}b=2\\label{eq:b}\\end{equation}\n"
    "\\begin{equation}c=3\\end{equation}\n"
    "\\begin{equation}d=4\\label{eq:d}\\end{equation}\n"
    "Now \\eqref{eq:d} and \\eqref{eq:b} hold."
)


def test_showonlyrefs_numbers_only_the_referenced_equations(tmp_path):
    doc = read_latex_paper(
        tmp_path, EQUATIONS, "\\usepackage{mathtools}\n\\mathtoolsset{showonlyrefs=true}\n"
    )
    assert doc.text.endswith("Now (2) and (1) hold.")


def test_showonlyrefs_as_the_package_option(tmp_path):
    doc = read_latex_paper(tmp_path, EQUATIONS, "\\usepackage[showonlyrefs]{mathtools}\n")
    assert doc.text.endswith("Now (2) and (1) hold.")


def test_without_showonlyrefs_every_equation_is_numbered(tmp_path):
    doc = read_latex_paper(
        tmp_path, EQUATIONS, "\\usepackage{mathtools}\n\\mathtoolsset{showonlyrefs=false}\n"
    )
    assert doc.text.endswith("Now (4) and (2) hold.")


def test_a_cut_sentence_leaves_the_sentence_that_ends_at_the_display_before_it(tmp_path):
    body = (
        "The pulse is a line of the system with a response.\n"
        "Then the result is\n"
        "\\begin{equation}P = F * q\\label{eq:p}\\end{equation}\n"
        # a page only the PDF knows (an undefined label's reference, here before, now loses its phrase
        # alone and keeps its sentence: issue-latexref)
        "In \\eqref{eq:p}, with \\pageref{eq:p}, each factor is an exponent. "
        "The product is easy.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "The pulse is a line of the system with a response. Then the result is\n"
        "\\begin{equation}P = F * q\\end{equation}\nThe product is easy."  # a label prints nothing
    )
    assert _removed(doc) == [("computed_value", "In (1), with …, each factor is an exponent.")]


def test_a_paragraph_that_only_led_to_a_citation_without_an_entry_goes_with_it(tmp_path):
    body = "The form is known.\n\nFrom the paper \\cite{nobody}\n\n\\[ a = b \\]\n\nThat is all."
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "The form is known.\n\n\\[ a = b \\]\n\nThat is all."
    assert _removed(doc) == [("unresolved_citation", "From the paper \\cite{nobody}")]
