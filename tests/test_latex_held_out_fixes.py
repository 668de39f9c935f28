"""Defects of the second held-out review (issue 15), each on a fixture written in the shape of the
document it was found in; expected texts are what TeX prints for the source, worked out by hand."""

from __future__ import annotations

from sloika.pipelines.formats.latex import parse_latex


def read(tmp_path, body: str, preamble: str = "", cls: str = "article"):
    source = f"\\documentclass{{{cls}}}\n{preamble}\\begin{{document}}\n{body}\n\\end{{document}}\n"
    path = tmp_path / "paper.tex"
    path.write_text(source)
    (doc,) = parse_latex(str(path), source.encode(), "source")
    return doc


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
