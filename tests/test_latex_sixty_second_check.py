"""LaTeX defects of the sixty-second held-out check (issue 15), on fixtures in the shape of the Russian
lecture notes they were found in (a fragment of a course whose preamble is elsewhere); the expected
texts are written by hand from what TeX prints."""

from __future__ import annotations

from conftest import read_latex_paper as read
from conftest import removed_records


def test_a_formula_right_after_a_line_break_is_a_formula(tmp_path):
    """``\\\\$A$``: the "$" after the line break's two backslashes opens a formula, as in TeX. Read as an
    escaped dollar, it left every "$" after it paired with the wrong one: the text between two
    formulas was kept as math, a formula's source as words, and the sentence went to ``removed``."""
    doc = read(
        tmp_path,
        "Пусть мера задана. \\\\$A_1 \\cap A_2 = \\varnothing$, $P(\\Omega) = 1$.\n"
        "Рассмотрим пространства $(V,\\mathcal{A})$ и $(S,\\mathcal{B})$.\n",
    )
    assert doc.text == (
        "Пусть мера задана. $A_1 \\cap A_2 = \\varnothing$, $P(\\Omega) = 1$. "
        "Рассмотрим пространства $(V,\\mathcal{A})$ и $(S,\\mathcal{B})$."
    )
    assert removed_records(doc) == []


def test_an_escaped_dollar_is_still_a_dollar(tmp_path):
    """One backslash before "$" is TeX's literal dollar sign, as before."""
    assert read(tmp_path, "Цена \\$5 и \\$10.\n").text == "Цена $5 и $10."


def test_roman_numerals_and_case_changes_print_as_tex_prints_them(tmp_path):
    """``\\romannumeral`` and ``\\MakeUppercase`` are TeX's and LaTeX's own: a list typed as lines of
    ``\\MakeUppercase{\\romannumeral 1} …\\\\`` is kept as TeX prints it ("I …"), not removed as a
    sentence of undefined macros (check 62 row 7 lost its three items under «Путь развития тервера»)."""
    doc = read(
        tmp_path,
        "\\section{Путь развития}\n"
        "\\MakeUppercase{\\romannumeral 1} подсчет вероятностей событий\\\\\n"
        "\\MakeUppercase{\\romannumeral 2}  исследование случайных величин\\\\\n"
        "\\MakeUppercase{\\romannumeral 14} случайные процессы\n\n"
        "Глава \\romannumeral 3 и \\MakeLowercase{ВВЕДЕНИЕ} текста.\n",
    )
    assert doc.text == (
        "Путь развития\n\n"
        "I подсчет вероятностей событий\n"
        "II исследование случайных величин\n"
        "XIV случайные процессы\n\n"
        "Глава iii и введение текста."
    )
    assert removed_records(doc) == []
    assert "undefined_macros" not in doc.fields


# a long division laid out by hand: a grid whose spacer cells hold only thin spaces, and lines whose
# formula opens with a run of them (check 62 row 6)
DIVISION = (
    "\\begin{tabular}{rr@{}r@{}rl}\n"
    "&$\\;\\;\\;\\;\\;\\;$&&$-54x$&+7\\\\ \\cline{4--4}\n"
    "&$\\;\\;\\;\\;\\;\\;$&&$-54x$&-162\\\\\n"
    "\\end{tabular}\n\n"
    "$\\;\\;\\;\\;\\;\\;\\;\\;\\;\\;\\;\\;противоречие$\n\n"
    "$\\;\\;\\;\\;\\;\\;\\;\\;\\;\\;\\;\\;\\;P(a)=C(a) \\cdot (a-a)+R$\n\n"
    "Пусть при$\\;x = 1$ всё.\n"
)


def test_a_spacer_cell_and_a_formulas_leading_spaces_are_layout(tmp_path):
    """A cell that is only a formula of math spaces prints nothing: it goes to ``removed`` as
    ``invisible_math``, as such a formula in a paragraph does, and its column, blank in every row,
    parts nothing; a run of math spaces opening a formula that opens its line only moves what the
    formula prints. Glued to a word, the space is the word space and stays."""
    doc = read(tmp_path, DIVISION)
    assert doc.text == (
        "$-54x$ | +7\n$-54x$ | -162\n\n$противоречие$\n\n$P(a)=C(a) \\cdot (a-a)+R$\n\n"
        "Пусть при$\\;x = 1$ всё."
    )
    assert removed_records(doc) == [("invisible_math", "$\\;\\;\\;\\;\\;\\;$")] * 2


