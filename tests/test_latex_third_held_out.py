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
    assert doc.text == f"Given that {formula} the complement is open. Then it is closed."
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
