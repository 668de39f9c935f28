"""Environments of a class the paper lacks (issue 15): a leading ``[…]`` that is a label or a title
prints as the heading the class would print, options stay as before. Expected texts worked out by
hand from each fixture's source."""

from __future__ import annotations

from conftest import read_latex_paper as read


def test_a_number_note_prints_after_the_environments_name_and_is_what_ref_prints(tmp_path):
    """A homework class's ``problem`` (not beside the paper): "[1.7] Define a topology…" where the
    PDF prints "Problem 1.7. Define…"."""
    doc = read(
        tmp_path,
        "\\begin{problem}[2.4]\\label{p:open}\nShow that the set is open.\n\\end{problem}\n\n"
        "\\begin{problem}[2.9(b)]\nFind a basis.\n\\end{problem}\n\n"
        "By Problem~\\ref{p:open} it is open.",
        cls="somehw",
    )
    assert doc.text.startswith(
        "Problem 2.4. Show that the set is open.\n\n"
        "Problem 2.9(b). Find a basis.\n\n"
        "By Problem 2.4 it is open."
    )


def test_a_title_note_prints_as_amsthm_prints_a_note_and_an_acknowledgments_title_as_a_heading(tmp_path):
    """unifith's ``\\begin{acknowledgments}[Ringraziamenti]`` printed "[Ringraziamenti] Ho deciso…"
    (the PDF: the heading "Ringraziamenti" over the text). An ``exercise`` with no note is headed
    too, by its standard name (``latex_captions.THEOREM_NAMES``, check 63)."""
    doc = read(
        tmp_path,
        "\\begin{acknowledgments}[Grazie]\nSono grato a tutti.\n\\end{acknowledgments}\n\n"
        "\\begin{exercise}[Warm Up]\nCount the sets.\n\\end{exercise}\n\n"
        "\\begin{exercise}\nCount again.\n\\end{exercise}",
        cls="somethesis",
    )
    assert doc.text.startswith(
        "Grazie\n\nSono grato a tutti.\n\nExercise (Warm Up). Count the sets.\n\nExercise. Count again."
    )
    assert [span.attrs["title"] for span in doc.spans if span.label == "section"] == ["Grazie"]


def test_options_leave_every_use_of_the_environment_as_it_was(tmp_path):
    """Options ("[fragile]", a list "[T,onlytextwidth]"), a bare number (algorithmic's line
    numbering "[1]"), key=value, LaTeX's own quotation and an argument after the options are no
    notes: nothing changes, also for a use of the same environment whose argument would read as one."""
    body = (
        "\\begin{slide}[fragile]\nFirst words.\n\\end{slide}\n\n"
        "\\begin{slide}[Intro]\nSecond words.\n\\end{slide}\n\n"
        "\\begin{steps}[1]\nThird words.\n\\end{steps}\n\n"
        "\\begin{panel}[Blue]{Title}\nFourth words.\n\\end{panel}\n\n"
        "\\begin{boxed}[Colour=red]\nFifth words.\n\\end{boxed}\n\n"
        "\\begin{panes}[T,onlytextwidth]\nSixth words.\n\\end{panes}\n\n"
        "\\begin{quotation}[Ann Lee, A Book]\nSeventh words.\n\\end{quotation}"
    )
    doc = read(tmp_path, body, cls="someslides")
    for name in ("Slide", "Steps", "Panel", "Boxed", "Panes", "Quotation"):
        assert name not in doc.text
    assert "[Intro] Second words." in doc.text and "[1] Third words." in doc.text


def test_a_declared_theorem_keeps_its_own_heading(tmp_path):
    """``\\newtheorem`` declared in the paper stays the one path for its environment: numbered, the
    note in parentheses."""
    doc = read(
        tmp_path,
        "\\begin{problem}[2.4]\nShow it.\n\\end{problem}",
        preamble="\\newtheorem{problem}{Problem}\n",
    )
    assert doc.text.startswith("Problem 1 (2.4). Show it.")


def test_a_name_that_is_no_word_prints_the_note_alone_and_a_front_matter_name_a_heading(tmp_path):
    """dithesis' ``\\begin{thesisabstract}[Περίληψη]`` is its abstract's heading; elpres'
    ``psli[Title of first page]`` has no name to print ("Psli" is no word)."""
    doc = read(
        tmp_path,
        "\\begin{thesisabstract}[Περίληψη]\nΚείμενο.\n\\end{thesisabstract}\n\n"
        "\\begin{psli}[Title of First Page]\nSome words.\n\\end{psli}",
        cls="somethesis",
    )
    assert doc.text.startswith("Περίληψη\n\nΚείμενο.\n\nTitle of First Page. Some words.")