def spaces(count: int) -> str:
    """``count`` of math's thick spaces, ``\\;``, as the lecture laid its page out with them."""
    return "\\;" * count


# an algebra lecture's page drawn with runs of "\;": labels under the factors of the formula above them,
# a "+R" and the divisibility marks under underbraces, each a line of its own (check 62 row 6)
DRAWN = (
    "$P=(x+3)(x^3-5x^2+18x-54)+169$\n\n"
    f"${spaces(34)}\\parallel{spaces(20)}\\parallel$\n\n"
    f"${spaces(34)}C{spaces(18)}R$\n\n"
    "Док-во: $P(x)=C(x) \\cdot (x-a) + R(x)$\n\n"
    f"${spaces(51)}+R$\n\n"
    "подставим $x=a$:\n\n"
    f"${spaces(13)}P(a)=C(a) \\cdot (a-a)+R$\n\n"
    "$\\underbrace{P\\cdot Q\\cdot U}+\\underbrace{S\\cdot V\\cdot P}=\\underbrace{P}$\\\\\n"
    f"${spaces(42)} \\vdots S {spaces(14)}\\vdots S {spaces(11)}\\vdots S \\;$\\\\\n"
    "Значит, $P \\vdots S$.\n\n"
    f"Здесь ${spaces(18)} C$ — частное, а $a \\quad b$ — пара.\n\n"
    "$a \\quad b$\n"
)


def test_lines_that_are_only_a_drawings_labels_are_layout(tmp_path):
    """A formula alone on its line that is a sign or two set apart by runs of math spaces many times as
    wide as they ("∥ ∥", "C R" under two factors, "⋮ S" under three underbraces) is labels placed in two
    dimensions under the line above: read as a line, it means nothing. It goes to ``removed``
    (``drawn_labels``, as typed); a formula with more in it keeps its signs, its leading spaces dropped
    (as before), and beside words or with little room between its signs a formula stays."""
    doc = read(tmp_path, DRAWN)
    assert doc.text == (
        "$P=(x+3)(x^3-5x^2+18x-54)+169$\n\n"
        "Док-во: $P(x)=C(x) \\cdot (x-a) + R(x)$\n\n"
        "подставим $x=a$:\n\n"
        "$P(a)=C(a) \\cdot (a-a)+R$\n\n"
        "$\\underbrace{P\\cdot Q\\cdot U}+\\underbrace{S\\cdot V\\cdot P}=\\underbrace{P}$\n"
        "Значит, $P \\vdots S$.\n\n"
        "Здесь $C$ — частное, а $a \\quad b$ — пара.\n\n"
        "$a \\quad b$"
    )
    assert removed_records(doc) == [
        ("drawn_labels", f"${spaces(34)}\\parallel{spaces(20)}\\parallel$"),
        ("drawn_labels", f"${spaces(34)}C{spaces(18)}R$"),
        ("drawn_labels", f"${spaces(51)}+R$"),
        ("drawn_labels", f"${spaces(42)} \\vdots S {spaces(14)}\\vdots S {spaces(11)}\\vdots S \\;$"),
    ]


def test_a_grid_row_that_is_only_a_drawings_label_is_layout(tmp_path):
    """The Euclid table's "∥" and "0" set under its last remainder in rows of their own are the same
    drawing: those rows go (``drawn_labels``); a cell like them beside another filled cell is that
    row's value in its column and stays."""
    doc = read(
        tmp_path,
        "\\begin{tabular}{@{}l@{}l}\n"
        "$P, Q$&$\\;\\;P=Q \\cdot C + R_{1}$\\\\\n"
        "$R_{k-1}, R_{k}$&$\\;\\; R_{k-1}=R_{k} \\cdot C + R_{k+1}$\\\\\n"
        f"&${spaces(31)}\\|$\\\\\n"
        f"&${spaces(31)}0$\\\\\n"
        f"$R_{{k+1}}$&${spaces(31)}0$\\\\\n"
        "$R_{k}, 0$\n"
        "\\end{tabular}\n",
    )
    assert doc.text == (
        "$P, Q$ | $P=Q \\cdot C + R_{1}$\n"
        "$R_{k-1}, R_{k}$ | $R_{k-1}=R_{k} \\cdot C + R_{k+1}$\n"
        "$R_{k+1}$ | $0$\n"
        "$R_{k}, 0$"
    )
    assert removed_records(doc) == [
        ("drawn_labels", f"${spaces(31)}\\|$"),
        ("drawn_labels", f"${spaces(31)}0$"),
    ]


