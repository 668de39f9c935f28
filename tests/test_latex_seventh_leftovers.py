"""Leftovers of the seventh held-out review (issue 15), each on a fixture written in the shape of
the document it was found in; the expected texts are what TeX prints, worked out by hand."""

from __future__ import annotations

from conftest import read_latex_paper as read


def _formulas(doc) -> list[str]:
    return [doc.text[span.start : span.end] for span in doc.spans if span.label == "math"]


def test_inline_math_does_not_run_over_the_end_of_an_environment(tmp_path):
    """A primer's one-line example in an environment its own style file defines (``code``, not read):
    the "$e" of a built-in variable paired with the "$" of "$\\epsilon$" in the list after it, and
    all between was kept as one formula of LaTeX source."""
    doc = read(
        tmp_path,
        "For example,\n\\begin{demo}\n  scalar r = 3 * $e * w)\n\\end{demo}\n"
        "in which w is given.\n\\begin{itemize}\n\\item The name \\verb|$e| for the constant $\\epsilon$.\n"
        "\\end{itemize}",
    )
    assert _formulas(doc) == ["$\\epsilon$"]
    assert "scalar r = 3 * $e * w)" in doc.text
    assert "The name $e for the constant $\\epsilon$." in doc.text


def test_inline_math_keeps_the_environments_of_formulas(tmp_path):
    """Arrays, matrices and cases stand inside inline math; the span holds them whole."""
    doc = read(
        tmp_path,
        "A vector $\\begin{pmatrix} a \\\\ b \\end{pmatrix}$ and "
        "$f = \\begin{cases} 1 & x \\end{cases}$ here.",
    )
    assert _formulas(doc) == [
        "$\\begin{pmatrix} a \\\\ b \\end{pmatrix}$",
        "$f = \\begin{cases} 1 & x \\end{cases}$",
    ]


def test_a_measured_monospace_text_prints_nothing(tmp_path):
    """germbib's manual measures a column's width on a typewriter sample before its table,
    ``\\settowidth{\\mylena}{\\tt\\bsl def…}``; the sample is not printed, but a stray number was
    ("…according to the current language: 55"). A monospace group after a command elsewhere is its
    argument and prints as before."""
    doc = read(
        tmp_path,
        "Macros by language:\n\\settowidth{\\mylena}{\\tt\\bsl def\\bsl ...short}\n"
        "\\settowidth{\\mylena}{\\tt abc}\n\nCalled by \\emph{x}{\\tt\\bsl select} here.",
        preamble="\\def\\bsl{{\\tt\\char'134}}\n\\newlength{\\mylena}\n",
    )
    assert doc.text == "Macros by language:\n\nCalled by x\\select here."


def test_the_author_block_keeps_its_lines(tmp_path):
    """An ``\\author`` given in the body and printed by ``\\maketitle`` set line by line: name,
    street, town, country, each its own line, not one run of words."""
    body = (
        "\\title{A manual}\n\\author{Ann Smith\\thanks{Tel.: 12}\\\\ Long Street 1\\\\8700\n"
        "Town\\\\ Country\\\\e-mail: ann@example.org}\n\\maketitle\n\nText."
    )
    doc = read(tmp_path, body)
    assert doc.text == (
        "A manual\n\nAnn Smith\n\nLong Street 1\n\n8700 Town\n\nCountry\n\ne-mail: ann@example.org\n\nText."
    )
    assert doc.fields["author"] == "Ann Smith"


def test_a_bib_field_expands_the_documents_macros(tmp_path):
    """germbib's .bib writes ``title= "The {{\\tex}book}"`` for the document that defines
    ``\\def\\tex{\\TeX}``; the references layer read "The book". A macro of the paper's own
    (``\\newcommand{\\proj}{Sloika}``) prints its words there as in the text."""
    (tmp_path / "refs.bib").write_text(
        '@BOOK{texbook, author = "Donald E. Knuth", title = "The {{\\tex}book}", year = 1986}\n'
        "@MISC{tool, author = {Ann Smith}, title = {Using {\\proj} daily}, year = {2001}}\n"
    )
    doc = read(
        tmp_path,
        "See \\cite{texbook} and \\cite{tool}; \\proj\\ is a tool.\n\n\\bibliography{refs}",
        preamble="\\def\\tex{\\TeX}\n\\newcommand{\\proj}{Sloika}\n",
    )
    assert doc.text == "See (Knuth 1986) and (Smith 2001); Sloika is a tool."
    entries = [entry for span in doc.layers["citations"] for entry in span.attrs["entries"]]
    assert [entry["title"] for entry in entries] == ["The TeXbook", "Using Sloika daily"]


def test_an_umlaut_shorthand_inside_a_word_prints_its_letter_without_german_in_sight(tmp_path):
    """germbib's manual loads german.sty through its own style (``\\documentstyle[bibgerm]``, a file
    not in its folder): "G\\"obelslehenstr." and "W\\"urzburg" stayed with their quotes. A straight
    quote between two letters is no quotation mark; quotes around words, a typed apostrophe
    ("Ann"s") and a ``\\verb"…"`` are left as they are."""
    doc = read(
        tmp_path,
        'Write to G"obelslehenstr. 1, 8700 W"urzburg. She said "about" it, "Under" was Ann"s;'
        ' type \\verb"a" or \\verb"about".',
    )
    assert doc.text == (
        'Write to Göbelslehenstr. 1, 8700 Würzburg. She said "about" it, "Under" was Ann"s; type a or about.'
    )


def test_a_one_line_statement_in_an_unknown_environment_is_code(tmp_path):
    """gretl's primer sets one-line examples in ``code``, an environment of its style file: a typed
    assignment with a call, "scalar phi = …sqrt(2 * $pi * s2)", is a program's line (its "$pi" no
    formula); a one-line formula typed without commands is not."""
    doc = read(
        tmp_path,
        "For example,\n\\begin{demo}\n  scalar phi = sqrt(2 * $pi * s2)\n\\end{demo}\n"
        "in which s2 is given, and\n\\begin{demo}\ny = f(x)\n\\end{demo}\nholds.",
    )
    code = [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"]
    assert code == ["  scalar phi = sqrt(2 * $pi * s2)"]
    assert _formulas(doc) == []
    assert "y = f(x)" in doc.text


def test_index_and_glossary_entries_print_nothing(tmp_path):
    """The eighth check's l2hexa.tex: ``\\index{…}`` writes its entry to the .idx file, not to the page,
    and read as an unknown macro it printed its argument ("section Cette section…", "…commande.
    figure PostScript")."""
    doc = read(
        tmp_path,
        "\\section{Une figure}\n\\index{section}\nCette section montre une figure.\\index{figure}"
        "\\index{PostScript}\n\nUn terme\\glossary{terme} suit.",
    )
    assert doc.text == "Une figure\n\nCette section montre une figure.\n\nUn terme suit."
