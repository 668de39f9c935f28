"""Defects of the second held-out review (issue 15), each on a fixture written in the shape of the
document it was found in; expected texts are what TeX prints for the source, worked out by hand."""

from __future__ import annotations

from conftest import read_latex_paper as read
from conftest import removed_records as removed


def test_escaped_specials_in_a_heading_print_as_in_the_body(tmp_path):
    doc = read(
        tmp_path,
        "\\section{Costs \\& Profits: 50\\% of \\$100, \\#1 \\{set\\} \\textbackslash x, $a^2$}\n"
        "Body: Costs \\& Profits.",
    )
    heading = "Costs & Profits: 50% of $100, #1 {set} \\x, $a^2$"
    assert doc.text == f"{heading}\n\nBody: Costs & Profits."
    (section,) = [span for span in doc.spans if span.attrs.get("level") == 1]
    assert section.attrs["title"] == heading


def test_a_macro_for_textbackslash_prints_it_inside_texttt_and_carets_and_tildes_stay(tmp_path):
    """unifith's documentation writes command names as ``\\texttt{\\bs maketitle}`` with
    ``\\newcommand{\\bs}{\\textbackslash}``: the PDF prints "\\maketitle"; ``\\^{}`` prints a caret,
    ``\\textasciitilde`` a tilde ("(~1.6180)" in the PDF)."""
    doc = read(
        tmp_path,
        "The title page is made when the \\texttt{\\bs maketitle} command is given, and \\bs x too.\n\n"
        "We have \\texttt{\\bs x} for \\texttt{\\bs times}: \\texttt{\\$7 \\bs x 10\\^{}5\\$}.\n\n"
        "The ratio is (\\textasciitilde 1.6180), a\\~{}b.",
        preamble="\\newcommand{\\bs}{\\textbackslash}\n",
    )
    assert doc.text == (
        "The title page is made when the \\maketitle command is given, and \\x too.\n\n"
        "We have \\x for \\times: $7 \\x 10^5$.\n\n"
        "The ratio is (~1.6180), a~b."
    )


def test_front_matter_chapters_take_no_number_from_the_figures_after_them(tmp_path):
    """The book class numbers only the main matter's chapters: unifith's example has a
    ``\\chapter`` after ``\\frontmatter``, and its PDF calls the first main chapter's figures
    "Fig. 1.1", "Fig. 1.2" and its table "Tab. 1.1"."""
    doc = read(
        tmp_path,
        "\\frontmatter\n\\chapter{Preface}\nA preface.\n"
        "\\mainmatter\n\\chapter{Layout}\nSee Fig.~\\ref{f:a}, Fig.~\\ref{f:b} and Tab.~\\ref{t:a}.\n"
        "\\begin{figure}\\caption{A}\\label{f:a}\\end{figure}\n"
        "\\begin{figure}\\caption{B}\\label{f:b}\\end{figure}\n"
        "\\begin{table}\\caption{C}\\label{t:a}\\end{table}\n"
        "\\backmatter\n\\chapter{Afterword}\nAs Fig.~\\ref{f:b} showed.",
        cls="book",
    )
    assert "See Fig. 1.1, Fig. 1.2 and Tab. 1.1." in doc.text
    assert "As Fig. 1.2 showed." in doc.text


def test_a_reference_the_class_would_number_leaves_no_sentence_pointing_at_nothing(tmp_path):
    """bmstu's ``\\includeimage`` makes the labels ``img:tux`` and ``img:tuz``; without the class
    their numbers are unknown. The sentence that is only about the figure goes with the one after
    it that says "Он" of it; a reference in parentheses goes alone and its sentence stays, so the
    next one ("На этой конференции…") still has its conference. Since issue-latexref (issue 15) a
    reference to a label nothing defines after the noun that names it loses its number alone, as
    one into a missing chapter did: "На рисунке символ Linux." stays, and "Он" with it; "It is shown
    in Fig. ??." only points, and goes with "They are yellow." as before."""
    doc = read(
        tmp_path,
        "На~рисунке~\\ref{img:tux} символ Linux.\n"
        "Он отличается от~<<обычных>> пингвинов цветом клюва.\n"
        "Пингвин нарисован в~1996~году.\n\n"
        "Принят дьявол Tuz (см.~рисунок~\\ref{img:tuz}), служивший талисманом конференции 2009.\n"
        "На~этой конференции Линус провёл акцию.\n\n"
        "It is shown in Fig.~\\ref{fig:x}. They are yellow. Penguins swim in the cold seas of the south.",
        preamble="\\usepackage[russian]{babel}\n",
    )
    assert doc.text == (
        "На рисунке символ Linux. Он отличается от «обычных» пингвинов цветом клюва. "
        "Пингвин нарисован в 1996 году.\n\n"
        "Принят дьявол Tuz, служивший талисманом конференции 2009. "
        "На этой конференции Линус провёл акцию.\n\n"
        "Penguins swim in the cold seas of the south."
    )
    assert removed(doc) == [
        ("unresolved_reference", "\\ref{img:tux}"),
        ("reference_aside", "(см. рисунок …)"),
        ("computed_value", "It is shown in Fig. …."),
        ("orphaned_by_cut", "They are yellow."),
    ]


def test_the_options_of_a_macro_no_package_here_defines_are_no_text(tmp_path):
    """unifith's example fills pages with ``\\textcolor{gray}{\\lipsum[1-22]}`` and tlc-article
    typesets a CSV file with ``\\csvreader[style, separator=pipe]{…}``: the ranges and options
    were left as "[1-22]", "[tlcPkgStyle, separator=pipe]". A class's macro keeps its braced
    argument's text ("Символ Linux" is a caption)."""
    doc = read(
        tmp_path,
        "Dummy text follows.\n\n\\textcolor{gray}{\\lipsum[1-22]}\n\n"
        "\\includeimage[h]{Символ Linux}\n\nThe end.",
    )
    assert doc.text == "Dummy text follows.\n\nСимвол Linux\n\nThe end."


def test_a_control_symbol_takes_no_options(tmp_path):
    """``\\%`` and ``\\}`` print their sign and take nothing after them: the unknown-macro rule
    above must not read "[see the note]" or "[htb!]" as their options."""
    doc = read(
        tmp_path,
        "About 50\\% [see the note] of the cases; \\texttt{\\string\\begin\\{figure\\}[htb!]} "
        "tells; R\\&D [2] too.",
    )
    assert doc.text == "About 50% [see the note] of the cases; \\begin{figure}[htb!] tells; R&D [2] too."


def test_a_title_given_in_the_preamble_is_the_documents_title(tmp_path):
    """LaTeX's templates (unifith's among them) give ``\\title`` before ``\\begin{document}``."""
    doc = read(
        tmp_path,
        "\\maketitle\nText.",
        preamble="\\newcommand{\\cls}{UniFiTh}\n"
        "\\title{Usage example of the \\cls{} class\\\\ for a thesis}\n",
    )
    assert doc.fields["title"] == "Usage example of the UniFiTh class for a thesis"
    assert doc.text == "Text."
