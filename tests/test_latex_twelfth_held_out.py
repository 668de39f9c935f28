"""The twelfth held-out check on Russian TeX papers (issue 15): a graph drawn from DOT code by the
graphviz package is a figure, not text."""

from conftest import read_latex_paper
from conftest import removed_records as _removed


def test_a_graphviz_figure_body_goes_to_removed_as_figure_code_and_its_caption_stays(tmp_path):
    # graphviz.sty (absent here, as in a paper's folder) defines \digraph[options]{file}{DOT body}
    body = (
        "Граф связей показан ниже.\n"
        "\\begin{figure}\n"
        "\\digraph[scale=0.5]{deps}{\n"
        "    rankdir=TB;\n"
        '    node [shape="box"];\n'
        '    x->y [style=dashed, label="k"];\n'
        "}\n"
        "\\caption{Связи модулей}\n"
        "\\end{figure}\n"
        "Второй граф: \\neatograph{ring}{p--q; q--r;} замкнут."
    )
    doc = read_latex_paper(tmp_path, body, "\\usepackage[pdf]{graphviz}\n")
    assert doc.text == "Граф связей показан ниже.\n\nСвязи модулей\n\nВторой граф: замкнут."
    assert _removed(doc) == [
        (
            "figure_code",
            '\\digraph [scale=0.5] {deps} {rankdir=TB; node [shape="box"]; x->y [style=dashed, label="k"];}',
        ),
        ("figure_code", "\\neatograph {ring} {p--q; q--r;}"),
    ]
    assert "undefined_macros" not in doc.fields  # the reader knows what the two commands are


def test_newline_and_linebreak_part_the_words_and_newline_ends_a_line_where_lines_are_kept(tmp_path):
    body = (
        "Даны следующие действия:\\newline\n"
        "a)Сложение\\newline\n"
        "b)Вычитание\n\n"
        "Сумма минимальна.\\newline Назовём её ценой. Одно\\linebreak[3] слово, ещё\\linebreak другое.\n\n"
        "\\begin{verse}\nПервая строка,\\newline\nвторая строка.\n\\end{verse}\n\n"
        "Текст \\verb|a\\newline b| остаётся."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "Даны следующие действия:\na)Сложение\nb)Вычитание\n\n"
        "Сумма минимальна. Назовём её ценой. Одно слово, ещё другое.\n\n"
        "Первая строка,\n\nвторая строка.\n\n"
        "Текст a\\newline b остаётся."
    )
    assert _removed(doc) == []


def test_an_unknown_macros_argument_of_graph_statements_is_figure_code_and_prose_stays(tmp_path):
    # \flowgraph and \remark come from a package that is not at hand: nothing defines them here
    body = (
        "Схема процесса:\n"
        '\\flowgraph{flow}{start -> check; check -> done [label="да"]; check -- start;}\n'
        "Конец схемы.\n\n"
        "Итог \\remark{first; then a -> b in words} здесь."
    )
    doc = read_latex_paper(tmp_path, body)
    # a wrapper's argument prints, words and arrow alike: it is no graph's code
    assert doc.text == "Схема процесса: Конец схемы.\n\nИтог first; then a -> b in words здесь."
    assert _removed(doc) == [
        ("figure_code", '\\flowgraph {flow} {start -> check; check -> done [label="да"]; check -- start;}'),
    ]
    assert doc.fields["undefined_macros"] == {"flowgraph": 1, "remark": 1}
