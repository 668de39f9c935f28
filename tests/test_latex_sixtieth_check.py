"""LaTeX defects of the sixtieth held-out check (issue 15), on fixtures in the shape of the Russian
lecture notes they were found in; the expected texts are written by hand."""

from __future__ import annotations

from conftest import read_latex_paper as read
from conftest import removed_records

# a course's notes whose shared preamble (absent) defines \Ex and \Exs, the lead-ins "Пример:" and
# "Примеры:", and a spacing macro; each opens its paragraph
LECTURE = (
    "\\Ex Последовательность Фибоначчи:\n\n"
    "Сдвиг: $(Ef)(n) = f(n + 1)$\n\n"
    "\\Ex $E(f - 3(g - h)) = Ef + (-3)Eg + 3Eh$\n\n"
    "Составные операторы:\n\n"
    "\\Exs $(E - c)$ аннигилирует $c^n$\n\n"
    "\\Ex\\[a_n = 3a_{n - 1}^2\\]\n\n"
    "Пусть $b_n = \\log_2 a_n$\n\n"
    "\\mediumvspace\n"
)


def test_a_lead_in_macro_before_a_formula_costs_only_its_name(tmp_path):
    """An undefined macro with no argument that opens a paragraph before a formula is a lead-in (an
    "Example:" the absent preamble prints) or a switch: TeX eats the space after its name, so a word
    it printed would be glued to the formula. It goes alone, recorded where it stood, as it does
    before a capitalised word; the formula and the words after it stay. Before, each such line went
    whole to ``removed`` (``\\Ex $f(n) = 2^n$``: the example's statement was lost)."""
    doc = read(tmp_path, LECTURE)
    assert doc.text == (
        "Последовательность Фибоначчи:\n\n"
        "Сдвиг: $(Ef)(n) = f(n + 1)$\n\n"
        "$E(f - 3(g - h)) = Ef + (-3)Eg + 3Eh$\n\n"
        "Составные операторы:\n\n"
        "$(E - c)$ аннигилирует $c^n$\n\n"
        "\\[a_n = 3a_{n - 1}^2\\]\n\n"
        "Пусть $b_n = \\log_2 a_n$"
    )
    records = [text for label, text in removed_records(doc) if label == "undefined_macro"]
    assert records == ["\\Ex", "\\Ex", "\\Exs", "\\Ex", "\\mediumvspace"]
    assert doc.fields["undefined_macros"] == {"Ex": 3, "Exs": 1, "mediumvspace": 1}


def test_a_macro_inside_a_sentence_before_a_formula_still_takes_its_sentence(tmp_path):
    """Inside a sentence, a macro nothing defines is a hole where a word stood ("при \\degC $t$"):
    its sentence still goes to ``removed``, as before."""
    doc = read(tmp_path, "Нагреваем до \\degC $t = 30$ градусов. Вода кипит при ста градусах.\n")
    assert doc.text == "Вода кипит при ста градусах."
    assert removed_records(doc) == [("undefined_macro", "Нагреваем до \\degC $t = 30$ градусов.")]


# a lecture's ticket whose shared preamble (absent) declares theorem: LaTeX heads it with the declared
# name and the note, as it heads the proof
UNDECLARED_THEOREMS = (
    "Знакочередующийся ряд: $a_n \\ge 0$.\n\n"
    "\\begin{theorem}[Признак Лейбница]\n"
    "Если $a_n$ монотонно убывают к 0, то ряд сходится.\n"
    "\\end{theorem}\n\n"
    "\\begin{proof}\n"
    "Отрезки вложены.\n"
    "\\end{proof}\n\n"
    "\\begin{lemma}\n"
    "Ряд Лейбница сходится к $\\ln 2$.\n"
    "\\end{lemma}\n"
)


def test_an_undeclared_theorem_is_headed_with_its_name_and_note(tmp_path):
    """A common theorem-like environment used without a ``\\newtheorem`` (the preamble that declares
    it is not beside the file) opens with the name a Russian paper declares it with and its note, as
    an unnumbered theorem prints. Before, "Теорема (Признак Лейбница)." and "Лемма." were lost: the
    statement followed the previous paragraph unheaded while the proof was headed."""
    doc = read(tmp_path, UNDECLARED_THEOREMS)
    assert doc.text == (
        "Знакочередующийся ряд: $a_n \\ge 0$.\n\n"
        "Теорема (Признак Лейбница). Если $a_n$ монотонно убывают к 0, то ряд сходится.\n\n"
        "Доказательство. Отрезки вложены.\n\n"
        "Лемма. Ряд Лейбница сходится к $\\ln 2$."
    )


def test_an_undeclared_theorem_in_english_and_a_declared_one(tmp_path):
    """In an English paper the names are English ("Lemma. " without a note); a ``\\newtheorem`` in
    the paper still gives its own name and number."""
    body = (
        "\\begin{theorem}[Leibniz test]\nAn alternating series converges.\n\\end{theorem}\n\n"
        "\\begin{lemma}\nThe partial sums are nested.\n\\end{lemma}\n"
    )
    assert read(tmp_path, body).text == (
        "Theorem (Leibniz test). An alternating series converges.\n\nLemma. The partial sums are nested."
    )
    declared = read(tmp_path, body, preamble="\\newtheorem{theorem}{Satz}\n")
    assert declared.text == (
        "Satz 1 (Leibniz test). An alternating series converges.\n\nLemma. The partial sums are nested."
    )


def test_a_reference_to_an_undeclared_theorem_prints_the_section_number(tmp_path):
    """An unnumbered theorem's ``\\label`` takes the number of the section it stands in, as LaTeX's
    ``\\ref`` prints it: the reference is not left empty ("By Theorem, the sum …")."""
    body = (
        "\\section{Series}\n\n\\begin{theorem}[Leibniz]\\label{t}\nAn alternating series converges.\n"
        "\\end{theorem}\n\nBy Theorem~\\ref{t}, the sum is finite.\n"
    )
    assert read(tmp_path, body).text == (
        "Series\n\nTheorem (Leibniz). An alternating series converges.\n\nBy Theorem 1, the sum is finite."
    )


def test_a_russian_lecture_heavy_with_formulas_heads_its_theorems_in_russian(tmp_path):
    """A Russian lecture whose formulas hold more Latin letters than its sentences hold Cyrillic ones
    (check 61 row 6, HatefulT's lection1.tex) is still Russian: the language that names its headings
    is judged by the words outside formulas, commands and environment names. Before, the formulas'
    letters made it English: "Definition." and "Proof." over Russian sentences."""
    body = (
        "\\begin{definition}\n"
        "Бета-функция: $B(m, n) = \\int\\limits_0^1 w^{m-1} (1-w)^{n-1} dw, m, n>0$.\n"
        "\\end{definition}\n\n"
        "\\begin{proof}\n"
        "$$\\Gamma(\\lambda) = \\int_0^{+\\infty} x^{\\lambda-1} e^{-x} \\, dx$$\n"
        "\\end{proof}\n"
    )
    assert read(tmp_path, body).text.split("\n\n")[0] == (
        "Определение. Бета-функция: $B(m, n) = \\int\\limits_0^1 w^{m-1} (1-w)^{n-1} dw, m, n>0$."
    )
    assert read(tmp_path, body).text.split("\n\n")[1].startswith("Доказательство.")
