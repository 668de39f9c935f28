"""LaTeX defects of the fifty-fourth held-out check (issue 15): measured values set in math, which the
text kept as formula source ("резисторы $R = 510\\,$Ом $\\pm10\\%$"), and headings over nothing (a
lab report's last ``\\subsection``, a practice report's four empty ``\\chapter``s closing the text).
The fixtures are in the shape of the two Russian files they were found in; the expected texts are
written by hand."""

from __future__ import annotations

import pytest

from conftest import read_latex_paper as read
from conftest import removed_records

INSTRUMENTS = (
    "\\section{Практическая часть}\n\n"
    "\\textbf{Приборы и материалы:} вольтметр В7-27, резисторы $R = 510\\,$Ом $\\pm10\\%$, "
    "ёмкости $ C = 130\\,$пФ $\\pm5\\%$, $C = 82\\,$пФ $\\pm10\\%$\n\n"
    "\\subsection{Опыт с доской Гальтона}\n\n"
    "Обозначим за $N_0$ количество пшена, опыт с $N = N_0 / 2$ и $N = 10$ зёрен.\n"
)


def test_a_value_whose_unit_is_typed_after_the_formula_reads_as_text(tmp_path):
    """The value in math for its signs, the unit typed right after the formula's thin space: one
    quantity, read whole as text; a tolerance in percent alone is no mathematics either.
    The formulas of the experiment stay LaTeX source."""
    doc = read(tmp_path, INSTRUMENTS)
    assert doc.text == (
        "Практическая часть\n\n"
        "Приборы и материалы: вольтметр В7-27, резисторы R = 510 Ом ±10%, "
        "ёмкости C = 130 пФ ±5%, C = 82 пФ ±10%\n\n"
        "Опыт с доской Гальтона\n\n"
        "Обозначим за $N_0$ количество пшена, опыт с $N = N_0 / 2$ и $N = 10$ зёрен."
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Резистор $R_1 = 1{,}5\\,$кОм.", "Резистор R₁ = 1,5 кОм."),
        ("Длина $\\lambda = 500\\,$нм.", "Длина λ = 500 нм."),
        ("Напряжение $U = -5\\,$В, ток $2.5 \\pm 0.1$.", "Напряжение U = −5 В, ток 2.5 ± 0.1."),
        ("Доля $10\\,\\%$, КПД $\\eta = 95\\%$.", "Доля 10 %, КПД η = 95%."),
    ],
)
def test_values_with_subscripts_greek_symbols_and_signs(tmp_path, source, expected):
    """A symbol with a digit subscript or a Greek letter's, a decimal comma typed ``{,}``, TeX's minus,
    a value's tolerance and a percent sign print as the PDF shows them."""
    assert read(tmp_path, source).text == expected


@pytest.mark.parametrize(
    "source",
    [
        "Пусть $R = 5$ Ом.",  # no math space before the unit: the author's formula
        "Пусть $R = 5\\,$ и далее.",  # no unit glued to the formula
        "Пусть $x = 2^{10}$ и $a_n = 5\\,$м.",  # a power, a letter's subscript: mathematics
        "Числа $-1$, $5 - 1$ и $L$ = $115$ км.",  # a number with no unit or tolerance: as set
    ],
)
def test_formulas_that_are_no_measured_value_stay_source(tmp_path, source):
    """A formula that is not a number, nor a symbol's value, with a unit or a tolerance, is mathematics:
    kept as typed."""
    assert read(tmp_path, source).text == source


def test_an_empty_last_subsection_goes(tmp_path):
    """The lab report's last ``\\subsection`` was never written: its title closed the text over
    nothing. It goes to ``removed`` as ``empty_section``; the subsection over text stays."""
    body = (
        "\\section{Практическая часть}\n\n\\subsection{Обработка полученных данных}\n\n"
        "Представим данные в графическом виде.\n\\subsection{Опыт с резисторами}\n"
    )
    doc = read(tmp_path, body)
    assert doc.text == (
        "Практическая часть\n\nОбработка полученных данных\n\nПредставим данные в графическом виде."
    )
    assert removed_records(doc) == [("empty_section", "Опыт с резисторами")]
    assert [span.attrs["title"] for span in doc.spans if "level" in span.attrs] == [
        "Практическая часть",
        "Обработка полученных данных",
    ]


def test_a_templates_empty_chapters_go_and_a_chapter_over_its_sections_stays(tmp_path):
    """A practice report's main file ends on its class's outline, four empty ``\\chapter``s: each
    goes. Mid-text an empty chapter goes as well ("Цели" under nothing before the next chapter), with
    its empty sections; a chapter whose only content is its sections with text stays."""
    body = (
        "\\chapter{План прохождения практики}\n\n\\begin{enumerate}\n\\item Экскурсия.\n\\end{enumerate}\n\n"
        "\\chapter{Цели}\n\n\\section{Общие}\n\n\\section{Частные}\n\n"
        "\\chapter{Обзор}\n\n\\section{Задачи}\n\nЗадачи практики.\n\n"
        "\\chapter{Введение}\n\n\\chapter{Основная часть}\n\n"
        "\\chapter{Список использованных источников}\n\n\\chapter{Приложение}\n"
    )
    doc = read(tmp_path, body, cls="report")
    assert doc.text == "План прохождения практики\n\n1. Экскурсия.\n\nОбзор\n\nЗадачи\n\nЗадачи практики."
    assert removed_records(doc) == [
        ("empty_section", "Цели"),
        ("empty_section", "Общие"),
        ("empty_section", "Частные"),
        ("empty_section", "Введение"),
        ("empty_section", "Основная часть"),
        ("empty_section", "Список использованных источников"),
        ("empty_section", "Приложение"),
    ]


@pytest.mark.parametrize(
    "content",
    [
        "\\begin{tabular}{ll}\na & b\\\\\n\\end{tabular}",  # a table with no caption: an empty span
        "\\[ E = mc^2 \\]",
        "Текст \\cite{nowhere}.",  # a record of what was cut from it
    ],
)
@pytest.mark.parametrize("after", ["", "\\section{Итоги}\n\nТекст.\n"])
def test_a_heading_over_a_table_a_formula_or_a_cut_stays(tmp_path, content, after):
    """A heading over a table (out of the text, its span there), a display or a cut sentence titles
    something, at the text's end or mid-text: the table with no caption at the end was lost with the
    blank lines the end drops, and its heading looked empty."""
    doc = read(tmp_path, f"Вводный текст.\n\n\\section{{Раздел}}\n\n{content}\n\n{after}")
    assert doc.text.startswith("Вводный текст.\n\nРаздел")
    assert "empty_section" not in [label for label, _ in removed_records(doc)]
    assert [span.label for span in doc.spans if span.label not in ("section", "math")] == (
        ["table"] if "tabular" in content else []
    )
