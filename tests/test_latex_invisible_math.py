"""LaTeX: a formula that prints nothing (only \\phantom and spacing inside) is layout, not a
paragraph or a word of the text: it goes to ``removed`` (issue 15, twenty-seventh check row 6); one
that prints words and lines but no mathematics is text (issue 15, check 53 row 8)."""

import pytest

from conftest import read_latex_paper, removed_records


def test_a_phantom_formula_opening_the_text_is_no_paragraph(tmp_path):
    """ "$\\phantom{asdf}$\\par" before the first sentence (an author's vertical space) read as the
    text's first paragraph "$\\phantom{asdf}$"."""
    body = "$\\phantom{asdf}$\\par\n\nКурс лекций посвящен криптографии.\n"
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Курс лекций посвящен криптографии."
    assert removed_records(doc) == [("invisible_math", "$\\phantom{asdf}$")]
    assert [span.label for span in doc.spans if span.label == "math"] == []


def test_spacing_formulas_inside_a_sentence_go_and_printing_ones_stay(tmp_path):
    """Only spacing inside (\\hphantom, \\vphantom with braces nested, \\quad, \\,, \\hspace) prints
    nothing; a formula with a symbol beside its phantom prints that symbol and stays."""
    body = (
        "Let $x$ be given $\\vphantom{\\frac{a}{b}}\\quad\\,$ here. "
        "Then \\(\\hphantom{0}\\hspace{1em}\\) we go on, $\\phantom{x}+1$ stays.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Let $x$ be given here. Then we go on, $\\phantom{x}+1$ stays."
    assert removed_records(doc) == [
        ("invisible_math", "$\\vphantom{\\frac{a}{b}}\\quad\\,$"),
        ("invisible_math", "\\(\\hphantom{0}\\hspace{1em}\\)"),
    ]


def test_a_signature_blank_set_in_math_is_its_line_and_its_caption(tmp_path):
    """A form's blank set in math for amsmath's stacking, a line with "подпись" under it, was kept
    as the raw source "$\\underset{\\text{подпись}}{\\underline{\\hspace{0.2\\textwidth}}}$": it
    prints the line ("———") and its caption, bracketed after it as a form typed on one line writes it."""
    body = (
        "Руководитель\\\\\n"
        "$\\underset{\\text{подпись}}{\\underline{\\hspace{0.2\\textwidth}}}$ И.И. Петров\\\\\n"
        "$\\overset{\\text{(дата)}}{\\underline{\\hspace{3cm}}}$ 2020 г.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Руководитель\n——— (подпись) И.И. Петров\n(дата) ——— 2020 г."
    assert [span.label for span in doc.spans if span.label == "math"] == []


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (
            "Подпись: $\\underline{\\hspace{4cm}}$, дата: \\(\\underline{\\quad}\\).",
            "Подпись: ———, дата: ———.",
        ),
        ("Студент $\\underline{\\text{Иванов И.И.}}$ группы 931", "Студент Иванов И.И. группы 931"),
        ("Длина 5~$\\text{км}$ и $\\rule{2cm}{0.4pt}$ метров", "Длина 5 км и ——— метров"),
    ],
)
def test_a_formula_of_words_and_lines_is_the_text_it_prints(tmp_path, line, text):
    assert read_latex_paper(tmp_path, line).text == text


@pytest.mark.parametrize(
    "line",
    [
        "Система $M|H_M|N$ с орбитой.",
        "Если $\\text{если } x > 0$, то.",
        "Дифференциал $\\mathrm{d}x$ и $\\underset{x}{\\underline{\\hspace{1cm}}}$ здесь.",
        "Стрелка $\\overset{\\text{def}}{=}$ тут.",
    ],
)
def test_a_formula_with_any_mathematics_stays_as_typed(tmp_path, line):
    assert read_latex_paper(tmp_path, line).text == line


def test_an_underlined_blank_in_text_is_the_same_line(tmp_path):
    """LaTeX's ``\\underline`` in text sets its argument in math: under blank room it draws the same
    blank ("Подпись дата" lost it); under words it prints the words."""
    line = "Подпись \\underline{\\hspace{4cm}} дата \\underline{~~~~}, студент \\underline{Иванов}."
    assert read_latex_paper(tmp_path, line).text == "Подпись ——— дата ———, студент Иванов."


def test_an_underline_over_a_command_that_may_print_words_is_no_blank():
    """A command inside that is no spacing may print words (a synopsis's
    ``\\underline{\\textbf{\\publicationsTXT}}``, defined in a file not read): it stays for the
    undefined-macro rules, no line in its place."""
    from sloika.pipelines.formats.latex_text_formulas import blank_underlines

    named = "в разделе «\\underline{\\textbf{\\publicationsTXT}}» и "
    blank = "\\underline{\\textbf{\\quad}}"
    assert blank_underlines(named + blank) == named + "\\rule{1em}{0.4pt}"