# a lecture's environments closed after a forced break, the next paragraph on the next line; a display
# followed by breaks before an environment the course's (absent) preamble declares (check 62 row 8)
ENDED_AFTER_BREAKS = (
    "\\section{Лекция 1.}\n"
    "\\begin{definition}\n"
    "$E^{n}$ --- множество всех наборов. \\\\\n"
    "\\end{definition}\n"
    "Булева функция задает отображение $f\\colon E^{n}\\rightarrow E$:\\\\\n\n"
    "$$\\begin{array}{cc}\n"
    "x_1 & f(x_1) \\\\\n"
    "\\end{array}$$\n"
    "\\\\\n"
    "\\\\\n"
    "\\begin{statement}\n"
    " $|P_2|=2^{2^{n}}$. \\\\\n"
    "\\end{statement}\n"
    "\\begin{example}\n"
    "$x \\vee y$ --- формула\\\\\n"
    "\\end{example}\n"
    "Конъюнкция имеет приоритет над дизъюнкцией. Так пишут в книгах.\\\\\n"
    "\\begin{quote}\n"
    "Порядок действий важен.\\\\\n"
    "\\end{quote}\n"
    "Далее формулы.\n"
)


def test_an_environment_ended_after_a_forced_break_still_ends_its_paragraph(tmp_path):
    """An environment's ``\\begin`` or ``\\end`` on a line of its own parts paragraphs, as LaTeX sets a
    theorem, a list or a quote apart, whether or not the line before it ends in ``\\\\``: the break only
    ends the last line before it. Joined as a line break, the paragraph after a definition read as the
    definition's next line ("…множество всех наборов." / "Булева функция…"). The undeclared
    ``statement`` and ``example`` are headed by their standard names (check 63)."""
    assert read(tmp_path, ENDED_AFTER_BREAKS).text == (
        "Лекция 1.\n\n"
        "Определение. $E^{n}$ — множество всех наборов.\n\n"
        "Булева функция задает отображение $f\\colon E^{n}\\rightarrow E$:\n\n"
        "$$\\begin{array}{cc}\nx_1 & f(x_1) \\\\\n\\end{array}$$\n\n"
        "Утверждение. $|P_2|=2^{2^{n}}$.\n\n"
        "Пример. $x \\vee y$ — формула\n\n"
        "Конъюнкция имеет приоритет над дизъюнкцией. Так пишут в книгах.\n\n"
        "Порядок действий важен.\n\n"
        "Далее формулы."
    )


def test_a_break_inside_a_paragraph_stays_a_line_break(tmp_path):
    """A ``\\\\`` before more of the paragraph (not an environment's boundary) is still a line break."""
    doc = read(tmp_path, "Дата выдачи задания: 01.02.2018\\\\\nДата сдачи: 15.02.2018\n")
    assert doc.text == "Дата выдачи задания: 01.02.2018\nДата сдачи: 15.02.2018"


def test_an_undeclared_abbreviated_theorem_leaves_no_markup(tmp_path):
    """A course's ``opr`` and ``teo`` (its absent preamble's \\newtheorem names) print their bodies as
    paragraphs of their own, the first after a forced break too (it read as the line after "…$(S,
    \\mathcal{B})$"): no ``\\begin``/``\\end`` is left in the prose (check 62 row 7). Each is headed by
    the name it abbreviates, the note in parentheses (``latex_captions.SHORT_NAMES``, latex64; the
    bodies had no heading before)."""
    doc = read(
        tmp_path,
        "Рассмотрим измеримые пространства $(V,\\mathcal{A})$ и $(S, \\mathcal{B})$\\\\\n"
        "\\begin{opr}\n"
        "Пусть $T$ -- любое множество.\\\\\n"
        "$X(t)$ называют случайным элементом\n"
        "\\end{opr}\n"
        "Обычно $S_t = S$\\\\\n\n"
        "\\begin{teo}[Ломницкого-Улама]\n"
        "Пусть $Q_t$ -- вероятностная мера на $(S_t, \\mathcal{B}_t)$.\n"
        "\\end{teo}\n",
    )
    assert doc.text == (
        "Рассмотрим измеримые пространства $(V,\\mathcal{A})$ и $(S, \\mathcal{B})$\n\n"
        "Определение. Пусть $T$ – любое множество.\n"
        "$X(t)$ называют случайным элементом\n\n"
        "Обычно $S_t = S$\n\n"
        "Теорема (Ломницкого-Улама). Пусть $Q_t$ – вероятностная мера на $(S_t, \\mathcal{B}_t)$."
    )
