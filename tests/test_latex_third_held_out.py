"""Defects of the third held-out review (issue 15), each on a fixture written in the shape of the
document it was found in; expected texts are what TeX prints for the source, worked out by hand."""

from __future__ import annotations

import pytest

from conftest import read_latex_paper as read

ROWS = (
    "  (-\\infty, a) &= \\bigcup_{n=1}^\\infty [a-n, a) \\\\\n"
    "  [b, \\infty) &= \\bigcup_{n=1}^\\infty [b, b+n),\n"
)


@pytest.mark.parametrize(
    ("begin", "end"),
    [
        ("\\begin{alignat*}{1}", "\\end{alignat*}"),
        ("\\begin{alignat}{2}", "\\end{alignat}"),
        ("\\begin{xalignat}{1}", "\\end{xalignat}"),
        ("\\begin{flalign*}", "\\end{flalign*}"),
        ("\\begin{dmath}", "\\end{dmath}"),
    ],
)
def test_every_display_math_environment_stays_source_and_a_row_opening_with_a_bracket_loses_nothing(
    tmp_path, begin, end
):
    """A homework's ``alignat*`` whose second row opens with "[b, \\infty)" ended the document at
    "Given that": the environment was converted as text, where "\\\\" took the row as an optional
    argument that never closes."""
    formula = f"{begin}\n{ROWS}{end}"
    doc = read(tmp_path, f"Given that\n{formula}\nthe complement is open. Then it is closed.")
    assert doc.text == f"Given that\n{formula}\nthe complement is open. Then it is closed."
    (math,) = [span for span in doc.spans if span.label == "math"]
    assert doc.text[math.start : math.end] == formula


def test_qqru_quotes_print_guillemets_outside_math_and_tabbing(tmp_path):
    """qqru's example set its six pairs of quotes as ``\\<…\\>``; all of them printed nothing
    ("девиз: Кто рано встает…" where the PDF has "девиз: «Кто рано встает…»")."""
    doc = read(
        tmp_path,
        "На воротах девиз: \\<Кто рано встает, тот успеет\\>, верно?\n"
        "Так называемой \\<Видимой\\>, или \\<Бытовой\\> магией.\n\n"
        "Формула $a \\< b$ осталась.\n\n"
        "\\begin{tabbing}\nx \\= y \\\\\n\\> z\n\\end{tabbing}",
        preamble="\\usepackage[russian]{babel}\n\\usepackage{qqru}\n",
    )
    assert doc.text.startswith(
        "На воротах девиз: «Кто рано встает, тот успеет», верно? "
        "Так называемой «Видимой», или «Бытовой» магией.\n\n"
        "Формула $a \\< b$ осталась."
    )
    assert "«" not in doc.text.split("осталась.")[1]


def test_without_qqru_the_control_symbols_are_not_quotes(tmp_path):
    doc = read(tmp_path, "Текст \\<слово\\> дальше.", preamble="\\usepackage[russian]{babel}\n")
    assert "«" not in doc.text


def test_babel_quotation_mark_commands_print_their_marks(tmp_path):
    """babel's German and French quotation commands printed nothing ("Das Wort ist gut")."""
    doc = read(
        tmp_path,
        "Das \\glqq Wort\\grqq{} und \\glq Satz\\grq{} und \\flqq mot\\frqq{} und \\flq x\\frq{} sind gut.",
    )
    assert doc.text == "Das „Wort“ und ‚Satz‘ und «mot» und ‹x› sind gut."


def test_length_and_counter_commands_print_nothing(tmp_path):
    """econ-bst's example opened "-2 -2": its ``\\addtolength`` calls printed their values."""
    doc = read(
        tmp_path,
        "\\newlength{\\boxwidth}\n\\setlength{\\boxwidth}{\\linewidth}\n"
        "\\addtolength{\\boxwidth}{-2\\fboxsep}\n\\addtolength\\boxwidth{-2\\fboxrule}\n"
        "\\settowidth{\\boxwidth}{Widest label}\\settoheight{\\boxwidth}{Hy}\\settodepth{\\boxwidth}{y}\n"
        "\\newcounter{task}[section]\\addvspace{6pt}\\enlargethispage*{2\\baselineskip}\n"
        "\\section{Main features}\nThe style file works.",
    )
    assert doc.text == "Main features\n\nThe style file works."


