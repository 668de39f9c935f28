"""LaTeX: a line break with its space below ("\\\\[4cm]") opens no display formula (issue 15,
thirty-ninth check row 6: a title page's "институт\\\\[4cm]" paired with a display's "\\]" further on,
and the title page and a whole section went as one formula, nothing of it in the text or in
``removed``). Snippet written for this test; expected text by hand."""

from conftest import read_latex_paper


def test_a_line_break_with_space_is_no_display_opener(tmp_path):
    body = (
        "Физико-механический институт\\\\[4cm]\n"
        "Отчёт по лабораторной работе\\\\[0.5cm]\n\n"
        "\\section{Постановка задачи}\n\n"
        "Предполагается линейная зависимость в виде: \\[ Y = B_0 X + B_1 \\]\n\n"
        "Проводится линейная регрессия.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert "Физико-механический институт" in doc.text
    assert "Постановка задачи" in doc.text
    assert "Проводится линейная регрессия." in doc.text
    maths = [doc.text[s.start : s.end] for s in doc.spans if s.label == "math"]
    assert maths == ["\\[ Y = B_0 X + B_1 \\]"]
