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
