"""Two leftovers of check 54's practice-report template (issue 15): rows of dots a student fills in by
hand ("Краткое содержание задания:\\\\ ……………\\\\") were kept as text, and a centred title page's name
set on two lines inside one quotation («… УНИВЕРСИТЕТ\\\\ ИМЕНИ К.Л. ХЕТАГУРОВА») became two
paragraphs, its quote opened in one and closed in the other. Fixtures written here after the shape of
KasumyanRafael/practice_templates; the expected texts worked out by hand."""

from pathlib import Path

from conftest import read_latex_paper, removed_records


def test_rows_of_dots_to_fill_in_go_to_removed_and_their_labels_stay(tmp_path: Path):
    """A line of eight dots, ellipses or underscores or more, alone between breaks, is a blank of the
    form: it goes (``fill_in_blank``, as typed); its label and an ellipsis inside a sentence stay."""
    body = (
        "Прохождение практики осуществлялось по графику.\n\n"
        "Краткое содержание и цель индивидуального задания:\\\\\n"
        "…………………………………………… ………………….………………... \\\\\n\n"
        "Выполнена следующая работа:\\\\\n"
        "………………………………………….. \\\\\n"
        "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ \\\\\n\n"
        "Все виды деятельности отражены в дневнике... Итог подведён.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "Прохождение практики осуществлялось по графику.\n\n"
        "Краткое содержание и цель индивидуального задания:\n\n"
        "Выполнена следующая работа:\n\n"
        "Все виды деятельности отражены в дневнике... Итог подведён."
    )
    assert removed_records(doc) == [
        ("fill_in_blank", "…………………………………………… ………………….………………..."),
        ("fill_in_blank", "………………………………………….."),
        ("fill_in_blank", "__________"),
    ]


def test_a_title_line_broken_inside_its_quotation_is_one_line(tmp_path: Path):
    """In a centred title page each line stays its own paragraph, but a break inside a quotation the
    line opened does not end the line: the quoted name goes on over it."""
    # read line by line as a titlepage was; a titlepage is front matter now (test_latex_title_pages.py)
    body = (
        "\\begin{flushleft}\n\\begin{center}\n"
        "\\small{ФГБОУ ВО «СЕВЕРО-ОСЕТИНСКИЙ ГОСУДАРСТВЕННЫЙ УНИВЕРСИТЕТ  \\\\\n"
        "     ИМЕНИ К.Л. ХЕТАГУРОВА» \\\\}\n\\end{center}\n"
        "\\begin{center}\nФакультет математики \\\\\n Кафедра информатики \\\\\n\\end{center}\n"
        "\\end{flushleft}\nТекст отчёта идёт здесь.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "ФГБОУ ВО «СЕВЕРО-ОСЕТИНСКИЙ ГОСУДАРСТВЕННЫЙ УНИВЕРСИТЕТ ИМЕНИ К.Л. ХЕТАГУРОВА»\n\n"
        "Факультет математики\n\nКафедра информатики\n\nТекст отчёта идёт здесь."
    )