def test_a_tex_logo_the_paper_draws_itself_prints_its_name(tmp_path):
    """econ-bst's example draws ``\\BibTeX`` with kerns and a lowered E: "is a style file" lost the
    word; a logo name given a meaning of words keeps that meaning."""
    doc = read(
        tmp_path,
        "It is a \\BibTeX{} style file for \\AmSLaTeX{} and \\MF, by \\LaTeX.",
        preamble=(
            "\\def\\BibTeX{{\\rm B\\kern-.05em{\\sc i\\kern-.025em b}\\kern-.08em\n"
            "    T\\kern-.1667em\\lower.7ex\\hbox{E}\\kern-.125emX}}\n"
            "\\newcommand{\\AmSLaTeX}{$\\cal A$\\kern-.1667em\\lower.5ex\\hbox{$\\cal M$}\\kern-.125em"
            "{$\\cal S$}-\\LaTeX}\n"
            "\\newcommand{\\MF}{mean field}\n"
        ),
    )
    assert doc.text == "It is a BibTeX style file for AMS-LaTeX and mean field, by LaTeX."


BIB = """
@unpublished{kyoto, author = {Mustafa H. Babiker and John M. Reilly and Henry D. Jacoby},
  title = {The {Kyoto} Protocol and Developing Countries}, year = 1999}
@unpublished{nuclear, author = {Mustafa H. Babiker and John M. Reilly and A. Denny Ellerman},
  title = {{Japanese} Nuclear Power and the {Kyoto} Agreement}, year = {1999}}
@article{later, author = {Mustafa H. Babiker and John M. Reilly and Henry D. Jacoby},
  title = {The Kyoto Protocol and Developing Countries}, year = 2000}
@article{output, author = {Takeda, Shiro and Arimura, Toshi H. and Tamechika, Hanae and
  Fischer, Carolyn and Fox, Alan K.}, title = {Output-based allocation}, year = 2014}
@article{uncited, author = {Shiro Takeda and Nobody Else and Someone More}, title = {Other}, year = 2014}
"""


def test_natbib_starred_citations_name_every_author(tmp_path):
    """econ-bst's example: "Citation by full names: \\citet*{x} → Takeda et al. (2014)" contradicted
    itself; the PDF lists the five names."""
    (tmp_path / "refs.bib").write_text(BIB)
    doc = read(
        tmp_path,
        "Full: \\citet*{output}. Short: \\citet{output}. Authors: \\citeauthor*{output}.\n\n"
        "\\bibliography{refs}",
        preamble="\\usepackage{natbib}\n",
    )
    assert doc.text == (
        "Full: Takeda, Arimura, Tamechika, Fischer & Fox (2014). Short: Takeda et al. (2014). "
        "Authors: Takeda, Arimura, Tamechika, Fischer & Fox."
    )


def test_cited_works_of_the_same_authors_and_year_are_lettered_in_reference_list_order(tmp_path):
    """econ-bst's example read "Babiker et al. (1999), Babiker et al. (1999)" where its PDF has
    "(1999a)" (Ellerman's, first in the list by author) and "(1999b)"; a work never cited takes no
    letter from one that is."""
    (tmp_path / "refs.bib").write_text(BIB)
    doc = read(
        tmp_path,
        "See \\citet{kyoto}, \\citet{nuclear}, \\citet{later} and \\citet{output}.\n\n\\bibliography{refs}",
        preamble="\\usepackage{natbib}\n",
    )
    assert doc.text == (
        "See Babiker et al. (1999b), Babiker et al. (1999a), Babiker et al. (2000) and Takeda et al. (2014)."
    )


def test_nocite_star_cites_every_entry_for_the_letters(tmp_path):
    (tmp_path / "refs.bib").write_text(BIB)
    doc = read(
        tmp_path, "See \\citet{output}.\\nocite{*}\n\n\\bibliography{refs}", preamble="\\usepackage{natbib}\n"
    )
    assert doc.text == "See Takeda et al. (2014a)."


def test_a_starred_citation_of_a_bbl_entry_prints_its_long_label(tmp_path):
    """natbib's ``\\bibitem[{short(year)long}]``: the long form after the year is what ``\\citet*`` prints."""
    (tmp_path / "paper.bbl").write_text(
        "\\begin{thebibliography}{1}\n"
        "\\bibitem[{Takeda et~al.(2014)Takeda, Arimura, Tamechika, Fischer, and Fox}]{output}\n"
        "Takeda, S. (2014) Output-based allocation.\n\\end{thebibliography}\n"
    )
    doc = read(tmp_path, "Full: \\citet*{output}. Short: \\citet{output}.", preamble="\\usepackage{natbib}\n")
    assert (
        doc.text == "Full: Takeda, Arimura, Tamechika, Fischer, and Fox (2014). Short: Takeda et al. (2014)."
    )


def test_textcircled_prints_the_circled_character(tmp_path):
    """econ-bst's random-order author separator: "Ray, Debraj \\textcircled{r} Arthur Robson" read
    "Ray, Debraj r Arthur Robson" (the PDF: ⓡ)."""
    doc = read(
        tmp_path,
        "Ray \\textcircled{r} Robson; \\textcircled{A}, \\textcircled{3}, \\textcircled{12}, "
        "\\textcircled{\\#} and \\textcircled{ab}.",
    )
    assert doc.text == "Ray ⓡ Robson; Ⓐ, ③, ⑫, #\u20dd and ab."


