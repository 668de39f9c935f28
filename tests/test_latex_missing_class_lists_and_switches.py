"""eskdx's test file and drawings (issue 15, thirty-third check, left by issue-latex33): an item of a
list environment of the missing class read "* $V$ — объем образца" (pylatexenc's mark, no label LaTeX
prints), and a command nothing defines right after a font switch nothing defines
(``\\ESKDfontVII\\ESKDtheUnitName. Лист 1``) counted as glued to a word "VII": ". Лист 1", or nothing
at all and no record. Fixtures written for these tests after the shape of eskdx's files."""

from __future__ import annotations

from conftest import read_latex_paper, removed_records


def test_an_item_of_a_missing_classs_list_has_no_invented_mark(tmp_path):
    body = (
        "Плотность вычисляют по формуле $\\rho = m/V$,\n"
        "\\begin{ESKDexplanation}\n\\item[где ] $m$ --- масса образца, кг;\n\\item $V$ --- объем образца.\n"
        "\\end{ESKDexplanation}\n\nДалее текст."
    )
    doc = read_latex_paper(tmp_path, body, cls="eskdtext")
    assert doc.text == (
        "Плотность вычисляют по формуле $\\rho = m/V$,\n\n"
        "где $m$ — масса образца, кг;\n\n$V$ — объем образца.\n\nДалее текст."
    )


def test_itemize_keeps_its_bullet(tmp_path):
    doc = read_latex_paper(tmp_path, "\\begin{itemize}\n\\item первый;\n\\item второй.\n\\end{itemize}")
    assert doc.text == "• первый;\n\n• второй."


def test_a_command_after_an_undefined_font_switch_is_no_mark_on_a_word(tmp_path):
    body = "\\begin{ESKDdrawing}\n\\ESKDfontVII\\ESKDtheUnitName. Лист 1\n\\end{ESKDdrawing}"
    doc = read_latex_paper(tmp_path, body, cls="eskdgraph")
    assert doc.text == "Лист 1"
    assert removed_records(doc) == [
        ("undefined_macro", "\\ESKDfontVII"),
        ("undefined_macro", "\\ESKDtheUnitName."),
    ]


def test_a_value_alone_after_an_undefined_font_switch_leaves_a_record(tmp_path):
    doc = read_latex_paper(tmp_path, "\\ESKDfontVII\\ESKDtheUnitName\n\nДалее текст.", cls="eskdgraph")
    assert doc.text == "Далее текст."
    assert ("undefined_macro", "\\ESKDtheUnitName") in removed_records(doc)


def test_an_icon_after_a_known_size_switch_stays_a_mark(tmp_path):
    """After a command the reader knows the old rule holds: the icon in its font goes, the line stays."""
    doc = read_latex_paper(tmp_path, "Kazan and {\\footnotesize\\faPhone} +7 900 000 00 00")
    assert doc.text == "Kazan and +7 900 000 00 00"


SPECIFICATION = (
    "\\begin{ESKDspecification}\n"
    "&&&&\\hfil\\underline{Детали}\\hfil&&\\\\\n"
    "А2&&1&ЧМ.6.104.01&Корпус&1&\\\\\n"
    "А4&&2&ЧМ.6.104.02&Седло&1&\\\\\n"
    "\\end{ESKDspecification}\n"
)


def test_a_missing_classs_grid_of_rows_is_a_table_not_lines_of_text(tmp_path):
    doc = read_latex_paper(tmp_path, "Состав изделия.\n\n" + SPECIFICATION + "\nДалее текст.", cls="eskdtab")
    assert doc.text == (
        "Состав изделия.\n\nДетали\nА2 | 1 | ЧМ.6.104.01 | Корпус | 1\nА4 | 2 | ЧМ.6.104.02 | Седло | 1\n\n"
        "Далее текст."
    )
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert table.attrs["environment"] == "ESKDspecification"
    assert table.attrs["rows"] == [
        ["", "", "", "", "Детали", "", ""],
        ["А2", "", "1", "ЧМ.6.104.01", "Корпус", "1", ""],
        ["А4", "", "2", "ЧМ.6.104.02", "Седло", "1", ""],
    ]


def test_an_environment_of_prose_with_one_row_and_amsmaths_aligned_stay(tmp_path):
    body = (
        "\\begin{note}\nТекст заметки.\n\nМасса & объем.\\\\\n\\end{note}\n\n"
        "\\[\\begin{aligned}\n  a &= b \\\\\n  c &= d \\\\\n  e &= f\n\\end{aligned}\\]"
    )
    doc = read_latex_paper(tmp_path, body, cls="eskdtab")
    assert doc.text.startswith("Текст заметки.")
    assert "\\begin{aligned}\n  a &= b \\\\\n  c &= d \\\\\n  e &= f\n\\end{aligned}" in doc.text
    assert not [span for span in doc.spans if span.label == "table"]


def test_a_missing_classs_page_style_is_set_not_printed(tmp_path):
    body = (
        "\\ESKDstyle{empty}\n\\section{Тестируем стиль}\nСтиль этой страницы пустой.\n\n"
        "\\ESKDthisStyle{formIIab}\nА эта страница имеет другой стиль."
    )
    doc = read_latex_paper(tmp_path, body, cls="eskdtext")
    assert doc.text == "Тестируем стиль\n\nСтиль этой страницы пустой.\n\nА эта страница имеет другой стиль."
    assert removed_records(doc) == [
        ("undefined_macro", "\\ESKDstyle {empty}"),
        ("undefined_macro", "\\ESKDthisStyle {formIIab}"),
    ]


def test_a_style_commands_sentence_argument_still_prints(tmp_path):
    doc = read_latex_paper(tmp_path, "\\quotestyle{Всё течёт, всё меняется.}\n\nДалее текст.")
    assert doc.text == "Всё течёт, всё меняется.\n\nДалее текст."