def test_a_refsection_of_its_own_letters_nothing_in_the_main_text(tmp_path):
    """A thesis's list of the author's works is a biblatex refsection filled with ``\\nocite{*}``: the
    main text's one citation of a 2014 Takeda paper takes no letter from it."""
    (tmp_path / "refs.bib").write_text(BIB)
    doc = read(
        tmp_path,
        "See \\citet{output}.\n\\begin{refsection}\\nocite{*}\\end{refsection}\n\n\\bibliography{refs}",
        preamble="\\usepackage{natbib}\n",
    )
    assert doc.text == "See Takeda et al. (2014)."


def test_alignat_and_flalign_rows_are_numbered_like_align_rows(tmp_path):
    """Their labels had no number: "See (1), \\eqref{…}" was cut as a sentence only the PDF can
    complete, and the equation after them took number 2 instead of 5."""
    doc = read(
        tmp_path,
        "\\begin{equation}a=b\\label{e1}\\end{equation}\n"
        "\\begin{alignat}{2}x&=y\\label{e2}\\\\ z&=w\\label{e3}\\end{alignat}\n"
        "\\begin{flalign}p&=q\\label{e4}\\end{flalign}\n"
        "\\begin{alignat*}{2}u&=v\\end{alignat*}\n"
        "\\begin{equation}c=d\\label{e5}\\end{equation}\n\n"
        "See (\\ref{e1}), \\eqref{e2}, \\eqref{e3}, \\eqref{e4} and \\eqref{e5}.",
    )
    assert doc.text.endswith("\n\nSee (1), (2), (3), (4) and (5).")
    assert "removed" not in doc.layers


def test_a_rule_drawn_in_a_line_of_words_prints_as_a_line_and_a_separator_prints_nothing(tmp_path):
    """econ-bst's ``\\bysameline`` (spacing around a ``\\rule``) printed nothing: "•,, and, (2011)";
    the PDF draws "———" for each repeated author. A rule alone in its paragraph is a separator, a
    rule of no width a strut; amsplain's ``\\hbox to3em{\\hrulefill}`` printed "to3em"."""
    doc = read(
        tmp_path,
        "Abbreviated by the bysame command (i.e. \\bysameline).\n\n"
        "\\noindent\\rule{\\textwidth}{0.4pt}\n\n"
        "\\bysameline, \\bysameline, and Toyota, D., (2011) GHI.\n\n"
        "Name: \\rule{4cm}{0.4pt}, strut\\rule{0pt}{3ex} here; \\bysame, (2012).",
        preamble=(
            "\\newcommand{\\bysameline}{\\hskip.3em \\leavevmode\\rule[.5ex]{3em}{.3pt}\\hskip0.5em}\n"
            "\\def\\bysame{\\leavevmode\\hbox to3em{\\hrulefill}\\thinspace}\n"
        ),
    )
    assert doc.text == (
        "Abbreviated by the bysame command (i.e. ——— ).\n\n"  # the macro's 0.5em skip before ")"
        "———, ———, and Toyota, D., (2011) GHI.\n\n"
        "Name: ———, strut here; ———, (2012)."
    )


def test_intertext_in_an_alignment_is_prose_between_two_displays(tmp_path):
    """amsmath's ``\\intertext`` (and ``\\shortintertext``) is a line of prose between rows of one
    alignment; kept inside the formula source it read "\\intertext{We can then solve for $n_1$:}"
    with ``\\emph`` and all (a topology homework's ``alignat*``)."""
    doc = read(
        tmp_path,
        "Given that\n\\begin{alignat*}{2}\n  a &= b \\\\\n  \\intertext{We can then solve for $n_1$:}\n"
        "  n_1 &= 2 \\\\\n  \\shortintertext{Next, an infinite \\emph{set}:}\n  n_2 &\\in \\{1\\}\n"
        "\\end{alignat*}\nDone.",
        preamble="\\usepackage{amsmath}\n",
    )
    assert doc.text == (
        "Given that\n\\begin{alignat*}{2}\n  a &= b\n\\end{alignat*}\n\n"
        "We can then solve for $n_1$:\n\n"
        "\\begin{alignat*}{2}\n  n_1 &= 2\n\\end{alignat*}\n\n"
        "Next, an infinite set:\n\n"
        "\\begin{alignat*}{2}\n  n_2 &\\in \\{1\\}\n\\end{alignat*}\n\nDone."  # a sentence opens after it
    )
    displays = [
        doc.text[s.start : s.end]
        for s in doc.spans
        if s.label == "math" and "begin" in doc.text[s.start : s.end]
    ]
    assert len(displays) == 3 and not any("intertext" in d for d in displays)
